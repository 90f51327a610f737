"""Per-handout translation catalogs: `<handout dir>/locales/<xx>/LC_MESSAGES/handout.po`.

A handout's translatable strings (title, summary, claim and disclaimer texts, contact
labels) are gettext messages whose msgid is the source-language text, so translators
use the tools they know (Poedit, Weblate, a text editor) and Babel's merge keeps
their work when the editor rewords a claim: the changed string comes back *fuzzy*
with the old translation as a suggestion. Everything goes through Babel's messages
API; nothing here parses PO by hand.

`pybabel compile` silently leaves fuzzy entries out, which would print a half-English
handout; so completeness (missing, fuzzy, dropped placeholders and phone numbers) is
checked here and an incomplete catalog is refused, never compiled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer import atomic
from summarizer.errors import UserError

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog, Message

    from summarizer.handout_file import HandoutDocument
    from summarizer.model import Handout

DOMAIN = "handout"
LOCALES_DIR = "locales"

# Things a translation must carry over unchanged. Format placeholders ({name},
# %(name)s, %s, %d) would break formatting; digit runs of 3+ are phone numbers, short
# codes and doses: a Spanish crisis text without "988" sends nobody anywhere.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][\w.]*\}|%\([A-Za-z_]\w*\)[sdif]|%[sdif]")
_DIGITS = re.compile(r"\d{3,}")


# --------------------------------------------------------------------------- locales


def normalize_locale(tag: str) -> str:
    """The folder and header form of a locale tag ("es-US" -> "es_US"); UserError if
    unknown. Folder names and headers use it so "es-US" and "es_US" are one catalog.

    Spelled by schema.canonical_locale, not by Babel's Locale.parse, which swaps aliases:
    a Tagalog ("tl") catalog went to locales/fil_PH/ and `translations status` then listed
    a second, unlisted language "fil-PH" beside tl."""
    from summarizer.schema import canonical_locale

    canon = canonical_locale(tag)  # strict BCP 47 first: Babel keeps "es@x/../../x" (a path!)
    if canon is None:
        raise UserError(
            f"{tag!r} is not a language code Babel knows (try e.g. 'es' or 'es-US')")
    return canon.replace("-", "_")


def is_source_locale(hdoc: HandoutDocument, locale: str) -> bool:
    source = hdoc.handout.meta.source_locale
    try:
        return normalize_locale(locale) == normalize_locale(source)
    except UserError:
        return locale == source


def target_locales(hdoc: HandoutDocument) -> list[str]:
    """The handout's languages that need translating (all but the source language)."""
    return [loc for loc in hdoc.handout.meta.locales if not is_source_locale(hdoc, loc)]


