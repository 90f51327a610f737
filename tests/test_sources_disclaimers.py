"""Candidate disclaimers and contacts: seeds by path, plus articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import seed

from summarizer.model import CandidateDisclaimer, Contact
from summarizer.sources.analyze import analyze_source, analyze_sources
from summarizer.sources.contacts import find_contacts
from summarizer.sources.load import load_source
from summarizer.sources.regulators import regulatory_statements

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def disclaimers(path: Path) -> list[CandidateDisclaimer]:
    return analyze_source("s", load_source(path)).disclaimers


@pytest.fixture(scope="module")
def seed002() -> list[CandidateDisclaimer]:
    return disclaimers(seed("002"))


def _contacts(ds: list[CandidateDisclaimer]) -> list[Contact]:
    return [c for d in ds if d.kind == "crisis-line" for c in d.contacts]


def test_seed002_crisis_contacts(seed002: list[CandidateDisclaimer]) -> None:
    contacts = _contacts(seed002)
    general_988 = [c for c in contacts if c.number == "988" and not c.serves]
    assert len(general_988) == 1
    assert set(general_988[0].channels) == {"call", "text", "chat"}
    assert general_988[0].role == "crisis" and general_988[0].region == "US"

    vet = [c for c in contacts if "veterans" in c.serves]
    vet_call = next(c for c in vet if c.number == "988")
    assert "call" in vet_call.channels and vet_call.extra == "then press 1"
    assert vet_call.label == "Veterans Crisis Line"
    vet_text = next(c for c in vet if c.number == "838255")
    assert vet_text.channels == ("text",) and vet_text.label == "Veterans Crisis Line"

    spanish = next(c for c in contacts if c.number == "+18886289454")
    assert spanish.serves == ("lang:es",) and spanish.role == "crisis"
    assert spanish.label == "Suicide & Crisis Lifeline" and spanish.region == "US"

    referral = next(c for c in contacts if c.number == "+18006624357")
    assert referral.role == "treatment-referral"
    assert referral.display == "800-662-HELP (4357)"


def test_seed002_regulatory_supervision_self_medication(
    seed002: list[CandidateDisclaimer],
) -> None:
    (reg,) = [d for d in seed002 if d.kind == "regulatory"]
    assert reg.regulator == "FDA" and reg.region == "US"
    assert "not FDA approved" in reg.quote
    assert reg.cues[0].tag == "not-approved"
    assert any("close supervision" in d.quote for d in seed002 if d.kind == "supervision")
    assert any("self-medicate" in d.quote for d in seed002 if d.kind == "self-medication")
    # the footer is masked as boilerplate but its notice is still found
    assert any("educational purposes" in d.quote for d in seed002 if d.kind == "educational")


def test_no_crisis_or_regulatory_in_other_seeds(seeds_dir: Path) -> None:
    for prefix in ("000", "001", "003", "004"):
        kinds = {d.kind for d in disclaimers(seed(prefix))}
        assert "crisis-line" not in kinds and "regulatory" not in kinds, prefix


def test_approval_is_never_a_not_approved_notice() -> None:
    ds = disclaimers(FIXTURES / "esketamine_approval.txt")
    assert not [d for d in ds if d.kind == "regulatory"]
    (st,) = regulatory_statements(
        "Spravato was approved by the FDA in 2019 for adults who have not responded to other "
        "antidepressants."
    )
    assert st.approved and st.regulator == "FDA"


@pytest.mark.parametrize(
    ("sentence", "regulator", "region"),
    [
        ("Ketamine is not FDA approved for depression.", "FDA", "US"),
        ("It has not been approved by the FDA for depression.", "FDA", "US"),
        ("In Britain, ketamine is not licensed by the MHRA for depression.", "MHRA", "GB"),
        ("Health Canada has not authorized ketamine infusions.", "Health Canada", "CA"),
        ("The TGA has yet to approve it for depression.", "TGA", "AU"),
        ("There is no FDA-approved ketamine infusion for depression.", "FDA", "US"),
    ],
)
def test_not_approved_phrasings(sentence: str, regulator: str, region: str) -> None:
    sts = [s for s in regulatory_statements(sentence) if s.regulator == regulator]
    assert sts and not sts[0].approved and sts[0].region == region


def test_mixed_sentence_holds_approval_and_notice() -> None:
    sts = regulatory_statements(
        "The European Medicines Agency approved esketamine in 2019, "
        "while plain ketamine was never authorised by the EMA."
    )
    assert [s.approved for s in sts] == [True, False]


def test_other_regulators_and_countries_crisis_lines() -> None:
    ds = disclaimers(FIXTURES / "ketamine_clinics_abroad.txt")
    regs = {(d.regulator, d.region) for d in ds if d.kind == "regulatory"}
    assert regs == {
        ("FDA", "US"),
        ("MHRA", "GB"),
        ("Health Canada", "CA"),
        ("TGA", "AU"),
        ("EMA", "EU"),
    }
    contacts = {(c.number, c.region): c for c in _contacts(ds)}
    assert contacts[("116123", "GB")].label == "Samaritans"
    assert contacts[("85258", "GB")].extra == "text SHOUT"
    assert set(contacts[("988", "CA")].channels) == {"call", "text"}
    assert contacts[("988", "CA")].display == "9-8-8"
    assert contacts[("131114", "AU")].label == "Lifeline"
    assert contacts[("741741", "US")].extra == "text HOME"


def test_clinic_phone_number_is_general_not_a_crisis_line() -> None:
    src = load_source(FIXTURES / "clinic_page.html")
    (found,) = find_contacts("To book an appointment, call our clinic at (617) 555-0142.")
    assert found.contact.role == "general" and found.contact.number == "+16175550142"
    ds = analyze_sources({"clinic": src})["clinic"].disclaimers
    assert {d.kind for d in ds} == {"supervision", "side-effects"}


def test_markdown_crisis_line_and_supervision() -> None:
    ds = disclaimers(FIXTURES / "guide.md")
    (crisis,) = [d for d in ds if d.kind == "crisis-line"]
    (c,) = crisis.contacts
    assert c.number == "988" and c.label == "Suicide & Crisis Lifeline"
    assert any(d.kind == "supervision" for d in ds)


def test_not_approved_for_a_use_without_naming_the_regulator(tmp_path: Path) -> None:
    """"X is not licensed for use in children" names no agency; the article's region says
    whose licence it is. An approval, or a refusal of something that is not a use, is no
    notice."""
    path = tmp_path / "patch.txt"
    path.write_text(
        "The patch is not licensed for use in children under twelve.\n\n"
        "It is approved to treat migraine in adults.\n\n"
        "Her request for a second opinion was not approved by the insurer.\n",
        encoding="utf-8",
    )
    ds = analyze_source("patch", load_source(path), region="GB").disclaimers
    (reg,) = [d for d in ds if d.kind == "regulatory"]
    assert reg.quote.startswith("The patch is not licensed")
    assert reg.regulator == "MHRA"
