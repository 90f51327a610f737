"""`summarizer review`: the approval committee's sheet, on the bundled example."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from test_export import copy_example

from summarizer.cli import main
from summarizer.model import Handout

PAYLOAD = '<script>alert(1)</script><img src="http://127.0.0.1:9/x">'


def test_sheet_puts_each_sentence_beside_its_quote_level_and_findings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    def edit(h: Handout) -> None:
        claim = next(c for c in h.claims if c.id == "yale-saline")
        claim.evidence = "human-observational"
        claim.evidence_reason = f"the article does not say how people were assigned {PAYLOAD}"
        mice = next(c for c in h.claims if c.id == "vanderbilt-mice")
        mice.text = mice.text.replace("two months", "two years")

    path = copy_example(tmp_path, edit)
    out = tmp_path / "sheet" / "review.html"
    out.parent.mkdir()  # review creates no folders (tester, session 4)
    capsys.readouterr()
    assert main(["review", str(path), "-o", str(out), "--pdf"]) == 0
    assert capsys.readouterr().out.split() == [str(out), str(out.with_suffix(".pdf"))]
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html  # autoescaped
    row = html[html.index('<tr id="yale-saline">'):]
    row = row[:row.index("</tr>")]
    assert "nearly 70%" in row  # the quote beside the text
    assert "es:</small> Un estudio" in row  # and the Spanish as printed
    assert "controlled-trial / human-observational" in row  # derived / chosen
    assert "how people were assigned" in row and "EVID-OVERRIDE" in row
    mice = html[html.index('<tr id="vanderbilt-mice">'):]
    mice = mice[:mice.index("</tr>")]
    assert "FAITH-NUMBER" in mice and "two years" in mice and "lab mice" in mice
    assert "en: blocked" in html
    pages = pypdf.PdfReader(out.with_suffix(".pdf")).pages
    text = "".join("".join((p.extract_text() or "").split()) for p in pages)  # cells wrap
    assert "FAITH-NUMBER" in text and "alert(1)" in text


def test_unreadable_handout_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["review", str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("flags", [["--pdf"], []])
def test_output_named_pdf_gets_the_pdf_and_html_beside_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str]):
    """New-user pass: `review -o sheet.pdf --pdf` wrote the HTML into sheet.pdf, then the
    PDF over it, printing sheet.pdf twice (the HTML was lost); without --pdf, sheet.pdf
    held HTML. A .pdf output is the PDF, with the HTML beside it."""
    path = copy_example(tmp_path)
    out = tmp_path / "sheet.pdf"
    capsys.readouterr()
    assert main(["review", str(path), "-o", str(out), *flags]) == 0
    html = out.with_suffix(".html")
    assert capsys.readouterr().out.split() == [str(html), str(out)]
    assert out.read_bytes().startswith(b"%PDF-")
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_printed_column_carries_the_evidence_phrase_the_pdf_prints(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """New-user pass: the PDF prints "A study that compared the treatment with something
    else (another treatment or a fake one) found:" before the Yale claim, and "The article
    says:" before an opinion; the committee's sheet showed the sentence without it, so the
    wording the committee signed was not the wording printed. Every language, as printed."""
    path = copy_example(tmp_path)
    out = tmp_path / "review.html"
    assert main(["review", str(path), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")

    def row(item: str) -> str:
        r = html[html.index(f'<tr id="{item}">'):]
        return r[:r.index("</tr>")]

    yale = row("yale-saline")
    # its text describes its study ("A study at Yale gave some people ketamine and others
    # salt water"): the PDF prints no phrase before it, nor does the sheet (lead_in, #16)
    assert "found: A study at Yale" not in yale and "A study at Yale" in yale
    assert "es:</small> Un estudio en Yale" in yale
    assert "The article says: Some people" in row("fast-relief")
    assert "says:" not in row("what-anesthetic") and "found:" not in row("what-anesthetic")


def test_output_with_another_suffix_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """New-user pass: `review -o rev.md` quietly wrote an HTML page into rev.md."""
    path = copy_example(tmp_path)
    assert main(["review", str(path), "-o", str(tmp_path / "rev.md")]) == 2
    assert ".html or .pdf" in capsys.readouterr().err
    assert not (tmp_path / "rev.md").exists()
