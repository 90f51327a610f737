"""Supervision and self-medication recall of session 18 (recall19): general families
found among the released heldout16-19 folders' misses, each written in short sentences of
our own (en, es, fr, de where the family exists), never one article's phrasing."""

from __future__ import annotations

import pytest
from rules_helpers import kinds

from summarizer.sources.disclaimers import stated_kinds


# A generic health professional ("a health care practitioner", "un profesional de la
# salud", "un professionnel de santé", "eine medizinische Fachkraft") to consult when the
# illness persists or worsens, the order first or last: a referral, supervision (heldout17,
# heldout18, heldout19 label the product-label "Consult a health care practitioner if
# symptoms persist or worsen" so, three misses).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Consult a health care practitioner if the cough persists or gets worse.", "en"),
    ("See a healthcare practitioner if the rash lasts or worsens.", "en"),
    ("Consulte a un profesional de la salud si la tos persiste o empeora.", "es"),
    ("Si la tos persiste o empeora, consulte a un profesional sanitario.", "es"),
    ("Consultez un professionnel de santé si la toux persiste ou s'aggrave.", "fr"),
    ("Wenden Sie sich an eine medizinische Fachkraft, wenn der Husten anhält oder sich "
     "verschlimmert.", "de"),
    ("Suchen Sie einen Arzt auf, wenn die Beschwerden länger anhalten.", "de"),
])
def test_a_health_professional_when_it_persists_is_supervision(sentence: str,
                                                                lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# Convention (c): the Australian statutory "If symptoms persist, talk to your health
# professional" is no notice (heldout13, heldout15, train7 label it so): not widened.
def test_the_statutory_formula_stays_no_notice() -> None:
    assert "supervision" not in kinds("If symptoms persist, talk to your health professional.")


# Asking a professional before use ("prior to use", "antes de usarlo", "avant utilisation",
# "vor der Anwendung") when the reader is pregnant or takes other medicines: asking first,
# self-medication only (convention (a'); heldout16-19 four misses of "Consult a health
# care practitioner prior to use if you are pregnant…").
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Consult a health care practitioner prior to use if you are pregnant.", "en"),
    ("Consult your doctor prior to taking it if you take a blood thinner.", "en"),
    ("Consulte a un profesional de la salud antes de usarlo si está embarazada.", "es"),
    ("Consultez un professionnel de santé avant utilisation si vous êtes enceinte.", "fr"),
    ("Fragen Sie vor der Anwendung eine medizinische Fachkraft, wenn Sie schwanger sind.",
     "de"),
])
def test_asking_a_professional_before_use_is_self_medication(sentence: str,
                                                             lang: str) -> None:
    got = kinds(sentence, lang)
    assert "self-medication" in got
    assert "supervision" not in got


# An illness's red flags with an order to go to, or take someone to, a health facility, a
# clinic or the consulting room: a referral, supervision (convention (f); heldout18-19).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Take the person to a health facility straight away if the scald covers the whole "
     "arm.", "en"),
    ("Go to the nearest health centre the same day if the cut is still oozing the next "
     "morning.", "en"),
    ("Acude a consulta el mismo día si el corte sigue supurando al día siguiente.", "es"),
    ("Si el corte sigue supurando, hay que llamar al centro de salud ese mismo día.", "es"),
    ("Allez au centre de santé le jour même si la plaie suinte encore le lendemain.", "fr"),
    ("Gehen Sie sofort in die Klinik, wenn das Kind kaum noch trinkt und sehr müde ist.",
     "de"),
])
def test_a_referral_to_a_health_facility_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# Kenya's medicines regulator, the Pharmacy and Poisons Board, named in a denial: a
# regulatory notice (regions.toml had no Kenya; heldout18 and heldout19 missed three).
@pytest.mark.parametrize("sentence", [
    "The balm has not been approved by the Pharmacy and Poisons Board for any use.",
    "Herbal powders sold at the market have not been evaluated by the Pharmacy and Poisons "
    "Board for joint pain.",
    "The PPB has not registered this cream.",
])
def test_a_denial_by_kenyas_regulator_is_regulatory(sentence: str) -> None:
    assert "regulatory" in stated_kinds(sentence, "en")


