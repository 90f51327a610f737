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


def _kinds(sentence: str, lang: str = "en") -> dict[str, tuple[str, tuple[str, ...]]]:
    from summarizer.sources.disclaimers import sentence_kinds

    return {k: (c.tag, c.words) for k, c in sentence_kinds(sentence, lang)}


@pytest.mark.parametrize(("sentence", "lang", "relieved", "pairs"), [
    ("It can alleviate depression and anxiety.", "en", {"↓", "↓depre…", "↓and", "↓anxie…"},
     {"can ↓"}),
    ("It can irritate the skin.", "en", set(), set()),
    ("Le charbon soulage vite les crampes.", "fr", {"↓", "↓vite", "↓les", "↓cramp…"}, set()),
    ("Es lindert die Krämpfe.", "de", {"↓", "↓die", "↓krämp…"}, set()),
    # "easy" and "treatment" are no relief: "treatment" opens every kind of sentence
    ("It is easy to take, and the treatment can cause nausea.", "en", set(), set()),
])
def test_a_relief_marks_the_words_after_it(sentence, lang, relieved, pairs):
    """"can alleviate depression" is what a treatment does for the reader; marked, its
    symptom is another cue than the harm of "can cause depression"."""
    from summarizer.learned.features import features

    feats = features(sentence, lang, known=frozenset({"can", "it", "is", "to", "the"}))
    assert {f for f in feats if f.startswith("↓") and " " not in f} == relieved
    # in the skeleton, an unknown word of relief is "↓", not "_": "can ↓" is no "can _"
    assert pairs <= set(feats)
    if sentence.startswith("It can"):  # "can alleviate" is no "can irritate"
        assert ("can _" in feats) is not bool(pairs)


def test_the_first_word_of_a_sentence_is_a_feature_of_its_own():
    """An order opens the sentence ("Take the tablets with food"); "you take" is told
    otherwise."""
    from summarizer.learned.features import features

    assert "^take" in features("Take the tablets with food.", "en")
    assert "^take" not in features("Most people take the tablets with food.", "en")
    assert not [f for f in features("2 drops a day.", "en") if f.startswith("^")]


@pytest.fixture
def against(tmp_path, monkeypatch):
    """A model whose side effects have an against model: "cramps went" is a relief told
    (-3 against), "alleviate" one too; the kind's own score finds "sting" and
    "alleviate" (both above the threshold)."""
    import json

    path = tmp_path / "against.json"
    order = ["regulatory", "supervision", "self-medication", "side-effects",
             "side-effects" + notices.AGAINST]
    kinds = {k: {"bias": -5.0, "threshold": 0.0} for k in order[:3]}
    kinds["side-effects"] = {"bias": -5.0, "threshold": 0.0,
                             "against": {"bias": 1.0, "veto": 0.0}}
    path.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": order, "kinds": kinds,
        "weights": {"cramps went": [0.0, 0.0, 0.0, 0.0, -4.0],
                    "sting": [0.0, 0.0, 0.0, 9.0, 0.0],
                    "alleviate": [0.0, 0.0, 0.0, 9.0, -4.0],
                    "side effects": [0.0, 0.0, 0.0, 0.0, -4.0]},
    }), encoding="utf-8")
    monkeypatch.setenv(notices.ENV, str(path))
    return path


def test_the_against_model_speaks_against_a_rule_mark_and_the_model_alike(
        against, monkeypatch):
    told = "My cramps went from daily to twice a week."  # a relief told
    named = "My cramps went, but side effects such as a rash came."  # a cue naming them
    relief = "The gel can alleviate the itching within hours."
    found = "The drops can sting for a minute."
    model = notices.current()
    assert model.kinds["side-effects"].against == 4
    assert model.read(told, "en").doubts == {"side-effects"}
    assert "side-effects" not in _kinds(told)  # the rules' mark ("cramps"), vetoed
    assert "side-effects" in _kinds(named)  # a cue naming side effects stays
    assert "side-effects" not in _kinds(relief)  # the model's own reading, vetoed
    assert "side-effects" in _kinds(found)
    monkeypatch.setenv(notices.ENV, "off")
    assert "side-effects" in _kinds(told)  # the rules alone mark it


def test_the_shipped_model_has_the_against_model_the_training_script_trains(shipped):
    from test_learned_notices import _training_script

    training = _training_script()
    assert {k: km.against_veto for k, km in shipped.kinds.items() if km.against >= 0} == (
        training.AGAINST_VETOES)


def test_a_cue_shows_the_sentences_own_words_not_the_models_marks(tmp_path, monkeypatch):
    """The editor shows why the model found a notice: "^shake" (the first word) and
    "↓cramp…" (a word after a relief) are the model's notation; the reader sees "shake"
    and "cramps", and never "↓" or "can ↓"."""
    import json

    path = tmp_path / "marks.json"
    kinds = ["regulatory", "supervision", "self-medication", "side-effects"]
    path.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": kinds,
        "kinds": {k: {"bias": -1.0, "threshold": 0.0} for k in kinds},
        "weights": {"^shake": [0.0, 0.0, 3.0, 0.0], "↓": [0.0, 0.0, 2.0, 0.0],
                    "can ↓": [0.0, 0.0, 2.5, 0.0], "↓cramp…": [0.0, 0.0, 1.0, 0.0]},
    }), encoding="utf-8")
    monkeypatch.setenv(notices.ENV, str(path))
    assert notices.model_kinds("Shake it well, it can ease cramps.", "en") == (
        ("self-medication", ("shake", "cramps")),)


HOW_TO_USE = ["Take the tablets with food.", "Clean the splint every morning.",
              "Replace the bottle every three months.", "Use it for 20 minutes twice a day.",
              "Shake the inhaler well before each puff.", "Rinse your mouth after each use."]


def test_how_to_use_instructions_are_self_medication(shipped):
    """Convention (g): a positive instruction the patient carries out alone is a
    self-medication notice. The rules (rules15) read most; the model learned them too from
    the labels (its first-word feature "^take"): it reads all but one or two on its own
    ("Clean the splint every morning": -2.1 with session 13's threshold, -1; since session
    16 cross-validation chose -0.69 and "Rinse your mouth after each use" falls below it
    too, both still read by the rules), and finds "Shake the inhaler well before each
    puff", which no rule reads."""
    assert all("self-medication" in _kinds(s) for s in HOW_TO_USE)
    read = [s for s in HOW_TO_USE if "self-medication" in dict(shipped.kinds_of(s, "en"))]
    assert len(read) >= len(HOW_TO_USE) - 2
    assert _kinds(HOW_TO_USE[4])["self-medication"][0] == "learned"
