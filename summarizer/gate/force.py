"""Does a safety notice print with its quote's force (FAITH-FORCE)?

A notice whose quote forbids ("Do not attempt to self-medicate"), restricts ("should only
be used under close supervision") or denies a status ("not FDA approved") is the line a
patient acts on. Printed weaker it says something else: "Try to self-medicate", "is
usually given by a doctor", "can be used at home", "approval is expected soon". So the
text must keep a ban, a restriction or an obligation, and add no permission, softener,
escape clause ("unless you know the source") or unnegated approval ("the FDA has cleared
it") that its quote does not have.

Every word is data: the `[force]` table of rulebook/words/<lang>.toml (forbid, duty,
restrict, oblige, deny, approval, permit, times, until_known, knowing, weaken, hope,
even, escape, conditions, clause_breaks, starts). A language without the table gets no
check. Pure: strings and language codes in, problems out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.gate.faithfulness import Problem
from summarizer.rulebook import (
    MissingRules,
    WordList,
    base_language,
    on_reload,
    section,
    section_lists,
)

# kinds whose quote tells the reader what not to do; a crisis line's "do not wait, call"
# and an educational "not medical advice" are read by their own checks
_KINDS = frozenset({"supervision", "self-medication", "regulatory", "side-effects"})
_LISTS = ("forbid", "duty", "restrict", "oblige", "deny", "approval", "permit", "times",
          "until_known", "knowing", "weaken", "hope", "even", "escape", "conditions",
          "clause_breaks", "starts")


@dataclass(frozen=True)
class _Force:
    lang: str
    forbid: WordList
    duty: WordList
    restrict: WordList
    oblige: WordList
    deny: WordList
    approval: WordList
    permit: WordList
    times: WordList
    until_known: WordList
    knowing: WordList
    weaken: WordList
    hope: WordList
    even: WordList
    escape: WordList
    conditions: WordList
    clause_breaks: WordList
    starts: WordList
    negation: WordList
    entries: tuple[WordList, ...]  # permit, weaken, hope and escape, one list per entry


@lru_cache(maxsize=16)
def _force(lang: str) -> _Force | None:
    """The language's [force] lists, or None when it has none (forgotten on reload)."""
    lists = section_lists(lang, "force", _LISTS)
    if lists is None:
        return None
    table = section(lang, "force")
    entries = tuple(WordList("force.entry", lang, (e,))
                    for name in ("permit", "weaken", "hope", "escape") for e in table.get(name, ()))
    return _Force(lang=lang, entries=entries, **lists)


on_reload(_force.cache_clear)


def _clauses(text: str, f: _Force, commas: bool = True) -> list[str]:
    """The text cut where a clause ends: a permission after "but" is not under the ban
    before it. Without `commas`, a list ("No regulator, including the MHRA, has
    approved it") stays one clause."""
    parts = re.split(r"[.;:!?]+|," if commas else r"[.;:!?]+", text)
    out: list[str] = []
    for part in parts:
        at = 0
        for m in f.clause_breaks.pattern.finditer(part):
            out.append(part[at:m.start()])
            at = m.start()
        out.append(part[at:])
    return [p for p in out if p.strip()]


def _negated_before(clause: str, start: int, f: _Force) -> bool:
    before = clause[:start]
    return bool(f.negation.search(before) or f.forbid.search(before))


def _weakeners(text: str, f: _Force, *, permits: bool, kept_ban: bool,
               acts: bool = True) -> list[str]:
    """Permissions and softeners the text asserts: not those under a ban in their clause
    ("never at home", "do not take it without a doctor") or made stronger ("not safe,
    even at home"), nor, when the text keeps the ban, those of another clause ("fine for
    most people, but pregnant women must not"); permissions only when `permits` counts
    them, softeners of an act ("usually", "at home") only when `acts` does (a denied
    status is softened by a permission or a hope: "approval is expected soon")."""
    found: list[str] = []
    for clause in _clauses(text, f):
        if kept_ban and not f.forbid.search(clause) and not f.restrict.search(clause):
            continue
        # a permission restricted in its clause keeps the restriction ("you can get it
        # only through a special program")
        lists = [f.hope]
        if acts:
            lists.append(f.weaken)
        if permits and not f.restrict.search(clause):
            lists.append(f.permit)
        for words in lists:
            for m in words.pattern.finditer(clause):
                if _negated_before(clause, m.start(), f) or f.even.ends(clause[:m.start()]):
                    continue
                found.append(m.group(0))
    return found


def _permits_count(text: str, quote: str, q_lang: str, said: str, ft: _Force,
                   fq: _Force) -> bool:
    """Does a permission in the text weaken the ban? Not when the ban has an end ("for
    24 hours", "while you take it") and the text keeps that end's time or knowing ("after
    24 hours you can drive"); "until you know how it affects you" printed as "you can
    drive after putting on the patch" does."""
    from summarizer.gate.faithfulness import _bounded, quantities

    # "after the session" is where the ban begins ("do not drive after the session"), not
    # an end: read the quote without it
    begun = _without_starts(quote, fq)
    try:
        bounded = _bounded(begun, said, q_lang)
    except MissingRules:
        return True
    if not bounded:
        return True
    if fq.until_known.search(quote):
        return not ft.knowing.search(text)
    if fq.times.search(quote) or quantities(quote, q_lang):
        return not (ft.times.search(text) or quantities(text, ft.lang))
    return not _shares_condition(text, quote, ft, fq)


