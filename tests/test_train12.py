"""The notice model reads a sentence's skeleton (session 12): the words many areas use
stay themselves, every other word is "_", so "see an audiologist within a week" and "see
an ophthalmologist within a week" share the cues "an _" and "_ within" a model trained
on neither area's words can have learned. Training and detection read the same skeleton:
the one the model file ships."""

from __future__ import annotations

import json

import pytest
from rules_helpers import training_script

from summarizer.learned import notices
from summarizer.learned.features import OTHER, features, skeleton_pairs, tokens
from summarizer.sources.disclaimers import sentence_kinds

KINDS = ["regulatory", "supervision", "self-medication", "side-effects"]
KNOWN = frozenset({"see", "an", "within", "a", "week", "if", "it", "hurts", "<num>"})


@pytest.fixture
def skeleton_model(tmp_path, monkeypatch):
    """A model whose only supervision cue is the skeleton pair "an _": seeing someone
    the skeleton does not name."""
    path = tmp_path / "skeleton.json"
    path.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": KINDS,
        "skeleton": sorted(KNOWN - {"<num>"}),
        "kinds": {k: {"bias": -1.0, "threshold": 0.0} for k in KINDS},
        "weights": {"an _": [0.0, 2.0, 0.0, 0.0], "see": [0.0, 0.5, 0.0, 0.0]},
    }), encoding="utf-8")
    monkeypatch.setenv(notices.ENV, str(path))
    return path


def test_two_areas_words_give_one_skeleton():
    ears = features("See an audiologist within a week if it hurts.", "en", known=KNOWN)
    eyes = features("See an ophthalmologist within a week if it hurts.", "en", known=KNOWN)
    shared = {f for f in set(ears) & set(eyes) if OTHER in f.split(" ")}
    assert shared == {"an _", "_ within"}
    assert "audiologist" in ears and "audiologist" not in eyes  # the words stay too


def test_a_pair_of_known_words_or_a_number_is_no_skeleton_pair():
    toks = tokens("See a GP within 2 days.")
    assert skeleton_pairs(toks, KNOWN) == ["a _", "_ within", "<num> _"]
    # without a skeleton (a model file from before session 12), the features are as before
    assert not any(OTHER in f.split(" ") for f in features("See a GP within 2 days.", "en"))


def test_the_skeleton_is_the_words_a_third_of_the_folders_use():
    training = training_script()
    rows = [training.Row(folder, "a", "en", text, frozenset(), frozenset(), frozenset())
            for folder, text in (("f1", "See a GP soon."), ("f2", "See an audiologist."),
                                 ("f3", "See the ophthalmologist."), ("f4", "A GP, 2 days."),
                                 ("f5", "Rest."), ("f6", "Rest."))]
    assert training.skeleton(rows) == frozenset({"see", "a", "gp", "rest"})  # 2 of 6
    known = training.skeleton(rows)
    assert "see _" in rows[1].features(known) and "see _" not in rows[1].features()


def test_the_model_reads_the_skeleton_its_file_ships(skeleton_model):
    model = notices.current()
    assert model.skeleton == KNOWN - {"<num>"}
    # "an _" (2.0) + "see" (0.5) - 1.0 > 0 for a word the model never read
    score, cue = model.score("supervision", "See an otorhinolaryngologist.", "en")
    assert score == pytest.approx(1.5)
    assert cue == ("see",)  # the sentence's own words: "an _" is none of them
    kinds = {k: c.words for k, c in sentence_kinds("See an otorhinolaryngologist.", "en")}
    assert kinds.get("supervision") == ("see",)
    assert model.score("supervision", "See the otorhinolaryngologist.", "en")[0] < 0


def test_the_shipped_model_ships_a_skeleton_of_common_words(monkeypatch):
    monkeypatch.delenv(notices.ENV, raising=False)
    shipped = notices.current()
    assert {"doctor", "if", "your", "médico", "arzt"} <= shipped.skeleton
    assert 300 < len(shipped.skeleton) < 3000
    assert any(OTHER in f.split(" ") for f in shipped.weights)
