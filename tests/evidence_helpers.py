"""The level `derive_evidence` gives a quote: the helpers the evidence test files share
instead of each defining its own `alone` and `level`."""

from __future__ import annotations

from summarizer.evidence import derive_evidence
from summarizer.model import Span


def level(text: str, quote: str, lang: str = "en") -> str:
    """The level derived for `quote` standing in `text` (one or more paragraphs)."""
    at = text.index(quote)
    return derive_evidence(text, Span(at, at + len(quote)), lang).level


def alone(sentence: str, lang: str = "en") -> str:
    """The level derived for a sentence that is its own paragraph."""
    return level(sentence, sentence, lang)
