"""Issue 8, session 10 (rules10): notice recall by the rules, by phrasing family.

Each case is a sentence written for this test, standing for one general cause, in every
language the family exists in; nothing here names a drug, product or topic the rulebook
learns from. The measurement on the real folders is benchmarks/honesty.py's.
"""

from __future__ import annotations

import pytest
from rules_helpers import kinds

# ------------------------------------------------------------------ asking a clinician
# first because of a health state or another medicine taken: an order that names the
# doctor is both a supervision and a self-medication notice (the lead's decision, session
# 10; heldout9 and heldout11 and the newest released folder label it so, and heldout10's
# README for "talk to your doctor before combining"; the older folders were brought in line)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you have a kidney problem, ask your doctor before taking these tablets.", "en"),
    ("If you are pregnant or breastfeeding, check with your pharmacist before using the "
     "cream.", "en"),
    ("If you already take a blood thinner, talk to your GP before you start the capsules.",
     "en"),
    ("People with asthma should speak to their doctor first.", "en"),
    ("Si tienes una enfermedad del riñón, consulta a tu médico antes de tomarlo.", "es"),
    ("Si tomas pastillas para la tensión, pregunta antes a tu farmacéutico.", "es"),
    ("Si vous avez de l'asthme, demandez l'avis de votre médecin avant de l'utiliser.", "fr"),
    ("Si vous prenez déjà un traitement pour le cœur, parlez-en à votre pharmacien avant "
     "de commencer.", "fr"),
    ("Wenn Sie schwanger sind, fragen Sie vor der Einnahme Ihre Ärztin.", "de"),
    ("Wenn Sie andere Arzneimittel einnehmen, sprechen Sie vorher mit Ihrem Apotheker.", "de"),
])
def test_asking_a_clinician_first_is_supervision_and_self_medication(sentence: str,
                                                                     lang: str) -> None:
    assert {"supervision", "self-medication"} <= kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # the clinician's own check, no order to the reader: supervision only
    ("Before prescribing it, your doctor will check your blood pressure.", "en"),
    ("Antes de empezar, el médico le pedirá un análisis de sangre.", "es"),
    ("Avant la première séance, le médecin vérifie votre tension.", "fr"),
    ("Vor der ersten Einnahme misst Ihre Ärztin den Blutdruck.", "de"),
])
def test_the_clinicians_own_check_is_no_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # the asking said other ways: "see a doctor", "their doctor", a two-word clinician,
    # "first" without "before"; "díselo / avísale a tu médico antes"; "prévenez votre
    # médecin avant"; "informieren Sie vorher Ihre Ärztin"
    ("If the pain started after a fall, see a doctor before trying anything at home.", "en"),
    ("Anyone with a heart condition should tell their doctor first.", "en"),
    ("If you are over 65, check with your GP or practice nurse first.", "en"),
    ("Si tomas anticoagulantes, díselo a tu médico antes.", "es"),
    ("Si tomás otros antidepresivos, avisale a tu médica antes de empezar.", "es"),
    ("Si vous êtes sous anticoagulants, prévenez votre médecin avant la séance.", "fr"),
    ("Si vous avez un problème de foie, consultez d'abord votre médecin.", "fr"),
    ("Wenn Sie Blutverdünner einnehmen, informieren Sie vorher Ihre Ärztin.", "de"),
    ("Falls Sie an Asthma leiden, halten Sie vor der Anwendung Rücksprache mit Ihrem Arzt.",
     "de"),
])
def test_the_asking_said_other_ways(sentence: str, lang: str) -> None:
    assert {"supervision", "self-medication"} <= kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a denied asking forbids acting alone: self-medication only
    ("If the pharmacy is out of stock, do not swap brands without asking your pharmacist.",
     "en"),
    ("Si te falta una dosis, no la dobles sin consultar a tu médico.", "es"),
])
def test_a_denied_asking_under_a_condition_is_no_clearance(sentence: str, lang: str) -> None:
    assert kinds(sentence, lang) & {"supervision", "self-medication"} == {"self-medication"}
