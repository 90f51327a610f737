"""Per-sentence readability analysis, cached by sentence text so edits re-score fast.

Every sentence counts: textstat drops sentences of two words or fewer, so "Call 988."
vanishes from its counts; here it is a sentence. Lines are sentences of their own
(bullets and headings have no full stop), and so is each run ending in . ! ? or …
that is not an abbreviation ("Dr.", "e.g.", an initial, a period before a lowercase
word). Sentence and hard-word spans are character offsets into the analysed text.

Headline grade per language (always a US school grade):
- en: the higher of SMOG and Flesch-Kincaid. Health-literacy practice prefers SMOG
  (calibrated on full comprehension); taking the higher never reports a text as
  easier than either formula says.
- es: SOL (Contreras et al. 1999), the Spanish SMOG converted to a US grade.
- de: Wiener Sachtextformel 1 (a German school grade).
- fr: Kandel & Moles converted to a grade with Flesch's table (approximate).
- it: Gulpease converted to a grade (see formulas.gulpease_to_grade; approximate).
- others: Automated Readability Index (letters, not syllables; approximate).
Too little text (fewer than MIN_WORDS words) gives headline_grade None and
too_little_text True, never an exception.

Counts and grades are computed for every sentence. Passive voice (a regex over the
sentence) and hard words (word offsets and the lexicon) are found the first time a
sentence's `passive` or `hard_words` is read, then cached with the sentence: a caller
that wants only the grades (as a textstat FK/SMOG peer computes) does not pay for them,
and the values read are the same either way.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from math import sqrt as _sqrt

from summarizer.abbreviations import (
    ABBREVIATIONS,
    ends_anyway,
    labelled_letter,
    title_or_day,
)
from summarizer.readability import formulas as F
from summarizer.readability.complex import Candidate, TextContext, WordKind, complex_words
from summarizer.readability.formulas import SMOG_SAMPLE as _SMOG_SAMPLE
from summarizer.readability.lexicon import common_words
from summarizer.readability.notes import RUN_ON_WORDS, Note
from summarizer.readability.numbers import read_digit_by_digit
from summarizer.readability.passive import passive_pattern
from summarizer.readability.syllables import base_lang, is_approximate, syllable_counter
from summarizer.span import Span

MIN_WORDS = 3
_B1, _B2, _B3, _B4, _B5 = 24, 48, 72, 96, 120  # bit offsets of the packed per-word counts
_B6 = 144  # a token's count of passive triggers (forms of be/get) sits above the words
_NO_B6 = (1 << _B6) - 1  # a sentence's packed counts without its trigger count
_MASK = (1 << 24) - 1  # 16 million: more than a sentence of 1 MB can hold
LONG_SENTENCE = 20  # words; plain-language guidance (PlainLanguage.gov, CDC): 20 or fewer
CACHE_LIMIT = 50_000  # sentences kept per Analyzer

# Words: runs of letters/digits joined by inner apostrophes, hyphens, periods or commas
# (don't, treatment-resistant, 3.5, 250,000, U.S).
# Possessive quantifiers: the same matches (letters and joiners are disjoint), found
# without backtracking bookkeeping (about 15 % faster; this runs on every sentence).
WORD_RE = re.compile(r"[^\W_]++(?:['’\-.,][^\W_]++)*+")
# A sentence: from a non-space to the end of its line or to a run of . ! ? … (with
# closing quotes/brackets) followed by a space; "3.5" and "e.g.x" do not end one.
# (the first run is possessive: what follows it never starts with its letters, so the
# matches are the same, with less backtracking bookkeeping)
_SENTENCE = re.compile(
    r"\S(?:[^\n.!?…]++|[.!?…]+(?![\"'”’»)\]]*(?:\s|$)))*(?:[.!?…]+[\"'”’»)\]]*)?"
)
_findall_words = WORD_RE.findall
# The same words in text without "_" ([^\W_] is \w there): a plain category test per
# character is about a quarter faster than the negated class.
_findall_words_no_underscore = re.compile(r"\w++(?:['’\-.,]\w++)*+").findall
_HAS_WORD = re.compile(r"[^\W_]")
# A phone number as one token: digit groups joined by hyphens or dots, letters allowed
# in the later groups (800-662-HELP), at least _PHONE_DIGITS digits in all; "3.5",
# "250,000" and "2019" are quantities and stay one word.
_PHONE = re.compile(r"\d+(?:[-.](?:\d+|[^\W\d_]+))+")
_PHONE_PART = re.compile(r"\d|[^\W\d_]+")  # each digit, or a run of letters
_PHONE_DIGITS = 6
# Longer runs are not dialled: E.164 numbers have at most 15 digits (ITU-T E.164 s. 6),
# plus separators and a spelled group ("800-662-HELP").
_PHONE_CHARS = 24
_ABBREV = ABBREVIATIONS
_ABBREV_MAX = max(*map(len, ABBREVIATIONS), len("dipl.-psych"))  # a hyphenated degree too
_ABBREV_OPENERS = "(\"'“‘¿¡"  # stripped from the token before a period
_span = re.Match.span
_OPENERS = "(\"“‘'[¿¡«"


@dataclass(frozen=True, slots=True)
class HardWord:
    word: str
    span: Span  # offsets into the analysed text
    reason: str  # "jargon" (with plainer alternatives), "uncommon", "acronym", "long word"
    alternatives: tuple[str, ...] = ()


class SentenceReport:
    """One sentence's counts and flags. Offsets are into the analysed text.

    Built for every sentence on every analysis, so it is a slotted object over the
    cached per-sentence counts; `span` and `hard_words` (which need the lexicon and
    word offsets) are made only when read.
    """

    __slots__ = ("_analyzer", "_core", "_ctx", "end", "start", "text")

    def __init__(self, start: int, end: int, text: str, core: _Core, analyzer: Analyzer,
                 ctx: TextContext) -> None:
        self.start = start
        self.end = end
        self.text = text
        self._core = core
        self._analyzer = analyzer
        self._ctx = ctx

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    words = property(lambda self: self._core.words)
    syllables = property(lambda self: self._core.syllables)
    polysyllables = property(lambda self: self._core.polysyllables)
    letters = property(lambda self: self._core.letters)
    monosyllables = property(lambda self: self._core.monosyllables)
    long_words = property(lambda self: self._core.long_words)  # > 6 letters (Wiener)
    grade = property(lambda self: self._core.grade)

    @property
    def passive(self) -> bool:
        """A passive construction in this sentence (found when first read, then cached)."""
        core = self._core
        if core.passive is None:
            core.passive = self._analyzer._passive_in(self.text)
        return core.passive

    @property
    def long(self) -> bool:
        return self._core.words > LONG_SENTENCE

    def candidates(self) -> list[Candidate]:
        """Hard-word candidates of this sentence alone (cached with its text)."""
        core = self._core
        if core.hard is None:
            core.hard = self._analyzer._hard_words(self.text)
        return core.hard

    @property
    def hard_words(self) -> list[HardWord]:
        """Candidates still hard in this text (names, definitions, expansions applied)."""
        st = self.start
        core = self._core
        kept = self._ctx.still_hard(self.candidates(), st)
        if not kept:
            return []
        # the same candidates kept at the same offset as when last read (a re-score after
        # an edit elsewhere): the same words, not built again
        shown = core.shown
        if shown is not None and shown[0] == st and shown[1] == kept:
            return list(shown[2])
        out = [HardWord(h[0], Span(st + h[1], st + h[2]), h[3], h[4]) for h in kept]
        core.shown = (st, kept, out)
        return list(out)

    def to_dict(self) -> dict[str, object]:
        return {
            "span": [self.start, self.end],
            "text": self.text,
            "words": self.words,
            "syllables": self.syllables,
            "polysyllables": self.polysyllables,
            "letters": self.letters,
            "grade": self.grade,
            "long": self.long,
            "passive": self.passive,
            "hard_words": [
                {
                    "word": h.word,
                    "span": [h.span.start, h.span.end],
                    "reason": h.reason,
                    "alternatives": list(h.alternatives),
                }
                for h in self.hard_words
            ],
        }

    def __repr__(self) -> str:
        return f"SentenceReport({self.start}, {self.end}, {self.text[:40]!r}, grade={self.grade})"


@dataclass(frozen=True, slots=True)
class FormulaResult:
    name: str
    value: float
    band: str
    grade: float | None  # as a US grade when the formula gives or maps to one


@dataclass(frozen=True, slots=True)
class TextReport:
    lang: str
    headline_grade: float | None
    headline_name: str
    headline_band: str
    formulas: list[FormulaResult]
    sentences: list[SentenceReport]
    words: int
    sentence_count: int
    syllables: int
    polysyllables: int
    letters: int
    too_little_text: bool
    approximate: bool  # syllables from hyphenation, not from rules or a dictionary
    context: TextContext | None = field(default=None, repr=False, compare=False)
    no_sentence_ends: bool = False  # most words in runs of > 80 words: not graded

    @property
    def notes(self) -> list[Note]:
        """Sentence and text notes (see notes.py), computed when first read."""
        ctx = self.context
        if ctx is None:
            return []
        if ctx.notes is None:
            from summarizer.readability.notes import text_notes

            ctx.notes = text_notes(self, ctx.text)
        return ctx.notes

    @property
    def lexical_density(self) -> float | None:
        """Content words over all words (notes.report_density)."""
        ctx = self.context
        if ctx is not None and ctx.density is not None:
            return ctx.density[0]  # read once per text (the notes read it too)
        from summarizer.readability.notes import report_density

        density = report_density(self)
        if ctx is not None:
            ctx.density = (density,)
        return density

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output (sentences are slotted objects, not dataclasses)."""
        out: dict[str, object] = {
            name: getattr(self, name) for name in self.__dataclass_fields__
            if name not in ("sentences", "context")
        }
        out["formulas"] = [
            {"name": f.name, "value": f.value, "band": f.band, "grade": f.grade}
            for f in self.formulas
        ]
        out["sentences"] = [s.to_dict() for s in self.sentences]
        out["notes"] = [n.to_dict() for n in self.notes]
        out["lexical_density"] = self.lexical_density
        return out


