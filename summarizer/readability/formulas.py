"""Readability formulas as pure functions of counts, with their published coefficients.

Every function takes counts (never text) so the analyser can sum counts per sentence
and re-score in microseconds, and so tests can check each formula by hand. Callers
guarantee words > 0 and sentences > 0 (the analyser reports "too little text"
instead of calling with zeros).

Abbreviations: W words, S sentences, Y syllables, P polysyllables (3+ syllables),
L letters (characters in words).
"""

from __future__ import annotations

import itertools
import math

# ------------------------------------------------------------------ English

def flesch_reading_ease(words: int, sentences: int, syllables: int) -> float:
    # Flesch, R. (1948). A new readability yardstick. J. Applied Psychology 32:221-233.
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    # Kincaid, Fishburne, Rogers & Chissom (1975), Navy research branch report 8-75.
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


# McLaughlin calibrated SMOG on samples of 30 sentences; a shorter text has its long
# words scaled up to that sample (SOL, the Spanish SMOG, likewise).
SMOG_SAMPLE = 30


def smog_grade(polysyllables: int, sentences: int) -> float:
    # McLaughlin, G. H. (1969). SMOG grading: a new readability formula.
    # J. Reading 12(8):639-646; the regression form, scaled to SMOG_SAMPLE sentences.
    return 1.0430 * math.sqrt(polysyllables * SMOG_SAMPLE / sentences) + 3.1291


def gunning_fog(words: int, sentences: int, complex_words: int) -> float:
    # Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.
    # complex words = 3+ syllables (we do not drop names, compounds or -es/-ed/-ing).
    return 0.4 * ((words / sentences) + 100 * (complex_words / words))


def coleman_liau(words: int, sentences: int, letters: int) -> float:
    # Coleman, M. & Liau, T. L. (1975). A computer readability formula designed for
    # machine scoring. J. Applied Psychology 60(2):283-284.
    per100_letters = letters / words * 100
    per100_sentences = sentences / words * 100
    return 0.0588 * per100_letters - 0.296 * per100_sentences - 15.8


def automated_readability_index(words: int, sentences: int, letters: int) -> float:
    # Smith, E. A. & Senter, R. J. (1967). Automated Readability Index. AMRL-TR-66-220.
    return 4.71 * (letters / words) + 0.5 * (words / sentences) - 21.43


# ------------------------------------------------------------------ Spanish

def fernandez_huerta(words: int, sentences: int, syllables: int) -> float:
    # Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. Consigna 214.
    # Corrected form: Law, G. (2011) showed the printed sentence term (words per
    # sentence scaled as sentences per 100 words) runs the wrong way; with words per
    # sentence the formula agrees with Flesch: 206.84 - 60 Y/W - 1.02 W/S.
    return 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences)


def szigriszt_pazos(words: int, sentences: int, syllables: int) -> float:
    # Szigriszt Pazos, F. (1993). Sistemas predictivos de legibilidad del mensaje
    # escrito: fórmula de perspicuidad. Tesis doctoral, Univ. Complutense de Madrid.
    return 206.835 - 62.3 * (syllables / words) - (words / sentences)


def sol_grade(polysyllables: int, sentences: int) -> float:
    # Contreras, A., García-Alonso, R., Echenique, M. & Daye-Contreras, F. (1999).
    # The SOL formulas for converting SMOG readability scores between health education
    # materials written in Spanish, English, and French. J. Health Commun. 4(1):21-29.
    # SOL = -2.51 + 0.74 * SMOG, SMOG counted on the Spanish text; a US grade.
    return -2.51 + 0.74 * smog_grade(polysyllables, sentences)


# ------------------------------------------------------------------ German, French, Italian

def amstad(words: int, sentences: int, syllables: int) -> float:
    # Amstad, T. (1978). Wie verständlich sind unsere Zeitungen? Diss., Univ. Zürich.
    return 180 - (words / sentences) - 58.5 * (syllables / words)


