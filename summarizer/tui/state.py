"""The editor's state and its edits, kept free of Textual so they can be tested plainly.

The app owns one `EditorState`; screens call these functions and then redraw. Every
edit bumps `revision`, which is how the app knows there is unsaved work (and when to
autosave it to the recovery file beside the handout).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer import atomic
from summarizer.model import (
    SECTIONS,
    CandidateClaim,
    CandidateDisclaimer,
    Claim,
    Disclaimer,
    Handout,
    LoadedSource,
    Sentence,
)

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument
    from summarizer.sources.analyze import SourceAnalysis

SECTION_TITLES: dict[str, str] = {
    "what": "What is it?",
    "benefits": "How might it help?",
    "evidence": "How sure are we?",
    "risks": "What are the risks?",
    "questions": "Questions to ask",
}

KIND_TITLES: dict[str, str] = {
    "crisis-line": "Crisis line",
    "regulatory": "Regulatory status",
    "supervision": "Medical supervision",
    "self-medication": "Do not self-medicate",
    "side-effects": "Side effects",
    "educational": "Educational only",
}


# --------------------------------------------------------------------------- recovery


def recovery_path(handout_path: Path) -> Path:
    """Hidden file beside the handout, so it travels with it and is easy to find."""
    return handout_path.with_name(f".{handout_path.name}.recovery")


def write_recovery(hdoc: HandoutDocument) -> Path:
    """Snapshot unsaved work; atomic so a crash mid-write leaves the previous snapshot."""
    path = recovery_path(hdoc.path)
    atomic.write_text(path, hdoc.dumps())
    return path


def read_recovery(handout_path: Path) -> str | None:
    """The recovery text when it holds something the handout file does not."""
    from summarizer.paths import MAX_HANDOUT_BYTES, PathError, read_regular

    path = recovery_path(handout_path)
    if path.is_symlink():  # never read (or offer back) a file from elsewhere
        return None
    try:  # a regular file only: a FIFO left here must not hang the editor
        text = read_regular(path, MAX_HANDOUT_BYTES, "recovery file").decode("utf-8")
    except (PathError, UnicodeDecodeError):
        return None
    try:
        current = handout_path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        current = None
    if text == current:
        path.unlink(missing_ok=True)  # nothing to recover: the work was saved
        return None
    return text


def discard_recovery(handout_path: Path) -> None:
    recovery_path(handout_path).unlink(missing_ok=True)


def restore_recovery(hdoc: HandoutDocument, text: str) -> None:
    """Put the recovered model into `hdoc`, keeping its path and on-disk digest.

    The file on disk stays what it was, so the restored work shows as unsaved and the
    changed-on-disk guard still protects the file.
    """
    from summarizer.handout_file import loads_handout

    rec = loads_handout(text, hdoc.path)
    hdoc.handout, hdoc.doc = rec.handout, rec.doc


# --------------------------------------------------------------------------- state


@dataclass
class EditorState:
    hdoc: HandoutDocument
    sources: dict[str, LoadedSource] = field(default_factory=dict)
    analyses: dict[str, SourceAnalysis] = field(default_factory=dict)
    source_errors: dict[str, str] = field(default_factory=dict)
    revision: int = 0
    saved_revision: int = 0
    autosaved_revision: int = 0

    @property
    def handout(self) -> Handout:
        return self.hdoc.handout

    @property
    def dirty(self) -> bool:
        return self.revision != self.saved_revision

    def touch(self) -> None:
        self.revision += 1

    def mark_saved(self) -> None:
        self.saved_revision = self.autosaved_revision = self.revision


# --------------------------------------------------------------------------- edits


def _slug(text: str, limit: int = 4) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    stop = {"the", "a", "an", "of", "and", "or", "to", "in", "is", "for", "it", "its", "on"}
    kept = [w for w in words if w not in stop][:limit] or ["item"]
    return "-".join(kept)[:40].strip("-") or "item"


def unique_id(handout: Handout, text: str) -> str:
    """A readable id from the text, unique among claims and disclaimers."""
    taken = {c.id for c in handout.claims} | {d.id for d in handout.disclaimers}
    base = _slug(text)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def candidate_claim_for(analysis: SourceAnalysis, sentence: Sentence) -> CandidateClaim | None:
    """The analysed claim that covers this sentence, if the analysis proposed one."""
    for c in analysis.claims + analysis.masked_claims:
        if c.span.start < sentence.span.end and sentence.span.start < c.span.end:
            return c
    return None


def candidate_disclaimer_for(
    analysis: SourceAnalysis, sentence: Sentence
) -> CandidateDisclaimer | None:
    for d in analysis.disclaimers:
        if d.span.start < sentence.span.end and sentence.span.start < d.span.end:
            return d
    return None


def add_claim(
    handout: Handout, source_id: str, sentence: Sentence, section: str,
    candidate: CandidateClaim | None = None, source: LoadedSource | None = None,
) -> Claim:
    """Cite the sentence as a claim; the plain text starts as the quote, to be rewritten.
    `source` (when given) supplies the quote's page in a paged source such as a PDF."""
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section!r}")
    quote = candidate.quote if candidate else sentence.text
    span = candidate.span if candidate else sentence.span
    claim = Claim(
        id=unique_id(handout, quote), section=section, source=source_id, span=span,
        quote=quote, evidence=candidate.evidence if candidate else "opinion",
        text=quote, flags=list(candidate.flags) if candidate else [],
        page=source.page_at(span.start) if source is not None else 0,
    )
    # Keep claims grouped in print order: after the last claim of the same section.
    last = max((i for i, c in enumerate(handout.claims)
                if SECTIONS.index(c.section) <= SECTIONS.index(section)), default=-1)
    handout.claims.insert(last + 1, claim)
    return claim


