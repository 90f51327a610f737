"""Issue 8, session 7: the rules' false marks and misses on heldout9 (released), by family.

Each case is a sentence written for this test, standing for one general cause, in every
language the family exists in; nothing here names a drug, product or topic the rulebook
learns from. The measurement on the real folders is benchmarks/honesty.py's.
"""

from __future__ import annotations

import pytest

from summarizer.sources.disclaimers import sentence_kinds


def kinds(sentence: str, lang: str = "en") -> set[str]:
    return {k for k, _ in sentence_kinds(sentence, lang, use_model=False)}


# ------------------------------------------------------------------ side effects named
# only to say there are fewer of them: the examples after "such as" are not stated either

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Compared with older pills, it causes fewer side effects such as drowsiness or "
     "weight gain.", "en"),
    ("It reduces the side effects of coffee, such as jitters and a racing heart.", "en"),
    ("Comparada con otras pastillas, produce menos efectos secundarios como somnolencia o "
     "aumento de peso.", "es"),
    ("La infusión reduce los efectos secundarios del café, como los nervios y la "
     "taquicardia.", "es"),
    ("Comparé aux anciens comprimés, il a moins d'effets secondaires comme la somnolence "
     "ou la prise de poids.", "fr"),
    ("Elle réduit les effets indésirables du café, comme la nervosité et les "
     "palpitations.", "fr"),
    ("Im Vergleich zu älteren Tabletten hat es weniger Nebenwirkungen wie Müdigkeit oder "
     "Abhängigkeit.", "de"),
    ("Der Tee verringert die Nebenwirkungen von Kaffee, etwa Nervosität und Herzrasen.", "de"),
])
def test_fewer_side_effects_such_as_states_none(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


# ------------------------------------------------------------------ a harm denied past
# "the same kind of" between the negation and the harm

@pytest.mark.parametrize(("sentence", "lang"), [
    ("It works differently, and it doesn't cause the same kind of dependence.", "en"),
    ("It does not bring any sort of dependence.", "en"),
    ("Funciona de otra manera y no causa el mismo tipo de dependencia.", "es"),
    ("Il agit autrement et n'entraîne pas le même type de dépendance.", "fr"),
    ("Es wirkt anders und verursacht nicht die gleiche Art von Abhängigkeit.", "de"),
])
def test_a_harm_denied_through_the_same_kind_of(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_a_harm_still_stated_after_the_same_kind_of() -> None:
    # the control: no negation, the harm stands
    assert "side-effects" in kinds("It causes the same kind of dependence as the old pills.")


# ------------------------------------------------------------------ a nightmare that is
# only a figure of speech

@pytest.mark.parametrize("sentence", [
    "My work party was a nightmare and a friend said the pills make it easy.",
    "Getting an appointment is an absolute nightmare.",
    "The paperwork has been a nightmare for months.",
])
def test_a_nightmare_said_of_a_day_is_no_side_effect(sentence: str) -> None:
    assert "side-effects" not in kinds(sentence)


def test_nightmares_as_a_symptom_stay_a_side_effect() -> None:
    assert "side-effects" in kinds("Some people have vivid nightmares in the first week.")


# ------------------------------------------------------------------ "for side effects,
# read the leaflet and ask your pharmacist": a referral, neither a side effect nor an
# order against self-medication

@pytest.mark.parametrize(("sentence", "lang"), [
    ("For risks and side effects, read the package leaflet and ask your doctor or "
     "pharmacist.", "en"),
    ("Para conocer los riesgos y efectos secundarios, lea el prospecto y consulte a su "
     "médico o farmacéutico.", "es"),
    ("Pour les risques et effets indésirables, lisez la notice et demandez conseil à "
     "votre médecin ou à votre pharmacien.", "fr"),
    ("Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre "
     "Ärztin, Ihren Arzt oder in Ihrer Apotheke.", "de"),
])
def test_a_leaflet_referral_is_no_notice(sentence: str, lang: str) -> None:
    assert not kinds(sentence, lang) & {"side-effects", "self-medication"}


# ------------------------------------------------------------------ what a licence covers
# is the illness treated, not a side effect

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Its licence covers only the physical signs of anxiety, such as palpitations or a "
     "knot in the stomach.", "en"),
    ("Son autorisation ne couvre que les manifestations physiques de l'anxiété, comme les "
     "palpitations ou la boule au ventre.", "fr"),
    ("Su autorización solo cubre los síntomas físicos de la ansiedad, como las "
     "palpitaciones.", "es"),
    ("Die Zulassung umfasst nur die körperlichen Beschwerden der Angst, etwa Herzrasen.",
     "de"),
])
def test_what_a_licence_covers_is_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


# ------------------------------------------------------------------ an interaction, then
# "ask your doctor first": the asking screens the reader (supervision) and the
# interaction is a side effect; nobody is told off acting alone

@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you're on blood thinners, this tea could interfere with them, so have a word with "
     "your GP or pharmacist before you start.", "en"),
    ("It can add to the effect of sleeping pills, so check with your doctor before taking "
     "it.", "en"),
    ("Puede sumar su efecto al de los medicamentos para el azúcar y bajarlo demasiado; si "
     "los tomas, consulta antes con tu médico.", "es"),
    ("Il peut renforcer l'effet des somnifères ; si vous en prenez, demandez l'avis de "
     "votre médecin avant de commencer.", "fr"),
    ("Es kann die Wirkung von Blutverdünnern verstärken; wenn Sie solche nehmen, sprechen "
     "Sie vorher mit Ihrem Arzt.", "de"),
])
def test_an_interaction_then_asking_first_is_supervision(sentence: str, lang: str) -> None:
    assert {"supervision", "side-effects"} <= kinds(sentence, lang)
    assert "self-medication" not in kinds(sentence, lang)


def test_asking_first_with_no_reason_given_stays_self_medication() -> None:
    # the control: nothing screened, the reader is told not to start alone
    assert "self-medication" in kinds("Ask your pharmacist before starting any new medicine.")


# ------------------------------------------------------------------ "don't take alcohol":
# an order about a drink, not about a medicine

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Don't take alcohol while you are on it.", "en"),
    ("Do not drink alcohol during the course.", "en"),
    ("No tome alcohol durante el tratamiento.", "es"),
    ("No tomes bebidas alcohólicas mientras la uses.", "es"),
    ("Ne prenez pas d'alcool pendant le traitement.", "fr"),
    ("Ne buvez pas de boissons alcoolisées pendant la cure.", "fr"),
])
def test_an_order_about_alcohol_is_no_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


def test_an_order_about_the_medicine_stays_self_medication() -> None:
    assert "self-medication" in kinds("Ne prenez pas ce médicament sans ordonnance.", "fr")
    assert "self-medication" in kinds("Don't take more than the dose on the pack.")
