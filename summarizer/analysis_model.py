"""What analysing a source finds: its loaded text, sentences, candidate claims and
notices (the cues behind them). Apart from summarizer.model, which re-exports these
names, so opening the editor builds only the handout's dataclasses before its first
screen (about 2 ms of it, benchmarks/startup.py); the sources are read after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.model import Contact, SourceFormat
from summarizer.span import Span


@dataclass(frozen=True, slots=True)
class LoadedSource:
    """A source as loaded: `text` is exactly what offsets point into.

    For HTML, `text` is the extracted article text (the raw markup is never shown or
    cited); `sha256` is of the file's bytes, so any change to the file is noticed.
    """

    path: str
    format: SourceFormat
    text: str
    sha256: str
    title: str = ""
    publisher: str = ""
    published: str = ""  # ISO date when known, else ""
    url: str = ""  # canonical URL the page declares (web pages only)
    # Paged sources (PDF): offset in `text` where each page's text starts, page 1 first.
    pages: tuple[int, ...] = ()
    # Ranges of `text` the loader knows are furniture (a PDF's running heads, footers and
    # page numbers); analysis masks sentences inside them as boilerplate.
    furniture: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int:
        """1-based page holding character `offset`; 0 for a source without pages."""
        if not self.pages:
            return 0
        from bisect import bisect_right

        return max(1, bisect_right(self.pages, offset))


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    text: str
    boilerplate: bool = False  # web furniture: kept for offsets, never proposed
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """Why a tag or flag was given: the words that triggered it, with their spans."""

    tag: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CandidateClaim:
    source_id: str
    span: Span
    quote: str
    evidence: str  # one of EVIDENCE_KINDS
    flags: tuple[str, ...] = ()  # "hype", "absolute"
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True, slots=True)
class CandidateDisclaimer:
    source_id: str
    kind: str  # one of DISCLAIMER_KINDS
    span: Span
    quote: str
    contacts: tuple[Contact, ...] = ()
    regulator: str = ""  # "FDA", "MHRA", ...
    region: str = ""  # region the statement applies to
    cues: tuple[Cue, ...] = ()
