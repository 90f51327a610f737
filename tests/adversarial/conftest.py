"""Adversarial suite helpers: the bundled example copied, then edited as an attacker would."""

from __future__ import annotations

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


def edit(handout_dir: Path, old: str, new: str) -> Path:
    """Replace the first `old` in the copy's handout.toml; the test fails if it is absent."""
    path = handout_dir / "handout.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path
