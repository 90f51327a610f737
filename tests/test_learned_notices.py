"""The trained notice model: shipped in step with its training files, finding notices
worded in ways no rule knows, and never overruling the rules' vetoes."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from summarizer.learned import notices
from summarizer.learned.features import features
from summarizer.sources.disclaimers import LEARNED, find_disclaimers, sentence_kinds
from summarizer.sources.segment import segment_full

REPO = Path(__file__).resolve().parents[1]


def _training_script():
    spec = importlib.util.spec_from_file_location(
        "train_notice_model", REPO / "scripts" / "train_notice_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_notice_model", module)
    spec.loader.exec_module(module)
    return module


def _kinds(sentence: str, lang: str = "en") -> dict[str, tuple[str, tuple[str, ...]]]:
    return {k: (c.tag, c.words) for k, c in sentence_kinds(sentence, lang)}


@pytest.fixture
def shipped(monkeypatch):
    monkeypatch.delenv(notices.ENV, raising=False)
    return notices.current()


@pytest.fixture
def always(tmp_path, monkeypatch):
    """A model that reads every English sentence as every kind: only vetoes stop it."""
    path = tmp_path / "always.json"
    kinds = ["regulatory", "supervision", "self-medication", "side-effects"]
    path.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": kinds,
        "kinds": {k: {"bias": 5.0, "threshold": 0.0} for k in kinds},
        "weights": {"the": [1.0, 1.0, 1.0, 1.0]},
    }), encoding="utf-8")
    monkeypatch.setenv(notices.ENV, str(path))
    return path


def test_the_shipped_model_was_trained_on_the_current_training_files(shipped):
    training = _training_script()
    trained = shipped.trained_on
    assert trained["folders"] == sorted(training.FOLDERS)
    # released (sessions 10, 11, 12)
    assert {"heldout13", "heldout14", "heldout15", "heldout16"} <= set(trained["folders"])
    assert {"train5", "train6", "train7"} <= set(trained["folders"])  # sessions 8, 9, 10
    assert not set(training.NEVER_READ) & set(trained["folders"])  # heldout23: never read
    assert trained["sha256"] == notices.files_sha256(training.DATA, trained["folders"]), (
        "the labelled corpora changed: run scripts/train_notice_model.py")
    assert set(shipped.kinds) == set(training.KINDS)
    assert all(k.threshold < 1e9 for k in shipped.kinds.values())
    # each kind's threshold is cross-validation's, never below that kind's floor
    assert all(shipped.kinds[k].threshold >= floor for k, floor in training.FLOORS.items())
    # nor above its ceiling (regulatory: a faithful rewrite's "has said no to", -1.07)
    assert all(shipped.kinds[k].threshold <= top for k, top in training.CEILINGS.items())
    assert set(training.FLOORS) == set(training.KINDS)


@pytest.mark.parametrize("folder", [
    "heldout23", "tests/data/heldout23/", "../data/heldout23"])
def test_the_training_script_refuses_the_held_out_folder_before_reading_it(
        tmp_path, monkeypatch, folder):
    """heldout23 is held out for the lead's measurement: the script stops on its name,
    before any file is opened (DATA points at an empty folder here, so a read would fail
    with another error), for training, cross-validation and the untouched-rules script."""
    training = _training_script()
    monkeypatch.setattr(training, "DATA", tmp_path)
    assert training.NEVER_READ == ("heldout23",)
    assert "heldout16" in training.FOLDERS  # released after session 13: training data now
    for call in (lambda: training.labelled_rows([folder]),
                 lambda: training.train(["corpus", folder])):
        with pytest.raises(SystemExit, match="held out"):
            call()
    monkeypatch.setattr(training, "FOLDERS", (*training.FOLDERS, folder))
    with pytest.raises(SystemExit, match="held out"):
        training.main(["--out", str(tmp_path / "model.json")])
    assert not (tmp_path / "model.json").exists()


def test_the_cross_validation_scripts_refuse_the_held_out_folder(tmp_path, monkeypatch):
    """scripts/cv_notice_model.py and cv_untouched_rules.py test a folder they name:
    heldout23 is refused there too, by name, before anything is trained or read."""
    _training_script()
    for script, argv in (("cv_notice_model.py", ["--folder", "heldout23"]),
                         ("cv_untouched_rules.py", ["heldout23", "HEAD"])):
        spec = importlib.util.spec_from_file_location(
            script.removesuffix(".py"), REPO / "scripts" / script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        monkeypatch.setattr(module.training, "DATA", tmp_path)
        assert "heldout23" not in getattr(module, "TEST_FOLDERS", ())
        with pytest.raises(SystemExit, match="held out"):
            module.main(argv)


def test_no_test_benchmark_or_script_names_the_held_out_folder_but_to_refuse_it():
    """Only the lead measures heldout23 (benchmarks/honesty.py --corpus, given on the
    command line): no file of the repository's code names it, except the training scripts
    that refuse it and this test file."""
    training = _training_script()
    allowed = {REPO / "scripts" / "train_notice_model.py", Path(__file__).resolve(),
               REPO / "scripts" / "train_faith_model.py",  # (refuses it too: session 11)
               REPO / "tests" / "test_faith15.py"}  # (asserts it never reads it: session 13)
    named = [p.relative_to(REPO).as_posix()
             for folder in ("summarizer", "tests", "benchmarks", "scripts")
             for p in sorted((REPO / folder).glob("*.py")) + sorted(
                 (REPO / folder).glob("*/*.py"))
             if p.resolve() not in allowed and any(
                 name in p.read_text(encoding="utf-8") for name in training.NEVER_READ)]
    assert named == []
    assert (REPO / "Makefile").read_text(encoding="utf-8").count("heldout23") == 0


def test_features_are_words_pairs_numbers_negated_words_and_language():
    assert features("Wait 2 hours, don't drive.", "en") == [
        "wait", "<num>", "hours", "don't", "drive",
        "wait <num>", "<num> hours", "hours don't", "don't drive", "¬drive", "^wait",
        "lang=en"]


@pytest.mark.parametrize(("sentence", "lang", "negated", "plain"), [
    # a negation marks the next three words (stemmed): "do not stop" is not "stop"
    ("Do not stop the tablets on your own.", "en", {"¬stop", "¬the", "¬table…"}, {"own"}),
    ("It never caused any problems for me.", "en", {"¬cause…", "¬any", "¬probl…"},
     {"for", "me"}),
    ("No la dejes de golpe sin hablar con tu médico.", "es",
     {"¬la", "¬dejes", "¬de", "¬habla…", "¬con", "¬tu"}, {"golpe", "médico"}),
    ("Ne l'arrêtez jamais brutalement.", "fr", {"¬l'arr…", "¬bruta…"}, set()),
    ("Setzen Sie es nicht ohne Rücksprache ab.", "de", {"¬rücks…", "¬ab"}, {"setzen"}),
    ("Take it with food in the morning.", "en", set(), {"take", "food"}),
])
def test_words_after_a_negation_are_marked_as_negated(sentence, lang, negated, plain):
    feats = features(sentence, lang)
    assert {f for f in feats if f.startswith("¬")} == negated
    assert plain <= set(feats) and not {"¬" + w for w in plain} & set(feats)


def test_a_negated_cue_is_shown_as_the_sentences_own_word(tmp_path, monkeypatch):
    """The editor shows the model's strongest words; a negation mark or a stem is the
    model's notation, not a word of the sentence."""
    path = tmp_path / "neg.json"
    kinds = ["regulatory", "supervision", "self-medication", "side-effects"]
    path.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": kinds,
        "kinds": {k: {"bias": -1.0, "threshold": 0.0} for k in kinds},
        "weights": {"¬stop": [0.0, 0.0, 3.0, 0.0], "¬table…": [0.0, 0.0, 1.0, 0.0]},
    }), encoding="utf-8")
    monkeypatch.setenv(notices.ENV, str(path))
    assert notices.model_kinds("Do not stop the tablets on your own.", "en") == (
        ("self-medication", ("stop", "tablets")),)
    assert notices.model_kinds("Stop the tablets on your own.", "en") == ()


