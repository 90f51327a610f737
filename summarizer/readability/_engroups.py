"""Vowel groups of an English spelling and the features the fallback classifier uses.

Shared by the run-time fallback (syllables_en) and the model builder (_train_en) so
both see a word exactly the same way.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")


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


# Features of a vowel group for the fallback's classifier:
# - every window of up to FEAT_LEFT letters before and FEAT_RIGHT after (at most
#   FEAT_SPAN in all; "#" marks the word's edges) around the group's letters, so a
#   wide context ("-tion#", "#re") and a narrow one vote together instead of backing
#   off from one to the other;
# - the group's place counted from the word's end and start;
# - consonant/vowel shapes of wider windows (generalise to unseen letter strings);
# - the neighbouring vowel groups and the consonant runs between them ("i|a" in
#   "media" vs "special" depends on what comes before the i).
# Chosen on a validation split of the training words (see _train_en --val).
FEAT_LEFT, FEAT_RIGHT, FEAT_SPAN = 4, 4, 6
_SHAPE_WINDOWS = ((3, 3), (5, 5), (2, 5), (5, 2))
_SHAPE = str.maketrans({c: ("V" if c in "aeiouy" else "C") for c in "abcdefghijklmnopqrstuvwxyz"})


def group_features(word: str, groups: list[tuple[int, int]]) -> list[set[str]]:
    """One feature set per vowel group of `word` (see FEAT_LEFT)."""
    padded = "#" + word + "#"
    n = len(groups)
    out: list[set[str]] = []
    for i, (s, e) in enumerate(groups):
        s += 1
        e += 1
        grp = padded[s:e]
        fs: set[str] = set()
        for lb in range(FEAT_LEFT + 1):
            left = padded[max(0, s - lb):s] + "|" + grp + "|"
            for la in range(min(FEAT_RIGHT, FEAT_SPAN - lb) + 1):
                fs.add(left + padded[e:e + la])
        r = min(n - 1 - i, 3)
        fs.add(f"r{r}|{grp}|{padded[e:e + 1]}")
        fs.add(f"r{r}i{min(i, 3)}|{grp}")
        for lb, la in _SHAPE_WINDOWS:
            left = padded[max(0, s - lb):s].translate(_SHAPE)
            fs.add(f"s{left}|{grp}|{padded[e:e + la].translate(_SHAPE)}")
        prev = padded[groups[i - 1][0] + 1:groups[i - 1][1] + 1] if i else "^"
        nxt = padded[groups[i + 1][0] + 1:groups[i + 1][1] + 1] if i + 1 < n else "$"
        lc = padded[groups[i - 1][1] + 1 if i else 0:s]
        rc = padded[e:groups[i + 1][0] + 1 if i + 1 < n else len(padded)]
        fs.add(f"g{prev}|{grp}|{nxt}")
        fs.add(f"c{lc}|{grp}|{rc}")
        fs.add(f"c|{grp}|{rc}{nxt}")
        fs.add(f"c{prev}{lc}|{grp}|")
        out.append(fs)
    return out
