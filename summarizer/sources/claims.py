"""Candidate claims: sentences that assert something, tagged with the evidence behind them.

An editor must be able to see at a glance whether a sentence reports a controlled trial
in people, an uncontrolled study, a result in mice, a mechanism in cells, or somebody's
hope, and whether it is dressed up with hype ("revolutionary") or absolutes ("cure").
Every tag and flag carries a `Cue` with the words that triggered it.

The evidence level is summarizer.evidence's reading of the sentence and its paragraph
(design levels, negation-aware: "had no placebo group" is not a controlled trial), the
same level the gate derives, so `summarizer claims`, the editor and `check` agree. Pure
functions: text and sentences in, candidates out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import islice

from summarizer import rulebook
from summarizer.evidence import LEDE_REACH, classify, reads_earlier
from summarizer.model import CandidateClaim, Cue, Sentence
from summarizer.rulebook import CaselessPattern
from summarizer.sources import concepts
from summarizer.sources.boilerplate import is_furniture_text, is_link_list
from summarizer.sources.dates import ANY_DATE
from summarizer.sources.language import guess_language

Caseless = CaselessPattern | re.Pattern[str]  # a word-list pattern (rulebook.CaselessPattern)

_I = re.IGNORECASE

# Hype and absolutes come from the rulebook (summarizer/rulebook/words/<lang>.toml), every
# language at once (an article's language is not known here): in an article a bare
# superlative ("the best treatment") is hype too, and "cure" is absolute (and hype unless
# denied). A drug's
# common name that holds a hype word ("magic mushrooms") is not hype.


def _languages(lang: str) -> tuple[str, ...]:
    """The word lists read for an article: its language and English (quoted English hype
    in any article), or every language when the article's language is not known."""
    known = rulebook.complete_languages()
    return tuple(dict.fromkeys((lang, "en"))) if lang in known else known


def _joined(langs: tuple[str, ...], *names: str) -> Caseless:
    """One pattern of the lists' entries in `langs`, compiled once (not once per language
    and again joined: compiling is most of the pipeline's start-up)."""
    entries = dict.fromkeys(
        e for lang in langs for name in names for e in rulebook.language(lang)[name].entries)
    if not entries:
        return re.compile(r"(?!x)x")
    return CaselessPattern(rf"\b(?:{'|'.join(sorted(entries, key=len, reverse=True))})\b")


@dataclass(frozen=True)
class _Words:
    """Hype, absolutes, "cure", negation and hype names for a set of languages."""

    hype: Caseless
    absolute: Caseless
    names: Caseless
    cure: Caseless
    negation: Caseless
    denial: Caseless  # negation and the contrasts that deny as it does ("rather than")
    refuted: Caseless  # a refutation of what the sentence just reported ("which is false")
    plain_superlative: Caseless  # a superlative that rates nothing ("works best", "at best")
    no_evidence: Caseless  # what no study shows ("No study has shown…"), to its clause's end
    hearsay: Caseless  # what the writer read or heard ("I read online that…"), to its clause's end
    doubts: Caseless  # the writer's doubt or question beside it ("which is why I'm confused")
    # a superlative that rates the research, not the treatment ("the best evidence is
    # mixed", "la mejor evidencia disponible"): no hype
    rated_research: Caseless

    @cached_property
    def negated_cure(self) -> Caseless:
        # "A cure" sells a treatment (hype as well as an absolute); "there is no cure",
        # "not a cure", "sin cura" deny one and are neither.
        # A cure denied a few words on, or in a relative clause of what is denied ("no
        # claim of a cure", "no hay ningún colirio que cure", "il n'existe pas de régime
        # qui « guérit »", "nobody should believe a pill exists that cures"; the
        # relatives: `denial_relatives`)
        return CaselessPattern(
            rf"(?:{self.denial.pattern})\s+(?:[\w-]+\s+){{0,4}}?(?:{self.cure.pattern})"
            rf"|{self.denied_relative.pattern}")

    @cached_property
    def denied_relative(self) -> Caseless:
        """A denial, what it denies, a relative and the cure the clause names, to the
        clause's end: the whole clause is denied ("no hay ningún colirio que cure el ojo
        seco para siempre": no promise either)."""
        rel = "|".join(rulebook.in_every_language("denial_relatives")) or "(?!x)x"
        return CaselessPattern(
            rf"(?:{self.denial.pattern})\s+(?:[\w’'-]+,?\s+){{0,6}}?(?:{rel})\s+"
            # (German puts the verb last: "kein Mittel, das Arthrose heilt"; each opening
            # mark takes its own spaces, so a run of spaces is read one way only)
            rf"(?:[«»\"“”„‘’']\s*)*(?:[\w’'-]+\s+){{0,3}}?[«»\"“”„‘’']?(?:{self.cure.pattern})"
            rf"[^.;:,]*")

    @cached_property
    def denied_hype(self) -> Caseless:
        """A hype word denied ("not a miracle pill", "no es una cura mágica", "no es ningún
        milagro"): a negation, up to two copula or article words and one more word, then it."""
        # copula and article words (`denial_glue`) and verbs of naming (`naming_verbs`)
        # of the word files, in every language: "No one should call this a miracle pill",
        # "nadie debería llamarlo milagro": what it names may be a few words further on
        glue = f"(?:{'|'.join(rulebook.in_every_language('denial_glue')) or '(?!x)x'})"
        naming = f"(?:{'|'.join(rulebook.in_every_language('naming_verbs')) or '(?!x)x'})"
        return CaselessPattern(
            rf"(?:{self.denial.pattern}|\bnobody|\bno\s+one|\bnadie)\s+(?:{glue}\s+){{0,3}}"
            rf"(?:(?:\w+\s+){{0,3}}?{naming}\s+(?:[\w’']+\s+){{0,4}}?|(?:\w+\s+){{0,2}}?)"
            # the cure it would be is denied with it ("never promise you a miracle cure")
            rf"(?:{self.hype.pattern})(?:\s+(?:{self.cure.pattern}))?")




