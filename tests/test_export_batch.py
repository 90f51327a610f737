"""`summarizer export H1 H2 …`: clinic staff export several handouts in one command.

Each handout is exported in turn and announced as it starts; one blocked or unreadable
handout does not stop the others; the run ends with one line per handout and exits 1 if
any was not exported in full; a failure never leaves half a file. The handouts are copies
of the bundled example with their sources moved in (as a clinic keeps them), exported as
web pages (the same gate as PDFs, without waiting for WeasyPrint).
"""

from __future__ import annotations

import errno
import re
import shutil
from pathlib import Path

import pytest

from summarizer import atomic
from summarizer.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared, beside the clone


def _copy(tmp_path: Path, name: str, handout_id: str) -> Path:
    """The example as a self-contained handout folder with its own id."""
    folder = tmp_path / "handouts" / name
    shutil.copytree(EXAMPLE, folder)
    # the example cites the seeds relative to the repository: point at them where they are
    toml = folder / "handout.toml"
    text = re.sub(r'path = "(?:\.\./)+shared/seeds/', f'path = "{SEEDS}/',
                  toml.read_text(encoding="utf-8"))
    toml.write_text(text.replace('id = "ketamine-depression"', f'id = "{handout_id}"', 1),
                    encoding="utf-8")
    assert main(["add-source", str(folder), "--move-in", "--library", str(SEEDS)]) == 0
    return folder


@pytest.fixture()
def three(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[Path]:
    folders = [_copy(tmp_path, f"h{n}", f"handout-{n}") for n in (1, 2, 3)]
    capsys.readouterr()
    return folders


def _block(folder: Path) -> None:
    """A claim printed with another number than its quote: FAITH blocks every language."""
    toml = folder / "handout.toml"
    text = toml.read_text(encoding="utf-8")
    assert "two months" in text
    toml.write_text(text.replace("two months", "two years", 1), encoding="utf-8")


def _pages(folder: Path) -> list[str]:
    out = folder / "out"
    return sorted(p.name for p in out.iterdir()) if out.exists() else []


def test_export_help_offers_several_handouts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "HANDOUT [HANDOUT ...]" in out
    assert "several are exported in turn" in out
    assert "one line per handout" in out


def test_several_handouts_are_exported_in_turn(
    three: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", *map(str, three), "--format", "html", "--jobs", "1"]) == 0
    out, err = capsys.readouterr()
    for n, folder in enumerate(three, 1):
        assert _pages(folder)[-2:] == [f"handout-{n}.en.html", f"handout-{n}.es.html"]
        assert f"export: [{n}/3] handout-{n} (" in err  # progress: which one, of how many
    assert out.splitlines() == [str(f / "out" / f"handout-{n}.{loc}.html")
                                for n, f in enumerate(three, 1) for loc in ("en", "es")]
    summary = err[err.index("export: 3 of 3 handouts exported in full"):].splitlines()
    assert [line.split()[0] for line in summary[1:]] == ["exported"] * 3
    assert "handout-2 (" in summary[2] and "en, es written" in summary[2]


def test_a_blocked_handout_does_not_stop_the_others(
    three: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _block(three[1])
    assert main(["export", *map(str, three), "--format", "html", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert _pages(three[0]) and _pages(three[2])
    assert not any(name.endswith(".html") for name in _pages(three[1]))
    summary = err[err.index("export: 2 of 3 handouts exported in full"):].splitlines()
    assert len(summary) == 4
    assert summary[2].split()[0] == "blocked"
    assert "handout-2" in summary[2] and "refused en (" in summary[2]
    assert "FAITH" in err  # the reasons, above the summary


def test_an_unreadable_handout_is_one_line_and_the_others_go_on(
    three: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (three[0] / "handout.toml").write_text("[handout\nid = ", encoding="utf-8")
    missing = tmp_path / "nowhere"
    code = main(["export", str(three[0]), str(missing), str(three[2]), "--format", "html",
                 "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert _pages(three[2]) and not _pages(three[0])
    assert "Traceback" not in err and "internal error" not in err
    summary = err[err.index("export: 1 of 3 handouts exported in full"):].splitlines()
    assert [line.split()[0] for line in summary[1:]] == ["failed", "failed", "exported"]
    assert str(missing) in summary[2]


def test_a_failed_write_leaves_no_half_file(
    three: list[Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The disk fills while the second handout is written: the first keeps its pages,
    the second has no page nor temporary file, the third is still tried."""
    real = atomic.write_bytes
    calls: list[Path] = []

    def write_bytes(path, data: bytes) -> None:  # type: ignore[no-untyped-def]
        calls.append(Path(path))
        if Path(path).parent == three[1] / "out" and Path(path).suffix == ".html":
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(atomic, "write_bytes", write_bytes)
    code = main(["export", *map(str, three), "--format", "html", "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "No space left on device" in err
    assert len(_pages(three[0])) >= 2 and len(_pages(three[2])) >= 2
    assert not [n for n in _pages(three[1]) if n.endswith((".html", ".tmp"))]
    assert not [n for f in three for n in _pages(f) if n.endswith(".tmp")]


def test_an_interrupted_batch_says_what_is_done_and_leaves_no_half_file(
    three: list[Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C while the second handout is written: exit 130, the first handout whole,
    no page nor temporary file of the second, and the summary says which were not done."""
    real = atomic.write_bytes

    def write_bytes(path, data: bytes) -> None:  # type: ignore[no-untyped-def]
        if Path(path).parent == three[1] / "out" and Path(path).suffix == ".html":
            raise KeyboardInterrupt
        real(path, data)

    monkeypatch.setattr(atomic, "write_bytes", write_bytes)
    assert main(["export", *map(str, three), "--format", "html", "--jobs", "1"]) == 130
    err = capsys.readouterr().err
    summary = err[err.index("export: 1 of 3 handouts exported in full"):].splitlines()
    assert [line.split()[0] for line in summary[1:4]] == ["exported", "not", "not"]
    assert summary[-1] == "summarizer: interrupted"
    assert len(_pages(three[0])) >= 2 and not _pages(three[2])
    assert not [n for n in _pages(three[1]) if n.endswith((".html", ".tmp"))]


def test_one_handout_reads_as_before(three: list[Path], capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", str(three[0]), "--format", "html", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "handouts exported" not in err and "[1/1]" not in err
    assert err.startswith("export: handout-1 (")


def test_a_handout_named_twice_is_exported_once(
    three: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """`export h1 h1/ h1/handout.toml h2` (a shell glob and a typed name overlap): each
    handout is exported once, and the run says which names were the same handout."""
    h1, h2, _ = three
    given = [str(h1), f"{h1}/", str(h1 / "handout.toml"), str(h2)]
    assert main(["export", *given, "--format", "html", "--jobs", "1"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 4  # two handouts, two languages each: no file twice
    assert err.count("export: [") == 2 and "export: [2/2] handout-2" in err
    assert f"{h1} was named 3 times: exported once" in err
    assert "export: 2 of 2 handouts exported in full" in err