_WORDS = re.compile(r"\w+")
_NEXT_WORDS = re.compile(r"(?:\s+\w+){0,4}")


def _without_starts(quote: str, f: _Force) -> str:
    """The quote without where its ban begins ("after the session", "después de la
    sesión"): the start word and the few words after it. A start at a clock time or a
    count ("after 6 pm") stays: "you can take it before 6 pm" is the ban's other side."""
    out, at = [], 0
    for m in f.starts.pattern.finditer(quote):
        tail = _NEXT_WORDS.match(quote, m.end())
        if m.start() < at or (tail and any(c.isdigit() for c in tail.group(0))):
            continue
        out.append(quote[at:m.start()])
        at = tail.end() if tail else m.end()
    return " ".join([*out, quote[at:]]) if out else quote


def _condition_words(text: str, lang: str) -> set[str]:
    """Content words and numbers ("doctor", "taking", "6"), not "your" or "that"."""
    from summarizer.gate.faithfulness import function_words

    common = function_words(lang)
    return {w.casefold() for w in _WORDS.findall(text)
            if (len(w) >= 4 or w.isdigit()) and w.casefold() not in common}


def _shares_condition(text: str, quote: str, ft: _Force, fq: _Force) -> bool:
    """Does the text keep a word of the quote's condition ("without talking to your
    doctor" -> "if your doctor agrees"; "while you are taking it" -> "once you stop
    taking it")? "unless your psychiatrist says otherwise" printed as "once you start
    this one" does not. A condition without such words is kept by any."""
    said: set[str] = set()
    for m in fq.conditions.pattern.finditer(quote):
        said |= _condition_words(re.split(r"[.;:!?,]", quote[m.end():])[0], fq.lang)
    return not said or bool(said & _condition_words(text, ft.lang))


def _approvals(text: str, f: _Force) -> list[str]:
    """Approval words with no negation before them in their clause."""
    found: list[str] = []
    for clause in _clauses(text, f, commas=False):
        for m in f.approval.pattern.finditer(clause):
            if not f.negation.search(clause[:m.start()]):
                found.append(m.group(0))
    return found


def _same_entry(word: str, quote: str, ft: _Force, fq: _Force) -> bool:
    """Does the quote use the softener `word` stands for ("if you decide" for "if you
    want", "usual plan" for "usually")? Across languages, any word of the same list."""
    if ft is fq:
        return any(e.pattern.fullmatch(word) and e.search(quote) for e in ft.entries)
    return any(t.pattern.fullmatch(word) and q.search(quote)
               for t, q in ((ft.permit, fq.permit), (ft.weaken, fq.weaken),
                            (ft.hope, fq.hope), (ft.escape, fq.escape)))


def force_problems(text: str, lang: str, quote: str, kind: str,
                   quote_lang: str = "") -> list[Problem]:
    """One FAITH-FORCE problem naming both sides when the notice's text is weaker than
    its quote, else none. `quote_lang`: the quote's language when it is not the text's
    (each side is read with its own language's lists)."""
    if kind not in _KINDS or text.rstrip().endswith("?"):
        return []
    ft, fq = _force(base_language(lang)), _force(base_language(quote_lang or lang))
    if ft is None or fq is None:
        return []
    banned = fq.forbid.find(quote) or fq.duty.find(quote)
    only = fq.restrict.find(quote)
    denied = fq.deny.find(quote)
    if not (banned or only or denied):
        return []
    said = banned[:1] or only[:1] or denied[:1]
    how = ("forbids" if fq.forbid.search(quote) else "requires" if banned else
           "restricts" if only else "denies")
    head = f"the quote {how} it ('{said[0]}')"
    kept_ban = bool(ft.forbid.search(text)) and bool(banned or only)
    permits = _permits_count(text, quote, fq.lang, said[0], ft, fq) if banned else True
    added = [w for w in _weakeners(text, ft, permits=permits, kept_ban=kept_ban,
                                   acts=bool(banned or only))
             if not _same_entry(w, quote, ft, fq)]
    if not fq.conditions.search(quote):
        added += [w for w in ft.escape.find(text) if not _same_entry(w, quote, ft, fq)]
    if added:
        return [Problem("FAITH-FORCE", f"{head}; the text softens it ('{added[0]}')")]
    # (any negation keeps a ban: "supplements do not replace it", "hören Sie nicht auf")
    # ("approved only for X" printed "approved for X" is a scope, read by the approval
    # checks; a ban or a restriction of an act is what must keep its force here; a text
    # saying when the ban ends keeps it: "after 24 hours you can drive")
    act = (banned and permits) or (only and not _approvals(quote, fq))
    if act and not (ft.forbid.search(text) or ft.restrict.search(text)
                    or ft.oblige.search(text) or ft.negation.search(text)):
        return [Problem("FAITH-FORCE", f"{head}; the text keeps no ban or restriction: "
                                       f"'{text.strip()}'")]
    # a status the quote only denies, printed approved under any name ("has cleared");
    # "not approved for X, only for Y" approves Y
    if denied and not only and not _approvals(quote, fq) and not ft.deny.search(text):
        approved = _approvals(text, ft)
        if approved:
            return [Problem("FAITH-FORCE", f"{head}; the text says '{approved[0]}' without "
                                           f"denying it")]
    return []
