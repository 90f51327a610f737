"""An approval with a "not"/"no" idiom after a comma is still an approval. Reviewer,
session 6: "Health Canada authorized it for adults, not without debate." and "The EMA
approved it for adults with depression, no small feat…" became not-approved regulatory
notices (positive approvals are traps in every labelled corpus). A use named bare after
the comma still limits the approval."""

from __future__ import annotations

import pytest

from summarizer.sources.regulators import regulatory_statements


@pytest.mark.parametrize("sentence", [
    "Health Canada authorized it for adults, not without debate.",
    "The EMA approved it for adults with depression, no small feat for a drug of its kind.",
    "The FDA approved it for adults, not least because the trials were large.",
    "La AEMPS lo autorizó para adultos, no sin polémica.",
    "L'ANSM l'a autorisé pour les adultes, non sans débat.",
    "Das BfArM hat es für Erwachsene zugelassen, nicht ohne Debatte.",
])
def test_an_idiom_after_the_comma_keeps_the_approval(sentence: str) -> None:
    found = regulatory_statements(sentence)
    assert found and all(s.approved for s in found), found


@pytest.mark.parametrize("sentence", [
    "The MHRA registered it for Parkinson's disease, not depression.",
    "La AEMPS lo autorizó para la epilepsia, no para la depresión.",
])
def test_a_use_named_after_not_still_limits_it(sentence: str) -> None:
    found = regulatory_statements(sentence)
    assert found and not any(s.approved for s in found), found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("People who never drank more than two cups of coffee slept better in the study.", False),
    ("Don't worry more than you need to about the results.", False),
    ("Please don't pile on more than the dose on the label.", True),
    ("Never take more than two tablets in a day.", True),
])
def test_more_than_is_self_medication_only_for_a_dose(sentence: str, expected: bool) -> None:
    """Reviewer, session 6: any "never … more than" was an order about a medicine."""
    from summarizer.sources.disclaimers import sentence_kinds

    kinds = {kind for kind, _ in sentence_kinds(sentence, "en", use_model=False)}
    assert ("self-medication" in kinds) is expected
