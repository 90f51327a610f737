"""Convention (a'), session 12: asking a professional first, telling them, or acting only
with their say is self-medication only; supervision is what a professional does
themselves (tests/data/corpus/README.md, "Session 12"). Sentences written for these
tests, none from a labelled folder."""

from __future__ import annotations

import pytest
from rules_helpers import kinds, with_model

ASKING_ONLY = [
    # asking first because of a health state or another medicine
    ("If you have gout, check with your pharmacist before you start the ginger capsules.", "en"),
    ("If you are on lithium, have a word with your GP before trying the tea.", "en"),
    # telling the professional, or the clinic ("us")
    ("Tell your dentist if you take any tablets for osteoporosis.", "en"),
    ("Please let us know before your visit if you use a blood thinner.", "en"),
    ("Mention it to any doctor who prescribes you a new medicine.", "en"),
    ("Si tomas pastillas para la tiroides, avísale a tu médica antes de empezar el jarabe.", "es"),
    ("Cuéntele a su farmacéutico qué otros medicamentos toma.", "es"),
    ("Si vous prenez un traitement pour le foie, signalez-le à votre pharmacien.", "fr"),
    ("Dites-le au dentiste si vous prenez des anticoagulants.", "fr"),
    ("Wer Schilddrüsentabletten nimmt, sollte das der Ärztin vor dem Kurbeginn sagen.", "de"),
    ("Fragen Sie in der Apotheke nach, bevor Sie den Tee mit Schlafmitteln kombinieren.", "de"),
    # asking first under a symptom is still asking first; telling the anaesthetist
    ("Ask your pharmacist before use if you often get heartburn.", "en"),
    ("Si te van a operar de la rodilla, díselo al anestesista.", "es"),
]


@pytest.mark.parametrize(("sentence", "lang"), ASKING_ONLY)
def test_asking_a_professional_is_self_medication_only(sentence: str, lang: str) -> None:
    """The reader asks or tells; the professional does nothing themselves."""
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


@pytest.mark.parametrize(("sentence", "lang"), ASKING_ONLY)
def test_a_model_reading_supervision_in_an_asking_is_refused(
        monkeypatch: pytest.MonkeyPatch, sentence: str, lang: str) -> None:
    """Whatever a model reads, an asking alone is no supervision (a')."""
    found = with_model(monkeypatch, sentence, lang, "supervision", "self-medication")
    assert "supervision" not in found
    assert "self-medication" in found


BOTH = [
    # the asking and what the professional does: both kinds
    ("If you have kidney disease, check with your doctor before starting, and have your "
     "blood tests every three months.", "en"),
    ("Si tiene diabetes, consulte a su médico antes de empezar: le hará un análisis de "
     "sangre cada mes.", "es"),
]


@pytest.mark.parametrize(("sentence", "lang"), BOTH)
def test_an_asking_beside_a_professionals_act_keeps_supervision(sentence: str,
                                                                 lang: str) -> None:
    found = kinds(sentence, lang)
    assert {"supervision", "self-medication"} <= found


SUPERVISION = [
    ("A nurse checks your pulse every fifteen minutes after the infusion.", "en"),
    ("Ask your GP to refer you to a sleep clinic.", "en"),
    ("Si los síntomas persisten más de una semana, consulte a su médico.", "es"),
]


@pytest.mark.parametrize(("sentence", "lang"), SUPERVISION)
def test_what_a_professional_does_stays_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    *SUPERVISION[:2],
    # seen the same day for a harm: a professional looks at the reader, unchanged by (a')
    ("If your mood sinks while on the patches, speak to your GP the same day.", "en"),
    ("Si tenés palpitaciones con el jarabe, avisale a tu médico enseguida.", "es"),
])
def test_a_model_reading_supervision_is_kept_where_the_professional_acts(
        monkeypatch: pytest.MonkeyPatch, sentence: str, lang: str) -> None:
    assert "supervision" in with_model(monkeypatch, sentence, lang, "supervision")