def test_a_longer_word_also_counts_by_its_stem_across_inflections_and_languages():
    """"supervised", "supervisión" and "Supervision" share one feature, so a wording the
    training articles inflected otherwise, or wrote in another language, still counts."""
    stems = [{f for f in features(s, lang) if f.endswith("…")} for s, lang in (
        ("Dosing is supervised.", "en"), ("Bajo supervisión médica.", "es"),
        ("Supervision durch Fachleute.", "de"))]
    assert all("super…" in s for s in stems)
    assert "dosin…" in stems[0] and "is" not in " ".join(stems[0])  # short words: none


@pytest.mark.parametrize(("sentence", "kind"), [
    # a heldout6 miss the rules still miss, and wordings like the misses the rules now
    # read (session 6: "leave the car keys alone", "not be let go home until", "skip the
    # gym that day"; heldout6 and heldout8 are training data now): this shows the model
    # learned them where no rule cue is, not that it generalises; the honest measure of
    # that is the leave-one-folder-out figures (benchmarks/README.md)
    ("Families are asked to speak up if a loved one starts spending or betting in a way "
     "that is not like them.", "supervision"),
    # session 6's "Stay close to home for the rest of the day.", found then, lost in
    # session 7 (0.25), found in session 9 (0.67), is lost again since train8 .. train10
    # joined (-0.64, floor 0.75); "Stay near home for the rest of the day after the
    # dose.", found from session 7 (session 10: 1.11), is lost since train11 .. train14
    # and session 11's label decisions (-0.17, floor 0.5): one wording is not evidence the
    # model keeps; the leave-one-folder-out figures are (benchmarks/README.md)
])
def test_the_model_finds_a_notice_no_rule_words(shipped, monkeypatch, sentence, kind):
    monkeypatch.setenv(notices.ENV, "off")
    assert kind not in _kinds(sentence)  # the rules alone miss it
    monkeypatch.delenv(notices.ENV)
    tag, words = _kinds(sentence)[kind]
    assert tag == LEARNED
    assert words and all(w in features(sentence, "en") for w in words)  # why, in its words


