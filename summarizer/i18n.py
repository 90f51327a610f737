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
import os
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.errors import UserError
from summarizer.locale_codes import base_language
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


def NP_(context: str, message: str) -> tuple[str, str]:
    """Mark a string with its context (msgctxt) for extraction (pgettext_noop)."""
    return context, message


# How each evidence kind is said in words before a claim ("A study in mice found…").
# One phrase per level of model.EVIDENCE_KINDS; the gate checks the level against the
# source first (EVID-OVERRIDE*), so the phrase never claims more than the quote supports.
# An opinion is the article's own view: "The article says", never "A study found".
EVIDENCE_PHRASES: dict[str, str] = {
    # TRANSLATORS: printed in bold before a finding; "placebo" is explained in brackets.
    "randomized-controlled": N_("A study that compared the treatment with a placebo (a fake "
                                "treatment), with people chosen by chance, found:"),
    "controlled-trial": N_("A study that compared the treatment with a placebo (a fake "
                           "treatment) found:"),
    # TRANSLATORS: the article did not say how the study was done.
    "human-trial": N_("A study in people found:"),
    "uncontrolled-trial": N_("A study in people, with no comparison group, found:"),
    "human-observational": N_("A study that followed a group of people found:"),
    "case-report": N_("A report about one or a few patients says:"),
    "animal": N_("A study in animals, not people, found:"),
    "lab-mechanism": N_("Lab research, not a study in people, suggests:"),
    "opinion": N_("The article says:"),
}

# A comparison whose quote names no placebo or sham (evidence.names_placebo): the other
# group may have had another medicine ("than those who took bupropion alone"), so the
# phrase claims no fake treatment the source does not state (tester, session 6).
COMPARISON_PHRASES: dict[str, str] = {
    # TRANSLATORS: printed in bold before a finding. The other group got something else:
    # perhaps another treatment, perhaps a fake one; the article does not say which here.
    "randomized-controlled": N_("A study that compared the treatment with something else "
                                "(another treatment or a fake one), with people chosen by "
                                "chance, found:"),
    "controlled-trial": N_("A study that compared the treatment with something else "
                           "(another treatment or a fake one) found:"),
}

# The sections whose claims print their evidence phrase (the PDF and the review sheet).
PHRASE_SECTIONS = frozenset({"benefits", "evidence"})

# Section headings are questions a patient would ask (plain-language guidance).
SECTION_HEADINGS: dict[str, str] = {
    "what": N_("What is it?"),
    "benefits": N_("How might it help?"),
    "evidence": N_("How strong is the evidence?"),
    "risks": N_("What are the risks and side effects?"),
    "questions": N_("Questions to ask your care team"),
}

# How to reach a crisis line, as one whole phrase per combination of channels (word
# order and "or" differ by language, so code never joins these). Key: channels in
# CHANNEL_ORDER. Context "contact channels": the start of a line after a phone number.
CHANNEL_ORDER = ("call", "text", "chat")
CHANNEL_PHRASES: dict[tuple[str, ...], tuple[str, str]] = {
    # TRANSLATORS: printed beside a phone number: "988  Call". An instruction to the reader.
    ("call",): NP_("contact channels", "Call"),
    # TRANSLATORS: beside a number: send a text message (SMS) to it.
    ("text",): NP_("contact channels", "Text"),
    # TRANSLATORS: beside a number: the service also has a chat on its website.
    ("chat",): NP_("contact channels", "Chat online"),
    ("call", "text"): NP_("contact channels", "Call or text"),
    ("call", "chat"): NP_("contact channels", "Call or chat online"),
    ("text", "chat"): NP_("contact channels", "Text or chat online"),
    ("call", "text", "chat"): NP_("contact channels", "Call, text, or chat online"),
}
# TRANSLATORS: channels ("Call") followed by the handout's instruction ("then press 1").
WITH_INSTRUCTION = NP_("contact channels with an instruction", "%(channels)s, %(instruction)s")
# A contact's instruction as sources/contacts.py records it, in English whatever the
# article's language ("línea 192, opción 4" is "then press 4"; several joined by ", "):
# contacts.py writes these msgids filled in (instruction) and printed_instruction reads
# them back, so the wording is defined here once. A translation prints the handout.po's
# words for it; the handout's own language prints these (printed_instruction), or a
# Spanish handout read "Llame, then press 4" (tester20). Keys: the kind of instruction.
INSTRUCTIONS: dict[str, tuple[str, str]] = {
    # TRANSLATORS: after a phone number's channels ("Call, then press 4"): the key to
    # press in the line's menu once it answers.
    "press": NP_("contact instruction", "then press %(key)s"),
    # TRANSLATORS: after a number's channels ("Text, text HOME"): the word to send by text
    # message to the number, kept as it is (capitals).
    "text": NP_("contact instruction", "text %(keyword)s"),
    # TRANSLATORS: after a number's channels ("Call, toll-free"): the call costs nothing.
    "toll-free": NP_("contact instruction", "toll-free"),
}


