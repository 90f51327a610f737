"""The drugs a handout is about, and its text graded with their names as short words.

A handout about melatonin must say "melatonin": the patient needs the name and no plain
word replaces it. The reading panel never coaches it as a hard word, and the gate's
grade does not count it as one either (a short handout about a four-syllable drug was
refused for the name alone). Other drugs the text names still count. Pure; the names
and their forms in every language come from the rulebook's drugs.toml.
"""

from __future__ import annotations

import re

# What a topic name is graded as: one syllable, three letters, in every language's
# formula (it stays a word: the counts of words and sentences do not change).
SHORT_WORD = "Med"


def topic_drugs(title: str, summary: str = "") -> frozenset[str]:
    """Canonical names of the drugs a handout's title or summary names."""
    from summarizer.rulebook import drugs

    return frozenset(drugs().named(f"{title}\n{summary}"))


def names_as_words(text: str, about: frozenset[str]) -> str:
    """`text` with each form of a drug in `about` written as SHORT_WORD."""
    if not about:
        return text
    from summarizer.rulebook import drugs

    book = drugs()

    def short(m: re.Match[str]) -> str:
        written = m.group(0)
        name = book.canonical(written)
        return SHORT_WORD if set(book.parts.get(name, (name,))) & about else written

    return book.pattern.sub(short, text)
