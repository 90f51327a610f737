"""Command-line defects the tester found on main in session 6, each one line to the user."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main


def test_a_fifo_named_handout_toml_is_named_as_such(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check FOLDER` whose handout.toml is a FIFO said "FOLDER: is a folder; did you mean
    FOLDER/handout.toml?", sending the user to the path that was the problem."""
    import os

    folder = tmp_path / "h"
    folder.mkdir()
    os.mkfifo(folder / "handout.toml")
    for command in (["check", str(folder)], ["verify", str(folder)]):
        capsys.readouterr()
        assert main(command) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1, err
        assert "FIFO" in err and "did you mean" not in err, err
