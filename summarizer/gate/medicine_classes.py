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

from functools import cache

from summarizer.gate.faithfulness import Problem
from summarizer.rulebook import WordList, on_reload, section


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
