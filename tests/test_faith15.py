"""Session 13's faithfulness fixes, each on real rewrites read from the released folders'
rewrites.toml (heldout15 and older: released, tuned on freely; the unseen set is never
read).

- results given to the other group: "29% of the tablet group and 3% of the placebo group"
  printed as "29% of the placebo group and 3% of the tablet group" (drug-swapped, passed
  by every rule before: 5 of heldout15's 12 unfaithful rewrites the gate passed);
- numbers said in other words: a range from a number word ("une à deux heures", "seis u
  ocho semanas", "zehn bis vierzehn Tagen"), "per cent", "an hour and a half", how often
  in other numbers ("twice a year" for "every six months");
- a qualifier or a band kept in other words: "unos dos de cada tres" for "alrededor de
  dos de cada tres", "casi siempre" / "almost always" for "la mayoría" / "most", "not
  harmful" for "harmless"; "around the clock" qualifies nothing;
- unfaithful ones the rules passed: "Some strains ease bloating" for "Some strains might
  ease bloating" (a "some" of things keeps no hedge; "some patients may" does).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest
from faith_helpers import ids

from summarizer.gate.faithfulness import check_rewrite

DATA = Path(__file__).resolve().parent / "data"


@cache
def _rows(folder: str) -> tuple[dict, ...]:
    return tuple(tomllib.loads((DATA / folder / "rewrites.toml").read_text(encoding="utf-8"))
                 ["rewrite"])


@cache
def _languages(folder: str) -> dict[str, str]:
    """article -> language, from the folder's label files."""
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8")).get("lang", "en")
            for p in (DATA / folder).glob("*.toml") if p.name != "rewrites.toml"}


def released(folder: str, start: str, faithful: bool) -> tuple[str, str, str, str]:
    """(quote, text, language, kind) of the one rewrite of `folder` whose text begins so."""
    [r] = [r for r in _rows(folder) if r["text"].startswith(start)
           and r["faithful"] is faithful]
    return r["quote"], r["text"], _languages(folder)[r["article"]], r.get("kind") or r.get(
        "evidence", "")


def codes(folder: str, start: str, faithful: bool) -> list[str]:
    return [p.code for p in check_rewrite(*released(folder, start, faithful))]


SWAPPED = [
    ("heldout15", "The stones disappeared in 29% of the placebo group"),
    ("heldout15", "The audio trial found 30% of those on the waiting list"),
    ("heldout15", "In the trial, 42% of those on the dummy capsule"),
    ("heldout15", "El 41 % del grupo placebo mejoró"),
    ("heldout15", "Nach drei Monaten berichteten 57 % der Kleiegruppe"),
    ("train12", "In a trial run in schools, 70% of children on permethrin"),
    ("train16", "Dans un essai, les bouffées de chaleur ont diminué de 48 % avec le placebo"),
]
# faithful: the same shares beside the same groups, or a share that is who was counted
KEPT_GROUPS = [
    ("heldout15", "In a trial, 293 adults with fatty liver were randomly put"),
    ("train14", "A computer decided which of 412 women"),
    ("train18", "A computer list split 255 adults"),
    ("heldout6", "In a small US trial, 50 adults who pull out their hair"),
]


@pytest.mark.parametrize(("folder", "start"), SWAPPED, ids=ids)
def test_results_given_to_the_other_group_are_blocked(folder: str, start: str):
    assert "FAITH-COMPARISON" in codes(folder, start, faithful=False)


@pytest.mark.parametrize(("folder", "start"), KEPT_GROUPS, ids=ids)
def test_results_kept_with_their_group_are_not_read_as_swapped(folder: str, start: str):
    from summarizer.gate.swapped_groups import swapped_group_problems

    quote, text, lang, _ = released(folder, start, faithful=True)
    assert swapped_group_problems(text, lang, quote, lang) == []


# faithful: numbers said in other words, the same numbers (FAITH-NUMBER blocked each)
SAME_NUMBERS = [
    # a range whose first end is a word: "une à deux heures", "seis u ocho semanas",
    # "zehn bis vierzehn Tagen" (the first end had no unit, or no number word)
    ("train17", "Prenez-la 1 à 2 heures avant le coucher"),
    ("train19", "C'est un allergologue ou un interniste qui pose le diagnostic"),
    ("train18", "Meist sieht sich nach 10 bis 14 Tagen"),
    ("train14", "Si el endocrinólogo la receta, suele pedir TSH"),
    ("train15", "Cada vez que cambie la dosis, vuelve a medir la TSH"),
    # "71 per cent" is 71 %
    ("train14", "A computer decided which of 412 women"),
    # how often, in other numbers: "twice a year" for "every six months"
    ("heldout13", "About twice a year, the eye doctor will measure"),
    ("train16", "If you are a man on testosterone pellets"),
    ("train17", "Her doctor should check on her donepezil about twice a year"),
    ("train17", "If you try a diet, do it with a dietitian. They will check his growth"),
    ("train14", "Lors d'un régime strict, faites une prise de sang environ quatre fois"),
    ("train15", "A nurse checks your pulse and blood pressure every half hour"),
    ("train17", "If a resident hits their head in a fall, we check alertness"),
    # "and a half": "an hour and a half" for 90 minutes, "1.5 times" for "one and a half"
    ("train17", "The cap is put on about half an hour before the drip"),
    ("train17", "The study followed 2,400 residents in 40 homes"),
]