@cache
def words_for(lang: str = "") -> _Words:
    """The patterns for an article in `lang` ("" = every language), compiled on first use."""
    langs = _languages(lang)
    return _Words(
        hype=_joined(langs, "hype", "hype_superlatives"),
        absolute=_joined(langs, "cure", "absolutes"),
        names=_joined(langs, "hype_names"),
        cure=_joined(langs, "cure"),
        negation=_joined(langs, "negation"),
        denial=_joined(langs, "negation", "contrast_denials"),
        refuted=_joined(langs, "refutations"),
        plain_superlative=_joined(langs, "plain_superlatives"),
        no_evidence=_to_clause_end(_joined(langs, "no_evidence")),
        hearsay=_to_clause_end(_joined(langs, "hearsay"), stops=".;,"),
        doubts=_joined(langs, "hearsay_doubts"),
        rated_research=_rated_research(langs),
    )


def _rated_research(langs: tuple[str, ...]) -> Caseless:
    """A superlative (hype_superlatives, superlatives) right before a research noun
    (research_nouns), with up to one word between ("the best available evidence")."""
    sup = dict.fromkeys(e for lang in langs for name in ("hype_superlatives", "superlatives")
                        for e in rulebook.language(lang)[name].entries)
    nouns = dict.fromkeys(
        e for lang in langs for e in rulebook.language(lang)["research_nouns"].entries)
    if not (sup and nouns):
        return re.compile(r"(?!x)x")
    return CaselessPattern(rf"\b(?:{'|'.join(sorted(sup, key=len, reverse=True))})"
                           rf"\s+(?:\w+\s+)?(?:{'|'.join(nouns)})\b")


