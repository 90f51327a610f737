"""The export gate (summarizer.gate, as `check` runs it) on the editor's draft, with
translations not yet saved.

The gate reads catalogs from the handout's folder; unsaved translations live in the
editor's draft, and a string reworded since the last save is still under its old
English in the catalog files. So when there are unsaved translations, or a catalog on
disk lacks one of the handout's strings, the check runs on a copy in a temporary folder
holding the catalogs as a save would write them (summarizer.catalog_draft): a reworded
string is then fuzzy with its old translation, as the Translations tab shows it, not
missing. The source texts are the ones the editor already loaded. Pure (no Textual):
called from a worker thread.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument


def check_draft(hdoc: HandoutDocument, pending: dict[str, dict[str, str]],
                source_texts: dict[str, str | None] | None,
                source_digests: dict[str, str] | None = None) -> list[Any] | None:
    """The gate's findings for the draft; None when the checks are not installed."""
    try:
        from summarizer.gate import run as check_handout  # the registry `check` runs
    except ImportError:
        return None
    from summarizer import catalog_draft, catalogs
    from summarizer.errors import UserError

    pending = {k: v for k, v in pending.items() if v}
    if not pending and not _reworded(hdoc):
        return check_handout(hdoc, source_texts=source_texts, source_digests=source_digests)
    from summarizer.handout_file import loads_handout

    texts, digests = source_texts, source_digests
    if texts is None:
        from summarizer.provenance import load_source_texts

        texts, digests = load_source_texts(hdoc)
    with tempfile.TemporaryDirectory(prefix="summarizer-check-") as tmp:
        copy = loads_handout(hdoc.doc.as_string(), Path(tmp) / hdoc.path.name)
        for locale in copy.handout.meta.locales:
            if catalogs.is_source_locale(copy, locale):
                continue
            try:
                merged = catalog_draft.merged(hdoc, locale, pending.get(locale, {}))
            except UserError:
                # a catalog that cannot be read goes into the copy as it is, so the
                # gate names its file and line (I18N-CATALOG-INVALID) as `check` does
                _copy_as_is(catalogs.catalog_path(hdoc, locale),
                            catalogs.catalog_path(copy, locale))
                continue
            catalogs._write(catalogs.catalog_path(copy, locale), merged)
        return check_handout(copy, source_texts=texts, source_digests=digests)


def _copy_as_is(source: Path, target: Path) -> None:
    import shutil

    if source.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def _reworded(hdoc: HandoutDocument) -> bool:
    """Whether a catalog on disk lacks one of the handout's strings, so a save would
    change what `check` reads (a reworded string turns fuzzy there)."""
    from summarizer import catalogs
    from summarizer.errors import UserError

    texts = hdoc.handout.texts()
    for locale in catalogs.target_locales(hdoc):
        try:
            catalog = catalogs._load(catalogs.catalog_path(hdoc, locale))
        except UserError:  # unreadable: the gate reports it (I18N-CATALOG-INVALID)
            continue
        if catalog is not None and any(catalog.get(t) is None for t in texts):
            return True
    return False