def instruction(kind: str, **values: str) -> str:
    """The instruction of `kind` ("press", "text", "toll-free") as a contact records it,
    in English: instruction("press", key="4") is "then press 4"."""
    return INSTRUCTIONS[kind][1] % values


@cache
def _instruction_patterns() -> tuple[tuple[Any, tuple[str, str]], ...]:
    """Each INSTRUCTIONS msgid as a pattern: its words as they are, each %(name)s a
    word captured by that name."""
    import re

    out = []
    for context, msgid in INSTRUCTIONS.values():
        parts = re.split(r"%\((\w+)\)s", msgid)  # text, name, text, ...
        pattern = "".join(re.escape(p) if i % 2 == 0 else rf"(?P<{p}>\S+)"
                          for i, p in enumerate(parts))
        out.append((re.compile(pattern), (context, msgid)))
    return tuple(out)


def printed_instruction(extra: str, app: gettext.NullTranslations) -> str:
    """A contact's recorded instruction ("then press 4", "text HOME, then press 2") in
    the language of `app`; a part it does not know (one typed in the handout's own
    language) as it is."""
    parts = []
    for part in extra.split(", "):
        for pattern, (context, msgid) in _instruction_patterns():
            m = pattern.fullmatch(part.strip())
            if m:
                parts.append(app.pgettext(context, msgid) % m.groupdict())
                break
        else:
            parts.append(part)
    return ", ".join(parts)


# What kind of outlet a source is, printed after its title in the list of sources. A
# handout's `publisher` is either a proper name ("MedicalResearch.com", printed as is in
# every language), one of these kinds ("Health blog"), or a name with a kind in brackets
# ("Northwestern Medicine (reposted news release)"): the kind is then said in the
# reader's language. Keys: the kind in lower case.
PUBLISHER_KINDS: dict[str, tuple[str, str]] = {
    # TRANSLATORS: what kind of website a source is, after its title in the sources list.
    "blog": NP_("publisher kind", "Blog"),
    # TRANSLATORS: a blog about health, usually written by non-experts.
    "health blog": NP_("publisher kind", "Health blog"),
    # TRANSLATORS: a blog on the website of a clinic that sells the treatment.
    "clinic blog": NP_("publisher kind", "Clinic blog"),
    "clinic website": NP_("publisher kind", "Clinic website"),
    "news site": NP_("publisher kind", "News site"),
    "health news site": NP_("publisher kind", "Health news site"),
    "newspaper": NP_("publisher kind", "Newspaper"),
    # TRANSLATORS: the news pages of a university's website.
    "university news": NP_("publisher kind", "University news"),
    # TRANSLATORS: the news pages of a hospital's website.
    "hospital news": NP_("publisher kind", "Hospital news"),
    # TRANSLATORS: a text written by an institution for journalists (press release).
    "news release": NP_("publisher kind", "News release"),
    # TRANSLATORS: a press release copied onto another website.
    "reposted news release": NP_("publisher kind", "Reposted news release"),
    # TRANSLATORS: a scientific journal in medicine.
    "medical journal": NP_("publisher kind", "Medical journal"),
    # TRANSLATORS: a public health authority (in the US: the FDA, the CDC).
    "government health agency": NP_("publisher kind", "Government health agency"),
    # TRANSLATORS: a charity or association run by or for patients.
    "patient organization": NP_("publisher kind", "Patient organization"),
}


# TRANSLATORS: a source's publisher given by its kind and its name:
# "Reposted news release: Northwestern Medicine". Reorder as your language needs.
PUBLISHER_WITH_KIND = NP_("publisher with its kind", "%(kind)s: %(name)s")