def _to_clause_end(pattern: Caseless, stops: str = ".;") -> Caseless:
    """`pattern` and the rest of its clause ("No study has shown that it cures…"), up to
    one of `stops`."""
    if not isinstance(pattern, CaselessPattern):
        return pattern  # no entries: matches nothing
    return CaselessPattern(rf"{pattern.pattern}[^{re.escape(stops)}]*")

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
    r"|see|watch|listen|register|donate|support"
    # the same orders in Spanish (usted and tú): "Suscríbase a nuestro boletín…"
    r"|suscr[ií]ba(?:se)?|suscr[ií]bete|reg[ií]strese|reg[ií]strate|[uú]nase|[uú]nete|comparta|comparte"
    r"|pulse|pulsa|haga\s+clic|haz\s+clic|descargue|descarga|s[ií]ganos|s[ií]guenos|visite"
    r"|llame|llama|contacte|reserve|reserva|pida|pide|consulte|escr[ií]banos|d[eé]jenos|acepte)\b",
    _I,
)
# "To book an appointment, call our clinic...": purpose clause, then an order.
_CTA_AFTER_PURPOSE = re.compile(
    r"^(?:to|if|for|when)\b[^.]{0,120}?,\s*(?:please\s+)?(?:call|visit|contact|text|email|click|ask"
    r"|see|talk|go|get|seek|book)\b",
    _I,
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")

MIN_WORDS = 5


def _cue(tag: str, regex: re.Pattern[str], text: str) -> Cue | None:
    found = regex.findall(text)  # no capturing groups: whole matches
    return Cue(tag, tuple(dict.fromkeys(found))) if found else None


def classify_evidence(
    sentence: str,
    context: Sequence[str] | Callable[[], Sequence[str]] = (),
    after: Sequence[str] = (),
    lang: str = "en",
    earlier: Sequence[str] = (),
    following: Sequence[str] = (),
) -> tuple[str, Cue]:
    """(evidence level, cue) for one sentence; `context` is the paragraph before it (or a
    callable giving it), `after` the paragraph after it. The level is decided by
    summarizer.evidence, the same reading the gate derives from the source.
    """
    before = context() if callable(context) else context
    level, words, how = classify(sentence, tuple(before), tuple(after), lang, tuple(earlier),
                                 tuple(following))
    if how in ("paragraph", "article"):
        return level, Cue(f"{level} ({how})", words)
    if how == "no evidence cue":
        return level, Cue("no-evidence-cue", ())
    return level, Cue(level, words)


@lru_cache(maxsize=65536)
def flag_claim(sentence: str, lang: str = "") -> tuple[tuple[str, ...], tuple[Cue, ...]]:
    """Hype and absolute flags, each with the words that earned it; `lang` is the
    article's language ("" reads every language's lists)."""
    flags: list[str] = []
    cues: list[Cue] = []
    w = words_for(lang)
    named = w.names.sub(lambda m: " " * len(m.group(0)), sentence)
    # "No study has shown that it cures…", "Ningún estudio ha demostrado que sea una cura"
    named = w.no_evidence.sub(lambda m: " " * len(m.group(0)), named)
    # "I did read online that it was a miracle cure, which is why I'm confused": the
    # writer's hearsay, doubted: reported, not said ("on m'a dit que c'est un antidouleur
    # miracle sans aucun risque", no doubt beside it, is the writer passing it on)
    if w.doubts.search(sentence):
        named = w.hearsay.sub(lambda m: " " * len(m.group(0)), named)
    named = w.rated_research.sub(lambda m: " " * len(m.group(0)), named)
    named = w.plain_superlative.sub(lambda m: " " * len(m.group(0)), named)  # "works best"
    named = w.denied_relative.sub(lambda m: " " * len(m.group(0)), named)  # "no … que cure"
    # 'That "reverses ageing" line comes from…': a quotation named as a line or a claim
    # is spoken about, not said (`quoted_mentions`)
    named = _quoted_mention().sub(lambda m: " " * len(m.group(0)), named)
    if refuted := w.refuted.search(sentence):  # (named keeps the sentence's length)
        # "called it "the pill that ends panic forever", a claim with no evidence behind
        # it": what comes before the refutation, back to its clause's ";", is the article
        # correcting a claim (hype in an earlier clause is the article's own)
        begin = sentence.rfind(";", 0, refuted.start()) + 1
        if not sentence[begin:refuted.start()].strip(" ,:–—"):
            # a refutation opening its clause ("…gelobt; das ist falsch", "; c'est
            # faux") judges the clause before it
            begin = sentence.rfind(";", 0, max(begin - 1, 0)) + 1
        named = named[:begin] + " " * (refuted.start() - begin) + named[refuted.start():]
    hype_found = w.hype.search(named) is not None  # most sentences hold no hype word
    if hype_found:
        named = _conceded(named, w.hype, lang)
        hype_found = w.hype.search(named) is not None
    if hype_found:
        named = w.denied_hype.sub(lambda m: " " * len(m.group(0)),
                                  _blank_proper_names(named, w.hype, lang))
    affirmed = w.negated_cure.sub(lambda m: " " * len(m.group(0)), named)
    # "Die meisten heilen innerhalb weniger Tage von selbst": the illness passing
    affirmed = _heals_by_itself(w).sub(lambda m: " " * len(m.group(0)), affirmed)
    for tag, regex, text in (("hype", w.hype, named), ("absolute", w.absolute, sentence)):
        cue = _cue(tag, regex, text) if tag != "hype" or hype_found else None
        if tag == "hype":
            if cue and all(concepts.superlative(w, lang) for w in cue.words) and (
                    concepts.experts_judge(named, lang)):
                cue = None  # "psychiatrists say it is still the most effective medicine"
            cure = _cue(tag, w.cure, affirmed)
            sold = concepts.promises(named, lang)  # "for good", "desde el primer día"
            if not (cue or cure or sold):
                sold = concepts.seller_talk(named, lang)  # adverts promise "a calmer you"
            if not (cue or cure or sold) and concepts.exclaims(sentence) and (
                    concepts.quoted_exclamation(sentence) or not (
                        (is_call_to_action(sentence) and not concepts.testifies(sentence, lang))
                        or is_question(sentence))):
                sold = ("!",)  # "¡Adiós a la depresión sin salir de casa!"
            more = (*(cure.words if cure else ()), *sold)
            if more:
                cue = Cue(tag, tuple(dict.fromkeys((*(cue.words if cue else ()), *more))))
        if cue:
            flags.append(tag)
            cues.append(cue)
    return tuple(flags), tuple(cues)


def _heals_by_itself(w: _Words) -> Caseless:
    """A cure word, up to five words, then a word that it happens by itself
    (`heals_by_itself`: "heal on their own", "guérissent seuls", "heilen … von selbst"):
    an illness passing, which sells nothing (session 13: two such sentences flagged)."""
    return _any_language(
        "heals_by_itself",
        rf"(?:{w.cure.pattern})\s+(?:[\w’'-]+\s+){{0,5}}?(?:ALTERNATIVES)")


def _conceded(sentence: str, hype: Caseless, lang: str) -> str:
    """Hype words blanked where an impression is conceded and then undercut ("sounds
    amazing, but it was nine people", "suena increíble, pero…", "klingt sensationell,
    aber…"): an appearance verb just before the word, a contrast just after it. The
    speaker weighs the word; the article does not sell with it."""
    seems = _any_language("appearance_verbs", r"\b(?:ALTERNATIVES)\s+(?:\w+\s+)?$")
    but = _any_language("concession_contrasts", r"[\s\"”»’',;:–—]*(?:ALTERNATIVES)\b")
    out = sentence
    for m in hype.finditer(sentence):
        if seems.search(sentence[max(0, m.start() - 40):m.start()]) and but.match(
                sentence, m.end()):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# Both are built from the word lists: an edited list, reloaded, must be read again.
rulebook.on_reload(words_for.cache_clear)
rulebook.on_reload(flag_claim.cache_clear)

# the next word, past a lower-case particle of a name ("Kava Milagro del Pacífico",
# "Sérum Miracle de Provence", "Haus Wunder von Bergen")
_NEXT_WORD = re.compile(r"[\s\"“”«»'’]+(?:(?:del|de\s+la|de|du|des|von|van|di|da)\s+)?(\w)")
_PREV_WORD = re.compile(r"(\w)[\w’'-]*[\s\"“”«»'’]+$")


def _blank_proper_names(sentence: str, hype: Caseless, lang: str = "") -> str:
    """Hype words inside a proper name ("Miracle Mile", "SuperSleep Miracle Melts",
    "Breakthrough Health Ltd") blanked: a capitalised hype word beside another capitalised
    word names a place, a firm or a product; it sells nothing by itself. Not in a line
    written in title case ("Revolutionary Sleep Formula Now Available"): an advert's.
    So is one joined by a hyphen to a capitalised word ("im Wunderland-Center"), and, in a
    language that writes its nouns in lower case, one capitalised inside its sentence
    ("Gracias, Milagros", "au pavillon Révolution"): a person's or a place's name."""
    words = sentence.split()
    if len(words) >= 4 and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
        return sentence
    out = sentence
    inner_names = bool(lang) and not _nouns_capitalised(lang)
    for m in hype.finditer(sentence):
        if not m.group(0)[:1].isupper():
            continue
        if _hyphen_name(sentence, m) or (inner_names and _inside_capital(sentence, m)):
            out = out[: m.start()] + " " * len(m.group(0)) + out[m.end():]
            continue
        nxt = _NEXT_WORD.match(sentence, m.end())
        prev = _PREV_WORD.search(sentence[: m.start()])
        first_word = not sentence[: m.start()].strip(" \"“”«»'’(")
        # (not a capital that opens a sentence inside a quotation: „… mehr. Ein Wunder
        # der Natur!“, German capitalising every noun)
        before = sentence[: prev.start()].strip(" \"“”«»'’(„") if prev else ""
        prev_name = prev is not None and prev.group(1).isupper() and (
            before != "" or _inner_capital(sentence, prev)) and not before.endswith(
                _ENDS_SENTENCE)
        if (nxt and nxt.group(1).isupper()) or (not first_word and prev_name):
            out = out[: m.start()] + " " * len(m.group(0)) + out[m.end():]
    return out


_ENDS_SENTENCE = (".", "!", "?", ":")
# what may stand before a sentence's (or a quotation's) first word: after it a capital
# names nothing
_OPENERS = ".!?:;\"“”«»„‘’'(–—-•*¿¡"


def _nouns_capitalised(lang: str) -> bool:
    try:
        return rulebook.language(lang).nouns_capitalised
    except rulebook.MissingRules:
        return False


def _hyphen_name(sentence: str, m: re.Match[str]) -> bool:
    """A hype word joined by a hyphen to a capitalised word ("Wunderland-Center",
    "Health-Miracle"): one name."""
    after, before = sentence[m.end():m.end() + 2], sentence[max(m.start() - 2, 0):m.start()]
    return (len(after) == 2 and after[0] == "-" and after[1].isupper()) or (
        len(before) == 2 and before[1] == "-" and before[0].isalpha()
        and _word_before(sentence, m.start() - 1)[:1].isupper())


def _word_before(sentence: str, end: int) -> str:
    start = end
    while start > 0 and (sentence[start - 1].isalnum() or sentence[start - 1] in "’'"):
        start -= 1
    return sentence[start:end]


def _inside_capital(sentence: str, m: re.Match[str]) -> bool:
    """A capitalised hype word (not a shout: "MIRACLE") after the first word of its
    sentence or quotation ("Gracias, Milagros, me sirvió")."""
    word = m.group(0)
    if not any(c.islower() for c in word[1:]):
        return False
    before = sentence[: m.start()].rstrip()
    return bool(before) and before[-1] not in _OPENERS


def _inner_capital(sentence: str, prev: re.Match[str]) -> bool:
    """A sentence's first word that is a name by its shape ("SuperSleep", "iHealth")."""
    word = sentence[prev.start():].split()[0]
    return any(c.isupper() for c in word[1:])


def is_question(sentence: str) -> bool:
    return bool(_QUESTION.search(sentence.strip()))


def is_call_to_action(sentence: str) -> bool:
    """Imperatives addressed to the reader ("Join us...", "Call 988...", "Email us, or pop
    into the pharmacy": the code's list and the rulebook's calls_to_action) assert nothing."""
    s = sentence.strip(" \t\"“'(-–—•·*")
    return bool(_CALL_TO_ACTION.match(s) or _CTA_AFTER_PURPOSE.match(s)
                or _rulebook_cta().match(s))


@cache
def _any_language(name: str, template: str) -> Caseless:
    """List `name` of every language's word file as one pattern (an article's furniture
    may be in another language than its text): `template` with ALTERNATIVES replaced."""
    entries = rulebook.in_every_language(name)
    if not entries:
        return re.compile(r"(?!x)x")
    return CaselessPattern(template.replace("ALTERNATIVES", "|".join(entries)))


rulebook.on_reload(_any_language.cache_clear)


def _rulebook_cta() -> Caseless:
    """The rulebook's calls to action at a sentence's start."""
    return _any_language("calls_to_action", r"^(?:ALTERNATIVES)\b")


def _page_self() -> Caseless:
    """A page speaking of itself at a sentence's start (`page_self`)."""
    return _any_language("page_self", r"^(?:ALTERNATIVES)\b")


def _furniture_opener() -> Caseless:
    """A greeting, thanks, sign-off, advert label or forum rules at a sentence's start
    (`furniture_openers`): a page's furniture in any language."""
    return _any_language("furniture_openers", r"^(?:ALTERNATIVES)")


def _site_disclaimer() -> Caseless:
    """A forum or site saying what it is not (`site_disclaimers`)."""
    return _any_language("site_disclaimers", r"\b(?:ALTERNATIVES)")


def _quoted_mention() -> Caseless:
    """A demonstrative, a quotation and the noun that names it ('that "miracle" claim',
    'the "detox" label'): the words quoted are the topic (`quoted_mentions`)."""
    return _any_language(
        "quoted_mentions",
        r"\b(?:that|this|the|these|those)\s+[\"“‘'][^\"”’]{1,60}[\"”’']\s+(?:ALTERNATIVES)\b")


def _site_furniture() -> Caseless:
    """A page's furniture said in a sentence, anywhere in it (`site_furniture`): a forum's
    moderation, a newsletter's "view in your browser", a site describing itself, a
    seller's "message me", a shop's offer."""
    return _any_language("site_furniture", r"(?:ALTERNATIVES)")


def _furniture_line(text: str) -> bool:
    """A sentence run over lines whose first or last line is furniture by itself (a
    heading and the byline under it, "…thé\nPar Geneviève Dufresne, pharmacienne"; a
    footer's links and a booking line, a strip "Diario … · Salud · Por …")."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) > 1 and any(
        is_furniture_text(ln) or _is_strip(ln) or _contact_line(ln) for ln in (lines[0], lines[-1]))


def _imprint() -> Caseless:
    """A publisher's registration (`imprints`): footers mix languages."""
    return _any_language("imprints", r"\b(?:ALTERNATIVES)")


# "Media enquiries: Riverside Press Office, 0161 555 0199, press@…": a label of up to
# five words ("Sexual Health Centre booking line:"), a colon, then an e-mail address or
# a phone number: a contact line.
_LABEL_COLON = re.compile(r"^\W*(?:[^\W\d_][\w’'-]*\s+){0,4}[^\W\d_][\w’'-]*\s*:\s")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ()./-]{6,}\d")


