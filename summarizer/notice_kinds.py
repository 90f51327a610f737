"""What kinds of safety notice one sentence states: the reader source detection uses,
offered to the gate so a notice's printed text is read by the same rules as its quote
(the gate may not reach into sources/; this is its one door there, like evidence.py)."""

from __future__ import annotations


def stated_kinds(sentence: str, lang: str) -> frozenset[str]:
    """The notice kinds (regulatory, supervision, self-medication, side-effects) that
    `sentence` states, read in `lang` with the rules and the shipped model."""
    from summarizer.sources.disclaimers import stated_kinds as read

    return read(sentence, lang)
