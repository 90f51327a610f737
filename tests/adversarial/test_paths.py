"""Issue 9, "Writes anywhere" and "Reads anything, hangs": a stranger's handout folder
(ids, locales, links, FIFOs) cannot make a command write outside its folder, read a
file it names elsewhere on the disk, or hang. One clear line, exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import SourceError
from summarizer.handout_file import load_handout
from summarizer.paths import PathError, read_regular
from summarizer.sources.load import load_source
from summarizer.tui.state import read_recovery

ARTICLE = "Ketamine eased low mood within hours in a small trial. Call 988 in a crisis.\n"
QUOTE = "Ketamine eased low mood within hours in a small trial."

TINY = """\
[handout]
id = "tiny"
title = "Tiny"
locales = ["en", "es"]

[[sources]]
id = "art"
path = "{path}"

[[claims]]
id = "hours"
section = "benefits"
source = "art"
span = [0, {end}]
quote = "{quote}"
evidence = "human-trial"
text = "It may help within hours."
"""


def tiny(folder: Path, source_path: str = "article.txt") -> Path:
    """A small valid handout citing `source_path` (relative to its folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "handout.toml"
    path.write_text(TINY.format(path=source_path, end=len(QUOTE), quote=QUOTE), encoding="utf-8")
    return path


@pytest.fixture()
def no_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user config naming no library folder: only the handout's folder is readable."""
    config = tmp_path / "config" / "summarizer.toml"
    config.parent.mkdir()
    config.write_text("library = []\n", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(config))
    return config


def snapshot(root: Path) -> dict[str, bytes | str]:
    """Every file and link under `root` with its content (or link target)."""
    out: dict[str, bytes | str] = {}
    for p in sorted(root.rglob("*")):
        if p.is_symlink():
            out[str(p)] = f"-> {os.readlink(p)}"
        elif p.is_file():
            out[str(p)] = p.read_bytes()
    return out


def one_line(err: str) -> str:
    lines = [line for line in err.strip().splitlines() if line.startswith("summarizer:")]
    assert "Traceback" not in err and len(lines) == 1, err
    return lines[0]


# --------------------------------------------------------------------------- writes anywhere


def test_locale_with_a_modifier_path_writes_nothing(tmp_path: Path, capsys):
    path = tiny(tmp_path / "h")
    before = snapshot(tmp_path)
    for action in ("init", "update", "compile", "status"):
        assert main(["translations", action, str(path), "--locale", "es@x/../../../../x"]) == 2
        assert "not a language code" in capsys.readouterr().err
    assert main(["export", str(path), "--locale", "es@x/../../../../x",
                 "-o", str(tmp_path / "pdfs")]) == 2  # a usage error: one line, exit 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "not a language code" in err[0], err
    assert snapshot(tmp_path) == before


def test_locales_link_to_another_handout_is_not_written_through(tmp_path: Path, capsys):
    mine, theirs = tiny(tmp_path / "mine"), tiny(tmp_path / "theirs")
    assert main(["translations", "init", str(theirs), "--locale", "es"]) == 0
    their_po = theirs.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    their_po.write_text(their_po.read_text(encoding="utf-8") + "\n# their own note\n",
                        encoding="utf-8")
    (mine.parent / "locales").mkdir()
    (mine.parent / "locales" / "es").symlink_to(theirs.parent / "locales" / "es")
    mine.write_text(mine.read_text().replace("It may help", "It might help"), encoding="utf-8")
    capsys.readouterr()
    before = snapshot(tmp_path)
    for action in ("update", "init", "status"):
        assert main(["translations", action, str(mine), "--locale", "es"]) == 1
        out = capsys.readouterr()
        assert "symbolic link" in out.out + out.err
    assert snapshot(tmp_path) == before


def test_whole_locales_folder_linked_elsewhere_is_refused(tmp_path: Path, capsys):
    mine = tiny(tmp_path / "mine")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (mine.parent / "locales").symlink_to(elsewhere)
    assert main(["translations", "init", str(mine), "--locale", "es"]) == 1
    assert "symbolic link" in capsys.readouterr().err  # what went wrong: on stderr
    assert not any(elsewhere.iterdir())


def test_out_link_in_the_handout_folder_is_not_followed(tmp_path: Path, capsys):
    path = tiny(tmp_path / "h")
    victim = tmp_path / "victim"
    victim.mkdir()
    (path.parent / "out").symlink_to(victim)
    assert main(["export", str(path)]) == 1
    assert "symbolic link" in one_line(capsys.readouterr().err)
    assert not any(victim.iterdir())


def test_pdf_names_come_only_from_checked_names(tmp_path: Path):
    from summarizer.paths import inside

    out = tmp_path / "out"
    out.mkdir()
    assert inside(out, "tiny.es.pdf") == out / "tiny.es.pdf"
    for bad in ("../../escaped/evil.en.pdf", ".en.pdf", "a/b.pdf", "..", ""):
        with pytest.raises(PathError):
            inside(out, bad)


# --------------------------------------------------------------------------- reads anything


@pytest.mark.parametrize("where", ["outside", "absolute", "link"])
def test_source_outside_the_folder_and_library_is_refused(tmp_path: Path, no_library, capsys,
                                                          where):
    secret = tmp_path / "private" / "notes.txt"
    secret.parent.mkdir()
    secret.write_text(ARTICLE, encoding="utf-8")  # the "guessed quote" stands in it
    folder = tmp_path / "h"
    if where == "link":
        folder.mkdir()
        (folder / "innocent.txt").symlink_to(secret)
        source = "innocent.txt"
    else:
        source = "../private/notes.txt" if where == "outside" else str(secret)
    path = tiny(folder, source)
    before = path.read_bytes()
    assert main(["verify", str(path), "--fix"]) == 1
    captured = capsys.readouterr()
    line = one_line(captured.err)
    assert "sources are read only from inside the handout's folder or a library folder" in line
    assert "0 quotes in place" in captured.out
    assert path.read_bytes() == before  # --fix wrote no hash of the private file
    # the same file is readable once the user names its folder as a library
    assert main(["verify", str(path), "--library", str(secret.parent)]) == 0


def test_library_from_the_config_file(tmp_path: Path, monkeypatch, capsys):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "a.txt").write_text(ARTICLE, encoding="utf-8")
    config = tmp_path / "config" / "summarizer.toml"
    config.parent.mkdir()
    config.write_text('library = ["../shared"]\n', encoding="utf-8")  # relative to the file
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(config))
    path = tiny(tmp_path / "h", "../shared/a.txt")
    assert main(["verify", str(path)]) == 0
    config.write_text("library = 3\n", encoding="utf-8")
    assert main(["verify", str(path)]) == 1
    assert "'library' must be a list" in one_line(capsys.readouterr().err)