@pytest.mark.parametrize(("folder", "start"), SAME_NUMBERS, ids=ids)
def test_numbers_said_in_other_words_pass(folder: str, start: str):
    assert "FAITH-NUMBER" not in codes(folder, start, faithful=True)


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Her doctor should review it every six months.", "Her doctor should check it about "
     "four times a year.", "en"),
    ("Prenez-la une à deux heures avant le coucher.", "Prenez-la 1 à 3 heures avant le "
     "coucher.", "fr"),
    ("Die Wunde wird nach zehn bis vierzehn Tagen kontrolliert.", "Die Wunde wird nach 10 "
     "bis 21 Tagen kontrolliert.", "de"),
    ("The cap stays on for up to 90 minutes.", "The cap stays on for up to two and a half "
     "hours.", "en"),
    ("71 per cent of the infusion group had normal levels.", "81% of the infusion group had "
     "normal levels.", "en"),
], ids=ids)
def test_a_changed_number_in_those_forms_is_still_blocked(quote: str, text: str, lang: str):
    assert "FAITH-NUMBER" in [p.code for p in check_rewrite(quote, text, lang, "supervision")]


# faithful: a qualifier or band kept in other words (each was blocked)
KEPT_QUALIFIERS = [
    ("heldout15", "Comparado con el cultivo del líquido del intestino"),  # unos dos de cada
    ("heldout15", "A Nelson gut specialist said there is no proof"),  # around the clock
    ("heldout15", "De cada 100 participantes, unos 5 dan positivo"),  # casi siempre
    ("heldout14", "Pero pasados dos años los dos grupos oían igual"),  # casi todos los niños
    ("heldout15", "The treatment often causes a metal taste"),  # not harmful = harmless
]
# unfaithful: passed by every rule before
NOW_BLOCKED = [
    ("heldout15", "Some strains ease bloating", "FAITH-CERTAINTY"),
]


@pytest.mark.parametrize(("folder", "start"), KEPT_QUALIFIERS, ids=ids)
def test_a_qualifier_kept_in_other_words_passes(folder: str, start: str):
    assert codes(folder, start, faithful=True) == []


@pytest.mark.parametrize(("folder", "start", "code"), NOW_BLOCKED, ids=ids)
def test_a_dropped_hedge_is_blocked(folder: str, start: str, code: str):
    assert code in codes(folder, start, faithful=False)


@pytest.mark.parametrize(("quote", "text", "lang", "code"), [
    # the bands still move: "casi siempre" is not "algunos", "almost always" not "rarely"
    ("Algunos pacientes tienen dolor de cabeza.", "Casi siempre da dolor de cabeza.", "es",
     "FAITH-NUMBER"),
    ("Side effects are rare and harmless.", "Side effects are almost always serious.", "en",
     "FAITH-NUMBER"),
    # "some patients may" keeps its hedge in "some patients"; a thing's hedge does not
    ("Some creams might clear the rash.", "Some creams clear the rash.", "en",
     "FAITH-CERTAINTY"),
], ids=ids)
def test_those_words_still_block_a_change(quote: str, text: str, lang: str, code: str):
    assert code in [p.code for p in check_rewrite(quote, text, lang, "")]


def test_some_patients_may_keeps_its_hedge_in_some_patients():
    assert check_rewrite("Some patients may get a headache.", "Some patients get a headache.",
                         "en", "") == []


# faithful: more numbers and notices in other words (each was blocked)
MORE_SAME = [
    ("heldout14", "ACC accepted forty-one injury claims"),  # forty-one = 41
    ("train15", "For eight weeks, 48 rats were randomly given"),  # Forty-eight = 48
    ("train14", "About 1 person in 100 has a mild reaction"),  # one person in a hundred
    ("train17", "Si la prueba, siga la dosis de la etiqueta"),  # "al día" for "en el día"
    ("train19", "El límite es 5 mg por cada kilo"),  # "al día" for "por día"
    ("heldout13", "If you are in distress or thinking about suicide, Tele-MANAS"),  # round
    ("train12", "Samaritans answer day and night on 116 123"),  # the clock
    ("train16", "The FDA has not approved compounded hormone pellets"),  # checked whether safe
]


@pytest.mark.parametrize(("folder", "start"), MORE_SAME, ids=ids)
def test_more_numbers_and_notices_in_other_words_pass(folder: str, start: str):
    assert codes(folder, start, faithful=True) == []


