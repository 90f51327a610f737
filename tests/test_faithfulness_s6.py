"""Faithfulness, session 6: the mechanisms behind heldout8's misses and those of the
first fresh batch of this session (tests/data/faith_s6_fresh.toml), each in sentences of
our own (none from a held-out set), written failing before the change that fixed it.

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


# --------------------------------------------------------------------------- null results
# A trial that found no difference printed as one that found an effect: the result words
# were "the same scores", "no different between the groups", "no overall rise in".

Q_SAME = ("In the trial, 80 people took the tablets or dummy pills for six months, and the "
          "two groups ended up with the same scores for fatigue.")
NULL_RESULT = [
    (Q_SAME, "Six months of the tablets lowered fatigue compared with dummy pills.", "en", True),
    (Q_SAME, "After six months, fatigue scores were the same with the tablets and the dummy "
     "pills.", "en", False),
    ("The share of people who slept through the night was no different between the groups.",
     "Many more people on the spray slept through the night.", "en", True),
    ("The share of people who slept through the night was no different between the groups.",
     "About as many people slept through the night with the spray as with the dummy spray.",
     "en", False),
    ("A review of 15 studies of 40,000 people found no overall increase in heart attacks.",
     "A review of 15 studies of 40,000 people found that the drug increased heart attacks.",
     "en", True),
    ("A review of 15 studies of 40,000 people found no overall increase in heart attacks.",
     "Looking at 15 studies of 40,000 people, the drug did not increase heart attacks overall.",
     "en", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "unfaithful"), NULL_RESULT, ids=_ids)
def test_a_null_result_printed_as_an_effect_is_blocked(quote, text, lang, unfaithful):
    assert blocked(quote, text, lang, "randomized-controlled") is unfaithful


NULL_RESULT_OTHER_LANGUAGES = [
    ("En el ensayo, los dos grupos terminaron con las mismas puntuaciones de cansancio.",
     "En el ensayo, las pastillas redujeron el cansancio en comparación con el placebo.", "es"),
    ("Dans l'essai, les deux groupes ont eu les mêmes scores de fatigue.",
     "Dans l'essai, les comprimés ont réduit la fatigue par rapport au placebo.", "fr"),
    ("In der Studie hatten beide Gruppen die gleichen Werte für Müdigkeit.",
     "In der Studie senkte die Tablette die Müdigkeit im Vergleich zu Placebo.", "de"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), NULL_RESULT_OTHER_LANGUAGES, ids=_ids)
def test_a_null_result_printed_as_an_effect_is_blocked_in_every_language(quote, text, lang):
    assert blocked(quote, text, lang, "randomized-controlled")
