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


@pytest.mark.parametrize(("where", "text"), [
    ("es", '<b>Llame</b> o envíe un mensaje al 988 si necesita ayuda ahora.'),
    ("es", "Llame o envíe un mensaje al 988 [bold red]si necesita[/] ayuda ahora."),
    ("en", "Call or text **988** if you need help now."),
    ("en", 'Call or text 988 <script>alert(1)</script> if you need help now.'),
])
def test_markup_in_printed_text_is_refused(tmp_path: Path, where: str, text: str) -> None:
    """A translation pasted from a CAT tool or a web page with its tags ('<b>Llame</b>',
    '[bold red]…[/]', '**988**') printed the tags as letters on the patient's PDF, beside
    the crisis line, with the gate saying ready (the PDF escapes them: safe, but not
    what a patient should read)."""
    msgid = "Call or text 988 if you need help now."

    def edit(h):  # type: ignore[no-untyped-def]
        d = next(d for d in h.disclaimers if d.kind == "crisis-line")
        d.text = text if where == "en" else msgid
    path = copy_example(tmp_path, edit)
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    catalog.add(msgid, text if where == "es" else "Llame o envíe un mensaje al 988.")
    with po.open("wb") as fh:
        write_po(fh, catalog, width=79)
    findings = [f for f in gate.run(load_handout(path), [where], reading=False)
                if f.code == "CONTENT-MARKUP"]
    assert findings and findings[0].severity == "error" and findings[0].locale == where
    assert findings[0].item


def test_plain_brackets_and_signs_are_not_markup(tmp_path: Path) -> None:
    def edit(h):  # type: ignore[no-untyped-def]
        c = h.claims[0]
        c.text = ("In one small study (about 7 in 10 people [a small group]) scores fell "
                  "by <5 points, a > b.")
    path = copy_example(tmp_path, edit)
    assert [f for f in gate.run(load_handout(path), ["en"], reading=False)
            if f.code == "CONTENT-MARKUP"] == []


@pytest.mark.parametrize(("msgid", "reworded"), [
    ("If you are in danger right now, call your local emergency number.",
     "Si está en peligro, espere a mañana."),
    ("This sheet is for information only. It does not replace advice from your care team.",
     "Esta hoja reemplaza a su médico."),
    ("Call, text, or chat online", "No llame"),
])
def test_a_catalog_rewording_the_crisis_boxs_own_sentences_is_refused(
        tmp_path: Path, msgid: str, reworded: str) -> None:
    """A clinic's summarizer.po beside the handout may reword the app's strings, but the
    sentences the app prints in the crisis box (the emergency line, how to reach a line)
    and the 'does not replace advice' line were only a warning (I18N-APP-CHANGED): 'If you
    are in danger, wait until tomorrow' printed in the Spanish crisis box, ready."""
    import shutil

    from conftest import REPO

    path = copy_example(tmp_path)
    mine = path.parent / "locales" / "es" / "LC_MESSAGES" / "summarizer.po"
    shutil.copy(REPO / "locales" / "es" / "LC_MESSAGES" / "summarizer.po", mine)
    with mine.open("rb") as fh:
        catalog = read_po(fh)
    hits = [m for m in catalog if m.id == msgid]
    assert hits, msgid
    for m in hits:
        m.string = reworded
    with mine.open("wb") as fh:
        write_po(fh, catalog, width=79)
    findings = gate.run(load_handout(path), ["es"], reading=False)
    assert any(f.code == "I18N-APP-OVERRIDE" and f.severity == "error" for f in findings), \
        [f.code for f in findings]


def test_the_guarded_safety_sentences_are_the_templates() -> None:
    from conftest import REPO

    from summarizer.gate.builtin import SAFETY_SENTENCES

    template = (REPO / "templates" / "handout.html.j2").read_text(encoding="utf-8")
    for sentence in SAFETY_SENTENCES:
        assert f"_('{sentence}')" in template


@pytest.mark.parametrize(("text", "lang", "absolutes"), [
    ("The patch is not for everyone.", "en", []),
    ("This medicine is not for everybody, so ask first.", "en", []),
    ("It works for everyone.", "en", ["works for everyone"]),
    ("Ask a doctor first; it always helps.", "en", ["always"]),
    ("Funciona siempre.", "es", ["siempre"]),
    ("Es wirkt immer.", "de", ["immer"]),
])
def test_a_negated_absolute_is_no_absolute(text: str, lang: str, absolutes: list[str]) -> None:
    """Tester, session 7: 'the patch is not for everyone' got an EVID-ABSOLUTE warning
    although its 'everyone' is denied; a bare absolute still warns."""
    from summarizer.gate.words import absolute_words

    assert absolute_words(text, lang) == absolutes
