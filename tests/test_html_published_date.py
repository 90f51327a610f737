"""A page's publication date comes from what the page says it is (meta tags, <time>,
JSON-LD, a dated byline), never from its copyright footer: "© 2026 Salud Hoy" is not
"published 2026-01-01" (the gate's META-NO-DATE or the editor then asks for it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.sources.load import load_source

_BODY = (
    "<p>" + "La ketamina se estudió en un ensayo aleatorizado con 40 adultos con "
    "depresión. " * 4 + "</p><p>" + "Los resultados fueron modestos y los autores "
    "pidieron ensayos más grandes antes de un uso más amplio. " * 3 + "</p>"
)


def _page(head: str = "", top: str = "",
          foot: str = "<footer><p>© 2026 Salud Hoy</p></footer>") -> str:
    return (f"<html lang='es'><head><title>Ketamina</title>{head}</head><body><article>"
            f"<h1>Ketamina y depresión</h1>{top}{_BODY}</article>{foot}</body></html>")


def _published(tmp_path: Path, html: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return load_source(path).published


@pytest.mark.parametrize("foot", [
    "<footer><p>© 2026 Salud Hoy</p></footer>",
    "<footer><p>Copyright 2025 Salud Hoy. All rights reserved.</p></footer>",
    "<footer><p>© 2019-2026 Gesundheit Heute GmbH</p></footer>",
])
def test_a_copyright_year_is_not_a_publication_date(tmp_path: Path, foot: str) -> None:
    assert _published(tmp_path, _page(foot=foot)) == ""


@pytest.mark.parametrize(("head", "top"), [
    ('<meta property="article:published_time" content="2025-03-05T10:00:00Z">', ""),
    ("", '<time datetime="2025-03-05">5 de marzo de 2025</time>'),
    ('<script type="application/ld+json">{"@context": "https://schema.org", '
     '"@type": "NewsArticle", "headline": "Ketamina", "datePublished": "2025-03-05"}'
     "</script>", ""),
    ("", '<p class="byline">Published March 5, 2025</p>'),
    ("", "<p>By Ana Ruiz | March 5, 2025</p>"),
])
def test_a_date_the_page_gives_is_kept_beside_a_copyright_footer(
    tmp_path: Path, head: str, top: str
) -> None:
    assert _published(tmp_path, _page(head=head, top=top)) == "2025-03-05"
