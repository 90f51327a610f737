"""The small words that join, split or bound clauses and number ranges ("but", "pero",
"whereas", "2 to 3 weeks", "a week or two", "in New Zealand"), read from the rulebook.

One registry: LISTS names every such list of the word files (words/<lang>.toml); a
module asks `words(name)` for the set of its entries in every language at once (a text
and its quote may be in two languages), or `alternation(name)` for a regular-expression
alternation of them. Both are kept until the rulebook reloads. A clinic adds Italian's
"ma" by adding `contrast_words = ['ma']` to its word file; no module keeps a copy.
Pure: no I/O beyond the rulebook's.
"""

from __future__ import annotations

from functools import cache

from summarizer.rulebook import in_every_language, on_reload

LISTS: dict[str, str] = {
    "contrast_words": "a contrast that opens a clause (but, pero, mais, aber)",
    "concession_words": "a concession that opens a clause (whereas, aunque)",
    "coordinators": "a coordinating word that joins two clauses (and, y, so)",
    "clause_stops": "a word that ends a negation's reach (whether, that, because)",
    "place_prepositions": "a preposition before a place's name (in, en, dans, im)",
    "place_articles": "an article inside a place's name (the, la, der)",
    "one_words": "a word for one (one, a, un, eine)",
    "range_or_words": "'or' between two numbers (a week or two)",
    "range_words": "a word between the two ends of a range (to, a, à, bis)",
    "and_words": "'and' inside a number written in words (one hundred and five)",
    "hundred_words": "the word for a hundred (hundred, cien, cent, hundert)",
    "thousand_words": "the word for a thousand (thousand, mil, mille, tausend)",
}


@cache
def words(name: str) -> frozenset[str]:
    """Every language's entries of list `name`, lowercased."""
    if name not in LISTS:
        raise KeyError(f"{name}: not a connectives list (one of {', '.join(LISTS)})")
    return frozenset(e.casefold() for e in in_every_language(name))


@cache
def alternation(name: str) -> str:
    """Every language's entries of list `name` as one alternation, longest first (they
    are regular-expression fragments: "así\\s+que")."""
    if name not in LISTS:
        raise KeyError(f"{name}: not a connectives list (one of {', '.join(LISTS)})")
    return "|".join(sorted(in_every_language(name), key=lambda e: (-len(e), e)))


on_reload(words.cache_clear)
on_reload(alternation.cache_clear)
