"""What the rules (the notice model off) read in a sentence or a one-paragraph article:
the helpers the rules' test files share (test_rules_s6 .. s9, review8)."""

from __future__ import annotations

from pathlib import Path

from summarizer.learned.notices import LEARNED
from summarizer.sources.disclaimers import sentence_kinds


def kinds(sentence: str, lang: str = "en") -> set[str]:
    """The notice kinds the rules alone read in one sentence."""
    return {k for k, _ in sentence_kinds(sentence, lang, use_model=False)}


def notices(tmp_path: Path, text: str, region: str) -> set[str]:
    """The notice kinds the whole pipeline (rules only) gives for a one-paragraph article."""
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {d.kind for d in analyze_source("a", load_source(path), region=region).disclaimers
            if d.cues and d.cues[0].tag != LEARNED}
