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


# What a licence covers, or what a drug is prescribed for, is the illness treated, not a
# side effect (bc801f6, b147704). The masks ran to the end of the sentence, so a warning the
# label includes, and a side effect after "but", disappeared with them: the notice was
# lost in every language (en/es only ended the "used for" mask at ", but").
LICENCE_THEN_HARM = [
    ("The drug label includes a warning about dizziness and nausea.", "en"),
    ("Its approval covers adults with depression, but many get headaches and nausea.", "en"),
    ("La ficha técnica incluye una advertencia sobre mareos y náuseas.", "es"),
    ("Su autorización cubre a adultos, pero muchos sufren mareos y náuseas.", "es"),
    ("Son autorisation comprend une mise en garde sur les vertiges et les nausées.", "fr"),
    ("Son autorisation couvre les adultes, mais beaucoup ont des vertiges et des nausées.",
     "fr"),
    ("Il est prescrit contre la dépression, mais il peut provoquer des vertiges et des "
     "nausées.", "fr"),
    ("Il est autorisé dans la dépression, mais certains patients ont des nausées.", "fr"),
    ("Die Zulassung umfasst einen Warnhinweis zu Schwindel und Übelkeit.", "de"),
    ("Die Zulassung gilt für Erwachsene, aber viele bekommen Schwindel und Übelkeit.", "de"),
]


@pytest.mark.parametrize(("sentence", "lang"), LICENCE_THEN_HARM, ids=lambda v: str(v)[:40])
def test_a_harm_beside_a_licence_is_still_a_side_effect(sentence: str, lang: str) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    assert "side-effects" in {k for k, _ in sentence_kinds(sentence, lang)}
