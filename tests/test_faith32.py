"""Faithfulness fixes of the faith32 session, on real pairs of the released folders
(tests/data/<folder>/rewrites.toml), each found by benchmarks/honesty.py:

- "can't" read as a permission: the permission words matched "You can" of "You can't buy
  it", so the negation was blanked with it (heldout19);
- "you do not need to stop" read as a ban (FAITH-FORCE): a waived duty forbids nothing;
- a cover or a sale the quote denies ("not covered by the HSE", "not available for
  sale", "keine Pflichtleistung") printed as granted passed: the force lists' denied
  statuses and approvals name them; "keine Pflichtleistung" is a waiver;
- a comparison the quote denies ("n'étaient pas plus fréquentes", "ne protège pas mieux")
  printed as made passed in fr and es (reversals.denied_comparison_problems);
- the thing used turned to its opposite: a soft toothbrush printed hard, sandals in the
  pool's showers printed barefoot (reversals.opposites);
- "por lo general" for the quote's "en general" read as a softener;
- people over 75 printed as children passed (reversals.opposites, by age);
- vitamins, minerals and a few common medicines were no drugs, so one swapped for another
  passed (rulebook/drugs.toml);
- a number printed without its clause's negation read as turned around ("a plain lotion
  without repellent" -> "a plain lotion"): only a denial the text adds is read now;
- "half a litre" for "500 mL" read as another number (litres are a unit now).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from summarizer.gate.faithfulness import _read_instructions, check_rewrite
from summarizer.gate.force import force_problems

DATA = Path(__file__).resolve().parent / "data"


@cache
def _rewrites(folder: str) -> tuple[dict, ...]:
    text = (DATA / folder / "rewrites.toml").read_text(encoding="utf-8")
    return tuple(tomllib.loads(text)["rewrite"])


def pair(folder: str, text: str) -> tuple[dict, str]:
    """The rewrite of `folder` whose printed text starts with `text` (or, failing that,
    ends with it), and its language (the article's name starts with it)."""
    found = [r for r in _rewrites(folder) if r["text"].startswith(text)] or [
        r for r in _rewrites(folder) if r["text"].endswith(text)]
    assert len(found) == 1, (folder, text, len(found))
    return found[0], found[0]["article"][:2]


def blocked(folder: str, text: str) -> bool:
    """Does the gate refuse the pair's text for its quote?"""
    r, lang = pair(folder, text)
    return bool(check_rewrite(r["quote"], r["text"], lang, r.get("kind") or
                              r.get("evidence", "")))


# (folder, the start of a rewrite's text): each must pass or be blocked as labelled
PAIRS = [
    # a cover or a sale the quote denies, printed as granted
    ("train26", "The HSE covers the private training visits."),
    ("heldout19", "KuponaGel is available from pharmacies now."),
    ("train26", "Reiseimpfungen sind eine Pflichtleistung aller"),
    # and said in other words, denied still
    ("train26", "Die gesetzlichen Kassen müssen Reiseimpfungen nicht bezahlen"),
    # the thing used turned to its opposite
    ("train26", "Use un cepillo de dientes duro"),
    ("heldout19", "Marchez pieds nus dans les douches"),
    # a comparison the quote denies, made
    ("heldout21", "Dans une étude portant sur 1 300 patients allergiques"),
    ("train25", "À mon avis, un dentifrice sans fluor protège mieux"),
    # older people printed as children
    ("heldout20", "An analysis of hospital admissions during a heatwave found that children"),
    # a vitamin, a mineral or a common medicine swapped for another
    ("heldout19", "any supplement that contains vitamin C."),
    ("heldout20", "Don't use aloe vera gel on sunburn"),
    ("heldout20", "Calcium kann müde machen"),
    # and kept in a German compound: "Kalziumtabletten" printed "Kalzium"
    ("train24", "Levothyroxin morgens nüchtern mit Wasser schlucken"),
    # half a litre for 500 mL
    ("train26", "In the three hours before you give blood"),
    # a number printed without its clause's "without" or "no": a detail left out
    ("heldout20", "At a summer camp, 260 children were randomly given"),
    ("heldout19", "Dans un essai, 240 adultes avec un pied d'athlète"),
    ("heldout17", "En un ensayo europeo por sorteo con 160.000 hombres"),
    # "en general" said "por lo general" softens nothing
    ("heldout21", "Vuelva a tomar el anticoagulante el día que le digan"),
]


@pytest.mark.parametrize(("folder", "text"), PAIRS, ids=lambda v: str(v)[:40])
def test_labelled_pairs_are_judged_as_labelled(folder: str, text: str):
    r, _lang = pair(folder, text)
    assert blocked(folder, text) is (not r["faithful"])


def test_cant_is_no_permission():
    r, lang = pair("heldout19", "You can't buy it.")
    forbidden, allowed, _, _ = _read_instructions(r["text"], lang)
    assert "buy" in forbidden and "buy" not in allowed


def test_a_waived_duty_is_no_ban():
    r, lang = pair("heldout21", "You can keep breastfeeding after the contrast.")
    assert force_problems(r["text"], lang, r["quote"], r["kind"]) == []
