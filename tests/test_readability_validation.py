"""Validation: every assessment rates a plain rewrite easier than the professional text.

tests/data/plain_pairs.toml holds pairs written for these tests (English and Spanish):
a professional health text and a plain-language rewrite of it. An assessment that does
not prefer the rewrite in at least 90 % of pairs is not measuring plain language.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer.readability import Analyzer, TextReport

PAIRS = Path(__file__).resolve().parent / "data" / "plain_pairs.toml"
SENTENCE_NOTES = ("person-centred", "number-format", "long-sentence", "passive-voice")


def pairs() -> list[dict[str, str]]:
    return tomllib.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]


def hard_per_100(r: TextReport) -> float:
    return 100 * sum(len(s.hard_words) for s in r.sentences) / r.words


def notes_per_sentence(r: TextReport) -> float:
    return sum(1 for n in r.notes if n.kind in SENTENCE_NOTES) / r.sentence_count


ASSESSMENTS: dict[str, Callable[[TextReport], float]] = {
    "grade": lambda r: r.headline_grade,  # type: ignore[return-value,arg-type]
    "hard words per 100 words": hard_per_100,
    "lexical density": lambda r: r.lexical_density,  # type: ignore[return-value,arg-type]
    "sentence notes per sentence": notes_per_sentence,
}


def test_enough_pairs_in_both_languages() -> None:
    data = pairs()
    assert len(data) >= 30
    assert sum(p["lang"] == "en" for p in data) >= 10
    assert sum(p["lang"] == "es" for p in data) >= 10


@pytest.mark.parametrize("name", list(ASSESSMENTS))
def test_each_assessment_rates_the_rewrite_easier(name: str) -> None:
    measure = ASSESSMENTS[name]
    data = pairs()
    easier = []
    for p in data:
        pro = Analyzer(p["lang"]).analyze(p["professional"])
        plain = Analyzer(p["lang"]).analyze(p["plain"])
        easier.append(measure(plain) < measure(pro))
    share = sum(easier) / len(data)
    assert share >= 0.9, (name, share, [p["plain"][:40] for p, ok in zip(data, easier,
                                                                         strict=True) if not ok])
