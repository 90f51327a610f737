"""The notice model's side-effect veto never silences a sentence that names side effects.

The veto (7a34e25) lets the model overrule the rules' cue words where it reads no
warning at all (an illness's symptoms, a product's promise, a forum's heading). It also
silenced "This treatment can lead to unwanted side effects, including dissociation and a
risk of addiction" (the model scored it -5.3, the veto is -5): two seeds lost their only
side-effect notice, and the editor's Sources tab showed none. A sentence whose rules'
cue is a name for side effects ("side effects", "adverse reactions", "efectos
secundarios", "effets indésirables", "Nebenwirkungen"; rulebook side_effect_terms) keeps
it; the veto still reads the rest.
"""

from __future__ import annotations

import pytest

from summarizer.sources.disclaimers import sentence_kinds

NAMED = [
    ("This treatment can lead to unwanted side effects, including dissociation and a risk "
     "of addiction.", "en"),
    ("However, the potential toxic side effects of the drug have raised questions about its "
     "long-term use.", "en"),
    ("Adverse reactions such as dizziness were reported by one in ten users.", "en"),
    ("Este tratamiento puede provocar efectos secundarios no deseados, como mareos.", "es"),
    ("Ce traitement peut entraîner des effets indésirables, comme des vertiges.", "fr"),
    ("Die Behandlung kann unerwünschte Nebenwirkungen haben, etwa Schwindel.", "de"),
    ("Editor's note: the drug has the potential for addiction, especially when it is mixed "
     "with other medicines.", "en"),
]


@pytest.mark.parametrize(("sentence", "lang"), NAMED)
def test_named_side_effects_stay_a_notice(sentence: str, lang: str) -> None:
    assert "side-effects" in {kind for kind, _ in sentence_kinds(sentence, lang)}


def test_the_rules_own_exceptions_still_hold() -> None:
    """"reduces side effects" states none: the rules' exception, not the veto."""
    kinds = {k for k, _ in sentence_kinds("The new dose reduces side effects for most "
                                          "people.", "en")}
    assert "side-effects" not in kinds
