"""The handout's own treatment name does not raise its reading grade.

tester9: a short handout about melatonin (11 short sentences) graded 10.3 against a
ceiling of 10 and was refused; with "melatonin" written "the pill" it graded 7.2. The
name is the one word a patient must read and cannot be replaced, and the reading panel
already never coaches it as a hard word. The gate's grade reads the names of the drugs
the handout is about (its title or summary names them; rulebook drugs.toml, any
language's form) as a short word; other long words still count.
"""

from __future__ import annotations

import copy

from conftest import EXAMPLE

from summarizer.gate.builtin import reading_findings
from summarizer.handout_file import load_handout
from summarizer.readability.topic import names_as_words, topic_drugs

SENTENCES = [
    "A study tested melatonin in 120 adults over 65.",
    "They took melatonin or a placebo for eight weeks.",
    "People who took melatonin fell asleep a little sooner.",
]


def _handout(title: str, texts: list[str]):  # type: ignore[no-untyped-def]
    """The example handout with its title set and its claims' texts replaced."""
    handout = copy.deepcopy(load_handout(EXAMPLE).handout)
    handout.meta.title = title
    handout.disclaimers = []
    handout.claims = handout.claims[:len(texts)]
    for claim, text in zip(handout.claims, texts, strict=True):
        claim.text = text
    return handout


def _grade(title: str, texts: list[str]) -> float:
    handout = _handout(title, texts)
    handout.meta.max_grade = 0.5  # every grade is above it: the message gives the grade
    (finding,) = reading_findings(handout, "en", {t: t for t in texts})
    return float(finding.message.split()[2])


def test_the_topic_drug_reads_as_a_short_word() -> None:
    about = topic_drugs("Melatonin for sleep in older adults", "")
    assert about == frozenset({"melatonin"})
    assert names_as_words("They took melatonin, or melatonina.", about) == \
        "They took Med, or Med."
    assert names_as_words("They took ketamine.", about) == "They took ketamine."


def test_the_grade_does_not_count_the_topic_name_as_hard() -> None:
    about_it = _grade("Melatonin for sleep", SENTENCES)
    plain = _grade("Melatonin for sleep", [s.replace("melatonin", "it") for s in SENTENCES])
    not_about_it = _grade("Sleep in older adults", SENTENCES)
    assert about_it <= plain + 0.5  # the name costs next to nothing
    assert not_about_it > about_it + 1  # a drug the handout is not about still counts
