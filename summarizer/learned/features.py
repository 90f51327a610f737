"""The features a notice model reads: what a reviewer can check by eye.

Lowercased words and pairs of neighbouring words, every number as "<num>" (a dose or a
wait is the same cue whatever its value), and the language as "lang=xx". Training
(scripts/train_notice_model.py) and inference (notices.py) both call `features`, so
the two can never disagree on what a feature is.
"""

from __future__ import annotations

import re
from itertools import pairwise

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
NUM = "<num>"


def tokens(text: str) -> list[str]:
    """Lowercased words (apostrophes kept inside: "don't"), numbers as NUM."""
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group(0)
        out.append(NUM if w[0].isdigit() else w.lower().replace("’", "'"))
    return out


def features(text: str, lang: str) -> list[str]:
    """Distinct features of one sentence: words, word pairs and the language."""
    toks = tokens(text)
    out = dict.fromkeys(toks)
    out.update(dict.fromkeys(f"{a} {b}" for a, b in pairwise(toks)))
    out[f"lang={lang}"] = None
    return list(out)
