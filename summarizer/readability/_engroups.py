"""Vowel groups of an English spelling and the context keys the fallback model uses.

Shared by the run-time fallback (syllables_en) and the model builder (_train_en) so
both see a word exactly the same way.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")

# Context levels, most specific first: (letters before, letters after) kept around the
# vowel group. The model answers from the most specific level it has seen.
# Each level's context contains the next one's, so the smoothing chain is nested.
LEVELS: tuple[tuple[int, int], ...] = (
    (4, 4), (3, 4), (3, 3), (2, 3), (2, 2), (1, 2), (1, 1), (0, 1), (0, 0),
)


def vowel_groups(word: str) -> list[tuple[int, int]]:
    """[start, end) of each run of vowel letters; `y` is a vowel unless it starts a
    syllable (word-initial or after a vowel, and followed by a vowel: yes, beyond)."""
    groups: list[tuple[int, int]] = []
    n = len(word)
    start = -1
    for i, ch in enumerate(word):
        if ch in _VOWELS:
            is_v = True
        elif ch == "y":
            nxt = word[i + 1] if i + 1 < n else ""
            prev_v = i == 0 or word[i - 1] in _VOWELS
            is_v = not (nxt in _VOWELS and prev_v)
        else:
            is_v = False
        if is_v:
            if start < 0:
                start = i
        elif start >= 0:
            groups.append((start, i))
            start = -1
    if start >= 0:
        groups.append((start, n))
    return groups


def context_keys(word: str, start: int, end: int) -> list[str]:
    """One key per level in LEVELS for the vowel group word[start:end]."""
    padded = "#" + word + "#"
    s, e = start + 1, end + 1
    grp = padded[s:e]
    keys: list[str] = []
    seen: tuple[str, str] | None = None
    for li in range(len(LEVELS) - 1, -1, -1):
        lb, la = LEVELS[li]
        left = padded[max(0, s - lb):s] if lb else ""
        right = padded[e:e + la] if la else ""
        # near the word's edges a wider level sees no more than the narrower one:
        # leave it out ("") so its evidence is not counted twice
        keys.append("" if (left, right) == seen else f"{li}{left}|{grp}|{right}")
        seen = (left, right)
    keys.reverse()
    return keys
