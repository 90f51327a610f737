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
