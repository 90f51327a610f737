"""Where the trained notice model may speak (issue 8, session 10).

A model reading reached detection only behind two gates: a self-medication reading
needed an order opening a clause, and a regulatory reading needed a negation and a
regulator or a use named. On three folders the shipped model had not seen (heldout12,
train7, train8) those gates refused 26 of 80 regulatory notices and 59 of 143
self-medication ones before the model was asked: third-person and passive contraindications
("It must not be taken with…", "darf nicht eingenommen werden") and statuses ("a
controlled drug", "only through a restricted programme"). Here a stand-in model reads
every kind everywhere, so what comes through is what the rules let a model add.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rules_helpers import training_script

from summarizer.sources import disclaimers

ROOT = Path(__file__).resolve().parents[1]




def _allowed(sentence: str, lang: str) -> set[str]:
    return training_script().vetoes_allow(disclaimers, sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("It must not be taken together with strong painkillers of the opioid type.", "en"),
    ("People with severe kidney disease should not use this medicine.", "en"),
    ("Este medicamento no debe usarse durante el embarazo.", "es"),
    ("Ce médicament ne doit pas être utilisé chez les personnes ayant un ulcère.", "fr"),
    ("Das Mittel darf bei schweren Leberschäden nicht angewendet werden.", "de"),
])
def test_a_model_may_read_a_contraindication_said_of_anyone(sentence: str, lang: str) -> None:
    assert "self-medication" in _allowed(sentence, lang)


def test_a_description_of_what_people_do_still_tells_nobody_anything() -> None:
    assert "self-medication" not in _allowed(
        "Patients who do not stop smoking recover more slowly.", "en")


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The tablets are a controlled drug, so the pharmacy counts every one.", "en"),
    ("It is available only through a special programme run by certified pharmacies.", "en"),
    ("Problems with the device can be reported to the medicines regulator online.", "en"),
    ("En Chile se vende solo con receta retenida.", "es"),
    ("Le produit n'est pas remboursé par l'assurance maladie.", "fr"),
])
def test_a_model_may_read_a_status_that_is_no_denial(sentence: str, lang: str) -> None:
    assert "regulatory" in _allowed(sentence, lang)


@pytest.mark.parametrize("sentence", [
    "Her request for leave was not approved by the insurer.",
    "It has also been used off-label for many other purposes, from pain to anxiety.",
    "This page is for educational purposes only.",
])
def test_another_bodys_refusal_or_a_sites_legend_is_still_no_regulatory_notice(
        sentence: str) -> None:
    assert "regulatory" not in _allowed(sentence, "en")


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Keep the bottle in the fridge once it has been opened.", "en"),
    ("Always use the syringe that comes in the box, never a kitchen spoon.", "en"),
    ("Rangez le flacon hors de portée des enfants.", "fr"),
    ("Bewahren Sie die Tabletten im Kühlschrank auf.", "de"),
    ("Guarde el frasco en un lugar fresco y seco.", "es"),
])
def test_a_model_may_read_an_instruction_that_opens_a_clause(sentence: str, lang: str) -> None:
    assert "self-medication" in _allowed(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Use of the tablets rose by a third last year.", "en"),
    ("Chez les enfants, la maladie guérit souvent en une semaine.", "fr"),
    ("Viele Menschen nehmen das Mittel seit Jahren.", "de"),
])
def test_a_description_that_opens_like_an_instruction_tells_nobody(sentence: str,
                                                                   lang: str) -> None:
    assert "self-medication" not in _allowed(sentence, lang)
