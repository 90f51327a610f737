"""Spelling rules the learned English fallback gets wrong: drug-name stems, British
spellings, medical combining forms.

Why: on words CMUdict lacks, the classifier's misses cluster in drug names (the stems
"-oxetine", "-gepant", "-apine" carry vowel pairs it reads as one syllable: flu-ox-e-
tine) and in British spellings (dyspnoea, coeliac). These rules come from the WHO INN /
USAN stem lists and the usual British-to-American respellings, not from the hand-counted
test words (tests/data/en_syllables_unseen.tsv), which no rule or model is built from.
"""

from __future__ import annotations

import re

from summarizer.readability._lazy import lazy

# INN/USAN stems (WHO "The use of stems in the selection of INNs") as spoken in US
# English, with the syllables each adds. Longest first; a stem must leave at least
# MIN_HEAD letters before it.
DRUG_STEMS: tuple[tuple[str, int], ...] = tuple(sorted((
    ("oxetine", 3), ("gepant", 2), ("apine", 2), ("azepine", 3), ("afil", 2), ("rexant", 2),
    ("prazole", 2), ("triptan", 2), ("sartan", 2), ("vastatin", 3), ("tinib", 2),
    ("ciclib", 2), ("parib", 2), ("zomib", 2), ("cillin", 2), ("floxacin", 3), ("tidine", 2),
    ("vacaine", 2), ("coxib", 2), ("setron", 2), ("dipine", 2), ("gliflozin", 3),
    ("gliptin", 2), ("glutide", 2), ("xaban", 2), ("gatran", 2), ("platin", 2), ("taxel", 2),
    ("olol", 2), ("semide", 2), ("lukast", 2), ("dronate", 2), ("zumab", 2), ("ximab", 2),
    ("umab", 2), ("mycin", 2), ("peridone", 3), ("idone", 2), ("ganolone", 3),
    ("anolone", 3), ("axolone", 3), ("navir", 2), ("previr", 2), ("buvir", 2), ("tegravir", 3),
    ("ciclovir", 3), ("sertib", 2), ("degib", 2), ("lisib", 2), ("rafenib", 3),
), key=lambda s: -len(s[0])))
MIN_HEAD = 2

# Medical and everyday combining forms before a word CMUdict knows ("de|realization",
# "psycho|education", "up|cycling"), with their syllables.
PREFIXES: tuple[tuple[str, int], ...] = tuple(sorted((
    ("anti", 2), ("de", 1), ("re", 1), ("un", 1), ("non", 1), ("pre", 1), ("trans", 1),
    ("up", 1), ("hyper", 2), ("hypo", 2), ("psycho", 2), ("neuro", 2), ("myo", 2),
    ("keto", 2), ("electro", 3), ("cardio", 3), ("gastro", 2), ("immuno", 3), ("micro", 2),
    ("tele", 2), ("bio", 2), ("geo", 2), ("peri", 2), ("poly", 2), ("mis", 1), ("multi", 2),
    ("sub", 1), ("super", 2), ("intra", 2), ("inter", 2), ("post", 1), ("over", 2),
), key=lambda p: -len(p[0])))
MIN_REST = 5

# British -> American respellings that keep the syllables (anaemia/anemia,
# oesophagus/esophagus, behaviour/behavior, centre/center, organise/organize, ...).
_BRITISH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (lazy(p), r) for p, r in (
        (r"ae", "e"), (r"oe", "e"), (r"our", "or"), (r"([^aeiou])re(s?)$", r"\1er\2"),
        (r"([^aeiou])re(d)$", r"\1er\2"), (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"),
        (r"ys(e|es|ed|ing)$", r"yz\1"), (r"ogue(s?)$", r"og\1"), (r"amme(s?)$", r"am\1"),
        (r"ll(ed|ing|er|ers|or|ors)$", r"l\1"), (r"ph", "f"),
    )
)


def british_variants(w: str) -> list[str]:
    """American spellings to look up for a British one (each rule alone, then all)."""
    out: list[str] = []
    every = w
    for pat, rep in _BRITISH:
        v = pat.sub(rep, w)
        if v != w:
            out.append(v)
        every = pat.sub(rep, every)
    if every != w and every not in out:
        out.append(every)
    return out


def drug_stem(w: str) -> tuple[int, int] | None:
    """(where the stem starts, its syllables) for a word ending in an INN stem."""
    for stem, n in DRUG_STEMS:
        if w.endswith(stem) and len(w) - len(stem) >= MIN_HEAD:
            return len(w) - len(stem), n
    return None
