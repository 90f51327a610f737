"""`summarizer check H1 H2 …`: clinic staff check every handout of a folder at once.

Each handout is checked in turn under a heading naming it; one unreadable handout does
not stop the others; the exit code is 1 if any has an error; a handout named twice is
checked once; --json gives one object per handout (one object, as before, for one).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_export_batch import _block, _copy  # the same handout copies

from summarizer.cli import main


@pytest.fixture()
def two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[Path]:
    folders = [_copy(tmp_path, f"h{n}", f"handout-{n}") for n in (1, 2)]
    capsys.readouterr()
    return folders


def test_several_handouts_are_checked_in_turn(
    two: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    h1, h2 = two
    assert main(["check", str(h1), str(h2)]) == 0
    out = capsys.readouterr().out
    first, second = out.index("== handout-1 ("), out.index("== handout-2 (")
    assert first < second
    assert out.count("en: ready to export") == 2


def test_one_blocked_or_unreadable_handout_does_not_stop_the_others(
    two: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    h1, h2 = two
    _block(h1)
    missing = tmp_path / "nowhere"
    assert main(["check", str(h1), str(missing), str(h2), f"{h2}/handout.toml"]) == 1
    out, err = capsys.readouterr()
    assert "FAITH-" in out[out.index("== handout-1 ("):out.index("== handout-2 (")]
    assert "nowhere" in err and "Traceback" not in err
    assert out.count("== handout-2 (") == 1  # named twice, checked once
    assert "check: 1 of 3 handouts ready in every language" in err


def test_json_gives_one_object_per_handout(
    two: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    h1, h2 = two
    _block(h2)
    assert main(["check", str(h1), str(h2), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [Path(d["handout"]).parent.name for d in data] == ["h1", "h2"]
    assert [d["ok"] for d in data] == [True, False]
