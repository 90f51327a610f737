"""Faithfulness by mechanism (session 5): tests/data/faith_s5_rewrites.toml holds pairs
written for each mechanism behind a miss or false block of heldout6/heldout7's rewrites,
in other words and languages than the held-out ones (measured before the fixes: 8/22
unfaithful blocked, 4/14 faithful blocked); tests/data/faith_s5_fresh.toml a third batch
written in one go and measured untouched (11/18, 1/16), and faith_s5_fresh2.toml a fourth
written after the fixes, untouched (16/18, 3/16), and faith_s5_fresh3.toml a fifth, mostly
faithful plain-language rewrites, untouched (11/14, 2/26), and faith_s5_fresh4.toml a
sixth, untouched (6/13, 1/19); faith_s6_fresh.toml (session 6) quotes real sentences of
the released corpora, untouched (41/48, 5/37), and faith_s6_fresh2.toml a second,
written after the session's fixes, untouched (18/24, 4/23); faith_s7_fresh.toml (session
7) quotes unused sentences of heldout8/heldout9, untouched (41/57, 5/50), and
faith_s7_fresh2.toml those of heldout6/heldout7, after the fixes, untouched (18/26, 1/26). Each pair
asserts the gate's verdict; each finding names both sides."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from faith_helpers import hand_pairs

from summarizer.gate.faithfulness import check_rewrite

DATA = Path(__file__).resolve().parent / "data"


def _pairs(name: str) -> list[dict]:
    with (DATA / name).open("rb") as fh:
        return tomllib.load(fh)["rewrite"]


# Pairs not handled yet, per file ("mechanism" or "mechanism:text prefix"): expected to
# fail, strictly, so a fix that makes one pass is noticed and the entry removed.
NOT_YET: dict[str, set[str]] = {
    "faith_s5_rewrites.toml": set(),
    # the third batch, measured untouched at 11/18 and 1/16
    "faith_s5_fresh.toml": set(),
    # the fourth batch, measured untouched at 16/18 and 3/16
    "faith_s5_fresh2.toml": set(),
    # the fifth, mostly faithful, measured untouched at 11/14 and 2/26
    "faith_s5_fresh3.toml": set(),
    # the sixth, measured untouched at 6/13 and 1/19
    "faith_s5_fresh4.toml": set(),
    # session 6's second batch, measured untouched at 18/24 and 4/23
    "faith_s6_fresh2.toml": {
        "hedge-kept:NAC might ease the urge to pull by calmi",
    },
    # session 7's second batch, measured untouched at 18/26 and 1/26
    "faith_s7_fresh2.toml": {
        # (restart-permitted, small-to-large, keep-to-stop, label-inverted: blocked by
        # gate/force.py, gate/direction.py)
        "crisis-audience-kept", "heavy-to-any",
    },
    # session 7's batch, measured untouched at 41/57 and 5/50
    "faith_s7_fresh.toml": {
        "share-banded-wrong",
        # (crisis-audience-widened: the [serves] indigenous audience, session 8;
        # accompanied-dropped: gate/force.py)
        # (controlled-to-randomized: session 8's design_problems; anticoagulant-kept: a
        # rare word's root in the quote's word; long-term-kept: "involuntarios" negative)
    },
    # session 6's first batch, measured untouched at 41/48 and 5/37
    # (setting-swapped: the trained check, session 12; session 13's model, trained with
    # heldout15, train20, train21 too at the same budget, scores the concert pair 2.09
    # against 2.51, session 12's 2.57 against 2.51: marginal either way; session 14's,
    # with heldout16 and train22-24, blocks it at its threshold of 2.13; session 16's 2.34
    # against 2.07. Session 18's, with heldout18 and heldout19, scores it 1.92 against
    # its threshold of 1.95 and misses it: a miss of the model, not a changed expectation;
    # no rule reads "a week before any concert" printed as "on the morning of the concert")
    "faith_s6_fresh.toml": {"setting-swapped:Before the first prescription the GP"},
}


def _param(name: str, pair: dict):
    todo = NOT_YET[name]
    marks = [pytest.mark.xfail(strict=True, reason="mechanism not handled yet")] \
        if pair["mech"] in todo or any(f"{pair['mech']}:{pair['text']}".startswith(t)
                                       for t in todo if ":" in t) else []
    return pytest.param(pair, marks=marks, id=f"{name[9:-5]}:{pair['mech']}:{pair['text'][:30]}")


@pytest.mark.parametrize("pair", [_param(n, p) for n in NOT_YET for p in _pairs(n)])
def test_mechanism_pairs(pair: dict) -> None:
    problems = check_rewrite(pair["quote"], pair["text"], pair["lang"], pair["kind"])
    assert bool(problems) == pair["unfaithful"], [p.message for p in problems]
    for p in problems:  # both sides named
        assert "quote" in p.message and "text" in p.message, p.message


def test_a_rare_name_swapped_for_another_names_both():
    """No list knows either drug: the quote's rare name is gone, the text has another."""
    problems = check_rewrite("In the trial, 90 adults took rotigotine patches for ten weeks.",
                             "In the trial, 90 adults took apomorphine patches for ten weeks.",
                             "en", "randomized-controlled")
    assert [p.code for p in problems] == ["FAITH-DRUG"]
    assert "'apomorphine'" in problems[0].message and "'rotigotine'" in problems[0].message


