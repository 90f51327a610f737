"""Side-effect traps of session 15 (side17): what a cancer or a tumour itself causes."""

from __future__ import annotations

import pytest
from rules_helpers import kinds, with_model


# A cancer or a tumour the subject of a harm (heldout17's screening news: "El cáncer de
# próstata avanzado puede causar dolor de huesos…"): the illness's symptoms, as for any
# other illness noun of `illness_harms`.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("El cáncer de próstata avanzado puede causar dolor de huesos, cansancio y pérdida de "
     "peso.", "es"),
    ("Advanced bowel cancer can cause tiredness, weight loss and pain in the belly.", "en"),
])
def test_what_a_cancer_causes_is_no_side_effect(monkeypatch: pytest.MonkeyPatch,
                                                sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)
    assert "side-effects" not in with_model(monkeypatch, sentence, lang, "side-effects")
