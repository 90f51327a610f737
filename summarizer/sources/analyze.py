"""One call from loaded sources to sentences, candidate claims and disclaimers.

All sources are analysed together because a line that repeats across them ("Share this
article", a site's footer) is furniture; the result is cached per (text, repeated
lines, region) so the TUI can call this freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.model import CandidateClaim, CandidateDisclaimer, LoadedSource, Sentence

if TYPE_CHECKING:
    from collections.abc import Callable

    from summarizer.sources.segment import Block

# The analysing modules (and the rulebook they compile) are imported on first use, so
# the editor can rebuild a SourceAnalysis from its cache without them
# (summarizer.sources.analysis_cache).


@dataclass(slots=True)
class SourceAnalysis:
    source_id: str
    source: LoadedSource
    sentences: list[Sentence]
    claims: list[CandidateClaim]
    disclaimers: list[CandidateDisclaimer]
    blocks: list[Block] = field(default_factory=list)
    block_of: list[int] = field(default_factory=list)  # paragraph index per sentence
    masked_claims: list[CandidateClaim] = field(default_factory=list)  # boilerplate, for --all
    # (start, end) of run-on text left unread: a run with no sentence end past
    # segment.RUN_ON_BUDGET characters (no claims or notices are looked for there)
    unread: tuple[tuple[int, int], ...] = ()


@lru_cache(maxsize=64)
def _analyze(
    source_id: str,
    text: str,
    fmt: str,
    repeated: frozenset[str],
    region: str,
    furniture: tuple[tuple[int, int], ...] = (),
) -> tuple[
    list[Sentence],
    list[Block],
    list[int],
    list[CandidateClaim],
    list[CandidateClaim],
    list[CandidateDisclaimer],
    tuple[tuple[int, int], ...],
]:
    from summarizer.sources.boilerplate import mask_sentences
    from summarizer.sources.claims import propose_claims
    from summarizer.sources.disclaimers import find_disclaimers
    from summarizer.sources.segment import segment_full

    seg = segment_full(text, fmt)
    sentences = mask_sentences(text, seg.sentences, repeated)
    if furniture:  # the loader knows some ranges are furniture (a PDF's running heads)
        sentences = _mask_known(sentences, furniture)
    disclaimers, not_claims = find_disclaimers(source_id, text, sentences, seg.block_of, region)
    exclude = frozenset(not_claims)
    claims = propose_claims(source_id, sentences, seg.block_of, exclude)
    masked_idx = frozenset(i for i, s in enumerate(sentences) if not s.boilerplate) | exclude
    masked = propose_claims(
        source_id, sentences, seg.block_of, masked_idx, include_boilerplate=True
    )
    return sentences, seg.blocks, seg.block_of, claims, masked, disclaimers, seg.unread


def _mask_known(
    sentences: list[Sentence], furniture: tuple[tuple[int, int], ...]
) -> list[Sentence]:
    """Sentences inside a range the loader marked as furniture become boilerplate."""
    out: list[Sentence] = []
    i = 0
    for sent in sentences:
        while i < len(furniture) and furniture[i][1] <= sent.span.start:
            i += 1
        if (
            not sent.boilerplate
            and i < len(furniture)
            and furniture[i][0] <= sent.span.start
            and sent.span.end <= furniture[i][1]
        ):
            sent = Sentence(sent.span, sent.text, boilerplate=True, heading=sent.heading)
        out.append(sent)
    return out


def analyze_source(
    source_id: str,
    source: LoadedSource,
    repeated: frozenset[str] = frozenset(),
    region: str = "",
) -> SourceAnalysis:
    """Analyse one source; `repeated` are line keys seen in several sources (furniture)."""
    sentences, blocks, block_of, claims, masked, disclaimers, unread = _analyze(
        source_id,
        source.text,
        "md" if source.format == "docx" else source.format,  # Word files load as Markdown
        repeated,
        region,
        source.furniture,
    )
    return SourceAnalysis(
        source_id,
        source,
        list(sentences),
        list(claims),
        list(disclaimers),
        list(blocks),
        list(block_of),
        list(masked),
        unread,
    )


def analyze_sources(
    sources: dict[str, LoadedSource], region: str = "",
    before: Callable[[str, LoadedSource], None] | None = None,
) -> dict[str, SourceAnalysis]:
    """Analyse sources together (cross-source repetition marks furniture), keyed by id;
    `before(id, source)` is told of each one first (a CLI names a long one)."""
    from summarizer.sources.boilerplate import repeated_line_keys

    repeated = (
        repeated_line_keys(s.text for s in sources.values()) if len(sources) > 1 else frozenset()
    )
    out = {}
    for sid, src in sources.items():
        if before is not None:
            before(sid, src)
        out[sid] = analyze_source(sid, src, repeated, region)
    return out


def forget() -> None:
    """Analyse again on next use (the rulebook reloaded: the kept analyses read its lists)."""
    _analyze.cache_clear()