def disk_locales(hdoc: HandoutDocument) -> list[str]:
    """Locales with a handout catalog on disk, whether or not the handout lists them."""
    base = hdoc.base_dir / LOCALES_DIR
    return sorted(p.parent.parent.name for p in base.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def catalog_path(hdoc: HandoutDocument, locale: str) -> Path:
    """locales/<locale>/LC_MESSAGES/handout.po, proven inside the handout folder with no
    symbolic link on the way (summarizer.paths): a `locales/es` link to another handout
    must not make `update` rewrite that handout's catalog."""
    from summarizer.paths import inside

    return inside(hdoc.base_dir, LOCALES_DIR, normalize_locale(locale), "LC_MESSAGES",
                  f"{DOMAIN}.po", what="locale")


# --------------------------------------------------------------------------- messages


def message_notes(handout: Handout) -> dict[str, list[str]]:
    """Translator notes per msgid: where each string is used and the source's own words.

    Pure; the notes become the PO file's `#.` comments, so a translator sees that
    "then press 1" belongs to the Veterans Crisis Line and what the article said.
    """
    notes: dict[str, list[str]] = {}

    def add(text: str, *lines: str) -> None:
        if text:
            bucket = notes.setdefault(text, [])
            bucket.extend(line for line in lines if line and line not in bucket)

    add(handout.meta.title, "handout title")
    add(handout.meta.summary, "handout summary (under the title)")
    for d in handout.disclaimers:
        add(d.text, f"disclaimer {d.id} ({d.kind})", _quote_note(d.quote))
        for c in d.contacts:
            add(c.label, f"name of contact {c.display or c.number} in disclaimer {d.id}")
            add(c.extra, f"instruction for contact {c.display or c.number} in disclaimer {d.id}")
    for c in handout.claims:
        add(c.text, f"claim {c.id} ({c.section})", _quote_note(c.quote))
    return notes


SOURCE_SAYS = "source says: "  # the note quoting the source; the others say where


def _quote_note(quote: str) -> str:
    if not quote:
        return ""
    short = quote if len(quote) <= 300 else quote[:297] + "..."
    return f"{SOURCE_SAYS}{short}"


def _places(notes: Iterable[str]) -> frozenset[str]:
    """The notes that say where a string is printed ("disclaimer supervision
    (supervision)", "handout title"), not the source's words."""
    return frozenset(n for n in notes if n and not n.startswith(SOURCE_SAYS))


def _earlier(text: str, places: frozenset[str], candidates: dict[str, Message],
             ) -> Message | None:
    """The entry translated for an earlier wording of `text`: printed in the same place
    (its notes name the same notice, claim or title), else the closest text as Babel's
    merge matches a reworded one (the same cut-off)."""
    from babel.messages.catalog import get_close_matches

    same_place = _printed_in(places, candidates.values())
    if same_place is not None:
        return same_place
    keys = {k.lower().strip(): k for k in candidates}
    found = get_close_matches(text.lower().strip(), list(keys), 1)
    return candidates[keys[found[0]]] if found else None


def _printed_in(places: frozenset[str], messages: Iterable[Message]) -> Message | None:
    """The first entry whose notes name one of `places` (the same notice, claim or
    title): how both `status` and `update` find a reworded string's old translation."""
    if not places:
        return None
    return next((m for m in messages if places & set(m.auto_comments)), None)


def _translated_elsewhere(catalog: Catalog, current: Iterable[str]) -> dict[str, Message]:
    """Translated entries, live or obsolete, whose msgid the handout no longer prints."""
    now = set(current)
    return {m.id: m for m in [*catalog, *catalog.obsolete.values()]
            if isinstance(m.id, str) and m.id and m.id not in now and _string(m)}


def placeholders(text: str) -> list[str]:
    """Format placeholders and digit runs (phone numbers) that a translation must keep."""
    return list(dict.fromkeys([*_PLACEHOLDER.findall(text), *_DIGITS.findall(text)]))


def placeholder_problems(msgid: str, msgstr: str) -> list[str]:
    """What a translation lost or invented: [] when it keeps every placeholder/number."""
    if not msgstr:
        return []
    problems = [f"missing {p}" for p in placeholders(msgid) if p not in msgstr]
    known = set(_PLACEHOLDER.findall(msgid))
    problems += [f"unknown {p}" for p in dict.fromkeys(_PLACEHOLDER.findall(msgstr))
                 if p not in known]
    return problems


def template_catalog(hdoc: HandoutDocument, locale: str | None = None) -> Catalog:
    """A catalog of the handout's current strings, untranslated, with translator notes."""
    from babel.messages.catalog import Catalog

    meta = hdoc.handout.meta
    catalog = Catalog(
        locale=locale,
        domain=DOMAIN,
        header_comment=(
            f"# Translations of the handout {meta.id!r} ({meta.title}).\n"
            "# msgid is the handout's source-language text; write the translation in msgstr.\n"
            "# A '#, fuzzy' entry's source text changed: check the translation, then remove\n"
            "# the fuzzy line. Keep every number (phone numbers!) and {placeholder}.\n#"
        ),
        project=meta.id,
        version=meta.version,
        copyright_holder=meta.organization or None,
        fuzzy=False,
    )
    if locale:
        pin_plural_forms(catalog, locale)
    refs = message_references(hdoc)
    for text, notes in message_notes(hdoc.handout).items():
        catalog.add(text, "", auto_comments=notes, locations=refs.get(text, []))
    return catalog


def message_references(hdoc: HandoutDocument) -> dict[str, list[tuple[str, int]]]:
    """msgid -> `#:` references ("handout.toml", line) of the entries that print it: the
    line of the title or summary key, or of the claim's or notice's `id = "..."` line, so
    a translator's tool jumps to the entry in the handout file."""
    try:
        lines = hdoc.path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    name = hdoc.path.name
    id_line: dict[str, int] = {}
    key_line: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        m = re.match(r'\s*id\s*=\s*["\']([^"\']+)["\']', line)
        if m:
            id_line.setdefault(m.group(1), number)
        m = re.match(r"\s*(title|summary)\s*=", line)
        if m:
            key_line.setdefault(m.group(1), number)  # the first: [handout] comes first
    out: dict[str, list[tuple[str, int]]] = {}

    def add(text: str, number: int | None) -> None:
        if text and number:
            refs = out.setdefault(text, [])
            if (name, number) not in refs:
                refs.append((name, number))

    handout = hdoc.handout
    add(handout.meta.title, key_line.get("title"))
    add(handout.meta.summary, key_line.get("summary"))
    for d in handout.disclaimers:
        add(d.text, id_line.get(d.id))
        for c in d.contacts:
            add(c.label, id_line.get(d.id))
            add(c.extra, id_line.get(d.id))
    for c in handout.claims:
        add(c.text, id_line.get(c.id))
    return out


def _read(path: Path, locale: str | None = None) -> Catalog:
    from babel.messages.pofile import PoFileError, read_po

    from summarizer import po_check
    from summarizer.paths import PathError, read_regular

    try:  # a regular file only: a FIFO or /dev/zero must not hang or fill the memory
        data = read_regular(path, po_check.MAX_BYTES, "catalog")
    except PathError as exc:
        raise UserError(f"cannot read the catalog: {exc.message}", str(path)) from None
    problem = po_check.first_error(po_check.check_bytes(data, str(path)))  # what Babel lets by
    if problem:
        raise UserError(f"invalid catalog: {problem}")
    from summarizer import po_previous

    try:
        catalog = read_po(BytesIO(data), locale=locale, abort_invalid=True)
        po_previous.lift(catalog)  # a fuzzy string's old English (#|), not a comment
        return catalog
    except PoFileError as exc:
        raise UserError(f"invalid PO file: {exc}", str(path)) from None
    except (OSError, LookupError, UnicodeError, ValueError) as exc:
        raise UserError(f"cannot read the catalog: {exc}", str(path)) from None


# Parsed catalogs keyed by path, valid while the file's (mtime, size) is unchanged: the
# TUI asks for one string at a time and must not re-read the file for each.
_cache: dict[Path, tuple[tuple[int, int], Catalog]] = {}


def _load(path: Path) -> Catalog | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        _cache.pop(path, None)
        return None
    sig = (st.st_mtime_ns, st.st_size)
    hit = _cache.get(path)
    if hit is not None and hit[0] == sig:
        return hit[1]
    catalog = _read(path)
    _cache[path] = (sig, catalog)
    return catalog


def pin_plural_forms(catalog: Catalog, locale: str) -> None:
    """Plural-Forms from summarizer.plurals (pinned CLDR), not from the installed Babel."""
    from summarizer import plurals

    catalog.mime_headers = [("Plural-Forms", plurals.header(locale))]


# Lines wrapped as GNU xgettext and msgmerge wrap them (79 columns in all).
PO_WIDTH = 79


def po_bytes(catalog: Catalog) -> bytes:
    """The catalog as a PO file, written the same way every time for the same content."""
    from babel.messages.pofile import write_po

    from summarizer import po_previous

    buf = BytesIO()
    write_po(buf, catalog, width=PO_WIDTH, include_previous=True, sort_output=False)
    charset = catalog.charset or "utf-8"
    text = buf.getvalue().decode(charset)
    if "\n#|" in text:
        text = po_previous.rewrap(text, PO_WIDTH)
    return po_previous.gnu_wrap(text, PO_WIDTH).encode(charset)


def _write(path: Path, catalog: Catalog) -> None:
    """Write the catalog; when the bytes would not change, the file is not touched at all
    (an `update` with no English change leaves every catalog as it was, mtime included)."""
    from summarizer import po_check

    _cache.pop(path, None)  # the catalog object may have been changed in place
    for message in catalog:  # prose, never %-formatted: Babel's guess from "56% of" would
        message.flags -= {"python-format", "python-brace-format"}  # fail "56 % de"
    data = po_bytes(catalog)
    if path.is_file():  # Babel drops header fields it does not know (X-Generator, ...)
        old = po_check.check_file(path)
        data = po_check.keep_header_fields(data, old.header, catalog.charset or "utf-8")
        try:
            if path.read_bytes() == data:
                return
        except OSError:
            pass
    _write_file(path, data)


def _write_file(path: Path, data: bytes) -> None:
    """Atomic write; an OS failure is the user's one-line error naming the file."""
    try:
        atomic.write_bytes(path, data)
    except OSError as exc:
        raise UserError(f"cannot write: {exc.strerror or exc}", str(path)) from None


def _string(message: Message | None) -> str:
    if message is None:
        return ""
    value = message.string
    if isinstance(value, tuple | list):
        value = value[0] if value else ""
    return value or ""


# --------------------------------------------------------------------------- operations


def init_catalog(hdoc: HandoutDocument, locale: str) -> Path:
    """Start a language: a catalog with every string empty. Refuses to overwrite one."""
    if is_source_locale(hdoc, locale):
        raise UserError(f"{locale!r} is the handout's source language; it needs no catalog",
                        str(hdoc.path))
    path = catalog_path(hdoc, locale)
    if path.exists():
        raise UserError("catalog already exists; use `summarizer translations update`",
                        str(path))
    _write(path, template_catalog(hdoc, normalize_locale(locale)))
    return path


def update_catalog(hdoc: HandoutDocument, locale: str) -> Path:
    """Merge the handout's current strings into the catalog (creating it if absent).

    Babel's merge: a reworded string becomes fuzzy with the old translation kept as a
    suggestion (and the old msgid as `#|`); strings no longer used become obsolete (#~).
    """
    path = catalog_path(hdoc, locale)
    catalog = _load(path)
    if catalog is None:
        return init_catalog(hdoc, locale)
    template = template_catalog(hdoc, normalize_locale(locale))
    merge(catalog, template)
    pin_plural_forms(catalog, normalize_locale(locale))
    _write(path, catalog)
    return path


def merge(catalog: Catalog, template: Catalog) -> None:
    """Babel's update, keeping the English a still-fuzzy string was translated from.

    Babel sets a reworded string's previous msgid (#|) only in the merge that makes it
    fuzzy and drops it in the next one (the next save), so a translator who opens the
    catalog later no longer sees what changed (the editor shows it as "was: ...").
    """
    previous = {m.id: list(m.previous_id) for m in catalog
                if m.id and m.fuzzy and m.previous_id}
    catalog.update(template, update_creation_date=False)
    for msgid, prev in previous.items():
        message = catalog.get(msgid)
        if message is not None and message.fuzzy and not message.previous_id:
            message.previous_id = prev
    # a string rewritten beyond Babel's matching keeps the translation of the notice or
    # claim it replaced, fuzzy, rather than starting again from nothing
    old = {k: m for k, m in catalog.obsolete.items() if isinstance(k, str) and _string(m)}
    for message in catalog:
        places = _places(message.auto_comments)
        if not message.id or _string(message) or not places or not old:
            continue
        was = _printed_in(places, old.values())
        if was is not None:
            message.string = was.string
            message.flags.add("fuzzy")
            message.previous_id = [was.id]
            del catalog.obsolete[was.id]
            old.pop(was.id)


@dataclass(frozen=True, slots=True)
class CatalogStatus:
    """How far one language's translation is: what is missing or fuzzy, by msgid."""

    locale: str
    total: int
    translated: int
    missing: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)
    placeholder_errors: list[str] = field(default_factory=list)  # "msgid: missing 988"
    exists: bool = False
    path: str = ""
    # fuzzy strings whose English was edited after they were translated, the catalog not
    # updated since: it still holds their translation under the earlier text
    stale: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.fuzzy and not self.placeholder_errors


