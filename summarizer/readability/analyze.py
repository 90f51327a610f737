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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from summarizer.model import Span
from summarizer.readability import formulas as F
from summarizer.readability.lexicon import common_words, lexicon
from summarizer.readability.passive import passive_pattern
from summarizer.readability.syllables import base_lang, is_approximate, syllable_counter

MIN_WORDS = 3
LONG_SENTENCE = 20  # words; plain-language guidance (PlainLanguage.gov, CDC): 20 or fewer
CACHE_LIMIT = 50_000  # sentences kept per Analyzer

# Words: letters/digits with inner apostrophes or hyphens; numbers with , and . inside.
WORD_RE = re.compile(r"\d+(?:[.,]\d+)*(?:[^\W_]+)?|[^\W\d_][^\W_]*(?:['’\-][^\W_]+)*")
_BOUNDARY = re.compile(r"\n|[.!?…]+[\"'”’»)\]]*(?=\s|$)")
_HAS_WORD = re.compile(r"[^\W_]")
_PREV_TOKEN = re.compile(r"(\S+)$")
_ABBREV = frozenset(
    "dr drs mr mrs ms prof st sr jr vs etc e.g i.e eg ie fig figs no nos vol approx "
    "inc ltd co corp dept est min max mg ml al u.s u.k jan feb mar apr jun jul aug sep "
    "sept oct nov dec dra sra srta ud uds pág p pp núm tel art cap ej aprox".split()
)


@dataclass(frozen=True, slots=True)
class HardWord:
    word: str
    span: Span  # offsets into the analysed text
    reason: str  # "jargon" (with plainer alternatives) or "long word"
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SentenceReport:
    span: Span
    text: str
    words: int
    syllables: int
    polysyllables: int
    letters: int
    grade: float | None
    long: bool
    passive: bool
    hard_words: list[HardWord] = field(default_factory=list)
    monosyllables: int = 0
    long_words: int = 0  # more than 6 letters (Wiener Sachtextformel)


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


