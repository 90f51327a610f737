"""`summarizer claims` and `summarizer disclaimers` on the seeds: tables and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.cli import main


def test_claims_json_filter(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(seeds_dir), "--evidence", "animal", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["evidence"] == "animal" for r in rows)
    assert any("lab mice" in r["quote"] for r in rows)


def test_claims_all_marks_boilerplate(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(next(seeds_dir.glob("003_*"))), "--all", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    marked = [r for r in rows if r["boilerplate"]]
    assert any("online advertisements" in r["quote"] for r in marked)
    assert not any("advertisements" in r["quote"] for r in rows if not r["boilerplate"])


def test_disclaimers_table_lists_contacts(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["disclaimers", str(seeds_dir), "--kind", "crisis-line"]) == 0
    out = capsys.readouterr().out
    assert "crisis-line" in out and "contact" in out and "838255" in out
    assert "treatment-" in out and "lang:es" in out


def test_help_explains(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["disclaimers", "--help"])
    assert info.value.code == 0
    assert "not-approved" in capsys.readouterr().out.lower().replace("not approved", "not-approved")
