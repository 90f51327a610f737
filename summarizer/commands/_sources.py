"""Shared by `claims` and `disclaimers`: load paths, report bad files, analyse the rest."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.terminal import visible_line

if TYPE_CHECKING:
    from summarizer.sources.analyze import SourceAnalysis


def load_and_analyze(
    paths: Sequence[str], region: str = ""
) -> tuple[dict[str, SourceAnalysis], int]:
    """Analyses keyed by source id, and the number of paths that failed (one line each)."""
    from summarizer.sources.analyze import analyze_sources
    from summarizer.sources.ids import make_source_id
    from summarizer.sources.load import load_paths

    loaded, errors = load_paths(paths)
    for err in errors:
        print(f"summarizer: error: {visible_line(str(err))}", file=sys.stderr)
    taken: set[str] = set()
    sources = {}
    for src in loaded:
        sid = make_source_id(src, taken)
        taken.add(sid)
        sources[sid] = src
    return analyze_sources(sources, region=region.upper()), len(errors)
