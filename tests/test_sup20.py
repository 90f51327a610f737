"""Supervision recall of sup20: general families found among the rules' misses on the
released heldout16-20 folders (and the train folders' labels), each written in short
sentences of our own (en, es, fr, de where the family exists), never one article's
phrasing; and sentences that must stay no supervision."""

from __future__ import annotations

import pytest
from rules_helpers import kinds


# An illness's red flags sent to a doctor, with the danger given as the reason after the
# order ("…, because it may be a clot"): the reason is the illness's, no treatment's harm
# (convention (f)); and care asked for without naming who gives it ("get medical care the
# same day", "needs a doctor that day", "Show a doctor…", "necesita atención médica").
@pytest.mark.parametrize(("sentence", "lang"), [
    ("See a doctor the same day if your calf is hot and swollen, because a clot can develop "
     "in the leg.", "en"),
    ("If the child is floppy or hard to wake, get medical care the same day.", "en"),
    ("Seek urgent medical attention if the swelling spreads to the face.", "en"),
    ("A cough that does not get better after three weeks needs a doctor that week.", "en"),
    ("Chest pain that spreads to the arm needs urgent medical attention.", "en"),
    ("Show a doctor any lump that grows or changes in the weeks that follow.", "en"),
    ("Si un niño pequeño tiene fiebre alta y está muy decaído, necesita atención médica "
     "urgente.", "es"),
    ("Consulta pronto si la tos dura más de tres semanas o escupes sangre.", "es"),
    ("Wenn das Kind sehr schläfrig ist und nicht trinkt, braucht es sofort ärztliche Hilfe.",
     "de"),
    ("Si la fièvre dure plus de trois jours chez un nourrisson, cela nécessite un avis "
     "médical rapide.", "fr"),
])
def test_care_sought_for_red_flags_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# A professional examining the patient or a part of them, checking the treated part,
# reviewing the treatment, in person (the dentist, the hygienist, the orthopaedist…).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("A physiotherapist examines the knee before the first session.", "en"),
    ("The nurse will check the wound a week after the operation.", "en"),
    ("At each visit the hygienist stays with you and checks your gums.", "en"),
    ("Most specialists review the treatment after two years.", "en"),
    ("El traumatólogo te explorará la rodilla y decidirá si hace falta una resonancia.", "es"),
    ("Tu dermatóloga te va a controlar a los dos meses.", "es"),
    ("Votre médecin examinera la cheville et pourra vous adresser à un kinésithérapeute.",
     "fr"),
    ("Nach dem Eingriff betreut Sie unsere Wundexpertin, und die Ärztin entscheidet dann, ob "
     "die Fäden gezogen werden.", "de"),
])
def test_a_professional_examining_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# A check said with its time: once a year, a few weeks after the start or a change, a
# follow-up visit ("should be rechecked six weeks after starting", "a skin check each
# year", "una consulta de seguimiento a las dos semanas", "un rendez-vous de contrôle").
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Your blood pressure should be rechecked six weeks after starting.", "en"),
    ("People over 60 should have an eye test once a year.", "en"),
    ("You will have a follow-up visit a few weeks after the injection.", "en"),
    ("Tendrá una consulta de seguimiento a los diez días.", "es"),
    ("Un rendez-vous de contrôle est prévu après trois mois.", "fr"),
    ("On reste en observation une demi-heure après la piqûre.", "fr"),
])
def test_a_check_and_its_time_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# What must stay no supervision: a shop checking an order, a pharmacist only asked
# (self-medication, convention (a')), a study's measurements, a review of records.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("We check your order every day and send it the same day.", "en"),
    ("Ask your pharmacist before using it if you take other medicines.", "en"),
    ("The researchers measured the children's height every year.", "en"),
    ("The doctors reviewed the records of 3,000 patients.", "en"),
    ("Revisamos su pedido cada día antes de enviarlo.", "es"),
    ("Do not take it for more than three days without talking to your doctor.", "en"),
])
def test_no_supervision_stated(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


# An appointment booked or asked for with a professional, who will then see the reader
# ("I've booked in with the GP", "pide cita con tu médico", "prenez rendez-vous avec votre
# médecin", "Vereinbaren Sie einen Termin in der Praxis").
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Thanks, I've booked in with the nurse on Monday to get it looked at.", "en"),
    ("I booked a GP appointment for Friday.", "en"),
    ("Si la tos no mejora en una semana, pide cita con tu médico.", "es"),
    ("Ya pedí turno con la neumóloga para el mes que viene.", "es"),
    ("Si la toux dure plus de trois semaines, prenez rendez-vous avec votre médecin.", "fr"),
    ("Vereinbaren Sie bald einen Termin in der Hautarztpraxis, wenn der Fleck wächst.",
     "de"),
])
def test_an_appointment_booked_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)
