"""A real `pip install .` must carry the templates and catalogs, not only the code."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path


def test_wheel_carries_templates_and_locales(tmp_path: Path, repo_dir: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(repo_dir)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("summarizer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = {p.relative_to(repo_dir).as_posix() for p in (repo_dir / "templates").rglob("*")
                 if p.is_file()}
    catalogs = {p.relative_to(repo_dir).as_posix() for p in (repo_dir / "locales").rglob("*.po")}
    assert templates and catalogs
    for rel in sorted(templates | catalogs):
        assert f"summarizer/_data/{rel}" in names, rel
    assert "summarizer/cli.py" in names
    assert any(n.startswith("summarizer/readability/") for n in names)
