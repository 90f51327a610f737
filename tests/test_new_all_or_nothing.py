"""`summarizer new` is all-or-nothing: a failure at any write leaves no half-made
handout (a handout.toml without its sources/, or snapshots without a handout.toml),
and a folder that existed before is left as it was."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from summarizer import atomic
from summarizer.cli import main
from summarizer.handout_file import load_handout

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared, beside the clone
TWO = [str(SEEDS / "000_709b59ea1f568ba3.txt"), str(SEEDS / "001_5bdb14ddbcf9bda3.txt")]


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every path under `root` (hidden ones too) with its bytes (None for folders)."""
    return {p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in sorted(root.rglob("*"))}


def _disk_full_at(monkeypatch: pytest.MonkeyPatch, nth: int) -> list[str]:
    """Make the nth atomic write fail as a full disk would, after the earlier ones landed."""
    real = atomic.write_bytes
    calls: list[str] = []

    def write_bytes(path, data: bytes) -> None:  # type: ignore[no-untyped-def]
        calls.append(Path(path).name)
        if len(calls) == nth:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(atomic, "write_bytes", write_bytes)
    return calls


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in err and "internal error" not in err
    return lines[0]


@pytest.mark.parametrize("nth", [1, 2, 3, 4])
def test_a_failed_new_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    nth: int,
) -> None:
    calls = _disk_full_at(monkeypatch, nth)
    target = tmp_path / "deep" / "ketamine"
    code = main(["new", str(target), "--sources", *TWO])
    out, err = capsys.readouterr()
    if len(calls) < nth:  # every write done before the failure point: a whole handout
        assert code == 0
        assert len(load_handout(target / "handout.toml").handout.sources) == 2
        return
    assert code == 1
    assert "No space left" in _one_line(err)
    assert out == ""  # no "created ..." for a handout that was not created
    assert _tree(tmp_path) == {}  # not the handout, its sources, a temp folder nor `deep`


def test_new_writes_handout_toml_once_and_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    calls = _disk_full_at(monkeypatch, 10_000)  # never fails: just records the writes
    assert main(["new", str(tmp_path / "h"), "--sources", *TWO]) == 0
    assert calls.count("handout.toml") == 1 and calls[-1] == "handout.toml"
    out = capsys.readouterr().out
    assert f"created {tmp_path / 'h' / 'handout.toml'}" in out  # the real path, not a temp one
    hdoc = load_handout(tmp_path / "h" / "handout.toml")
    assert hdoc.handout.meta.id == "h"  # named for the folder, not for a temp folder
    for ref in hdoc.handout.sources:
        assert (tmp_path / "h" / ref.path).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h"]


@pytest.mark.parametrize("nth", [1, 2, 3])
def test_a_failed_new_in_an_existing_folder_leaves_it_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    nth: int,
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("my own notes\n")
    before = _tree(tmp_path)
    _disk_full_at(monkeypatch, nth)
    assert main(["new", str(folder), "--sources", *TWO]) == 1
    _one_line(capsys.readouterr().err)
    assert _tree(tmp_path) == before


def test_a_failed_forced_new_keeps_the_old_handout_and_its_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "h"
    assert main(["new", str(folder), "--sources", TWO[0]]) == 0
    before = _tree(tmp_path)
    _disk_full_at(monkeypatch, 3)  # two snapshots written, then handout.toml fails
    assert main(["new", str(folder), "--force", "--sources", *TWO]) == 1
    capsys.readouterr()
    assert _tree(tmp_path) == before
