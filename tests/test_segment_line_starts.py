"""A line that starts in lower case after a finished sentence starts a new sentence.

Web pages copied as text put one paragraph per line, and site furniture often starts in
lower case ("subscribe to our newsletter"); glued to the crisis line before it, it became
part of that notice's quote (tester12). Hand-wrapped text still continues after an
abbreviation ("e.g." at a line's end).
"""

from __future__ import annotations

import pytest

from summarizer.sources.segment import segment


def _texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def test_lower_case_line_after_a_finished_sentence_is_its_own_sentence() -> None:
    text = ("If you are in crisis, call or text 988.\n"
            "subscribe to our newsletter for weekly updates.\n")
    assert _texts(text) == ["If you are in crisis, call or text 988.",
                            "subscribe to our newsletter for weekly updates."]


@pytest.mark.parametrize("end", ["?", "!"])
def test_other_sentence_ends_also_stop_before_a_lower_case_line(end: str) -> None:
    text = f"Is it safe to stop{end}\nmore stories from our desk\n"
    assert len(_texts(text)) == 2


@pytest.mark.parametrize("abbrev", ["e.g.", "approx.", "U.S."])
def test_a_line_ending_on_an_abbreviation_still_continues(abbrev: str) -> None:
    text = (f"Some patients were given another anaesthetic, {abbrev}\n"
            "propofol, before the first infusion started.\n")
    assert len(_texts(text)) == 1


@pytest.mark.parametrize("end", ['..."', "\u2026", '."'])
def test_an_ellipsis_or_a_closed_quote_at_a_line_end_goes_on(end: str) -> None:
    text = (f'The German "Zu Risiken und Nebenwirkungen{end}\n'
            "formula is not a notice.\n")
    assert len(_texts(text)) == 1