def _contact_line(text: str) -> bool:
    return bool(_LABEL_COLON.match(text)) and bool(_EMAIL.search(text) or _PHONE.search(text))

# A strip of short items between separators ("Pharmacie du Lac SA · Avenue d'Ouchy 12 ·
# 1006 Lausanne · Tél. …", "Calm Corner Ltd | 12 High Street | Leeds"): an address or a
# footer, no sentence.
_STRIP_SEPARATOR = re.compile(r"\s+[·|•]\s+")


def _is_strip(text: str) -> bool:
    """Three or more short items between separators ("Home · Shop · Contact"), or a
    byline's strip, one of its items a date, a read time or a count of comments ("Posted
    by Leanne Marsh, Nurse Practitioner, Brisbane · 24 November 2026 · 11 comments",
    "Publié le 26 novembre 2026 à 07 h 15 · Lecture 5 min · Partager")."""
    items = _STRIP_SEPARATOR.split(text.strip())
    if len(items) < 3:
        return False
    if all(len(i.split()) <= 6 for i in items):
        return True
    return all(len(i.split()) <= 10 for i in items) and any(
        ANY_DATE.search(i) or is_furniture_text(i) for i in items)


def _is_address(text: str) -> bool:
    """A postal address ("Harbour Health Weekly, 14 Quay Road, Portsmouth, PO1 2AB."):
    three or more short comma-separated items, each opening on a capital or a number,
    one of them holding a number. No sentence."""
    items = [i.strip() for i in text.strip().rstrip(".").split(",")]
    return (len(items) >= 3 and all(i and len(i.split()) <= 4 and (i[0].isupper() or i[0].isdigit())
                                    for i in items)
            and any(c.isdigit() for i in items for c in i))