# One line of the sources list as a whole pattern (punctuation differs: Chinese "。，",
# Arabic "،"), by whether the source has a publisher and a date. Key: (publisher, date).
SOURCE_LINES: dict[tuple[bool, bool], tuple[str, str]] = {
    # TRANSLATORS: a source: its title (in its own language), publisher, date. Your punctuation.
    (True, True): NP_("source in the list", "%(title)s. %(publisher)s, %(date)s."),
    (True, False): NP_("source in the list", "%(title)s. %(publisher)s."),
    (False, True): NP_("source in the list", "%(title)s, %(date)s."),
    (False, False): NP_("source in the list", "%(title)s."),
}


def publisher_kind(publisher: str) -> tuple[str, tuple[str, str] | None]:
    """Split a source's publisher into (proper name, kind's (msgctxt, msgid) or None).

    "Health blog" -> ("", kind); "Northwestern Medicine (reposted news release)" ->
    ("Northwestern Medicine", kind); "MedicalResearch.com" -> ("MedicalResearch.com", None).
    """
    text = " ".join(publisher.split())
    kind = PUBLISHER_KINDS.get(text.lower())
    if kind is not None:
        return "", kind
    if text.endswith(")") and " (" in text:
        name, _, inner = text[:-1].rpartition(" (")
        kind = PUBLISHER_KINDS.get(inner.strip().lower())
        if kind is not None and name.strip():
            return name.strip(), kind
    return text, None


def channel_phrase(channels: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    """The (msgctxt, msgid) that says how to use these channels; None when there are none."""
    key = tuple(c for c in CHANNEL_ORDER if c in channels)
    return CHANNEL_PHRASES.get(key)


def paper_size(region: str) -> str:
    """CSS page size for a region's clinics: what their printers are loaded with."""
    return "Letter" if region.upper() in LETTER_REGIONS else "A4"


# The names of the shipped languages, as printed after "Also available in:". From the
# app catalogs rather than CLDR: Babel has no Haitian Creole names at all, reads "tl" as
# "Filipino (Philippines)", and capitalises Vietnamese names mid-sentence.
LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    # TRANSLATORS: a language's name after "Also available in:", as written mid-sentence.
    "en": NP_("language name", "English"),
    "es": NP_("language name", "Spanish"),
    "zh_Hans": NP_("language name", "Simplified Chinese"),
    "zh_Hant": NP_("language name", "Traditional Chinese"),
    "vi": NP_("language name", "Vietnamese"),
    "ko": NP_("language name", "Korean"),
    # TRANSLATORS: Tagalog, the language of the Philippines (not "Filipino (Philippines)").
    "tl": NP_("language name", "Tagalog"),
    "ru": NP_("language name", "Russian"),
    "ar": NP_("language name", "Arabic"),
    "ht": NP_("language name", "Haitian Creole"),
    "pt": NP_("language name", "Portuguese"),
    "fr": NP_("language name", "French"),
    "de": NP_("language name", "German"),
}


# Used only for a language CLDR has no list words for (Haitian Creole).
# TRANSLATORS: the end of a list of languages: "English, Spanish and Tagalog".
LIST_AND = NP_("list of languages", "%(items)s and %(last)s")


def join_names(names: list[str], locale: str, app: gettext.NullTranslations) -> str:
    """"A, B and C" in `locale`: CLDR's list pattern, or the app catalog's "and" where
    CLDR has none (its root pattern joins every item with a comma)."""
    from babel import Locale, UnknownLocaleError
    from babel.lists import format_list

    try:
        end = Locale.parse(locale.replace("-", "_")).list_patterns["standard"]["end"]
    except (UnknownLocaleError, ValueError, KeyError):
        end = "{0}, {1}"
    if end != "{0}, {1}" or len(names) < 2:
        return format_list(names, locale=locale.replace("-", "_")) if names else ""
    return app.pgettext(*LIST_AND) % {"items": ", ".join(names[:-1]), "last": names[-1]}


