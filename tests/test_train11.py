"""The notice model reads a sentence's neighbours (session 11): "Take it only with your
doctor's care." followed by "They will check your blood pressure every week." is a
supervision notice the first sentence alone hardly says. Training and detection must
hand the model the same neighbours, and a reader of an isolated sentence (the gate's
stated_kinds) none."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from rules_helpers import training_script

from summarizer.learned import notices
from summarizer.learned.features import NEXT, PREV, features, neighbours
from summarizer.model import Sentence, Span
from summarizer.sources import disclaimers
from summarizer.sources.disclaimers import find_disclaimers, sentence_kinds
from summarizer.sources.segment import segment_full

REPO = Path(__file__).resolve().parents[1]
KINDS = ["regulatory", "supervision", "self-medication", "side-effects"]




@pytest.fixture
def reads_next(tmp_path, monkeypatch):
    """A model that reads supervision only where the next sentence says "rings"."""
    path = tmp_path / "next.json"
    path.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": KINDS, "context": [NEXT],
        "kinds": {k: {"bias": -1.0, "threshold": 0.0} for k in KINDS},
        "weights": {NEXT + "rings": [0.0, 3.0, 0.0, 0.0], "tablets": [0.0, 0.5, 0.0, 0.0]},
    }), encoding="utf-8")
    monkeypatch.setenv(notices.ENV, str(path))
    return path


def test_a_neighbours_words_and_stems_are_marked_and_its_pairs_left_out():
    feats = features("Take the tablets.", "en", "Read this first.", "A nurse checks you.")
    assert {f for f in feats if f.startswith(NEXT)} == {
        NEXT + "a", NEXT + "nurse", NEXT + "checks", NEXT + "check…", NEXT + "you"}
    assert {f for f in feats if f.startswith(PREV)} == {
        PREV + "read", PREV + "this", PREV + "first"}
    assert features("Take the tablets.", "en") == [
        f for f in feats if not f.startswith((NEXT, PREV))]


def test_neighbours_are_the_sentences_beside_it_in_its_paragraph_and_no_heading():
    texts = ["Dosing", "Take one.", "A nurse checks you.", "Other topic."]
    sents = [Sentence(Span(0, 1), t, heading=(i == 0)) for i, t in enumerate(texts)]
    block_of = [0, 0, 0, 1]
    assert neighbours(sents, block_of, 1) == ("", "A nurse checks you.")  # a heading
    assert neighbours(sents, block_of, 2) == ("Take one.", "")  # another paragraph
    assert neighbours(sents, block_of, 3) == ("", "")


def test_detection_hands_the_model_the_next_sentence_of_the_paragraph(reads_next):
    notice = "Take the tablets only as your clinic says."
    together = f"{notice} The clinic rings you each Monday.\n\nThe shop opens at nine."
    apart = f"{notice}\n\nThe clinic rings you each Monday."
    found = {}
    for name, text in (("together", together), ("apart", apart)):
        seg = segment_full(text, "txt")
        got, _ = find_disclaimers("s", text, seg.sentences, seg.block_of, "US")
        found[name] = [d.quote for d in got if d.kind == "supervision"]
    assert found == {"together": [notice], "apart": []}
    # the cue is the sentence's own words, never the neighbour's
    assert sentence_kinds(notice, "en", after="She rings you.")[0][1].words == (
        "tablets",)


def test_a_sentence_read_alone_gets_no_neighbours_words(reads_next):
    """The gate reads a quote and its rewrite alone (stated_kinds): the same sentence,
    without the neighbour that made it a notice in its source, is no notice there."""
    notice = "Take the tablets only as your clinic says."
    assert disclaimers.stated_kinds(notice, "en") == frozenset()
    assert [k for k, _ in sentence_kinds(notice, "en", after="She rings you.")] == [
        "supervision"]


def test_a_model_without_context_ignores_the_neighbours(tmp_path, monkeypatch):
    path = tmp_path / "plain.json"
    path.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": KINDS,
        "kinds": {k: {"bias": -1.0, "threshold": 0.0} for k in KINDS},
        "weights": {NEXT + "rings": [0.0, 3.0, 0.0, 0.0]},
    }), encoding="utf-8")
    monkeypatch.setenv(notices.ENV, str(path))
    assert notices.current().neighbours("Before.", "She rings you.") == ("", "")
    assert sentence_kinds("Take them.", "en", after="She rings you.") == ()


def test_training_rows_carry_the_neighbours_detection_reads(tmp_path, monkeypatch):
    """A labelled article read by the training script: each sentence's before/after are
    what find_disclaimers hands the model for it (features.neighbours of one analysis)."""
    training = training_script()
    folder = tmp_path / "toy"
    folder.mkdir()
    text = ("Take the tablets only as your clinic says. A nurse checks your blood every "
            "week.\n\nThe shop opens at nine on weekdays.\n")
    (folder / "en-toy.txt").write_text(text, encoding="utf-8")
    (folder / "en-toy.toml").write_text(
        'region = "US"\n[[notices]]\nkind = "supervision"\n'
        'text = "A nurse checks your blood every week."\n', encoding="utf-8")
    monkeypatch.setattr(training, "DATA", tmp_path)
    monkeypatch.setenv(notices.ENV, "off")  # labelled_rows sets it: put back after the test
    rows = training.labelled_rows(["toy"])
    assert [(r.text, r.before, r.after) for r in rows] == [
        ("Take the tablets only as your clinic says.", "",
         "A nurse checks your blood every week."),
        ("A nurse checks your blood every week.",
         "Take the tablets only as your clinic says.", ""),
        ("The shop opens at nine on weekdays.", "", ""),
    ]
    assert [r.gold for r in rows] == [frozenset(), {"supervision"}, frozenset()]
    assert rows[0].features() == features(rows[0].text, "en", "", rows[0].after)


def test_the_quick_harness_scores_each_folder_with_a_model_trained_without_it(
        capsys, monkeypatch):
    """cv_notice_model.py --sentences: one model per test folder, trained on the others;
    the rules' column is the rules' own detections, whatever the model says."""
    pytest.importorskip("sklearn")
    training_script()
    spec = importlib.util.spec_from_file_location(
        "cv_notice_model", REPO / "scripts" / "cv_notice_model.py")
    assert spec and spec.loader
    cv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cv)
    training = cv.training  # the module the harness reads
    monkeypatch.setattr(training, "KINDS", ("supervision",))  # the only kind labelled here
    sup = frozenset({"supervision"})
    rows = [training.Row(folder, f"{folder}{i}", "en", text, gold, rules, sup)
            for folder in ("a", "b") for i in range(3)
            for text, gold, rules in (
                ("Only take it with your doctor watching you closely.", sup, frozenset()),
                ("Ask your doctor to watch you closely during the first week.", sup, sup),
                ("The shop opens at nine on weekdays.", frozenset(), frozenset()))]
    got = cv.sentence_level(["a", "b"], rows)
    assert got["rules"]["supervision"] == [6, 6, 6, 12]  # (true, said, found, expected)
    model = got["model"]["supervision"]
    assert model[0] >= 6 and model[3] == 12 and model[1] <= 12  # rules kept, no shop
    assert "| pooled | supervision |" in capsys.readouterr().out
