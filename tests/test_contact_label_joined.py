"""A crisis line's name with "and" in it is read whole: "the Suicide and Crisis Lifeline"
is not "Crisis Lifeline"."""

from __future__ import annotations

import pytest

from summarizer.sources.contacts import find_contacts


@pytest.mark.parametrize(("sentence", "label"), [
    ("If you are in crisis, call or text 988 to reach the Suicide and Crisis Lifeline.",
     "Suicide and Crisis Lifeline"),
    ("Call the Suicide and Crisis Lifeline at 988.", "Suicide and Crisis Lifeline"),
    ("The 988 Suicide and Crisis Lifeline answers at 988, day and night.",
     "988 Suicide and Crisis Lifeline"),
    ("Call the Suicide & Crisis Lifeline at 988.", "Suicide & Crisis Lifeline"),
    ("Call the Veterans Crisis Line at 988 and press 1.", "Veterans Crisis Line"),
])
def test_a_line_name_joined_by_and_is_read_whole(sentence: str, label: str) -> None:
    assert {f.contact.label for f in find_contacts(sentence)} == {label}


def test_two_lines_joined_by_and_stay_two() -> None:
    found = find_contacts("Call Samaritans on 116 123 and the Crisis Text Line on 85258.",
                          "GB")
    assert {f.contact.label for f in found} >= {"Samaritans"}
    assert "Samaritans and" not in " ".join(f.contact.label for f in found)
