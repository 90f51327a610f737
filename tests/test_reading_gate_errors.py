"""A bug in grading is not a reading-level warning.

The gate's READ-UNSUPPORTED is for one documented case: the language has no validated
formula (readability.formulas_intl.NoValidatedFormula). It used to catch every
ValueError, KeyError and LookupError of the grading path, so a defect there printed a
warning and let `check` call the handout ready with its reading level unmeasured (the
editor's whole_grade was narrowed the same way in 6ddab16).
"""

from __future__ import annotations

import copy

import pytest
from conftest import EXAMPLE

from summarizer.gate.builtin import reading_findings
from summarizer.handout_file import load_handout
from summarizer.readability.formulas_intl import NoValidatedFormula


def _texts(handout) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {c.text: c.text for c in handout.claims}


def test_a_language_without_a_formula_is_a_warning() -> None:
    handout = copy.deepcopy(load_handout(EXAMPLE).handout)

    def no_formula(text: str, lang: str) -> object:
        raise NoValidatedFormula(lang)

    (finding,) = reading_findings(handout, "en", _texts(handout), no_formula)
    assert (finding.code, finding.severity) == ("READ-UNSUPPORTED", "warning")
    assert "no validated formula for en" in finding.message


@pytest.mark.parametrize("error", [ValueError("bad span"), KeyError("syllables"),
                                   IndexError("sentence 3")])
def test_a_defect_in_grading_is_raised_not_read_as_unsupported(error: Exception) -> None:
    handout = copy.deepcopy(load_handout(EXAMPLE).handout)

    def broken(text: str, lang: str) -> object:
        raise error

    with pytest.raises(type(error)):
        reading_findings(handout, "en", _texts(handout), broken)
