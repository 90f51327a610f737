"""Faithfulness by mechanism (session 5): tests/data/faith_s5_rewrites.toml holds pairs
written for each mechanism behind a miss or false block of heldout6/heldout7's rewrites,
in other words and languages than the held-out ones (measured before the fixes: 8/22
unfaithful blocked, 4/14 faithful blocked). Each pair asserts the gate's verdict; each
finding names both sides."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from summarizer.gate.faithfulness import check_rewrite

DATA = Path(__file__).resolve().parent / "data"


def _pairs() -> list[dict]:
    with (DATA / "faith_s5_rewrites.toml").open("rb") as fh:
        return tomllib.load(fh)["rewrite"]


# Mechanisms not handled yet: their pairs are expected to fail (strict: a fix must move
# the mechanism out of this set, so the list stays the truth).
NOT_YET: set[str] = {"avoided-to-allowed"}


def _param(pair: dict):
    marks = [pytest.mark.xfail(strict=False, reason="mechanism not handled yet")] \
        if pair["mech"] in NOT_YET else []
    return pytest.param(pair, marks=marks, id=f"{pair['mech']}:{pair['text'][:30]}")


@pytest.mark.parametrize("pair", [_param(p) for p in _pairs()])
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
