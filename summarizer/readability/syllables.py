"""One syllable counter per language: English and Spanish exact-ish, others approximate.

English: CMUdict + learned fallback (syllables_en). Spanish: rules (syllables_es).
Other languages: pyphen hyphenation points with the edge limits set to 1 (so "a-mour"
counts), marked approximate; digits count one syllable per digit there. A language
pyphen lacks falls back to counting vowel groups, also approximate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from summarizer.readability.syllables_en import syllables_en
from summarizer.readability.syllables_es import number_syllables, syllables_es

EXACT_LANGS = frozenset({"en", "es"})
_VOWEL_RUN = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]+", re.IGNORECASE)


def base_lang(lang: str) -> str:
    """"en_US", "es-MX" -> "en", "es"."""
    return re.split(r"[-_]", lang.strip().lower() or "en", maxsplit=1)[0]


def is_approximate(lang: str) -> bool:
    return base_lang(lang) not in EXACT_LANGS


def _es_word(word: str) -> int:
    if "-" in word:
        return sum(_es_word(p) for p in word.split("-") if p) or 1
    if word[:1].isdecimal():
        digits = "".join(ch for ch in word if ch.isdecimal())
        if digits:
            return number_syllables(digits)
    return max(1, syllables_es(word))


@cache
def syllable_counter(lang: str) -> Callable[[str], int]:
    """The counter for a language: word -> syllables (always >= 1 for a word)."""
    code = base_lang(lang)
    if code == "en":
        return syllables_en
    if code == "es":
        return _es_word
    import pyphen

    found = pyphen.language_fallback(lang.replace("-", "_")) or pyphen.language_fallback(code)
    if not found:
        def vowel_groups(word: str) -> int:
            if word[:1].isdecimal():
                return max(1, sum(ch.isdecimal() for ch in word))
            return max(1, len(_VOWEL_RUN.findall(word)))
        return vowel_groups
    dic = pyphen.Pyphen(lang=found, left=1, right=1)

    def hyphenation(word: str) -> int:
        if word[:1].isdecimal():
            return max(1, sum(ch.isdecimal() for ch in word))
        return sum(len(dic.positions(p)) + 1 for p in word.split("-") if p) or 1
    return hyphenation
