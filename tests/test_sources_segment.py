"""Sentence spans: always true to the text, robust to web-article shapes."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.sources.segment import segment


def _check(text: str, fmt: str = "txt") -> None:
    prev_end = 0
    for s in segment(text, fmt):
        assert text[s.span.start : s.span.end] == s.text
        assert s.text.strip() and s.text == s.text.strip()
        assert s.span.start >= prev_end
        prev_end = s.span.end


ALPHABET = st.sampled_from(
    [*"abc XYZ.!?:;,-•·#\n\r\t1(”“’\"", "U.S.", "Dr.", "e.g.", "\u00a0"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=120).map("".join), st.sampled_from(["txt", "md"]))
def test_spans_are_exact_ordered_and_non_empty(text: str, fmt: str) -> None:
    _check(text, fmt)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["txt", "md", "html"]))
def test_spans_hold_for_any_unicode(text: str, fmt: str) -> None:
    _check(text, fmt)


def test_seeds_segment_exactly(seed_paths: list[Path]) -> None:
    for p in seed_paths:
        _check(p.read_text(encoding="utf-8"))


def texts(text: str, fmt: str = "txt") -> list[str]:
    return [s.text for s in segment(text, fmt)]


def test_abbreviations_do_not_split() -> None:
    text = "Dr. Smith works in the U.S. with patients. Doses vary, e.g. by weight. It helps."
    assert texts(text) == [
        "Dr. Smith works in the U.S. with patients.",
        "Doses vary, e.g. by weight.",
        "It helps.",
    ]


def test_headings_are_their_own_sentences_and_flagged() -> None:
    text = (
        "Why Rapid Response Matters\nKetamine acts fast. Some relapse.\n\n"
        "2. Neurogenesis\nText here."
    )
    sents = segment(text)
    assert [(s.text, s.heading) for s in sents] == [
        ("Why Rapid Response Matters", True),
        ("Ketamine acts fast.", False),
        ("Some relapse.", False),
        ("2. Neurogenesis", True),
        ("Text here.", False),
    ]


def test_bullets_dates_and_glued_text() -> None:
    text = (
        "7/9/20253 min read\n· decreased inflammation\n• improved mood\n"
        "- Visit FindTreatment.govor call 800-662-HELP (4357). Or text 838255.\n"
    )
    assert texts(text) == [
        "7/9/20253 min read",
        "decreased inflammation",
        "improved mood",
        "Visit FindTreatment.govor call 800-662-HELP (4357).",
        "Or text 838255.",
    ]


def test_wrapped_paragraph_lines_join_in_plain_text() -> None:
    text = (
        "Ketamine was first used as an anesthetic in hospitals and in field\n"
        "medicine, and only later studied for depression. It is fast.\n"
    )
    assert texts(text) == [
        "Ketamine was first used as an anesthetic in hospitals and in field\n"
        "medicine, and only later studied for depression.",
        "It is fast.",
    ]


def test_a_one_word_answer_is_its_own_sentence_in_both_splitters() -> None:
    from summarizer.readability import analyze_text

    text = "Is it a cure? No. It helps some people, Dr. Lee says."
    expected = ["Is it a cure?", "No.", "It helps some people, Dr. Lee says."]
    assert [s.text for s in segment(text, "txt")] == expected
    assert [s.text for s in analyze_text(text, "en").sentences] == expected


def test_a_run_without_sentence_ends_is_cut_into_bounded_pieces() -> None:
    """340 KB of words with no full stop took 73 s to propose claims from, as one
    'sentence' that every cue re-read; pieces of at most MAX_SENTENCE characters, cut
    at spaces, keep every later pass linear."""
    from summarizer.sources.segment import MAX_SENTENCE, segment_full

    rng = random.Random(7)
    words = ["ketamine", "helps", "some", "people", "with", "depression", "and", "nausea"]
    text = " ".join(rng.choice(words) for _ in range(20_000)) + ". Call 988 now."
    sents = segment(text)
    assert all(len(s.text) <= MAX_SENTENCE for s in sents)
    assert all(text[s.span.start:s.span.end] == s.text for s in sents)
    assert all(not s.text[0].isspace() and not s.text[-1].isspace() for s in sents)
    # nothing lost silently: the pieces, then the run-on text left unread past the
    # budget (RUN_ON_BUDGET, reported), hold every word of the run, in order, and no
    # word is split
    seg = segment_full(text)
    unread = [text[s:e] for s, e in seg.unread]
    assert [s.text for s in seg.sentences] == [s.text for s in sents]
    assert " ".join([*(s.text for s in sents[:-1]), *unread, sents[-1].text]).split() \
        == text.split()
    assert sents[-1].text == "Call 988 now."


def test_ordinary_sentences_are_not_cut() -> None:
    text = ("Ketamine is given in a clinic, and a nurse stays with you for two hours. " * 3)
    assert [s.text for s in segment(text)] == [text.split(". ")[0] + "."] * 3
