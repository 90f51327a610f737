"""A translated safety notice against its source-language text: its force, the care it
names and its kind, each side read in its own language (issue 8).

The printed text is held to its quote by FAITH-FORCE (gate/force.py) and
FAITH-NOTICE-KIND (gate/kept_kind.py); a translation was held to the printed text only
for its numbers, drugs and the meaning lists of faithfulness.py, so "Only use this drug
with close care from a doctor" translated "Este medicamento se puede usar en casa sin
ayuda" was ready. Here the same readings run across the two languages:

- force: a ban, a restriction or a denied status kept (force.force_problems, with the
  `[force]` table of each side's word file);
- care: a carer the source text names, waived in the translation ("No necesita a un
  médico", "Vous n'avez pas besoin d'un médecin", "Sie brauchen keinen Arzt": the
  `[reversals] waivers` and `care_actors` lists of the translation's language);
- kind: a notice the source text states as its kind, whose translation the detection
  rules of its own language no longer read as that kind (for the three kinds of care,
  as any of them); no share of words is kept across two languages, so none is asked.

Pure: strings and language codes in, problems out, worded "the quote" (the source text)
and "the text" (the translation) as the printed text's are; the caller names the
languages (faithfulness._translation_problems).
"""

from __future__ import annotations

import re

from summarizer.gate.faithfulness import Problem
from summarizer.gate.findings import short

_CARE = frozenset({"supervision", "self-medication", "side-effects"})
_CLAUSE_END = re.compile(r"[.;:!?]|,\s")
_WORDS_AFTER = 5  # "no necesita *a un médico*", "n'avez pas besoin d'*un médecin*"


def notice_problems(
    translated: str, lang: str, source: str, source_lang: str, kind: str
) -> list[Problem]:
    """One problem per change (the first reading that finds one), else none."""
    from summarizer.gate import force

    if kind == "crisis-line":
        return []  # held to its numbers, its ways of calling and its audience
    out = force.force_problems(translated, lang, source, kind, quote_lang=source_lang)
    if not out:
        out = waived_care_problems(translated, lang, source, source_lang)
    if not out:
        out = kind_problems(kind, source, source_lang, translated, lang)
    return out


def waived_care_problems(
    text: str,
    lang: str,
    quote: str,
    quote_lang: str,
) -> list[Problem]:
    """The quote names a carer and waives nothing; the text waives a carer ("you do not
    need a doctor") within a few words after a waiver of its own language."""
    from summarizer.gate.reversals import reversal_list  # it reads faithfulness
    from summarizer.rulebook import MissingRules, language

    try:
        q_actors, t_actors = language(quote_lang)["care_actors"], language(lang)["care_actors"]
    except MissingRules:
        return []
    t_waive, q_waive = reversal_list(lang, "waivers"), reversal_list(quote_lang, "waivers")
    if not t_waive.entries or not q_actors.search(quote) or q_waive.search(quote):
        return []
    for m in t_waive.pattern.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        after = " ".join(text[m.end() : end.start() if end else len(text)].split()[:_WORDS_AFTER])
        carer = t_actors.pattern.search(after)
        if carer:
            return [
                Problem(
                    "FAITH-POLARITY",
                    f"the quote names the care ({short(quote)}); the text says it "
                    f"is not needed ('{m.group(0).strip()} … {carer.group(0)}')",
                )
            ]
    return []


def kind_problems(
    kind: str,
    quote: str,
    quote_lang: str,
    text: str,
    lang: str,
) -> list[Problem]:
    """The quote, read in its language, states `kind`; the text, read in its own, states
    neither it nor (for a kind of care) another kind of care."""
    from summarizer.notice_kinds import stated_kinds

    if not text.strip() or kind not in stated_kinds(quote, quote_lang):
        return []  # a source text the rules do not read as this kind: nothing to hold
    said = stated_kinds(text, lang)
    if kind in said or (kind in _CARE and said & _CARE):
        return []
    return [
        Problem(
            "FAITH-NOTICE-KIND",
            f"the quote is a {kind} notice ({short(quote)}); the text "
            f"({short(text)}) no longer says so",
        )
    ]
