"""The export gate's old front door, kept so callers keep working: a thin wrapper over
summarizer.gate (the rule registry) and summarizer.rulebook (the words and numbers).

New code should call `summarizer.gate` directly. Every finding has a stable code (the
registry's; CODES lists them), a severity ("error" blocks the export of the locale it
names, or of every locale when it names none; "warning" is shown and allowed) and one
plain line a nurse educator can act on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from summarizer.gate.findings import Finding, Severity, blocking, summary_line
from summarizer.gate.phones import (
    is_crisis_line,
    number_valid,
    regulators_for,
    text_has_number,
)
from summarizer.rulebook import MissingRules, base_language

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument
    from summarizer.model import Handout

__all__ = [
    "CODES", "Finding", "Severity", "absolute_words", "base_language", "blocking",
    "check_handout", "hedged", "hype_words", "is_crisis_line", "number_valid",
    "reading_findings", "reading_text", "regulators_for", "summary_line", "text_has_number",
]


class _Codes(Mapping[str, str]):
    """code -> one-line doc, read from the registry on first use (keeps import cheap)."""

    def _data(self) -> dict[str, str]:
        from summarizer import gate

        return gate.codes()

    def __getitem__(self, code: str) -> str:
        return self._data()[code]

    def __iter__(self):
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())


CODES: Mapping[str, str] = _Codes()


def check_handout(
    hdoc: HandoutDocument,
    locales: Sequence[str] | None = None,
    *,
    source_texts: dict[str, str | None] | None = None,
    source_digests: dict[str, str] | None = None,
) -> list[Finding]:
    """Every finding for the handout in `locales` (default: all of the handout's)."""
    from summarizer import gate

    return gate.run(hdoc, locales, source_texts=source_texts, source_digests=source_digests)


def hype_words(text: str, lang: str) -> list[str]:
    """Hype words in one handout string (MissingRules for a language without lists)."""
    from summarizer.gate.words import hype_words as words

    return words(text, lang)


def absolute_words(text: str, lang: str) -> list[str]:
    from summarizer.gate.words import absolute_words as words

    return words(text, lang)


def hedged(text: str, evidence: str, lang: str) -> bool | None:
    """Does a claim's text say its study was not in people? None: no lists for `lang`
    (the gate reports that as RULES-MISSING, an error)."""
    from summarizer.gate.words import hedged as says_so

    try:
        return says_so(text, evidence, lang)
    except MissingRules:
        return None


def reading_text(handout: Handout, texts: dict[str, str]) -> str:
    from summarizer.gate.builtin import reading_text as body

    return body(handout, texts)


def reading_findings(handout: Handout, locale: str, texts: dict[str, str],
                     analyze: Callable[[str, str], object] | None = None) -> list[Finding]:
    from summarizer.gate.builtin import reading_findings as grade

    return grade(handout, locale, texts, analyze)


def codes_of(findings: Iterable[Finding]) -> set[str]:
    return {f.code for f in findings}
