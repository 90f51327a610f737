"""Review of session 8's notice rules: "make sure your GP knows" asks the reader to tell
a clinician something about their treatment or health, not about a shop's opening hours
(review8; sentences of our own, written failing first)."""

from __future__ import annotations

import pytest
from rules_helpers import kinds


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Make sure your GP knows about our new opening hours.", "en"),
    ("Make sure your pharmacist knows where to send the invoice.", "en"),
    ("Assurez-vous que votre médecin est au courant de nos nouveaux horaires.", "fr"),
])
def test_telling_a_clinician_about_something_else_is_no_notice(sentence, lang):
    assert not kinds(sentence, lang) & {"self-medication", "supervision"}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Make sure your doctor knows about any other medicines you take.", "en"),
    ("Make sure your GP knows if you are pregnant or breastfeeding.", "en"),
    ("Before the first dose, make sure your pharmacist knows.", "en"),
    ("If you have asthma, make sure your GP knows before you start.", "en"),
    ("Assurez-vous que votre médecin est au courant avant de commencer.", "fr"),
    ("Si vous avez de l'asthme, assurez-vous que votre médecin le sait.", "fr"),
])
def test_telling_a_clinician_about_the_treatment_stays_a_notice(sentence, lang):
    assert kinds(sentence, lang) & {"self-medication", "supervision"}
