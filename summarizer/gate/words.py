"""Wording checks on printed text: hype, absolutes, and animal or lab studies said as such.

Every word comes from the rulebook (summarizer/rulebook/words/<lang>.toml). A language
without lists raises rulebook.MissingRules; the gate reports it as RULES-MISSING.
"""

from __future__ import annotations

from summarizer.rulebook import language


def hype_words(text: str, lang: str) -> list[str]:
    """Hype words in one handout string, as written (a negated "cure" is not hype)."""
    rules = language(lang)
    names = [(m.start(), m.end()) for m in rules["hype_names"].pattern.finditer(text)]

    def in_name(start: int) -> bool:
        return any(a <= start < b for a, b in names)

    found = [m.group(0) for m in rules["hype"].pattern.finditer(text) if not in_name(m.start())]
    found += [m.group(0) for m in rules["cure"].pattern.finditer(text)
              if not negated(text, m.start(), lang)]
    return list(dict.fromkeys(found))


def negated(text: str, start: int, lang: str) -> bool:
    """Is the word at `start` negated by the word before it, or by the one before a short
    article ("no cure", "not a cure", "no hay cura", "n'est pas une guérison")?"""
    negation = language(lang)["negation"].pattern
    words = [w.strip(",;:()\"“”") for w in text[:start].split()[-2:]]
    if words and negation.fullmatch(words[-1]):
        return True
    return (len(words) == 2 and len(words[-1]) <= 3 and words[-1].isalpha()
            and negation.fullmatch(words[0]) is not None)


def absolute_words(text: str, lang: str) -> list[str]:
    """Absolute words in a claim ("always", "guaranteed"), unless softened just before
    or denied ("not for everyone" says the opposite of an absolute)."""
    rules = language(lang)
    soft = rules["softeners"]
    out = [m.group(0) for m in rules["absolutes"].pattern.finditer(text)
           if not soft.ends(text[max(0, m.start() - 15): m.start()])
           and not negated(text, m.start(), lang)]
    return list(dict.fromkeys(out))


def hedged(text: str, evidence: str, lang: str) -> bool:
    """Does a claim's text say its study was not in people (animal or lab, as tagged)?"""
    rules = language(lang)
    if rules["not_in_people"].search(text):
        return True
    if evidence == "animal":
        return bool(rules["animal"].search(text))
    return bool(rules["lab"].search(text) or rules["animal"].search(text))


def not_in_people_words(text: str, lang: str) -> list[str]:
    """Animal and lab words in a quote ("mice", "cells"): the study was not in people."""
    rules = language(lang)
    return rules["animal"].find(text) + rules["lab"].find(text)