def test_a_regulatory_notice_the_rules_miss_is_found_with_the_regions_regulator(shipped):
    """heldout6's miss in other words (the rules now read the original): no regulator
    named, "no one" denies. (No country named before the status: since session 7 the
    rules read "In Canada, … no one has ever authorized…" themselves.)"""
    notice = ("NAC sits on the shelf as a natural health product, and no one has "
              "ever authorized its sale as a treatment for hair pulling.")
    text = f"NAC is an amino acid. {notice} Never buy NAC capsules from a website."
    seg = segment_full(text, "txt")
    found, not_claims = find_disclaimers("s", text, seg.sentences, seg.block_of, "CA")
    (reg,) = [d for d in found if d.kind == "regulatory"]
    assert reg.quote == notice and reg.regulator == "Health Canada"
    # the cue is the strongest words, as the sentence spells them (which ones moves with
    # each retraining: with train7, "as a", "product", "treatment for"; "authorized" 5th)
    words = reg.cues[0].words
    assert reg.cues[0].tag == LEARNED and words and all(w in notice.lower() for w in words)
    assert notices.why_learned(reg.cues) == f"found by the trained model: {', '.join(words)}"
    rule_found = [d for d in found if d.cues and d.cues[0].tag != LEARNED]
    assert rule_found and all(notices.why_learned(d.cues) == "" for d in rule_found)
    assert 1 in not_claims  # a notice is not offered as a claim as well


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The new capsule reduces side effects for most people.", "side-effects"),
    ("The tablets do not cause memory loss.", "side-effects"),
    ("In rats, it reversed memory problems and anxiety.", "side-effects"),
    # a clinician who only tells the reader how (session 14: a retrained model read it as
    # supervision, 0.62): told, not watched; "when to lower" stays supervision (rules)
    ("Your doctor will tell you how to lower the dose.", "supervision"),
])
def test_the_rules_still_veto_what_the_model_says(always, sentence, kind):
    assert kind not in _kinds(sentence)


