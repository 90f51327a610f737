"""Furniture vocabulary lives in the word files, not in boilerplate.py: a discount
code's words and a byline's opening word are rulebook lists read in every language, so
a clinic's word file for a new language adds its own (knowledge lives once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import rulebook
from summarizer.sources.boilerplate import is_furniture_text

ITALIAN = Path(__file__).parent / "data" / "italian" / "words_it.toml"


@pytest.mark.parametrize("line", [
    "Use code EYES15 for 15% off eye-health supplements until 31 March.",
    "Usa el código SALUD20 en tu primera compra.",
    "Mit dem Gutscheincode AUGE10 sparen Sie zehn Prozent.",
    "By Jane Q. Doe, MD",
    "Par Geneviève Martin, pharmacienne",
    "Von Anna Berger, Apothekerin",
])
def test_the_shipped_lists_still_mask_offers_and_bylines(line: str) -> None:
    assert is_furniture_text(line)


@pytest.mark.parametrize("line", [
    "Take one code-named tablet a day.",
    "By midnight the swelling had gone down a little.",
])
def test_ordinary_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture_text(line)


def test_a_clinics_word_file_adds_an_offer_word_and_a_byline_opener(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    offer, byline = "Usa lo sconto SALUTE20 entro domenica.", "Di Maria Rossi, farmacista"
    assert not is_furniture_text(offer) and not is_furniture_text(byline)
    words = tmp_path / "data-home" / "summarizer" / "rulebook" / "words"
    words.mkdir(parents=True)
    (words / "it.toml").write_text(
        "promo_code_words = ['sconto']\nbyline_openers = ['Di']\n"
        + ITALIAN.read_text("utf-8"), "utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "no-site"))
    rulebook.reload()
    try:
        assert is_furniture_text(offer) and is_furniture_text(byline)
    finally:
        monkeypatch.undo()
        rulebook.reload()
    assert not is_furniture_text(offer)
