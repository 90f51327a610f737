"""Shared fixtures: the real seed articles live beside the project in ../shared/seeds/."""

from __future__ import annotations

import json
import os
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


def example_citing_every_source():
    """The example with something printed from each of its five sources.

    The sheet lists only the articles something printed comes from, and the example
    takes nothing from one of them (a health blog); tests of how each kind of source
    line reads use this copy, which prints the first claim once more under that source.
    """
    import dataclasses

    from summarizer.handout_file import load_handout

    hdoc = load_handout(EXAMPLE)
    h = hdoc.handout
    used = {c.source for c in h.claims} | {d.source for d in h.disclaimers}
    for n, s in enumerate(x for x in h.sources if x.id not in used):
        h.claims.append(dataclasses.replace(h.claims[0], id=f"cites-{n}", source=s.id))
    return hdoc


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory):
    """One cache folder for this test session, not the user's: a benchmark or another
    test run writing ~/.cache/summarizer meanwhile must not change what a test reads."""
    old = os.environ.get("SUMMARIZER_CACHE_DIR")
    os.environ["SUMMARIZER_CACHE_DIR"] = str(tmp_path_factory.getbasetemp() / "user-cache")
    yield
    if old is None:
        os.environ.pop("SUMMARIZER_CACHE_DIR", None)
    else:
        os.environ["SUMMARIZER_CACHE_DIR"] = old


@pytest.fixture(scope="session", autouse=True)
def _library_config(tmp_path_factory: pytest.TempPathFactory):
    """Sources outside a handout's folder are read only from a library folder
    (summarizer.paths). The tests' handouts cite the seeds and files under pytest's temp
    folder, so this session's config file names both; the user's own is never read.
    Tests of the rule itself point SUMMARIZER_CONFIG elsewhere."""
    base = tmp_path_factory.getbasetemp()
    config = base / "summarizer-config" / "summarizer.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text(f"library = [{json.dumps(str(SEEDS))}, {json.dumps(str(base))}]\n",
                      encoding="utf-8")
    old = os.environ.get("SUMMARIZER_CONFIG")
    os.environ["SUMMARIZER_CONFIG"] = str(config)
    yield config
    if old is None:
        os.environ.pop("SUMMARIZER_CONFIG", None)
    else:
        os.environ["SUMMARIZER_CONFIG"] = old


@pytest.fixture
def user_rulebook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The user's data folder's rulebook, where a clinic keeps its own word lists
    (words/<lang>.toml, read before the package's) and drug names (drugs.toml, read
    beside them); no site folder. Yields the rulebook folder, words/ made."""
    from summarizer import rulebook

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "no-site"))
    folder = tmp_path / "data-home" / "summarizer" / "rulebook"
    (folder / "words").mkdir(parents=True)
    rulebook.reload()
    yield folder
    monkeypatch.undo()
    rulebook.reload()


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch):
    """The faithfulness rules without the trained check (gate/faith_model.py): what the
    rules alone pass or block."""
    from summarizer.gate import faith_model

    monkeypatch.setenv(faith_model.ENV, "off")
    faith_model.forget()
    yield
    monkeypatch.delenv(faith_model.ENV)
    faith_model.forget()


@pytest.fixture
def dejavu_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A machine with fonts-dejavu-core and no Noto fonts (no Thai, no CJK font)."""
    from summarizer import fonts

    folder = tmp_path / "fonts"
    folder.mkdir()
    for name in (fonts.DEJAVU.regular, fonts.DEJAVU.bold):
        found = fonts.find_font(name)
        if found is None:
            pytest.skip("DejaVu Sans is not installed here")
        (folder / name).symlink_to(found)
    monkeypatch.setattr(fonts, "FONT_DIRS", (folder,))
    monkeypatch.delenv("SUMMARIZER_FONT_DIRS", raising=False)
    fonts._face_coverage.cache_clear()
    yield folder
    monkeypatch.undo()
    fonts._face_coverage.cache_clear()
