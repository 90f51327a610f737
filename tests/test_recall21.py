"""Supervision, self-medication and regulatory recall of session 20 (recall21): general
wordings the rules missed in the released heldout21 (tests, scans and procedures), each
asserted on the folder's own sentence and, where the family exists there, the same
wording in another language; no topic or drug name goes into the rulebook."""

from __future__ import annotations

import pytest
from rules_helpers import kinds


# An order to stop something a number of days or weeks before a test or an operation,
# whatever is named ("Stop iron tablets seven days before the test"): self-medication,
# what the reader does alone (heldout21 labels two such openers so; the stop orders read
# only a determiner or a product word after "stop").
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Stop iron tablets seven days before the test, because they make the stool black and "
     "sticky and hard to clear.", "en"),
    ("Stop cetirizine, loratadine and other antihistamine tablets five days before a skin "
     "prick test; stop antihistamine eye drops and nasal sprays two days before.", "en"),
])
def test_stopping_days_before_a_test_is_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# A professional who decides whether a treatment is paused or changed ("The endoscopy
# team decides whether…", "deciden juntos si…", "C'est le radiologue qui décide alors
# s'il faut…"): supervision (heldout21: five misses of the family).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("The endoscopy team decides whether it needs to be paused, for how long and who checks "
     "your blood afterwards, because this depends on why you take it.", "en"),
    ("El médico que lo indica y el que hace el procedimiento deciden juntos si hay que "
     "suspenderlo y cuántos días.", "es"),
    ("C'est le radiologue qui décide alors s'il faut changer de produit, faire un autre "
     "examen ou donner un traitement préventif.", "fr"),
])
def test_a_professional_deciding_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# A professional watching the patient during the procedure, named by a profession the
# care actors lacked (radiographer, "manipulateur en radiologie", an "-team" compound):
# supervision (heldout21).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("A radiographer watches you the whole time and talks to you through the headphones, "
     "and you hold a call button you can press at any moment.", "en"),
    ("Un manipulateur en radiologie surveille l'injection et vous garde sous observation une "
     "demi-heure si vous avez déjà réagi.", "fr"),
    ("Während der Narkose überwacht ein Anästhesieteam ständig Atmung, Herzschlag und "
     "Sauerstoff, auch im MRT-Raum.", "de"),
])
def test_a_named_professional_watching_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# What people in a study did stays none: a computer deciding at random is no professional.
def test_chance_deciding_stays_no_supervision() -> None:
    assert "supervision" not in kinds(
        "In a four-week study of 420 adults, a computer decided at random who got the "
        "tablet and who got an identical-looking dummy capsule.")


