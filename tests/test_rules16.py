"""Rules of session 14 (rules16): patterns found across the released folders' misses and
false alarms, each a wording of its own, never one article's phrasing."""

from __future__ import annotations

import pytest
from rules_helpers import kinds, with_model


# An illness said to cause, damage or raise the risk of something ("Arthritis itself can
# cause tiredness", "La bronquitis provoca tos"): what the illness does, no harm of a
# treatment.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Arthritis itself can cause tiredness, fever and low mood.", "en"),
    ("An overactive thyroid can itself cause weight loss, sweating and a racing heart.", "en"),
    ("Untreated kidney disease can damage the heart and raise blood pressure over the years.",
     "en"),
    ("La bronquitis provoca tos, cansancio y a veces fiebre, y casi siempre se cura sola.",
     "es"),
    ("Les crises elles-mêmes peuvent entraîner des chutes et des morsures de langue.", "fr"),
    ("Die Erkrankung selbst kann Müdigkeit, Fieber und Gelenkschmerzen verursachen.", "de"),
])
def test_what_an_illness_causes_is_no_side_effect(monkeypatch: pytest.MonkeyPatch,
                                                   sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)
    assert "side-effects" not in with_model(monkeypatch, sentence, lang, "side-effects")


# The treatment's harms keep their notice, whatever else the sentence says of the illness.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("The tablets can cause dizziness and a dry mouth.", "en"),
    ("Used for too long, the cream itself can cause a dark patch on the skin.", "en"),
    ("En dosis altas pueden causar diarrea y dolor de estómago.", "es"),
    ("Hair loss caused by the drug usually grows back after the course.", "en"),
    ("The infection itself can cause fever, but the antibiotic can cause diarrhoea and a "
     "rash.", "en"),
    ("El medicamento puede provocar náuseas y dolor de cabeza.", "es"),
    ("Ce traitement peut entraîner des vertiges et des nausées.", "fr"),
])
def test_a_treatments_harm_stays_a_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


# An illness's red flags with an order to see a professional or go to a service: a
# referral, supervision (convention (f)), in every language; the rules read 0.40 of the
# supervision notices of the released folders before.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("See your GP within a few days if the cough also brings up blood or you lose weight "
     "without trying.", "en"),
    ("Go to an urgent care centre the same day if the joint is hot and swollen and you feel "
     "feverish.", "en"),
    ("Please get it checked if the lump is still there after two weeks.", "en"),
    ("Si el niño no puede apoyar el pie o tiene el tobillo deformado, acuda a urgencias el "
     "mismo día.", "es"),
    ("Hay que ir al médico si el dolor de espalda despierta por la noche.", "es"),
    ("Consultez sans attendre si la douleur s'accompagne d'une forte fièvre.", "fr"),
    ("Bei Atemnot oder hohem Fieber gehen Sie bitte noch am selben Tag zur Hausärztin.", "de"),
])
def test_a_referral_for_an_illness_is_supervision(sentence: str, lang: str) -> None:
    found = kinds(sentence, lang)
    assert "supervision" in found
    assert "side-effects" not in found


# Not a referral: a treatment's warning signs (side effects, convention (f)), a crisis or an
# emergency (convention (d)), an order to read something, a question.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you get a rash after taking the tablets, stop them and see your doctor.", "en"),
    ("If you are thinking about suicide, go to your nearest emergency department.", "en"),
    ("In an emergency, call 999 or go to A&E.", "en"),
    ("Should I see a doctor about it?", "en"),
    ("Consultez la notice avant de commencer.", "fr"),
])
def test_not_a_referral(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


def test_a_referral_leaves_the_model_free_on_side_effects(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules read no side effect in a referral, but some folders label such signs the
    treatment's (an article about one): the model decides."""
    sentence = "Go to A&E straight away if you vomit blood or pass black stools."
    assert "side-effects" not in kinds(sentence, "en")
    assert "side-effects" in with_model(monkeypatch, sentence, "en", "side-effects")


# The reader's low mood to bring to a professional: a referral for the mood, supervision,
# as the forums' and Q&As' labels read it; not a warning sign on a treatment.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Please also tell your doctor how you have been sleeping and how low you feel.", "en"),
    ("If the worry keeps you awake for weeks, mention it to your GP.", "en"),
    ("Contale a tu médico cómo estás de ánimo, eso también se trata.", "es"),
    ("Parlez-en à votre médecin : ne plus avoir le moral depuis des mois mérite une "
     "consultation.", "fr"),
])
def test_a_mood_to_bring_to_a_professional_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Tell your doctor if you feel low or lose interest in things while on the tablets.",
     "en"),
    ("Tell your doctor straight away if you notice changes in mood while taking it.", "en"),
])
def test_a_mood_change_on_a_treatment_is_no_referral(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


def test_a_model_reading_the_signs_as_the_treatments_keeps_them_side_effects(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The model reads the paragraph: when it takes a referral's signs for the
    treatment's (side effects, no supervision), the rules' referral gives way."""
    sentence = "Go to A&E straight away if you vomit blood or pass black stools."
    assert "supervision" in kinds(sentence, "en")
    read = with_model(monkeypatch, sentence, "en", "side-effects")
    assert "supervision" not in read
    assert "side-effects" in read
