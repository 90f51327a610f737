"""Command-line defects the tester found on main in session 6, each one line to the user."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main


def test_a_fifo_named_handout_toml_is_named_as_such(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check FOLDER` whose handout.toml is a FIFO said "FOLDER: is a folder; did you mean
    FOLDER/handout.toml?", sending the user to the path that was the problem."""
    import os

    folder = tmp_path / "h"
    folder.mkdir()
    os.mkfifo(folder / "handout.toml")
    for command in (["check", str(folder)], ["verify", str(folder)]):
        capsys.readouterr()
        assert main(command) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1, err
        assert "FIFO" in err and "did you mean" not in err, err


ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Pill eases depression | Example News</title>
<script>window.dataLayer=[];function track(){document.write("BUY NOW")}</script>
<style>.promo{color:red}</style></head><body>
<div id="cookie-banner">We use cookies. Accept all cookies? <button>Accept</button></div>
<nav><a href="/">Home</a> | <a href="/subscribe">Subscribe</a></nav>
<article><h1>Pill eases depression, study says</h1>
<p>A new pill eased depression faster than an older one in a trial of 327 adults.</p>
<p>People who took it felt better in the second week.</p>
<p>The most common side effects were dizziness and headache.</p>
<p>Doctors said longer studies are needed before anyone can be sure.</p>
</article>
<footer><p>If you are in crisis, call or text 988.</p><p>© 2025 Example News.</p></footer>
</body></html>
"""


def test_readability_of_an_html_article_reads_the_article_not_its_markup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`readability article.html` graded the raw markup ('<!DOCTYPE html>', the script,
    the cookie banner) as 46 sentences; it reads the article's text as `claims` does,
    without the page's footer."""
    import json

    page = tmp_path / "article.html"
    page.write_text(ARTICLE, encoding="utf-8")
    assert main(["readability", str(page), "--json"]) == 0
    sentences = [s["text"] for s in json.loads(capsys.readouterr().out)["report"]["sentences"]]
    assert not any("<" in s or "cookie" in s.lower() or "988" in s for s in sentences), sentences
    assert any(s.startswith("People who took it felt better") for s in sentences), sentences


def test_readability_of_a_pdf_reads_its_text(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`readability handout.pdf` said "binary file: a PDF document; give it a .pdf name so
    it is read as a PDF" of a file named .pdf."""
    import json

    from test_sources_pdf_docx import two_column_pdf

    pdf = tmp_path / "article.pdf"
    two_column_pdf(pdf, ["People who took the new pill felt better in the second week of "
                         "the trial, and most of them said so."] * 6, repeat=1)
    rc = main(["readability", str(pdf), "--json"])
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    sentences = [s["text"] for s in json.loads(captured.out)["report"]["sentences"]]
    assert any("felt better in the second week" in s for s in sentences), sentences


BOM = b"\xef\xbb\xbf"


def test_a_handout_saved_with_a_byte_order_mark_is_read_and_a_catalog_is_told_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Windows Notepad saves UTF-8 with a byte-order mark: `check` said
    "handout.toml:1:0: invalid TOML: Empty key" of the handout, and "Babel cannot read it:
    Unknown or misformatted keyword on 0" of its Spanish catalog. The handout is read as
    the same file without the mark; the catalog, which GNU msgfmt rejects, is refused
    saying so."""
    from test_export import copy_example

    handout = copy_example(tmp_path)
    capsys.readouterr()
    rc = main(["check", str(handout), "-l", "en"])  # the copy's own findings, as it stands
    before = capsys.readouterr().out
    handout.write_bytes(BOM + handout.read_bytes())
    assert main(["check", str(handout), "-l", "en"]) == rc
    captured = capsys.readouterr()
    assert "invalid" not in captured.err + captured.out
    assert captured.out == before
    # a save from the editor's model keeps the file readable
    from summarizer.handout_file import load_handout

    hdoc = load_handout(handout)
    hdoc.handout.meta.title = "Ketamine: what to know"
    hdoc.save(handout)
    assert load_handout(handout).handout.meta.title == "Ketamine: what to know"

    po = handout.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    po.write_bytes(BOM + po.read_bytes())
    assert main(["check", str(handout), "-l", "es"]) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "byte-order mark" in out and "Babel cannot read" not in out, out


def test_new_refuses_a_folder_name_with_control_characters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Tester, session 6: `new "handouts/a<ESC>[2Jb"` failed with 'invalid TOML: Control
    characters … in comments' (the name is in the file's header). Now one usage line that
    says what is wrong, shown without the raw escape, and nothing is written."""
    folder = tmp_path / "a\x1b[2Jb"
    seed = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_709b59ea1f568ba3.txt"
    assert main(["new", str(folder), "--sources", str(seed)]) == 2
    err = capsys.readouterr().err
    assert "control characters" in err and "\x1b" not in err
    assert not folder.exists()


def test_a_long_article_says_it_is_being_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Tester, session 6: `claims` on a 10 MB text ran 55 s with nothing on the screen.
    A source of a megabyte or more is named on stderr before it is read; a short one is
    read without a word."""
    seed = (Path(__file__).resolve().parents[2] / "shared" / "seeds" /
            "000_709b59ea1f568ba3.txt").read_text(encoding="utf-8")
    big = tmp_path / "long.txt"
    big.write_text("\n\n".join([seed] * (1_100_000 // len(seed) + 1)), encoding="utf-8")
    assert main(["claims", str(big)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("summarizer: reading ") and "1.1 MB" in err
    small = tmp_path / "short.txt"
    small.write_text(seed, encoding="utf-8")
    assert main(["claims", str(small)]) == 0
    assert capsys.readouterr().err == ""
