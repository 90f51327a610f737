"""Complex language: jargon, words uncommon in the language, unexplained acronyms.

The SHeLL Health Literacy Editor (Ayre et al. 2023) flags public-health jargon, words
uncommon in everyday language and acronyms. Here:

- "jargon": a term of the plain-language lexicon (data/lexicon_<lang>.tsv), with its
  plainer alternatives;
- "uncommon": a word whose Zipf frequency in the language (wordfreq, via the compact
  store) is below UNCOMMON_ZIPF, i.e. fewer than one use per million words; long but
  everyday words ("everything", "information") are no longer flagged;
- "acronym": an all-capital abbreviation ("SSRI", "NMDA"), until the text expands it
  once ("selective serotonin reuptake inhibitors (SSRIs)", or "SSRI (a kind of …)");
- "long word": the old length rule (3+ syllables, not an everyday word), used only in
  languages wordfreq has no list for.

Never hard: numbers, names (capitalised inside a sentence, anywhere in the text), and
words the text defines ("ketamine, an anaesthetic,", "ketamine (an anaesthetic)",
"ketamine is a …", "called esketamine"): from the definition on.

Candidates are found per sentence (cached with the sentence); what depends on the rest
of the text (names, definitions, expansions) is applied by `TextContext`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from summarizer.readability._lazy import lazy

UNCOMMON_ZIPF = 3.0  # Zipf 3 = once per million words (wordfreq's scale, every language)
MIN_UNCOMMON_LETTERS = 3
# Acronyms everyone reads as words or knows by heart; not worth expanding on a handout.
KNOWN_ACRONYMS = frozenset({"OK", "TV", "US", "USA", "UK", "EU", "AM", "PM", "ID", "DIY"})
_ROMAN = frozenset({"II", "III", "VI", "VII", "VIII", "XI", "XII", "XIII"})

# (word, start, end, reason, alternatives, key, capitalised-inside-a-sentence)
Candidate = tuple[str, int, int, str, tuple[str, ...], str, bool]
# What a word alone decides (ComplexWords.word_kind): (lower case, its lexicon key or
# None, (kind, key)), the kind "number" (never hard), "acronym" (key: the acronym),
# "segmented" (written without spaces), "uncommon" (key: its term key), "common", or
# "length" (no frequency data: the length rule decides).
WordKind = tuple[str, str | None, tuple[str, str]]
_NUMBER, _SEGMENTED = ("number", ""), ("segmented", "")
_COMMON, _BY_LENGTH = ("common", ""), ("length", "")

# Scripts written without spaces between words, and Korean (particles join the word):
# split into listed words before looking frequencies up.
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_MAX_PIECE = 6
_NOUN_CAPS = frozenset({"de", "lb"})


def acronym_key(word: str) -> str | None:
    """"SSRI", "SSRIs", "COVID-19"'s head -> the acronym; None for other words."""
    core = word[:-1] if len(word) > 2 and word.endswith("s") else word
    core = core.replace("&", "")
    if not (2 <= len(core) <= 7) or not core.isupper() or not core.isalnum():
        return None
    if sum(ch.isalpha() for ch in core) < 2:
        return None
    if core in KNOWN_ACRONYMS or core in _ROMAN:
        return None
    return core


def _letters(word: str) -> int:
    return sum(ch.isalpha() for ch in word)


@dataclass(slots=True)
class Definitions:
    """Where a text expands acronyms and defines words (first offset of each)."""

    acronyms: dict[str, int] = field(default_factory=dict)
    terms: dict[str, int] = field(default_factory=dict)


# "words (ABC)" / "ABC (words)" / "word (explanation)". A match starts at a word's
# start only: tried at every letter, a long run of letters cost its length squared
# (a 3 MB run did not return in 10 minutes).
_PAREN = lazy(r"(?<![\w'’\-])([^\W_][\w'’\-]*)\s*\(\s*([^()\n]{2,200}?)\s*\)")
# A defined word is at most 61 characters: unbounded, each word start inside a long
# hyphenated run ("-x-x-x…") scanned to the run's end (its length squared in all).
_DEFINE = {
    "en": lazy(
        r"\b([^\W\d_][\w'’\-]{0,60}),? (?:is|are|means|refers to|is short for) "
        r"(?:a|an|the|when|how|what|one|some|used)\b|"
        r"\b(?:called|known as|named|is named) ([^\W\d_][\w'’\-]{0,60})|"
        r"\b([^\W\d_][\w'’\-]{0,60}), (?:a|an|which is|that is|or) \w+",
        re.IGNORECASE,
    ),
    "es": lazy(
        r"\b([^\W\d_][\w'’\-]{0,60}),? (?:es|son|significa|quiere decir|se refiere a) "
        r"(?:un|una|el|la|los|las|cuando|lo|algo)\b|\b(?:llamad[oa]s?|conocid[oa]s? como|"
        r"denominad[oa]s?) ([^\W\d_][\w'’\-]{0,60})|"
        r"\b([^\W\d_][\w'’\-]{0,60}), (?:un|una|o sea|es decir) \w+",
        re.IGNORECASE,
    ),
}