# A price: a currency sign or code beside an amount ("€1,290", "$420.000", "S$680",
# "4,95 €", "$1,200 MXN").
_PRICE = re.compile(
    r"(?:(?<![\w$])(?:[A-Z]{1,2}\$|[€$£₹¥])|\b(?:EUR|USD|GBP|CHF|AUD|NZD|CAD|INR|MXN)\s?)"
    r"\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\b(?:EUR|CHF)\b)")


def _price_list(text: str) -> bool:
    """A price list or a price given by itself ("Assessment €95. … €895.", "Consultation
    $95 (Medicare rebate applies…)"): two prices, or one in twelve words or fewer. What a
    treatment costs is no finding to cite (session 13: nine such lines proposed)."""
    found = _PRICE.findall(text)
    return len(found) >= 2 or (len(found) == 1 and not _has_words(text, 13)
                               and not _any_language("first_person", r"\b(?:ALTERNATIVES)\b"
                                                     ).search(text))  # "Worst $4k I ever spent"


def _has_words(text: str, n: int) -> bool:
    """At least `n` words, without scanning a long sentence to its end."""
    return next(islice(_WORD.finditer(text), n - 1, None), None) is not None


def _hyped(text: str, lang: str) -> bool:
    """Is a sentence flagged as hype, not only holding a hype word ("Thanks for the
    question; this is one of the most common medicines we explain": a frequency)?"""
    return words_for(lang).hype.search(text) is not None and "hype" in flag_claim(text, lang)[0]