@pytest.mark.parametrize(("quote", "text", "lang", "kind", "code"), [
    ("Forty-one claims were accepted.", "Forty-two claims were accepted.", "en",
     "human-observational", "FAITH-NUMBER"),
    ("Roughly one person in a hundred has a reaction.", "About 1 person in 10 has a "
     "reaction.", "en", "side-effects", "FAITH-NUMBER"),
    ("Samaritans answer on weekdays from 9 to 5 on 116 123.", "Samaritans answer round the "
     "clock on 116 123.", "en", "crisis-line", "FAITH-NUMBER"),
    ("Ask your pharmacist before you start.", "This product is safe for everyone.", "en",
     "self-medication", "FAITH-CERTAINTY"),
], ids=ids)
def test_a_change_in_those_forms_is_still_blocked(quote: str, text: str, lang: str, kind: str,
                                                  code: str):
    assert code in [p.code for p in check_rewrite(quote, text, lang, kind)]


# unfaithful (inverted): the quote's groups did the same, the text says one did better
EQUAL_MADE_BETTER = [
    ("train15", "En un ensayo, los síntomas mejoraron mucho más con la tiroides desecada"),
    ("train14", "En un ensayo europeo con 252 pacientes asignados al azar"),
    ("heldout14", "The ringing got much quieter with zinc than with the sugar pill"),
    ("train14", "In the most careful study, adults with mild asthma"),
]


@pytest.mark.parametrize(("folder", "start"), EQUAL_MADE_BETTER, ids=ids)
def test_an_equal_result_printed_as_a_better_one_is_blocked(folder: str, start: str):
    assert "FAITH-COMPARISON" in codes(folder, start, faithful=False)


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("After three months the prescriptions were the same in both groups.",
     "After three months the prescriptions were the same with exercises and without.", "en"),
    ("Los síntomas fueron iguales con las dos.", "Con las dos, los síntomas fueron iguales.",
     "es"),
    ("The spray group did much better than the dummy-spray group.",
     "The spray worked much better than the dummy spray.", "en"),
], ids=ids)
def test_the_same_result_said_again_passes(quote: str, text: str, lang: str):
    assert check_rewrite(quote, text, lang, "randomized-controlled") == []


# faithful (train20/21, heldout13): a time or a rate in other words (each was blocked)
RATES_AND_TIMES = [
    ("train21", "Wait a quarter of an hour in the waiting room"),  # 15 minutes
    ("heldout13", "Quitate las lentes de contacto antes de la gota"),  # un cuarto de hora
    ("train21", "Ibuprofen: at most 3 doses a day"),  # up to three times a day
    ("train21", "The usual course of oseltamivir is 2 doses a day"),  # twice a day
    ("train19", "Light treatment means going to a clinic two or three times a week"),
    ("train20", "The company thinks the treatment might one day mean fewer"),  # some day
    ("train16", "Once on testosterone, don't push up the dose"),  # "once" as "when"
]


@pytest.mark.parametrize(("folder", "start"), RATES_AND_TIMES, ids=ids)
def test_a_time_or_rate_in_other_words_passes(folder: str, start: str):
    assert "FAITH-NUMBER" not in codes(folder, start, faithful=True)


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Stay in the waiting room for 15 minutes.", "Stay in the waiting room for half an hour.",
     "en"),
    ("Esperá al menos 15 minutos.", "Esperá al menos media hora.", "es"),
    ("Ibuprofen is given up to three times a day.", "Ibuprofen: at most 4 doses a day.", "en"),
    ("Take it once a day.", "Take it 2 doses a day.", "en"),
], ids=ids)
def test_another_time_or_rate_is_still_blocked(quote: str, text: str, lang: str):
    assert "FAITH-NUMBER" in [p.code for p in check_rewrite(quote, text, lang, "self-medication")]


def test_always_before_an_order_is_how_to_carry_it_out():
    """heldout15: "Always take psyllium with a full glass of water" for "should be taken with
    a full glass of water" (blocked as a claim about everyone); "always causes" still is."""
    assert "FAITH-CERTAINTY" not in codes("heldout15", "Always take psyllium with a full glass",
                                          faithful=True)
    assert "FAITH-CERTAINTY" in [p.code for p in check_rewrite(
        "Psyllium can cause bloating.", "Psyllium always causes bloating.", "en",
        "side-effects")]


def test_over_the_counter_printed_as_without_a_prescription_passes():
    """heldout15: "de venta libre" printed "que se compran sin receta" (blocked: done
    without a prescription the quote names elsewhere); train14 the same in English."""
    assert codes("heldout15", "Las enzimas digestivas que se compran sin receta",
                 faithful=True) == []
    assert codes("train14", "Check with your pharmacist or the clinic that prescribes",
                 faithful=True) == []
    assert "FAITH-POLARITY" in [p.code for p in check_rewrite(
        "Only a pharmacist can sell it, after asking about your other medicines.",
        "You can buy it without asking the pharmacist about your other medicines.", "en",
        "regulatory")]