# Applying a product again at a time (convention (g), how to use it, the reader alone):
# "reapply" is an order to use it as "apply" is (heldout19: "Reapply every two hours and
# after swimming or towelling dry").
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Reapply the lotion every two hours and after swimming.", "en"),
    ("Re-apply the gel twice a day until the skin has healed.", "en"),
    ("Vuelva a aplicar la crema cada dos horas.", "es"),
    ("Reaplicá el protector cada dos horas y después de nadar.", "es"),
    ("Réappliquez la crème toutes les deux heures.", "fr"),
    ("Tragen Sie die Creme alle zwei Stunden erneut auf.", "de"),
])
def test_reapplying_a_product_is_how_to_use_it(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# A treatment in a specialist's charge, the specialist named by their field ("monitored by
# a dermatologist", "a cargo de una dermatóloga", "sous la responsabilité d'une
# dermatologue", "unter der Leitung einer Hautärztin"): supervision (heldout19's two misses).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Light therapy sessions are started and monitored by a dermatologist.", "en"),
    ("The infusions are supervised by a rheumatologist at every visit.", "en"),
    ("Las sesiones se hacen siempre a cargo de una dermatóloga.", "es"),
    ("El tratamiento es controlado por un neumólogo cada tres meses.", "es"),
    ("Les séances se font toujours sous la responsabilité d'une dermatologue.", "fr"),
    ("Les injections sont surveillées par un rhumatologue.", "fr"),
    ("Die Sitzungen finden immer unter der Leitung einer Hautärztin statt.", "de"),
    ("Die Behandlung wird von einer Dermatologin überwacht.", "de"),
])
def test_a_treatment_in_a_specialists_charge_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# A medicine said to be not for a group of people by their illness or what they take ("not
# for people with stomach ulcers", "not suitable for people who smoke"): a
# contraindication the reader keeps alone, self-medication (heldout18's two misses; the
# released folders label every such sentence so, but two also naming a check).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Ibuprofen is not for people with stomach ulcers or kidney problems.", "en"),
    ("These tablets are not for women who have had a blood clot.", "en"),
    ("El ibuprofeno no es para personas con úlcera de estómago.", "es"),
    ("Estas pastillas no son adecuadas para mujeres que hayan tenido un trombo.", "es"),
    ("L'ibuprofène ne convient pas aux personnes ayant un ulcère de l'estomac.", "fr"),
    ("Ces comprimés ne sont pas pour les femmes qui ont eu un caillot.", "fr"),
    ("Ibuprofen ist nicht für Menschen mit Magengeschwüren geeignet.", "de"),
    ("Die Tabletten sind nichts für Frauen, die schon einmal ein Blutgerinnsel hatten.", "de"),
])
def test_a_medicine_not_for_a_group_is_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# Not a medicine's contraindication: a programme or a page not for a kind of reader.
def test_a_page_not_for_a_reader_is_no_notice() -> None:
    assert "self-medication" not in kinds("This guide is not for people who want a quick "
                                          "fix.")


# Such a contraindication is no order not to act alone: a professional's own step beside it
# keeps the sentence supervision too (heldout13's "no es adecuado para personas con …; el
# oftalmólogo lo valorará antes de indicarlo", labelled both).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("The gel is not for people with kidney disease; your doctor will examine you "
     "before prescribing it.", "en"),
    ("Este tratamiento no es adecuado para personas con anemia; la dermatóloga lo valorará "
     "antes de indicarlo.", "es"),
    ("Ce traitement ne convient pas aux personnes ayant une anémie ; le médecin vous "
     "examine avant de le prescrire.", "fr"),
    ("Das Mittel ist nicht für Menschen mit Nierenerkrankungen geeignet; die Ärztin "
     "kontrolliert vorher Ihre Blutwerte.", "de"),
])
def test_a_group_contraindication_keeps_the_professionals_step(sentence: str,
                                                                lang: str) -> None:
    assert {"self-medication", "supervision"} <= kinds(sentence, lang)


# Nor is it an order whose stated harm is only its reason: the harm stays a side effect
# (convention (e); heldout13's "not suitable for people who smoke …, because …" and
# heldout18's "not for women who have had a blood clot …, because it may raise the risk of
# another clot", which the rules alone lost after 950de6b).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("These tablets are not suitable for people who smoke, because they can cause lung "
     "damage.", "en"),
    ("Este jarabe no es para personas con asma, porque puede provocar ataques de tos.", "es"),
])
def test_a_group_contraindications_harm_stays_a_side_effect(sentence: str, lang: str) -> None:
    assert {"self-medication", "side-effects"} <= kinds(sentence, lang)
