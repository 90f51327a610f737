"""The bundled example moved to a region whose crisis lines it does not print (tester12).

The gate must say plainly what is wrong: the US numbers do not work there. It must not
invent a phone number by reading a printed name after the text ("... call or text 988.
988 Suicide & Crisis Lifeline.") as one number, nor list the same missing number twice.
"""

from __future__ import annotations

from conftest import EXAMPLE

from summarizer.checks import check_handout
from summarizer.handout_file import load_handout


def _findings(region: str) -> list:
    doc = load_handout(EXAMPLE)
    doc.handout.meta.region = region
    return check_handout(doc)


def test_a_printed_name_after_the_number_is_not_a_longer_number() -> None:
    findings = _findings("JP")
    numbers = [f.message for f in findings if f.code == "FAITH-NUMBER"]
    assert not any("988988" in m for m in numbers), numbers
    assert {"SAFETY-CRISIS-MISSING", "SAFETY-NUMBER-INVALID"} <= {f.code for f in findings}


def test_each_number_that_does_not_work_is_named_once() -> None:
    missing = [f.message for f in _findings("JP") if f.code == "SAFETY-CRISIS-MISSING"]
    assert len(missing) == 1
    assert missing[0].count("988 does not work in JP") == 1, missing[0]
