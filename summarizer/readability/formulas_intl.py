"""Reading grade for languages beyond the engine's own, and an honest "not measured".

`analyze.py` has validated headline formulas for en, es, de, fr and it; for any other
language it fell back to the Automated Readability Index, an English formula (letters
per word) that reads Chinese as grade 28. Here a language gets either a formula
published and validated for it, cited below, or `NoValidatedFormula`, which callers
report as "no validated formula for xx" instead of a number.

Formulas (inputs per the papers; grades are school grades, comparable to US grades).
Each was checked against a source that states its coefficients (November 2026):
- ru: Oborneva (2006), Flesch-Kincaid re-fitted on Russian texts:
  grade = 0.5 * words/sentence + 8.4 * syllables/word - 15.59
  (И. В. Оборнева, "Автоматизированная оценка сложности учебных текстов на основе
  статистических параметров", Moscow, 2006; the same coefficients are the "fiction"
  preset of the ruTS library, readability_stats.py, which cites Oborneva 2005/2006).
  Russian syllables = vowel letters, exactly.
- pt: Martins, Ghiraldelo, Nunes & Oliveira (1996), "Readability formulas applied to
  textbooks in Brazilian Portuguese", Notas do ICMC-USP, Série Computação 28 (NILC):
  ease = 248.835 - 1.015 * words/sentence - 84.6 * syllables/word (Flesch with 42 added
  to the constant), with their bands (75-100 grades 1-4, 50-75 grades 5-8, 25-50 high
  school, 0-25 university) read as a grade at each band's middle. Syllables from
  hyphenation: approximate.
- ar: Al-Heeti (1984), "Judgment analysis technique applied to readability prediction
  of Arabic reading material", doctoral dissertation, University of Northern Colorado,
  pp. 102-106, policy one: grade = 4.41434307 * letters/word - 13.46873475 (letters
  only: harakat and the tatweel are marks, not letters; as implemented in Wordless,
  wl_measures_readability.py). AARI (Al-Tamimi et al. 2014) is not used: its output is
  a band score from raw character counts, not a grade.
- vi: none. Nguyen & Henkin (1982, 1985) could not be checked against a source that
  states the coefficients, and the formula that can (Luong, Nguyen & Dinh 2018, KSE)
  needs a list of 1,000 easy syllables summarizer does not ship and gives a difficulty
  level, not a grade. So Vietnamese is "no validated formula for vi", like Chinese.
Chinese, Japanese, Korean and others: the published formulas need graded character or
word lists that summarizer does not ship, so there is no number, only the finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# Languages whose headline formula lives in analyze.py (validated for that language).
ENGINE_LANGS = frozenset({"en", "es", "de", "fr", "it"})
INTL_LANGS = frozenset({"ru", "pt", "ar"})
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


def _letters_only(text: str) -> str:
    """NFC text without combining marks (Arabic harakat, a stray combining accent) or the
    Arabic tatweel: marks belong to their letter, so they neither split a word nor count
    as letters."""
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if c != "\u0640" and unicodedata.category(c) != "Mn")


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
    """Grade of `text` for ru, pt or ar; NoValidatedFormula for any other language."""
    code = base(lang)
    if code not in INTL_LANGS:
        raise NoValidatedFormula(code)
    sentences = _sentences(_letters_only(text))
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
    else:  # ar
        grade, name, approx = 4.41434307 * letters - 13.46873475, "Al-Heeti (Arabic)", False
    return IntlReport(code, round(max(grade, 0.0), 1), name, n_w, len(sentences), approx)


def analyze_for_grade(text: str, lang: str) -> object:
    """The report a grade is read from: analyze.py's for its own languages, ours for
    ru/pt/ar, and NoValidatedFormula (a LookupError) for every other language.

    The gate and the PDF footer call this so that no language is graded with a formula
    made for another one.
    """
    code = base(lang)
    if code in ENGINE_LANGS:
        from summarizer.readability.analyze import analyze_text

        return analyze_text(text, code)
    return intl_report(text, code)