def language_name(code: str, in_locale: str,
                  app: gettext.NullTranslations | None = None) -> str:
    """The name of language `code` as written in `in_locale` ("inglés"): the app catalog's
    for a shipped language when `app` is given, else CLDR's; the code if unknown."""
    from babel import Locale, UnknownLocaleError

    key = code.replace("-", "_")
    if app is not None:
        entry = LANGUAGE_NAMES.get(key) or LANGUAGE_NAMES.get(
            key if key.startswith("zh_") else base_language(key))
        if entry is not None:
            return app.pgettext(*entry)
    try:
        where = Locale.parse(in_locale.replace("-", "_"))
        plain = where.languages.get(key)  # "tl": Tagalog, which Locale.parse calls fil_PH
        if plain and "_" not in key:
            return plain
        name = Locale.parse(key).get_display_name(where)
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
    if not has_month_names(locale):
        return day.isoformat()  # unambiguous, rather than CLDR root's "2025 M07 9"
    return format_date(day, format="long", locale=locale.replace("-", "_"))


@cache
def has_month_names(locale: str) -> bool:
    """Whether CLDR names the months in `locale` (Haitian Creole: no, only "M07")."""
    from babel import Locale, UnknownLocaleError

    try:
        wide = Locale.parse(locale.replace("-", "_")).months["format"]["wide"]
    except (UnknownLocaleError, ValueError, KeyError):
        return False
    return not str(wide.get(7, "M07")).startswith("M0")


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


def data_folders() -> list[Path]:
    """The user's, then the site's data folders for app catalogs (platformdirs):
    on Linux $XDG_DATA_HOME/summarizer/locales, then each of $XDG_DATA_DIRS."""
    import platformdirs

    user = platformdirs.user_data_path("summarizer") / "locales"
    sites = platformdirs.site_data_path("summarizer", multipath=True)
    return [user, *(Path(p) / "summarizer" / "locales"
                    for p in str(sites).split(os.pathsep) if p)]


def catalog_roots(handout_dir: Path | None = None, root: Path | None = None) -> list[Path]:
    """Where app catalogs are looked for, first found wins: the handout's own locales/
    folder, the user's and the site's data folders, the package. `root`: only there."""
    if root is not None:
        return [root]
    roots = [Path(handout_dir) / "locales"] if handout_dir is not None else []
    return [*roots, *data_folders(), locales_dir()]