def status_of(texts: Iterable[str], catalog: Catalog | None, locale: str, *,
              exists: bool, path: str = "",
              places: dict[str, frozenset[str]] | None = None) -> CatalogStatus:
    """Pure: compare the handout's strings with a parsed catalog. A string the catalog
    lacks is stale (fuzzy), not missing, when the catalog holds a translation of an
    earlier wording of it (`places`: where each string is printed, message_notes)."""
    texts = list(texts)
    missing: list[str] = []
    fuzzy: list[str] = []
    stale: list[str] = []
    bad: list[str] = []
    earlier = _translated_elsewhere(catalog, texts) if catalog is not None else {}
    for text in texts:
        message = catalog.get(text) if catalog is not None else None
        translation = _string(message)
        if not translation and earlier and _earlier(
                text, (places or {}).get(text, frozenset()), earlier) is not None:
            fuzzy.append(text)
            stale.append(text)
        elif not translation:
            missing.append(text)
        elif message is not None and message.fuzzy:
            fuzzy.append(text)
        else:
            bad += [f"{text}: {p}" for p in placeholder_problems(text, translation)]
    return CatalogStatus(locale=locale, total=len(texts),
                         translated=len(texts) - len(missing) - len(fuzzy),
                         missing=missing, fuzzy=fuzzy, placeholder_errors=bad,
                         exists=exists, path=path, stale=stale)


