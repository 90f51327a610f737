"""Reviewer's regressions, session 7: cases that worked at the session's start (480eac3)
and broke with a change of this session, each in sentences written here, each failing
before its fix."""

from __future__ import annotations

import pytest

from summarizer.gate import faithfulness as faith


def blocked(quote: str, text: str, lang: str = "en", kind: str = "") -> bool:
    return bool(faith.check_rewrite(quote, text, lang, kind))


# "It is not safe to drive" forbids driving. The permission "feel fine / fit to drive"
# (75e7a4a) took any one word before its adjective, "not" too, so the quote's prohibition
# was read as a permission and blanked: "You can drive after the dose" passed as faithful.
NOT_FIT = [
    ("It is not safe to drive for 24 hours after the dose.",
     "You can drive after the dose.", "precaution", True),
    ("It is not okay to drive on the day of the infusion.",
     "You may drive home after the infusion.", "precaution", True),
    ("Patients are not fit to drive for the rest of the day.",
     "Patients can drive home after the session.", "supervision", True),
    ("It is never safe to drive straight after a session.",
     "You can drive straight after a session.", "supervision", True),
    # the faithful renderings still pass
    ("Patients are not fit to drive for the rest of the day.",
     "Patients may not drive for the rest of the day.", "supervision", False),
    ("It is not safe to drive for 24 hours after the dose.",
     "Do not drive for 24 hours after the dose.", "precaution", False),
    # and the family the permission was written for is still read
    ("Someone must drive you home after the infusion.",
     "Most people feel well enough to drive home after the infusion.", "supervision", True),
]


@pytest.mark.parametrize(("quote", "text", "kind", "unfaithful"), NOT_FIT,
                         ids=lambda v: str(v)[:40])
def test_a_denied_fitness_is_no_permission(quote: str, text: str, kind: str,
                                           unfaithful: bool) -> None:
    assert blocked(quote, text, "en", kind) == unfaithful
