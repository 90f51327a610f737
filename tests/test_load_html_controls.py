"""Control characters in an HTML page are shown as in a .txt file (tester, session 8).

The HTML parser dropped a raw ESC and kept the rest of its sequence, so "found.\\x1b[2J It
is not approved" became "found.[2J It is not approved": the two sentences merged into one
quote (no claim was proposed), and a title "Evil \\x1b[31mRED\\x1b[0m" gave the source id
"evil-31mred-0m". The page is now read with each control character replaced one for one
before parsing, as a text file is, so the sequence stays visible and is read as a gap."""

from __future__ import annotations

from pathlib import Path

from summarizer.sources.analyze import analyze_source
from summarizer.sources.ids import make_source_id
from summarizer.sources.load import load_source

ESC = "\x1b"
BODY = (f"Melatonin may help some people fall asleep, a small trial of 40 adults found.{ESC}[2J "
        "It is not approved by the FDA for insomnia.")


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Evil {ESC}]0;pwned\x07 title {ESC}[31mRED{ESC}[0m</title></head>"
        f"<body><article><h1>Sleep {ESC}[31mhelp{ESC}[0m news\x07</h1><p>{BODY}</p>"
        "</article></body></html>", encoding="utf-8")
    return page


def test_an_html_page_keeps_its_control_sequences_visible_like_a_text_file(
        tmp_path: Path) -> None:
    src = load_source(_page(tmp_path))
    assert "[2J" not in src.text.replace("\u241b[2J", "")  # never without its ESC's stand-in
    assert "\u241b[2J" in src.text
    assert not any(ord(c) < 32 and c not in "\n\t\r" for c in src.text + src.title)


def test_its_sentences_split_and_its_id_has_no_sequence(tmp_path: Path) -> None:
    page = _page(tmp_path)
    src = load_source(page)
    txt = tmp_path / "same.txt"
    txt.write_text(BODY, encoding="utf-8")
    as_text = analyze_source("t", load_source(txt), region="US")
    as_html = analyze_source("h", src, region="US")
    kinds = sorted(d.kind for d in as_html.disclaimers)
    assert kinds == sorted(d.kind for d in as_text.disclaimers)
    assert [d.quote for d in as_html.disclaimers if d.kind == "regulatory"] == [
        "It is not approved by the FDA for insomnia."]
    assert len(as_html.claims) == len(as_text.claims) >= 1
    sid = make_source_id(src, set())
    assert "31m" not in sid and "0m" not in sid.split("-"), sid
