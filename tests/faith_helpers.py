"""Check one (quote, printed text) pair with the gate's faithfulness path: the helper the
faithfulness test files share instead of each defining its own `blocked`."""

from __future__ import annotations

from summarizer.gate.faithfulness import check_rewrite


def problems(quote: str, text: str, lang: str = "en", kind: str = "") -> list[str]:
    """The messages the gate gives for printing `text` for `quote` (kind: a notice kind,
    or a claim's evidence tag / "")."""
    return [p.message for p in check_rewrite(quote, text, lang, kind)]


def blocked(quote: str, text: str, lang: str = "en", kind: str = "") -> bool:
    """Does the gate refuse `text` as the printed form of `quote`?"""
    return bool(check_rewrite(quote, text, lang, kind))


def ids(value: object) -> str:
    """A short test id from a pair's first words."""
    return str(value)[:40]
