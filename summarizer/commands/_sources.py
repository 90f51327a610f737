"""Shared by `claims` and `disclaimers`: load paths and URLs, report bad ones, analyse the rest."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.terminal import visible_line

if TYPE_CHECKING:
    from summarizer.model import LoadedSource
    from summarizer.sources.analyze import SourceAnalysis


def load_and_analyze(
    paths: Sequence[str], region: str = ""
) -> tuple[dict[str, SourceAnalysis], int]:
    """Analyses keyed by source id, and the number of paths that failed (one line each)."""
    from summarizer.sources.analyze import analyze_sources
    from summarizer.sources.fetch import is_url
    from summarizer.sources.ids import make_source_id
    from summarizer.sources.load import load_paths

    urls = [p for p in paths if is_url(p)]
    loaded, errors = load_paths([p for p in paths if not is_url(p)])
    if urls:  # fetched for this report only; nothing is kept
        from summarizer.sources.snapshot import take

        taken_urls, url_errors = take(urls)
        loaded += [t.loaded for t in taken_urls]
        errors += url_errors
    for err in errors:
        print(f"summarizer: error: {visible_line(str(err))}", file=sys.stderr)
    taken: set[str] = set()
    sources = {}
    for src in loaded:
        sid = make_source_id(src, taken)
        taken.add(sid)
        sources[sid] = src
    return analyze_sources(sources, region=region.upper(), before=_name_long), len(errors)


LONG = 1_000_000  # characters: seconds of reading (3 MB of varied text took 14.6 s here)


def _name_long(sid: str, src: LoadedSource) -> None:
    """A long article takes a while: say which, so a silent terminal is not a hang."""
    if len(src.text) >= LONG:
        print(f"summarizer: reading {visible_line(sid)} ({len(src.text) / 1e6:.1f} MB of "
              "text; this can take a while)…", file=sys.stderr, flush=True)
