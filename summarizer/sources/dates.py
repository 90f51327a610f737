"""Dates as web pages print them ("Nov 19, 2024", "7/9/2025", "16 Apr", "April 16, 2025").

Used twice: to recognise date-only lines as site furniture (English forms only: MDY,
DMY, NUMERIC), and to pick a publication date for sources that have no metadata
(`parse_date`), which also reads bylines in other languages ("Publié le 3 mars 2025",
"Veröffentlicht am 3. März 2025", "Publicado el 3 de marzo de 2025", "03.04.2025").
Their month names come from Babel's CLDR data, not from a hand list.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"

# "Nov 19, 2024", "November 19 2024", "April 16, 2025"
MDY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I)
# "19 Nov 2024", "16 Apr" (year optional)
DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})(?:\s+(\d{{4}}))?\b", re.I)
# "7/9/2025", "2024-11-19"; the year may run into following digits ("7/9/20253 min read")
NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})|\b(\d{4})-(\d{2})-(\d{2})\b")
ANY_DATE = re.compile(f"{MDY.pattern}|{DMY.pattern}|{NUMERIC.pattern}", re.I)

# Languages whose month names a byline date is read in (Latin script, day before month).
MONTH_LOCALES = ("en", "fr", "de", "es", "it", "pt")
# Day, month name, full year, as Europe writes them: "3 mars 2025", "1er décembre 2024",
# "3. März 2025", "3 de marzo de 2025", "1 de septiembre del 2025", "12 févr. 2025",
# "3 de marzo, 2025".
# The month is any word, looked up in CLDR's names (so "3 out of 2025" is no date).
_LOCAL_DMY = re.compile(
    r"\b(\d{1,2})(?:\.|er|ᵉʳ|º|°|ª)?[ \u00a0]+(?:de[ \u00a0]+)?([^\W\d_]{3,})\.?,?"
    r"[ \u00a0]+(?:del?[ \u00a0]+)?(\d{4})\b"
)
# "03.04.2025", "3.4.2025": day.month.year wherever it is written so (not in the US).
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
# Languages that write 03/04/2025 for 3 April (English keeps the US month/day order).
_DAY_FIRST = frozenset({"fr", "de", "es", "it", "pt"})


def _iso(y: int, m: int, d: int) -> str:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return ""


def _fold(word: str) -> str:
    """A month name as a lookup key: lower case, no final dot, no accents."""
    word = word.lower().rstrip(".")
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


@cache
def month_numbers() -> dict[str, int]:
    """Month name -> number, for every name CLDR gives in MONTH_LOCALES (wide and
    abbreviated, as in a date and standing alone), unaccented too ("fevrier", "marz"),
    and German umlauts spelled out ("Maerz"). A name two months share is left out."""
    from babel.dates import get_month_names

    found: dict[str, set[int]] = {}
    for loc in MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, loc).items():
                    low = name.lower().rstrip(".")
                    spelled = low.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                    for key in (low, _fold(low), spelled):
                        found.setdefault(key, set()).add(number)
    return {name: next(iter(n)) for name, n in found.items() if len(n) == 1}


def _day_month_year(text: str) -> str:
    """The first "3 mars 2025" / "3. März 2025" / "3 de marzo de 2025" date, or ""."""
    if not _LOCAL_DMY.search(text):
        return ""  # no day, word and year: CLDR's tables are not even loaded
    months = month_numbers()
    for m in _LOCAL_DMY.finditer(text):
        month = months.get(_fold(m.group(2)))
        if month:
            iso = _iso(int(m.group(3)), month, int(m.group(1)))
            if iso:
                return iso
    return ""


def parse_date(text: str, lang: str = "") -> str:
    """The first full date in `text` as ISO 8601, or "".

    `lang` is the article's language: in fr, de, es, it and pt "03/04/2025" is 3 April;
    otherwise (English, or not known) US month/day order, as before."""
    day_first = lang in _DAY_FIRST
    for m in NUMERIC.finditer(text):
        if m.group(1):
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            iso = _iso(y, b, a) if day_first else _iso(y, a, b)
        else:
            iso = _iso(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        if iso:
            return iso
    for m in MDY.finditer(text):
        month = _MONTHS.get(m.group(1).lower().rstrip("."))
        if month:
            iso = _iso(int(m.group(3)), month, int(m.group(2)))
            if iso:
                return iso
    for m in DMY.finditer(text):
        month = _MONTHS.get(m.group(2).lower().rstrip("."))
        if month and m.group(3):
            iso = _iso(int(m.group(3)), month, int(m.group(1)))
            if iso:
                return iso
    for m in _DOTTED.finditer(text):
        iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            return iso
    return _day_month_year(text)
