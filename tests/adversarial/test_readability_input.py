"""Readability input from strangers: binary stdin, text without sentence ends, huge numbers.

Each runs the real command in a subprocess (stdin is a real pipe) and asserts one clear
line and exit 1, or a safe result, never a traceback or an absurd grade.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "summarizer.cli", "readability", *args],
                          input=stdin, capture_output=True, env=env, cwd=REPO, timeout=120)


def one_clear_line(err: bytes) -> str:
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text and "internal error" not in text, text
    assert text.count("\n") == 1, text
    return text


def test_random_bytes_on_stdin_are_refused_like_a_binary_file(tmp_path: Path) -> None:
    data = random.Random(9).randbytes(4000)
    piped = run(["-"], stdin=data)
    assert piped.returncode == 1
    assert "binary" in one_clear_line(piped.stderr) or "UTF-8" in piped.stderr.decode()
    f = tmp_path / "random.txt"
    f.write_bytes(data)
    on_disk = run([str(f)])
    assert on_disk.returncode == 1
    # the same rule, the same message (only the place named differs)
    assert piped.stderr.decode().rsplit(": ", 1)[-1] == on_disk.stderr.decode().rsplit(": ", 1)[-1]


def test_nul_bytes_on_stdin_are_refused() -> None:
    proc = run(["-"], stdin=b"Plain words here.\x00\x00\x01 more words.")
    assert proc.returncode == 1
    assert "binary" in one_clear_line(proc.stderr)


def test_utf8_text_on_stdin_still_works() -> None:
    proc = run(["-", "--json"], stdin=b"Call your doctor today. Ask about side effects.")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["report"]["words"] == 8


def test_text_without_sentence_ends_gets_a_finding_not_an_absurd_grade() -> None:
    words = " ".join(random.Random(3).choice(["ketamine", "helps", "some", "people", "with",
                                              "depression", "quickly"]) for _ in range(3000))
    proc = run(["-", "--json"], stdin=words.encode())
    assert proc.returncode == 1
    report = json.loads(proc.stdout)["report"]
    assert report["headline_grade"] is None
    assert all(f["grade"] is None or f["grade"] < 30 for f in report["formulas"])
    assert "no-sentence-ends" in {n["kind"] for n in report["notes"]}
    text = run(["-"], stdin=words.encode())
    assert text.returncode == 1
    assert "no sentence ends" in text.stdout.decode().lower()
    assert "25999" not in text.stdout.decode()


def test_a_number_of_any_length_is_handled() -> None:
    for digits in (4301, 5000, 20000):
        big = "7" * digits
        proc = run(["-", "--json"], stdin=f"The dose was {big} mg. Call your doctor.".encode())
        assert proc.returncode == 0, proc.stderr.decode()[-300:]
        assert "internal error" not in proc.stderr.decode()
        with_commas = ",".join(["123"] * (digits // 3))
        proc = run(["-"], stdin=f"We counted {with_commas} cells. That is a lot.".encode())
        assert proc.returncode == 0, proc.stderr.decode()[-300:]
    for lang in ("es", "fr", "de"):
        proc = run(["-", "--lang", lang], stdin=("1" * 6000 + " es. Otra frase aqui.").encode())
        assert proc.returncode == 0, proc.stderr.decode()[-300:]


def test_a_fifo_or_a_device_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    for path, kind in ((fifo, "FIFO"), (link, "device")):
        proc = run([str(path)])  # the subprocess timeout turns a hang into a failure
        assert proc.returncode == 1
        assert kind in one_clear_line(proc.stderr)
