"""The export gate on handouts built from the real seed articles.

Each handout here is made the way an editor makes one: new_handout over the seeds,
then claims and disclaimers picked from what analyze_sources proposes for them (real
sentences, exact spans), with the editor's own plain-language text.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from summarizer.checks import (
    CODES,
    Finding,
    blocking,
    check_handout,
    hedged,
    hype_words,
    number_valid,
    text_has_number,
)
from summarizer.cli import main
from summarizer.handout_file import HandoutDocument, load_handout, new_handout
from summarizer.model import Claim, Contact, Disclaimer
from summarizer.sources.analyze import analyze_sources
from summarizer.sources.ids import make_source_id
from summarizer.sources.load import load_paths

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression" / "handout.toml"

# The editor's plain-language texts (English, the source language).
TITLE = "Ketamine for depression"
CRISIS = ("If you are in crisis, call or text 988. For help with drug or alcohol use, call "
          "800-662-HELP (4357).")
FDA = "The FDA has not approved this drug to treat depression."
SUPERVISION = "Only take the drug with close care from a trained doctor or nurse."
TRIAL = ("In one study, people who got the drug felt better more often than people who got "
         "salt water.")
MICE = ("In a study in mice, a second drug made ketamine work for up to two months. This has "
        "not been tried in people.")
LAB = ("Lab tests show how the drug acts on the brain. They do not show how well it works "
       "for people.")
RISKS = "Some people feel sick or dizzy. Blood pressure can change."

JARGON = ("Ketamine, an N-methyl-D-aspartate receptor antagonist administered intravenously at "
          "subanesthetic concentrations, demonstrated statistically significant amelioration of "
          "treatment-refractory depressive symptomatology relative to pharmacologically inert "
          "comparators, notwithstanding heterogeneous interindividual pharmacokinetic "
          "variability and considerable methodological limitations characterizing "
          "contemporaneous investigational protocols.")


def _candidates(seeds: Path) -> tuple[list, dict[str, object]]:
    loaded, errors = load_paths([seeds])
    assert not errors and len(loaded) == 5
    taken: set[str] = set()
    by_id = {}
    for src in loaded:
        sid = make_source_id(src, taken)
        taken.add(sid)
        by_id[sid] = src
    return loaded, analyze_sources(by_id)


def _pick(analyses: dict, prefix: str, needle: str, kind: str) -> tuple[str, object]:
    """The candidate (claim or disclaimer) of seed `prefix` whose quote contains `needle`."""
    for sid, analysis in analyses.items():
        if not Path(analysis.source.path).name.startswith(prefix):
            continue
        pool = analysis.claims if kind == "claim" else analysis.disclaimers
        for cand in pool:
            if needle in cand.quote:
                return sid, cand
    raise AssertionError(f"no {kind} with {needle!r} proposed for seed {prefix}")


def make_handout(folder: Path, seeds: Path, locales: list[str] | None = None) -> HandoutDocument:
    """A complete, honest handout over `seeds` (passes the gate in English)."""
    loaded, analyses = _candidates(seeds)
    hdoc = new_handout(folder, loaded, title=TITLE, locales=locales or ["en"],
                       source_ids=list(analyses))
    h = hdoc.handout
    h.meta.date = "2026-11-01"  # the day its content was checked (no META-NO-DATE)

    def claim(cid: str, section: str, prefix: str, needle: str, text: str) -> None:
        sid, cand = _pick(analyses, prefix, needle, "claim")
        h.claims.append(Claim(cid, section, sid, cand.span, cand.quote, cand.evidence, text))

    def disclaimer(did: str, kind: str, prefix: str, needle: str, text: str) -> None:
        sid, cand = _pick(analyses, prefix, needle, "disclaimer")
        assert cand.kind == kind, (did, cand.kind)
        h.disclaimers.append(Disclaimer(did, kind, sid, cand.span, cand.quote, text,
                                        list(cand.contacts), cand.regulator))

    disclaimer("crisis", "crisis-line", "002", "Call or text 988", CRISIS)
    disclaimer("not-approved", "regulatory", "002", "not FDA approved", FDA)
    disclaimer("supervision", "supervision", "002", "close supervision", SUPERVISION)
    claim("saline-trial", "evidence", "003", "significant improvement", TRIAL)
    claim("mice", "evidence", "001", "in lab mice", MICE)
    claim("glutamate", "evidence", "001", "brain’s glutamate system", LAB)
    sid, cand = _pick(analyses, "003", "some may experience side effects", "disclaimer")
    h.claims.append(Claim("side-effects", "risks", sid, cand.span, cand.quote,
                          "opinion", RISKS))  # what the source supports (no study named)
    assert h.claims[0].evidence == "controlled-trial"  # a saline control group
    assert [c.evidence for c in h.claims[1:3]] == ["animal", "lab-mechanism"]
    hdoc.save()
    return load_handout(hdoc.path)


def codes(findings: list[Finding], severity: str | None = None) -> set[str]:
    return {f.code for f in findings if severity is None or f.severity == severity}


def run_check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    rc = main(["check", *args])
    return rc, capsys.readouterr().out


@pytest.fixture
def handout(tmp_path: Path, seeds_dir: Path) -> HandoutDocument:
    return make_handout(tmp_path / "ketamine", seeds_dir)


def test_complete_handout_passes(handout: HandoutDocument, capsys: pytest.CaptureFixture[str]):
    findings = check_handout(handout)
    assert not [f for f in findings if f.severity == "error"], findings
    assert all(f.code in CODES for f in findings)
    rc, out = run_check(capsys, str(handout.path))
    assert rc == 0
    assert out.strip().splitlines()[-1] == "en: ready to export"


@pytest.mark.parametrize(("kind", "code"), [
    ("crisis-line", "SAFETY-CRISIS-MISSING"),
    ("regulatory", "SAFETY-REGULATORY-MISSING"),
    ("supervision", "SAFETY-SUPERVISION-MISSING"),
])
def test_each_required_notice_is_required(handout: HandoutDocument, kind: str, code: str,
                                          capsys: pytest.CaptureFixture[str]):
    assert code not in codes(check_handout(handout))
    handout.handout.disclaimers = [d for d in handout.handout.disclaimers if d.kind != kind]
    handout.save()
    findings = check_handout(load_handout(handout.path))
    assert code in codes(findings, "error")
    rc, out = run_check(capsys, str(handout.path))
    assert rc == 1
    assert code in out and "en: blocked by 1 error" in out


def test_invalid_crisis_number(handout: HandoutDocument, capsys: pytest.CaptureFixture[str]):
    crisis = handout.handout.disclaimers_of("crisis-line")[0]
    # The Spanish lifeline with a digit dropped: the typo a handout must never print.
    crisis.contacts = [Contact("+1888628945", "1-888-628-945", ("call",), "crisis", "Help", (),
                               "US")]
    crisis.text = "If you are in crisis, call 1-888-628-945."
    handout.save()
    findings = check_handout(load_handout(handout.path))
    assert {"SAFETY-NUMBER-INVALID", "SAFETY-CRISIS-MISSING"} <= codes(findings, "error")
    assert any(f.item == "crisis" and "1-888-628-945" in f.message for f in findings
               if f.code == "SAFETY-NUMBER-INVALID")
    rc, out = run_check(capsys, str(handout.path))
    assert rc == 1 and "SAFETY-NUMBER-INVALID" in out


def test_crisis_line_must_be_for_the_handouts_region(handout: HandoutDocument):
    handout.handout.meta.region = "GB"  # 988 and the FDA mean nothing in the UK
    findings = check_handout(handout)
    errors = codes(findings, "error")
    assert {"SAFETY-CRISIS-MISSING", "SAFETY-NUMBER-INVALID",
            "SAFETY-REGULATORY-MISSING"} <= errors
    crisis = handout.handout.disclaimers_of("crisis-line")[0]
    crisis.contacts = [Contact("116123", "116 123", ("call",), "crisis", "Samaritans", (), "GB")]
    crisis.text = "If you are struggling, call Samaritans free on 116 123, day or night."
    reg = handout.handout.disclaimers_of("regulatory")[0]
    reg.regulator = ""
    reg.text = "The MHRA has not licensed ketamine to treat depression."
    errors = codes(check_handout(handout), "error")
    assert not errors & {"SAFETY-CRISIS-MISSING", "SAFETY-NUMBER-INVALID",
                         "SAFETY-REGULATORY-MISSING"}


def test_regulatory_notice_must_name_the_regions_regulator(handout: HandoutDocument):
    reg = handout.handout.disclaimers_of("regulatory")[0]
    reg.regulator = ""
    assert "SAFETY-REGULATORY-MISSING" not in codes(check_handout(handout))  # text says FDA
    reg.text = "No agency has approved ketamine to treat depression."
    assert "SAFETY-REGULATORY-MISSING" in codes(check_handout(handout), "error")
    reg.regulator = "MHRA"
    assert "SAFETY-REGULATORY-MISSING" in codes(check_handout(handout), "error")


def test_crisis_text_must_show_its_numbers(handout: HandoutDocument):
    crisis = handout.handout.disclaimers_of("crisis-line")[0]
    crisis.text = "If you are in crisis, call or text the lifeline."
    found = [f for f in check_handout(handout) if f.code == "SAFETY-TEXT-NUMBER"]
    assert len(found) == 1 and found[0].severity == "error" and found[0].locale == "en"
    assert "988" in found[0].message and "800-662-HELP (4357)" in found[0].message


def test_grade_above_ceiling_is_an_error(handout: HandoutDocument,
                                         capsys: pytest.CaptureFixture[str]):
    handout.handout.claims[0].text = JARGON
    handout.save()
    findings = [f for f in check_handout(load_handout(handout.path))
                if f.code == "READ-GRADE-HIGH"]
    assert [f.severity for f in findings] == ["error"] and findings[0].locale == "en"
    rc, out = run_check(capsys, str(handout.path), "--json")
    data = json.loads(out)
    assert rc == 1 and data["ok"] is False and data["locales"]["en"]["ready"] is False
    assert "READ-GRADE-HIGH" in {f["code"] for f in data["findings"]}


def test_grade_above_target_only_warns(handout: HandoutDocument,
                                       capsys: pytest.CaptureFixture[str]):
    handout.handout.meta.target_grade = 1.0  # the plain texts are above grade 1, below 10
    handout.save()
    findings = [f for f in check_handout(handout) if f.code == "READ-GRADE-HIGH"]
    assert [f.severity for f in findings] == ["warning"]
    rc, out = run_check(capsys, str(handout.path))
    assert rc == 0 and "en: ready to export (1 warning)" in out


def test_title_is_not_graded(handout: HandoutDocument):
    handout.handout.meta.title = JARGON
    assert "READ-GRADE-HIGH" not in codes(check_handout(handout), "error")


def test_hype_word(handout: HandoutDocument, capsys: pytest.CaptureFixture[str]):
    handout.handout.claims[0].text = "This breakthrough helped people feel better in one study."
    handout.save()
    found = [f for f in check_handout(handout) if f.code == "HYPE-WORD"]
    assert [(f.severity, f.item, f.locale) for f in found] == [("error", "saline-trial", "en")]
    assert "breakthrough" in found[0].message
    rc, _ = run_check(capsys, str(handout.path))
    assert rc == 1


def test_hype_lexicon_by_language():
    assert hype_words("A miracle cure that works instantly!", "en") == [
        "miracle", "instantly", "cure"]
    assert hype_words("There is no cure for depression yet.", "en") == []
    assert hype_words("Ask which choice is best for you.", "en") == []
    assert hype_words("Un avance decisivo: la cura milagrosa.", "es") == [
        "avance decisivo", "milagrosa", "cura"]
    assert hype_words("Todavía no hay cura para la depresión.", "es") == []


def test_absolute_words_warn(handout: HandoutDocument):
    handout.handout.claims[3].text = "It is completely safe. Blood pressure can change."
    found = [f for f in check_handout(handout) if f.code == "EVID-ABSOLUTE"]
    assert [(f.severity, f.item) for f in found] == [("warning", "side-effects")]
    # and printing "no risk" over a quote that names side effects is unfaithful: it blocks
    assert {(f.code, f.item) for f in blocking(check_handout(handout), "en")} == {
        ("FAITH-CERTAINTY", "side-effects")}


def test_unhedged_mouse_claim(handout: HandoutDocument, capsys: pytest.CaptureFixture[str]):
    mice = next(c for c in handout.handout.claims if c.evidence == "animal")
    mice.text = "A second drug made ketamine work for up to two months."
    handout.save()
    found = [f for f in check_handout(handout) if f.code == "EVID-ANIMAL-UNHEDGED"]
    assert [(f.severity, f.item) for f in found] == [("error", "mice")]
    rc, out = run_check(capsys, str(handout.path))
    assert rc == 1 and "EVID-ANIMAL-UNHEDGED" in out


def test_unhedged_lab_claim(handout: HandoutDocument):
    lab = next(c for c in handout.handout.claims if c.evidence == "lab-mechanism")
    lab.text = "Ketamine quickly lifts mood by changing how nerves talk to each other."
    found = [f for f in check_handout(handout) if f.code == "EVID-ANIMAL-UNHEDGED"]
    assert [f.item for f in found] == ["glutamate"]


def test_hedge_words_per_language():
    assert hedged("En un estudio en ratones, funcionó dos meses.", "animal", "es") is True
    assert hedged("Funcionó durante dos meses.", "animal", "es-US") is False
    assert hedged("It worked in cells in a dish.", "lab-mechanism", "en") is True
    assert hedged("Il a marché.", "animal", "fr") is False  # fr has lists now (rulebook)
    assert hedged("Chez la souris, il a marché.", "animal", "fr") is True
    assert hedged("It worked.", "animal", "sw") is None  # no lists: the gate says RULES-MISSING


def test_gone_quote(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]):
    seeds = tmp_path / "articles"
    shutil.copytree(seeds_dir, seeds)
    hdoc = make_handout(tmp_path / "ketamine", seeds)
    assert not codes(check_handout(hdoc)) & {"PROV-GONE", "PROV-SOURCE-CHANGED"}
    mice = next(c for c in hdoc.handout.claims if c.id == "mice")
    path = hdoc.resolve_source_path(hdoc.handout.source(mice.source))
    assert path is not None
    path.write_text(path.read_text(encoding="utf-8").replace(mice.quote, "(removed)"),
                    encoding="utf-8")
    findings = check_handout(hdoc)
    gone = [f for f in findings if f.code == "PROV-GONE"]
    assert [(f.severity, f.item, f.locale) for f in gone] == [("error", "mice", "")]
    assert "PROV-SOURCE-CHANGED" in codes(findings, "warning")
    rc, out = run_check(capsys, str(hdoc.path))
    assert rc == 1 and "PROV-GONE" in out


def test_source_texts_given_are_used(handout: HandoutDocument):
    texts = {ref.id: "" for ref in handout.handout.sources}  # sources emptied: all gone
    findings = check_handout(handout, source_texts=texts)
    gone = {f.item for f in findings if f.code == "PROV-GONE"}
    assert gone == {c.id for c in handout.handout.claims} | {
        d.id for d in handout.handout.disclaimers}
    missing = check_handout(handout, source_texts={})
    assert "PROV-SOURCE-MISSING" in codes(missing, "error")
    assert "PROV-GONE" not in codes(missing)


def test_empty_content(handout: HandoutDocument):
    handout.handout.disclaimers[1].text = ""
    assert any(f.code == "CONTENT-EMPTY" and f.item == "not-approved"
               for f in check_handout(handout))
    handout.handout.claims = []
    assert any(f.code == "CONTENT-EMPTY" and f.item == "" for f in check_handout(handout))


def test_blocking_is_per_locale():
    findings = [Finding("I18N-MISSING", "error", "m", "es", "x"),
                Finding("HYPE-WORD", "error", "h", "en", "y"),
                Finding("PROV-GONE", "error", "g", "", "z"),
                Finding("PROV-MOVED", "warning", "w", "", "z")]
    assert [f.code for f in blocking(findings, "es")] == ["I18N-MISSING", "PROV-GONE"]
    assert [f.code for f in blocking(findings, "es-US")] == ["PROV-GONE"]
    assert [f.code for f in blocking(findings, "en")] == ["HYPE-WORD", "PROV-GONE"]


def test_numbers_by_region():
    c = Contact("988", "988")
    assert number_valid(c, "US") and number_valid(c, "CA") and not number_valid(c, "GB")
    assert number_valid(replace(c, number="131114"), "AU")  # Lifeline, from our table
    assert number_valid(Contact("+18886289454", "1-888-628-9454"), "US")
    assert not number_valid(Contact("+442079460000", "020 7946 0000"), "US")
    assert text_has_number("call 1 (888) 628-9454 today", Contact("+18886289454", "x"))
    assert text_has_number("llame al 9-8-8", c)
    assert not text_has_number("call 19885", c)


def test_unknown_locale_is_reported(handout: HandoutDocument):
    found = [f for f in check_handout(handout, ["en", "zz-nope"])
             if f.code == "I18N-UNKNOWN-LOCALE"]
    assert [(f.severity, f.locale) for f in found] == [("error", "zz-nope")]


def test_no_app_catalog_for_language(handout: HandoutDocument):
    # Swahili: the app's headings have no catalog in locales/ (a real gap, not a mock).
    found = [f for f in check_handout(handout, ["sw"]) if f.code == "I18N-NO-APP-CATALOG"]
    assert [(f.severity, f.locale) for f in found] == [("error", "sw")]
    assert "I18N-NO-APP-CATALOG" not in codes(check_handout(handout, ["en"]))


def test_example_handout_is_ready_in_english_and_spanish(capsys: pytest.CaptureFixture[str]):
    if not EXAMPLE.is_file():
        pytest.skip("examples/ketamine-depression/handout.toml not written yet")
    rc, out = run_check(capsys, str(EXAMPLE), "--locale", "en", "--locale", "es")
    assert rc == 0, out
    assert "en: ready to export" in out and "es: ready to export" in out


def test_unreadable_source_blocks_ready(handout: HandoutDocument, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]):
    """A source that cannot be read leaves its quotes and evidence unchecked: not ready.

    Found by the new-user pass: the example copied to another folder (its relative source
    paths then point nowhere) was 'ready to export' with every quote unverified."""
    assert not blocking(check_handout(handout), "en")
    copy = tmp_path / "copied" / "one" / "level" / "deeper" / "handout.toml"
    copy.parent.mkdir(parents=True)
    shutil.copy(handout.path, copy)
    findings = check_handout(load_handout(copy))
    assert "PROV-SOURCE-MISSING" in codes(findings, "error")
    assert blocking(findings, "en")
    rc, out = run_check(capsys, str(copy))
    assert rc == 1 and "PROV-SOURCE-MISSING" in out and "ready to export" not in out


def test_a_language_not_in_the_handouts_locales_is_named(handout: HandoutDocument):
    """New-user pass: `export -l it` listed 23 missing strings but never said that 'it'
    is not one of the handout's languages (which `translations status` does)."""
    found = [f for f in check_handout(handout, ["en", "es-MX", "it"])
             if f.code == "I18N-NOT-LISTED"]
    assert [(f.severity, f.locale) for f in found] == [("warning", "es-MX"), ("warning", "it")]
    assert "locales = en" in found[1].message
    handout.handout.meta.locales.append("es_MX")  # the same tag written with "_"
    assert [f.locale for f in check_handout(handout, ["es-MX"])
            if f.code == "I18N-NOT-LISTED"] == []
