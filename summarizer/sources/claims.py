"""Candidate claims: sentences that assert something, tagged with the evidence behind them.

An editor must be able to see at a glance whether a sentence reports a controlled trial
in people, an uncontrolled study, a result in mice, a mechanism in cells, or somebody's
hope, and whether it is dressed up with hype ("revolutionary") or absolutes ("cure").
Every tag and flag carries a `Cue` with the words that triggered it.

Evidence is decided on the sentence first; when the sentence reports a finding but does
not say in whom ("That extended the effects..."), the paragraph around it decides
("...in lab mice"). Pure functions: text and sentences in, candidates out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import islice

from summarizer import rulebook
from summarizer.model import CandidateClaim, Cue, Sentence

_I = re.IGNORECASE

TRIAL = re.compile(
    r"\b(?:placebo[\w-]*|saline|sham|randomi[sz]ed|randomly\s+assigned|control\s+(?:group|arm|condition)s?"
    r"|controlled\s+(?:trial|study)|double[\s-]blind(?:ed)?|single[\s-]blind(?:ed)?|triple[\s-]blind"
    r"|crossover\s+(?:trial|study|design)|clinical\s+trials?|phase\s+(?:[1-4]|i{1,3}v?)\s+trials?"
    r"|rct)\b",
    _I,
)
ANIMAL = re.compile(
    r"\b(?:(?:lab(?:oratory)?\s+)?mice|mouse|rats?|rodents?|animal\s+(?:models?|stud(?:y|ies)|experiments?)"
    r"|in\s+animals|(?:lab(?:oratory)?\s+)?animals|primates|monkeys|macaques|zebrafish|piglets)\b",
    _I,
)
PEOPLE = re.compile(
    r"\b(?:people|patients|participants|volunteers|individuals|adults|adolescents|teens|children"
    r"|men|women|veterans|subjects|respondents|cohort)\b",
    _I,
)
STUDY = re.compile(
    r"\b(?:study|studies|studied|research(?:ers)?|trial|survey(?:ed)?|data|analysis|found|reported"
    r"|observed|followed|enrolled|recruited|case\s+(?:report|series)|registry|measured|scans?)\b",
    _I,
)
STRONG_PEOPLE = re.compile(
    r"\b(?:participants|volunteers|respondents|cohort|enrolled|recruited)\b", _I
)
MECHANISM = re.compile(
    r"\b(?:receptors?|pathways?|proteins?|bdnf|glutamat\w*|nmda|ampa|neurotransmitters?|synap\w+"
    r"|neurons?|neurogenesis|cytokines?|kinases?|enzymes?|molecul\w+|signal(?:l)?ing|in\s+vitro"
    r"|cells?|trkb|erk|mtor|dusp6|neuroplastic\w*|plasticity|hippocamp\w+|serotonin|dopamine"
    r"|norepinephrine|gene\s+expression|neurotrophic|inflammat\w+\s+markers?|biomarkers?)\b",
    _I,
)
FINDING = re.compile(
    r"\b(?:found|find(?:ing|ings)?|show(?:ed|n|s)?|reveal(?:ed|s)?|demonstrat\w+|reported|observed"
    r"|experienc\w+|extend(?:ed|s)?|improv\w+|reduc\w+|increas\w+|decreas\w+|lower(?:ed)?|result(?:s|ed)?"
    r"|effects?|outcomes?|relie(?:f|ved)|response|lasted|lasting)\b",
    _I,
)
OPINION = re.compile(
    r"\b(?:could(?:\s+be)?|might|may|hope[sd]?|hopeful|promising|promise[sd]?|exciting|excited"
    r"|believe[sd]?|expect(?:s|ed)?|advocat\w+|should|it\s+is\s+(?:crucial|imperative|essential|vital)"
    r"|imperative|we\s+will|remind\s+us|celebrate|likely|perhaps|possibly|suggests?|is\s+thought"
    r"|seems?|appears?\s+to|i\s+think|we\s+think|in\s+our\s+view)\b",
    _I,
)

# Hype and absolutes come from the rulebook (summarizer/rulebook/words/en.toml): in an
# article a bare superlative ("the best treatment") is hype too, and "cure" is absolute.
_EN = rulebook.language("en")
HYPE = re.compile(
    rf"{_EN['hype'].pattern.pattern}|{_EN['hype_superlatives'].pattern.pattern}", _I)
ABSOLUTE = re.compile(rf"{_EN['cure'].pattern.pattern}|{_EN['absolutes'].pattern.pattern}", _I)

# A sentence that points back at something said before it in the paragraph.
_ANAPHORA = re.compile(
    r"^(?:that|this|these|those|it|they|their|its|such|the\s+(?:results?|findings?|effects?|researchers"
    r"|group|study|trial|team|treatment|drug|compound|change|improvement|benefits?))\b",
    _I,
)
_QUESTION = re.compile(r"\?[\"”’')\]]*$")
_CALL_TO_ACTION = re.compile(
    r"^(?:please\s+)?(?:join|continue\s+to|call|text|visit|subscribe|click|read|sign\s+up|contact"
    r"|share|learn|ask|seek|talk|speak|consider|book|schedule|download|follow|find|discover|get|try"
    r"|don['’]t|do\s+not|never\s+(?:take|use|stop)|always\s+(?:seek|ask|consult|talk)|consult|check"
    r"|see|watch|listen|register|donate|support)\b",
    _I,
)
# "To book an appointment, call our clinic...": purpose clause, then an order.
_CTA_AFTER_PURPOSE = re.compile(
    r"^(?:to|if|for|when)\b[^.]{0,120}?,\s*(?:please\s+)?(?:call|visit|contact|text|email|click|ask"
    r"|see|talk|go|get|seek|book)\b",
    _I,
)
_META = re.compile(
    r"^(?:this|in\s+this|the\s+following)\s+(?:article|blog\s+post|blog|post|piece|guide|page|section)\b",
    _I,
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")

MIN_WORDS = 5


def _cue(tag: str, regex: re.Pattern[str], text: str) -> Cue | None:
    found = regex.findall(text)  # no capturing groups: whole matches
    return Cue(tag, tuple(dict.fromkeys(found))) if found else None


def _observational(text: str) -> Cue | None:
    """People studied: a people word with a study word, or a word only studies use."""
    strong = _cue("human-observational", STRONG_PEOPLE, text)
    if strong:
        return strong
    people = _cue("human-observational", PEOPLE, text)
    study = _cue("human-observational", STUDY, text)
    if people and study:
        return Cue("human-observational", people.words + study.words)
    return None


@lru_cache(maxsize=16384)
def _strong_evidence(text: str) -> Cue | None:
    """Trial, animal or observational cues in `text`, strongest first."""
    for tag, regex in (("human-trial", TRIAL), ("animal", ANIMAL)):
        cue = _cue(tag, regex, text)
        if cue:
            return cue
    return _observational(text)


def classify_evidence(
    sentence: str, context: Sequence[str] | Callable[[], Sequence[str]] = ()
) -> tuple[str, Cue]:
    """(evidence kind, cue) for one sentence; `context` is the rest of its paragraph.

    Order: the sentence's own trial/animal cues; its own people-studied cues unless it
    is mostly hedging; its own hedging or promotion (opinion); a finding that refers
    back ("That extended...", "The results...") to a study only the paragraph
    describes; mechanism words;
    otherwise "opinion" with the cue "no-evidence-cue" (nothing says where it comes from).
    `context` may be a callable, so the paragraph is only gathered when it is needed.
    """
    own = _own_evidence(sentence)
    if own is not None:
        return own
    if _ANAPHORA.match(sentence) and FINDING.search(sentence):
        ctx_texts = context() if callable(context) else context
        ctx = _strong_evidence(" ".join(ctx_texts)) if ctx_texts else None
        if ctx:
            return ctx.tag, Cue(f"{ctx.tag} (paragraph)", ctx.words)
    return _fallback_evidence(sentence)


@lru_cache(maxsize=65536)
def _own_evidence(sentence: str) -> tuple[str, Cue] | None:
    """Evidence the sentence states itself (cached: pages repeat, the TUI re-analyses)."""
    for tag, regex in (("human-trial", TRIAL), ("animal", ANIMAL)):
        cue = _cue(tag, regex, sentence)
        if cue:
            return tag, cue
    opinion = _cue("opinion", OPINION, sentence)
    observed = _observational(sentence)
    if observed and (not opinion or STRONG_PEOPLE.search(sentence)):
        return observed.tag, observed
    if opinion:
        return "opinion", opinion
    return None


@lru_cache(maxsize=65536)
def _fallback_evidence(sentence: str) -> tuple[str, Cue]:
    mech = _cue("lab-mechanism", MECHANISM, sentence)
    if mech:
        return "lab-mechanism", mech
    return "opinion", Cue("no-evidence-cue", ())


@lru_cache(maxsize=65536)
def flag_claim(sentence: str) -> tuple[tuple[str, ...], tuple[Cue, ...]]:
    """Hype and absolute flags, each with the words that earned it."""
    flags: list[str] = []
    cues: list[Cue] = []
    for tag, regex in (("hype", HYPE), ("absolute", ABSOLUTE)):
        cue = _cue(tag, regex, sentence)
        if cue:
            flags.append(tag)
            cues.append(cue)
    return tuple(flags), tuple(cues)


def is_question(sentence: str) -> bool:
    return bool(_QUESTION.search(sentence.strip()))


def is_call_to_action(sentence: str) -> bool:
    """Imperatives addressed to the reader ("Join us...", "Call 988...") assert nothing."""
    s = sentence.strip(" \t\"“'(-–—•·*")
    return bool(_CALL_TO_ACTION.match(s) or _CTA_AFTER_PURPOSE.match(s))


def _has_words(text: str, n: int) -> bool:
    """At least `n` words, without scanning a long sentence to its end."""
    return next(islice(_WORD.finditer(text), n - 1, None), None) is not None


def is_claim_like(sentence: Sentence) -> bool:
    """A sentence that could carry a claim: prose, long enough, not a question or an order."""
    text = sentence.text
    if sentence.heading or not _has_words(text, MIN_WORDS):
        return False
    if text.rstrip().endswith(":"):
        return False  # introduces a list
    if _META.match(text) and not HYPE.search(text):
        return False  # "This article delves into..." is about the page, unless it hypes
    return not (is_question(text) or is_call_to_action(text))


def propose_claims(
    source_id: str,
    sentences: Sequence[Sentence],
    paragraph_of: Sequence[int],
    exclude: frozenset[int] = frozenset(),
    include_boilerplate: bool = False,
) -> list[CandidateClaim]:
    """Candidate claims from segmented sentences.

    `paragraph_of[i]` groups sentences into paragraphs (for context); `exclude` holds
    indexes of sentences already taken as disclaimers. Boilerplate is skipped unless
    `include_boilerplate` (the CLI's --all shows it, marked).
    """
    by_para: dict[int, list[int]] = {}
    for i, p in enumerate(paragraph_of):
        by_para.setdefault(p, []).append(i)
    out: list[CandidateClaim] = []
    for i, sent in enumerate(sentences):
        if i in exclude or (sent.boilerplate and not include_boilerplate):
            continue
        if not is_claim_like(sent):
            continue

        def context(i: int = i) -> list[str]:
            return [sentences[j].text for j in by_para.get(paragraph_of[i], ()) if j != i]

        evidence, ecue = classify_evidence(sent.text, context)
        flags, fcues = flag_claim(sent.text)
        out.append(
            CandidateClaim(
                source_id=source_id,
                span=sent.span,
                quote=sent.text,
                evidence=evidence,
                flags=flags,
                cues=(ecue, *fcues),
            )
        )
    return out