@dataclass(frozen=True, slots=True)
class _Core:
    """What a sentence's text alone decides; offsets relative to the sentence."""

    words: int
    syllables: int
    polysyllables: int
    letters: int
    monosyllables: int
    long_words: int
    grade: float | None
    passive: bool
    hard: tuple[tuple[str, int, int, str, tuple[str, ...]], ...]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence: split at line breaks and at sentence ends."""
    out: list[tuple[int, int]] = []
    start = 0
    has_word = _HAS_WORD.search
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() != "\n" and m.group() == ".":
            prev = _PREV_TOKEN.search(text, max(start, m.start() - 24), m.start())
            token = prev.group(1).lower().lstrip("(\"'“‘¿¡") if prev else ""
            nxt = text[end:end + 3].lstrip()[:1]
            if token in _ABBREV or (len(token) == 1 and token.isalpha()) or (
                nxt and nxt.islower()
            ):
                continue
        _emit(text, start, end, out, has_word)
        start = end
    _emit(text, start, len(text), out, has_word)
    return out


def _emit(
    text: str, start: int, end: int, out: list[tuple[int, int]],
    has_word: Callable[[str, int, int], re.Match[str] | None],
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and has_word(text, start, end):
        out.append((start, end))




class Analyzer:
    """Readability of texts in one language, cached per sentence text.

    Re-analysing a text after an edit costs one split (a regex) plus dictionary
    look-ups; only new or changed sentences are counted again (see `misses`).
    """

    def __init__(self, lang: str) -> None:
        self.lang = base_lang(lang)
        self.requested_lang = lang
        self.approximate = is_approximate(lang)
        self._count = syllable_counter(lang)
        self._lexicon = lexicon(self.lang)
        self._common = common_words(self.lang)
        self._passive = passive_pattern(self.lang)
        self._hard_min = 4 if self.lang == "es" else 3  # Spanish words run longer
        self._words: dict[str, tuple[int, int, int, int, int, int]] = {}
        self._cache: dict[str, _Core] = {}
        self._last: tuple[str, TextReport] | None = None
        self.hits = 0
        self.misses = 0

    # ------------------------------------------------------------ words

    def _word(self, w: str) -> tuple[int, int, int, int, int, int]:
        """(syllables, polysyllable, monosyllable, long word, letters, hard) of a word."""
        info = self._words.get(w)
        if info is None:
            syl = self._count(w)
            letters = len(w)
            lower = w.lower()
            hard = int(
                syl >= self._hard_min
                and not w[:1].isdigit()
                and lower not in self._common
                and _stem(lower) not in self._common
                and not (w.isupper() and len(w) > 1)
            )
            info = (syl, int(syl >= 3), int(syl == 1), int(letters > 6), letters, hard)
            if len(self._words) > 200_000:
                self._words.clear()
            self._words[w] = info
        return info

    # ------------------------------------------------------------ sentences

    def _core(self, text: str) -> _Core:
        core = self._cache.get(text)
        if core is not None:
            self.hits += 1
            return core
        self.misses += 1
        core = self._analyze_sentence(text)
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.pop(next(iter(self._cache)))
        self._cache[text] = core
        return core

    def _analyze_sentence(self, text: str) -> _Core:
        words = WORD_RE.findall(text)
        get = self._words.get
        infos = [get(w) or self._word(w) for w in words]
        if infos:
            syl, poly, mono, longw, letters, hard = (sum(col) for col in zip(*infos, strict=True))
        else:
            syl = poly = mono = longw = letters = hard = 0
        n = len(words)
        hard_words: list[tuple[str, int, int, str, tuple[str, ...]]] = []
        lex = self._lexicon
        lowered: list[str] | None = None
        if lex.entries:
            lowered = [w.lower() for w in words]
            if lex.firsts.isdisjoint(lowered) and not lex.plural_suffixes:
                lowered = None
        if hard or lowered is not None:
            hard_words = self._hard_words(text, words, infos, lowered)
        passive = bool(self._passive.search(text)) if self._passive is not None else False
        grade = self._grade(n, 1, syl, poly, letters, mono, longw) if n else None
        return _Core(n, syl, poly, letters, mono, longw, grade, passive, tuple(hard_words))

    def _hard_words(
        self, text: str, words: list[str],
        infos: list[tuple[int, int, int, int, int, int]], lowered: list[str] | None,
    ) -> list[tuple[str, int, int, str, tuple[str, ...]]]:
        spans = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        out: list[tuple[str, int, int, str, tuple[str, ...]]] = []
        covered: set[int] = set()
        if lowered is not None:
            for i, k, entry in self._lexicon.find(lowered):
                s, e = spans[i][0], spans[i + k - 1][1]
                out.append((text[s:e], s, e, "jargon", entry.alternatives))
                covered.update(range(i, i + k))
        for i, info in enumerate(infos):
            if info[5] and i not in covered:
                s, e = spans[i]
                out.append((words[i], s, e, "long word", ()))
        out.sort(key=lambda h: h[1])
        return out

    # ------------------------------------------------------------ formulas

    def _grade(self, w: int, s: int, y: int, p: int, letters: int, mono: int,
               longw: int) -> float:
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

    def _formulas(self, w: int, s: int, y: int, p: int, letters: int, mono: int,
                  longw: int) -> list[FormulaResult]:
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
                grade_result("Automated Readability Index",
                             F.automated_readability_index(w, s, letters)),
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
                grade_result("Wiener Sachtextformel 1",
                             F.wiener_sachtextformel_1(w, s, p, longw, mono)),
            ]
        elif lang == "fr":
            km = F.kandel_moles(w, s, y)
            out.append(ease_result("Kandel & Moles", km, F.flesch_band(km)))
        elif lang == "it":
            gu = F.gulpease(w, s, letters)
            out.append(FormulaResult("Gulpease", gu, F.gulpease_band(gu),
                                     F.gulpease_to_grade(gu)))
        if lang not in ("en",):
            out.append(grade_result("Automated Readability Index",
                                    F.automated_readability_index(w, s, letters)))
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
        if last is not None and last[0] == text:
            return last[1]
        core_of = self._core
        sentences: list[SentenceReport] = []
        w = y = p = letters = mono = longw = 0
        for start, end in split_sentences(text):
            stext = text[start:end]
            c = core_of(stext)
            w += c.words
            y += c.syllables
            p += c.polysyllables
            letters += c.letters
            mono += c.monosyllables
            longw += c.long_words
            hard = [HardWord(h[0], Span(start + h[1], start + h[2]), h[3], h[4])
                    for h in c.hard] if c.hard else []
            sentences.append(SentenceReport(
                Span(start, end), stext, c.words, c.syllables, c.polysyllables, c.letters,
                c.grade, c.words > LONG_SENTENCE, c.passive, hard, c.monosyllables,
                c.long_words,
            ))
        report = self._report(sentences, w, y, p, letters, mono, longw)
        self._last = (text, report)
        return report

    def _report(self, sentences: list[SentenceReport], w: int, y: int, p: int, letters: int,
                mono: int, longw: int) -> TextReport:
        s = len(sentences)
        too_little = w < MIN_WORDS or s == 0
        if too_little:
            formulas: list[FormulaResult] = []
            grade = None
            band = "too little text to score"
        else:
            formulas = self._formulas(w, s, y, p, letters, mono, longw)
            grade = self._grade(w, s, y, p, letters, mono, longw)
            band = F.grade_band(grade)
        return TextReport(self.lang, grade, self.headline_name(), band, formulas, sentences, w,
                          s, y, p, letters, too_little, self.approximate)

    def clear(self) -> None:
        self._cache.clear()
        self._last = None


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
