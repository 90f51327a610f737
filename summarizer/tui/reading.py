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


# For a text shorter than that sample: the language's formula of sentence length and
# syllables per word, which holds for a sentence or two (analyze.py's formula names).
_SHORT_TEXT = {"en": ("Flesch-Kincaid Grade", "Flesch-Kincaid"),
               "es": ("Fernández Huerta (corrected)", "Fernández Huerta as a grade")}


def claim_grade(report: Any) -> tuple[float | None, str]:
    """The grade of a claim and the formula's name. A claim is a sentence or two, and
    SMOG scaled from one sentence to thirty made "Ketamine is not approved by the FDA for
    depression." grade 13: three long words times thirty. Below SMOG's sample the claim
    is graded by the formula that holds for a short text; the whole handout keeps the
    headline grade (the one the export gate applies)."""
    from summarizer.readability.formulas import SMOG_SAMPLE  # loaded with the report

    grade = getattr(report, "headline_grade", None)
    name = str(getattr(report, "headline_name", ""))
    short = _SHORT_TEXT.get(str(getattr(report, "lang", "")).split("-")[0])
    if grade is None or short is None or report.sentence_count >= SMOG_SAMPLE:
        return grade, name
    formula, label = short
    found = next((f.grade for f in report.formulas if f.name == formula), None)
    if found is None:
        return grade, name
    # grades start at 1 (a formula of lengths can go below 0 for "Call 988.")
    return max(found, 1.0), f"{label}: too short for SMOG"


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


@dataclass(frozen=True, slots=True)
class Fix:
    """One change the editor can apply with one key: text[start:end] -> replacement.

    `kind` is "jargon" (a plainer word) or a note kind ("person-centred",
    "number-format"); `label` is what the panel shows for it.
    """

    kind: str
    start: int
    end: int
    replacement: str
    label: str


def fixes(report: Any, text: str) -> list[Fix]:
    """Every suggestion with a ready replacement, in text order; at the same place a
    sentence rewrite comes before a word swap (it usually contains the swap)."""
    out: list[Fix] = []
    for n in getattr(report, "notes", []):
        if n.suggestion and text[n.start:n.end]:
            before = text[n.start:n.end]
            label = f"{_clip(before)} → {_clip(n.suggestion)}"
            out.append(Fix(n.kind, n.start, n.end, n.suggestion, label))
    for s in suggestions(report, text):
        if s.alternatives:
            swap = _fitting_swap(report, text, s)
            if swap is not None:
                out.append(Fix("jargon", s.start, s.end, swap, f"{s.word} → {swap}"))
    out.sort(key=lambda f: (f.start, f.kind == "jargon"))
    return out


def _fitting_swap(report: Any, text: str, s: Suggestion) -> str | None:
    """The first plainer wording of the hard word that reads grammatically in its
    sentence (summarizer.readability.swaps) and does not raise the grade; None when
    every one would make the text harder (then nothing is offered for it)."""
    from summarizer.readability.swaps import fitted
    from summarizer.tui.state import apply_alternative

    lang = getattr(report, "lang", "en")
    before = getattr(report, "headline_grade", None)
    for alternative in s.alternatives[:3]:
        for swap in fitted(text, s.start, s.end, alternative, lang):
            after = analyze(apply_alternative(text, s.start, s.end, swap), lang)
            grade = getattr(after, "headline_grade", None)
            if before is None or grade is None or grade <= before:
                return swap
    return None


def apply_fix(text: str, fix: Fix) -> str:
    """The text with the fix applied (a word swap keeps a leading capital)."""
    if fix.kind == "jargon":
        from summarizer.tui.state import apply_alternative

        return apply_alternative(text, fix.start, fix.end, fix.replacement)
    return text[:fix.start] + fix.replacement + text[fix.end:]


# The panel's groups: (title, note kinds or hard-word reasons shown under it).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Hard words", ("jargon", "uncommon", "acronym", "long word")),
    ("Sentences", ("person-centred", "number-format", "long-sentence", "passive-voice")),
    ("Text", ("long-paragraph", "lexical-density", "no-sentence-ends")),
)
_REASON_LABEL = {"uncommon": "(uncommon word: explain it once or use an everyday one)",
                 "acronym": "(acronym: spell it out once)", "long word": "(long word)"}
_NOTE_LABEL = {"person-centred": "speak to the reader", "number-format": "numbers",
               "long-sentence": "long sentence", "passive-voice": "passive voice",
               "long-paragraph": "long paragraph", "lexical-density": "dense",
               "no-sentence-ends": "no sentence ends"}


@dataclass(frozen=True, slots=True)
class PanelRow:
    """One line of the reading panel: a label, the detail, and whether ctrl+l applies it."""

    group: str
    kind: str
    label: str
    detail: str
    fixable: bool = False


