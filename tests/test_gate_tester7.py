"""Gate defects the session-7 tester found as a translator and as a committee member."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from test_export import copy_example

from summarizer import gate
from summarizer.handout_file import load_handout


def _translate(path: Path, msgid: str, text: str) -> None:
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    catalog[msgid].string = text
    with po.open("wb") as fh:
        write_po(fh, catalog, width=79)


@pytest.mark.parametrize(("msgid", "translation", "said"), [
    ("988 Suicide & Crisis Lifeline", "988 Línea de crisis, de 9 a 17 h", "17"),
    ("988 Lifeline in Spanish", "Línea 988 en español (marque el 911)", "911"),
    ("then press 1", "luego marque el 2", "2"),
])
def test_a_crisis_lines_name_translated_with_other_numbers_is_refused(
        tmp_path: Path, msgid: str, translation: str, said: str) -> None:
    """A contact's name ('988 Suicide & Crisis Lifeline') and its extra ('then press 1')
    print beside the number in every language, but their translations were never compared
    with the English: 'de 9 a 17 h' (hours the line does not keep) or 'marque el 2'
    reached the Spanish PDF with the gate saying ready."""
    path = copy_example(tmp_path)
    _translate(path, msgid, translation)
    findings = [f for f in gate.run(load_handout(path), ["es"], reading=False)
                if f.code == "FAITH-TRANSLATION" and f.severity == "error"]
    assert any(said in f.message for f in findings), findings
    assert all(f.item for f in findings)  # names the notice that prints it


def test_faithful_contact_names_pass(tmp_path: Path) -> None:
    path = copy_example(tmp_path)
    findings = [f for f in gate.run(load_handout(path), ["es"], reading=False)
                if f.code == "FAITH-TRANSLATION"]
    assert findings == []
