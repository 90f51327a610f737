"""A supervision notice printed as its opposite: its carer or its care act denied.

"A nurse stays with you" printed "No nurse stays with you"; "Revisamos tu historia
clínica" printed "No revisamos…"; "Wir kontrollieren Ihren Blutdruck" printed "…nicht".
The carers and care acts are the rulebook's (care_actors, care_acts: the words that
find supervision notices in articles), the denials its negative_subjects and negation;
a negation elsewhere in a plain rewrite ("Don't leave before a nurse has checked you")
denies no care. Pure; FAITH-POLARITY, named with both sides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer import regex_store, rulebook
from summarizer.gate.faithfulness import Problem
from summarizer.gate.findings import short

_CLAUSE_END = re.compile(r"[.;:!?]|,\s|\s[-–—]\s|$")


@lru_cache(maxsize=16)
def _patterns(lang: str) -> tuple[re.Pattern[str], ...] | None:
    """(a carer denied, a carer, a care act with a denial just before it, a care act)."""
    try:
        words = rulebook.language(lang)
    except rulebook.MissingRules:
        return None
    actors = "|".join(words["care_actors"].entries)
    acts = "|".join(words["care_acts"].entries)
    nobody = "|".join(words["negative_subjects"].entries)
    negation = "|".join(words["negation"].entries)
    if not (actors and acts and nobody and negation):
        return None
    flags = re.IGNORECASE
    denied_actor = regex_store.compile(rf"\b(?:{nobody})\s+(?:[\w-]+\s+)?(?:{actors})\b", flags)
    denied_act = regex_store.compile(rf"\b(?:{negation})\s+(?:[\w’'-]+\s+)?(?:{acts})", flags)
    actor = regex_store.compile(rf"\b(?:{actors})\b", flags)
    act = regex_store.compile(rf"(?:{acts})", flags)
    return denied_actor, actor, denied_act, act


rulebook.on_reload(_patterns.cache_clear)


def _denied_after(text: str, act: re.Pattern[str], lang: str) -> re.Match[str] | None:
    """German puts "nicht" after the verb, at its clause's end: "Wir kontrollieren Ihren
    Blutdruck nicht." A care act with "nicht" later in its clause is denied."""
    if lang != "de":
        return None
    for m in act.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        clause = text[m.end():end.start() if end else len(text)]
        if re.search(r"\bnicht\b", clause, re.IGNORECASE):
            return m
    return None


def denied_care_problems(text: str, lang: str, quote: str, quote_lang: str) -> list[Problem]:
    """FAITH-POLARITY when the text denies a carer or a care act the quote states."""
    if lang != quote_lang:
        return []
    found = _patterns(lang)
    if found is None:
        return []
    denied_actor, actor, denied_act, act = found
    for denied, stated in ((denied_actor, actor), (denied_act, act)):
        m = denied.search(text)
        if m and stated.search(quote) and not denied.search(quote):
            return [Problem("FAITH-POLARITY",
                            f"the text denies the care the quote gives ('{short(m.group(0))}'"
                            f" in '{short(text)}'; the quote: '{short(quote)}')")]
    m = _denied_after(text, act, lang)
    if m and not _denied_after(quote, act, lang) and not denied_act.search(quote):
        return [Problem("FAITH-POLARITY",
                        f"the text denies the care the quote gives ('{short(m.group(0))} … "
                        f"nicht' in '{short(text)}'; the quote: '{short(quote)}')")]
    return []