def test_a_brand_printed_as_its_generic_name_passes():
    """Spravato is esketamine (drugs.toml): the rare generic name is the same drug."""
    assert check_rewrite("Spravato was approved in 2019 for depression that resists other "
                         "treatment.", "Esketamine was approved in 2019 for depression that "
                         "resists other treatment.", "en", "regulatory") == []


@pytest.mark.parametrize("folder", ["heldout6", "heldout7"])
def test_spent_heldout_rewrites_stay_at_target(folder: str) -> None:
    """heldout6 and heldout7 (spent: released for general fixes this session) read 88 %
    and 79 % blocked, 9 % and 6 % faithful blocked, untouched; the mechanisms above took
    both to 100 % / 0 %. Held here so a later change cannot quietly lose them."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "honesty", DATA.parent.parent / "benchmarks" / "honesty.py")
    assert spec and spec.loader
    h = sys.modules.get("honesty") or importlib.util.module_from_spec(spec)
    if "honesty" not in sys.modules:
        sys.modules["honesty"] = h
        spec.loader.exec_module(h)
    corpus = DATA / folder
    (ub, un), (fb, _fn), mistakes = h.faithfulness_scores(
        h.load_rewrites(corpus), h.load_corpus(corpus), h.faithfulness_checker())
    assert (ub, fb) == (un, 0), mistakes


# Reviewer, session 5: the quote's own "after …" was taken as where its prohibition ends,
# so the same "after …" in the text was read as the point it lifts.
SAME_CONDITION = hand_pairs("same-condition", "quote", "text", "lang", "unfaithful")


@pytest.mark.parametrize(("quote", "text", "lang", "blocked"), SAME_CONDITION,
                         ids=lambda v: str(v)[:24])
def test_a_prohibition_permitted_on_its_own_condition_is_blocked(quote, text, lang, blocked):
    problems = check_rewrite(quote, text, lang, "supervision")
    assert bool(problems) is blocked, [p.message for p in problems]


# Reviewer, session 5 (a regression of this session): the exemption for a negation inside
# a relative clause ("people whose depression had not lifted": who, not the result) also
# let that clause lose its negation.
Q_REL = ("In the trial, 60 people whose depression had not lifted with two medicines took "
         "ketamine, and 20 of them felt better.")
RELATIVE = [
    (Q_REL.replace("had not lifted", "had lifted"), True),
    (Q_REL.replace("had not lifted", "had not eased"), False),
    ("In the trial, 60 people who were still depressed after two medicines took ketamine, "
     "and 20 of them felt better.", False),
    (Q_REL, False),
]


@pytest.mark.parametrize(("text", "blocked"), RELATIVE, ids=lambda v: str(v)[30:60])
def test_a_negated_relative_clause_keeps_its_negation(text, blocked):
    problems = check_rewrite(Q_REL, text, "en", "randomized-controlled")
    assert bool(problems) is blocked, [p.message for p in problems]


def test_nobody_is_a_negation_like_no_one():
    """Reviewer, session 5: "no one has authorized" -> "nobody has authorized" was blocked
    as an approval affirmed; "nobody" now negates as "no one" does, and dropping it still
    blocks."""
    quote = "In Canada, no one has authorized ketamine as a treatment for depression."
    assert check_rewrite(quote, quote.replace("no one", "nobody"), "en", "regulatory") == []
    turned = "In Canada, ketamine is authorized as a treatment for depression."
    assert check_rewrite(quote.replace("no one", "nobody"), turned, "en", "regulatory")


# Reviewer, session 5: an approval "only for" a narrow use printed for the broader use,
# by dropping the qualifier rather than adding a use.
NARROWED = [
    ("Esketamine is approved only for treatment-resistant depression.",
     "Esketamine is approved for depression.", True),
    ("Esketamine is approved only for treatment-resistant depression.",
     "Esketamine is approved only for depression that other drugs did not help.", False),
    ("Esketamine is approved only for treatment-resistant depression.",
     "Esketamine is approved for treatment-resistant depression.", False),
]


@pytest.mark.parametrize(("quote", "text", "blocked"), NARROWED, ids=lambda v: str(v)[:30])
def test_an_only_approval_that_loses_its_qualifier_is_blocked(quote, text, blocked):
    problems = check_rewrite(quote, text, "en", "regulatory")
    assert bool(problems) is blocked, [p.message for p in problems]
