"""An article with one enormous 'word' (a pasted base64 image, a run of characters).

Each runs the real command in a subprocess; its timeout turns a hang into a failure (a
timeout, not a speed limit: before the fix `readability` on a 3 MB run of letters had not
returned after 10 minutes; the time grew with the square of the word's length).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "summarizer.cli", *args], capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=120)


def test_readability_of_an_article_with_a_huge_word_returns(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Ketamine is not approved for depression. Ask your doctor. "
                       + "x" * 1_000_000 + "\n", encoding="utf-8")
    proc = run(["readability", str(article)])
    assert proc.returncode == 0, proc.stderr[-300:]
    assert "Traceback" not in proc.stderr


def test_readability_names_a_huge_hard_word_shortened(tmp_path: Path) -> None:
    """The hardest sentences' 'why: hard words' printed the whole word: a 16,000-character
    line for a 16,000-letter run (the sentence itself is cut at 160 characters)."""
    article = tmp_path / "article.txt"
    article.write_text("Ketamine is not approved for depression. Ask your doctor. "
                       + "x" * 16_000 + "\n", encoding="utf-8")
    proc = run(["readability", str(article)])
    assert proc.returncode == 0, proc.stderr[-300:]
    assert "hard words" in proc.stdout
    assert max(len(line) for line in proc.stdout.splitlines()) < 400