# An order to drink, with an amount or a time in its clause ("Drink two or three extra
# glasses of water over the rest of the day", "Trinken Sie am Untersuchungstag mindestens
# zwei Liter"): a how-to-use instruction the reader carries out alone, self-medication
# (convention (g); heldout21 labels four so, train11-26 six more).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Drink plenty of water the day before and the day after the scan, unless you have "
     "been told to limit fluids because of heart or kidney failure.", "en"),
    ("Drink two or three extra glasses of water over the rest of the day.", "en"),
    ("After each sachet, drink at least another litre of clear fluids such as water, clear "
     "squash or black tea.", "en"),
    ("Trinken Sie am Untersuchungstag mindestens zwei Liter, wenn Ihr Herz das erlaubt.",
     "de"),
])
def test_an_order_to_drink_with_an_amount_or_time_is_self_medication(sentence: str,
                                                                     lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# A lifestyle tip with no amount and no time stays none (heldout16's label).
def test_a_drink_tip_without_amount_or_time_stays_none() -> None:
    assert "self-medication" not in kinds(
        "Drink plenty of water, and cut back on beer, sugary drinks and large servings of "
        "shellfish or organ meats.")


# A regulatory notice read by the rules (`stated_kinds`): the law or the payer restricting
# the treatment.
def _regulatory(sentence: str, lang: str) -> bool:
    from summarizer.sources.disclaimers import stated_kinds

    return "regulatory" in stated_kinds(sentence, lang)


# "is a prescription medicine" followed by where or how it is supplied, not only by a
# full stop (heldout21, heldout16, train8, train9, train16 label it so); "a prescription
# medicine for narcolepsy" says what it treats and stays none (the corpus's label).
def test_a_prescription_status_before_its_supply_is_regulatory() -> None:
    assert _regulatory("Your sachets are prescription medicines supplied free by the "
                       "hospital.", "en")
    assert not _regulatory("Modafinil is a prescription medicine for narcolepsy, a "
                           "condition that makes people fall asleep suddenly during the "
                           "day.", "en")


# A regulator named by its full name, not only its initials (heldout21's India release).
def test_a_regulator_by_its_full_name_is_read() -> None:
    assert _regulatory("TolerIN-7 has not been tested in people and has not been approved "
                       "by the Central Drugs Standard Control Organisation.", "en")


# Paid for by the public payer, in French ("est remboursé par l'Assurance maladie", "par
# l'INAMI"): a regulatory notice (heldout15, heldout21, train9, train13 label every such
# sentence so); a rate paid ("n'est plus remboursé qu'à 15 % par…") stays none (heldout9).
@pytest.mark.parametrize("sentence", [
    "Le scanner prescrit par votre médecin est remboursé par l'Assurance maladie.",
    "Une précision pour toutes : la microbiopsie prescrite par un médecin est remboursée "
    "par l'INAMI, et le dépistage par mammographie est gratuit tous les deux ans.",
])
def test_paid_by_the_public_payer_is_regulatory_in_french(sentence: str) -> None:
    assert _regulatory(sentence, "fr")


def test_a_rate_paid_stays_none_in_french() -> None:
    assert not _regulatory("Depuis 2022, il n'est plus remboursé qu'à 15 % par l'Assurance "
                           "maladie, ce qui ne change rien à sa sécurité.", "fr")


# Orders the reader carries out alone around a test (heldout21's self-medication misses):
# the treatment left out on given days ("lassen Sie es … weg"), a drink that is the
# treatment stopped, one kept "as usual", tablets taken "mit einem Schluck Wasser", and
# asking before any new medicine ("Antes de tomar cualquier medicamento nuevo").
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Wenn Sie Metformin einnehmen, lassen Sie es am Untersuchungstag und die zwei Tage "
     "danach weg.", "de"),
    ("Stop drinking the prep and call the endoscopy unit or NHS 111 if you keep vomiting, "
     "feel faint when you stand, or pass very little urine.", "en"),
    ("Keep using your asthma inhalers and steroid nose spray as usual; they do not affect "
     "the test.", "en"),
    ("Am Untersuchungstag bleiben Sie ab Mitternacht nüchtern; Ihre Morgentabletten nehmen "
     "Sie mit einem Schluck Wasser ein, außer denen, die wir gestrichen haben.", "de"),
    ("Antes de tomar cualquier medicamento nuevo, incluidos antibióticos, antiinflamatorios "
     "o productos de herbolario, pregunte al equipo de trasplante o a su farmacéutico.",
     "es"),
])
def test_orders_around_a_test_are_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# A doctor always on site, an adult required to stay near the child: supervision
# (heldout21).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Allergic reactions to gadolinium are rare; our staff are trained to treat them and a "
     "doctor is always on site.", "en"),
    ("Ein Erwachsener muss 24 Stunden in der Nähe bleiben, und das Kind darf an diesem Tag "
     "nicht Rad oder Roller fahren.", "de"),
])
def test_a_professional_on_site_or_an_adult_nearby_is_supervision(sentence: str,
                                                                   lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# A care team measuring a medicine in the blood, the clinic ordering a test first, a
# check at every visit said impersonally: supervision (heldout21).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Your transplant team checks the level of tacrolimus in your blood regularly and "
     "changes the dose when needed.", "en"),
    ("If you are over 65 or have diabetes or kidney disease, we will ask for a recent kidney "
     "blood test before we give you contrast.", "en"),
    ("Con los meses, el tacrolimus puede subir el azúcar y la tensión, por eso se controlan "
     "en cada revisión.", "es"),
])
def test_a_team_checking_or_ordering_a_test_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)
