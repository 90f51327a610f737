"""Session 19's lead: the notice model retrained with heldout18-20 doubts a side effect
said as how often it came ("but one in ten had severe headaches"); a share of the treated
who had a symptom is a frequency of harm, kept whatever the model's veto reads."""

from __future__ import annotations

import pytest

from summarizer.sources.disclaimers import sentence_kinds


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Most people saw an improvement, but one in ten had severe headaches.", "en"),
    ("Most felt calmer, but 12% of patients reported nausea.", "en"),
    ("La mayoría mejoró, pero uno de cada diez tuvo dolores de cabeza fuertes.", "es"),
    ("Den meisten ging es besser, aber einer von zehn hatte starke Kopfschmerzen.", "de"),
])
def test_a_share_who_had_a_symptom_stays_a_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" in {k for k, _ in sentence_kinds(sentence, lang)}


def test_a_share_who_improved_is_no_side_effect() -> None:
    kinds = {k for k, _ in sentence_kinds("One in ten had no pain at all after a week.", "en")}
    assert "side-effects" not in kinds