def attach_disclaimer(
    handout: Handout, source_id: str, sentence: Sentence, kind: str,
    candidate: CandidateDisclaimer | None = None, source: LoadedSource | None = None,
) -> Disclaimer:
    """Attach the sentence (or the analysed disclaimer around it) with its contacts."""
    use = candidate if candidate is not None and candidate.kind == kind else None
    quote = use.quote if use else sentence.text
    span = use.span if use else sentence.span
    disclaimer = Disclaimer(
        id=unique_id(handout, f"{kind} {quote}"), kind=kind, source=source_id,
        span=span, quote=quote, text=quote,
        contacts=list(use.contacts) if use else [], regulator=use.regulator if use else "",
        page=source.page_at(span.start) if source is not None else 0,
    )
    handout.disclaimers.append(disclaimer)
    return disclaimer


def move_claim(handout: Handout, claim_id: str, delta: int) -> bool:
    """Swap with the neighbouring claim of the same section; False at either end."""
    claims = handout.claims
    idx = next((i for i, c in enumerate(claims) if c.id == claim_id), None)
    if idx is None:
        return False
    section = claims[idx].section
    same = [i for i, c in enumerate(claims) if c.section == section]
    pos = same.index(idx) + delta
    if not 0 <= pos < len(same):
        return False
    other = same[pos]
    claims[idx], claims[other] = claims[other], claims[idx]
    return True


def remove_item(handout: Handout, item_id: str) -> bool:
    before = len(handout.claims) + len(handout.disclaimers)
    handout.claims[:] = [c for c in handout.claims if c.id != item_id]
    handout.disclaimers[:] = [d for d in handout.disclaimers if d.id != item_id]
    return len(handout.claims) + len(handout.disclaimers) != before


def set_section(handout: Handout, claim_id: str, section: str) -> None:
    claim = next(c for c in handout.claims if c.id == claim_id)
    handout.claims.remove(claim)
    claim.section = section
    last = max((i for i, c in enumerate(handout.claims)
                if SECTIONS.index(c.section) <= SECTIONS.index(section)), default=-1)
    handout.claims.insert(last + 1, claim)


def safety_rows(target: Handout | EditorState) -> list[tuple[str, list[Disclaimer], list[str]]]:
    """Each required kind, its notices, and the gate's error messages about it.

    Decided by the export gate's own rules (summarizer.gate.safety_status): a kind is ✓
    only when the gate has no error about it, so the tab never says ✓ while `check`
    blocks the export for a notice of that kind. Given the editor's state, every
    language and the loaded sources are checked, exactly as `check` does (less the
    reading grade, which is about no notice); given a bare handout, its own text only.
    """
    from summarizer import gate

    if isinstance(target, EditorState):
        texts: dict[str, str | None] | None = (
            {sid: src.text for sid, src in target.sources.items()} if target.sources else None)
        findings = gate.run(target.hdoc, source_texts=texts, reading=False)
        rows = gate.safety_status(target.handout, findings)
    else:
        rows = gate.safety_status(target)
    return [(kind, found, [f"{f.code}: {f.message}" for f in errors])
            for kind, found, errors in rows]


def safety_status(target: Handout | EditorState) -> list[tuple[str, list[Disclaimer]]]:
    """Each required kind with the disclaimers that cover it (empty = not ✓)."""
    return [(kind, [] if errors else found) for kind, found, errors in safety_rows(target)]


def safety_complete(target: Handout | EditorState) -> bool:
    return all(found for _, found in safety_status(target))


def apply_alternative(text: str, start: int, end: int, alternative: str) -> str:
    """Replace text[start:end] by the plain word, keeping a leading capital."""
    word = text[start:end]
    if word[:1].isupper() and alternative[:1].islower():
        alternative = alternative[0].upper() + alternative[1:]
    return text[:start] + alternative + text[end:]


def handout_text(handout: Handout, translate: dict[str, str] | None = None) -> str:
    """The handout's readable text (what a patient reads), one paragraph per item."""
    parts = [d.text for d in handout.disclaimers] + [c.text for c in handout.claims]
    if translate is not None:
        parts = [translate.get(p, "") for p in parts]
    return "\n\n".join(p for p in parts if p.strip())
