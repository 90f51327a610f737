"""Formulas against values worked out by hand from the counts in each comment."""

from __future__ import annotations

import pytest

from summarizer.readability import Analyzer
from summarizer.readability import formulas as F

# Counts used below: W=100 words, S=5 sentences, Y=150 syllables, P=10 polysyllables,
# L=450 letters, 20 words of more than 6 letters, 60 one-syllable words.
W, S, Y, P, L = 100, 5, 150, 10, 450


def approx(x: float) -> object:
    return pytest.approx(x, abs=0.005)


def test_english_formulas_by_hand() -> None:
    # 206.835 - 1.015*20 - 84.6*1.5 = 206.835 - 20.3 - 126.9 = 59.635
    assert F.flesch_reading_ease(W, S, Y) == approx(59.635)
    # 0.39*20 + 11.8*1.5 - 15.59 = 7.8 + 17.7 - 15.59 = 9.91
    assert F.flesch_kincaid_grade(W, S, Y) == approx(9.91)
    # 1.0430*sqrt(10*30/5) + 3.1291 = 1.043*7.745967 + 3.1291 = 8.079043 + 3.1291 = 11.208143
    assert F.smog_grade(P, S) == approx(11.21)
    # 0.4*(20 + 100*10/100) = 0.4*30 = 12
    assert F.gunning_fog(W, S, P) == approx(12.00)
    # 0.0588*450 - 0.296*5 - 15.8 = 26.46 - 1.48 - 15.8 = 9.18
    assert F.coleman_liau(W, S, L) == approx(9.18)
    # 4.71*4.5 + 0.5*20 - 21.43 = 21.195 + 10 - 21.43 = 9.765
    assert F.automated_readability_index(W, S, L) == approx(9.765)


def test_spanish_formulas_by_hand() -> None:
    # corrected Fernández Huerta: 206.84 - 60*1.5 - 1.02*20 = 206.84 - 90 - 20.4 = 96.44
    assert F.fernandez_huerta(W, S, Y) == approx(96.44)
    # 206.835 - 62.3*1.5 - 20 = 206.835 - 93.45 - 20 = 93.385
    assert F.szigriszt_pazos(W, S, Y) == approx(93.385)
    # -2.51 + 0.74*11.208143 = -2.51 + 8.294026 = 5.784026
    assert F.sol_grade(P, S) == approx(5.78)


def test_german_french_italian_formulas_by_hand() -> None:
    # 180 - 20 - 58.5*1.5 = 180 - 20 - 87.75 = 72.25
    assert F.amstad(W, S, Y) == approx(72.25)
    # MS 10, SL 20, IW 20, ES 60: 1.935 + 3.344 + 2.594 - 1.962 - 0.875 = 5.036
    assert F.wiener_sachtextformel_1(W, S, P, 20, 60) == approx(5.036)
    # 207 - 1.015*20 - 73.6*1.5 = 207 - 20.3 - 110.4 = 76.3
    assert F.kandel_moles(W, S, Y) == approx(76.30)
    # 89 + (300*5 - 10*450)/100 = 89 + (1500 - 4500)/100 = 59
    assert F.gulpease(W, S, L) == approx(59.00)


def test_bands() -> None:
    assert F.flesch_band(65) == "plain English"
    assert F.flesch_band(20) == "very difficult"
    assert F.inflesz_band(60) == "normal"
    assert F.inflesz_band(30) == "muy difícil"
    assert F.grade_band(7.5) == "plain (grade 8 or below)"
    # Flesch's table: 60 -> grade 9, 65 halfway to 70 -> 8
    assert F.ease_to_grade(60) == approx(9.0)
    assert F.ease_to_grade(65) == approx(8.0)


def test_english_headline_is_the_higher_of_smog_and_fk() -> None:
    # "Medicine can help depression." medicine 3, can 1, help 1, depression 3:
    #   4 words, 8 syllables, 2 polysyllables
    # "Talk with your doctor today." 1+1+1+2+2: 5 words, 7 syllables
    # W=9 S=2 Y=15 P=2. FK = 0.39*4.5 + 11.8*15/9 - 15.59 = 1.755 + 19.666667 - 15.59 = 5.83
    # SMOG = 1.043*sqrt(30) + 3.1291 = 5.712746 + 3.1291 = 8.84 -> headline 8.84
    r = Analyzer("en").analyze("Medicine can help depression. Talk with your doctor today.")
    assert (r.words, r.sentence_count, r.syllables, r.polysyllables) == (9, 2, 15, 2)
    by = {f.name: f.value for f in r.formulas}
    assert by["Flesch-Kincaid Grade"] == approx(5.83)
    assert by["SMOG"] == approx(8.84)
    assert r.headline_grade == approx(8.84)
    assert r.headline_band == "fairly hard (above grade 8, up to 10)"


def test_spanish_headline_is_sol() -> None:
    # "El médico puede ayudar." el 1, mé-di-co 3, pue-de 2, a-yu-dar 3: 4 words, 9 syll, P=2
    # "Llame hoy." lla-me 2, hoy 1: 2 words, 3 syllables
    # W=6 S=2 Y=12 P=2. SOL = -2.51 + 0.74*(1.043*sqrt(30) + 3.1291) = -2.51 + 6.542966 = 4.03
    # Fernández Huerta = 206.84 - 60*2 - 1.02*3 = 83.78
    r = Analyzer("es").analyze("El médico puede ayudar. Llame hoy.")
    assert (r.words, r.sentence_count, r.syllables, r.polysyllables) == (6, 2, 12, 2)
    assert r.headline_grade == approx(4.03)
    by = {f.name: f.value for f in r.formulas}
    assert by["Fernández Huerta (corrected)"] == approx(83.78)
    assert by["SOL"] == approx(4.03)
