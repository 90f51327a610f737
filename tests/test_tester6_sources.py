"""Defects a new user found on main in session 6 (sources and claims), from files the
tests build and the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import rulebook
from summarizer.sources import claims


@pytest.fixture
def user_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The user's data folder, where a clinic keeps its own word lists (rulebook.words_dirs);
    yields the folder to write <lang>.toml into."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "data" / "summarizer" / "rulebook" / "words"
    folder.mkdir(parents=True)
    rulebook.reload()
    yield folder
    monkeypatch.undo()
    rulebook.reload()


def test_an_edited_hype_list_is_seen_after_rulebook_reload(user_words: Path) -> None:
    """claims.words_for (and flag_claim's results) outlived rulebook.reload(): a clinic
    that added a hype word and reloaded still had it missed."""
    sentence = "Ketamine is a zorptastic new treatment for depression, doctors said."
    assert "hype" not in claims.flag_claim(sentence, "en")[0]  # read, and remembered
    english = (Path(rulebook.__file__).parent / "words" / "en.toml").read_text(encoding="utf-8")
    assert "\nhype = [\n" in english
    (user_words / "en.toml").write_text(
        english.replace("\nhype = [\n", "\nhype = [\n  'zorptastic',\n", 1), encoding="utf-8")
    rulebook.reload()
    assert claims.words_for("en").hype.search(sentence)
    flags, cues = claims.flag_claim(sentence, "en")
    assert "hype" in flags
    assert any("zorptastic" in cue.words for cue in cues)
