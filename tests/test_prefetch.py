"""The sources `summarizer edit` reads in a forked child while Textual loads
(summarizer/tui/prefetch.py): the same sources, analyses and errors as reading them in
the editor's worker, and the worker's own reading whenever the child fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.handout_file import HandoutDocument, load_handout

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"


@pytest.fixture
def example(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> HandoutDocument:
    """The bundled example, its sources pointed at the seeds (a library folder), one
    source missing (an error line), and a cache of its own."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "example"
    shutil.copytree(EXAMPLE, folder)
    hdoc = load_handout(folder)
    for ref in hdoc.handout.sources:
        ref.path = str(seeds_dir / Path(ref.path).name)
    hdoc.handout.sources[-1].path = str(tmp_path / "gone.txt")
    hdoc.save(force=True)
    return load_handout(folder)


# Each check forks from a fresh interpreter with one thread, as `summarizer edit` does
# (forking the test runner, whose other tests may leave threads, could deadlock).
READS = """
import sys
from summarizer.handout_file import load_handout
from summarizer.tui.prefetch import Prefetch, read_sources
hdoc = load_handout(sys.argv[1])
for _ in range(2):  # a cold cache (the child analyses), then a warm one
    child = Prefetch.start(hdoc)
    got = child.result()
    sources, analyses, errors = read_sources(hdoc)
    assert got[0] == sources and got[2] == errors, "sources or errors differ"
    assert list(errors) == [hdoc.handout.sources[-1].id], errors
    assert got[1].keys() == analyses.keys() and len(analyses) == len(sources) >= 4
    for sid, analysis in analyses.items():
        assert got[1][sid] == analysis, sid  # sentences, claims, notices, blocks, source
    assert child.result() is None  # collected once
print("ok")
"""

FAILS = """
import sys
from summarizer.handout_file import load_handout
from summarizer.tui import prefetch

def broken(hdoc):
    raise RuntimeError("a bug in the child")

prefetch.read_sources = broken  # the fork inherits it
child = prefetch.Prefetch.start(load_handout(sys.argv[1]))
assert child.result() is None
print("ok")
"""

CLOSES = """
import os, sys
from summarizer.handout_file import load_handout
from summarizer.tui.prefetch import Prefetch
child = Prefetch.start(load_handout(sys.argv[1]))
pid = child.pid
child.close()
try:
    os.waitpid(pid, 0)
except ChildProcessError:  # reaped: no zombie left behind
    pass
else:
    raise AssertionError("the child was not collected")
assert child.result() is None
print("ok")
"""


QUIET = """
import os, sys
from summarizer.handout_file import load_handout
from summarizer.tui import prefetch

real = prefetch.read_sources
def noisy(hdoc):
    print("CHILD-STDOUT", flush=True)
    print("CHILD-STDERR", file=sys.stderr, flush=True)
    os.write(2, b"CHILD-FD2\\n")
    return real(hdoc)

prefetch.read_sources = noisy  # the fork inherits it
child = prefetch.Prefetch.start(load_handout(sys.argv[1]))
assert child.result() is not None
print("ok")
"""


@pytest.mark.parametrize("script", [READS, FAILS, CLOSES, QUIET],
                         ids=["reads", "fails", "closes", "quiet"])
def test_the_child(example: HandoutDocument, script: str) -> None:
    proc = subprocess.run([sys.executable, "-c", script, str(example.path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]
    assert "CHILD" not in proc.stderr  # nothing of the child on the editor's screen


def test_the_editor_draws_the_sources_it_was_sent(tmp_path: Path, seeds_dir: Path) -> None:
    """`summarizer edit` with the forked reader asked for (SUMMARIZER_PREFETCH=1: the
    fork when a core is idle, then the worker taking the child's result; else the worker
    reading) up to the moment the highlighted article's sentences are drawn; exit 1
    would mean an error or a placeholder instead."""
    folder = tmp_path / "example"
    shutil.copytree(EXAMPLE, folder)
    hdoc = load_handout(folder)
    for ref in hdoc.handout.sources:
        ref.path = str(seeds_dir / Path(ref.path).name)
    hdoc.save(force=True)
    env = {**os.environ, "SUMMARIZER_TUI_EXIT_WHEN_SOURCES_READY": "1", "SUMMARIZER_PREFETCH": "1",
           "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache"), "TEXTUAL_ANIMATIONS": "none",
           "COLUMNS": "100", "LINES": "30", "SUMMARIZER_TUI_MARK": str(tmp_path / "mark")}
    proc = subprocess.run([sys.executable, "-m", "summarizer", "edit", str(folder)], env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    assert (tmp_path / "mark").read_text().split()
