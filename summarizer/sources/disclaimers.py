"""Candidate disclaimers: the safety statements a handout must carry, found in sources.

Kinds: crisis-line (with parsed contacts), regulatory (NOT-approved notices only; an
approval is never reported, see regulators.py), supervision, self-medication,
side-effects, educational. Boilerplate is NOT excluded here: a crisis line or an
"educational purposes only" notice often sits in a page footer. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.model import CandidateDisclaimer, Contact, Cue, Sentence, Span
from summarizer.sources.contacts import (
    _CHAT,
    _CRISIS_WORDS,
    _TEXT,
    Found,
    add_channel,
    find_contacts,
    inherit,
    region_hint,
)
from summarizer.sources.regulators import RegulatoryStatement, regulatory_statements

_I = re.IGNORECASE
PATTERNS: dict[str, re.Pattern[str]] = {
    "supervision": re.compile(
        r"\b(?:under|with)\s+(?:the\s+)?(?:(?:close|careful|direct|appropriate|proper|medical|clinical"
        r"|professional|strict)\s+)*(?:supervision|monitoring|guidance)\b|\bsupervised\s+by\b"
        r"|\bmedically\s+supervised\b|\bmedical\s+supervision\b"
        r"|\bonly\s+be\s+(?:used|given|taken|administered|prescribed)\s+(?:by|under|in)\b"
        r"|\bmonitored\s+by\s+(?:an?\s+)?(?:doctor|clinician|health|medical|trained|qualified|nurse)",
        _I,
    ),
    "self-medication": re.compile(
        r"\bself[\s-]?medicat\w+|\bdo\s+not\s+(?:attempt\s+to\s+|try\s+to\s+)?(?:take|use|buy|try)\b"
        r"|\bdon['’]t\s+(?:take|use|buy|try)\b|\bnever\s+(?:take|use|buy)\b"
        r"|\bfrom\s+an?\s+(?:unknown|unregulated|illicit|unverified|untrusted)\s+sources?\b"
        r"|\bwithout\s+a\s+prescription\b|\bstreet\s+(?:ketamine|drugs?)\b|\brecreational(?:ly)?\b"
        r"|\bon\s+your\s+own\b|\bdo\s+not\s+stop\s+taking\b",
        _I,
    ),
    "side-effects": re.compile(
        r"\bside[\s-]?effects?\b|\badverse\s+(?:effects?|events?|reactions?)\b"
        r"|\bpotential\s+for\s+(?:abuse|addiction|misuse|dependence)\b"
        r"|\brisks?\s+of\s+(?:addiction|abuse|dependence|psychosis|misuse)\b|\baddiction\b"
        r"|\bdissociat\w+|\bhallucinat\w+|\bnausea\b|\bdizziness\b|\bblood\s+pressure\b"
        r"|\bbladder\b|\bdependence\b|(?<!non-)\btoxic\w*",
        _I,
    ),
    "educational": re.compile(
        r"\b(?:educational|informational|information)\s+purposes\b"
        r"|\bnot\s+(?:intended\s+(?:as|to\s+be)\s+)?(?:a\s+substitute\s+for|medical\s+advice)\b"
        r"|\bintended\s+to\s+diagnose\b|\bdoes\s+not\s+(?:constitute|provide)\s+medical\s+advice\b"
        r"|\b(?:seek|consult)\s+(?:the\s+advice\s+of\s+)?(?:your|a)\s+(?:physician|doctor|health)"
        r"|\btalk\s+(?:to|with)\s+your\s+(?:doctor|health)",
        _I,
    ),
}
# Kinds whose sentences are not offered as claims as well (side effects are both: a
# risk is something the handout states, and something it must warn about).
NOT_CLAIMS = frozenset(
    {"crisis-line", "regulatory", "supervision", "self-medication", "educational"}
)
_CONTINUATION = re.compile(r"^(?:or|and|also|alternatively)\b", _I)


def _cue(kind: str, rx: re.Pattern[str], text: str) -> Cue | None:
    found = rx.findall(text)  # no capturing groups: whole matches
    return Cue(kind, tuple(dict.fromkeys(found))) if found else None


@lru_cache(maxsize=65536)
def sentence_kinds(sentence: str) -> tuple[tuple[str, Cue], ...]:
    """(kind, cue) for the pattern-based kinds in one sentence; cached because web pages
    repeat their notices and the TUI re-analyses unchanged text."""
    out = []
    for kind, rx in PATTERNS.items():
        cue = _cue(kind, rx, sentence)
        if cue:
            out.append((kind, cue))
    return tuple(out)


@lru_cache(maxsize=65536)
def _sentence_contacts(sentence: str, region: str) -> tuple[tuple[Found, ...], tuple[str, ...]]:
    """Contacts and crisis words of one sentence; cached like `sentence_kinds`, because
    a long page repeats its footer and the TUI re-analyses unchanged text."""
    found = tuple(find_contacts(sentence, region))
    return found, tuple(m.group(0) for m in _CRISIS_WORDS.finditer(sentence))


@lru_cache(maxsize=65536)
def _not_approved(sentence: str) -> tuple[RegulatoryStatement, ...]:
    return tuple(st for st in regulatory_statements(sentence) if not st.approved)


def _crisis_groups(
    source_id: str,
    sentences: Sequence[Sentence],
    block_of: Sequence[int],
    text: str,
    default_region: str,
) -> tuple[list[CandidateDisclaimer], set[int]]:
    """Crisis-line statements, one per paragraph or list item, with all their contacts.

    Within a paragraph the statement runs from the first sentence that names a crisis or
    a contact to the last one; "Or text 838255." and "Or chat online." continue the
    contact before them (same service, same people served).
    """
    out: list[CandidateDisclaimer] = []
    used: set[int] = set()
    by_block: dict[int, list[int]] = {}
    for i, b in enumerate(block_of):
        by_block.setdefault(b, []).append(i)
    for idxs in by_block.values():
        contacts: list[Contact] = []
        relevant: list[int] = []
        crisis_words: list[str] = []
        chain_first: int | None = None  # index in `contacts` of the current chain's head
        for i in idxs:
            sent = sentences[i]
            if sent.heading:
                continue
            found, crisis = _sentence_contacts(sent.text, default_region)
            words = list(crisis)
            continuing = (
                bool(_CONTINUATION.match(sent.text)) and bool(relevant) and relevant[-1] == i - 1
            )
            if found:
                for f in found:
                    c = f.contact
                    if continuing and contacts:
                        c = inherit(c, contacts[-1])
                    contacts.append(c)
                if not continuing:
                    chain_first = len(contacts) - len(found)
                relevant.append(i)
            elif continuing and chain_first is not None:
                for rx, channel in ((_CHAT, "chat"), (_TEXT, "text")):
                    if rx.search(sent.text):
                        contacts[chain_first] = add_channel(contacts[chain_first], channel)
                relevant.append(i)
            elif words:
                relevant.append(i)
            crisis_words += words
        if not any(c.role == "crisis" for c in contacts):
            continue
        start, end = sentences[relevant[0]].span.start, sentences[relevant[-1]].span.end
        unique = list(dict.fromkeys(contacts))
        region = next((c.region for c in unique if c.role == "crisis"), "")
        cues = (
            Cue("crisis-line", tuple(dict.fromkeys(crisis_words + [c.display for c in unique]))),
        )
        out.append(
            CandidateDisclaimer(
                source_id=source_id,
                kind="crisis-line",
                span=Span(start, end),
                quote=text[start:end],
                contacts=tuple(unique),
                region=region,
                cues=cues,
            )
        )
        used.update(range(relevant[0], relevant[-1] + 1))
    return out, used


def find_disclaimers(
    source_id: str,
    text: str,
    sentences: Sequence[Sentence],
    block_of: Sequence[int],
    default_region: str = "",
) -> tuple[list[CandidateDisclaimer], set[int]]:
    """All candidate disclaimers in order, and the sentence indexes that are not claims.

    `default_region` is the region a bare number belongs to when the text names no
    country; "" means guess from the whole text (falling back to US).
    """
    region = default_region or region_hint(text[:50000], "US")
    out, crisis_used = _crisis_groups(source_id, sentences, block_of, text, region)
    not_claims = set(crisis_used)
    for i, sent in enumerate(sentences):
        if sent.heading or i in crisis_used:
            continue
        reported: set[str] = set()
        for st in _not_approved(sent.text):
            if st.regulator not in reported:
                reported.add(st.regulator)
                out.append(
                    CandidateDisclaimer(
                        source_id=source_id,
                        kind="regulatory",
                        span=sent.span,
                        quote=sent.text,
                        regulator=st.regulator,
                        region=st.region,
                        cues=(Cue("not-approved", st.words),),
                    )
                )
                not_claims.add(i)
        for kind, cue in sentence_kinds(sent.text):
            if cue:
                out.append(
                    CandidateDisclaimer(
                        source_id=source_id, kind=kind, span=sent.span, quote=sent.text, cues=(cue,)
                    )
                )
                if kind in NOT_CLAIMS:
                    not_claims.add(i)
    out.sort(key=lambda d: (d.span.start, d.kind))
    return out, not_claims