def find_definitions(text: str, lang: str) -> Definitions:
    out = Definitions()
    for m in _PAREN.finditer(text):
        head, inner = m.group(1), m.group(2)
        inner_acr = acronym_key(inner.strip())
        if inner_acr is not None and " " not in inner.strip():
            out.acronyms.setdefault(inner_acr, m.start())  # words (ABC): ABC expanded
            continue
        head_acr = acronym_key(head)
        if head_acr is not None:
            out.acronyms.setdefault(head_acr, m.start())  # ABC (words)
        elif " " in inner or inner[:1].islower():
            out.terms.setdefault(_term_key(head), m.start())
    pat = _DEFINE.get(lang)
    if pat is not None:
        for m in pat.finditer(text):
            word = next(g for g in m.groups() if g)
            acr = acronym_key(word)
            if acr is not None:
                out.acronyms.setdefault(acr, m.start())
            else:
                out.terms.setdefault(_term_key(word), m.start())
    return out


@lru_cache(maxsize=65536)
def _sentence_definitions(
    text: str, lang: str
) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    d = find_definitions(text, lang)
    return tuple(d.acronyms.items()), tuple(d.terms.items())


def _term_key(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


class ComplexWords:
    """Per-language finder of hard-word candidates in one sentence."""

    def __init__(self, lang: str) -> None:
        from summarizer.readability.lexicon import lexicon
        from summarizer.readability.store import frequencies

        self.lang = lang
        self.lexicon = lexicon(lang)
        self.freq = frequencies(lang)
        self.segment = lang in ("zh", "ja", "ko")

    def zipf(self, word: str) -> float:
        """Zipf frequency of a word as written (case and curly apostrophes folded)."""
        if self.freq is None:
            return 0.0
        w = word.casefold().replace("’", "'")  # wordfreq's keys are casefolded (ß -> ss)
        z = self.freq.zipf(w)
        if z == 0.0 and w.endswith("'s"):
            z = self.freq.zipf(w[:-2])
        return z

    def uncommon(self, word: str) -> bool:
        if self.freq is None:
            return False
        if "-" in word:
            return any(self.uncommon(p) for p in word.split("-") if p)
        if _letters(word) < MIN_UNCOMMON_LETTERS:
            return False
        return self.zipf(word) < UNCOMMON_ZIPF

    def word_kind(self, w: str, memo: dict[str, WordKind]) -> WordKind:
        """What a word alone decides about it (see WordKind), kept in `memo`: a text says
        the same words again and again, and each first sight costs a lexicon look-up, an
        acronym test and a frequency look-up."""
        low = w.lower()
        lex = self.lexicon.key(low) if self.lexicon.entries else None
        if any(ch.isdecimal() for ch in w):
            kind: tuple[str, str] = _NUMBER
        elif (acr := acronym_key(w)) is not None:
            kind = ("acronym", acr)
        elif self.segment and _CJK.search(w):
            kind = _SEGMENTED
        elif self.freq is not None:
            kind = ("uncommon", _term_key(w)) if self.uncommon(w) else _COMMON
        else:
            kind = _BY_LENGTH
        info = (low, lex, kind)
        if len(memo) > 200_000:
            memo.clear()
        memo[w] = info
        return info

    def candidates(
        self, text: str, spans: list[tuple[int, int]], long_word: object,
        memo: dict[str, WordKind] | None = None,
    ) -> list[Candidate]:
        """Hard-word candidates of a sentence (offsets relative to it), in text order.

        `long_word(word) -> bool` is the old length rule, used without frequency data;
        `memo`: what each word alone decides (word_kind), kept by the caller between
        sentences.
        """
        words = [text[s:e] for s, e in spans]
        if memo is None:
            memo = {}
        get, kind_of = memo.get, self.word_kind
        infos = [get(w) or kind_of(w, memo) for w in words]
        out: list[Candidate] = []
        covered: set[int] = set()
        if self.lexicon.entries:
            lowered = [x[0] for x in infos]
            for i, k, entry in self.lexicon.find(lowered, [x[1] for x in infos]):
                s, e = spans[i][0], spans[i + k - 1][1]
                key = " ".join(lowered[i:i + k])
                wordings = self.lexicon.wordings(entry, key.split(), self.lang)
                out.append((text[s:e], s, e, "jargon", wordings, key, False))
                covered.update(range(i, i + k))
        first = 0
        while first < len(words) and not words[first][:1].isalpha():
            first += 1
        for i, w in enumerate(words):
            tag, key = infos[i][2]
            if tag == "number" or tag == "common" or i in covered:
                continue
            s, e = spans[i]
            if tag == "acronym":
                if not _all_caps_line(words):
                    out.append((w, s, e, "acronym", (), key, False))
            elif tag == "segmented":
                out.extend(self._segments(w, s))
            elif tag == "uncommon":
                # a capital inside a sentence marks a name, except where every
                # noun has one (German)
                named = i != first and w[:1].isupper() and self.lang not in _NOUN_CAPS
                out.append((w, s, e, "uncommon", (), key, named))
            elif long_word(w):  # type: ignore[operator]
                out.append((w, s, e, "long word", (), _term_key(w), False))
        out.sort(key=lambda c: c[1])
        return out

    def _segments(self, run: str, offset: int) -> list[Candidate]:
        """Words of a run written without spaces (Chinese, Japanese) or of a Korean word
        with its particles, as the most probable split into listed words (unigram
        Viterbi over Zipf frequencies; wordfreq's own split needs jieba or MeCab); the
        uncommon ones as candidates."""
        n = len(run)
        best = [0.0] + [-1e18] * n
        back = [0] * (n + 1)
        for i in range(1, n + 1):
            for k in range(1, min(_MAX_PIECE, i) + 1):
                z = self.zipf(run[i - k:i])
                if z <= 0 and k > 1:
                    continue
                score = best[i - k] + (z - 9.0 if z > 0 else -12.0)
                if score > best[i]:
                    best[i], back[i] = score, k
        pieces: list[tuple[int, int]] = []
        i = n
        while i > 0:
            pieces.append((i - back[i], i))
            i -= back[i]
        out: list[Candidate] = []
        for a, b in reversed(pieces):
            piece = run[a:b]
            if _letters(piece) and self.zipf(piece) < UNCOMMON_ZIPF:
                out.append((piece, offset + a, offset + b, "uncommon", (), piece, False))
        return out


def _all_caps_line(words: list[str]) -> bool:
    """A heading in capitals ("WHAT TO KNOW") is not a run of acronyms."""
    letters = [w for w in words if any(ch.isalpha() for ch in w)]
    return len(letters) >= 3 and all(w.isupper() for w in letters)


@cache
def complex_words(lang: str) -> ComplexWords:
    return ComplexWords(lang)


class TextContext:
    """What the whole text decides about its hard words: names, definitions, expansions.

    Built once per analysed text, computed when hard words are first read.
    """

    __slots__ = ("_defs", "_names", "density", "lang", "notes", "sentences", "text")

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.sentences: list = []  # the report's SentenceReports, set by the Analyzer
        self._defs: Definitions | None = None
        self._names: set[str] | None = None
        self.notes: list | None = None  # the report's notes, once computed
        self.density: tuple[float | None] | None = None  # its lexical density, once read

    def names(self) -> set[str]:
        """Words written with a capital inside a sentence somewhere in the text."""
        if self._names is None:
            self._names = {c[5] for s in self.sentences for c in s.candidates() if c[6]}
        return self._names

    def definitions(self) -> Definitions:
        """Definitions and expansions, found sentence by sentence (cached by sentence
        text, so a re-score after an edit looks only at the changed sentence)."""
        if self._defs is None:
            defs = Definitions()
            for s in self.sentences:
                found = _sentence_definitions(s.text, self.lang)
                for key, at in found[0]:
                    defs.acronyms.setdefault(key, s.start + at)
                for key, at in found[1]:
                    defs.terms.setdefault(key, s.start + at)
            self._defs = defs
        return self._defs

    def keep(self, cand: Candidate, start: int) -> bool:
        """Whether a candidate at absolute offset `start` is still hard in this text."""
        return bool(self.still_hard([cand], start - cand[1]))

    def still_hard(self, cands: list[Candidate], offset: int) -> list[Candidate]:
        """The candidates of a sentence starting at `offset` that are still hard in this
        text: acronyms not yet expanded, words not yet defined, not names."""
        if not cands:
            return cands
        defs = self.definitions()
        acronyms, terms, names = defs.acronyms, defs.terms, self.names()
        out: list[Candidate] = []
        for c in cands:
            reason, key = c[3], c[5]
            if reason == "acronym":
                at = acronyms.get(key)
            elif key in names and reason != "jargon":
                continue
            else:
                at = terms.get(key)
            if at is None or offset + c[1] < at:
                out.append(c)
        return out
