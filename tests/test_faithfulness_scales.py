"""Faithfulness on a scale (summarizer/gate/scales.py): how often, which way a comparison
goes, how many without a number; and a permission's condition dropped. The pairs of
tests/data/gate_rewrites.toml batch 3 measured these kinds at 2 of 18 unfaithful blocked
(and 1 of 14 faithful blocked) before; these cases are further sentences of our own.
"""

from __future__ import annotations

import pytest
from faith_helpers import hand_pairs

from summarizer.gate import faithfulness as faith


def codes(quote: str, text: str, lang: str = "en", kind: str = "") -> list[str]:
    return [p.code for p in faith.check_rewrite(quote, text, lang, kind)]


MOVED = [
    ("Inject it once a month.", "Inject it every week.", "en", "FAITH-NUMBER"),
    ("Use the cream every other day.", "Use the cream daily.", "en", "FAITH-NUMBER"),
    ("Aplíquelo una vez al mes.", "Aplíquelo cada semana.", "es", "FAITH-NUMBER"),
    ("People on the gel had lower blood pressure than those on the dummy gel.",
     "People on the gel had higher blood pressure than those on the dummy gel.", "en",
     "FAITH-COMPARISON"),
    ("Quienes tomaron la pastilla durmieron peor que con placebo.",
     "Quienes tomaron la pastilla durmieron mejor que con placebo.", "es", "FAITH-COMPARISON"),
    ("Headaches were uncommon.", "Headaches were frequent.", "en", "FAITH-NUMBER"),
    ("Most users felt calmer.", "Everyone felt calmer.", "en", "FAITH-NUMBER"),
    ("Algunas personas notaron mareos.", "Muchas personas notaron mareos.", "es",
     "FAITH-NUMBER"),
    ("Take it with food.", "Take it on an empty stomach.", "en", "FAITH-POPULATION"),
    ("Tómelo por la mañana.", "Tómelo por la noche.", "es", "FAITH-POPULATION"),
    ("You may drive home if a nurse says you are fit to.", "You may drive home.", "en",
     "FAITH-POLARITY"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "code"), MOVED, ids=lambda v: str(v)[:30])
def test_a_word_moved_along_its_scale_is_blocked(quote: str, text: str, lang: str, code: str):
    assert code in codes(quote, text, lang, "self-medication")


KEPT = hand_pairs("scale-kept", "quote", "text", "lang")


@pytest.mark.parametrize(("quote", "text", "lang"), KEPT, ids=lambda v: str(v)[:30])
def test_the_same_place_on_the_scale_passes(quote: str, text: str, lang: str):
    assert faith.check_rewrite(quote, text, lang, "self-medication") == []


def test_results_are_kept_per_input_until_the_rulebook_reloads():
    """compare() keeps each result (the editor re-checks every item after each edit); a
    reloaded rulebook makes them stale."""
    from summarizer import rulebook

    quote, text = "Take one capsule once a week.", "Take one capsule every day."
    first = faith.compare(text, quote, "en", kind="self-medication")
    hits = faith._compare.cache_info().hits
    assert faith.compare(text, quote, "en", kind="self-medication") == first
    assert faith._compare.cache_info().hits == hits + 1
    rulebook._language_data.cache_clear()
    rulebook.language.cache_clear()
    misses = faith._compare.cache_info().misses
    assert faith.compare(text, quote, "en", kind="self-medication") == first
    assert faith._compare.cache_info().misses == misses + 1


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("Apply the patch every three days.", "en", 3.0),
    ("You get the shot once every 4 weeks.", "en", 28.0),
    ("Take it twice a day.", "en", 0.5),
    ("Tome el jarabe 2 veces cada día.", "es", 0.5),  # not "cada día" (1)
    ("Tome una cápsula una vez a la semana.", "es", 7.0),
    ("Use it every other day.", "en", 2.0),
])
def test_how_often_is_read_as_days_between_two_times(text: str, lang: str, days: float):
    from summarizer.gate.scales import periods

    assert list(periods(text, lang).values()) == [days]