def locale_candidates(locale: str) -> list[str]:
    """Folder names that can serve `locale`, most specific first:
    zh-TW -> zh_Hant_TW, zh_TW, zh_Hant, zh; pt-BR -> pt_BR, pt."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    raw = locale.replace("-", "_")
    try:
        parsed = Locale.parse(raw)
    except (UnknownLocaleError, ValueError):
        return [raw, base_language(raw)] if raw != base_language(raw) else [raw]
    lang, territory = parsed.language, parsed.territory
    script = parsed.script
    if not script:
        likely = get_global("likely_subtags")
        full = likely.get(f"{lang}_{territory}" if territory else lang, "")
        parts = full.split("_")
        script = parts[1] if len(parts) > 2 and len(parts[1]) == 4 else None
    out = [raw, str(parsed)]
    if script and territory:
        out.append(f"{lang}_{script}_{territory}")
    if territory:
        out.append(f"{lang}_{territory}")
    if script:
        out.append(f"{lang}_{script}")
    # Chinese without a script must not fall back to plain "zh" across scripts.
    if lang != "zh" or not script or script == "Hans":
        out.append(lang)
    return list(dict.fromkeys(out))


def find_app_catalog(locale: str, handout_dir: Path | None = None,
                     root: Path | None = None) -> Path | None:
    """The summarizer.po that serves `locale`: the most specific name found in any
    folder of catalog_roots() (an exact catalog anywhere beats a base-language one)."""
    roots = catalog_roots(handout_dir, root)
    for name in locale_candidates(locale):
        for base in roots:
            path = app_catalog_path(name, base)
            if path.is_file():
                return path
    return None


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    """Read a PO file with Babel; a malformed file is a UserError naming the line."""
    from babel.messages.pofile import PoFileError, read_po

    from summarizer import po_cache

    problem = po_cache.first_error(path, app=True)  # rspeed: remembered while unchanged
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
        if msg.context:
            key = f"{key} [{msg.context}]"
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


def available_app_locales(root: Path | None = None,
                          handout_dir: Path | None = None) -> list[str]:
    """Every locale with an app catalog in any folder of catalog_roots()."""
    found: set[str] = set()
    for base in catalog_roots(handout_dir, root):
        found.update(p.parent.parent.name for p in base.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return sorted(found)


def app_locales(handout_dir: Path | None = None) -> list[str]:
    """Locales whose app catalog (in any folder of catalog_roots()) is complete and valid
    (an invalid one is reported by the gate's I18N-CATALOG-INVALID with its line)."""

    def complete(loc: str) -> bool:
        try:
            return app_catalog_status(loc, handout_dir=handout_dir).complete
        except UserError:
            return False

    return [loc for loc in available_app_locales(handout_dir=handout_dir) if complete(loc)]


def _signature(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_mtime_ns, st.st_size


@cache
def template_keys() -> frozenset[tuple[str | None, str]]:
    """(msgctxt, msgid) of every app string this version prints (locales/summarizer.pot)."""
    from babel.messages.pofile import read_po

    path = locales_dir() / f"{DOMAIN}.pot"
    if not path.is_file():
        return frozenset()
    with path.open("rb") as fh:
        pot = read_po(fh)
    return frozenset((m.context, m.id[0] if isinstance(m.id, tuple | list) else m.id)
                     for m in pot if m.id)


@cache
def _load_path(path: str, locale: str, sig: tuple[int, int]
               ) -> tuple[gettext.GNUTranslations, CatalogStatus]:
    from summarizer import po_cache  # rspeed: compiled once while the catalog is unchanged

    pot = locales_dir() / f"{DOMAIN}.pot"
    mo, (total, missing, fuzzy) = po_cache.compiled(
        Path(path), locale, pot if pot.is_file() else None,
        lambda: _compile_path(path, locale))
    return _mo_translations(mo), CatalogStatus(locale, total, tuple(missing), tuple(fuzzy),
                                               Path(path))


def _mo_translations(mo: bytes) -> gettext.GNUTranslations:
    from babel.support import Translations

    return Translations(fp=BytesIO(mo), domain=DOMAIN)


def _compile_path(path: str, locale: str) -> tuple[bytes, list[Any]]:
    """(.mo bytes, [total, missing, fuzzy]) of the app catalog at `path`."""
    mo, status = _read_path(path, locale)
    return mo, [status.total, list(status.missing), list(status.fuzzy)]


def _read_path(path: str, locale: str) -> tuple[bytes, CatalogStatus]:
    catalog = read_catalog(Path(path), locale)
    status = catalog_status(catalog, locale, Path(path))
    # a catalog made before this version's new strings: those are missing too, or the
    # page would print them in English
    have = {(m.context, m.id[0] if isinstance(m.id, tuple | list) else m.id)
            for m in catalog if m.id}
    absent = sorted(f"{mid} [{ctx}]" if ctx else mid
                    for ctx, mid in template_keys() - have)
    if absent:
        status = CatalogStatus(locale, status.total + len(absent),
                               (*status.missing, *absent), status.fuzzy, status.path)
    from babel.messages.mofile import write_mo

    buf = BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)  # as compile_in_memory
    return buf.getvalue(), status


def _load_app(locale: str, handout_dir: Path | None, root: Path | None
              ) -> tuple[gettext.GNUTranslations, CatalogStatus]:
    path = find_app_catalog(locale, handout_dir, root)
    if path is None:
        empty = gettext.NullTranslations()
        return empty, CatalogStatus(locale, 0, (), (), None)  # type: ignore[return-value]
    # keyed by (mtime, size): a translator's edit in the editor is seen at once
    return _load_path(str(path), path.parent.parent.name, _signature(path))


def app_translations(locale: str, root: Path | None = None,
                     handout_dir: Path | None = None) -> gettext.GNUTranslations:
    """The app strings for `locale` from the first catalog that serves it (see
    find_app_catalog); English source strings when there is none."""
    return _load_app(locale, handout_dir, root)[0]


def app_catalog_status(locale: str, root: Path | None = None,
                       handout_dir: Path | None = None) -> CatalogStatus:
    status = _load_app(locale, handout_dir, root)[1]
    return CatalogStatus(locale, status.total, status.missing, status.fuzzy, status.path)


def clear_cache() -> None:
    """Forget loaded catalogs (tests and the editor after a translator edits a .po)."""
    _load_path.cache_clear()
