"""Faithfulness fixes of the faith26 session, each read first on the labelled folders'
rewrites (train25, train26, heldout17) and checked on every released folder.

- a crisis line printed as charging, as closed part of the time or as serving only some
  other purpose, when its quote says it is free, open day and night, for anyone in
  distress ("Samaritans on 116 123 charge for calls and close at night").
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids, rewrite

CRISIS_LINE_TERMS_CHANGED = [
    ("train25", "Samaritans on 116 123 charge for calls"),
    ("train25", "Lifeline on 13 11 14 is only for medical"),
    ("train25", "9-8-8 is only for ordering products"),
    ("train25", "Tele-MANAS on 14416 is a paid line"),
    ("train25", "The 988 line is only for medical emergencies"),
    ("train25", "El 024 solo atiende por la mañana"),
    ("train25", "Le 0800 32 123 est payant"),
    ("train25", "Le 3114 est payant et fermé le week-end"),
    ("train16", "Si tiene pensamientos de suicidio, llame al 024 en horario"),
    ("train17", "La Línea 106 atiende solo los fines de semana"),
    ("train17", "Le Centre de Prévention du Suicide répond au 0800 32 123 uniquement"),
]


@pytest.mark.parametrize(("folder", "start"), CRISIS_LINE_TERMS_CHANGED, ids=ids)
def test_a_crisis_line_printed_as_paid_closed_or_for_something_else_is_blocked(
        folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert kind == "crisis-line" and not faithful
    assert blocked(quote, text, lang, kind)


CRISIS_LINE_KEPT = [
    ("heldout14", "Having a hard time? Call or text 1737, day or night"),
    ("train14", "Die TelefonSeelsorge erreichen Sie Tag und Nacht gebührenfrei"),
    ("heldout11", "Si el dolor te quita la esperanza"),
    ("train16", "If you're in a dark place, you can call or text 9-8-8 at any hour"),
    ("train20", "No estás solo: en Bogotá"),
]


@pytest.mark.parametrize(("folder", "start"), CRISIS_LINE_KEPT, ids=ids)
def test_a_crisis_line_said_free_in_other_words_passes(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert kind == "crisis-line" and faithful
    assert not blocked(quote, text, lang, kind)


PLAIN_COMPOUNDS = [
    ("heldout17", "Nicht in Schwangerschaft und Stillzeit und nicht bei Kindern unter 12 anwenden"),
    ("train16", "Möglich sind Übelkeit, Bauchbeschwerden"),
    ("train17", "Bei Fieber ab 38 Grad, Schüttelfrost oder einer Rötung am Port"),
    ("train22", "Vorher gibt es ein EKG und Blutkontrollen"),
    ("train22", "Flussrate und Extradosen bitte nicht selbst"),
    ("train23", "Schwarzer Stuhl oder Bluterbrechen"),
    ("train23", "Nach dem Eingriff in der Leiste"),
    ("train19", "Im Schwimmbad und in Gemeinschaftsduschen"),
    ("heldout15", "Doctors found her sodium and potassium were much too low"),
]


@pytest.mark.parametrize(("folder", "start"), PLAIN_COMPOUNDS, ids=ids)
def test_two_common_words_run_together_are_no_new_drug_name(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert faithful
    assert not blocked(quote, text, lang, kind)


ONE_PERSON_NAMED_BY_ROLE = [
    ("train25", "One member said the splint barely helped"),
    ("train26", "One reviewer had only one cold last winter"),
    ("train26", "Ein Kunde nahm die Kapseln in Thailand"),
    ("train26", "Einer Kundin tat nach der Hepatitis-A-Impfung"),
    ("train26", "Un niño que empezó la profilaxis"),
]


@pytest.mark.parametrize(("folder", "start"), ONE_PERSON_NAMED_BY_ROLE, ids=ids)
def test_a_single_case_told_of_one_member_reviewer_or_customer_passes(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    # labelled opinion since 7ad58f7 (a testimonial); an editor may still tag it a case
    assert kind == "opinion" and faithful
    for tag in ("opinion", "case-report"):
        assert not blocked(quote, text, lang, tag), tag


DONE_WITHOUT_KEPT = [
    ("train25", "Twice daily, brush with a fluoride toothpaste and spit without rinsing"),
    ("train25", "Pas de comprimés ni de gouttes de fluor pour votre enfant sans"),
    ("train13", "As your skin recovers, use a simple moisturiser without perfume"),
    ("train24", "Take it once daily at roughly the same time, with or without food"),
]


@pytest.mark.parametrize(("folder", "start"), DONE_WITHOUT_KEPT, ids=ids)
def test_without_of_what_the_quote_also_goes_without_passes(folder: str, start: str):
    """'spit without rinsing' for "don't rinse"; 'sans l'accord du dentiste' for 'sans
    l'avis de votre dentiste'; 'without perfume and a sunscreen': the sunscreen is not what
    goes without; 'with or without food'."""
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert faithful
    assert not blocked(quote, text, lang, kind)


CONTROL_SAID_TO_WIN = [
    ("heldout17", "The placebo worked better than the blend"),
    ("heldout16", "The placebo group gained about 1.3 kg more lean mass"),
    ("heldout16", "Les comprimés placebo ont soulagé un peu plus"),
]


@pytest.mark.parametrize(("folder", "start"), CONTROL_SAID_TO_WIN, ids=ids)
def test_a_trial_printed_as_won_by_its_placebo_is_blocked(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert not faithful
    assert blocked(quote, text, lang, kind)


LEFT_TO_THE_READER = [
    ("train25", "Ulcers with fevers, sore joints or red eyes can be treated with a mouth gel"),
    ("train26", "Keep a list of your symptoms and choose the right interval yourself"),
    ("train13", "If you have trouble swallowing or breathing after an injection, rest at home"),
    ("train17", "If your child swallowed it, wait and see"),
    ("train14", "Prenez les compléments proposés sans en parler"),
]


@pytest.mark.parametrize(("folder", "start"), LEFT_TO_THE_READER, ids=ids)
def test_a_notice_sending_the_reader_to_care_printed_as_self_care_is_blocked(
        folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert not faithful
    assert blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("folder", "start"), [
    ("heldout17", "Dans l'essai, le palmier nain a nettement mieux soulagé"),
], ids=ids)
def test_a_comparison_with_words_before_its_que_turns_an_equal_result_around(
        folder: str, start: str):
    """'a nettement mieux soulagé les symptômes que le placebo' for 'de la même façon dans
    les deux groupes': the verb and its object between 'mieux' and 'que'."""
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert not faithful
    assert blocked(quote, text, lang, kind)
