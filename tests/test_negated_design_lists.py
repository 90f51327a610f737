"""A design the source denies in a list ("no placebo or other comparison group",
"without a placebo or a control group") is denied in each of its items: the study has
no control, and no quote of it may be tagged a controlled trial (review8; sentences of
our own, written failing first)."""

from __future__ import annotations

import pytest
from evidence_helpers import alone


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In this study, 80 adults took the capsules for eight weeks and there was no placebo "
     "or other comparison group; their sleep improved.", "en"),
    ("In this study, 80 adults took the capsules for eight weeks, without a placebo or a "
     "control group; their sleep improved.", "en"),
    ("In this study, 80 adults took the capsules for eight weeks and there was no waiting "
     "list or any other comparison group; their sleep improved.", "en"),
])
def test_a_denied_list_of_controls_leaves_the_trial_uncontrolled(sentence, lang):
    assert alone(sentence, lang) == "uncontrolled-trial"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In this trial, 80 adults took the capsules or a placebo for eight weeks; their sleep "
     "improved more on the capsules.", "en"),
    ("In the trial, 200 patients were randomly assigned; those who did not respond or "
     "received placebo were offered the drug later.", "en"),
])
def test_an_affirmed_control_after_an_or_stays_controlled(sentence, lang):
    assert alone(sentence, lang) in ("controlled-trial", "randomized-controlled")
