"""Regulatory notices the held-out set released this session (bones and joints) missed,
each written here as a family: a regulator restricting a medicine right after its name
("has restricted", "banned", "added warnings"), a payer that does not fund a treatment
(the verb, not only "funded by"), a device's CE mark as a medical device, and a "not
approved by" whose agent is a body the rulebook does not know named beside "any other
regulator". Read as the detector reads a sentence (`stated_kinds`) and as the page
reader keeps a sidebar's line (`is_safety_line`: a line it drops is never searched)."""

from __future__ import annotations

import pytest

from summarizer.sources.disclaimers import is_safety_line, stated_kinds


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Since 2019 the MHRA has restricted pack sizes of codeine syrups and added warnings "
     "about addiction.", "en"),
    ("In 2022 the FDA banned the sale of the drops to children under two.", "en"),
    ("Health Canada added stronger warnings about liver damage to the label.", "en"),
    ("En 2023 la ANMAT prohibió la venta de unas gotas para dormir importadas.", "es"),
    ("En 2021, l'ANSM a restreint la prescription du sirop aux médecins spécialistes.", "fr"),
    ("Das BfArM hat die Anwendung bei Kindern 2020 eingeschränkt.", "de"),
])
def test_a_regulator_restricting_a_medicine_is_a_notice(sentence: str, lang: str) -> None:
    assert "regulatory" in stated_kinds(sentence, lang)
    assert is_safety_line(sentence, "", lang)


@pytest.mark.parametrize("sentence", [
    "The HSE does not currently fund laser therapy for back pain, so you pay the fee.",
    "Pharmac doesn't subsidise the patches for smoking cessation in adults under 25.",
    "The massage chairs in our shop are CE-marked medical devices, which means they meet "
    "European safety standards.",
    "The splint is CE marked as a Class IIa medical device for snoring in adults.",
    "This spray is not approved by the National Drug Authority of Uganda or any other "
    "regulator.",
])
def test_a_payer_a_device_mark_and_an_unknown_body(sentence: str) -> None:
    assert "regulatory" in stated_kinds(sentence, "en")
    assert is_safety_line(sentence, "", "en")


@pytest.mark.parametrize("sentence", [
    "Our plunge tubs are CE marked and meet UK electrical safety standards.",
    "The new rota was not approved by the board, the manager said.",
    "The charity funds research into arthritis and runs a helpline for information.",
    "The FDA approved the drug in 2019 after two large trials.",
])
def test_no_restriction_no_notice(sentence: str) -> None:
    assert "regulatory" not in stated_kinds(sentence, "en")
