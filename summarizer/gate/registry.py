"""The registry of gate rules and the one runner that `check`, `export`, the editor's
Safety tab and its reading panel all go through.

A rule is a stable code, a severity (the worst it reports), a scope, a one-line doc and
one function. Scopes: "handout" rules read only the handout model (cheap; the Safety tab
runs them on every redraw); "sources" rules also read the cited sources' text; "locale"
rules run once per exported language on that language's printed strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summarizer.gate.findings import Finding

if TYPE_CHECKING:
    from summarizer.catalogs import CatalogStatus
    from summarizer.handout_file import HandoutDocument
    from summarizer.model import Handout
    from summarizer.provenance import ProvenanceResult

SCOPES = ("handout", "sources", "locale")
UNKNOWN_LOCALE = "I18N-UNKNOWN-LOCALE"


@dataclass
class Context:
    """What the rules read: the handout, and (when known) its file and its sources."""

    handout: Handout
    hdoc: HandoutDocument | None = None
    source_texts: dict[str, str | None] | None = None
    source_digests: dict[str, str] | None = None
    source_reasons: dict[str, str] = field(default_factory=dict)  # why a source was not read
    _memo: dict[str, Any] = field(default_factory=dict)

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def sources(self) -> dict[str, str | None]:
        """source id -> text (None when unreadable); loaded once, on first need."""
        if self.source_texts is None:
            if self.hdoc is None:
                self.source_texts = {}
            else:
                from summarizer.provenance import load_source_texts

                self.source_texts, self.source_digests = load_source_texts(
                    self.hdoc, self.source_reasons)
        return self.source_texts

    def provenance(self) -> list[ProvenanceResult]:
        def run() -> list[ProvenanceResult]:
            from summarizer.provenance import verify_quotes

            return verify_quotes(self.handout, self.sources(), self.source_digests,
                                 self.source_reasons)
        return self.memo("provenance", run)


@dataclass
class LocaleView:
    """One language as printed: msgid -> text (empty when untranslated)."""

    locale: str
    texts: dict[str, str]
    is_source: bool
    status: CatalogStatus | None = None  # None for the source language or without a file
    known: bool = True  # False: not a language code; only I18N-UNKNOWN-LOCALE runs


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str  # the worst severity it reports ("error" or "warning")
    scope: str  # handout | sources | locale
    doc: str  # one line: what the finding means (the `check --help` text)
    func: Callable[..., Iterable[Finding]]
    kind: str = ""  # the required notice kind it guards, for the Safety tab ("" = none)

    def run(self, ctx: Context, view: LocaleView | None = None) -> list[Finding]:
        found = self.func(ctx, view) if self.scope == "locale" else self.func(ctx)
        return list(found)


_RULES: dict[str, Rule] = {}


def rule(code: str, severity: str, scope: str, doc: str, *, kind: str = "",
         ) -> Callable[[Callable[..., Iterable[Finding]]], Callable[..., Iterable[Finding]]]:
    """Register the decorated function as the rule `code` (codes are unique and stable)."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}")

    def register(func: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        if code in _RULES and _RULES[code].func is not func:
            raise ValueError(f"rule {code} registered twice")
        _RULES[code] = Rule(code, severity, scope, doc, func, kind)
        return func
    return register


def rules() -> tuple[Rule, ...]:
    """Every rule, in the order findings are reported."""
    # registers the built-in rules and I18N-CATALOG-INVALID
    from summarizer.gate import builtin, catalog_files  # noqa: F401

    return tuple(_RULES.values())


def get(code: str) -> Rule:
    rules()
    return _RULES[code]


def run_rules(ctx: Context, views: Sequence[LocaleView], *,
              scopes: Sequence[str] = SCOPES, only: Callable[[Rule], bool] | None = None,
              ) -> list[Finding]:
    """Every finding of the selected rules: handout-wide ones first, then per language."""
    selected = [r for r in rules() if r.scope in scopes and (only is None or only(r))]
    out: list[Finding] = []
    for r in selected:
        if r.scope != "locale":
            out += r.run(ctx)
    for view in views:
        for r in selected:
            if r.scope == "locale" and (view.known or r.code == UNKNOWN_LOCALE):
                out += r.run(ctx, view)
    return out
