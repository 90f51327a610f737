"""Knowledge lives once: what regions.toml and words/<lang>.toml say drives the sources
pipeline and the gate alike, and a region or word added only in the data is picked up."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import rulebook
from summarizer.gate.phones import is_crisis_line, number_valid
from summarizer.model import Contact
from summarizer.sources import contacts

REGIONS = Path(rulebook.__file__).parent / "regions.toml"


@pytest.fixture
def regions_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of regions.toml the test may extend; the rulebook reads it instead."""
    path = tmp_path / "regions.toml"
    path.write_text(REGIONS.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(rulebook, "REGIONS_FILE", path)
    rulebook.reload()
    yield path
    monkeypatch.undo()
    rulebook.reload()


def _crisis(number: str) -> Contact:
    return Contact(number=number, display=number, channels=("call",), role="crisis")


# --------------------------------------------------------------------------- emergency


def test_the_gate_and_the_pipeline_share_one_emergency_definition():
    """Every short line of regions.toml is an emergency number for the gate in its region
    exactly when its role says so, and for the pipeline (no region) likewise."""
    book = rulebook.regions()
    for line in book.lines():
        if not line.short:
            continue
        region = line.region if line.region != "EU" else "DE"
        emergency = line.role == "emergency"
        assert rulebook.is_emergency_number(line.number, region) is emergency, line
        assert contacts.is_emergency_number(line.number) is emergency, line
        assert is_crisis_line(_crisis(line.number), region) is (line.role == "crisis"), line


def test_phonenumbers_answers_for_numbers_the_rulebook_does_not_list():
    # France's 15 (SAMU) and Germany's 110 (police) are in no line of regions.toml
    assert rulebook.is_emergency_number("15", "FR") and rulebook.is_emergency_number("110", "DE")
    assert not rulebook.is_emergency_number("3114", "FR")
    assert not rulebook.is_emergency_number("+33145394000", "FR")


def test_a_line_changed_only_in_the_data_changes_gate_and_pipeline(regions_file: Path):
    # Austria's 144 (ambulance) is an emergency number by phonenumbers; a region file
    # that lists it as a crisis line wins for the gate, and a new emergency line of a
    # region is one for the pipeline too.
    assert not is_crisis_line(_crisis("144"), "AT")
    regions_file.write_text(regions_file.read_text(encoding="utf-8") + '''
[[regions.AT.lines]]
number = "144"
role = "crisis"
label = "test line"

[[regions.AT.lines]]
number = "133"
role = "emergency"
label = "Polizei"
''', encoding="utf-8")
    rulebook.reload()
    assert is_crisis_line(_crisis("144"), "AT") and number_valid(_crisis("144"), "AT")
    assert contacts.is_emergency_number("133") and not contacts.is_emergency_number("144")
