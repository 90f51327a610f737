"""App strings and locale data: catalogs loaded from .po at run time, dates, paper sizes.

The app's own strings (template headings, evidence phrases, notices' headings) live in
`locales/<lang>/LC_MESSAGES/summarizer.po`. They are read with Babel's PO reader and
compiled in memory, so no compiled .mo file has to be committed or built; and because
`pybabel compile` silently drops fuzzy entries, fuzziness and gaps are reported here
instead, so an incomplete language is refused rather than printed half in English.
Pure functions apart from reading the catalog files (cached per process).

Adding or changing an app string: mark it (`_()` in the template, `N_()` here), then
  pybabel extract -F babel.cfg -k N_ --no-location --sort-output -o locales/summarizer.pot .
  pybabel update -i locales/summarizer.pot -d locales -D summarizer --no-fuzzy-matching
and translate the new entries in every locales/<lang>/LC_MESSAGES/summarizer.po.
"""

from __future__ import annotations

import datetime as dt
import gettext
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.errors import UserError
from summarizer.resources import locales_dir

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

DOMAIN = "summarizer"

# Regions whose default paper is US Letter. Source: Unicode CLDR supplementalData.xml,
# <paperSize type="US-Letter" territories="BZ CA CL CO CR GT MX NI PA PH PR SV US VE"/>.
LETTER_REGIONS: frozenset[str] = frozenset(
    ["BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"]
)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (gettext_noop)."""
    return message


# How each evidence kind is said in words before a claim ("A study in mice found…").
# One phrase per level of model.EVIDENCE_KINDS; the gate checks the level against the
# source first (EVID-OVERRIDE*), so the phrase never claims more than the quote supports.
# An opinion is the article's own view: "The article says", never "A study found".
EVIDENCE_PHRASES: dict[str, str] = {
    "randomized-controlled": N_("A study that compared the treatment with a placebo (a fake "
                                "treatment), with people chosen by chance, found:"),
    "controlled-trial": N_("A study that compared the treatment with a placebo (a fake "
                           "treatment) found:"),
    "human-trial": N_("A study in people found:"),
    "uncontrolled-trial": N_("A study in people, with no comparison group, found:"),
    "human-observational": N_("A study that followed a group of people found:"),
    "case-report": N_("A report about one or a few patients says:"),
    "animal": N_("A study in animals, not people, found:"),
    "lab-mechanism": N_("Lab research, not a study in people, suggests:"),
    "opinion": N_("The article says:"),
}

# Section headings are questions a patient would ask (plain-language guidance).
SECTION_HEADINGS: dict[str, str] = {
    "what": N_("What is it?"),
    "benefits": N_("How might it help?"),
    "evidence": N_("How strong is the evidence?"),
    "risks": N_("What are the risks and side effects?"),
    "questions": N_("Questions to ask your care team"),
}

CHANNEL_WORDS: dict[str, str] = {
    "call": N_("call"),
    "text": N_("text"),
    "chat": N_("chat online"),
}


def paper_size(region: str) -> str:
    """CSS page size for a region's clinics: what their printers are loaded with."""
    return "Letter" if region.upper() in LETTER_REGIONS else "A4"


def base_language(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def language_name(code: str, in_locale: str) -> str:
    """The name of language `code` as written in `in_locale` ("inglés"); code if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(in_locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return code
    return name or code


def is_known_locale(code: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


def parse_iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def format_long_date(value: dt.date | str, locale: str) -> str:
    """CLDR long date ("April 16, 2025", "16 de abril de 2025"); unparseable text as is."""
    from babel.dates import format_date

    day = parse_iso_date(value) if isinstance(value, str) else value
    if day is None:
        return str(value)
    return format_date(day, format="long", locale=locale.replace("-", "_"))


def format_grade(grade: float, locale: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(round(grade, 1), format="#,##0.#", locale=locale.replace("-", "_"))


# ----------------------------------------------------------------------- app catalogs


@dataclass(frozen=True, slots=True)
class CatalogStatus:
    """How complete one language's catalog is: what is missing or fuzzy, by msgid."""

    locale: str
    total: int
    missing: tuple[str, ...]
    fuzzy: tuple[str, ...]
    path: Path | None

    @property
    def complete(self) -> bool:
        return self.path is not None and not self.missing and not self.fuzzy


def app_catalog_path(locale: str, root: Path | None = None) -> Path:
    return (root or locales_dir()) / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    """Read a PO file with Babel; a malformed file is a UserError naming the line."""
    from babel.messages.pofile import PoFileError, read_po

    from summarizer import po_check

    problem = po_check.first_error(po_check.check_file(path, app=True))
    if problem:
        raise UserError(f"invalid app catalog: {problem}")

    try:
        with path.open("rb") as fh:
            return read_po(fh, locale=locale, abort_invalid=True)
    except PoFileError as exc:
        raise UserError(f"invalid PO file: {exc}", str(path)) from None
    except (OSError, LookupError, UnicodeError, ValueError) as exc:
        raise UserError(f"cannot read the catalog: {exc}", str(path)) from None


def catalog_status(catalog: Catalog, locale: str, path: Path | None) -> CatalogStatus:
    """Missing and fuzzy entries of a Babel catalog (the header entry is ignored)."""
    missing: list[str] = []
    fuzzy: list[str] = []
    total = 0
    for msg in catalog:
        if not msg.id:
            continue
        total += 1
        strings = msg.string if isinstance(msg.string, tuple | list) else (msg.string,)
        key = msg.id[0] if isinstance(msg.id, tuple | list) else msg.id
        if not all(strings):
            missing.append(key)
        elif msg.fuzzy:
            fuzzy.append(key)
    return CatalogStatus(locale, total, tuple(missing), tuple(fuzzy), path)


def compile_in_memory(catalog: Catalog) -> gettext.GNUTranslations:
    """Compile a Babel catalog to .mo bytes in memory and load them (fuzzy kept out)."""
    from babel.messages.mofile import write_mo
    from babel.support import Translations

    buf = BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    buf.seek(0)
    return Translations(fp=buf, domain=DOMAIN)


def available_app_locales(root: Path | None = None) -> list[str]:
    base = root or locales_dir()
    return sorted(p.parent.parent.name for p in base.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


@cache
def _load_app(locale: str, root: str) -> tuple[gettext.GNUTranslations, CatalogStatus]:
    path = app_catalog_path(locale, Path(root))
    if not path.is_file():
        empty = gettext.NullTranslations()
        return empty, CatalogStatus(locale, 0, (), (), None)  # type: ignore[return-value]
    catalog = read_catalog(path, locale)
    return compile_in_memory(catalog), catalog_status(catalog, locale, path)


def app_translations(locale: str, root: Path | None = None) -> gettext.GNUTranslations:
    """The app strings for `locale` (exact catalog, else its base language's)."""
    return _load_app(_app_locale(locale, root), str(root or locales_dir()))[0]


def app_catalog_status(locale: str, root: Path | None = None) -> CatalogStatus:
    status = _load_app(_app_locale(locale, root), str(root or locales_dir()))[1]
    return CatalogStatus(locale, status.total, status.missing, status.fuzzy, status.path)


def _app_locale(locale: str, root: Path | None) -> str:
    if app_catalog_path(locale, root).is_file():
        return locale
    return base_language(locale)


def clear_cache() -> None:
    """Forget loaded catalogs (tests and the editor after a translator edits a .po)."""
    _load_app.cache_clear()