def topic_drugs(hdoc: HandoutDocument) -> frozenset[str]:
    """The drugs a handout is about: those its title or summary names (canonical names
    from the rulebook's drugs.toml). A handout about ketamine must say "ketamine"; the
    panel does not coach it as a rare word to replace (nor does the gate's grade count
    it: readability.topic)."""
    from summarizer.readability.topic import topic_drugs as named

    meta = hdoc.handout.meta
    return named(meta.title, meta.summary)


def _names_topic(word: str, about: frozenset[str]) -> bool:
    if not about:
        return False
    from summarizer.rulebook import drugs

    return any(name in about for name in drugs().named(word))


def coaching(report: Any, text: str, lang: str,
             about: frozenset[str] = frozenset()) -> list[tuple[str, list[PanelRow]]]:
    """What the reading panel shows under the grades, grouped: hard words (with plain
    alternatives first), sentence notes, text notes, then hype (the gate's own rule).
    `about`: the drugs the handout is about (topic_drugs), never coached as rare words."""
    first_fix = next(iter(fixes(report, text)), None)
    words: list[PanelRow] = []
    seen: set[tuple[str, str]] = set()
    for s in suggestions(report, text):
        key = (s.word.lower(), s.reason)
        if key in seen or (s.reason in ("uncommon", "long word")
                           and _names_topic(s.word, about)):
            continue
        seen.add(key)
        fixable = first_fix is not None and first_fix.kind == "jargon" \
            and first_fix.start == s.start
        if s.alternatives:
            words.append(PanelRow("Hard words", s.reason, s.word,
                                  "→ " + ", ".join(s.alternatives[:3]), fixable))
        else:
            words.append(PanelRow("Hard words", s.reason, s.word,
                                  _REASON_LABEL.get(s.reason, s.reason)))
    words.sort(key=lambda r: not r.detail.startswith("→"))
    sentences: list[PanelRow] = []
    whole: list[PanelRow] = []
    for n in getattr(report, "notes", []):
        fixable = first_fix is not None and first_fix.kind == n.kind \
            and first_fix.start == n.start
        detail = n.message + (f" → {n.suggestion}" if n.suggestion else "")
        row = PanelRow("Text" if n.kind in GROUPS[2][1] else "Sentences", n.kind,
                       _NOTE_LABEL.get(n.kind, n.kind), detail, fixable)
        (whole if row.group == "Text" else sentences).append(row)
    hype = hype_words(text, lang)
    absolute = set(_absolute_words(text, lang)) if hype else set()
    absolute -= set(_refused_words(text, lang)) if absolute else set()
    out = [("Hard words", words), ("Sentences", sentences), ("Text", whole)]
    # an absolute word is a warning at the gate (EVID-ABSOLUTE), a hype word an error
    out.append(("Hype", [PanelRow("Hype", "hype", h,
                                  "rarely true in medicine: the export gate warns"
                                  if h in absolute else "the export gate refuses it")
                         for h in hype]))
    return [(title, rows) for title, rows in out if rows]


def coaching_lines(report: Any, text: str, lang: str, limit: int = 4,
                   about: frozenset[str] = frozenset()) -> list[Any]:
    """The coaching groups as Rich Text lines for the panel (markup never parsed)."""
    from rich.text import Text

    lines: list[Any] = []
    groups = coaching(report, text, lang, about)
    if any(r.fixable for _, rows in groups for r in rows):
        lines.append(Text("ctrl+l applies the suggestion marked ▶", style="dim"))
    for title, rows in groups:
        lines.append(Text(f"{title} ({len(rows)}):", style="bold"))
        for r in rows[:limit]:
            line = Text("▶ " if r.fixable else "  ", style="bold green")
            line.append(r.label, style="yellow" if r.group != "Hype" else "bold red")
            line.append(" ")
            line.append(_clip(r.detail, 90), style="green" if r.detail.startswith("→") else "")
            lines.append(line)
        if len(rows) > limit:
            lines.append(Text(f"  … {len(rows) - limit} more", style="dim"))
    if not groups:
        lines.append(Text("No hard words, no notes, no hype.", style="green"))
    return lines


def _clip(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _absolute_words(text: str, lang: str) -> list[str]:
    """The gate's EVID-ABSOLUTE words (a warning, not a refusal)."""
    from summarizer.gate.words import absolute_words

    return _words_or_none(absolute_words, text, lang)


def _refused_words(text: str, lang: str) -> list[str]:
    """The gate's HYPE-WORD words (refused at export)."""
    from summarizer.gate.words import hype_words as hype

    return _words_or_none(hype, text, lang)


def _words_or_none(find: Any, text: str, lang: str) -> list[str]:
    from summarizer.rulebook import MissingRules

    try:
        return list(find(text, lang))
    except MissingRules:
        return []


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
