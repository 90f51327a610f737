"""The review sheet shows the contact lines the PDF prints (tester, session 7)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from test_export import copy_example

from summarizer.cli import main
from summarizer.model import Handout


def test_sheet_shows_each_printed_contact_line_and_its_translation(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """A crisis notice's contact line (number, channels, the line's name) is printed on
    the PDF under the notice, and its name is a translated string; the sheet left both
    out, so a name edited to 'Veterans only, weekdays 9 to 5' in handout.toml, or a
    Spanish name saying 'solo para veteranos', reached the patient unseen by the
    committee that signs the sheet."""
    def edit(h: Handout) -> None:
        d = next(d for d in h.disclaimers if d.kind == "crisis-line" and any(
            c.label == "988 Suicide & Crisis Lifeline" for c in d.contacts))
        d.contacts = tuple(dataclasses.replace(c, label="Veterans only, weekdays 9 to 5")
                           if c.label == "988 Suicide & Crisis Lifeline" else c
                           for c in d.contacts)

    path = copy_example(tmp_path, edit)
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    old = catalog["988 Suicide & Crisis Lifeline"].string
    catalog.delete("988 Suicide & Crisis Lifeline")
    catalog.add("Veterans only, weekdays 9 to 5", "Solo para veteranos, de 9 a 17 h")
    catalog["988 Lifeline in Spanish"].string = "Línea 988 en español, solo de día"
    with po.open("wb") as fh:
        write_po(fh, catalog, width=79)
    assert old
    out = tmp_path / "review.html"
    assert main(["review", str(path), "-o", str(out)]) == 0
    capsys.readouterr()
    html = out.read_text(encoding="utf-8")
    for printed in ("Veterans only, weekdays 9 to 5", "Solo para veteranos, de 9 a 17 h",
                    "988 Lifeline in Spanish", "Línea 988 en español, solo de día",
                    "1-888-628-9454"):
        assert printed in html, printed
    row = html[html.index("Veterans only, weekdays 9 to 5"):]
    assert row.index("Solo para veteranos") < row.index("</tr>")  # in the same row


def test_sheet_shows_the_title_and_summary_in_every_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """The title and the summary print at the top of every PDF, but the sheet showed
    only the English title as its heading: a Spanish title or summary saying something
    else ('Ketamina: la solución para la depresión') reached patients unseen by the
    committee."""
    path = copy_example(tmp_path)
    from summarizer.handout_file import load_handout

    meta = load_handout(path).handout.meta
    assert meta.summary
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    catalog[meta.title].string = "Ketamina: la solución para la depresión"
    catalog[meta.summary].string = "Todo lo que necesita para dejar sus pastillas."
    with po.open("wb") as fh:
        write_po(fh, catalog, width=79)
    out = tmp_path / "review.html"
    assert main(["review", str(path), "-o", str(out)]) == 0
    capsys.readouterr()
    html = out.read_text(encoding="utf-8")
    for printed in (meta.summary, "Ketamina: la solución para la depresión",
                    "Todo lo que necesita para dejar sus pastillas."):
        assert printed in html, printed
