"""Which classes of medicines does a notice name (FAITH-DRUG)?

A notice says what not to mix a medicine with, or what to tell the doctor about, by class
more often than by name: "alcohol, opioids or sleeping pills", "anticoagulantes",
"Schlaf- oder Beruhigungsmittel". A text that names another class ("antacids",
"vitamins", "antihistamínicos") warns of the wrong thing, and drug_problems, which reads
drug names, does not see it. The same class in other words ("blood thinners" for
"anticoagulants", "sleeping tablets" for "sedatives") is the same warning.

Every word is data: `[faithfulness.medicine_classes]` (class -> its words; the keys are
shared by every language) and `[faithfulness.medicine_class_covers]` (a wider class ->
the classes it takes in: "opioid painkillers" for "opioids") of rulebook/words/<lang>.toml.
Pure: strings and language codes in, problems out.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.gate.faithfulness import Problem, meaning
from summarizer.rulebook import MissingRules, WordList, language, on_reload, section


@cache
def _classes(lang: str) -> tuple[WordList, tuple[tuple[str, WordList], ...],
                                 dict[str, frozenset[str]]]:
    """(any class's words, (class, its words) each, wider class -> classes it covers)."""
    table = section(lang, "faithfulness")
    classes = {str(k): tuple(v) for k, v in table.get("medicine_classes", {}).items() if v}
    covers = {str(k): frozenset(v) for k, v in table.get("medicine_class_covers", {}).items()}
    every = tuple(e for entries in classes.values() for e in entries)
    return (WordList("medicine_classes", lang, every),
            tuple((k, WordList(f"medicine_classes.{k}", lang, v)) for k, v in classes.items()),
            covers)


on_reload(_classes.cache_clear)


def classes(text: str, lang: str) -> dict[str, str]:
    """The classes of medicines `text` names: class -> as first written."""
    every, each, _ = _classes(lang)
    if not every.entries or every.search(text) is None:
        return {}  # one scan for any class: most texts name none
    out: dict[str, str] = {}
    for name, words in each:
        hit = words.search(text)
        if hit is not None:
            out[name] = hit.group(0)
    return out


def class_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                   ) -> list[Problem]:
    """The text names a class of medicines its quote does not, where the quote names
    classes of its own: another warning than the quote's. A wider class that takes in one
    of the quote's ("painkillers" for "opioids") keeps it."""
    in_text = classes(text, text_lang)
    if not in_text:
        return []
    in_quote = classes(quote, quote_lang)
    if not in_quote:
        return []  # a quote naming no class: "other medicines" may be spelt out
    covers = _classes(text_lang)[2]
    extra = [w for name, w in in_text.items() if name not in in_quote
             and not covers.get(name, frozenset()) & set(in_quote)]
    if not extra:
        return []
    return [Problem("FAITH-DRUG",
                    f"the text names {', '.join(map(repr, extra))}; the quote names "
                    f"{', '.join(map(repr, in_quote.values()))}")]


@cache
def _cut() -> re.Pattern[str]:
    from summarizer.gate import connectives

    return re.compile(rf"(?i)[.;:!?,]|\b(?:{connectives.alternation('contrast_words')})\b")


on_reload(_cut.cache_clear)


def _parts(text: str) -> list[str]:
    """Sentences cut at clause marks and "but" ("pero", "mais", "aber"): where a leave or a
    ban starts."""
    return [p for p in _cut().split(text) if p.strip()]


def permitted_class_problems(text: str, text_lang: str, quote: str, quote_lang: str,
                             ) -> list[Problem]:
    """The quote forbids a class ("do not drink alcohol", "no tome alcohol"); a clause of
    the text gives leave for it ("but you can take it with alcohol", "pero puede tomarlo
    con alcohol"), unnegated, whatever else the text keeps."""
    try:
        q_neg, t_neg = language(quote_lang)["negation"], language(text_lang)["negation"]
    except MissingRules:
        return []
    if not classes(text, text_lang):
        return []
    banned: dict[str, str] = {}
    for part in _parts(quote):
        if q_neg.search(part):
            for name in classes(part, quote_lang):
                banned.setdefault(name, part.strip())
    if not banned:
        return []
    tm = meaning(text_lang)
    for part in _parts(text):
        if t_neg.search(part):
            continue
        if not (tm["permits"].search(part) or tm["modal_permits"].search(part)):
            continue
        for name, written in classes(part, text_lang).items():
            if name in banned:
                return [Problem("FAITH-POLARITY",
                                f"the quote forbids {written!r} ({banned[name]!r}); the text "
                                f"permits it ({part.strip()!r})")]
    return []