def test_dev_zero_links_are_refused(tmp_path: Path, capsys):
    path = tiny(tmp_path / "h", "zero.txt")
    (path.parent / "zero.txt").symlink_to("/dev/zero")
    assert main(["verify", str(path)]) == 1
    assert "library folder" in one_line(capsys.readouterr().err)
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    po.parent.mkdir(parents=True)
    po.symlink_to("/dev/zero")
    assert main(["translations", "status", str(path)]) == 1
    assert "symbolic link" in one_line(capsys.readouterr().err)
    with pytest.raises(PathError, match="is a device"):
        read_regular("/dev/zero", 1000)  # even from a library folder: never a device


def test_oversized_source_is_refused(tmp_path: Path, monkeypatch):
    import summarizer.paths as paths

    big = tmp_path / "big.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    monkeypatch.setattr(paths, "MAX_SOURCE_BYTES", 1000)
    with pytest.raises(SourceError, match="may be at most 1,000"):
        load_source(big)


# --------------------------------------------------------------------------- hangs


@pytest.fixture()
def fifo_handout(tmp_path: Path) -> Path:
    """A handout whose source and recovery file are FIFOs nobody writes to."""
    path = tiny(tmp_path / "h", "pipe.txt")
    os.mkfifo(path.parent / "pipe.txt")
    os.mkfifo(path.parent / ".handout.toml.recovery")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    # a timeout, not a speed limit: before the fix these commands never returned
    return subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("command", [["verify"], ["check"], ["translations", "status"]])
def test_fifo_source_hangs_no_command(fifo_handout: Path, command: list[str]):
    done = _run(*command, str(fifo_handout))
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr
    if command == ["verify"]:
        assert "FIFO" in done.stdout  # reported as a source that could not be read


def test_fifo_handout_file_and_fifo_claims_source(tmp_path: Path):
    os.mkfifo(tmp_path / "handout.toml")
    done = _run("verify", str(tmp_path / "handout.toml"))
    assert done.returncode == 1 and "FIFO" in done.stderr and "Traceback" not in done.stderr
    os.mkfifo(tmp_path / "pipe.txt")
    done = _run("claims", str(tmp_path / "pipe.txt"))
    assert done.returncode == 1 and "FIFO" in done.stderr and "Traceback" not in done.stderr


