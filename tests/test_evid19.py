"""Evidence levels for the families heldout17-19 and the pooled released folders left
missing in session 18, each a general mechanism (words in the rulebook, none a product,
drug or topic of a corpus article). Sentences written here, not corpus text; read as the
gate reads a quote (derive_evidence)."""

from __future__ import annotations

import pytest
from evidence_helpers import level

# --- a press release's headline and standfirst: the result's verb in the present tense or
# a healing verb ("scientists discover a cream that heals", "a balm … healed cuts") claims
# a finding, which the study the release tells next reports (in mice) -------------------

_RELEASE = (
    "Scientists discover seaweed balm that heals cuts in hours\n"
    "A balm made at Northgate College healed cuts three times as fast as a plain "
    "dressing, a breakthrough for field medicine.\n"
    "In the study, mice with a small cut on the flank were treated with the balm once a "
    "day and healed in 4 days on average, against 12 days with a plain dressing.\n")


@pytest.mark.parametrize("quote", [
    "Scientists discover seaweed balm that heals cuts in hours",
    "A balm made at Northgate College healed cuts three times as fast as a plain dressing, "
    "a breakthrough for field medicine.",
])
def test_release_headline_with_heal_or_discover_takes_the_animal_study(quote: str) -> None:
    assert level(_RELEASE, quote) == "animal"
