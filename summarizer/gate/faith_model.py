"""A learned second opinion on faithfulness, heard only where every rule is silent.

Six sessions of phrase-family rules, each tuned on the rewrites of folders already seen,
did not move the next unseen folder's figures: a new article words its unfaithful
rewrites in ways no family named. This model reads what a reviewer checks by eye when
comparing a rewrite with its quote, whatever the phrase: which words the text adds and
which it drops (stems, so "supervised" and "supervision" are one), whether a negation
or the words under one went missing or appeared, whether a number of the quote is gone
or a new one came, and how much of the quote's content the text still carries. A
logistic model over those differences, trained on every labelled rewrite
(scripts/train_faith_model.py), reads a notice's text as changed when its score passes a
threshold that cross-validation over the training folders sets so that it flags few
faithful rewrites (figures: the script's docstring). On a notice every rule passes, the
gate blocks what it reads as changed (FAITH-MEANING, an error; faithfulness.meaning_problems):
since the tests' hand-written faithful pairs (a permission at the end of a ban, a "but
not" about something else) are training rows, none of them is read as changed.

The shipped file is summarizer/rulebook/models/faithfulness.json. SUMMARIZER_FAITH_MODEL
names another file, or "off" for the rules alone (the training script measures a model
trained without the folder it tests; the rules' own figures are read with it off).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from summarizer.learned.features import NEG_MARK, STEM, STEM_MARK, is_negation, negated, tokens

ENV = "SUMMARIZER_FAITH_MODEL"
SHIPPED = Path(__file__).resolve().parents[1] / "rulebook" / "models" / "faithfulness.json"
FORMAT = "summarizer-faith-model/1"
SHOWN = 3  # differences a message names
# The notice kinds the gate asks the model about. Not claims: a handout's claim sums up a
# long quote in its own words (the example's "In studies, the drug is most often given
# ... into a vein" for a trial's design), which the model, trained on sentence-for-sentence
# rewrites, reads as changed. Not crisis lines: their quote is often a paragraph of which
# the text keeps the call ("call or text 988"), and their numbers, hours and audience are
# the rules' (availability, audience, phone numbers).
ASKED = frozenset({"regulatory", "supervision", "self-medication", "side-effects"})


def _stem(word: str) -> str:
    """The first STEM letters (the notice model's stem, without its mark: 4 and 6 were no
    better here)."""
    return word[:STEM]


def _under_negation(words: list[str]) -> set[str]:
    """The stems of the words the notice model reads as negated (features.negated)."""
    return {f.removeprefix(NEG_MARK).removesuffix(STEM_MARK) for f in negated(words)}


def _values(text: str, other: str, lang: str) -> list[frozenset[float]]:
    """The values of the numbers the rules read in `text` (word numbers and digit groups
    as one: "fifteen" = 15, "9.000" = 9000), each a set of readings: a duration in days,
    a month as the calendar's, 4 weeks or 30 days ("2 months" = "8 weeks" = "60 days");
    leaving out a long number `other` gives grouped another way ("116123" for "116 123",
    a phone number) and a line's hours ("24 hours a day", compared by the rules): a
    number written another way is no difference."""
    from summarizer.gate.faithfulness import (  # it imports this module
        _DAYS,
        _without_hours,
        _without_quoted_digits,
        quantities,
    )

    out: list[frozenset[float]] = []
    for q in quantities(_without_hours(_without_quoted_digits(text, other), lang), lang):
        if q.unit not in _DAYS:
            out.append(frozenset({round(q.value, 2)}))
            continue
        days = {round(q.value * _DAYS[q.unit], 3)}  # (15 minutes = 0.010 days)
        if q.unit == "month":  # as plain language counts a month
            days |= {round(q.value * 28, 3), round(q.value * 30, 3)}
        out.append(frozenset(days))
    return out


# A number joined to the word before it by a hyphen ("COVID-19", "GLP-1"): part of a name.
_HYPHEN_NAME = re.compile(r"\b([^\W\d_]{2,})-(\d+)\b")


def _without_named_numbers(quote: str, text: str, lang: str) -> str:
    """The quote with each number that is part of a name ("type 2 diabetes", "Phase 3":
    after a word of the language's `number_names`; "COVID-19": hyphened to its word)
    blanked when the text leaves out the name's word too: the name left out, no number
    dropped. A name the text keeps with another number ("type 1") keeps the number."""
    from summarizer.gate.faithfulness import meaning  # it imports this module

    kept = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    names = meaning(lang)["number_names"]
    found = [(m.group(1), m.start(2), m.end(2)) for m in _HYPHEN_NAME.finditer(quote)]
    if names.entries:
        found += [(m.group(1), m.start(2), m.end(2)) for m in re.finditer(
            rf"(?i)\b({names.pattern.pattern})[\s-](\d+)\b", quote)]
    for word, start, end in sorted(found, key=lambda f: f[1], reverse=True):
        if word.casefold() not in kept:
            quote = quote[:start] + " " * (end - start) + quote[end:]
    return quote


def _unmatched(values: list[frozenset[float]], other: list[frozenset[float]]) -> bool:
    """Does a number of `values` have no reading among `other`'s?"""
    readings = frozenset().union(*other)
    return any(not v & readings for v in values)


def _rules_see_a_number(quote: str, text: str, lang: str) -> bool:
    """Do the rules read a number of the text that the quote does not give (a schedule
    spelled out, "at 6, 12 and 18 weeks" = "every 6 weeks, three times", they read as one)?"""
    from summarizer.gate.faithfulness import number_problems  # it imports this module

    return bool(number_problems(text, lang, quote, lang))


def differences(quote: str, text: str, lang: str) -> list[str]:
    """The features of one (quote, printed text) pair: "+stem" a word the text adds,
    "-stem" one it drops, "+¬stem"/"-¬stem" the same under a negation, "¬kept" a word the
    quote negates printed without its negation, "¬gone" the negated words left out with
    it, "neg<"/"neg>"/"neg0" fewer, more or no negations left, "+NUM"/"-NUM" a number of
    the text the quote does not give, or the reverse, "head" the text the quote's first
    words and no more, "covN" the fifths of the quote's
    longer words the text keeps, "lenN" the quarters of the quote's length it has, and the
    language."""
    qw, tw = tokens(quote), tokens(text)
    qs, ts = {_stem(w) for w in qw}, {_stem(w) for w in tw}
    out = [f"+{w}" for w in sorted(ts - qs)] + [f"-{w}" for w in sorted(qs - ts)]
    qn, tn = sum(map(is_negation, qw)), sum(map(is_negation, tw))
    if tn < qn:
        out.append("neg<")
        if not tn:
            out.append("neg0")
    elif tn > qn:
        out.append("neg>")
    q_neg, t_neg = _under_negation(qw), _under_negation(tw)
    out += [f"+¬{w}" for w in sorted(t_neg - q_neg)] + [f"-¬{w}" for w in sorted(q_neg - t_neg)]
    if unnegated := q_neg - t_neg:
        # the quote's negated words printed without their negation (affirmed), or left out
        # with it (a clause about something else dropped: "..., but it is not a first choice")
        out.append("¬kept" if unnegated & ts else "¬gone")
    q_val, t_val = _values(quote, text, lang), _values(text, quote, lang)
    if _unmatched(t_val, q_val) and _rules_see_a_number(quote, text, lang):
        out.append("+NUM")
    if _unmatched(_values(_without_named_numbers(quote, text, lang), text, lang), t_val):
        out.append("-NUM")  # (a number of a name left out with its name is none: fix21)
    if tw and len(tw) < len(qw) and qw[:len(tw)] == tw:
        out.append("head")  # the text is the quote's beginning, the rest left out
    content = [w for w in qw if len(w) > 3]
    kept = sum(_stem(w) in ts for w in content) / max(1, len(content))
    out.append(f"cov{int(kept * 5)}")
    out.append(f"len{min(4, int(len(tw) / max(1, len(qw)) * 4))}")
    out.append(f"lang={lang}")
    return out


@dataclass(frozen=True, slots=True)
class FaithModel:
    langs: frozenset[str]
    bias: float
    threshold: float  # a pair scoring above it is read as unfaithful
    weights: dict[str, float]
    trained_on: dict

    def score(self, quote: str, text: str, lang: str) -> tuple[float, tuple[str, ...]]:
        """(score, the differences that weigh most towards unfaithful)."""
        hits = [(self.weights[f], f) for f in differences(quote, text, lang)
                if f in self.weights]
        top = [f for w, f in sorted(hits, reverse=True)[:SHOWN] if w > 0]
        return self.bias + sum(w for w, _ in hits), tuple(top)


def parse(data: dict) -> FaithModel:
    if data.get("format") != FORMAT:
        raise ValueError(f"not a faithfulness model (format {data.get('format')!r})")
    return FaithModel(frozenset(data["langs"]), float(data["bias"]), float(data["threshold"]),
                      {str(k): float(v) for k, v in data["weights"].items()},
                      data.get("trained_on", {}))


@cache
def _load(path: str) -> FaithModel | None:
    try:
        return parse(json.loads(Path(path).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def current() -> FaithModel | None:
    """The model in use (read once per path), or None for the rules alone."""
    chosen = os.environ.get(ENV, "")
    if chosen == "off":
        return None
    return _load(chosen or str(SHIPPED))


_SAID = {"NUM": "a number", "neg": "a negation"}


def _said(feature: str) -> str:
    """A difference as a reviewer reads it: "drops 'not'", "adds 'can…'"."""
    if feature in ("+NUM", "-NUM"):
        return ("adds" if feature[0] == "+" else "drops") + " a number"
    if feature in ("neg<", "neg0"):
        return "drops a negation"
    if feature == "neg>":
        return "adds a negation"
    if feature.startswith("cov") or feature.startswith("len"):
        return "leaves out much of the quote"
    if feature[:1] in "+-":
        word = feature[1:]
        neg = word.startswith("¬")
        word = word.removeprefix("¬")
        return (f"{'adds' if feature[0] == '+' else 'drops'} '{word}"
                f"{'…' if len(word) >= STEM else ''}'{' under a negation' if neg else ''}")
    return feature


@lru_cache(maxsize=2048)
def meaning_problem(quote: str, text: str, lang: str) -> str:
    """The message of a FAITH-MEANING problem, or "" when the model reads the pair as
    faithful (or there is no model, or it was not trained on `lang`)."""
    model = current()
    if model is None or lang[:2] not in model.langs:
        return ""
    from summarizer.gate.faithfulness import written_in  # it imports this module
    from summarizer.rulebook import base_language

    if base_language(written_in(text, lang)) != base_language(written_in(quote, lang)):
        return ""  # a translation: the words of two languages cannot be compared
    score, top = model.score(quote, text, lang[:2])
    if score <= model.threshold:
        return ""
    why = "; ".join(dict.fromkeys(_said(f) for f in top)) or "its wording as a whole"
    return ("the trained faithfulness check reads the text as not saying what the quote "
            f"says (it {why}): print what the quote says")


def forget() -> None:
    """Read the model file again on next use (the rulebook reloaded)."""
    _load.cache_clear()
    meaning_problem.cache_clear()