class _Core:
    """What a sentence's text alone decides; hard-word offsets relative to the sentence.

    Made for every sentence, so it holds the packed counts (as in Analyzer._packed: a
    text's totals are one sum) and unpacks a count only when it is read.
    """

    __slots__ = ("grade", "hard", "packed", "passive", "shown")

    def __init__(self, grade: float | None, passive: bool | None, packed: int) -> None:
        self.grade = grade
        self.passive = passive  # None: a trigger word is there, not looked at yet
        self.packed = packed
        self.hard: list[Candidate] | None = None  # found when asked
        # (offset, candidates kept, hard words) as last read (SentenceReport.hard_words)
        self.shown: tuple[int, list[Candidate], list[HardWord]] | None = None

    words = property(lambda self: self.packed >> _B5)
    syllables = property(lambda self: self.packed & _MASK)
    polysyllables = property(lambda self: self.packed >> _B1 & _MASK)
    monosyllables = property(lambda self: self.packed >> _B2 & _MASK)
    long_words = property(lambda self: self.packed >> _B3 & _MASK)
    letters = property(lambda self: self.packed >> _B4 & _MASK)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence: split at line breaks and at sentence ends."""
    return list(zip(*_sentence_bounds(text), strict=True))


def _sentence_bounds(text: str, pos: int = 0, stop_at: int = -1,
                     stops: dict[int, int] | None = None) -> tuple[list[int], list[int]]:
    """The starts and the ends of split_sentences, in two lists of ints: no tuple per
    sentence (each would be one more object for the garbage collector to track).

    `pos`: where to begin (a sentence's start, see _bounds_after_edit). With `stops`,
    the scan ends at the first sentence start at or after `stop_at` (not continuing an
    abbreviation's sentence) found in `stops`; that start is the lists' last entry of
    `starts` (without an end) and the caller takes over from there."""
    starts: list[int] = []
    ends: list[int] = []
    pending = -1  # start of a sentence continued after an abbreviation
    has_word = _HAS_WORD.search
    add_start, add_end = starts.append, ends.append
    abbrev, abbrev_max, openers = _ABBREV, _ABBREV_MAX, _ABBREV_OPENERS
    if stops is None:
        stop_at = len(text) + 1  # never
    for s, e in map(_span, _SENTENCE.finditer(text, pos)):
        if pending >= 0:
            s = pending
            pending = -1
        elif s >= stop_at and s in stops:  # type: ignore[operator]
            add_start(s)
            return starts, ends
        last = text[e - 1]
        if last.isspace():
            e -= 1
            while text[e - 1].isspace():
                e -= 1
            last = text[e - 1]
        if last == "." and text[e - 2 : e - 1] != ".":
            # _continues, inlined (this runs at every period): the common cases first
            nxt = text[e : e + 4].lstrip(" \t")[:1]
            if nxt and not nxt.isspace():
                if nxt.islower():
                    pending = s
                    continue
                sp = text.rfind(" ", s, e)
                if sp < s:
                    sp = s - 1
                # a token longer than every abbreviation (lowercasing never shortens
                # it) is no abbreviation or initial unless openers precede it
                if e - 2 - sp <= abbrev_max or text[sp + 1] in openers:
                    raw = text[sp + 1 : e - 1].lstrip(openers)
                    token = raw.lower()
                    if token in abbrev:
                        if not ends_anyway(raw, nxt, text[max(s, sp - 7):sp + 1]):
                            pending = s
                            continue
                    elif len(token) == 1 and token.isalpha() and not labelled_letter(
                            raw, nxt, text[max(s, sp - 24):sp + 1]):
                        pending = s
                        continue
                    elif title_or_day(raw, text[max(s, sp - 11):sp + 1], text[e:e + 16]):
                        pending = s  # "Dr. med. Anna", "am 3. März"
                        continue
        # a sentence starting with a letter or digit has a word ([^\W_] is isalnum)
        if text[s].isalnum() or has_word(text, s, e):
            add_start(s)
            add_end(e)
    if pending >= 0:
        e = len(text.rstrip())
        if has_word(text, pending, e):
            add_start(pending)
            add_end(e)
    return starts, ends


# Characters of unchanged text kept between an edit and the sentence bounds taken over
# from the text before it: every look of the splitter past a sentence's end (the next
# characters, a day or title after it: at most 16) stays inside them.
_RESYNC = 64


def _bounds_after_edit(old: str, old_starts: list[int], old_ends: list[int],
                       new: str) -> tuple[list[int], list[int]]:
    """_sentence_bounds(new), given the bounds of `old`: the sentences of the text both
    share at the front are kept, those of the text they share at the end are shifted,
    and only the span between them is split again. Same bounds (a sentence start that
    does not continue an abbreviation's sentence depends on nothing before it, and a
    sentence's end on at most 16 characters after it)."""
    n_old, n_new = len(old), len(new)
    most = min(n_old, n_new)
    lo, hi = 0, most  # the longest common prefix, by halving (C-level compares)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, most - prefix  # the longest common suffix that does not overlap it
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[n_old - mid:] == new[n_new - mid:]:
            lo = mid
        else:
            hi = mid - 1
    delta = n_new - n_old
    # the old sentences starting at least _RESYNC into the shared front are kept but
    # the last of them, which is split again from its start
    k = max(bisect_right(old_starts, prefix - _RESYNC) - 1, 0)
    pos = old_starts[k] if k else 0
    stop_at = n_new - lo + _RESYNC
    first = bisect_left(old_starts, stop_at - delta)
    stops = {old_starts[j] + delta: j for j in range(first, len(old_starts))}
    starts, ends = _sentence_bounds(new, pos, stop_at, stops)
    if len(starts) > len(ends):  # stopped at a start the old text had: the rest is shifted
        j = stops[starts.pop()]
        starts += [x + delta for x in old_starts[j:]]
        ends += [x + delta for x in old_ends[j:]]
    return old_starts[:k] + starts, old_ends[:k] + ends


class Analyzer:
    """Readability of texts in one language, cached per sentence text.

    Re-analysing a text after an edit costs one split (a regex) plus dictionary
    look-ups; only new or changed sentences are counted again (see `misses`).
    """

    def __init__(self, lang: str, sentence_cache: bool = True) -> None:
        self.sentence_cache = sentence_cache  # False: every sentence counted afresh
        self.lang = base_lang(lang)
        self._en = self.lang == "en"
        self.requested_lang = lang
        self.approximate = is_approximate(lang)
        self._count = syllable_counter(lang)
        self._complex = complex_words(self.lang)
        self._common = common_words(self.lang)
        self._passive, self._is_participle, triggers = passive_pattern(self.lang) or (
            None,
            _no,
            frozenset(),
        )
        # the trigger test runs on whitespace tokens: "(was" and "“is" count too
        self._triggers = triggers | {q + t for t in triggers for q in _OPENERS}
        self._hard_min = 4 if self.lang == "es" else 3  # Spanish words run longer
        self._words: dict[str, tuple[int, int, int, int, int, int]] = {}
        self._packed: dict[str, int] = {}
        # whitespace-separated token ("depression.", "(SSRIs),") -> the packed counts of
        # the words in it: a sentence's totals are then str.split() and one C-level sum,
        # no regex (words never span whitespace, so the totals are the same)
        self._tokens: dict[str, int] = {}
        # word -> what it alone decides about its hardness (ComplexWords.word_kind)
        self._kinds: dict[str, WordKind] = {}
        self._cache: dict[str, _Core] = {}
        self._last: tuple[str, TextReport] | None = None
        # the last text's sentence bounds, so an edit splits again only what it changed
        self._bounds: tuple[str, list[int], list[int]] | None = None
        self.hits = 0
        self.misses = 0

    # ------------------------------------------------------------ words

    def _word(self, w: str) -> tuple[int, int, int, int, int, int]:
        """(syllables, polysyllable, monosyllable, long word, letters, hard) of a word."""
        info = self._words.get(w)
        if info is None and w[:1].isdecimal() and len(w) <= _PHONE_CHARS and (
                (_PHONE.fullmatch(w) and sum(map(str.isdecimal, w)) >= _PHONE_DIGITS)
                or (w.isdecimal() and read_digit_by_digit(w))):
            # a phone number, or a code the language reads digit by digit (988, 024)
            return self._phone(w)
        if info is None:
            syl = self._count(w)
            letters = len(w)
            lower = w.lower()
            hard = int(
                syl >= self._hard_min
                and not w[:1].isdecimal()
                and lower not in self._common
                and _stem(lower) not in self._common
                and not (w.isupper() and len(w) > 1)
            )
            info = (syl, int(syl >= 3), int(syl == 1), int(letters > 6), letters, hard)
            if len(self._words) > 200_000:
                self._words.clear()
                self._packed.clear()
                self._tokens.clear()
            self._words[w] = info
            # the counts packed in one int, 24 bits each, so a sentence's totals are one
            # C-level sum() over its words
            self._packed[w] = (
                syl | info[1] << _B1 | info[2] << _B2 | info[3] << _B3 | letters << _B4
                | 1 << _B5
            )
        return info

    def _phone(self, w: str) -> tuple[int, int, int, int, int, int]:
        """A phone number is read aloud digit by digit ("one, eight, zero, zero, ...";
        a letter group such as HELP as the word it spells): a word per digit, none
        polysyllabic, long or hard. Counted as one long word it gave "Call 1-800-662-4357
        any time." grade 18.4, so a required crisis line could push a plain handout over
        its ceiling."""
        counts = [self._count(g if g.isdecimal() else g.lower())
                  for g in _PHONE_PART.findall(w)]
        syl = sum(counts)
        mono = sum(c == 1 for c in counts)
        info = (syl, 0, mono, 0, len(w), 0)
        self._words[w] = info
        self._packed[w] = syl | mono << _B2 | len(w) << _B4 | len(counts) << _B5
        return info

    # ------------------------------------------------------------ sentences

    def _core(self, text: str) -> _Core:
        core = self._cache.get(text) if self.sentence_cache else None
        if core is not None:
            self.hits += 1
            return core
        self.misses += 1
        core = self._analyze_sentence(text)
        if not self.sentence_cache:
            return core
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.pop(next(iter(self._cache)))
        self._cache[text] = core
        return core

    def _token(self, tok: str) -> int:
        """Packed counts of the words in one whitespace-separated token (cached)."""
        packed, word = self._packed, self._word
        # the trigger test is on whole whitespace tokens ("was", "(was"), as before
        total = (tok in self._triggers) << _B6
        for w in (_findall_words_no_underscore if "_" not in tok else _findall_words)(tok):
            p = packed.get(w)
            if p is None:
                word(w)
                p = packed[w]
            total += p
        if len(self._tokens) > 300_000:
            self._tokens.clear()
        self._tokens[tok] = total
        return total

    def _analyze_sentence(self, text: str) -> _Core:
        """Counts and flags of one sentence."""
        toks = text.split()
        get = self._tokens.get
        try:
            # every token seen before (the common case): one C-level pass, no list
            total = sum(map(get, toks))  # type: ignore[arg-type]
        except TypeError:
            token = self._token
            total = sum([p if p is not None else token(t)
                         for p, t in zip(map(get, toks), toks, strict=True)])
        n = total >> _B5 & _MASK
        if n:
            syl, poly = total & _MASK, total >> _B1 & _MASK
            if self._en:
                # F.smog_grade / F.flesch_kincaid_grade for one sentence, inlined (the
                # same float operations, so the same values): this runs per sentence
                smog = 1.0430 * _sqrt(poly * _SMOG_SAMPLE / 1) + 3.1291
                fk = 0.39 * (n / 1) + 11.8 * (syl / n) - 15.59
                grade = smog if smog >= fk else fk
            else:
                grade = self._grade(n, 1, syl, poly, total >> _B4 & _MASK,
                                    total >> _B2 & _MASK, total >> _B3 & _MASK)
        else:
            grade = None
        if total >> _B6:
            # a trigger word is there: passive voice is looked for when first read
            return _Core(grade, None if self._passive is not None else False, total & _NO_B6)
        return _Core(grade, False, total)

    def _passive_in(self, text: str) -> bool:
        """Passive voice in a sentence one of whose whitespace tokens is a trigger (a
        form of be/get, ser); other sentences are not passive without a look."""
        part = self._is_participle
        return any(part(m.group(1).lower())
                   for m in self._passive.finditer(text))  # type: ignore[union-attr]

    def _hard_words(self, text: str) -> list[Candidate]:
        """Hard-word candidates of one sentence (see complex.py), in text order."""
        spans = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        return self._complex.candidates(text, spans, lambda w: bool(self._word(w)[5]),
                                        self._kinds)

    # ------------------------------------------------------------ formulas

    def _grade(self, w: int, s: int, y: int, p: int, letters: int, mono: int, longw: int) -> float:
        lang = self.lang
        if lang == "en":
            return max(F.smog_grade(p, s), F.flesch_kincaid_grade(w, s, y))
        if lang == "es":
            return F.sol_grade(p, s)
        if lang == "de":
            return F.wiener_sachtextformel_1(w, s, p, longw, mono)
        if lang == "fr":
            return F.ease_to_grade(F.kandel_moles(w, s, y))
        if lang == "it":
            return F.gulpease_to_grade(F.gulpease(w, s, letters))
        return F.automated_readability_index(w, s, letters)

    def _formulas(
        self, w: int, s: int, y: int, p: int, letters: int, mono: int, longw: int
    ) -> list[FormulaResult]:
        def grade_result(name: str, value: float) -> FormulaResult:
            return FormulaResult(name, value, F.grade_band(value), value)

        def ease_result(name: str, value: float, band: str) -> FormulaResult:
            return FormulaResult(name, value, band, F.ease_to_grade(value))

        lang = self.lang
        out: list[FormulaResult] = []
        if lang == "en":
            fre = F.flesch_reading_ease(w, s, y)
            out += [
                ease_result("Flesch Reading Ease", fre, F.flesch_band(fre)),
                grade_result("Flesch-Kincaid Grade", F.flesch_kincaid_grade(w, s, y)),
                grade_result("SMOG", F.smog_grade(p, s)),
                grade_result("Gunning Fog", F.gunning_fog(w, s, p)),
                grade_result("Coleman-Liau", F.coleman_liau(w, s, letters)),
                grade_result(
                    "Automated Readability Index", F.automated_readability_index(w, s, letters)
                ),
            ]
        elif lang == "es":
            fh = F.fernandez_huerta(w, s, y)
            sp = F.szigriszt_pazos(w, s, y)
            out += [
                ease_result("Fernández Huerta (corrected)", fh, F.flesch_band(fh)),
                ease_result("Szigriszt-Pazos (INFLESZ)", sp, F.inflesz_band(sp)),
                grade_result("SOL", F.sol_grade(p, s)),
            ]
        elif lang == "de":
            am = F.amstad(w, s, y)
            out += [
                ease_result("Amstad", am, F.flesch_band(am)),
                grade_result(
                    "Wiener Sachtextformel 1", F.wiener_sachtextformel_1(w, s, p, longw, mono)
                ),
            ]
        elif lang == "fr":
            km = F.kandel_moles(w, s, y)
            out.append(ease_result("Kandel & Moles", km, F.flesch_band(km)))
        elif lang == "it":
            gu = F.gulpease(w, s, letters)
            out.append(FormulaResult("Gulpease", gu, F.gulpease_band(gu), F.gulpease_to_grade(gu)))
        if lang not in ("en",):
            out.append(
                grade_result(
                    "Automated Readability Index", F.automated_readability_index(w, s, letters)
                )
            )
        return out

    def headline_name(self) -> str:
        return {
            "en": "higher of SMOG and Flesch-Kincaid",
            "es": "SOL (Spanish SMOG as a US grade)",
            "de": "Wiener Sachtextformel 1",
            "fr": "Kandel & Moles as a grade",
            "it": "Gulpease as a grade",
        }.get(self.lang, "Automated Readability Index")

    # ------------------------------------------------------------ text

    def analyze(self, text: str) -> TextReport:
        """The report for `text`; sentences seen before are not counted again."""
        last = self._last
        if last is not None and last[0] == text and self.sentence_cache:
            return last[1]
        # with the sentence cache off, every sentence is counted afresh: straight to
        # _analyze_sentence (misses are added once, below)
        core_of = self._core if self.sentence_cache else self._analyze_sentence
        sentences: list[SentenceReport] = []
        ctx = TextContext(text, self.lang)
        packs: list[int] = []
        append, keep = sentences.append, packs.append
        bounds = self._bounds
        if bounds is not None and self.sentence_cache:
            starts, ends = _bounds_after_edit(*bounds, text)
        else:
            starts, ends = _sentence_bounds(text)
        if self.sentence_cache:
            self._bounds = (text, starts, ends)
        for start, end in zip(starts, ends, strict=True):
            stext = text[start:end]
            c = core_of(stext)
            keep(c.packed)
            append(SentenceReport(start, end, stext, c, self, ctx))
        total = sum(packs)
        # words of run-on sentences (the top field of the packed counts): none unless
        # the largest sentence is one
        run_on = 0
        if packs and max(packs) >> _B5 > RUN_ON_WORDS:
            run_on = sum(n for n in (q >> _B5 for q in packs) if n > RUN_ON_WORDS)
        # one field of the packed sum holds 2**24: enough unless the text is huge (a
        # character reads as at most 3 syllables, "W"), then the fields are summed apart
        if len(text) * 3 < _MASK:
            w, y, p = total >> _B5 & _MASK, total & _MASK, total >> _B1 & _MASK
            mono, longw, letters = total >> _B2 & _MASK, total >> _B3 & _MASK, total >> _B4 & _MASK
        else:
            w = sum(s._core.words for s in sentences)
            y = sum(s._core.syllables for s in sentences)
            p = sum(s._core.polysyllables for s in sentences)
            letters = sum(s._core.letters for s in sentences)
            mono = sum(s._core.monosyllables for s in sentences)
            longw = sum(s._core.long_words for s in sentences)
        if not self.sentence_cache:
            self.misses += len(sentences)
        ctx.sentences = sentences
        report = self._report(sentences, w, y, p, letters, mono, longw, ctx, run_on)
        self._last = (text, report)
        return report

    def _report(
        self,
        sentences: list[SentenceReport],
        w: int,
        y: int,
        p: int,
        letters: int,
        mono: int,
        longw: int,
        ctx: TextContext,
        run_on: int,
    ) -> TextReport:
        """`run_on`: words in sentences of more than RUN_ON_WORDS words."""
        s = len(sentences)
        too_little = w < MIN_WORDS or s == 0
        no_ends = not too_little and run_on * 2 > w
        if too_little or no_ends:
            formulas: list[FormulaResult] = []
            grade = None
            band = "too little text to score" if too_little else "no sentence ends: not graded"
        else:
            formulas = self._formulas(w, s, y, p, letters, mono, longw)
            grade = self._grade(w, s, y, p, letters, mono, longw)
            band = F.grade_band(grade)
        return TextReport(
            self.lang,
            grade,
            self.headline_name(),
            band,
            formulas,
            sentences,
            w,
            s,
            y,
            p,
            letters,
            too_little,
            self.approximate,
            ctx,
            no_ends,
        )

    def clear(self) -> None:
        self._cache.clear()
        self._last = None
        self._bounds = None


def _no(word: str) -> bool:
    return False


def _stem(word: str) -> str:
    """Crude singular/base form so "families" and "medicines" match common words."""
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ing", ""), ("ly", "")):
        if word.endswith(suf) and len(word) > len(suf) + 3:
            return word[: -len(suf)] + rep
    return word


_ANALYZERS: dict[str, Analyzer] = {}


def analyze_text(text: str, lang: str = "en") -> TextReport:
    """Readability of `text` in `lang` with a shared, cached Analyzer per language."""
    key = lang.strip().lower()
    analyzer = _ANALYZERS.get(key)
    if analyzer is None:
        analyzer = _ANALYZERS[key] = Analyzer(lang)
    return analyzer.analyze(text)
