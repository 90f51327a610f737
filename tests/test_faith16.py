"""Session 14's faithfulness fixes (faith16).

- hostile input: compare() on a long run of "1,1,1,…" read the run from each of its
  numbers (a list "3, 6, 12 and 24 weeks" is looked for from every number) and searched
  the whole text once per number for the word before it: work grew with the square of
  the run (10,000 characters: 9.6 s). The test counts the work, not the time.
"""

from __future__ import annotations

import re
import sys

import pytest

from summarizer.gate import faithfulness


class _CountingRe:
    """The `re` module as faithfulness.py sees it, counting the characters each call of a
    module-level function is handed to scan (a search from the start of a long text for
    each of its numbers is quadratic inside C, where a call counter sees one call)."""

    def __init__(self) -> None:
        self.chars = 0

    def __getattr__(self, name: str) -> object:
        real = getattr(re, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub",
                        "subn", "split"):
            return real

        def counted(pattern, string, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.chars += len(string) if isinstance(string, str) else 0
            return real(pattern, string, *args, **kwargs)

        return counted


def _work(text: str, quote: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Python function calls made by compare() plus characters handed to re's functions."""
    counting = _CountingRe()
    monkeypatch.setattr(faithfulness, "re", counting)
    calls = 0

    def profile(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    faithfulness._compare.cache_clear()
    faithfulness.quantities.cache_clear()
    sys.setprofile(profile)
    try:
        faithfulness.compare(text, quote, lang)
    finally:
        sys.setprofile(None)
        monkeypatch.setattr(faithfulness, "re", re)
    return calls + counting.chars


QUOTE = "In a trial of 120 adults, 45% felt better within two months."


@pytest.mark.parametrize(("filler", "side"), [
    ("1,", "text"), ("1,", "quote"), ("1, ", "text"), ("12,", "text"), ("1-", "text"),
    ("1 ", "text"), ("1.", "text"),
])
def test_compare_on_a_run_of_numbers_does_work_in_proportion_to_it(
        filler: str, side: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def work(size: int) -> int:
        run = "Take " + (filler * size)[:size]
        text, quote = (run, QUOTE) if side == "text" else (QUOTE, run)
        return _work(text, quote, "en", monkeypatch)

    work(100)  # word lists loaded
    small, large = work(500), work(2000)
    # four times the text: about four times the work (the square would be sixteen)
    assert large <= 6 * small, (small, large)

