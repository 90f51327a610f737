"""Which notice kinds a handout must carry: the one place `check`, `export` and the
editor's Safety tab ask (the SAFETY-*-MISSING rules and gate.safety_status read it).

Every region's handout needs a crisis line and a notice about the medicines regulator.
A kind beyond those (a supervision notice) is required only when the handout's sources
state one: an over-the-counter supplement whose articles say nothing of expert care must
not be pushed into printing "Only with expert care". When the sources cannot be read,
the kind stays required (the safe answer; the unread source is an error of its own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.gate.registry import Context

# Required whatever the sources say (the region decides which line and which regulator).
ALWAYS_REQUIRED: tuple[str, ...] = ("crisis-line", "regulatory")
# Required only when a source states a notice of the kind.
WHEN_SOURCES_STATE: tuple[str, ...] = ("supervision",)
# Said in a SAFETY-*-MISSING finding when no source states the notice: nothing to attach,
# so the editor's Safety tab says to add a source rather than to press d.
NO_SOURCE_SAYS = "none of the sources"


def stated_by_sources(ctx: Context) -> frozenset[str] | None:
    """The notice kinds the handout's sources state, or None when not known (no sources
    given to the gate, or one of them unreadable)."""
    def read() -> frozenset[str] | None:
        if ctx.hdoc is None and ctx.source_texts is None:
            return None
        texts = ctx.sources()
        if any(texts.get(ref.id) is None for ref in ctx.handout.sources):
            return None
        from summarizer.notice_kinds import source_kinds

        region = ctx.handout.meta.region
        kinds: set[str] = set()
        for ref in ctx.handout.sources:
            kinds |= source_kinds(texts[ref.id] or "", region)
        return frozenset(kinds)
    return ctx.memo("stated-kinds", read)


def required(ctx: Context, kind: str) -> bool:
    """Must the handout carry a notice of `kind`? A notice the editor printed anyway is
    checked like any other; this only says whether its absence blocks."""
    if kind in ALWAYS_REQUIRED:
        return True
    if kind not in WHEN_SOURCES_STATE:
        return False
    stated = stated_by_sources(ctx)
    return stated is None or kind in stated


def required_kinds(ctx: Context) -> tuple[str, ...]:
    """The kinds the handout must carry, in the Safety tab's order."""
    return tuple(k for k in (*ALWAYS_REQUIRED, *WHEN_SOURCES_STATE) if required(ctx, k))
