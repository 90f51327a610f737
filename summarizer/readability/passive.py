"""Passive voice heuristics: a form of "to be" (or "get") followed by a past participle.

English: am/is/are/was/were/be/been/being/get/got/gotten + optional adverb in -ly +
a word in -ed or an irregular participle ("was given", "is usually done"). Spanish:
ser + participio ("fue aprobado", "son administradas", "ha sido hecho"); the
"se" pasiva refleja is not detected (too easily confused with reflexive verbs).
Heuristics: "is tired" counts as passive; patients read both as harder anyway.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_EN_IRREGULAR = [
    "arisen",
    "awoken",
    "beaten",
    "become",
    "begun",
    "bent",
    "bet",
    "bitten",
    "bled",
    "blown",
    "born",
    "borne",
    "bought",
    "bound",
    "broken",
    "brought",
    "built",
    "burnt",
    "caught",
    "chosen",
    "clung",
    "come",
    "cut",
    "dealt",
    "done",
    "drawn",
    "dreamt",
    "driven",
    "drunk",
    "dug",
    "eaten",
    "fallen",
    "fed",
    "felt",
    "fought",
    "found",
    "fled",
    "flown",
    "forbidden",
    "forgiven",
    "forgotten",
    "frozen",
    "given",
    "gone",
    "grown",
    "ground",
    "hung",
    "had",
    "heard",
    "hidden",
    "hit",
    "held",
    "hurt",
    "kept",
    "knelt",
    "known",
    "laid",
    "led",
    "lent",
    "let",
    "lit",
    "lost",
    "made",
    "meant",
    "met",
    "mistaken",
    "misunderstood",
    "overcome",
    "overdone",
    "overseen",
    "overtaken",
    "paid",
    "proven",
    "put",
    "quit",
    "read",
    "rid",
    "ridden",
    "rung",
    "risen",
    "run",
    "said",
    "seen",
    "sought",
    "sold",
    "sent",
    "set",
    "sewn",
    "shaken",
    "shed",
    "shown",
    "shut",
    "slain",
    "slid",
    "sown",
    "spoken",
    "spent",
    "spun",
    "spread",
    "stolen",
    "stuck",
    "stung",
    "struck",
    "sworn",
    "swept",
    "swollen",
    "swum",
    "taken",
    "taught",
    "torn",
    "told",
    "thought",
    "thrown",
    "thrust",
    "understood",
    "undergone",
    "undertaken",
    "upheld",
    "upset",
    "withdrawn",
    "withheld",
    "woken",
    "worn",
    "won",
    "wound",
    "written",
]
_EN_IRREGULAR_SET = frozenset(_EN_IRREGULAR)
_EN_NOT_PARTICIPLE = frozenset(
    [
        "need",
        "indeed",
        "seed",
        "bed",
        "red",
        "feed",
        "speed",
        "shed",
        "bleed",
        "breed",
        "hundred",
        "naked",
        "sacred",
        "wicked",
    ]
)
# be/get, an optional adverb, then the candidate word (checked in Python: cheaper than
# one regex alternation over every participle)
_EN_BE = "am is are was were be been being get gets got gotten getting"
# The lookahead on the first letters is not needed for the matches; it lets the regex
# skip most positions at once (about a third faster on the seed articles).
_EN_BE_FIRST = "".join(sorted({c for w in _EN_BE.split() for c in (w[0], w[0].upper())}))
_EN_PASSIVE = re.compile(
    r"\b(?=[" + _EN_BE_FIRST + r"])(?:"
    + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _EN_BE.split())
    + r")\s+"
    r"(?:[a-z]+ly\s+|not\s+|never\s+|also\s+|often\s+|still\s+)?([A-Za-z]+)\b"
)


def _en_participle(word: str) -> bool:
    if word in _EN_NOT_PARTICIPLE:
        return False
    return (len(word) > 3 and word.endswith("ed")) or word in _EN_IRREGULAR_SET


_ES_SER = (
    "ser es son soy eres somos era eran éramos fue fueron fui fuimos será serán sería "
    "serían sea sean fuera fueran fuese fuesen sido siendo"
)
_ES_IRREGULAR = frozenset(
    f"{stem}{end}"
    for stem in [
        "hech",
        "dich",
        "escrit",
        "vist",
        "puest",
        "abiert",
        "cubiert",
        "muert",
        "vuelt",
        "rot",
        "resuelt",
        "descubiert",
        "impres",
        "provist",
        "frit",
        "satisfech",
        "devuelt",
        "compuest",
        "propuest",
        "expuest",
        "dispuest",
    ]
    for end in ("o", "a", "os", "as")
)
_ES_PASSIVE = re.compile(
    r"\b(?:" + "|".join(_ES_SER.split()) + r")\s+(?:\w+mente\s+|no\s+)?(\w+)\b",
    re.IGNORECASE,
)
_ES_PARTICIPLE = re.compile(r"\w{2,}(?:ad|id)[oa]s?")


def _es_participle(word: str) -> bool:
    return word in _ES_IRREGULAR or _ES_PARTICIPLE.fullmatch(word) is not None


# words that must be present (any case) before the pattern is worth running
_EN_TRIGGERS = frozenset(w for b in _EN_BE.split() for w in (b, b.capitalize()))
_ES_TRIGGERS = frozenset(w for b in _ES_SER.split() for w in (b, b.capitalize()))

_BY_LANG = {
    "en": (_EN_PASSIVE, _en_participle, _EN_TRIGGERS),
    "es": (_ES_PASSIVE, _es_participle, _ES_TRIGGERS),
}


def passive_pattern(
    lang: str,
) -> tuple[re.Pattern[str], Callable[[str], bool], frozenset[str]] | None:
    """(pattern capturing the word after a form of be/ser, is-participle test, trigger
    words one of which must be among the sentence's words) or None."""
    return _BY_LANG.get(lang)
