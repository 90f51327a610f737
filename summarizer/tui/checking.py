"""The export gate (summarizer.gate, as `check` runs it) on the editor's draft, with
translations not yet saved.

The gate reads catalogs from the handout's folder; unsaved translations live in the
editor's draft. So when there are some, the check runs on a copy in a temporary folder
holding the merged catalogs (summarizer.catalog_draft), with the source texts the
editor already loaded. Pure (no Textual): called from a worker thread.
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
    pending = {k: v for k, v in pending.items() if v}
    if not pending:
        return check_handout(hdoc, source_texts=source_texts, source_digests=source_digests)
    from summarizer import catalog_draft, catalogs
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
            merged = catalog_draft.merged(hdoc, locale, pending.get(locale, {}))
            catalogs._write(catalogs.catalog_path(copy, locale), merged)
        return check_handout(copy, source_texts=texts, source_digests=digests)
