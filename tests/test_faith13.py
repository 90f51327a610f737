"""The trained faithfulness check blocks (FAITH-MEANING, an error): a notice's printed text
that every rule passes and the model reads as not saying what its quote says is refused at
export and counted as blocked by check_rewrite (and so by the honesty benchmark).

The pairs are heldout14's (released after it was measured), read from its rewrites.toml:
unfaithful rewrites of safety notices that the rules alone pass, in three languages.
Trained without heldout14 (scripts/train_faith_model.py --newest), the model at the shipped
budget blocked 10 of the 23 unfaithful rewrites of heldout14 the rules passed and none of its
91 faithful ones more.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest
from faith_helpers import hand_pairs, ids

from summarizer.gate import faith_model
from summarizer.gate.faithfulness import check_rewrite

RELEASED = Path(__file__).resolve().parent / "data" / "heldout14"
# the first words of each unfaithful text, as heldout14/rewrites.toml has it
MISSED_BY_RULES = [
    "For faster results, dab a drop of undiluted essential oil",
    "El procedimiento se puede hacer en embarazadas",
    "Ibuprofen können Sie auch Säuglingen unter sechs Monaten",
]


@cache
def _languages() -> dict[str, str]:
    """article -> language, from the folder's label files."""
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8")).get("lang", "en")
            for p in RELEASED.glob("*.toml") if p.name != "rewrites.toml"}


def released(start: str) -> tuple[str, str, str, str]:
    """(quote, text, language, kind) of the one unfaithful rewrite whose text begins so."""
    rows = tomllib.loads((RELEASED / "rewrites.toml").read_text(encoding="utf-8"))["rewrite"]
    [r] = [r for r in rows if r["text"].startswith(start) and not r["faithful"]]
    return r["quote"], r["text"], _languages()[r["article"]], r["kind"]



@pytest.mark.parametrize("start", MISSED_BY_RULES, ids=ids)
def test_the_rules_alone_pass_it(start: str, rules_alone):
    # no faithfulness rule blocks it; since session 14's notice rules the printed text may
    # also no longer read as the quote's kind of notice (FAITH-NOTICE-KIND: "El
    # procedimiento se puede hacer en embarazadas" for "no se realiza en mujeres
    # embarazadas")
    assert [p.code for p in check_rewrite(*released(start))] in ([], ["FAITH-NOTICE-KIND"])


@pytest.mark.parametrize("start", MISSED_BY_RULES, ids=ids)
def test_the_trained_check_blocks_it(start: str):
    quote, text, lang, kind = released(start)
    found = check_rewrite(quote, text, lang, kind)
    # the faithfulness model (FAITH-MEANING), or, since session 13's notice model, the
    # printed text no longer read as the quote's kind of notice (FAITH-NOTICE-KIND: "Ibuprofen
    # können Sie auch Säuglingen … geben" for "Geben Sie Ibuprofen nicht bei Kindern …")
    assert [p.code for p in found] in (["FAITH-MEANING"], ["FAITH-NOTICE-KIND"]), found
    assert "the quote" in found[0].message


def test_its_finding_blocks_export(tmp_path: Path):
    """The example with a supervision notice replaced by a released pair: the gate's
    FAITH-MEANING finding is an error that blocks export."""
    from test_export import copy_example

    from summarizer.checks import blocking, check_handout
    from summarizer.handout_file import load_handout

    quote, text, _, _ = released(MISSED_BY_RULES[0])

    def edit(h) -> None:
        notice = h.disclaimers_of("supervision")[0]
        notice.quote, notice.text = quote, text

    findings = check_handout(load_handout(copy_example(tmp_path, edit)))
    meaning = [f for f in findings if f.code == "FAITH-MEANING"]
    assert len(meaning) == 1 and meaning[0].severity == "error"
    assert [f for f in blocking(findings, "en") if f.code == "FAITH-MEANING"]


def test_a_claim_is_not_asked():
    # a claim sums up its quote in other words: the rules' alone (faith_model.ASKED)
    quote, text, lang, _ = released(MISSED_BY_RULES[0])
    assert faith_model.meaning_problem(quote, text, lang)
    assert "FAITH-MEANING" not in [p.code for p in check_rewrite(quote, text, lang, "")]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), [
    row for name in ("bounded-permissions", "other-but-not", "same-force-more", "fortnight-same")
    for row in hand_pairs(name, "quote", "text", "lang", "kind")], ids=ids)
def test_hand_written_faithful_pairs_still_pass(quote: str, text: str, lang: str, kind: str):
    # the hard cases the model read as changed before they were training rows
    assert check_rewrite(quote, text, lang, kind) == []
