"""Results moved from one group to another: "29% of the tablet group and 3% of the placebo
group" printed as "29% of the placebo group and 3% of the tablet group".

Every other check sees the same numbers and the same groups on both sides. What changed is
which words stand next to which number. Each percentage written in digits is read with
the words around it (up to the next number or the end of its sentence); when two shares
that both sides give trade their words (the text puts beside the first a word the quote
puts only beside the second, and beside the second a word the quote puts only beside the
first), the result was given to the other group: FAITH-COMPARISON.

Language-neutral: words are compared by their first letters (a German "Kleiegruppe" is
"Kleie"), with the language's `[faithfulness] function_words` left out. Pure: strings and
language codes in, problems out.
"""

from __future__ import annotations

import re

from summarizer.gate.faithfulness import (
    Problem,
    function_words,
    meaning,
    plain_digits,
    quantities,
)

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w]|[.,]\d)")
_WORD = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)")
_BREAK = re.compile(r"[.;:!?,](?:\s|$)")
_AFTER = 6  # content words read after a number: "of those taking peppermint oil capsules"
_BEFORE = 3  # and before it: "bei Kleie 40 %"
_PREFIX = 5  # shortest shared start for two words to be one ("Kleie", "Kleiegruppe")
_LEAD_WINDOW = 120  # characters before a share in which its bound is read ("at least")


def _words(part: str, lang: str) -> list[str]:
    function = function_words(lang)
    return [w for w in (m.group(0).casefold() for m in _WORD.finditer(part))
            if w not in function]


def _near_shares(text: str, lang: str) -> dict[float, list[str]]:
    """Each percentage in digits -> the content words beside it. The words between two
    numbers are the left one's ("29% of the tablet group and 3% ..."), but for those after
    the last comma or sentence end between them, which are the right one's ("35 %, bei
    Kleie 40 %")."""
    shares = {q.value for q in quantities(text, lang) if q.unit == "%"}
    m = meaning(lang)
    text = plain_digits(text)
    hits = list(_NUMBER.finditer(text))
    out: dict[float, list[str]] = {}
    for k, hit in enumerate(hits):
        value = float(hit.group(0).replace(",", "."))
        # its last three words, from a window: a split of all the text before each share
        # took the square of a page of shares (review13)
        lead = " ".join(text[max(0, hit.start() - _LEAD_WINDOW):hit.start()].split()[-3:])
        if value not in shares or any(m[bound].pattern.search(lead)
                                      for bound in ("bound_above", "bound_below")):
            continue  # a share after a bound says who was counted ("lost at least 7%")
        lo = hits[k - 1].end() if k else 0
        hi = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        after = text[hit.end():hi]
        breaks = list(_BREAK.finditer(after))
        if k + 1 < len(hits):  # up to the last break before the next number
            after = after[:breaks[-1].start()] if breaks else after
        end = _SENTENCE_END.search(after)
        after = after[:end.start()] if end else after
        before = text[lo:hit.start()]
        breaks = list(_BREAK.finditer(before))
        before = before[breaks[-1].end():] if breaks else ("" if k else before)
        words = _words(before, lang)[-_BEFORE:] + _words(after, lang)[:_AFTER]
        out.setdefault(value, []).extend(words)
    # each word once: _moved compares every word with every word (a page repeating
    # "1% aaa 2% bbb" took 1.5 s per 20,000 characters)
    return {value: list(dict.fromkeys(words)) for value, words in out.items()}


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= _PREFIX and long.startswith(short)


def _moved(written: list[str], there: list[str], here: list[str]) -> str:
    """A word printed beside this number that the quote puts beside `there` only."""
    return next((w for w in written if any(_same(w, o) for o in there)
                 and not any(_same(w, o) for o in here)), "")


def swapped_group_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                           ) -> list[Problem]:
    """Two numbers both sides give, printed beside each other's group."""
    in_text, in_quote = _near_shares(text, text_lang), _near_shares(quote, quote_lang)
    shared = [n for n in in_text if n in in_quote]
    for i, a in enumerate(shared):
        for b in shared[i + 1:]:
            to_b = _moved(in_text[a], in_quote[b], in_quote[a])
            to_a = _moved(in_text[b], in_quote[a], in_quote[b])
            if to_b and to_a:
                return [Problem(
                    "FAITH-COMPARISON",
                    f"the quote gives {a:g} % to {to_a!r} and {b:g} % to {to_b!r}; the text "
                    f"gives {a:g} % to {to_b!r} and {b:g} % to {to_a!r}: the results changed "
                    "groups")]
    return []
