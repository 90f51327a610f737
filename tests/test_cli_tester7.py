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
    # origins are resolved paths: ../shared may be a link (as in a fresh clone beside it)
    assert origins == [str(p.resolve()) for p in (first, second, third)]


def test_new_with_a_file_named_with_control_characters(
        tmp_path: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    """A folder holding one file whose name carries an escape sequence (as a download can
    be named) made `new DIR --sources folder/` fail on its own handout.toml ("'origin' must
    be text, not '/…/\\x1b[31mred.txt'", naming a line of a file the user never wrote) and
    left a handout.toml without its sources/ folder behind. The origin is a record of
    where the article came from: kept with visible stand-ins, as an article's text is."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "\x1b[31mred\x07.txt").write_bytes(seed_paths[0].read_bytes())
    (folder / "plain.txt").write_bytes(seed_paths[1].read_bytes())
    target = tmp_path / "h"
    assert main(["new", str(target), "--sources", str(folder)]) == 0
    out = capsys.readouterr()
    assert "\x1b" not in out.out + out.err and "\x07" not in out.out + out.err
    sources = load_handout(target / "handout.toml").handout.sources
    assert len(sources) == 2
    assert all((target / s.path).is_file() for s in sources)
    assert any("\u241b[31mred\u2407.txt" in s.origin for s in sources)
