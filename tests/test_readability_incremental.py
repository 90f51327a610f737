"""A re-score after an edit splits again only the text the edit changed
(analyze._bounds_after_edit) and reuses the hard words of sentences read before: the
same bounds and the same report as a fresh analysis, on random edits of the seeds."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from summarizer.readability import Analyzer
from summarizer.readability.analyze import _bounds_after_edit, _sentence_bounds

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
# what moves a sentence end: abbreviations, initials, titles and days, units, closers
PIECES = [
    " ",
    ".",
    ". ",
    "Dr. ",
    "e.g. ",
    "\n",
    "\n\n",
    "U.S. ",
    "A. ",
    "mg. Take",
    "“Yes.” ",
    "3.5 ",
    "am 3. März",
    "…",
    "?! ",
    "word ",
    "Prof. Dr. med. Anna",
    "(",
    ")",
    "etc. Tell",
    "no. 5",
    "SSRIs (selective serotonin reuptake inhibitors) ",
    "We were told it was given. ",
    "50% of people. ",
]


def _texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        pytest.skip("no seed articles beside the checkout")
    return texts


def _edit(rng: random.Random, text: str) -> str:
    i = rng.randrange(len(text) + 1)
    j = min(len(text), i + rng.choice([0, 0, 1, 3, 20, 200]))
    return (
        text[:i] + "".join(rng.choice(PIECES) for _ in range(rng.choice([0, 1, 2, 5]))) + text[j:]
    )


def test_the_bounds_after_an_edit_are_those_of_a_fresh_split() -> None:
    rng = random.Random(17)
    texts = _texts()
    for _ in range(150):
        text = rng.choice(texts)
        starts, ends = _sentence_bounds(text)
        for _ in range(4):
            new = _edit(rng, text) or "x"
            want = _sentence_bounds(new)
            assert _bounds_after_edit(text, starts, ends, new) == want
            text, (starts, ends) = new, want


def _dump(report: object) -> tuple[object, ...]:
    r = report
    return (
        r.headline_grade,
        r.formulas,
        r.lexical_density,  # type: ignore[attr-defined]
        [(s.start, s.end, s.grade, s.passive, s.hard_words) for s in r.sentences],  # type: ignore[attr-defined]
        [n.to_dict() for n in r.notes],
    )  # type: ignore[attr-defined]


def test_a_re_score_after_edits_reads_as_a_fresh_analysis() -> None:
    rng = random.Random(18)
    texts = _texts()
    analyzer = Analyzer("en")
    for _ in range(8):
        text = rng.choice(texts)
        for _ in range(5):
            text = _edit(rng, text) or "x"
            got = _dump(analyzer.analyze(text))
            assert got == _dump(Analyzer("en", sentence_cache=False).analyze(text))