def catalog_status(hdoc: HandoutDocument, locale: str) -> CatalogStatus:
    texts = hdoc.handout.texts()
    path = catalog_path(hdoc, locale)
    if is_source_locale(hdoc, locale):
        return CatalogStatus(locale, len(texts), len(texts), exists=True, path="")
    catalog = _load(path)
    places = {text: _places(notes) for text, notes in message_notes(hdoc.handout).items()}
    return status_of(texts, catalog, locale, exists=catalog is not None, path=str(path),
                     places=places)


def _listing(strings: list[str], limit: int = 3) -> str:
    def short(s: str) -> str:
        return repr(s if len(s) <= 60 else s[:57] + "...")

    shown = ", ".join(short(s) for s in strings[:limit])
    return shown + (f" and {len(strings) - limit} more" if len(strings) > limit else "")


def compile_catalog(hdoc: HandoutDocument, locale: str) -> Path:
    """Write handout.mo beside handout.po, refusing any missing, fuzzy or broken string."""
    from babel.messages.mofile import write_mo

    status = catalog_status(hdoc, locale)
    path = catalog_path(hdoc, locale)
    if not status.exists:
        raise UserError("no catalog yet; run `summarizer translations init` first", str(path))
    problems = []
    if status.missing:
        problems.append(f"{len(status.missing)} missing: {_listing(status.missing)}")
    if status.fuzzy:
        problems.append(f"{len(status.fuzzy)} fuzzy (source text changed; check and "
                        f"unmark): {_listing(status.fuzzy)}")
    if status.placeholder_errors:
        problems.append(f"numbers or placeholders lost: {_listing(status.placeholder_errors)}")
    if problems:
        raise UserError("not compiled; " + "; ".join(problems), str(path))
    catalog = _load(path)
    assert catalog is not None  # status.exists
    buf = BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    mo = path.with_suffix(".mo")
    if mo.is_symlink():
        raise UserError("is a symbolic link; not written through", str(mo))
    _write_file(mo, buf.getvalue())
    return mo


