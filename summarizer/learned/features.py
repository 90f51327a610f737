"""The features a notice model reads: what a reviewer can check by eye.

Lowercased words and pairs of neighbouring words, every number as "<num>" (a dose or a
wait is the same cue whatever its value), the first STEM letters of every longer word as
"super…" (one feature for "supervised", "supervision", "supervisión", "supervisé": a
new article's inflection or its cognate in another language still counts), and the
language as "lang=xx". Training
(scripts/train_notice_model.py) and inference (notices.py) both call `features`, so
the two can never disagree on what a feature is.
"""

from __future__ import annotations

import re
from itertools import pairwise

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
NUM = "<num>"
STEM = 5  # letters a stem keeps (leave-one-folder-out: 4 fires more loosely, 6-7 find less)
STEM_MARK = "…"


def tokens(text: str) -> list[str]:
    """Lowercased words (apostrophes kept inside: "don't"), numbers as NUM."""
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group(0)
        out.append(NUM if w[0].isdigit() else w.lower().replace("’", "'"))
    return out


def features(text: str, lang: str) -> list[str]:
    """Distinct features of one sentence: words, word pairs, stems and the language."""
    toks = tokens(text)
    out = dict.fromkeys(toks)
    out.update(dict.fromkeys(f"{a} {b}" for a, b in pairwise(toks)))
    out.update(dict.fromkeys(t[:STEM] + STEM_MARK for t in toks if len(t) > STEM))
    out[f"lang={lang}"] = None
    return list(out)
