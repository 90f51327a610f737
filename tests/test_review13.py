"""Review of session 13 (review13): defects found in the session's change, each with the
input that showed it."""

from __future__ import annotations

import pytest

from summarizer.sources.contacts import find_contacts


@pytest.mark.parametrize(("sentence", "region", "number", "label"), [
    # the nearest name belongs to the other line of the sentence: the PDF printed
    # "Lifeline 1300 22 4636" and "Samaritans 0800 376 633"
    ("Call Beyond Blue on 1300 22 4636 or Lifeline on 13 11 14.", "AU",
     "+611300224636", "Beyond Blue"),
    ("Call Lifeline on 13 11 14 or 13YARN on 13 92 76.", "AU", "139276", "13YARN"),
    ("Call Lifeline on 13 11 14 or Beyond Blue on 1300 22 4636.", "AU",
     "+611300224636", "Beyond Blue"),
    ("If you are struggling, call Samaritans on 116 123 or Youthline on 0800 376 633.",
     "NZ", "+64800376633", "Youthline"),
])
def test_a_known_number_never_carries_another_lines_name(
        sentence: str, region: str, number: str, label: str) -> None:
    found = {f.contact.number: f.contact.label for f in find_contacts(sentence, region)}
    assert found[number] == label


def test_a_known_number_keeps_a_name_the_article_gives_it() -> None:
    found = {f.contact.number: f.contact.label
             for f in find_contacts("Kids Helpline (1800 55 1800) and Lifeline (13 11 14) "
                                    "are open all night.", "AU")}
    assert found == {"+611800551800": "Kids Helpline", "131114": "Lifeline"}
