"""FAITH-NOTICE-KIND: a notice is printed for what its text says, not for the kind stored
beside it. A regulatory notice reworded as "Ask your doctor about this drug." still
counted as the region's approval notice (tester, session 8); the other faithfulness
rules compare what both sides say and find nothing to compare when the text says
something else entirely."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.gate.findings import short

if TYPE_CHECKING:
    from summarizer.gate.faithfulness import Problem

# A plain rewrite the rules do not read as its kind ("voyez un médecin" for "consultez un
# médecin") still keeps some of its quote's words. Below these shares the text is taken
# to say something else. Set from the 286 faithful notice rewrites of heldout..heldout10
# whose quote the rules read as their kind, 23 of them not read so in their text: the
# least each kind's faithful ones kept was regulatory 0.45, self-medication 0.50, side
# effects 0.40, supervision 0.17 ("Si cela dure plus de 14 jours, voyez un médecin" for
# "…plus de deux semaines, consultez un médecin"). "Ask your doctor about this clip." for
# an FDA notice keeps 0.17; "Read the label before use." for a supervision notice, 0.
# Orders about how to take a medicine read as each other in plain words: "No deje de
# tomarla de golpe" (self-medication) becomes "Dejarla de golpe puede causar malestar;
# hable antes con su médico" (a harm and a doctor), and the labelled sets themselves
# disagree where supervision ends and self-medication begins. A text read as any of them
# still warns; an approval notice must still be about approval.
_CARE = frozenset({"supervision", "self-medication", "side-effects"})
KEPT_AT_LEAST: dict[str, float] = {
    "regulatory": 1 / 3, "self-medication": 1 / 3, "side-effects": 1 / 4, "supervision": 1 / 7,
}


def _words(text: str, lang: str) -> set[str]:
    """Content words of four letters or more, cut to five (a crude stem that holds across
    'supervision'/'supervised', 'médico'/'médicos'), the language's function words out;
    and numbers, which a plain rewrite keeps ("14 days")."""
    from summarizer.gate.faithfulness import function_words

    function = function_words(lang)
    return {w.casefold()[:5] for w in re.findall(r"[^\W\d_]+", text)
            if len(w) >= 4 and w.casefold() not in function} | set(re.findall(r"\d+", text))


def kept_share(quote: str, text: str, lang: str) -> float:
    said = _words(quote, lang)
    return len(said & _words(text, lang)) / len(said) if said else 1.0


def lost_kind(kind: str, quote: str, text: str, lang: str) -> bool:
    """Does the quote state `kind` while the printed text neither states it (read by the
    same rules; for the three kinds of care, any of them) nor keeps the kind's share of
    the quote's words (KEPT_AT_LEAST)?"""
    from summarizer.notice_kinds import stated_kinds

    if not text.strip() or kind not in stated_kinds(quote, lang):
        return False  # a quote the rules do not read as this kind: nothing to hold it to
    said = stated_kinds(text, lang)
    if kind in said or (kind in _CARE and said & _CARE):
        return False
    return kept_share(quote, text, lang) < KEPT_AT_LEAST.get(kind, 0.0)


def problems(kind: str, quote: str, text: str, lang: str) -> list[Problem]:
    """FAITH-NOTICE-KIND for one notice (both sides in `lang`), or none."""
    from summarizer.gate.faithfulness import Problem

    if kind == "crisis-line":
        return []  # a crisis line is held to its number (SAFETY-TEXT-NUMBER)
    if not lost_kind(kind, quote, text, lang):
        dropped = dropped_watching(kind, quote, text, lang)
        if not dropped:
            return []
        return [Problem("FAITH-NOTICE-KIND",
                        f"the quote says who watches over the patient or where "
                        f"({', '.join(repr(w) for w in dropped[:3])}: {short(quote)}); the "
                        f"printed text ({short(text)}) keeps none of it: print the "
                        f"supervision the quote gives")]
    return [Problem("FAITH-NOTICE-KIND",
                    f"the quote is a {kind} notice ({short(quote)}); the printed text "
                    f"({short(text)}) no longer says so: print what the quote says")]


# The words that say who watches the patient or where, in the rulebook's lists of the
# sources' supervision notices: its `supervision` phrases ("under medical supervision"),
# `watching` ("in hospital", "observed", "sous surveillance", "te vigilan"), the carers
# (`care_actors`: "a nurse", "your doctor") and what they do (`care_acts`), and the lay
# escorts a dose requires (`escorts`: "someone must drive you home").
_WATCHING = ("supervision", "watching", "care_actors", "care_acts", "escorts")
# The lists that say the setting itself, not a carer named alone ("ask your doctor").
_SETTING = ("supervision", "watching")


def _watching(text: str, lang: str, names: tuple[str, ...] = _WATCHING) -> list[str]:
    """The words of the lists `names` found in `text` (none for a language without rules:
    its notices are refused by RULES-MISSING, not here)."""
    from summarizer import rulebook

    try:
        words = rulebook.language(lang)
    except rulebook.MissingRules:
        return []
    return [w for name in names if name in words.lists for w in words[name].find(text)]


def dropped_watching(kind: str, quote: str, text: str, lang: str) -> list[str]:
    """A supervision notice printed without its supervision: the quote says who watches
    the patient or where ("in hospital, under medical supervision") and the text, which
    the rules do not read as supervision, keeps none of it in any words (tester, faith31:
    "la désensibilisation se fait à l'hôpital, sous surveillance médicale, avec des
    injections" printed without the hospital and the watching kept 69% of the quote's
    words, so lost_kind let it through). The quote's watching words, or []."""
    from summarizer.notice_kinds import stated_kinds

    if kind != "supervision" or not text.strip():
        return []
    # the quote's setting: its supervision phrases and watching, not a carer named alone
    # ("ask your doctor") nor what a carer does beside it
    said = _watching(quote, lang, _SETTING)
    if not said or "supervision" not in stated_kinds(quote, lang):
        return []
    said += [w for w in _watching(quote, lang) if w not in said]
    if _watching(text, lang):
        return []
    from summarizer.gate.reversals import reversal_list

    if reversal_list(lang, "watched").search(text):
        return []  # the watching in other words: "a doctor watches you", "te vigilan"
    if _words(" ".join(said), lang) & _words(text, lang):
        return []  # a word of it kept ("the restricted program", "la sala de espera")
    return said