def test_the_vetoes_leave_other_sentences_to_the_model(always):
    got = _kinds("The clinic opened in 2019 and now has four rooms.")
    assert set(got) == {"supervision", "side-effects"}  # self-medication is an order
    assert {tag for tag, _ in got.values()} == {LEARNED}
    assert "self-medication" in _kinds("Never give the drops to your dog.")


def test_a_description_of_people_is_no_self_medication_whatever_the_model(always):
    assert "self-medication" not in _kinds("Patients who do not stop smoking recover slowly.")


@pytest.fixture
def sure_of_swallowing(tmp_path, monkeypatch):
    """A model that reads self-medication in every English sentence (score 1, above its
    threshold 0), and scores it 5 wherever "swallowed" stands: above its "untold"
    threshold (3), the bar where the rules find nobody told anything."""
    path = tmp_path / "sure.json"
    kinds = ["regulatory", "supervision", "self-medication", "side-effects"]
    path.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": kinds,
        "kinds": {**{k: {"bias": -10.0, "threshold": 0.0} for k in kinds},
                  "self-medication": {"bias": 1.0, "threshold": 0.0, "untold": 3.0}},
        "weights": {"swallowed": [0.0, 0.0, 4.0, 0.0], "medicine": [0.0, 0.0, 4.0, 0.0]},
    }), encoding="utf-8")
    monkeypatch.setenv(notices.ENV, str(path))
    return path


def test_an_instruction_no_rule_reads_needs_the_model_sure_past_its_untold_threshold(
        sure_of_swallowing):
    """Session 14: the rules' _told test (is anyone told anything?) refused every model
    reading of self-medication where it said no, 353 of 1,213 self-medication notices
    the rules missed over all folders, how to use the treatment said as a fact among
    them. A reading above the kind's stricter "untold" threshold stands; one above the
    plain threshold only does not ("Patients who do not stop smoking ...")."""
    got = _kinds("The tablets work best when they are swallowed whole with a glass of water.")
    assert got == {"self-medication": (LEARNED, ("swallowed",))}
    assert "self-medication" not in _kinds("Patients who do not stop smoking recover slowly.")
    assert "self-medication" in _kinds("Never give the drops to your dog.")  # told: 1 > 0
    # nor where a prohibition's words sort people, however sure the model (5 > 3)
    assert "self-medication" not in _kinds(
        "People who do not take their medicine every day relapse more often.")


def test_a_model_file_without_an_untold_threshold_keeps_the_gate(always):
    assert notices.current().kinds["self-medication"].untold == float("inf")
    assert "self-medication" not in _kinds(
        "The tablets work best when they are swallowed whole with a glass of water.")


def test_a_learned_regulatory_notice_is_no_site_legend_and_no_one_elses_refusal(always):
    """A site's educational notice, an insurer's refusal, a refusal of no medicine: never
    a regulatory notice, whatever the model says; a status that denies nothing may be
    ("a controlled drug": session 10, the model no longer needs a negation)."""
    text = ("This page is for educational purposes only and is not medical advice. "
            "Her leave from work was not approved in March. The request was not approved by "
            "the insurer. Nobody has authorized the spray as a treatment for children. "
            "The spray is a controlled drug in Australia.")
    seg = segment_full(text, "txt")
    found, _ = find_disclaimers("s", text, seg.sentences, seg.block_of, "US")
    assert [d.quote for d in found if d.kind == "regulatory"] == [
        "Nobody has authorized the spray as a treatment for children.",
        "The spray is a controlled drug in Australia."]


