"""Session 13's notice model: it can speak against a side effect (a benefit is no harm),
the seeds keep their real side-effect notices, and how-to-use instructions read as
self-medication."""

from __future__ import annotations

import pytest

from conftest import seed
from summarizer.learned import notices
from summarizer.sources.analyze import analyze_source
from summarizer.sources.load import load_source


@pytest.fixture
def shipped(monkeypatch):
    monkeypatch.delenv(notices.ENV, raising=False)
    return notices.current()


def _notices(prefix: str, kind: str) -> list[str]:
    """The sentences of seed `prefix` the analysis marks as `kind` (rules + model)."""
    src = load_source(seed(prefix))
    an = analyze_source(prefix, src)
    return [src.text[d.span.start:d.span.end] for d in an.disclaimers if d.kind == kind]


def test_a_benefit_of_the_treatment_is_no_side_effect_notice(shipped):
    """Seed 003: "ketamine can alleviate depression and anxiety symptoms within hours or
    days of a single infusion" is what the treatment does for the reader, not a harm; the
    session-12 model read it as a side effect (cue words: even, hours, infusion)."""
    assert shipped is not None
    found = _notices("003", "side-effects")
    assert not [t for t in found if "alleviate depression" in t]


@pytest.mark.parametrize(("prefix", "words"), [
    ("000", "the potential toxic side effects of ketamine"),
    ("001", "can lead to unwanted side effects, including dissociation"),
    ("001", "potential side effects"),
    ("002", "has the potential for addiction"),
    ("003", "some may experience side effects such as nausea"),
    ("003", "can cause dissociative or hallucinogenic effects"),
])
def test_the_seeds_keep_their_real_side_effect_notices(shipped, prefix, words):
    """The six side-effect notices of the seeds (session 9 lost four of them to a veto at
    -5): whatever speaks against a side effect must not speak against these."""
    assert any(words in t for t in _notices(prefix, "side-effects"))
