"""Plain data for the whole pipeline: sources -> claims -> handout -> checks -> render.

Everything here is a small dataclass with no behaviour beyond derived values, so
the domain functions, the handout file, the CLI and the TUI can share one vocabulary
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from summarizer.span import Span

# Evidence levels, strongest first. "human-trial" is a study in people whose design the
# source does not state; it ranks with an uncontrolled trial, the conservative reading.
EVIDENCE_KINDS: tuple[str, ...] = (
    "randomized-controlled",
    "controlled-trial",
    "human-trial",
    "uncontrolled-trial",
    "human-observational",
    "case-report",
    "animal",
    "lab-mechanism",
    "opinion",
)
# Higher is stronger. An editor's override to a higher rank than the source supports is
# an error at the gate; any override is a warning.
EVIDENCE_RANK: dict[str, int] = {
    "randomized-controlled": 8,
    "controlled-trial": 7,
    "human-trial": 6,
    "uncontrolled-trial": 6,
    "human-observational": 5,
    "case-report": 4,
    "animal": 3,
    "lab-mechanism": 2,
    "opinion": 1,
}
Evidence = str  # one of EVIDENCE_KINDS


def overstates_evidence(chosen: str, supported: str) -> bool:
    """Is `chosen` a stronger evidence level than the source `supported`? The one rule
    for it: the export gate blocks such an override (EVID-OVERRIDE-UNJUSTIFIED) and the
    editor's override dialog says so before the reason is written."""
    return EVIDENCE_RANK.get(chosen, 0) > EVIDENCE_RANK.get(supported, 0)

DisclaimerKind = Literal[
    "crisis-line", "regulatory", "supervision", "self-medication", "side-effects", "educational"
]
DISCLAIMER_KINDS: tuple[str, ...] = (
    "crisis-line",
    "regulatory",
    "supervision",
    "self-medication",
    "side-effects",
    "educational",
)
# A handout for any region cannot be exported without one of each of these.
REQUIRED_DISCLAIMER_KINDS: tuple[str, ...] = ("crisis-line", "regulatory", "supervision")

# Handout sections, in print order; headings are questions (see templates/).
SECTIONS: tuple[str, ...] = ("what", "benefits", "evidence", "risks", "questions")

SourceFormat = Literal["txt", "md", "html", "pdf", "docx"]


@dataclass(frozen=True, slots=True)
class Contact:
    """A phone/text/chat contact parsed from a source.

    `number` is E.164 for full numbers ("+18886289454") and the bare digits for short
    codes ("988", "838255"). `role` separates crisis lines from other helplines, such
    as treatment referral, and from a clinic's ordinary phone number.
    """

    number: str
    display: str
    channels: tuple[str, ...] = ("call",)  # call | text | chat
    role: str = "crisis"  # crisis | emergency (911, 999) | treatment-referral | general
    label: str = ""  # the service's name where the text gives it
    serves: tuple[str, ...] = ()  # e.g. "veterans", "lang:es"
    region: str = ""  # ISO 3166 alpha-2
    extra: str = ""  # e.g. 'then press 1', 'text HOME'


@dataclass(slots=True)
class SourceRef:
    """A source as registered in a handout."""

    id: str
    path: str = ""  # relative to the handout file; optional at export time
    title: str = ""
    publisher: str = ""
    published: str = ""
    url: str = ""
    sha256: str = ""
    origin: str = ""  # where the snapshot was taken from: a URL or the original file path
    retrieved: str = ""  # ISO 8601 UTC time the snapshot was taken


@dataclass(slots=True)
class Claim:
    id: str
    section: str  # one of SECTIONS
    source: str  # SourceRef.id
    span: Span
    quote: str
    evidence: str
    text: str  # the editor's plain-language text (source locale)
    flags: list[str] = field(default_factory=list)
    # Why the editor's `evidence` differs from the level derived from the source; empty
    # means no override. The gate warns on every override.
    evidence_reason: str = ""
    page: int = 0  # 1-based page of the quote in a paged source (PDF); 0 = not paged


@dataclass(slots=True)
class Disclaimer:
    id: str
    kind: str
    source: str
    span: Span
    quote: str
    text: str
    contacts: list[Contact] = field(default_factory=list)
    regulator: str = ""
    page: int = 0  # 1-based page of the quote in a paged source (PDF); 0 = not paged


@dataclass(slots=True)
class HandoutMeta:
    id: str
    title: str
    region: str = "US"
    source_locale: str = "en"
    locales: list[str] = field(default_factory=lambda: ["en"])
    target_grade: float = 8.0
    max_grade: float = 10.0  # hard ceiling: above it a locale is refused
    version: str = "1"
    date: str = ""  # ISO date printed in the footer; "" means the export date
    organization: str = ""
    summary: str = ""  # one-line "what is this sheet about", shown under the title


@dataclass(slots=True)
class Handout:
    meta: HandoutMeta
    sources: list[SourceRef] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    disclaimers: list[Disclaimer] = field(default_factory=list)

    def source(self, source_id: str) -> SourceRef | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def claims_in(self, section: str) -> list[Claim]:
        return [c for c in self.claims if c.section == section]

    def disclaimers_of(self, kind: str) -> list[Disclaimer]:
        return [d for d in self.disclaimers if d.kind == kind]

    def texts(self) -> list[str]:
        """Every translatable string, in print order (catalog msgids)."""
        out: list[str] = [self.meta.title]
        if self.meta.summary:
            out.append(self.meta.summary)
        for d in self.disclaimers:
            out.append(d.text)
            for c in d.contacts:
                out += [c.label, c.extra]
        out += [c.text for c in self.claims]
        return list(dict.fromkeys(t for t in out if t))


# What analysing a source finds lives in summarizer.analysis_model, made on first use:
# the editor's first screen needs the handout's classes only (benchmarks/startup.py).
_ANALYSIS = frozenset({"LoadedSource", "Sentence", "Cue", "CandidateClaim",
                       "CandidateDisclaimer"})
if TYPE_CHECKING:
    from summarizer.analysis_model import (  # noqa: F401 (for type checkers)
        CandidateClaim,
        CandidateDisclaimer,
        Cue,
        LoadedSource,
        Sentence,
    )


def __getattr__(name: str) -> Any:
    if name in _ANALYSIS:
        from summarizer import analysis_model

        return getattr(analysis_model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