def is_claim_like(sentence: Sentence, lang: str = "") -> bool:
    """A sentence that could carry a claim: prose, long enough, not a question or an order."""
    text = sentence.text
    if sentence.heading or not _has_words(text, MIN_WORDS):
        return False
    if text.rstrip().endswith(":"):
        return False  # introduces a list
    if _page_self().match(text) and not _hyped(text, lang):
        return False  # "This article delves into...", "Este artículo tiene carácter…"
    if (_furniture_opener().match(text.lstrip(" \t\"“”«»'(-–—•·*"))
            and not _hyped(text, lang)) or _site_disclaimer().search(text):
        return False  # "Thanks for your question, …", "Sponsored: …", "This forum does
        # not replace…": a reply's greeting, an advert's label, a site's own rules; not
        # "Hello everyone, this revolutionary treatment cured me": the hype is shown
    if (not _has_words(text, 41) and _site_furniture().search(text)) or _furniture_line(text):
        return False  # "Topic locked by the moderators.", "View this email in your browser."
    if _imprint().search(text) or _contact_line(text):
        return False  # "… Ltd, registered in England no. 0845123", "Media enquiries: …"
    if concepts.anecdote(text, lang or "en"):
        return False  # "I started sea swimming last October…": a story, nothing to cite
    if is_link_list(text) or _is_strip(text) or _is_address(text):
        return False  # "Related: … | …", "Pharmacie … · Rue … · Tél. …": a site's strip
    if _price_list(text):
        return False  # "16-week Liver Reset Programme: €1,290 (payment plans available)."
    if concepts.disclosure(text, lang or "en"):
        return False  # "The study was funded by…": who paid, no finding
    return not (is_question(text) or is_call_to_action(text))


