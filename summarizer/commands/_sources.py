"""Shared by `claims` and `disclaimers`: load paths and URLs, report bad ones, analyse the rest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.commands._progress import Progress
    from summarizer.sources.analyze import SourceAnalysis


def load_and_analyze(
    paths: Sequence[str], region: str = ""
) -> tuple[dict[str, SourceAnalysis], int]:
    """Analyses keyed by source id, and the number of paths that failed (one line each).
    A long run says what it is doing on stderr (commands._progress)."""
    from summarizer.commands._progress import Progress

    with Progress() as progress:
        return _load_and_analyze(paths, region, progress)


def _load_and_analyze(paths: Sequence[str], region: str,
                      progress: Progress) -> tuple[dict[str, SourceAnalysis], int]:
    from summarizer.sources.analyze import analyze_sources
    from summarizer.sources.fetch import is_url
    from summarizer.sources.ids import make_source_id
    from summarizer.sources.load import load_paths

    progress.loading()
    urls = [p for p in paths if is_url(p)]
    loaded, errors = load_paths([p for p in paths if not is_url(p)])
    if urls:  # fetched for this report only; nothing is kept
        from summarizer.sources.snapshot import take

        progress.loading("fetching the web pages")
        taken_urls, url_errors = take(urls)
        loaded += [t.loaded for t in taken_urls]
        errors += url_errors
    for err in errors:
        progress.note(f"summarizer: error: {err}")
    taken: set[str] = set()
    sources = {}
    for src in loaded:
        sid = make_source_id(src, taken)
        taken.add(sid)
        sources[sid] = src
    progress.sources(sources)
    from summarizer.locale_codes import canonical_region

    region = canonical_region(region) or region.upper()  # "UK" is GB
    analyses = analyze_sources(sources, region=region, before=progress.source)
    for sid, a in analyses.items():
        if a.unread:
            progress.note(unread_warning(sid, a))
    return analyses, len(errors)


def unread_warning(sid: str, analysis: SourceAnalysis) -> str:
    """One line naming the run-on text left unread (sources.segment.RUN_ON_BUDGET)."""
    from summarizer.sources.segment import RUN_ON_BUDGET

    chars = sum(e - s for s, e in analysis.unread)
    first = analysis.unread[0][0]
    return (f"summarizer: warning: {sid}: {chars:,} characters from offset {first:,} on "
            f"have no sentence end and were not read for claims or notices (past "
            f"{RUN_ON_BUDGET:,} characters without one, a text is not prose)")
