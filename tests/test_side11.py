"""Side-effect notices (side11, session 11): real sentences of the labelled folders."""

from __future__ import annotations

import pytest

from summarizer.learned.notices import Reading
from summarizer.sources import disclaimers
from summarizer.sources.disclaimers import sentence_kinds


class _Reads:
    """A notice model that reads the given kinds in every sentence: what the rules let
    through of a model's reading, whatever the shipped model's weights."""

    def __init__(self, *kinds: str) -> None:
        self.reading = Reading(tuple((k, ("stub",)) for k in kinds), frozenset())

    def read(self, sentence: str, lang: str) -> Reading:
        return self.reading


def _with_model(monkeypatch: pytest.MonkeyPatch, sentence: str, lang: str,
                *kinds: str) -> set[str]:
    model = _Reads(*kinds)
    monkeypatch.setattr(disclaimers, "current_model", lambda: model)
    return {k for k, _ in sentence_kinds(sentence, lang)}


# An instruction whose reason is a harm: the rules leave the harm to the instruction, but
# heldout10-13 label most of them side effects too; the model decides (it is not vetoed).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Never stop it all at once after months of use, because you can get nausea, headaches "
     "and vivid dreams for a week or so.", "en"),  # heldout11
    ("Ne buvez pas d'alcool et ne prenez pas de somnifères sans avis médical pendant le "
     "traitement, car la somnolence peut s'aggraver.", "fr"),  # heldout12
    ("\"El paciente no debe dejarlo de golpe, porque aparecen síntomas de abstinencia como "
     "sudores, ansiedad y diarrea; hay que reducir la dosis poco a poco con el médico\", "
     "explica Amparo Soler, farmacéutica comunitaria en Gandía.", "es"),  # heldout12
])
def test_an_orders_harm_leaves_the_model_free(monkeypatch: pytest.MonkeyPatch,
                                               sentence: str, lang: str) -> None:
    assert "side-effects" in _with_model(monkeypatch, sentence, lang, "side-effects")


def test_a_denied_harm_still_vetoes_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Unlike older sleeping pills, it does not cause dizziness the next morning."
    assert "side-effects" not in _with_model(monkeypatch, sentence, "en", "side-effects")
