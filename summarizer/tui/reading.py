"""Adapters to the readability and catalog modules, imported only when first needed.

Keeping these imports out of the app's start path is what keeps `summarizer edit`
quick to open; the caches here make re-scoring on each keystroke cheap (the
Analyzer re-scores only sentences it has not seen).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument

_analyzers: dict[str, Any] = {}


def analyze(text: str, lang: str) -> Any | None:
    """A readability TextReport for `text`, or None when the module is unavailable."""
    try:
        from summarizer.readability import Analyzer
    except ImportError:
        return None
    analyzer = _analyzers.get(lang)
    if analyzer is None:
        try:
            analyzer = _analyzers[lang] = Analyzer(lang)
        except Exception:  # an unsupported language: no panel rather than a crash
            return None
    return analyzer.analyze(text)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A hard word at [start, end) of the analysed text and its plain alternatives."""

    word: str
    start: int
    end: int
    reason: str
    alternatives: tuple[str, ...]


def suggestions(report: Any, text: str) -> list[Suggestion]:
    """Hard words with absolute offsets into `text` (sentence-relative spans are fixed)."""
    out: list[Suggestion] = []
    for sentence in getattr(report, "sentences", []):
        for hw in sentence.hard_words:
            start, end = hw.span.start, hw.span.end
            if text[start:end] != hw.word:
                start, end = start + sentence.span.start, end + sentence.span.start
            if text[start:end] != hw.word:
                found = text.find(hw.word, sentence.span.start)
                if found < 0:
                    continue
                start, end = found, found + len(hw.word)
            out.append(Suggestion(hw.word, start, end, hw.reason, tuple(hw.alternatives)))
    return out


def hype_words(text: str, lang: str = "en") -> list[str]:
    """Hype and absolute words in the editor's own text: the gate's HYPE-WORD and
    EVID-ABSOLUTE rules' words (summarizer.gate.words), so the panel and export agree."""
    try:
        from summarizer.gate.words import absolute_words
        from summarizer.gate.words import hype_words as hype
        from summarizer.rulebook import MissingRules
    except ImportError:
        return []
    try:
        return list(dict.fromkeys(hype(text, lang) + absolute_words(text, lang)))
    except MissingRules as exc:
        return [f"(not checked: {exc})"]


def translations(hdoc: HandoutDocument, locale: str) -> dict[str, str] | None:
    """msgid -> translation for a locale (fuzzy and missing left out), None if unavailable."""
    try:
        rows = catalog_rows(hdoc, locale)
    except Exception:
        return None
    if rows is None:
        return None
    return {r.msgid: r.msgstr for r in rows if r.status == "done"}


@dataclass(frozen=True, slots=True)
class CatalogRow:
    """One handout string in one language; a fuzzy row keeps its old text to be checked."""

    msgid: str
    msgstr: str
    fuzzy: bool

    @property
    def status(self) -> str:
        return "missing" if not self.msgstr else "fuzzy" if self.fuzzy else "done"


def catalog_rows(hdoc: HandoutDocument, locale: str) -> list[CatalogRow] | None:
    """Every handout string with its translation in `locale`; None when catalogs are absent.

    get_entry (not get_translation) so a fuzzy string shows as fuzzy, with the old
    translation offered for editing instead of an empty field.
    """
    try:
        from summarizer import catalogs
    except ImportError:
        return None
    rows: list[CatalogRow] = []
    for msgid in hdoc.handout.texts():
        entry = catalogs.get_entry(hdoc, locale, msgid)
        if entry is None:
            rows.append(CatalogRow(msgid, "", False))
        else:
            rows.append(CatalogRow(msgid, entry.msgstr, entry.fuzzy))
    return rows


def set_translation(hdoc: HandoutDocument, locale: str, msgid: str, msgstr: str) -> None:
    from summarizer import catalogs

    catalogs.set_translation(hdoc, locale, msgid, msgstr)