def propose_claims(
    source_id: str,
    sentences: Sequence[Sentence],
    paragraph_of: Sequence[int],
    exclude: frozenset[int] = frozenset(),
    include_boilerplate: bool = False,
    lang: str = "",
) -> list[CandidateClaim]:
    """Candidate claims from segmented sentences.

    `paragraph_of[i]` groups sentences into paragraphs (for context); `exclude` holds
    indexes of sentences already taken as disclaimers. Boilerplate is skipped unless
    `include_boilerplate` (the CLI's --all shows it, marked).
    """
    by_para: dict[int, list[int]] = {}
    for i, p in enumerate(paragraph_of):
        by_para.setdefault(p, []).append(i)
    lang = lang or guess_language(" ".join(s.text for s in sentences[:200]))
    out: list[CandidateClaim] = []
    for i, sent in enumerate(sentences):
        if i in exclude or (sent.boilerplate and not include_boilerplate):
            continue
        if not is_claim_like(sent, lang):
            continue

        para = by_para.get(paragraph_of[i], ())
        before = [sentences[j].text for j in para if j < i]
        after = [sentences[j].text for j in para if j > i]
        earlier = [sentences[j].text for j in by_para.get(paragraph_of[i] - 1, ())
                   if not sentences[j].boilerplate] if reads_earlier(
                       sent.text, bool(before), lang) else []
        # the next sentences of the article, for a lede announcing a finding
        following = [s.text for s in sentences[i + 1:i + 1 + LEDE_REACH + 2]
                     if not s.boilerplate and not s.heading][:LEDE_REACH]
        evidence, ecue = classify_evidence(sent.text, before, after, lang, earlier, following)
        flags, fcues = flag_claim(sent.text, lang)
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
