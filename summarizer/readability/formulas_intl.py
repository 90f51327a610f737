"""Reading grade for languages beyond the engine's own, and an honest "not measured".

`analyze.py` has validated headline formulas for en, es, de, fr and it; for any other
language it fell back to the Automated Readability Index, an English formula (letters
per word) that reads Chinese as grade 28. Here a language gets either a formula
published and validated for it, cited below, or `NoValidatedFormula`, which callers
report as "no validated formula for xx" instead of a number.

Formulas (inputs per the papers; grades are school grades, comparable to US grades):
- ru: Oborneva (2006), Flesch-Kincaid re-fitted on Russian texts:
  grade = 0.5 * words/sentence + 8.4 * syllables/word - 15.59
  (И. В. Оборнева, "Автоматизированная оценка сложности учебных текстов на основе
  статистических параметров", Moscow, 2006). Russian syllables = vowel letters, exactly.
- pt: Martins, Ghiraldelo, Nunes & Oliveira (1996), Flesch reading ease for Brazilian
  Portuguese: ease = 248.835 - 1.015 * words/sentence - 84.6 * syllables/word, with their
  bands (75-100 grades 1-4, 50-75 grades 5-8, 25-50 high school, 0-25 university) read
  as a grade at each band's middle. Syllables from hyphenation: approximate.
- ar: Al-Heeti (1984), grade = 4.414 * letters/word - 13.468 (as cited by El-Haj &
  Rayson 2016, "OSMAN - a novel Arabic readability metric", LREC).
- vi: Nguyen & Henkin (1982), "A readability formula for Vietnamese", Journal of
  Reading 26(3): grade = 2 * letters/word + 0.2 * words/sentence - 6, where a "word" is
  a space-separated syllable as Vietnamese is written.
Chinese, Japanese, Korean and others: the published formulas need graded character or
word lists that summarizer does not ship, so there is no number, only the finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# Languages whose headline formula lives in analyze.py (validated for that language).
ENGINE_LANGS = frozenset({"en", "es", "de", "fr", "it"})
INTL_LANGS = frozenset({"ru", "pt", "ar", "vi"})
MIN_WORDS = 30

_SENTENCE_END = re.compile(r"[.!?…。！？؟]+(?=\s|$)|[。！？]+|\n+")
_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_RU_VOWELS = re.compile(r"[аеёиоуыэюяАЕЁИОУЫЭЮЯ]")


class NoValidatedFormula(LookupError):
    """No readability formula validated for this language ships with summarizer."""

    def __init__(self, lang: str) -> None:
        super().__init__(f"no validated formula for {lang}")
        self.lang = lang


@dataclass(frozen=True, slots=True)
class IntlReport:
    """The parts of a readability report that the gate and the footer use."""

    lang: str
    headline_grade: float | None
    headline_name: str
    words: int
    sentences: int
    approximate: bool

    @property
    def too_little_text(self) -> bool:
        return self.headline_grade is None


def base(lang: str) -> str:
    return re.split(r"[-_]", lang.strip().lower() or "en", maxsplit=1)[0]


def has_validated_formula(lang: str) -> bool:
    code = base(lang)
    return code in ENGINE_LANGS or code in INTL_LANGS


def _sentences(text: str) -> list[str]:
    parts = _SENTENCE_END.split(text)
    return [p for p in parts if _WORD.search(p)]


@cache
def _pt_hyphenator() -> object:
    import pyphen

    return pyphen.Pyphen(lang="pt_BR")


def _pt_syllables(word: str) -> int:
    return len(_pt_hyphenator().positions(word)) + 1  # type: ignore[attr-defined]


def martins_grade(ease: float) -> float:
    """Martins et al.'s Portuguese ease bands, read as a school grade (band middles)."""
    if ease >= 75:
        return 2.5
    if ease >= 50:
        return 6.5
    if ease >= 25:
        return 10.5
    return 14.0


def intl_report(text: str, lang: str) -> IntlReport:
    """Grade of `text` for ru, pt, ar or vi; NoValidatedFormula for any other language."""
    code = base(lang)
    if code not in INTL_LANGS:
        raise NoValidatedFormula(code)
    sentences = _sentences(text)
    words = [w for s in sentences for w in _WORD.findall(s)]
    n_w, n_s = len(words), max(len(sentences), 1)
    if n_w < MIN_WORDS:
        return IntlReport(code, None, "", n_w, len(sentences), False)
    wps = n_w / n_s
    letters = sum(len(w) for w in words) / n_w
    if code == "ru":
        syl = sum(max(1, len(_RU_VOWELS.findall(w))) for w in words) / n_w
        grade, approx = 0.5 * wps + 8.4 * syl - 15.59, False
        name = "Oborneva (Russian Flesch-Kincaid)"
    elif code == "pt":
        syl = sum(_pt_syllables(w) for w in words) / n_w
        ease = 248.835 - 1.015 * wps - 84.6 * syl
        grade, name, approx = martins_grade(ease), "Flesch for Portuguese (Martins 1996)", True
    elif code == "ar":
        grade, name, approx = 4.414 * letters - 13.468, "Al-Heeti (Arabic)", False
    else:  # vi
        grade, name, approx = 2 * letters + 0.2 * wps - 6, "Nguyen & Henkin (Vietnamese)", False
    return IntlReport(code, round(max(grade, 0.0), 1), name, n_w, len(sentences), approx)


def analyze_for_grade(text: str, lang: str) -> object:
    """The report a grade is read from: analyze.py's for its own languages, ours for
    ru/pt/ar/vi, and NoValidatedFormula (a LookupError) for every other language.

    The gate and the PDF footer call this so that no language is graded with a formula
    made for another one.
    """
    code = base(lang)
    if code in ENGINE_LANGS:
        from summarizer.readability.analyze import analyze_text

        return analyze_text(text, code)
    return intl_report(text, code)
