"""A gate finding and the small helpers every caller (check, export, editor) shares."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Severity = str  # "error" | "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the gate found: a stable code, a severity and one line a nurse can act on.

    An "error" blocks the export of the locale it names, or of every locale when it names
    none; a "warning" is shown and allowed.
    """

    code: str
    severity: Severity  # "error" | "warning"
    message: str
    locale: str = ""  # "" = applies to every locale
    item: str = ""  # claim / disclaimer id, "title", "summary", or a source id

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def same_locale(a: str, b: str) -> bool:
    return a.replace("-", "_").lower() == b.replace("-", "_").lower()


def blocking(findings: Iterable[Finding], locale: str) -> list[Finding]:
    """Errors that stop `locale` from being exported (its own and the handout-wide ones)."""
    return [f for f in findings
            if f.severity == "error" and (not f.locale or same_locale(f.locale, locale))]


def summary_line(findings: Sequence[Finding], locale: str) -> str:
    """"en: ready to export" / "es: blocked by 2 errors" (warnings counted too)."""
    errors = blocking(findings, locale)
    warnings = [f for f in findings if f.severity == "warning"
                and (not f.locale or same_locale(f.locale, locale))]
    note = f" ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})" if warnings else ""
    if errors:
        return f"{locale}: blocked by {len(errors)} error{'s' if len(errors) != 1 else ''}{note}"
    return f"{locale}: ready to export{note}"


def short(text: str, limit: int = 60) -> str:
    """A string for a message: whitespace folded, cut at `limit`, quoted."""
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")
