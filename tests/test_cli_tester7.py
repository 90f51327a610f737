"""CLI defects the session-7 tester found as a new user (clinic staff, a translator)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.handout_file import load_handout


def test_new_with_sources_given_twice_keeps_every_source(
        tmp_path: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    """`new DIR --sources a.txt --sources b.html` (repeated, as --locale is) kept only the
    last article and said nothing: the crisis line or warning in the first was lost."""
    first, second, third = seed_paths[:3]
    target = tmp_path / "h"
    assert main(["new", str(target), "--sources", str(first), "--sources", str(second),
                 str(third)]) == 0
    capsys.readouterr()
    origins = [s.origin for s in load_handout(target / "handout.toml").handout.sources]
    assert origins == [str(first), str(second), str(third)]
