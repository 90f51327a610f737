"""`new --force` over a handout.toml broken in one place: the snapshots it still names go,
and a file of the user's own in sources/ stays, even one named like a snapshot
(review8; failing test first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared, beside the clone
OLD = [str(SEEDS / "000_709b59ea1f568ba3.txt"), str(SEEDS / "001_5bdb14ddbcf9bda3.txt")]
NEW = [str(SEEDS / "002_7f7951ef72781818.txt")]


def test_a_broken_handout_keeps_the_users_own_file_in_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "h"
    assert main(["new", str(folder), "--sources", *OLD]) == 0
    old = sorted(p.name for p in (folder / "sources").iterdir())
    toml = folder / "handout.toml"
    # a quote left open in the title: the file no longer parses, its sources are intact
    text = toml.read_text(encoding="utf-8").replace('title = "', 'title = """', 1)
    toml.write_text(text, encoding="utf-8")
    (folder / "sources" / "pharmacy-leaflet.txt").write_text("the leaflet, typed up\n",
                                                               encoding="utf-8")
    assert main(["new", str(folder), "--force", "--sources", *NEW]) == 0
    left = sorted(p.name for p in (folder / "sources").iterdir())
    assert "pharmacy-leaflet.txt" in left
    assert (folder / "sources" / "pharmacy-leaflet.txt").read_text(
        encoding="utf-8") == "the leaflet, typed up\n"
    assert not (set(old) - {"science-behind-ketamines.txt"}) & set(left)  # old ones go
    assert "removed the old handout's 2 source snapshots" in capsys.readouterr().out
