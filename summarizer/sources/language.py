"""Which language an article is written in, so its words are read with that language's rules.

A count of the commonest function words is enough for whole articles in the languages
the rulebook has lists for; a short or mixed text falls back to English. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The most frequent short function words of each language (grammar words, not topic
# words), chosen so that no word is shared by two of the lists.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to is in that for with you are was it this be have".split()),  # noqa: SIM905
    "es": frozenset("el los las del que y en para con una por es se al su lo como".split()),  # noqa: SIM905
    "fr": frozenset("le les des et est une pour dans du que qui au sur pas vous sont".split()),  # noqa: SIM905
    "de": frozenset("der die das und ist mit für nicht ein eine zu den von sich auf".split()),  # noqa: SIM905
}
# The languages guess_language can tell apart.
GUESSED = frozenset(_FUNCTION_WORDS)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=256)
def guess_language(text: str, default: str = "en") -> str:
    """The language whose function words are commonest in `text` (first 20,000 chars)."""
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for m in _WORD.finditer(text[:20000].lower()):
        w = m.group(0)
        for lang, words in _FUNCTION_WORDS.items():
            if w in words:
                counts[lang] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 3 and counts[best] > counts.get(default, 0) else default
