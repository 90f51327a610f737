"""The features a notice model reads: what a reviewer can check by eye.

Lowercased words and pairs of neighbouring words, every number as "<num>" (a dose or a
wait is the same cue whatever its value), the first STEM letters of every longer word as
"super…" (one feature for "supervised", "supervision", "supervisión", "supervisé": a
new article's inflection or its cognate in another language still counts), the NEG_SCOPE
words after a negation marked "¬word" ("do not stop" and "stop" are different cues:
leave-one-folder-out, session 7, regulatory recall 0.64 -> 0.68, self-medication 0.69 ->
0.71, supervision precision 0.90 -> 0.91, nothing lower), the language as "lang=xx", and
the sentence's skeleton: its word pairs with every word the model does not know as
common to many areas (the model file's "skeleton") written "_" ("see _", "_ doctor": "see
an audiologist" and "see an ophthalmologist" are one cue, whatever the area's words).
Session 13: the RELIEF_SCOPE words after a word of relief marked "↓word" (and "↓" alone,
and a relief word outside the skeleton written "↓": "can ↓"): "can alleviate depression"
is what a treatment does for the reader, not the harm of "can cause depression"; and the
sentence's first word as "^word": an order opens the sentence ("Take it with food").
Training
(scripts/train_notice_model.py) and inference (notices.py) both call `features`, so
the two can never disagree on what a feature is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.model import Sentence

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
NUM = "<num>"
STEM = 5  # letters a stem keeps (leave-one-folder-out: 4 fires more loosely, 6-7 find less)
STEM_MARK = "…"
NEG_MARK = "¬"
NEG_SCOPE = 3  # words a negation marks (leave-one-folder-out: 2 and 5 find less)
# Negation words of en, es, fr, de, as the tokenizer yields them ("n't" forms are caught
# by their ending). A fixed list, not the rulebook's: the model must not move when a
# rule's word list is edited (it is retrained only when its training files change).
NEGATIONS = frozenset({
    "not", "no", "never", "nor", "without", "nobody", "none",
    "nunca", "ni", "sin", "nada", "nadie", "tampoco",
    "ne", "pas", "jamais", "sans", "aucun", "aucune", "personne", "rien",
    "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "ohne", "weder",
})


RELIEF_MARK = "↓"
RELIEF_SCOPE = 3  # words a relief verb marks, as NEG_SCOPE
# The stems of verbs (and nouns) of relief in en, es, fr, de: what a treatment does FOR the
# reader ("can alleviate depression and anxiety symptoms", "soulage les crampes"), not
# "treat" (its "treatment" opens every kind of sentence) nor "heal" ("health"). A
# symptom after one is the illness eased, not a harm: marked "↓sympt…" it is another cue
# than the plain "sympt…" of "can cause symptoms". Fixed, as NEGATIONS is.
RELIEF = (
    "reliev", "relief", "eas", "allevia", "sooth", "lessen", "reduc", "improv",
    "shorten", "calm", "cure",
    "alivi", "calma", "mejor", "disminu", "acort",
    "soulag", "apais", "rédui", "réduc", "amélior", "diminu", "guéri", "raccourc",
    "linder", "verbesser", "reduzier", "verringer", "beruhig", "mildert",
)
OPENING_MARK = "^"  # the sentence's first word: "^take", "^clean" (an order opens so)
# The optional feature families emitted (scripts/cv_areas.py --families compares others).
# Session 13, leave one area out (heldout13, 14, 15; rules + model P/R pooled, no family ->
# both): supervision 0.82/0.57 (78/95) -> 0.85/0.57 (77/91), self-medication 0.84/0.68
# (201/238) -> 0.84/0.69 (206/246), regulatory and side effects the same (0.99/0.77,
# 0.61/0.76); on their own, the first word moved self-medication and relief nothing but
# seed 003's benefit read as a side effect (0.88 -> -3.8; its threshold 0.5).
FAMILIES: frozenset[str] = frozenset({"relief", "opening"})


def tokens(text: str) -> list[str]:
    """Lowercased words (apostrophes kept inside: "don't"), numbers as NUM."""
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group(0)
        out.append(NUM if w[0].isdigit() else w.lower().replace("’", "'"))
    return out


def _stem(word: str) -> str:
    return word[:STEM] + STEM_MARK if len(word) > STEM else word


def is_negation(token: str) -> bool:
    """A negation word of en, es, fr or de, or an "n't" form."""
    return token in NEGATIONS or token.endswith("n't")


def negated(toks: list[str]) -> list[str]:
    """The NEG_SCOPE words after each negation, stemmed and marked: "¬stopp…"."""
    out, left = [], 0
    for t in toks:
        if is_negation(t):
            left = NEG_SCOPE
        elif left:
            out.append(NEG_MARK + _stem(t))
            left -= 1
    return out


def is_relief(token: str) -> bool:
    """A verb or noun of relief (RELIEF) in en, es, fr or de; "ease" but not "easy"."""
    return token.startswith(RELIEF) and not token.startswith(("easy", "easi", "east"))


def relieved(toks: list[str]) -> list[str]:
    """"↓" when the sentence names a relief, and the RELIEF_SCOPE words after each relief
    word, stemmed and marked: "↓depre…" ("alleviate depression")."""
    out, left = [], 0
    for t in toks:
        if is_relief(t):
            out.append(RELIEF_MARK)
            left = RELIEF_SCOPE
        elif left:
            out.append(RELIEF_MARK + _stem(t))
            left -= 1
    return out


def features(text: str, lang: str, before: str = "", after: str = "",
             known: frozenset[str] = frozenset()) -> list[str]:
    """Distinct features of one sentence: words, word pairs, stems, negated words and the
    language; its skeleton's pairs when `known` (the skeleton's words) is given; and the
    words and stems of the sentences `before` and `after` it (see `neighbours`), marked
    "prev:" and "next:" ("" for none)."""
    toks = tokens(text)
    out = dict.fromkeys(toks)
    out.update(dict.fromkeys(f"{a} {b}" for a, b in pairwise(toks)))
    out.update(dict.fromkeys(t[:STEM] + STEM_MARK for t in toks if len(t) > STEM))
    out.update(dict.fromkeys(negated(toks)))
    if "relief" in FAMILIES:
        out.update(dict.fromkeys(relieved(toks)))
    if "opening" in FAMILIES and toks and toks[0] != NUM:
        out[OPENING_MARK + toks[0]] = None
    out[f"lang={lang}"] = None
    if known:
        out.update(dict.fromkeys(skeleton_pairs(toks, known)))
    for mark, near in ((PREV, before), (NEXT, after)):
        if near:
            out.update(dict.fromkeys(mark + f for f in _context(tokens(near))))
    return list(out)


PREV, NEXT = "prev:", "next:"
OTHER = "_"  # a word outside the skeleton (the tokenizer never yields "_" as a word)


def skeleton_pairs(toks: list[str], known: frozenset[str]) -> list[str]:
    """The pairs of neighbouring words with at least one word outside `known` (and not a
    number) read as OTHER: "should see _", "_ doctor" (pairs of two known words are the
    plain pairs already); a word of relief outside `known` as RELIEF_MARK: "can ↓" is not
    "can _" ("can alleviate" is no "can irritate")."""
    ab = [t if t == NUM or t in known else
          RELIEF_MARK if "relief" in FAMILIES and is_relief(t) else OTHER for t in toks]
    return [f"{a} {b}" for a, b in pairwise(ab) if OTHER in (a, b) or RELIEF_MARK in (a, b)]


def _context(toks: list[str]) -> dict[str, None]:
    """What a neighbouring sentence contributes: its words and stems, not its pairs (fewer
    features, and a neighbour's wording matters less than its topic)."""
    out = dict.fromkeys(toks)
    out.update(dict.fromkeys(t[:STEM] + STEM_MARK for t in toks if len(t) > STEM))
    return out


def neighbours(sentences: Sequence[Sentence], block_of: Sequence[int],
               i: int) -> tuple[str, str]:
    """The texts of the sentences just before and after sentence `i` in its paragraph
    ("" where there is none, or it is a heading): "Take it only with your doctor's
    care. They will check your blood pressure every week." is one notice whose second
    half says why. Training and detection both ask it, of the same segmentation."""
    def near(j: int) -> str:
        if 0 <= j < len(sentences) and j < len(block_of) and block_of[j] == block_of[i]:
            return "" if sentences[j].heading else sentences[j].text
        return ""
    return near(i - 1), near(i + 1)
