"""Does a safety notice print with its quote's force (FAITH-FORCE)?

A notice whose quote forbids ("Do not attempt to self-medicate"), restricts ("should only
be used under close supervision") or denies a status ("not FDA approved") is the line a
patient acts on. Printed weaker it says something else: "Try to self-medicate", "is
usually given by a doctor", "can be used at home", "approval is expected soon". So the
text must keep a ban, a restriction or an obligation, and add no permission, softener,
escape clause ("unless you know the source") or unnegated approval ("the FDA has cleared
it") that its quote does not have.

Every word is data: the `[force]` table of rulebook/words/<lang>.toml (forbid, restrict,
oblige, deny, approval, permit, times, until_known, knowing, weaken, escape, conditions,
clause_breaks). A language without the table gets no check. Pure: strings and language
codes in, problems out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.gate.faithfulness import Problem
from summarizer.rulebook import MissingRules, WordList, language, on_reload, section

# kinds whose quote tells the reader what not to do; a crisis line's "do not wait, call"
# and an educational "not medical advice" are read by their own checks
_KINDS = frozenset({"supervision", "self-medication", "regulatory", "side-effects"})
_LISTS = ("forbid", "restrict", "oblige", "deny", "approval", "permit", "times",
          "until_known", "knowing", "weaken", "escape", "conditions", "clause_breaks")


@dataclass(frozen=True)
class _Force:
    forbid: WordList
    restrict: WordList
    oblige: WordList
    deny: WordList
    approval: WordList
    permit: WordList
    times: WordList
    until_known: WordList
    knowing: WordList
    weaken: WordList
    escape: WordList
    conditions: WordList
    clause_breaks: WordList
    negation: WordList
    entries: tuple[WordList, ...]  # permit, weaken and escape, one list per entry


@lru_cache(maxsize=16)
def _force(lang: str) -> _Force | None:
    """The language's [force] lists, or None when it has none (forgotten on reload)."""
    table = section(lang, "force")
    if not table:
        return None
    try:
        negation = language(lang)["negation"]
    except MissingRules:
        return None
    lists = {name: WordList(f"force.{name}", lang, tuple(table.get(name, ())))
             for name in _LISTS}
    entries = tuple(WordList("force.entry", lang, (e,))
                    for name in ("permit", "weaken", "escape") for e in table.get(name, ()))
    return _Force(negation=negation, entries=entries, **lists)


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


def _weakeners(text: str, f: _Force, *, permits: bool, kept_ban: bool) -> list[str]:
    """Permissions and softeners the text asserts: not those under a ban in their clause
    ("never at home", "do not take it without a doctor"), nor, when the text keeps the
    ban, those of another clause ("fine for most people, but pregnant women must not");
    permissions only when `permits` counts them."""
    found: list[str] = []
    for clause in _clauses(text, f):
        if kept_ban and not f.forbid.search(clause) and not f.restrict.search(clause):
            continue
        lists = (f.permit, f.weaken) if permits else (f.weaken,)
        for words in lists:
            for m in words.pattern.finditer(clause):
                if not _negated_before(clause, m.start(), f):
                    found.append(m.group(0))
    return found


def _permits_count(text: str, lang: str, quote: str, said: str, f: _Force) -> bool:
    """Does a permission in the text weaken the ban? Not when the ban has an end ("for
    24 hours", "while you take it") and the text keeps that end's time or knowing ("after
    24 hours you can drive"); "until you know how it affects you" printed as "you can
    drive after putting on the patch" does."""
    from summarizer.gate.faithfulness import _bounded, quantities

    try:
        bounded = _bounded(quote, said, lang)
    except MissingRules:
        return True
    if not bounded:
        return True
    if f.until_known.search(quote):
        return not f.knowing.search(text)
    timed = f.times.search(quote) or quantities(quote, lang)
    return bool(timed) and not (f.times.search(text) or quantities(text, lang))


def _approvals(text: str, f: _Force) -> list[str]:
    """Approval words with no negation before them in their clause."""
    found: list[str] = []
    for clause in _clauses(text, f, commas=False):
        for m in f.approval.pattern.finditer(clause):
            if not f.negation.search(clause[:m.start()]):
                found.append(m.group(0))
    return found


def _same_entry(word: str, quote: str, f: _Force) -> bool:
    """Does the quote use the softener `word` stands for ("if you decide" for "if you
    want", "usual plan" for "usually")?"""
    return any(e.pattern.fullmatch(word) and e.search(quote) for e in f.entries)


def force_problems(text: str, lang: str, quote: str, kind: str) -> list[Problem]:
    """One FAITH-FORCE problem naming both sides when the notice's text is weaker than
    its quote, else none."""
    if kind not in _KINDS or text.rstrip().endswith("?"):
        return []
    f = _force(lang)
    if f is None:
        return []
    banned = f.forbid.find(quote)
    only = f.restrict.find(quote)
    denied = f.deny.find(quote)
    if not (banned or only or denied):
        return []
    said = banned[:1] or only[:1] or denied[:1]
    how = "forbids" if banned else "restricts" if only else "denies"
    head = f"the quote {how} it ('{said[0]}')"
    kept_ban = bool(f.forbid.search(text)) and bool(banned or only)
    permits = _permits_count(text, lang, quote, said[0], f) if banned else True
    added = [w for w in _weakeners(text, f, permits=permits, kept_ban=kept_ban)
             if not _same_entry(w, quote, f)]
    if not f.conditions.search(quote):
        added += [w for w in f.escape.find(text) if not _same_entry(w, quote, f)]
    if added:
        return [Problem("FAITH-FORCE", f"{head}; the text softens it ('{added[0]}')")]
    # (any negation keeps a ban: "supplements do not replace it", "hören Sie nicht auf")
    # ("approved only for X" printed "approved for X" is a scope, read by the approval
    # checks; a ban or a restriction of an act is what must keep its force here; a text
    # saying when the ban ends keeps it: "after 24 hours you can drive")
    act = (banned and permits) or (only and not _approvals(quote, f))
    if act and not (f.forbid.search(text) or f.restrict.search(text)
                    or f.oblige.search(text) or f.negation.search(text)):
        return [Problem("FAITH-FORCE", f"{head}; the text keeps no ban or restriction: "
                                       f"'{text.strip()}'")]
    # a status the quote only denies, printed approved under any name ("has cleared");
    # "not approved for X, only for Y" approves Y
    if denied and not only and not _approvals(quote, f) and not f.deny.search(text):
        approved = _approvals(text, f)
        if approved:
            return [Problem("FAITH-FORCE", f"{head}; the text says '{approved[0]}' without "
                                           f"denying it")]
    return []
