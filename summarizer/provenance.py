"""Does every quote still stand in its source? The check behind "cite, don't invent".

`verify_quotes` is pure (texts in, results out) so the TUI and the export gate can call
it on sources they already loaded; `verify_handout` does the loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.errors import SourceError
from summarizer.model import Handout, Span

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument

# ok: the quote is at its span. moved: found elsewhere in the source (fine; reported).
# gone: not in the source any more (error). source-missing: no file to check against
# (a warning: sources are optional at export time). source-changed: the file's hash differs.
STATUSES = ("ok", "moved", "gone", "source-missing", "source-changed")
ERROR_STATUSES = frozenset({"gone"})


@dataclass(frozen=True, slots=True)
class ProvenanceResult:
    item: str  # claim/disclaimer id, or the source id for source-level results
    kind: str  # "claim" | "disclaimer" | "source"
    source: str
    status: str
    message: str
    span: Span | None = None  # where the quote stands now (ok / moved)

    @property
    def is_error(self) -> bool:
        return self.status in ERROR_STATUSES


def locate(text: str, quote: str, hint: Span) -> Span | None:
    """Where `quote` stands in `text`: at `hint` if still there, else the nearest copy."""
    if not quote:
        return None
    if text[hint.start:hint.end] == quote:
        return hint
    best: int | None = None
    start = text.find(quote)
    while start != -1:
        if best is None or abs(start - hint.start) < abs(best - hint.start):
            best = start
        start = text.find(quote, start + 1)
    return None if best is None else Span(best, best + len(quote))


def verify_quotes(
    handout: Handout,
    texts: dict[str, str | None],
    digests: dict[str, str] | None = None,
    reasons: dict[str, str] | None = None,
) -> list[ProvenanceResult]:
    """Check each claim and disclaimer against its source's current text.

    `texts` maps source id to the loaded text, or None when the source could not be read.
    `digests` maps source id to the current sha256 of the file, to report changed files;
    `reasons` maps source id to why it could not be read (from load_source_texts).
    """
    results: list[ProvenanceResult] = []
    digests = digests or {}
    reasons = reasons or {}
    for ref in handout.sources:
        if texts.get(ref.id) is None:
            why = f" ({reasons[ref.id]})" if ref.id in reasons else ""
            results.append(ProvenanceResult(ref.id, "source", ref.id, "source-missing",
                                            f"source {ref.id!r} could not be read{why}; its "
                                            "quotes were not checked"))
        elif ref.sha256 and ref.id in digests and digests[ref.id] != ref.sha256:
            results.append(ProvenanceResult(ref.id, "source", ref.id, "source-changed",
                                            f"source {ref.id!r} changed since it was added"))
    items = [("claim", c.id, c.source, c.quote, c.span) for c in handout.claims]
    items += [("disclaimer", d.id, d.source, d.quote, d.span) for d in handout.disclaimers]
    for kind, item_id, source_id, quote, span in items:
        said = "notice" if kind == "disclaimer" else kind  # the editor's and PDF's word
        text = texts.get(source_id)
        if text is None:
            continue
        where = locate(text, quote, span)
        if where is None:
            results.append(ProvenanceResult(
                item_id, kind, source_id, "gone",
                f"{said} {item_id!r}: its quote is no longer in source {source_id!r}"))
        elif where == span:
            results.append(ProvenanceResult(item_id, kind, source_id, "ok", "quote found", where))
        else:
            results.append(ProvenanceResult(
                item_id, kind, source_id, "moved",
                f"{said} {item_id!r}: quote moved from {span.start}-{span.end} to "
                f"{where.start}-{where.end} in {source_id!r}", where))
    return results


def load_source_texts(
    hdoc: HandoutDocument, reasons: dict[str, str] | None = None
) -> tuple[dict[str, str | None], dict[str, str]]:
    """Load each registered source's current text and digest (None when unreadable);
    `reasons`, when given, receives the one-line reason for each source not read."""
    from summarizer.sources.load import load_source

    texts: dict[str, str | None] = {}
    digests: dict[str, str] = {}
    for ref in hdoc.handout.sources:
        try:
            path = hdoc.resolve_source_path(ref)
            if path is None:
                texts[ref.id] = None
                continue
            loaded = load_source(path)
        except SourceError as exc:
            texts[ref.id] = None
            if reasons is not None:
                reasons[ref.id] = str(exc)
            continue
        texts[ref.id] = loaded.text
        digests[ref.id] = loaded.sha256
    return texts, digests


def verify_handout(hdoc: HandoutDocument) -> list[ProvenanceResult]:
    texts, digests = load_source_texts(hdoc)
    return verify_quotes(hdoc.handout, texts, digests)


def apply_moves(handout: Handout, results: list[ProvenanceResult]) -> int:
    """Update the spans of moved quotes in place; returns how many moved."""
    moved = {r.item: r.span for r in results if r.status == "moved" and r.span is not None}
    for item in [*handout.claims, *handout.disclaimers]:
        if item.id in moved:
            item.span = moved[item.id]  # type: ignore[assignment]
    return len(moved)
