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
from collections.abc import Iterator

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
    text = plain_digits(text)
    hits = [(hit.start(), hit.end(), float(hit.group(0).replace(",", ".")))
            for hit in _NUMBER.finditer(text)]
    return _beside(text, lang, hits, shares)


def shares_beside(text: str, lang: str) -> dict[float, list[str]]:
    """Each share however written ("31%", "6 out of 10", "ocho de cada diez") -> the
    content words beside it, as _near_shares reads them."""
    text = plain_digits(text)
    hits: list[tuple[int, int, float]] = []
    at = 0
    for q in quantities(text, lang):
        if q.unit != "%":
            continue
        written = re.compile(r"\s*".join(re.escape(t) for t in q.written.split()),
                             re.IGNORECASE)
        found = written.search(text, at) or written.search(text)
        if found:
            hits.append((found.start(), found.end(), q.value))
            at = found.end()
    hits.sort()
    return _beside(text, lang, hits, {value for _, _, value in hits})


def _beside(text: str, lang: str, hits: list[tuple[int, int, float]], shares: set[float],
            ) -> dict[float, list[str]]:
    """(start, end, value) of each number in `text` -> the content words beside each that
    is one of `shares`."""
    m = meaning(lang)
    out: dict[float, list[str]] = {}
    for k, (start, end, value) in enumerate(hits):
        # its last three words, from a window: a split of all the text before each share
        # took the square of a page of shares (review13)
        lead = " ".join(text[max(0, start - _LEAD_WINDOW):start].split()[-3:])
        if value not in shares or any(m[bound].pattern.search(lead)
                                      for bound in ("bound_above", "bound_below")):
            continue  # a share after a bound says who was counted ("lost at least 7%")
        lo = hits[k - 1][1] if k else 0
        hi = hits[k + 1][0] if k + 1 < len(hits) else len(text)
        after = text[end:hi]
        breaks = list(_BREAK.finditer(after))
        if k + 1 < len(hits):  # up to the last break before the next number
            after = after[:breaks[-1].start()] if breaks else after
        stop = _SENTENCE_END.search(after)
        after = after[:stop.start()] if stop else after
        before = text[lo:start]
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


# ------------------------------------------------------------ a comparison's winner swapped
# "yoga did better than stretching" printed as "stretching did better than yoga"; "31% of
# those on the patch ..., compared with 14% on the dummy patch" printed as "fewer people on
# the patch ... than on the dummy patch". Words from the `[reversals]` lists result_won,
# result_more, result_less and than of words/<lang>.toml; a language without them gets none.

_CLASSES = ("result_won", "result_more", "result_less")
_THAN_REACH = 8  # words from a comparative word to its "than" ("more often than", "plus que")
_CLAUSE = re.compile(r"[.;:!?](?:\s|$)|,\s")


def _content(part: str, lang: str) -> set[str]:
    return set(_words(part, lang))


def _only(a: set[str], b: set[str]) -> set[str]:
    """The words of `a` that are no word of `b`."""
    return {w for w in a if not any(_same(w, o) for o in b)}


def _meets(a: set[str], b: set[str]) -> bool:
    return any(_same(w, o) for w in a for o in b)


def _denied(text: str, at: int, rules, without) -> bool:
    """A negation among the four words before `at` in its clause ("did not work any
    better"), but "without" ("volvió a caminar sin ayuda más a menudo")."""
    words = [w.strip("\"'“”") for w in _CLAUSE.split(text[:at])[-1].split()[-4:]]
    return any(rules["negation"].pattern.fullmatch(w) and not without.pattern.fullmatch(w)
               for w in words)


def _comparisons(text: str, lang: str) -> list[tuple[str, set[str], set[str]]]:
    """(class, winner's words, loser's words) of each affirmed comparison written with a
    "than": the words of its clause before the "than" (but the comparative word's), and
    those after it to the clause's end, less the words both sides share."""
    from summarizer.gate.reversals import reversal_list
    from summarizer.rulebook import MissingRules, language

    try:
        rules = language(lang)
    except MissingRules:
        return []
    than, without = reversal_list(lang, "than"), reversal_list(lang, "without")
    if not than.entries:
        return []
    out: list[tuple[str, set[str], set[str]]] = []
    for name in _CLASSES:
        for hit in reversal_list(lang, name).pattern.finditer(text):
            if _denied(text, hit.start(), rules, without):
                continue
            rest = text[hit.end():]
            stop = _CLAUSE.search(rest)
            rest = rest[:stop.start()] if stop else rest
            to = than.pattern.search(rest)
            if not to or len(rest[:to.start()].split()) > _THAN_REACH:
                continue
            before = _CLAUSE.split(text[:hit.start()])[-1]
            winner = _content(before + " " + rest[:to.start()], lang)
            loser = _content(rest[to.end():], lang)
            out.append((name, _only(winner, loser), _only(loser, winner)))
    return out


