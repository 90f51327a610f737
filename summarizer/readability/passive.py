"""Passive voice heuristics: a form of "to be" (or "get") followed by a past participle.

English: am/is/are/was/were/be/been/being/get/got/gotten + optional adverb in -ly +
a word in -ed or an irregular participle ("was given", "is usually done"). Spanish:
ser + participio ("fue aprobado", "son administradas", "ha sido hecho"); the
"se" pasiva refleja is not detected (too easily confused with reflexive verbs).
Heuristics: "is tired" counts as passive; patients read both as harder anyway.
"""

from __future__ import annotations

import re

_EN_IRREGULAR = (
    "arisen awoken beaten become begun bent bet bitten bled blown born borne bought bound "
    "broken brought built burnt caught chosen clung come cut dealt done drawn dreamt driven "
    "drunk dug eaten fallen fed felt fought found fled flown forbidden forgiven forgotten "
    "frozen given gone grown ground hung had heard hidden hit held hurt kept knelt known "
    "laid led lent let lit lost made meant met mistaken misunderstood overcome overdone "
    "overseen overtaken paid proven put quit read rid ridden rung risen run said seen "
    "sought sold sent set sewn shaken shed shown shut slain slid sown spoken spent spun "
    "spread stolen stuck stung struck sworn swept swollen swum taken taught torn told "
    "thought thrown thrust understood undergone undertaken upheld upset withdrawn withheld "
    "woken worn won wound written"
).split()
_EN_NOT_PARTICIPLE = "need indeed seed bed red feed speed shed bleed breed hundred naked sacred"
_EN_PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting|'re|'s)\s+"
    r"(?:[a-z]+ly\s+|not\s+|never\s+|also\s+|often\s+|still\s+)?"
    r"(?!(?:" + "|".join(_EN_NOT_PARTICIPLE.split()) + r")\b)"
    r"(?:[a-z]{2,}ed|" + "|".join(_EN_IRREGULAR) + r")\b",
    re.IGNORECASE,
)

_ES_SER = (
    "ser es son soy eres somos era eran éramos fue fueron fui fuimos será serán sería "
    "serían sea sean fuera fueran fuese fuesen sido siendo"
)
_ES_IRREGULAR = (
    "hech dich escrit vist puest abiert cubiert muert vuelt rot resuelt descubiert impres "
    "provist frit satisfech devuelt compuest propuest expuest dispuest suspendid"
)
_ES_PASSIVE = re.compile(
    r"\b(?:" + "|".join(_ES_SER.split()) + r")\s+(?:\w+mente\s+|no\s+)?"
    r"(?:\w{2,}(?:ad|id)[oa]s?|(?:" + "|".join(_ES_IRREGULAR.split()) + r")[oa]s?)\b",
    re.IGNORECASE,
)

_BY_LANG = {"en": _EN_PASSIVE, "es": _ES_PASSIVE}


def passive_pattern(lang: str) -> re.Pattern[str] | None:
    """The passive-voice pattern for a base language, None where we have none."""
    return _BY_LANG.get(lang)
