"""Faithfulness, the classes the fifth held-out set showed passing: a denied result that
is a comparison ("no faster recovery") printed as a result ("recovered faster"), and a
prohibition's reason or concession ("do not lower it *because* you wear the glasses",
"*even if* you feel better") turned into the condition of a permission ("once you wear
the glasses you can lower it"). Also: a permission whose condition is the end of the
quote's time bound passes with or without a comma ("After 24 hours, you can drive"), and
one that drops the quote's time ("After the infusion you can drive") is blocked.

Sentences of our own, besides the two held-out ones named; each calls the pure module
the gate calls (`check_rewrite`: quote, printed text, language, notice kind / evidence).
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, hand_pairs

from summarizer.gate import faithfulness as faith

# --------------------------------------------------------------------------- results

DENIED_COMPARISONS = [
    # heldout5 (en-fluvoxamine-covid-news)
    ("The largest American trial, which randomly assigned more than 1,300 adults to "
     "fluvoxamine or placebo, found no faster recovery with the drug.",
     "In the biggest US trial, over 1,300 adults were put by chance on fluvoxamine or a "
     "placebo, and people on the drug recovered faster.", "en"),
    ("Patients given the spray did not heal any sooner than those given salt water.",
     "Patients given the spray healed sooner than those given salt water.", "en"),
    ("In the trial, people on the patch had no quicker return to normal activities.",
     "In the trial, people on the patch got back to normal activities quicker.", "en"),
    ("En el ensayo, quienes tomaron el fármaco no se recuperaron más rápido.",
     "En el ensayo, quienes tomaron el fármaco se recuperaron más rápido.", "es"),
    ("Dans l'essai, les patients sous traitement ne guérissaient pas plus vite.",
     "Dans l'essai, les patients sous traitement guérissaient plus vite.", "fr"),
    ("In der Studie erholten sich die Patienten mit dem Mittel nicht schneller.",
     "In der Studie erholten sich die Patienten mit dem Mittel schneller.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), DENIED_COMPARISONS, ids=lambda v: v[:30])
def test_a_denied_comparison_printed_as_a_result_is_blocked(quote: str, text: str,
                                                             lang: str):
    problems = faith.check_rewrite(quote, text, lang, "randomized-controlled")
    assert [p.code for p in problems if p.code == "FAITH-POLARITY"], problems


KEPT_DENIED_COMPARISONS = [
    ("The largest American trial, which randomly assigned more than 1,300 adults to "
     "fluvoxamine or placebo, found no faster recovery with the drug.",
     "In the biggest US trial, over 1,300 adults were put by chance on fluvoxamine or a "
     "placebo, and people on the drug did not recover any faster.", "en"),
    ("Patients given the spray did not heal any sooner than those given salt water.",
     "The spray did not make wounds heal sooner than salt water did.", "en"),
    ("People on the drug recovered faster than those on placebo.",
     "People who took the drug got well faster than those on a placebo.", "en"),
    ("En el ensayo, quienes tomaron el fármaco no se recuperaron más rápido.",
     "En el ensayo, el fármaco no aceleró la recuperación: no se recuperaron más rápido.",
     "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), KEPT_DENIED_COMPARISONS,
                         ids=lambda v: v[:30])
def test_a_denied_comparison_kept_passes(quote: str, text: str, lang: str):
    assert faith.check_rewrite(quote, text, lang, "randomized-controlled") == []


# --------------------------------------------------------------------------- conditions

REASON_MADE_A_CONDITION = [
    # heldout5 (en-amber-glasses-mania-clinic)
    ("Keep taking lithium or any other mood medicine exactly as prescribed; do not lower "
     "the dose because you are wearing the glasses.",
     "Once you wear the glasses you can lower your lithium dose.", "en"),
    ("Do not stop taking it even if you feel better.",
     "If you feel better you can stop taking it.", "en"),
    ("Do not stop taking it even if you feel better.",
     "When you feel better, you can stop taking it.", "en"),
    ("Keep using your inhaler; do not skip doses just because your breathing is easier.",
     "When your breathing is easier you can skip doses.", "en"),
    ("No deje de tomarlo aunque se sienta mejor.",
     "Cuando se sienta mejor puede dejar de tomarlo.", "es"),
    # the circumstance the prohibition holds in, made the permission's condition
    ("Do not drive if you feel drowsy.", "If you feel drowsy you can drive.", "en"),
    ("Do not drive while you are taking it.", "You can drive while you take it.", "en"),
    # a prohibition with no end, printed as a permission on a new condition
    ("Do not stop taking it.", "If your doctor agrees you can stop taking it.", "en"),
    # "all at once" is a manner, not a time: no condition at all
    ("Never stop it all at once.", "You can stop it all at once.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), REASON_MADE_A_CONDITION,
                         ids=lambda v: v[:30])
def test_a_reason_not_to_act_printed_as_a_condition_to_act_is_blocked(quote: str, text: str,
                                                                       lang: str):
    problems = faith.check_rewrite(quote, text, lang, "self-medication")
    assert [p.code for p in problems if p.code == "FAITH-POLARITY"], problems


BOUNDED_PERMISSIONS = hand_pairs("bounded-permissions", "quote", "text")


@pytest.mark.parametrize(("quote", "text"), BOUNDED_PERMISSIONS, ids=lambda v: v[:30])
def test_a_permission_at_the_end_of_the_quotes_bound_passes(quote: str, text: str):
    assert faith.check_rewrite(quote, text, "en", "supervision") == []


DROPPED_BOUNDS = hand_pairs("dropped-bounds", "quote", "text")


@pytest.mark.parametrize(("quote", "text"), DROPPED_BOUNDS, ids=lambda v: v[:30])
def test_a_permission_that_drops_the_quotes_time_is_blocked(quote: str, text: str):
    assert blocked(quote, text, kind="supervision")
