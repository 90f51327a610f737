"""Lead, session 10: integration defects found by the reviewer."""

from __future__ import annotations

import pytest

from summarizer.model import Sentence, Span
from summarizer.sources.claims import is_claim_like


def _sentence(text: str) -> Sentence:
    return Sentence(text=text, span=Span(0, len(text)))


@pytest.mark.parametrize(("text", "lang"), [
    ("Hello everyone, this revolutionary treatment cured my depression overnight.", "en"),
    ("Hola a todos, este tratamiento milagroso me curó la depresión en una noche.", "es"),
])
def test_a_greeting_does_not_hide_the_hype_after_it(text: str, lang: str) -> None:
    """review10 #9: 86a8117's furniture openers dropped the whole sentence, and with it
    the hype an editor must see."""
    assert is_claim_like(_sentence(text), lang)


@pytest.mark.parametrize("text", [
    "Thanks for your question, and good luck with the new job next month.",
    "Hello everyone, welcome back to the forum after the long weekend break.",
])
def test_a_greeting_with_nothing_hyped_stays_furniture(text: str) -> None:
    assert not is_claim_like(_sentence(text), "en")


def test_a_sites_legend_is_no_notice_a_model_may_add() -> None:
    """train10's retrained model read seed 003's legend ("Always seek the advice of your
    physician … regarding a medical condition") as supervision: the example handout's
    sources grew a false notice. The rules refuse a model there, as they already did for
    regulatory readings."""
    from summarizer.sources import disclaimers

    legend = ("Always seek the advice of your physician or other qualified health provider "
              "with any questions you may have regarding a medical condition.")
    assert "educational" in {k for k, _ in disclaimers.sentence_kinds(legend, "en")}
    allowed = _allowed(legend)
    assert not allowed & {"supervision", "self-medication", "side-effects", "regulatory"}


def _allowed(sentence: str) -> set[str]:
    from test_model_gates import _allowed as allowed

    return allowed(sentence, "en")
