"""Two exports into one folder from one long-lived process (the editor, a batch script).

A worker forked while the output folder was locked kept the lock, and the second export
waited forever. The exports run in a child process so a hang fails the test (after a
generous limit) instead of stopping the suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import sys
from pathlib import Path
from summarizer.export import export_handout
from summarizer.handout_file import load_handout
hdoc = load_handout(sys.argv[1])
out = Path(sys.argv[2])
for jobs in (2, 2, 1):
    result = export_handout(hdoc, ["en", "es"], out, jobs=jobs)
    assert result.ok, result.refused
print("done")
"""


def test_second_export_into_the_same_folder_does_not_wait_forever(tmp_path: Path) -> None:
    example = ROOT / "examples" / "ketamine-depression" / "handout.toml"
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(example), str(tmp_path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0 and proc.stdout.strip() == "done", proc.stderr[-2000:]


def test_the_gate_childs_answer_is_read_once_even_when_interrupted(monkeypatch) -> None:
    """Ctrl-C while waiting for the forked gate: the pipe's fd is closed once and never
    opened again by the `finally` that asks for the answer (reviewer, session 4)."""
    import os

    import pytest

    from summarizer.export import ChildGate

    read_end, write_end = os.pipe()
    os.close(write_end)
    opened: list[int] = []

    def interrupted(fd: int, mode: str = "rb"):
        opened.append(fd)
        os.close(fd)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fdopen", interrupted)
    gated = ChildGate(os.getpid(), read_end, ["en"])
    with pytest.raises(KeyboardInterrupt):
        gated(["en"])
    assert gated(["en"]) is None and gated.pages(["en"]) is None
    assert opened == [read_end]


CHILD_DIES = """
import os, sys
from summarizer import export
from summarizer.cli import main

parent = os.getpid()
real = export.gate
def dying(hdoc, locales):
    if os.getpid() != parent:  # in the forked child only: it dies without an answer
        open(sys.argv[3], "w").close()
        os._exit(9)
    return real(hdoc, locales)

export.gate = dying
sys.exit(main(["export", sys.argv[1], "-l", "en", "-o", sys.argv[2]]))
"""


def test_a_gate_child_that_dies_leaves_the_gate_to_the_parent(tmp_path) -> None:
    """The one-shot export runs the gate in a forked child; if that child dies, the
    parent runs the gate itself and still refuses an unsafe handout (reviewer, s4)."""
    import subprocess
    import sys

    from test_export import copy_example, without

    handout = copy_example(tmp_path, without("supervision"))
    out = tmp_path / "out"
    died = tmp_path / "the-child-died"
    proc = subprocess.run([sys.executable, "-c", CHILD_DIES, str(handout), str(out), str(died)],
                          capture_output=True, text=True, timeout=300)
    assert died.exists(), "the gate ran in no child: this test proves nothing"
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "SAFETY-SUPERVISION-MISSING" in proc.stdout + proc.stderr
    assert not (out.exists() and list(out.glob("*.pdf")))
