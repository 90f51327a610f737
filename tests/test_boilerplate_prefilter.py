"""boilerplate.Prefiltered: the furniture phrases' regex is skipped on lines that hold
none of its alternatives' words, with exactly the same answers.

The furniture phrases' pattern (boilerplate.strong) tries some 110 case-insensitive
alternatives at every position of every short line and sentence: ~0.2 s of CPU for the
270 KB of labelled articles, ~0.7 s a megabyte of `summarizer claims`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.sources import boilerplate
from summarizer.sources.boilerplate import Prefiltered

DATA = Path(__file__).resolve().parent / "data"
# every labelled folder but heldout11 (this session's unseen set: never read)
FOLDERS = ["corpus", "corpus-fr", "corpus-de", "heldout", *(f"heldout{i}" for i in range(2, 11))]
STRONG = boilerplate.strong()  # the furniture phrases of the word files


def _lines() -> list[str]:
    out = []
    paths = [p for f in FOLDERS for p in sorted((DATA / f).glob("*")) if p.suffix in
             (".txt", ".html", ".md")]
    paths += sorted((DATA.parents[1].parent / "shared" / "seeds").glob("*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        out += [ln for ln in text.splitlines() if ln.strip()]
        out += [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    return out


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_the_same_answers_on_every_labelled_line() -> None:
    lines = _lines()
    assert len(lines) > 5000
    fast = Prefiltered(STRONG)
    assert [_span(fast.search(x)) for x in lines] == [_span(STRONG.search(x)) for x in lines]
    assert sum(STRONG.search(x) is not None for x in lines) > 50  # furniture was found


NEEDS = sorted({w for branch in Prefiltered(STRONG)._needs or () for need in branch
                for w in need})
PIECES = st.sampled_from([*NEEDS, " ", "  ", "-", ":", "©", "2024", "5 ", "our ", "the ",
                          "ı", "ſ", "K", "İ", "ß", "é", "\u00a0", "’", "\n"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(PIECES, max_size=12), st.randoms(use_true_random=False))
def test_the_same_answers_on_words_of_the_phrases_in_any_case(pieces: list[str],
                                                              rnd) -> None:
    text = "".join(p.upper() if rnd.random() < 0.3 else p.title() if rnd.random() < 0.2
                   else p for p in pieces)
    assert _span(Prefiltered(STRONG).search(text)) == _span(STRONG.search(text))


@pytest.mark.parametrize("text", ["ſkip to content", "Skıp to content", "SKIP TO CONTENT",
                                  "Back to top", "© 2024 Acme", "Image credits: Getty",
                                  "The trial ended early.", "İmage credit"])
def test_case_folds_lowercasing_does_not_show(text: str) -> None:
    assert _span(Prefiltered(STRONG).search(text)) == _span(STRONG.search(text))


class Counting:
    """A pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.real, self.pattern, self.flags, self.calls = pattern, pattern.pattern, \
            pattern.flags, 0

    def search(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        return self.real.search(text)


def test_an_ordinary_sentence_is_answered_without_the_regex(monkeypatch) -> None:
    counting = Counting(STRONG)
    fast = Prefiltered(counting)  # type: ignore[arg-type]
    monkeypatch.setattr(boilerplate, "_strong_search", lambda: fast)
    boilerplate.is_furniture_text.cache_clear()
    assert not boilerplate.is_furniture_text("Ketamine eased depression in a small trial.")
    assert counting.calls == 0
    assert boilerplate.is_furniture_text("Skip to main content")
    assert counting.calls == 1
    boilerplate.is_furniture_text.cache_clear()


def test_a_pattern_it_cannot_read_is_searched_as_written() -> None:
    any_number = re.compile(r"(?i)\d+|cookie")
    fast = Prefiltered(any_number)
    assert fast._needs is None
    assert _span(fast.search("Call 988 now")) == (5, 8)