def test_fifo_in_the_editor_paths_returns_at_once(fifo_handout: Path):
    """What `edit` reads before and after its first screen: the recovery file and the
    sources. Each returns instead of waiting for a writer (run in a child with a timeout)."""
    code = (
        "import sys; from pathlib import Path\n"
        "from summarizer.tui.state import read_recovery\n"
        "from summarizer.handout_file import load_handout\n"
        "from summarizer.sources.load import load_source\n"
        "from summarizer.errors import SourceError\n"
        f"p = Path({str(fifo_handout)!r})\n"
        "assert read_recovery(p) is None\n"
        "h = load_handout(p)\n"
        "try:\n"
        "    load_source(h.resolve_source_path(h.handout.sources[0]))\n"
        "except SourceError as e:\n"
        "    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "FIFO" in done.stdout
    assert read_recovery(fifo_handout) is None  # in-process too, now that it is safe
    assert load_handout(fifo_handout).handout.meta.id == "tiny"


# The editor starts reading its sources in a worker only after its first screen is
# painted (EditorApp.after_first_screen). The test waited on `workers.wait_for_complete()`
# as soon as run_test yielded, which returns at once while no worker exists yet, then on
# `pilot.pause()`, which returns once the process used little CPU for 20 ms of wall time:
# under load (the process not scheduled) that happened before the worker had run, and
# the errors printed were still empty (the flaky failure). The child now waits on the
# state it checks. `late_paint` starts the sources' worker 0.3 s late, as a busy machine
# can: the old waits failed every time with it.
EDITOR_ON_FIFO = """
import asyncio, sys
sys.path.insert(0, {tests!r})
from tui_wait import until, workers_done
from summarizer.tui.app import EditorApp
if {late_paint!r}:
    real = EditorApp.after_first_screen
    def late(self):
        self.set_timer(0.3, lambda: real(self))
    EditorApp.after_first_screen = late
async def go():
    app = EditorApp({handout!r})
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: bool(app.state.source_errors))
        await workers_done(pilot)
        print(app.state.source_errors)
        await pilot.press('ctrl+q')
asyncio.run(go())
"""


@pytest.mark.parametrize("late_paint", [False, True])
def test_editor_with_fifo_source_and_recovery_opens_and_quits(fifo_handout: Path,
                                                              late_paint: bool):
    """`edit` on the handout: the first screen comes up, the FIFO source is reported as
    unreadable, and the app quits (headless, in a child process with a timeout)."""
    code = EDITOR_ON_FIFO.format(tests=str(Path(__file__).resolve().parents[1]),
                                 late_paint=late_paint, handout=str(fifo_handout))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "FIFO" in done.stdout and "'art'" in done.stdout


def test_recovery_link_is_not_offered(tmp_path: Path):
    path = tiny(tmp_path / "h")
    elsewhere = tmp_path / "other.toml"
    elsewhere.write_text(path.read_text().replace("Tiny", "Other"), encoding="utf-8")
    (path.parent / ".handout.toml.recovery").symlink_to(elsewhere)
    assert read_recovery(path) is None


def test_check_names_the_rule_for_a_refused_source(tmp_path: Path, no_library, capsys):
    secret = tmp_path / "private.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    path = tiny(tmp_path / "h", "../private.txt")
    main(["check", str(path)])
    out = " ".join(capsys.readouterr().out.split())
    assert "PROV-SOURCE-MISSING" in out and "library folder" in out


def test_app_catalog_for_a_new_language_is_not_written_through_a_link(tmp_path: Path):
    """`translations init --locale xx` starts summarizer.po for a language no catalog
    serves; a `locales/<xx>` link to another folder must not receive it."""
    from summarizer.language_needs import init_app_catalog

    path = tiny(tmp_path / "h")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (path.parent / "locales").mkdir()
    (path.parent / "locales" / "it").symlink_to(elsewhere)
    with pytest.raises(PathError, match="symbolic link"):
        init_app_catalog(load_handout(path), "it")
    assert not any(elsewhere.iterdir())
    (path.parent / "locales" / "it").unlink()
    written = init_app_catalog(load_handout(path), "it")
    assert written == path.parent / "locales" / "it" / "LC_MESSAGES" / "summarizer.po"
