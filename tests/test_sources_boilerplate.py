"""Web furniture is masked by general rules, kept for offsets, never a claim."""

from __future__ import annotations

from conftest import seed

from summarizer.sources.boilerplate import is_furniture_text, mask_sentences, repeated_line_keys
from summarizer.sources.segment import segment


def masked(text: str, repeated: frozenset[str] = frozenset()) -> list[str]:
    return [s.text for s in mask_sentences(text, segment(text), repeated) if s.boilerplate]


def test_seed_furniture_masked_article_kept() -> None:
    text = seed("004").read_text(encoding="utf-8")
    m = masked(text)
    for junk in (
        "top of page",
        "Instagram",
        "Staff Writer",
        "Nov 19, 2024",
        "3 min read",
        "illustration of a photo of a blurred person",
        "Comments",
        "bottom of page",
        "Sources:",
        "Link",
    ):
        assert junk in m
    assert not any("interventional psychiatry" in t for t in m)
    assert not any(t.startswith("Rapid Relief") for t in m)


def test_general_rules_on_unseen_furniture() -> None:
    for line in (
        "By Jane Doe",
        "Share this article",
        "12 Comments",
        "• Facebook",
        "We use cookies to improve your experience.",
        "Posted on March 3, 2024",
        "5 minute read",
        "Photo credit: Getty Images",
        "Subscribe",
        "© 2024 Health Co.",
    ):
        assert is_furniture_text(line), line
    for line in (
        "By blocking NMDA receptors, ketamine works.",
        "Introduction",
        "The study was published in Nature.",
        "Share of patients improved by 20%.",
        "Ketamine works within hours.",
    ):
        assert not is_furniture_text(line), line


def test_lines_repeated_across_sources_are_masked() -> None:
    a = "Heart Health Weekly\nKetamine helps some people.\nRead our editors' picks\n"
    b = "Heart Health Weekly\nExercise helps many people.\nRead our editors' picks\n"
    rep = repeated_line_keys([a, b])
    assert "read our editors picks" in rep
    assert masked(a, rep) == ["Heart Health Weekly", "Read our editors' picks"]
    assert masked(a) == []  # alone, nothing says these lines are furniture


def test_masking_keeps_offsets() -> None:
    text = "top of page\n  • Instagram\nKetamine acts fast.\n"
    for s in mask_sentences(text, segment(text)):
        assert text[s.span.start : s.span.end] == s.text
