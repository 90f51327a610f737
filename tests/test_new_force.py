"""`summarizer new --force` replaces a handout: afterwards its folder holds what the new
handout uses, not the old one's snapshots nor its unsaved editor work, and nothing the
command does not own (the user's own files, the folders beside it, the user cache) is
touched."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.handout_file import load_handout
from summarizer.sources.analysis_cache import load_source_cached

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared, beside the clone
OLD = [str(SEEDS / "000_709b59ea1f568ba3.txt"), str(SEEDS / "001_5bdb14ddbcf9bda3.txt")]
NEW = [str(SEEDS / "002_7f7951ef72781818.txt")]


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every path under `root` (hidden ones too) with its bytes (None for folders)."""
    return {p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in sorted(root.rglob("*"))}


def _snapshots(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "sources").iterdir())


def _used(folder: Path) -> list[str]:
    hdoc = load_handout(folder / "handout.toml")
    return sorted(Path(ref.path).name for ref in hdoc.handout.sources)


@pytest.fixture()
def old_handout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> Path:
    """A handout of two seeds, with an editor's autosave, the user's own notes beside it,
    a folder of other work next to it, and its sources analysed in the user cache."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "h"
    assert main(["new", str(folder), "--sources", *OLD]) == 0
    for snapshot in (folder / "sources").iterdir():  # as the editor reads them: cached
        load_source_cached(snapshot)
    toml = (folder / "handout.toml").read_text(encoding="utf-8")
    (folder / ".handout.toml.recovery").write_text(toml, encoding="utf-8")
    (folder / ".handout.toml.2.recovery").write_text(toml, encoding="utf-8")
    (folder / "notes.txt").write_text("call the pharmacist\n", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "draft.txt").write_text("other work\n", encoding="utf-8")
    capsys.readouterr()
    return folder


def test_a_forced_new_leaves_only_what_the_new_handout_uses(
    old_handout: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = _tree(tmp_path / "other")
    cache = _tree(tmp_path / "cache")
    assert cache  # the old sources, as read, are there
    assert main(["new", str(old_handout), "--force", "--sources", *NEW]) == 0
    out = capsys.readouterr().out
    assert _snapshots(old_handout) == _used(old_handout) == ["science-behind-ketamines.txt"]
    assert not list(old_handout.glob(".*recovery"))  # the old handout's autosaves
    assert (old_handout / "notes.txt").read_text(encoding="utf-8") == "call the pharmacist\n"
    assert sorted(p.name for p in old_handout.iterdir()) == ["handout.toml", "notes.txt",
                                                             "sources"]  # no temp folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "h", "other"]
    assert _tree(tmp_path / "other") == outside
    after = _tree(tmp_path / "cache")
    assert all(after.get(name) == data for name, data in cache.items())  # kept, unchanged
    assert "removed the old handout's 2 source snapshots" in out
    assert main(["verify", str(old_handout)]) == 0


def test_a_forced_new_with_the_same_sources_keeps_their_names(
    old_handout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshots(old_handout)
    assert main(["new", str(old_handout), "--force", "--sources", *OLD]) == 0
    assert _snapshots(old_handout) == _used(old_handout) == before  # not "…-2.txt"


def test_a_forced_new_from_the_handouts_own_snapshots(
    old_handout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The old snapshots given as the new sources are read before anything is removed."""
    snaps = [str(p) for p in sorted((old_handout / "sources").iterdir())]
    assert main(["new", str(old_handout), "--force", "--sources", *snaps]) == 0
    assert _snapshots(old_handout) == _used(old_handout)
    assert len(_used(old_handout)) == 2
    assert main(["verify", str(old_handout)]) == 0


def test_files_in_sources_the_old_handout_did_not_use_are_kept(
    old_handout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = old_handout / "sources"
    (own / "leaflet-scan.txt").write_text("the pharmacy's leaflet\n", encoding="utf-8")
    (own / "README").write_text("what is here\n", encoding="utf-8")
    assert main(["new", str(old_handout), "--force", "--sources", *NEW]) == 0
    assert _snapshots(old_handout) == ["README", "leaflet-scan.txt",
                                       "science-behind-ketamines.txt"]


def test_a_forced_new_over_an_unreadable_handout_removes_its_snapshots(
    old_handout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--force is how a broken handout.toml is replaced: its snapshots still go."""
    (old_handout / "handout.toml").write_text("[handout\nbroken = ", encoding="utf-8")
    assert main(["new", str(old_handout), "--force", "--sources", *NEW]) == 0
    assert _snapshots(old_handout) == _used(old_handout) == ["science-behind-ketamines.txt"]


def test_a_forced_new_that_fails_removes_nothing(
    old_handout: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _tree(tmp_path)
    assert main(["new", str(old_handout), "--force", "--sources",
                 str(tmp_path / "missing.txt")]) == 1
    assert _tree(tmp_path) == before


@pytest.mark.parametrize("nth", [1, 2])
def test_a_forced_new_that_cannot_swap_leaves_the_old_handout(
    old_handout: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], nth: int,
) -> None:
    """A rename that fails (setting the old sources aside, or moving the new ones in):
    one line, and the old handout with every file as it was."""
    before = _tree(tmp_path)
    real, calls = os.rename, []

    def rename(src, dst):  # type: ignore[no-untyped-def]
        calls.append(src)
        if len(calls) == nth:
            raise OSError(errno.EACCES, "Permission denied", str(src))
        real(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    assert main(["new", str(old_handout), "--force", "--sources", *NEW]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Permission denied" in err[0], err
    assert _tree(tmp_path) == before


def test_the_old_handouts_translations_are_kept_and_said(
    old_handout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Translation catalogs are a translator's work, not snapshots: kept as they are, and
    the user is told where they are and how they can serve the new handout."""
    example = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"
    shutil.copytree(example / "locales", old_handout / "locales")
    before = _tree(old_handout / "locales")
    assert main(["new", str(old_handout), "--force", "--sources", *NEW]) == 0
    out = capsys.readouterr().out
    assert _tree(old_handout / "locales") == before
    assert "kept the old handout's translations (locales/: ar, es, ko, vi, zh-Hans)" in out
