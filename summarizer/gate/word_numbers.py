"""Numbers written as words, both ways: "three gummies" is not "one gummy", "1 capsule" is
"a single capsule", "por tres" is not "por diez"; and number words that count nothing
("all at once", "de una vez", "auf einmal") are no number.

`quantities()` in faithfulness.py reads a number word only with a unit ("two months"), so
a count of things ("two medicines", "more than one gummy") was invisible on both sides:
a changed one passed and a digit for it was blocked. Pure; words from the rulebook
(number_words of words/<lang>.toml or numerals.toml; `[reversals] not_counts`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.rulebook import WordList, section

_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?")


@lru_cache(maxsize=16)
def _not_counts(lang: str) -> re.Pattern[str]:
    return WordList("not_counts", lang, tuple(section(lang, "reversals").get(
        "not_counts", ()))).pattern


def without_idioms(text: str, lang: str) -> str:
    """`text` with number words that count nothing blanked ("stop it all at once")."""
    return _not_counts(lang).sub(" ", text)


def _stem(word: str) -> str:
    """A counted noun's stem: its first five letters ("gummy"/"gummies", "tablet(s)")."""
    return word.casefold()[:5]


@lru_cache(maxsize=4096)
def counts(text: str, lang: str) -> tuple[tuple[float, str, str], ...]:
    """Every number in `text`, digits and words: (value, as written, the word after it).
    Idioms are left out; a number in several words is one ("forty-one" is 41, as "41")."""
    from summarizer.gate.faithfulness import (
        _compound,
        _number,
        grouped_digits,
        number_rules,
        plain_digits,
    )

    rules = number_rules(lang)
    tokens = _WORD.findall(without_idioms(grouped_digits(plain_digits(text), lang), lang))
    out = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.casefold()
        if not tok[0].isdigit() and (low in rules.fractions or low in rules.multiplier_words):
            i += 1
            continue  # read by quantities() as a share or a count of times
        value = _number(tok, rules)
        if value is None:
            i += 1
            continue
        j = i + 1
        if not tok[0].isdigit():
            value, j = _compound(tokens, i, value, rules)
        out.append((value, " ".join(tokens[i:j]), tokens[j] if j < len(tokens) else ""))
        i = j
    return tuple(out)


@lru_cache(maxsize=2048)
def quoted_values(quote: str, lang: str) -> frozenset[float]:
    """Every number the quote gives, in digits or in words; an article is one ("un
    sobre" may print as "1 sobre")."""
    from summarizer.gate.faithfulness import number_rules

    values = {v for v, _, _ in counts(quote, lang)}
    articles = number_rules(lang)["articles"].pattern
    if articles.search(quote):
        values.add(1.0)
    if names_a_pair(quote, lang):
        values.add(2.0)  # "both doses" may print as "the two doses"
    return frozenset(values)


@lru_cache(maxsize=2048)
def names_a_pair(quote: str, lang: str) -> bool:
    """Does the quote count two things without a number ("both doses", "double up")?"""
    pairs = tuple(section(lang, "reversals").get("pair_words", ()))
    return bool(pairs) and bool(_word_list("pair_words", lang, pairs).search(quote))


@lru_cache(maxsize=64)  # one compiled list per language (and per rulebook reload's data)
def _word_list(name: str, lang: str, entries: tuple[str, ...]) -> WordList:
    return WordList(name, lang, entries)


def word_number_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                         read: tuple[str, ...] = ()) -> list[str]:
    """Number words in the text whose value the quote does not give: any of 2 or more
    ("three gummies", "por diez"), and "one"/"a single" when the quote counts the same
    thing with another number ("one tablet" for "two tablets"). `read`: what the text's
    quantities already hold (compared there, not again). Returns the words as written."""
    said = quoted_values(quote, quote_lang)
    free = WordList("free_counts", text_lang, tuple(section(text_lang, "reversals").get(
        "free_counts", ()))).pattern
    counted = {_stem(after): v for v, _, after in counts(quote, quote_lang) if after}
    out = []
    for value, written, after in counts(text, text_lang):
        if written[0].isdigit() or value in said or any(written in r for r in read):
            continue
        if after and free.fullmatch(after):  # "the two groups": the quote's halves, counted
            continue
        noun = _stem(after) if after else ""
        if value >= 2 or (noun and counted.get(noun, value) != value):
            out.append(f"{written} {after}".strip())
    return out
