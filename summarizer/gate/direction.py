"""Does a claim's result keep its direction and its size (FAITH-DIRECTION)?

"A patch reduced hot flashes" printed as "increased" or "made them worse" turns the
result around; "reduced" printed as "stopped" or "cured" turns a reduction into an
elimination; "a modest effect" printed as "a strong effect" moves the strength up its
scale; "a large study" where the quote gives no size makes the evidence look bigger.

Every word is data: the `[direction]` table of rulebook/words/<lang>.toml (down, up,
counted, eliminate, strength_low, strength_mid, strength_high, size_up). A language without the
table gets no check. Pure: strings and language codes in, problems out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from summarizer.gate.faithfulness import Problem
from summarizer.rulebook import (
    WordList,
    base_language,
    on_reload,
    section_lists,
)

_LISTS = ("down", "up", "counted", "eliminate", "strength_low", "strength_mid", "strength_high",
          "size_up", "judged", "state_down", "state_up")
_REACH = 4  # words before a direction word that may negate it ("did not increase")


@dataclass(frozen=True)
class _Direction:
    down: WordList
    up: WordList
    counted: WordList
    eliminate: WordList
    strength_low: WordList
    strength_mid: WordList
    strength_high: WordList
    size_up: WordList
    judged: WordList  # "worse", "better": a judgement, no direction of a notice's harm
    state_down: WordList  # a side effect's state: "low blood pressure", "a slow heartbeat"
    state_up: WordList
    negation: WordList


@lru_cache(maxsize=16)
def _direction(lang: str) -> _Direction | None:
    """The language's [direction] lists, or None when it has none (forgotten on reload)."""
    lists = section_lists(lang, "direction", _LISTS)
    return None if lists is None else _Direction(**lists)


on_reload(_direction.cache_clear)


def _affirmed(text: str, words: WordList, d: _Direction, counts: bool = True) -> list[str]:
    """Matches of `words` with no negation among the few words before them (and, unless
    `counts`, none counting people right after them: "fewer people went back")."""
    out: list[str] = []
    for m in words.pattern.finditer(text):
        before = " ".join(text[:m.start()].split()[-_REACH:])
        after = " ".join(text[m.end():].split()[:_REACH])
        if d.negation.search(before) or (not counts and d.counted.pattern.match(after)):
            continue
        out.append(m.group(0))
    return out


def _ways(text: str, d: _Direction, judged: bool = True) -> tuple[list[str], list[str]]:
    """(down, up): the result's directions, not a count of people; without `judged`,
    not "worse" or "better" ("reduces the effect of other medicines" is "makes them work
    worse": a notice's harm, whichever way it is said)."""
    down, up = _affirmed(text, d.down, d, counts=False), _affirmed(text, d.up, d, counts=False)
    if not judged:
        down = [w for w in down if not d.judged.pattern.fullmatch(w)]
        up = [w for w in up if not d.judged.pattern.fullmatch(w)]
    return down, up


def _strength(text: str, d: _Direction) -> tuple[int, str]:
    """(rank, the words) of the strongest strength word: 1 low, 2 moderate, 3 high; 0 none."""
    for rank, words in ((3, d.strength_high), (2, d.strength_mid), (1, d.strength_low)):
        found = _affirmed(text, words, d)
        if found:
            return rank, found[0]
    return 0, ""


_LARGE = 300  # people: a study of 578 adults may be called "large" in plain words


def _many_people(quote: str, lang: str) -> bool:
    """Does the quote count at least _LARGE of something (not a year): a study it sizes
    itself, which a plain text may call large?"""
    from summarizer.gate.faithfulness import quantities

    return any(not q.unit and q.value >= _LARGE and not (1900 <= q.value <= 2100
                                                         and "," not in q.written)
               for q in quantities(quote, lang))


def direction_problems(text: str, lang: str, quote: str, kind: str = "claim",
                       quote_lang: str = "") -> list[Problem]:
    """FAITH-DIRECTION problems naming both sides (at most one), for a claim's text.
    `quote_lang`: the quote's language when it is not the text's (each side is read with
    its own language's lists)."""
    # (a notice of harms or of a label turned around too: "can increase suicidal thoughts"
    # printed as "lowers the risk"; not an instruction's "lower the dose")
    if kind not in ("claim", "side-effects", "regulatory") or text.rstrip().endswith("?"):
        return []
    dt = _direction(base_language(lang))
    dq = _direction(base_language(quote_lang or lang))
    if dt is None or dq is None:
        return []
    q_down, q_up = _ways(quote, dq, kind == "claim")
    t_down, t_up = _ways(text, dt, kind == "claim")
    if kind == "side-effects":  # "low blood pressure" printed as "high blood pressure"
        q_down, q_up = q_down + _affirmed(quote, dq.state_down, dq), q_up + _affirmed(
            quote, dq.state_up, dq)
        t_down, t_up = t_down + _affirmed(text, dt.state_down, dt), t_up + _affirmed(
            text, dt.state_up, dt)
    if q_down and not q_up and t_up and not t_down:
        return [Problem("FAITH-DIRECTION", f"the quote says the result went down "
                                           f"('{q_down[0]}'); the text says up ('{t_up[0]}')")]
    if q_up and not q_down and t_down and not t_up:
        return [Problem("FAITH-DIRECTION", f"the quote says the result went up "
                                           f"('{q_up[0]}'); the text says down ('{t_down[0]}')")]
    gone = _affirmed(text, dt.eliminate, dt)
    if q_down and gone and not dq.eliminate.search(quote):
        return [Problem("FAITH-DIRECTION", f"the quote says it was reduced ('{q_down[0]}'); "
                                           f"the text says it was ended ('{gone[0]}')")]
    q_rank, q_said = _strength(quote, dq)
    t_rank, t_said = _strength(text, dt)
    # a strength moved up its scale; a result whose quote gives none is neither weak nor
    # strong, so only the top of the scale ("dramatically", "a strong effect") is added
    if (q_rank and t_rank > q_rank) or (not q_rank and t_rank == 3 and (q_down or q_up)):
        said = f"says '{q_said}'" if q_rank else "gives no strength"
        return [Problem("FAITH-DIRECTION", f"the quote {said}; the text makes it "
                                           f"stronger ('{t_said}')")]
    big = dt.size_up.find(text)
    if big and not dq.size_up.search(quote) and not _many_people(quote, quote_lang or lang):
        return [Problem("FAITH-DIRECTION", f"the text says '{big[0]}'; the quote gives no "
                                           f"such size ('{quote.strip()[:80]}')")]
    return []