def test_the_shipped_model_reads_a_regulators_approval_as_no_notice():
    """An approval is left to the model since session 10: the labels' traps taught it."""
    text = "The FDA approved the spray in 2019 for adults with migraine."
    seg = segment_full(text, "txt")
    found, _ = find_disclaimers("s", text, seg.sentences, seg.block_of, "US")
    assert not [d for d in found if d.kind == "regulatory"]


def test_a_language_without_a_model_uses_the_rules_only(always):
    assert _kinds("Die Klinik wurde 2019 eröffnet.", "de") == {}


def test_off_means_rules_only(monkeypatch):
    monkeypatch.setenv(notices.ENV, "off")
    assert notices.current() is None
    assert _kinds("Stay close to home for the rest of the day.") == {}


def test_detection_needs_no_training_library():
    import subprocess

    code = ("import sys\n"
            "from summarizer.sources.disclaimers import sentence_kinds\n"
            "sentence_kinds('Leave the car keys alone until the next morning.', 'en')\n"
            "print(sorted(m for m in ('sklearn', 'numpy', 'scipy') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"PATH": "/usr/bin:/bin"}).stdout
    assert out.strip() == "[]"


def test_which_footer_lines_join_a_source_does_not_depend_on_the_model(always, monkeypatch):
    """Footer lines that hold a notice become part of a source's text (page_notices.py),
    and so fix every later quote's offsets: that must not change with a retrained model
    or SUMMARIZER_NOTICE_MODEL (reviewer, session 5: the loaded text was 548 characters
    with the model and 352 without). Footers are read with the rules alone."""
    from summarizer.sources.disclaimers import is_safety_line

    line = ("In Canada, NAC sits on the shelf as a natural health product, and no one has "
            "authorized it as a treatment for hair pulling.")
    plain = "Free shipping on every order over fifty dollars, and the returns are free."
    with_model = [is_safety_line(x, "CA") for x in (line, plain)]
    monkeypatch.setenv(notices.ENV, "off")
    assert [is_safety_line(x, "CA") for x in (line, plain)] == with_model
    assert with_model[1] is False  # the yes-to-everything model adds nothing


@pytest.mark.parametrize("region", ["US", "CA"])
def test_a_notice_about_another_country_gets_that_countrys_regulator(shipped, region):
    """Reviewer, session 5: in a US article, "In Canada, no one has authorized it" was
    given the FDA (the region's regulator), and a US handout was ready with only a
    Canadian notice. A sentence that names a country gets that country's regulator."""
    notice = ("In Canada, NAC sits on the shelf as a natural health product, and no one has "
              "ever authorized its sale as a treatment for hair pulling.")
    text = f"NAC is an amino acid. {notice} Never buy NAC capsules from a website."
    seg = segment_full(text, "txt")
    found, _ = find_disclaimers("s", text, seg.sentences, seg.block_of, region)
    (reg,) = [d for d in found if d.kind == "regulatory"]
    assert (reg.regulator, reg.region) == ("Health Canada", "CA")


def test_training_asks_the_rules_which_kinds_they_leave_to_a_model():
    """Training and cross-validation score the model only where the rules' vetoes let a
    kind through (Row.open_to): the same vetoes as detection, read through the model hook
    of sources/disclaimers.py (session 7: the hook changed and training broke)."""
    from summarizer.sources import disclaimers

    training = _training_script()
    before = disclaimers.current_model
    assert training.vetoes_allow(
        disclaimers, "The clinic opened in 2019 and now has four rooms.", "en") == {
        "supervision", "side-effects", "regulatory"}  # self-medication tells someone
    # ... unless the model is sure past its "untold" threshold (session 14: Row.untold)
    assert training.vetoes_allow(
        disclaimers, "The clinic opened in 2019 and now has four rooms.", "en", sure=True) == {
        "supervision", "side-effects", "regulatory", "self-medication"}
    assert "side-effects" not in training.vetoes_allow(
        disclaimers, "The new capsule reduces side effects for most people.", "en")
    assert "self-medication" in training.vetoes_allow(
        disclaimers, "Never give the drops to your dog.", "en")
    assert "regulatory" in training.vetoes_allow(
        disclaimers, "Nobody has authorized the spray as a treatment for children.", "en")
    assert disclaimers.current_model is before  # the stand-in model is put back


@pytest.fixture
def doubting(tmp_path, monkeypatch):
    """A model that finds no kind anywhere, and scores side effects at -10 wherever
    "gummies" stands: below its veto (-5)."""
    path = tmp_path / "doubting.json"
    kinds = ["regulatory", "supervision", "self-medication", "side-effects"]
    path.write_text(json.dumps({
        "format": notices.FORMAT, "langs": ["en"], "order": kinds,
        "kinds": {**{k: {"bias": 0.0, "threshold": 5.0} for k in kinds},
                  "side-effects": {"bias": 0.0, "threshold": 5.0, "veto": -5.0}},
        "weights": {"gummies": [-10.0, -10.0, -10.0, -10.0]},
    }), encoding="utf-8")
    monkeypatch.setenv(notices.ENV, str(path))
    return path


def test_the_models_veto_overrules_the_rules_side_effect_cue_words(doubting, monkeypatch):
    """The rules read a product's promise ("melt away headaches") as side effects; a model
    scoring the sentence below the kind's veto overrules them. Only for a kind with a veto
    (side effects): the sentence's other kinds stay the rules'."""
    promise = "Our gummies melt away headaches, stiff joints and restless nights."
    order = "Do not take the gummies with alcohol; together they can cause dizziness and vomiting."
    warning = "It can make you drowsy, so take it at bedtime."  # scores 0: above the veto
    assert set(_kinds(promise)) == set()
    assert set(_kinds(order)) == {"self-medication"}
    # (session 13: "take it at bedtime" is also how to use it, convention (g))
    assert "side-effects" in set(_kinds(warning))
    monkeypatch.setenv(notices.ENV, "off")  # the rules alone
    assert set(_kinds(promise)) == {"side-effects"}
    assert set(_kinds(order)) == {"self-medication", "side-effects"}


def test_a_model_file_without_a_veto_never_overrules_the_rules(always):
    kms = notices.current().kinds
    assert all(km.veto == float("-inf") for km in kms.values())
    assert "side-effects" in _kinds("Our gummies melt away headaches, stiff joints and "
                                    "restless nights.")


def test_the_shipped_model_vetoes_as_the_training_script_says(shipped):
    training = _training_script()
    assert {k: km.veto for k, km in shipped.kinds.items() if km.veto > float("-inf")} == (
        training.VETOES)
    assert set(training.VETOES) <= {"side-effects"}  # the only kind a sweep found it helps


def test_the_veto_keeps_every_side_effect_notice_the_rules_find_in_the_seeds(
        shipped, seeds_dir, monkeypatch):
    """The real articles: a veto at -5 removed 4 of their 6 side-effect notices ("the
    potential toxic side effects of ketamine"), at -8 one, whose scores are low for want of
    evidence, not for evidence against. The shipped model keeps every one the rules
    find."""
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    def side_effects() -> list[str]:
        from summarizer.sources import disclaimers

        disclaimers._sentence_kinds.cache_clear()
        out = []
        for path in sorted(seeds_dir.iterdir()):
            an = analyze_source(path.stem, load_source(path), region="US")
            out += [d.quote for d in an.disclaimers if d.kind == "side-effects"]
        return out

    with_model = side_effects()
    monkeypatch.setenv(notices.ENV, "off")
    rules_alone = side_effects()
    assert len(rules_alone) >= 5 and set(rules_alone) <= set(with_model)
