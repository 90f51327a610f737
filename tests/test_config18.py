"""Session 18 (engineer config): a handout.toml with type errors and semantic errors names
them all in one run; the editor's findings, dialogs and grade (see tests/test_tui_config18.py).
Real handouts: the bundled example, edited as a user would by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import HandoutError
from summarizer.handout_file import load_handout


def _example(
    tmp_path: Path,
    repo_dir: Path,
    seeds_dir: Path,
    edits: list[tuple[str, str]],
) -> Path:
    """The bundled example copied, its sources pointed at the seeds, `edits` made by hand."""
    folder = tmp_path / "ketamine"
    shutil.copytree(repo_dir / "examples" / "ketamine-depression", folder)
    toml = folder / "handout.toml"
    text = toml.read_text(encoding="utf-8").replace('"../../../shared/seeds/', f'"{seeds_dir}/')
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    toml.write_text(text, encoding="utf-8")
    return toml


def _lines(exc: HandoutError) -> list[str]:
    return exc.lines()


def _row(toml: Path, line: str) -> int:
    return toml.read_text(encoding="utf-8").splitlines().index(line) + 1


def test_type_and_semantic_errors_are_named_in_one_run(
    tmp_path: Path, repo_dir: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong type (max_grade as text, a claim's evidence misspelt) and semantic errors
    (region "XX", "es" listed twice) in one hand edit: all four at once, each at its line."""
    toml = _example(
        tmp_path,
        repo_dir,
        seeds_dir,
        [
            ('region = "US"', 'region = "XX"'),
            ('locales = ["en", "es"]', 'locales = ["en", "es", "es"]'),
            ("max_grade = 10.0", 'max_grade = "ten"'),
            ('evidence = "animal"', 'evidence = "animl"'),
        ],
    )
    with pytest.raises(HandoutError) as err:
        load_handout(toml)
    lines = _lines(err.value)
    assert len(lines) == 4, lines
    for needle, line in (
        ("'region'", 'region = "XX"'),
        ("'es' is listed twice", 'locales = ["en", "es", "es"]'),
        ("'max_grade'", 'max_grade = "ten"'),
        ("'evidence' is 'animl'", 'evidence = "animl"'),
    ):
        hit = next((ln for ln in lines if needle in ln), None)
        assert hit is not None, (needle, lines)
        assert f"handout.toml:{_row(toml, line)}:" in hit, (needle, hit)
    capsys.readouterr()
    assert main(["check", str(toml.parent)]) == 1
    err_text = capsys.readouterr().err
    assert "Traceback" not in err_text
    assert "'region'" in err_text and "'max_grade'" in err_text and "twice" in err_text


def test_a_check_a_type_error_makes_impossible_is_skipped_alone(
    tmp_path: Path, repo_dir: Path, seeds_dir: Path
) -> None:
    """target_grade unreadable: 'target_grade is above max_grade' cannot be judged (the
    default 8 against max_grade 5 would be a false alarm), the region still is."""
    toml = _example(
        tmp_path,
        repo_dir,
        seeds_dir,
        [
            ('region = "US"', 'region = "XX"'),
            ("target_grade = 8.0", "target_grade = [8]"),
            ("max_grade = 10.0", "max_grade = 5.0"),
        ],
    )
    with pytest.raises(HandoutError) as err:
        load_handout(toml)
    lines = _lines(err.value)
    assert len(lines) == 2, lines
    assert any("'target_grade' must be" in ln for ln in lines), lines
    assert any("'region'" in ln for ln in lines), lines
    assert not any("above" in ln for ln in lines), lines


def test_an_unreadable_source_does_not_make_its_claims_orphans(
    tmp_path: Path, repo_dir: Path, seeds_dir: Path
) -> None:
    """A source table that cannot be read at all (its id a number) leaves its claims'
    'source is not one of the [[sources]]' unjudged; a claim's duplicate id still is."""
    toml = _example(
        tmp_path,
        repo_dir,
        seeds_dir,
        [
            ('id = "single-dose"', "id = 7"),
            ('id = "what-infusion"', 'id = "what-anesthetic"'),
        ],
    )
    with pytest.raises(HandoutError) as err:
        load_handout(toml)
    lines = _lines(err.value)
    assert len(lines) == 2, lines
    assert any("'id' must be" in ln and "[[sources]] #2" in ln for ln in lines), lines
    assert any("'what-anesthetic' is used twice" in ln for ln in lines), lines


def test_unknown_key_with_a_semantic_error_names_both(
    tmp_path: Path, repo_dir: Path, seeds_dir: Path
) -> None:
    toml = _example(
        tmp_path,
        repo_dir,
        seeds_dir,
        [
            ('region = "US"', 'region = "XX"\nauthor = "me"'),
        ],
    )
    with pytest.raises(HandoutError) as err:
        load_handout(toml)
    lines = _lines(err.value)
    assert len(lines) == 2, lines
    assert any("'author'" in ln for ln in lines) and any("'region'" in ln for ln in lines)


def test_a_valid_example_still_loads(tmp_path: Path, repo_dir: Path, seeds_dir: Path) -> None:
    toml = _example(tmp_path, repo_dir, seeds_dir, [])
    assert load_handout(toml).handout.meta.locales == ["en", "es"]
