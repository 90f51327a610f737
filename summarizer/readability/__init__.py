"""Reading level you can trust, in every handout language, live as the editor types.

A pure domain package (no Textual, no WeasyPrint, no network): syllables per language,
published formulas, per-sentence analysis cached by sentence text, hard words with
plainer alternatives from data files.
"""

from __future__ import annotations

from summarizer.readability.analyze import (
    Analyzer,
    FormulaResult,
    HardWord,
    SentenceReport,
    TextReport,
    analyze_text,
    split_sentences,
)

__all__ = [
    "Analyzer",
    "FormulaResult",
    "HardWord",
    "SentenceReport",
    "TextReport",
    "analyze_text",
    "split_sentences",
]
