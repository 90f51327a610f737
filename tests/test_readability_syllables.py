"""Syllable counts: Spanish rules on a hand-counted list, English fallback on held-out words."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.readability._cmu import cmu_counts, cmu_first, heldout_words
from summarizer.readability.syllables import syllable_counter
from summarizer.readability.syllables_en import EnglishSyllables, syllables_en
from summarizer.readability.syllables_es import syllables_es

ES_LIST = Path(__file__).parent / "data" / "es_syllables.tsv"


def es_rows() -> list[tuple[str, int]]:
    rows = []
    for line in ES_LIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, count = line.split("\t")[:2]
            rows.append((word, int(count)))
    return rows


def test_spanish_list_is_large_and_covers_the_hard_cases() -> None:
    words = {w for w, _ in es_rows()}
    assert len(words) >= 150
    for needed in ("día", "país", "reúne", "oído", "que", "guerra", "pingüino", "hoy", "muy",
                   "prohibir", "ahumado", "buey", "estudiáis"):
        assert needed in words


def test_spanish_accuracy_on_hand_counted_list() -> None:
    rows = es_rows()
    wrong = [(w, c, syllables_es(w)) for w, c in rows if syllables_es(w) != c]
    assert 1 - len(wrong) / len(rows) >= 0.99, wrong


@pytest.mark.parametrize(("word", "count"), [
    ("día", 2), ("reúne", 3), ("guitarra", 3), ("pingüino", 3), ("Uruguay", 3), ("hoy", 1),
    ("aéreo", 4), ("lingüística", 4), ("ciudad", 2), ("y", 1),
])
def test_spanish_cases(word: str, count: int) -> None:
    assert syllables_es(word) == count


def test_spanish_numbers_are_read_aloud() -> None:
    es = syllable_counter("es")
    assert es("2019") == 6  # dos mil diecinueve: 1 + 1 + 4
    assert es("42") == 5  # cua-ren-ta y dos


def _english_fallback_accuracy() -> float:
    held = heldout_words()
    withheld = set(held)
    counter = EnglishSyllables({w: n for w, n in cmu_first().items() if w not in withheld})
    counts = cmu_counts()
    return sum(counter.fallback(w) == counts[w][0] for w in held) / len(held)


def test_english_fallback_on_held_out_words_beats_hyphenation_by_far() -> None:
    # textstat's pyphen fallback scores about 61 % on the same words (benchmark (c)).
    assert _english_fallback_accuracy() >= 0.93


def test_english_fallback_reaches_the_95_percent_target() -> None:
    assert _english_fallback_accuracy() >= 0.95


def test_held_out_words_are_not_what_the_model_was_built_from() -> None:
    model = Path(__file__).parents[1] / "summarizer/readability/data/en_syllables.tsv"
    header = next(ln for ln in model.read_text().splitlines() if ln.startswith("#heldout"))
    from summarizer.readability._cmu import HELDOUT_SEED, HELDOUT_SIZE

    assert header.split("\t")[1:] == [str(HELDOUT_SEED), str(HELDOUT_SIZE)]
    assert len(set(heldout_words())) == HELDOUT_SIZE


@pytest.mark.parametrize(("token", "count"), [
    ("NMDA", 4), ("BDNF", 4), ("W", 3), ("don't", 1), ("nurse's", 2),
    ("treatment-resistant", 5), ("2019", 5), ("1916", 4), ("988", 3), ("3.5", 3),
    ("hippocampus", 4), ("glutamate", 3),
])
def test_english_conventions(token: str, count: int) -> None:
    assert syllables_en(token) == count


def test_unknown_medical_words_get_sensible_counts() -> None:
    # not in CMUdict: counted by the fallback
    assert "neurogenesis" not in cmu_first()
    assert syllables_en("neurogenesis") == 5  # neu-ro-gen-e-sis
    assert syllables_en("esketamine") == 4  # es-ket-a-mine


def test_english_model_file_is_small_and_fully_loaded() -> None:
    # Shipped in the wheel and read on the first unknown word: kept under 3 MB. Many
    # features start with "#" (the word-edge mark), so none may be taken for a comment.
    from summarizer.readability.syllables_en import _model

    path = Path(__file__).parents[1] / "summarizer/readability/data/en_syllables.tsv"
    assert path.stat().st_size < 3_000_000
    lines = path.read_text(encoding="utf-8").splitlines()
    body = lines[next(i for i, ln in enumerate(lines) if ln.startswith("#heldout\t")) + 1:]
    assert any(ln.startswith("#") for ln in body)
    assert len(_model()) == len(body)


@pytest.mark.parametrize("token", ["ÆØ", "¹Æ", "ŒÆ"])
def test_capitals_without_ascii_letters_still_count_one_syllable(token: str) -> None:
    # found by the hypothesis test: these once counted 0, so a sentence had fewer
    # syllables than words
    assert syllables_en(token) >= 1
