"""Adversarial suite helpers: the bundled example copied, then edited as an attacker would."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ketamine-depression" / "handout.toml"


@pytest.fixture()
def example_copy(tmp_path: Path) -> Path:
    """A copy of the bundled example's folder (handout.toml + locales/), sources unchanged."""
    dst = tmp_path / "handouts" / "stranger"
    shutil.copytree(EXAMPLE.parent, dst)
    return dst


def edit(handout_dir: Path, old: str | re.Pattern[str], new: str) -> Path:
    """Replace the first `old` (a string, or a pattern and a template) in the copy's
    handout.toml; the test fails if it is absent."""
    path = handout_dir / "handout.toml"
    text = path.read_text(encoding="utf-8")
    pattern = old if isinstance(old, re.Pattern) else re.compile(re.escape(old))
    assert pattern.search(text), old
    path.write_text(pattern.sub(lambda m: m.expand(new), text, count=1), encoding="utf-8")
    return path


def changed_line(before: str, after: str) -> int:
    """1-based number of the first line that differs."""
    pairs = zip(before.splitlines(), after.splitlines(), strict=False)
    return next(n for n, (a, b) in enumerate(pairs, 1) if a != b)
