"""Faithfulness, session 7: the families behind heldout9's misses, the known misses of
session 6's fresh batches and those of this session's fresh batch
(tests/data/faith_s7_fresh.toml, measured untouched at 41/57 unfaithful blocked and 5/50
faithful blocked), each in sentences of our own (none from a held-out set), written
failing before the change that fixed it.

Each case calls the pure module the gate calls (`check_rewrite`: quote, printed text,
language, notice kind or evidence tag).
"""

from __future__ import annotations

import pytest

from summarizer.gate import faithfulness as faith


def blocked(quote: str, text: str, lang: str = "en", kind: str = "") -> bool:
    return bool(faith.check_rewrite(quote, text, lang, kind))


def _ids(v: object) -> str:
    return str(v)[:40]


# --------------------------------------------------------------------------- phone numbers
# A phone number printed without its spaces ("116123" for "116 123") is the same number:
# six digits or fewer are not read as a phone number by shape, so they must be matched by
# their digits against the quote's numbers.

PHONES_GROUPED = [
    ("Call the line free on 116 123, at any hour.", "Call the line free on 116123.", "en"),
    ("Call Lifeline on 13 11 14 or text them on 0477 13 11 14.",
     "Call Lifeline on 131114 or text 0477 131 114.", "en"),
    ("Call the line free on 116123, at any hour.", "Call the line free on 116 123.", "en"),
    ("Llama gratis al 024 a cualquier hora o al 717 003 717.",
     "Llama gratis al 024 o al 717003717, a cualquier hora.", "es"),
    ("Appelez le 31 14, jour et nuit.", "Appelez le 3114, jour et nuit.", "fr"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), PHONES_GROUPED, ids=_ids)
def test_a_phone_number_without_its_spaces_is_the_same_number(quote, text, lang):
    assert not blocked(quote, text, lang, "crisis-line")


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Call the line free on 116 123, at any hour.", "Call the line free on 116132.", "en"),
    ("Call Lifeline on 13 11 14.", "Call Lifeline on 131141.", "en"),
], ids=_ids)
def test_a_phone_number_with_other_digits_is_still_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "crisis-line")


# --------------------------------------------------------------------------- hours
# "24 hours a day", "7 jours sur 7" are the hours of a line, not quantities: the hours
# check compares them with the quote's "any time" / "day or night".

HOURS_SAID_OTHERWISE = [
    ("You can call the line on 0800 111 222 at any hour.",
     "Call the line on 0800 111 222, 24 hours a day.", "en"),
    ("Call the line on 0800 111 222 or text 0477 111 222, any time.",
     "Call the line on 0800111222 or text 0477 111 222, 24 hours a day.", "en"),
    ("Llama a la línea al 800 111 222, a cualquier hora.",
     "Llama a la línea al 800 111 222, las 24 horas del día.", "es"),
    ("Appelez la ligne au 01 45 39 40 00, jour et nuit.",
     "Appelez la ligne au 01 45 39 40 00, 24 heures sur 24, 7 jours sur 7.", "fr"),
    ("Rufen Sie das Sorgentelefon unter 0800 111 0 111 an, rund um die Uhr.",
     "Das Sorgentelefon ist 24 Stunden am Tag unter 0800 111 0 111 erreichbar.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), HOURS_SAID_OTHERWISE, ids=_ids)
def test_a_lines_hours_said_in_numbers_are_no_new_quantity(quote, text, lang):
    assert not blocked(quote, text, lang, "crisis-line")


def test_hours_the_quote_does_not_give_are_still_blocked():
    assert blocked("Call the line on 0800 111 222.",
                   "Call the line on 0800 111 222, 24 hours a day.", "en", "crisis-line")


# --------------------------------------------------------------------------- ordinals
# "the second week" is "week two" (and "week 2"); "the fourth week" is another week.

ORDINALS = [
    ("Most people feel better starting in the second week.",
     "Most people feel better in week two.", "en", False),
    ("The rash usually appears in the third month of treatment.",
     "The rash usually shows up in month 3.", "en", False),
    ("Feeling dizzy is usually worst in the first week.",
     "Feeling dizzy is usually worst in week one.", "en", False),
    ("La mejoría empieza en la segunda semana.", "La mejoría empieza en la semana dos.",
     "es", False),
    ("L'effet apparaît dès la deuxième semaine.", "L'effet apparaît dès la semaine deux.",
     "fr", False),
    ("Die Wirkung setzt in der zweiten Woche ein.", "Die Wirkung setzt in Woche zwei ein.",
     "de", False),
    ("Most people feel better starting in the second week.",
     "Most people feel better in week five.", "en", True),
    ("Most people feel better starting in the second week.",
     "Most people feel better in the fourth week.", "en", True),
    ("La mejoría empieza en la segunda semana.", "La mejoría empieza en la cuarta semana.",
     "es", True),
    ("Die Wirkung setzt in der zweiten Woche ein.", "Die Wirkung setzt in der dritten "
     "Woche ein.", "de", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), ORDINALS, ids=_ids)
def test_an_ordinal_week_is_the_same_as_week_n(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful


# --------------------------------------------------------------------------- N of the M
SHARES_OF_THE = [
    ("Seven of the 10 patients said their sleep improved.",
     "Seven in 10 patients said their sleep improved.", "en", False),
    ("Three of the 4 volunteers felt calmer.", "Three out of 4 volunteers felt calmer.",
     "en", False),
    ("Siete de los 10 pacientes dijeron que dormían mejor.",
     "Siete de cada 10 pacientes dijeron que dormían mejor.", "es", False),
    ("Seven of the 10 patients said their sleep improved.",
     "Nine in 10 patients said their sleep improved.", "en", True),
    ("Siete de los 10 pacientes dijeron que dormían mejor.",
     "Nueve de cada 10 pacientes dijeron que dormían mejor.", "es", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), SHARES_OF_THE, ids=_ids)
def test_n_of_the_m_is_a_share(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful


# --------------------------------------------------------------------------- -fold
FOLD = [
    ("Taking it with alcohol doubles the risk of a fall.",
     "Taking it with alcohol makes a fall two-fold more likely.", "en", False),
    ("The drug triples the level in the blood.",
     "The drug raises the level in the blood threefold.", "en", False),
    ("Das Mittel verdoppelt das Risiko eines Sturzes.",
     "Das Mittel macht einen Sturz zweifach so wahrscheinlich.", "de", False),
    ("Taking it with alcohol doubles the risk of a fall.",
     "Taking it with alcohol raises the risk of a fall fivefold.", "en", True),
    ("The drug triples the level in the blood.",
     "The drug raises the level in the blood ten-fold.", "en", True),
    ("Das Mittel verdoppelt das Risiko eines Sturzes.",
     "Das Mittel erhöht das Risiko eines Sturzes fünffach.", "de", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), FOLD, ids=_ids)
def test_a_fold_is_a_multiplier(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful


# --------------------------------------------------------------------------- none / some
NONE_SOME = [
    ("No patients dropped out of the trial.", "A few patients dropped out of the trial.",
     "en", True),
    ("Ningún paciente abandonó el ensayo.", "Algunos pacientes abandonaron el ensayo.",
     "es", True),
    ("Kein Patient hat die Studie abgebrochen.", "Einige Patienten haben die Studie "
     "abgebrochen.", "de", True),
    ("Some users reported headaches.", "A few users said they had headaches.", "en", False),
    ("No patients dropped out of the trial.", "Nobody dropped out of the trial.", "en",
     False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), NONE_SOME, ids=_ids)
def test_none_and_a_few_are_not_the_same(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang) == unfaithful