def translations_for(hdoc: HandoutDocument, locale: str) -> dict[str, str]:
    """msgid -> usable translation (non-empty, not fuzzy); identity for the source language."""
    if is_source_locale(hdoc, locale):
        return {t: t for t in hdoc.handout.texts()}
    catalog = _load(catalog_path(hdoc, locale))
    if catalog is None:
        return {}
    out: dict[str, str] = {}
    for message in catalog:
        if message.id and isinstance(message.id, str) and not message.fuzzy:
            text = _string(message)
            if text:
                out[message.id] = text
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    """One string's state in a catalog (for editors that show fuzzy suggestions)."""

    msgid: str
    msgstr: str
    fuzzy: bool


def get_entry(hdoc: HandoutDocument, locale: str, msgid: str) -> Entry | None:
    """The translation with its fuzzy flag, or None when the catalog lacks the string."""
    catalog = _load(catalog_path(hdoc, locale))
    message = catalog.get(msgid) if catalog is not None else None
    if message is None:
        return None
    return Entry(msgid, _string(message), bool(message.fuzzy))


def get_translation(hdoc: HandoutDocument, locale: str, msgid: str) -> str | None:
    """The usable translation of one string, or None (missing, empty or fuzzy).

    A fuzzy suggestion is not returned: it belongs to an older source text, and an
    editor showing it as done would hide that it needs checking (see get_entry).
    """
    if is_source_locale(hdoc, locale):
        return msgid
    entry = get_entry(hdoc, locale, msgid)
    if entry is None or entry.fuzzy or not entry.msgstr:
        return None
    return entry.msgstr


def fit_ends(msgid: str, msgstr: str) -> str:
    """`msgstr` with the msgid's newlines at its start and end, no others there: gettext
    refuses a catalog where only one of the two begins or ends with a newline, and a
    newline typed at either end of a translation box must not make the handout unreadable."""
    core = msgstr.strip("\n")
    if not core:
        return ""
    lead = msgid[:len(msgid) - len(msgid.lstrip("\n"))]
    trail = msgid[len(msgid.rstrip("\n")):] if msgid.strip("\n") else ""
    return lead + core + trail


def set_translation(hdoc: HandoutDocument, locale: str, msgid: str, msgstr: str) -> None:
    """Store one translation (creating the catalog if needed) and clear its fuzzy flag."""
    if is_source_locale(hdoc, locale):
        raise UserError(f"{locale!r} is the handout's source language; edit the handout text",
                        str(hdoc.path))
    path = catalog_path(hdoc, locale)
    catalog = _load(path)
    if catalog is None:
        init_catalog(hdoc, locale)
        catalog = _load(path)
        assert catalog is not None
    message = catalog.get(msgid)
    if message is None:
        notes = message_notes(hdoc.handout)
        if msgid not in notes:
            raise UserError(f"{_listing([msgid])} is not a string of this handout", str(path))
        message = catalog.add(msgid, "", auto_comments=notes[msgid])
    message.string = fit_ends(msgid, msgstr)
    message.flags.discard("fuzzy")
    message.previous_id = []
    _write(path, catalog)


def clear_cache() -> None:
    _cache.clear()