def wiener_sachtextformel_1(
    words: int, sentences: int, polysyllables: int, long_words: int, monosyllables: int
) -> float:
    # Bamberger, R. & Vanecek, E. (1984). Lesen-Verstehen-Lernen-Schreiben. Wien.
    # First Wiener Sachtextformel: MS % words of 3+ syllables, SL words per sentence,
    # IW % words of more than 6 letters, ES % one-syllable words; a school grade.
    ms = 100 * polysyllables / words
    sl = words / sentences
    iw = 100 * long_words / words
    es = 100 * monosyllables / words
    return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875


def kandel_moles(words: int, sentences: int, syllables: int) -> float:
    # Kandel, L. & Moles, A. (1958). Application de l'indice de Flesch à la langue
    # française. Cahiers Études de Radio-Télévision 19:253-274.
    return 207 - 1.015 * (words / sentences) - 73.6 * (syllables / words)


def gulpease(words: int, sentences: int, letters: int) -> float:
    # Lucisano, P. & Piemontese, M. E. (1988). GULPEASE: una formula per la predizione
    # della difficoltà dei testi in lingua italiana. Scuola e Città 3:110-124.
    return 89 + (300 * sentences - 10 * letters) / words


# ------------------------------------------------------------------ bands and grades

# Flesch (1949, The Art of Readable Writing) table: score -> school grade. Also used
# for Fernández Huerta, Amstad and Kandel & Moles, which are rescaled Flesch scores.
_EASE_TO_GRADE: tuple[tuple[float, float], ...] = (
    (100.0, 4.0), (90.0, 5.0), (80.0, 6.0), (70.0, 7.0), (60.0, 9.0), (50.0, 12.0),
    (30.0, 16.0), (0.0, 18.0),
)


def ease_to_grade(score: float) -> float:
    """US grade for a Flesch-style ease score (piecewise linear over Flesch's table)."""
    pts = _EASE_TO_GRADE
    if score >= pts[0][0]:
        return pts[0][1]
    for (hi, ghi), (lo, glo) in itertools.pairwise(pts):
        if score >= lo:
            return glo + (ghi - glo) * (score - lo) / (hi - lo)
    return pts[-1][1]


def gulpease_to_grade(score: float) -> float:
    """Our mapping of Gulpease to a US grade: 80 -> 4 (easy for primary school readers),
    60 -> 8 (middle school), 40 -> 12 (secondary school), per the formula's bands."""
    return max(1.0, (100 - score) / 5)


def flesch_band(score: float) -> str:
    """Flesch (1949) bands; 60-70 is "plain English"."""
    if score >= 90:
        return "very easy"
    if score >= 80:
        return "easy"
    if score >= 70:
        return "fairly easy"
    if score >= 60:
        return "plain English"
    if score >= 50:
        return "fairly difficult"
    if score >= 30:
        return "difficult"
    return "very difficult"


def inflesz_band(score: float) -> str:
    """INFLESZ scale for Szigriszt-Pazos (Barrio-Cantalejo et al. 2008, An. Sist.
    Sanit. Navar. 31(2):135-152)."""
    if score > 80:
        return "muy fácil"
    if score > 65:
        return "bastante fácil"
    if score > 55:
        return "normal"
    if score > 40:
        return "algo difícil"
    return "muy difícil"


def gulpease_band(score: float) -> str:
    """Gulpease bands by schooling (Lucisano & Piemontese 1988)."""
    if score >= 80:
        return "easy for primary school readers"
    if score >= 60:
        return "easy for middle school readers"
    if score >= 40:
        return "easy for secondary school readers"
    return "difficult"


def grade_band(grade: float) -> str:
    """Plain words for a US grade; patient materials aim at grade 8 or below
    (NIH, AMA: 6th-8th grade). The bounds are the grade as computed, the same the
    gate's target (8) and ceiling (10) compare with, so 8.3 reads "above grade 8"."""
    if grade <= 6:
        return "easy (grade 6 or below)"
    if grade <= 8:
        return "plain (grade 8 or below)"
    if grade <= 10:
        return "fairly hard (above grade 8, up to 10)"
    if grade <= 12:
        return "hard (above grade 10, up to 12)"
    return "very hard (above grade 12)"
