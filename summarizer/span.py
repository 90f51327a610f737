"""A character range into a source's text: the one piece of the model that the
readability package needs, in a module of its own so a one-shot `summarizer
readability` does not build every dataclass of summarizer.model (about 5 ms of its
start-up, benchmarks/readability.py). summarizer.model re-exports it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) into a source's loaded text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start
