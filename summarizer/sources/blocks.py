"""A block of a segmented source (paragraph, heading, list item), in a module of its
own: the analysis cache decodes stored blocks without importing the segmenter and its
patterns (~1.5 ms of the editor's start-up to its sources, benchmarks/startup.py).
summarizer.sources.segment re-exports it."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.span import Span


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, a heading or a list item; `span` excludes markers (#, bullets)."""

    span: Span
    kind: str  # "heading" | "bullet" | "para"
