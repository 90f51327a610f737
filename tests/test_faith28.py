"""Faithfulness fixes of the faith28 session: how many and how often read by meaning in
faithful plain-language rewrites of the labelled folders, while the changes they stand
beside stay blocked.

- "a few" for a quote's "some" beside its "often" is the same band (few/some);
- "the commonest" is "the most common", "less common" is a compared frequency as "less
  often" is, "plus fréquent" as "plus souvent";
- "un peu" (a little) is a degree, "pour toujours" (forever) a duration, "beaucoup plus"
  a degree: no count of people ("un peu moins épaisses" still says a small effect);
- "once an hour", "once a day" for a quote's period: how often, compared by period, not a
  duration of one hour ("every hour" is a period too).
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids, rewrite

PASS = [
    ("train25", "Sweating is common with pilocarpine, and a few people"),
    ("train20", "A few people with severe COPD get a nebuliser"),
    ("train14", "The most common side effects are headache, nausea"),
    ("train19", "Hives, vomiting or coughing after a dose are less common"),
    ("heldout17", "Dans les essais contre placebo, la tamsulosine soulage un peu"),
    ("train25", "L'enfant doit recracher sans se rincer"),
    ("train17", "Residents at high risk of falling have a mat by the bed"),
]


@pytest.mark.parametrize(("folder", "start"), PASS, ids=ids)
def test_a_restated_quantity_passes(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert faithful
    assert not blocked(quote, text, lang, kind)


def test_the_changes_beside_them_stay_blocked():
    quote, text, lang, kind, _ = rewrite("train25", "Sweating is common with pilocarpine")
    assert blocked(quote, text.replace("a few people", "nobody"), lang, kind)
    assert blocked(quote, text.replace("Sweating is common", "Sweating is rare"), lang, kind)
    quote, text, lang, kind, _ = rewrite(
        "train19", "Hives, vomiting or coughing after a dose are less common"
    )
    assert blocked(quote, text.replace("less common", "more common"), lang, kind)
    quote, text, lang, kind, _ = rewrite("train17", "Residents at high risk of falling have a mat")
    assert blocked(quote, text.replace("once an hour", "once a week"), lang, kind)
    quote, text, lang, kind, _ = rewrite("train25", "L'enfant doit recracher sans se rincer")
    assert blocked(
        quote, text.replace("en avaler beaucoup et souvent", "en avaler toujours"), lang, kind
    )


BLOCK = [
    # "un peu moins épaisses" (a small effect) printed as no effect at all
    ("train18", "Dans l'essai, le gel de silicone n'a eu aucun effet"),
    # "less common" printed as "more common"
    ("train24", "Remission became more common the longer"),
]


@pytest.mark.parametrize(("folder", "start"), BLOCK, ids=ids)
def test_an_unfaithful_rewrite_is_blocked(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert not faithful
    assert blocked(quote, text, lang, kind)
