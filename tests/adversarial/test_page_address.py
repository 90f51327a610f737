"""A saved web page's own address (<link rel=canonical>, else og:url) is its source's URL.

A nurse saves an article from the browser ("Save page as…") and runs `summarizer new`
on the .html file: the page says where it lives, and the handout's sources list should
cite that address, as it does for a page fetched by URL. The page is untrusted: only a
plain http(s) address with a host, no spaces or control characters and at most 4096
characters (the schema's limit) is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.handout_file import load_handout
from summarizer.sources.load import load_bytes

PARAS = [
    "A new study of ketamine in 40 adults with depression found that symptoms eased "
    "within hours for many of them, the researchers said on Monday.",
    "The drug is not approved for depression and should only be given under close "
    "supervision in a clinic, the authors wrote in their paper.",
]


def page(head: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<!doctype html><html><head><title>Ketamine study</title>{head}</head><body>"
            f"<article><h1>Ketamine study</h1>{body}</article></body></html>")


CANONICAL = '<link rel="canonical" href="https://news.example.org/ketamine-study">'
OG = '<meta property="og:url" content="https://example.org/share/ketamine">'


def url_kept_by_new(tmp_path: Path, html: str) -> str:
    saved = tmp_path / "saved" / "Ketamine study.html"
    saved.parent.mkdir()
    saved.write_text(html, encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(saved)]) == 0
    (ref,) = load_handout(tmp_path / "h").handout.sources
    assert ref.origin == str(saved.resolve())
    return ref.url


def test_a_saved_pages_canonical_link_is_its_url(tmp_path: Path) -> None:
    assert url_kept_by_new(tmp_path, page(OG + CANONICAL)) == \
        "https://news.example.org/ketamine-study"


def test_og_url_when_there_is_no_canonical_link(tmp_path: Path) -> None:
    assert url_kept_by_new(tmp_path, page(OG)) == "https://example.org/share/ketamine"


@pytest.mark.parametrize("head", [
    '<link href="https://news.example.org/ketamine-study" rel="alternate Canonical">',
    "<link rel=canonical href=https://news.example.org/ketamine-study>",
    '<link rel="canonical" href=" https://news.example.org/ketamine-study\n">',
])
def test_how_a_page_writes_its_link_does_not_matter(tmp_path: Path, head: str) -> None:
    assert url_kept_by_new(tmp_path, page(head)) == "https://news.example.org/ketamine-study"


@pytest.mark.parametrize("href", [
    "javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/a", "/news/ketamine",
    "https://", "https://exa mple.org/a", "https://example.org/\x1b[31mred",
    "https://example.org/a\x07", "data:text/html,hi",
    "https://example.org/" + "a" * 5000,
])
def test_an_untrusted_address_is_not_kept(tmp_path: Path, href: str) -> None:
    head = f'<link rel="canonical" href="{href}"><meta property="og:url" content="{href}">'
    assert url_kept_by_new(tmp_path, page(head)) == ""


def test_a_bad_canonical_link_falls_back_to_og_url(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="javascript:void(0)">' + OG
    assert url_kept_by_new(tmp_path, page(head)) == "https://example.org/share/ketamine"


def test_a_fetched_pages_relative_canonical_is_read_against_its_address() -> None:
    html = page('<link rel="canonical" href="/news/ketamine-study?id=1&amp;x=2">')
    loaded = load_bytes(html.encode(), "html", "https://news.example.org/p/123")
    assert loaded.url == "https://news.example.org/news/ketamine-study?id=1&x=2"


@pytest.mark.parametrize("href", ["https://example.org/\u202eevil", "https://example.org/\x85x"])
def test_reordering_and_c1_characters_are_not_kept(tmp_path: Path, href: str) -> None:
    assert url_kept_by_new(tmp_path, page(f'<link rel="canonical" href="{href}">')) == ""


def test_a_non_ascii_address_is_kept_as_written(tmp_path: Path) -> None:
    href = "https://example.org/santé/kétamine"
    assert url_kept_by_new(tmp_path, page(f'<link rel="canonical" href="{href}">')) == href


def test_a_control_character_written_as_an_entity_never_reaches_the_url(tmp_path: Path) -> None:
    """HTML reads `&#27;` as nothing (an invalid character reference): what is kept has
    no escape character, whatever the page tried."""
    head = '<link rel="canonical" href="https://example.org/&#27;[2J&#x9b;31m">'
    url = url_kept_by_new(tmp_path, page(head))
    assert url.startswith("https://example.org/") and url.isprintable()
