"""What the rules (the notice model off) read in a sentence or a one-paragraph article:
the helpers the rules' test files share (test_rules_s6 .. s9, review8)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from summarizer.learned.notices import LEARNED, Reading
from summarizer.sources import disclaimers
from summarizer.sources.disclaimers import sentence_kinds

REPO = Path(__file__).resolve().parents[1]


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


class StubModel:
    """A notice model that reads the given kinds in every sentence: what the rules let
    through of a model's reading, whatever the shipped model's weights."""

    def __init__(self, *kinds: str) -> None:
        self.reading = Reading(tuple((k, ("stub",)) for k in kinds), frozenset())

    def neighbours(self, before: str, after: str) -> tuple[str, str]:
        return "", ""  # reads a sentence alone

    def read(self, sentence: str, lang: str, before: str = "", after: str = "") -> Reading:
        return self.reading


def with_model(monkeypatch: pytest.MonkeyPatch, sentence: str, lang: str,
               *read: str) -> set[str]:
    """The kinds the rules give a sentence when the model reads `read` in it."""
    model = StubModel(*read)
    monkeypatch.setattr(disclaimers, "current_model", lambda: model)
    return {k for k, _ in sentence_kinds(sentence, lang)}


@cache
def training_script() -> ModuleType:
    """scripts/train_notice_model.py as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "train_notice_model", REPO / "scripts" / "train_notice_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_notice_model", module)
    spec.loader.exec_module(module)
    return module
