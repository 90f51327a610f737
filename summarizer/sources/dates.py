"""Dates as web pages print them ("Nov 19, 2024", "7/9/2025", "16 Apr", "April 16, 2025").

Used twice: to recognise date-only lines as site furniture, and to pick a publication
date for plain-text sources that have no metadata.
"""

from __future__ import annotations

import re
from datetime import date

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


def _iso(y: int, m: int, d: int) -> str:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return ""


def parse_date(text: str) -> str:
    """The first full date in `text` as ISO 8601, or "" (US month/day order for a/b/yyyy)."""
    for m in NUMERIC.finditer(text):
        if m.group(1):
            iso = _iso(int(m.group(3)), int(m.group(1)), int(m.group(2)))
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
    return ""
