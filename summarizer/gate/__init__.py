"""The export gate: a registry of rules that `check`, `export`, the editor's Safety tab and
its reading panel all call. Nothing outside this package re-implements a rule.

    from summarizer import gate
    findings = gate.run(hdoc)                # everything, every language of the handout
    gate.blocking(findings, "es")            # what stops the Spanish PDF
    gate.safety_status(handout)              # the Safety tab: each required notice, ✓ or why not

Rules read words and numbers from summarizer.rulebook, never from summarizer.sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.gate.findings import Finding, blocking, same_locale, summary_line
from summarizer.gate.registry import Context, LocaleView, Rule, rules, run_rules

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument
    from summarizer.model import Disclaimer, Handout

__all__ = ["Context", "Finding", "LocaleView", "Rule", "blocking", "codes", "kind_of", "kinds_of",
           "no_catalog", "rules", "run", "run_model", "safety_status", "same_locale",
           "summary_line"]


def codes() -> dict[str, str]:
    """code -> one-line doc, for every rule (the `check --help` text)."""
    return {r.code: r.doc for r in rules()}


def _view(hdoc: HandoutDocument, locale: str) -> LocaleView:
    from summarizer import catalogs
    from summarizer.errors import UserError

    try:
        catalogs.normalize_locale(locale)
    except UserError:
        return LocaleView(locale, {}, False, known=False)
    if catalogs.is_source_locale(hdoc, locale):
        return LocaleView(locale, {t: t for t in hdoc.handout.texts()}, True)
    try:
        status = catalogs.catalog_status(hdoc, locale)
        texts = catalogs.translations_for(hdoc, locale)
    except UserError:  # an invalid catalog: I18N-CATALOG-INVALID says where and why
        return LocaleView(locale, {}, False)
    return LocaleView(locale, texts, False, status)


def run(
    hdoc: HandoutDocument,
    locales: Sequence[str] | None = None,
    *,
    source_texts: dict[str, str | None] | None = None,
    source_digests: dict[str, str] | None = None,
    reading: bool = True,
) -> list[Finding]:
    """Every finding for the handout in `locales` (default: all of the handout's).

    `source_texts` (source id -> text, None when unreadable) lets a caller that has the
    sources loaded (the editor) skip re-reading them. `reading=False` leaves out the
    READ-* rules (the slow ones, about no notice in particular), for the Safety tab.
    """
    handout = hdoc.handout
    wanted = list(dict.fromkeys(locales or handout.meta.locales))
    ctx = Context(handout, hdoc, source_texts, source_digests)
    only = None if reading else (lambda r: not r.code.startswith("READ-"))
    return run_rules(ctx, [_view(hdoc, loc) for loc in wanted], only=only)


def run_model(handout: Handout, *, source_texts: dict[str, str | None] | None = None,
              ) -> list[Finding]:
    """The rules that need only the model, in the source language (no files read).

    What the editor re-runs on every redraw: handout-wide rules and the source language's
    printed text (readability is left to the Export tab; it is the slow one).
    """
    ctx = Context(handout, None, source_texts)
    texts = {t: t for t in handout.texts()}
    view = LocaleView(handout.meta.source_locale, texts, True)
    scopes = ("handout", "locale") if source_texts is None else ("handout", "sources", "locale")
    return run_rules(ctx, [view], scopes=scopes,
                     only=lambda r: not r.code.startswith(("READ-", "I18N-")))


def kind_of(finding: Finding, handout: Handout) -> str:
    """The required notice kind a finding is about ("" if none): the rule's, or its item's."""
    from summarizer.gate.registry import get

    try:
        kind = get(finding.code).kind
    except KeyError:
        kind = ""
    if kind:
        return kind
    return next((d.kind for d in handout.disclaimers if d.id == finding.item), "")


def no_catalog(finding: Finding) -> bool:
    """Is this the finding that a language has no catalog at all (I18N-MISSING naming no
    string)? It blocks every notice at once (kinds_of; the Safety tab says it once)."""
    from summarizer.gate.builtin import NO_CATALOG

    return (finding.code == "I18N-MISSING" and not finding.item
            and finding.message.startswith(NO_CATALOG))


def kinds_of(finding: Finding, handout: Handout) -> set[str]:
    """Every required notice kind a finding is about: kind_of's, and for a language with
    no catalog at all (I18N-MISSING naming no string) each kind the handout has notices
    of, since none of them prints in that language (the Safety tab ticked them while the
    language's export was refused)."""
    if no_catalog(finding):
        return {d.kind for d in handout.disclaimers}
    kind = kind_of(finding, handout)
    return {kind} if kind else set()


def safety_status(handout: Handout, findings: Sequence[Finding] | None = None,
                  ) -> list[tuple[str, list[Disclaimer], list[Finding]]]:
    """Each required notice kind, its notices, and the gate's errors about it.

    A kind is ✓ exactly when it has notices and no error is about it, which is what the
    gate (`check`, `export`) decides. A kind required only when the sources state one
    (gate/required.py) is listed when the handout has such a notice or the gate says one
    is missing. `findings` defaults to `run_model(handout)`.
    """
    from summarizer.gate.required import ALWAYS_REQUIRED, WHEN_SOURCES_STATE

    if findings is None:
        findings = run_model(handout)
    out = []
    for kind in (*ALWAYS_REQUIRED, *WHEN_SOURCES_STATE):
        errors = [f for f in findings if f.is_error and kind in kinds_of(f, handout)]
        notices = handout.disclaimers_of(kind)
        if kind in ALWAYS_REQUIRED or notices or errors:
            out.append((kind, notices, errors))
    return out
