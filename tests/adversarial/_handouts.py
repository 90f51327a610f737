"""The bundled example, copied with its sources inside its own folder (hardening tests)."""

from __future__ import annotations

import shutil
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ketamine-depression"


def example_with_sources(dest: Path, seeds_dir: Path) -> Path:
    """Copy the example to `dest` with the seed articles in dest/sources/; returns dest."""
    shutil.copytree(EXAMPLE, dest)
    (dest / "sources").mkdir()
    for seed in seeds_dir.glob("*.txt"):
        shutil.copy(seed, dest / "sources" / seed.name)
    toml = dest / "handout.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace("../../../shared/seeds/", "sources/")
    toml.write_text(text, encoding="utf-8")
    return dest
