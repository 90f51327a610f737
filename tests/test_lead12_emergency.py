"""Convention (d), session 12: an emergency number is no crisis line and no crisis
contact, even in the crisis notice's sentence ("In an emergency, call 911. For the
Veterans Crisis Line, dial 988 then press 1."). The notice keeps it, as an emergency
contact: the handout still prints it, and the crisis contacts are the lines."""

from __future__ import annotations

import pytest

from summarizer.sources.disclaimers import find_disclaimers
from summarizer.sources.segment import segment_full


def _crisis_contacts(text: str, region: str) -> dict[str, str]:
    seg = segment_full(text, "txt")
    found, _ = find_disclaimers("s", text, seg.sentences, seg.block_of, region)
    return {c.number: c.role for d in found if d.kind == "crisis-line" for c in d.contacts}


@pytest.mark.parametrize(("text", "region", "line", "emergency"), [
    ("In an emergency, call 911. For the Veterans Crisis Line, dial 988 then press 1.",
     "US", "988", "911"),
    ("If you are thinking about suicide, call Samaritans on 116 123, or 999 if your life "
     "is in danger.", "GB", "116123", "999"),
    ("Si tienes pensamientos suicidas, llama a la línea 024; en una emergencia, llama "
     "al 112.", "ES", "024", "112"),
])
def test_an_emergency_number_beside_a_crisis_line_is_no_crisis_contact(
        text: str, region: str, line: str, emergency: str) -> None:
    roles = _crisis_contacts(text, region)
    assert roles.get(line) == "crisis", roles
    assert roles.get(emergency) == "emergency", roles


def test_a_medical_emergency_alone_is_still_no_crisis_notice() -> None:
    assert _crisis_contacts("For a medical emergency, call 911.", "US") == {}


# The gate: an emergency contact is still a number the patient dials, so it must work
# in the handout's region (a UK article's 999 in a US handout is refused), and it never
# stands for the crisis line the region requires.
def test_the_gate_refuses_an_emergency_number_of_another_region(tmp_path, seeds_dir) -> None:
    from test_checks import codes, make_handout

    from summarizer.checks import check_handout
    from summarizer.handout_file import load_handout
    from summarizer.model import Contact

    hdoc = make_handout(tmp_path / "h", seeds_dir)
    crisis = hdoc.handout.disclaimers_of("crisis-line")[0]
    ok = [*crisis.contacts, Contact("911", "911", ("call",), "emergency", "", (), "US")]
    crisis.contacts = ok
    crisis.text = crisis.text + " In an emergency, call 911."
    hdoc.save()
    assert "SAFETY-NUMBER-INVALID" not in codes(check_handout(load_handout(hdoc.path)))
    crisis.contacts = [*ok[:-1], Contact("999", "999", ("call",), "emergency", "", (), "GB")]
    crisis.text = crisis.text.replace("call 911", "call 999")
    hdoc.save()
    found = [f for f in check_handout(load_handout(hdoc.path))
             if f.code == "SAFETY-NUMBER-INVALID"]
    assert found and "999" in found[0].message and "emergency" in found[0].message
