"""`export --format html`: the same handout as one self-contained, accessible web page."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.handout_file import load_handout

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ketamine-depression"


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize(("locale", "direction", "heading"), [
    ("es", "ltr", "Si está en crisis, pida ayuda ahora"),
    ("vi", "ltr", "Nếu quý vị đang gặp khủng hoảng, hãy tìm trợ giúp ngay")])
def test_html_page_is_self_contained_and_tagged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        locale: str, direction: str, heading: str) -> None:
    assert main(["export", str(EXAMPLE), "-l", locale, "--format", "html",
                 "-o", str(tmp_path)]) == 0
    path = tmp_path / f"ketamine-depression.{locale}.html"
    assert capsys.readouterr().out.strip() == str(path)
    html = path.read_text(encoding="utf-8")
    outline = Outline()
    outline.feed(html)
    tags = outline.tags
    assert tags[0] == ("html", {"lang": locale, "dir": direction})
    # nothing is fetched: no stylesheet links, images, scripts, imports or url()s
    assert not [t for t, a in tags if t in ("link", "img", "script", "iframe", "object")]
    assert not any("src" in a or "href" in a for _, a in tags)
    assert not re.search(r"url\(|@import|https?://", html)
    assert "<style>" in html and ".crisis" in html  # the stylesheet, inline
    assert [t for t, _ in tags if t == "h1"] == ["h1"]
    assert f"<h2>{heading}</h2>" in html
    # English source titles keep their language for a screen reader
    h = load_handout(EXAMPLE).handout
    printed_from = {c.source for c in h.claims} | {d.source for d in h.disclaimers}
    assert sum(1 for t, a in tags if t == "cite" and a.get("lang") == "en") == len(printed_from)
    assert '<bdi dir="ltr"' in html


def test_right_to_left_html_page() -> None:
    from summarizer import render
    from summarizer.handout_file import load_handout

    html = render.render_html(load_handout(EXAMPLE), "ar", fmt="html")
    outline = Outline()
    outline.feed(html)
    assert outline.tags[0] == ("html", {"lang": "ar", "dir": "rtl"})
    assert "<link" not in html and "[dir=rtl] .notice" in html
    assert '<bdi dir="ltr">1-888-628-9454</bdi>' in html


def test_korean_html_page_keeps_words_with_css_not_word_joiners() -> None:
    """A browser knows `word-break: keep-all`; the web page says it in CSS and its text
    stays as written (a word joiner between every two syllables would be in every copy,
    search and screen reader's text). Only the PDF, for WeasyPrint, needs the joiners."""
    from summarizer import render
    from summarizer.handout_file import load_handout

    hdoc = load_handout(EXAMPLE)
    html = render.render_html(hdoc, "ko", fmt="html")
    assert "\u2060" not in html
    assert re.search(r":lang\(ko\)[^{]*\{[^}]*word-break:\s*keep-all", html)
    assert "\u2060" in render.render_html(hdoc, "ko")  # the PDF's HTML keeps them
