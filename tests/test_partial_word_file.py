"""A clinic's word file with only some lists (the README's way to add Italian crisis
words) must not break the languages that are complete. Found by the lead, session 6:
with a data folder holding `it.toml` = crisis_words only, `summarizer disclaimers` on an
English article stopped with "internal error: MissingRules: …it.toml lacks: hype, …"
(lists read "in every language" asked each language for its complete set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main


def test_a_partial_word_file_leaves_the_other_languages_working(
        user_rulebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (user_rulebook / "words" / "it.toml").write_text("crisis_words = ['crisi']\n",
                                                     encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("Ketamine\n\nThe FDA has not approved ketamine for depression. Do "
                       "not stop taking it on your own. Se sei in crisi: 143.\n",
                       encoding="utf-8")
    assert main(["disclaimers", str(article)]) == 0
    out = capsys.readouterr().out
    assert "regulatory" in out and "self-medication" in out
    assert "internal error" not in out


def test_an_article_in_the_partial_language_is_read_with_the_complete_ones(
        user_rulebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (user_rulebook / "words" / "it.toml").write_text("crisis_words = ['crisi']\n",
                                                     encoding="utf-8")
    article = tmp_path / "articolo.txt"
    article.write_text("Chetamina\n\nLa chetamina è un anestetico. Se sei in crisi: 143.\n",
                       encoding="utf-8")
    assert main(["claims", str(article)]) == 0
    assert main(["disclaimers", str(article)]) == 0
