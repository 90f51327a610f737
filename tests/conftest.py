"""Shared fixtures: the real seed articles live beside the project in ../shared/seeds/."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
EXAMPLE = REPO / "examples" / "ketamine-depression" / "handout.toml"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"seed articles not found at {SEEDS}: clone the project beside ../shared")
    return SEEDS


@pytest.fixture(scope="session")
def seed_paths(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


def seed(name_prefix: str) -> Path:
    """Path of the seed whose file name starts with `name_prefix` (e.g. "002")."""
    (path,) = SEEDS.glob(f"{name_prefix}_*")
    return path
