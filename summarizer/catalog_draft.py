"""Translations as the editor sees them: the catalog on disk, merged with unsaved work.

The editor keeps typed translations in its draft (summarizer.editing.Draft) until the
handout is saved. To show each string's state it merges, in memory, the catalog file,
the pending translations and the handout's current strings, the way `translations
update` would: a string whose English changed comes back fuzzy with the old
translation to reuse, not missing. `write_pending` does the same merge for real when
the editor saves. Pure (Babel only, imported when called).
"""

from __future__ import annotations

import copy
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer import catalogs

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from summarizer.handout_file import HandoutDocument


@dataclass(frozen=True, slots=True)
class Row:
    """One handout string in one language. A fuzzy row's `msgstr` is the old translation
    (of `previous`, the English it was written for), offered for reuse."""

    msgid: str
    msgstr: str
    fuzzy: bool
    previous: str = ""
    pending: bool = False  # typed in the editor, not saved yet

    @property
    def status(self) -> str:
        return "missing" if not self.msgstr else "fuzzy" if self.fuzzy else "done"


def _string(message: object) -> str:
    value = getattr(message, "string", "") or ""
    if isinstance(value, tuple | list):
        value = value[0] if value else ""
    return str(value)


def _apply(catalog: Catalog, pending: dict[str, str]) -> None:
    for msgid, msgstr in pending.items():
        message = catalog.get(msgid)
        if message is None:
            message = catalog.add(msgid, "")
        message.string = catalogs.fit_ends(msgid, msgstr)
        message.flags.discard("fuzzy")
        message.previous_id = []


def merged(hdoc: HandoutDocument, locale: str, pending: dict[str, str]) -> Catalog:
    """The catalog as it would be after saving: file + pending, merged with the handout."""
    path = catalogs.catalog_path(hdoc, locale)
    on_disk = catalogs._load(path)
    template = catalogs.template_catalog(hdoc, catalogs.normalize_locale(locale))
    catalog = copy.deepcopy(template if on_disk is None else on_disk)
    if on_disk is None:  # a new catalog: its header, and messages only from the merge
        for message in list(catalog):
            if message.id:
                catalog.delete(message.id)
    _apply(catalog, pending)
    catalogs.merge(catalog, template)  # keeps a fuzzy string's old English (#|)
    catalogs.pin_plural_forms(catalog, catalogs.normalize_locale(locale))  # as `update` does
    return catalog


def rows(hdoc: HandoutDocument, locale: str, pending: dict[str, str]) -> list[Row]:
    """Every handout string with its translation state, in print order."""
    catalog = merged(hdoc, locale, pending)
    out: list[Row] = []
    for msgid in hdoc.handout.texts():
        message = catalog.get(msgid)
        if message is None:
            out.append(Row(msgid, "", False))
            continue
        previous = message.previous_id
        prev = previous[0] if isinstance(previous, tuple | list) and previous else ""
        out.append(Row(msgid, _string(message), bool(message.fuzzy), str(prev or ""),
                       pending=msgid in pending))
    return out


def usable(hdoc: HandoutDocument, locale: str, pending: dict[str, str]) -> dict[str, str]:
    """msgid -> translation that would print (neither missing nor fuzzy)."""
    return {r.msgid: r.msgstr for r in rows(hdoc, locale, pending) if r.status == "done"}


def unreadable(hdoc: HandoutDocument) -> dict[str, str]:
    """locale -> why its catalog on disk cannot be read (a quote left open): a save
    leaves such a file as it is, and refuses to put typed translations into it."""
    from summarizer.errors import UserError

    out: dict[str, str] = {}
    for locale in catalogs.target_locales(hdoc):
        try:
            catalogs._load(catalogs.catalog_path(hdoc, locale))
        except UserError as exc:
            out[locale] = str(exc)
    return out


def write_pending(hdoc: HandoutDocument, translations: dict[str, dict[str, str]],
                  skip: Collection[str] = ()) -> list[Path]:
    """Write each language's pending translations into its catalog (atomic per file),
    merged with the handout's current strings, and merge every other catalog on disk
    too: a reworded claim is then fuzzy in the file, as the Translations tab shows it,
    and `check` says fuzzy rather than missing. A catalog the merge leaves as it was is
    not touched, and so is a locale in `skip` (a file that cannot be read). Returns the
    catalogs given translations."""
    written: list[Path] = []
    on_disk = [loc for loc in catalogs.target_locales(hdoc)
               if catalogs.catalog_path(hdoc, loc).is_file()]
    for locale in dict.fromkeys([*translations, *on_disk]):
        if locale in skip:
            continue
        pending = translations.get(locale, {})
        path = catalogs.catalog_path(hdoc, locale)
        if not pending and not path.is_file():
            continue
        catalogs._write(path, merged(hdoc, locale, pending))
        if pending:
            written.append(path)
    return written
