"""Defects found by tester9 (session 9) using summarizer as its users would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Ctrl+C in a terminal reaches the whole process group: the export's idle workers too.
CTRL_C_HARNESS = """
import os, signal
import summarizer.export as ex

pool = ex._worker_pool(2)
workers = list(pool._processes.values())
for proc in workers:
    os.kill(proc.pid, signal.SIGINT)
for proc in workers:
    proc.join(60)  # only guards a hang
print(" ".join(str(proc.exitcode) for proc in workers))
ex._discard_pool()
"""


def test_ctrl_c_stops_export_workers_without_a_traceback() -> None:
    """`summarizer export handouts/*/` interrupted printed two multiprocessing tracebacks
    (one per idle worker) under its own 'not done ... interrupted' summary."""
    proc = subprocess.run([sys.executable, "-c", CTRL_C_HARNESS], capture_output=True,
                          text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    codes = proc.stdout.split()
    assert len(codes) == 2 and all(code not in ("None", "0") for code in codes), proc.stdout
    assert "Traceback" not in proc.stderr and "KeyboardInterrupt" not in proc.stderr, proc.stderr
