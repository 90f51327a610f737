"""The evidence level a quote earns from its source, whatever tag the editor chose.

The gate compares the editor's tag with this verdict: an override needs a written
reason (a warning), and an override to a stronger level than the source supports is an
error. Pure: a source's text and a span in, a verdict out.

SEAM: `derive_evidence` is the one entry point the gate, the review sheet, the sources
pipeline and the editor call. Its internals are being rebuilt (design levels,
negation-aware study-design cues from the rulebook, neighbouring sentences).
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.model import Span


@dataclass(frozen=True, slots=True)
class EvidenceVerdict:
    level: str  # one of model.EVIDENCE_KINDS
    cues: tuple[str, ...] = ()  # the words that decided it, as written in the source
    reason: str = ""  # one line a reviewer reads: why this level
    opinion: bool = False  # the quote is the article's own view: print "The article says"


def derive_evidence(source_text: str, span: Span, lang: str = "en") -> EvidenceVerdict:
    """The level the quote at `span` supports, read from it and its paragraph."""
    from summarizer.sources.claims import classify_evidence

    quote = source_text[span.start:span.end]
    para_start = source_text.rfind("\n\n", 0, span.start)
    para_end = source_text.find("\n\n", span.end)
    paragraph = source_text[para_start + 1 if para_start >= 0 else 0:
                            para_end if para_end >= 0 else len(source_text)]
    context = [paragraph.replace(quote, " ")]
    level, cue = classify_evidence(quote, context)
    opinion = level == "opinion"
    return EvidenceVerdict(level, tuple(cue.words), f"{cue.tag}: {', '.join(cue.words)}",
                           opinion)


def hedge_words(sentence: str, lang: str = "en") -> tuple[str, ...]:
    """Hedging words in `sentence` (baseline: every may/might/could)."""
    import re

    return tuple(re.findall(r"(?i)\b(?:may|might|could|puede|podría)\b", sentence))
