"""Review of session 8's faithfulness rules: faithful rewrites of our own that a new rule
blocked, and unfaithful ones it let through, each written failing before its fix."""

from __future__ import annotations

import pytest
from faith_helpers import blocked, hand_pairs


def _ids(v: object) -> str:
    return str(v)[:40]


# limit_dropped_problems: a "but ... not" clause about something other than the approval
# (cost, insurers, first choice) is no limit of it; a bare approval keeps its meaning.
OTHER_BUT_NOT = hand_pairs("other-but-not", "quote", "text", "lang")
# ...while a "but ... not" that names a use or the approval still limits it
USE_BUT_NOT = hand_pairs("use-but-not", "quote", "text", "lang")


@pytest.mark.parametrize(("quote", "text", "lang"), OTHER_BUT_NOT, ids=_ids)
def test_a_but_not_about_something_else_is_no_limit_of_the_approval(quote, text, lang):
    assert not blocked(quote, text, lang, "regulatory")


@pytest.mark.parametrize(("quote", "text", "lang"), USE_BUT_NOT, ids=_ids)
def test_a_but_not_naming_a_use_still_limits_the_approval(quote, text, lang):
    assert blocked(quote, text, lang, "regulatory")


# done_without_problems: the act done without the step, called a danger ("Stopping
# without your doctor's help can cause withdrawal"), keeps the step: a warning, not leave.
WARNED_WITHOUT = hand_pairs("warned-without", "quote", "text", "lang")
PERMITTED_WITHOUT = hand_pairs("permitted-without", "quote", "text", "lang")


@pytest.mark.parametrize(("quote", "text", "lang"), WARNED_WITHOUT, ids=_ids)
def test_doing_it_without_the_step_called_a_danger_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), PERMITTED_WITHOUT, ids=_ids)
def test_doing_it_without_the_step_permitted_is_still_blocked(quote, text, lang):
    kind = "regulatory" if "sold" in text else "supervision"
    assert blocked(quote, text, lang, kind)


# safety_problems: "we do not know if it is safe" calls nothing safe, but a "but" after
# it starts a clause of its own that may ("…, but it is safe for most people").
UNKNOWN_THEN_SAFE = [
    ("Its effects in pregnancy have not been studied.",
     "We do not know if it is safe, but it is safe for most people.", "en"),
    ("Sus efectos en el embarazo no se han estudiado.",
     "No sabemos si es seguro, pero es seguro para la mayoría.", "es"),
    ("Ses effets pendant la grossesse n'ont pas été étudiés.",
     "On ne sait pas si c'est sûr, mais c'est sûr pour la plupart des gens.", "fr"),
    ("Die Wirkung in der Schwangerschaft wurde nicht untersucht.",
     "Man weiß nicht, ob es sicher ist, aber für die meisten ist es sicher.", "de"),
]
UNKNOWN_KEPT = [
    ("Its effects in pregnancy have not been studied.",
     "We do not know if it is safe in pregnancy.", "en"),
    ("Sus efectos en el embarazo no se han estudiado.",
     "No sabemos si es seguro en el embarazo.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), UNKNOWN_THEN_SAFE, ids=_ids)
def test_safe_after_but_is_said_not_unknown(quote, text, lang):
    assert blocked(quote, text, lang, "side-effects")


@pytest.mark.parametrize(("quote", "text", "lang"), UNKNOWN_KEPT, ids=_ids)
def test_safety_said_unknown_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "side-effects")


# reversals._another_object: "do not take it with other sedatives, but you can take it
# with food" passes (another object after the same small word); a drink of the
# [faithfulness.kinds] alcohol or a drug in that place is leave the quote never gave.
SUBSTANCE_PERMITTED = [
    ("Do not take it with other sedatives.",
     "Do not take it with other sedatives, but you can take it with wine.", "en"),
    ("Do not take it with other sedatives.",
     "Do not take it with other sedatives, but you can take it with beer.", "en"),
    ("Ne le prenez pas avec d'autres sédatifs.",
     "Ne le prenez pas avec d'autres sédatifs, mais vous pouvez le prendre avec de l'alcool.",
     "fr"),
]
MEAL_PERMITTED = [
    ("Do not take it with other sedatives.",
     "Do not take it with other sedatives, but you can take it with food.", "en"),
    ("No lo tome con otros sedantes.",
     "No lo tome con otros sedantes, pero puede tomarlo con comida.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SUBSTANCE_PERMITTED, ids=_ids)
def test_a_drink_or_drug_permitted_beside_the_ban_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang, "supervision")


@pytest.mark.parametrize(("quote", "text", "lang"), MEAL_PERMITTED, ids=_ids)
def test_a_meal_permitted_beside_the_ban_passes(quote, text, lang):
    assert not blocked(quote, text, lang, "supervision")


# scales.total_effect_problems with 64025dd's present 'stops' / 'quita' / 'stoppt': the
# quote's own past of the same verb before the same thing is the same total effect.
SAME_VERB_OTHER_TENSE = [
    ("In the trial, it stopped panic attacks in most patients.",
     "In the trial, it stops panic attacks in most patients.", "en"),
    ("La terapia quitó el dolor a la mayoría.", "La terapia quita el dolor a la mayoría.",
     "es"),
    ("Die Therapie stoppte den Zwang bei den meisten.",
     "Die Therapie stoppt den Zwang bei den meisten.", "de"),
]
STOPS_SOMETHING_ELSE = [
    ("Two people stopped the drug early; most felt calmer.",
     "It stops the anxiety in most people.", "en"),
    ("In the trial, it stopped the itching in 3 of 10 people.",
     "In the trial, it stops the pain in 3 of 10 people.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SAME_VERB_OTHER_TENSE, ids=_ids)
def test_the_quotes_total_effect_in_another_tense_passes(quote, text, lang):
    assert not blocked(quote, text, lang)


@pytest.mark.parametrize(("quote", "text", "lang"), STOPS_SOMETHING_ELSE, ids=_ids)
def test_stopping_something_the_quote_does_not_stop_is_blocked(quote, text, lang):
    assert blocked(quote, text, lang)