def _referenced(quote: str, lang: str) -> list[tuple[set[str], set[str]]]:
    """(lead's words, reference's words) of each "compared with", "versus" of the quote:
    the words of the part before it (to the comma or sentence end before that) and those
    after it to its clause's end, less the words both share."""
    m = meaning(lang)
    out = []
    for hit in m["comparison_than"].pattern.finditer(quote):
        parts = [p for p in _CLAUSE.split(quote[:hit.start()]) if len(_content(p, lang)) >= 3]
        if not parts:
            continue
        rest = quote[hit.end():]
        stop = _CLAUSE.search(rest)
        lead, ref = _content(parts[-1], lang), _content(rest[:stop.start()] if stop else rest,
                                                        lang)
        out.append((_only(lead, ref), _only(ref, lead)))
    return out


def _turned(winner: set[str], loser: set[str], lead: set[str], ref: set[str]) -> bool:
    """Does a comparison whose winner and loser are these words set the quote's reference
    ahead of its lead?"""
    def hits(a: set[str], b: set[str]) -> int:
        return sum(any(_same(w, o) for o in b) for w in a)
    # (the loser's words run on past what it is: "than yoga for back pain")
    return hits(winner, ref) > hits(winner, lead) and hits(loser, lead) > hits(winner, lead)


def swapped_result_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                            ) -> list[Problem]:
    """A comparison whose winner is the quote's loser: the same word ("did better than")
    with the two sides traded, the quote's lead printed as what it was "compared with", or a
    larger share printed as the smaller ("fewer people on the patch ... than on the dummy
    patch" for 31% and 14%)."""
    in_text = _comparisons(text, text_lang)
    if not in_text:
        return []
    in_quote = _comparisons(quote, quote_lang)
    shares = shares_beside(quote, quote_lang) if not in_quote else {}
    referenced = _referenced(quote, quote_lang) if not in_quote else []
    for name, winner, loser in in_text:
        if not winner or not loser:
            continue
        for q_name, q_winner, q_loser in in_quote:
            if q_name == name and _turned(winner, loser, q_winner, q_loser):
                return [Problem("FAITH-COMPARISON",
                                f"the quote puts {', '.join(sorted(q_winner))!r} ahead of "
                                f"{', '.join(sorted(q_loser))!r}; the text turns them around")]
        if in_quote:
            continue
        if name == "result_won":
            for lead, ref in referenced:
                if lead and ref and _turned(winner, loser, lead, ref):
                    return [Problem("FAITH-COMPARISON",
                                    f"the quote gives its result to {', '.join(sorted(lead))!r}"
                                    f", compared with {', '.join(sorted(ref))!r}; the text "
                                    "says the other did better")]
            continue
        problem = _share_turned(name, winner, loser, shares)
        if problem:
            return [problem]
    return []


def share_pairs(shares: dict[float, list[str]],
                ) -> Iterator[tuple[float, float, set[str], set[str]]]:
    """Every ordered pair of two different shares, each with the words beside it and not
    beside the other: the two groups a comparison in numbers is between."""
    for a in shares:
        for b in shares:
            if a != b:
                yield a, b, _only(set(shares[a]), set(shares[b])), _only(
                    set(shares[b]), set(shares[a]))


def _share_turned(name: str, winner: set[str], loser: set[str],
                  shares: dict[float, list[str]]) -> Problem | None:
    """A "more ... than" / "fewer ... than" whose winner has the smaller / larger of two
    shares the quote gives (read by the words beside each)."""
    for a, b, own_a, own_b in share_pairs(shares):
        # (the winner's words may be the outcome the first share runs on to: "58 % del
        # grupo con fisioterapia volvió a caminar")
        if not (_meets(winner, own_a) and _meets(loser, own_b)
                and not _meets(loser, own_a)):
            continue
        if (name == "result_more" and a < b) or (name == "result_less" and a > b):
            more = "more" if name == "result_more" else "fewer"
            return Problem("FAITH-COMPARISON",
                           f"the quote gives {a:g} % to {', '.join(sorted(own_a))!r} and "
                           f"{b:g} % to {', '.join(sorted(own_b))!r}; the text says "
                           f"{more} with {', '.join(sorted(winner & own_a or winner))!r}")
    return None
