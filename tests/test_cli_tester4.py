"""Defects a new-user tester found on a fresh clone (fourth session), one test each.

The handouts are copies of the bundled example whose sources point at the seed
articles (../shared/seeds, a library folder in the tests' config); nothing here is a
hard-coded result: each test runs the command and reads what it wrote or printed.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE, SEEDS

from summarizer.cli import main
from summarizer.handout_file import load_handout

ID = "ketamine-depression"


def example_copy(tmp_path: Path, name: str = "ex") -> Path:
    """A copy of the example's folder (its catalogs too), sources pointed at the seeds;
    the text is edited, not re-saved, so the file keeps the example's layout."""
    folder = tmp_path / name
    shutil.copytree(EXAMPLE.parent, folder, ignore=shutil.ignore_patterns(".*.recovery"))
    toml = folder / "handout.toml"
    text = toml.read_text(encoding="utf-8")
    for ref in load_handout(toml).handout.sources:
        text = text.replace(f'"{ref.path}"', f'"{SEEDS / Path(ref.path).name}"')
    toml.write_text(text, encoding="utf-8")
    return folder


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in err and "internal error" not in err
    return lines[0]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    folder = tmp_path / "victim"
    folder.mkdir()
    return folder


# ------------------------------------------------------------ 1. writes through links


def test_export_to_a_linked_out_folder_inside_the_handout_is_refused(
        tmp_path: Path, victim: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    (h / "out").symlink_to(victim)
    code, out, err = run(capsys, "export", h, "-l", "en", "-o", h / "out")
    assert code == 1 and out == ""
    line = one_line(err)
    assert "symbolic link" in line and str(h / "out") in line
    assert list(victim.iterdir()) == []


def test_export_through_a_link_then_dot_dot_is_refused(
        tmp_path: Path, victim: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (victim / "sub").mkdir()
    h = example_copy(tmp_path)
    (h / "out").symlink_to(victim / "sub")
    code, _, err = run(capsys, "export", h, "-l", "en", "--format", "html",
                       "-o", f"{h}/out/../pdfs")
    assert code == 1 and "symbolic link" in one_line(err)
    assert not (victim / "pdfs").exists()


def test_review_into_a_linked_folder_inside_the_handout_is_refused(
        tmp_path: Path, victim: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    (h / "out").symlink_to(victim)
    code, out, err = run(capsys, "review", h, "-o", h / "out" / "r.html")
    assert code == 1 and out == ""
    assert "symbolic link" in one_line(err)
    assert list(victim.iterdir()) == []


def test_review_over_a_linked_review_html_is_refused(
        tmp_path: Path, victim: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    precious = victim / "precious.html"
    precious.write_text("mine", encoding="utf-8")
    (h / "review.html").symlink_to(precious)
    code, _, err = run(capsys, "review", h)
    assert code == 1 and "symbolic link" in one_line(err)
    assert precious.read_text(encoding="utf-8") == "mine"
    assert (h / "review.html").is_symlink()


def test_review_outside_any_handout_still_works(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    (tmp_path / "real").mkdir()
    (tmp_path / "sheets").symlink_to(tmp_path / "real")  # the user's own link: followed
    code, out, _ = run(capsys, "review", h, "-o", tmp_path / "sheets" / "r.html")
    assert code == 0 and (tmp_path / "real" / "r.html").is_file()
    assert out.strip() == str(tmp_path / "sheets" / "r.html")


async def test_editor_screenshot_into_a_linked_folder_is_refused(
        tmp_path: Path, victim: Path) -> None:
    from tui_helpers import SIZE, ready

    from summarizer.tui.app import EditorApp

    h = example_copy(tmp_path)
    (h / "screenshots").symlink_to(victim)
    app = EditorApp(h / "handout.toml")
    notes: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        real_notify = app.notify

        def notify(message: str, *a: object, **k: object) -> None:
            notes.append(str(message))
            real_notify(message, *a, **k)

        app.notify = notify  # type: ignore[method-assign]
        app.action_screenshot()
        await pilot.pause()
    assert list(victim.iterdir()) == []
    assert any("No screenshot" in n and "symbolic link" in n for n in notes), notes


# ------------------------------------------------------------ 2. no folders created


def test_review_into_a_missing_folder_is_refused_and_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    target = tmp_path / "nonexistent" / "dir" / "x.html"
    code, out, err = run(capsys, "review", h, "-o", target)
    assert code == 1 and out == ""
    assert "does not exist" in one_line(err)
    assert not (tmp_path / "nonexistent").exists()


def test_export_into_a_folder_whose_parent_is_missing_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    code, out, err = run(capsys, "export", h, "-l", "en", "--format", "html",
                         "-o", tmp_path / "nonexistent" / "pdfs")
    assert code == 1 and out == ""
    assert "does not exist" in one_line(err)
    assert not (tmp_path / "nonexistent").exists()
    # the folder -o names is the command's own: created when its parent exists
    code, out, _ = run(capsys, "export", h, "-l", "en", "--format", "html",
                       "-o", tmp_path / "pdfs")
    assert code == 0 and (tmp_path / "pdfs" / f"{ID}.en.html").is_file()


# ------------------------------------------------------------ 3. one id, one handout


def test_a_second_handout_with_the_same_id_is_refused_in_other_languages_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ex = example_copy(tmp_path, "ex")
    copy = example_copy(tmp_path, "copy")
    out = tmp_path / "D"
    code, _, _ = run(capsys, "export", ex, "-l", "es", "-o", out)
    assert code == 0
    code, written, err = run(capsys, "export", copy, "-l", "en", "-o", out)
    assert code == 1 and written == ""
    line = one_line(err.split("\n", 1)[1])  # after the "export: id (path) -> out" line
    assert str(ex / "handout.toml") in line and str(copy / "handout.toml") in line
    assert not (out / f"{ID}.en.pdf").exists()
    owners = json.loads((out / ".summarizer-exports.json").read_text(encoding="utf-8"))
    assert set(owners.values()) == {str((ex / "handout.toml").resolve())}
    # the first handout still adds languages there
    code, _, _ = run(capsys, "export", ex, "-l", "en", "-o", out)
    assert code == 0 and (out / f"{ID}.en.pdf").is_file()


# ------------------------------------------------------------ 4. one spelling per language


def test_language_codes_are_spelled_one_way() -> None:
    from summarizer.schema import canonical_locale

    assert [canonical_locale(t) for t in ("EN", "zh_Hans", "es_us", "ZH-hant-tw", "tl")] \
        == ["en", "zh-Hans", "es-US", "zh-Hant-TW", "tl"]
    assert canonical_locale("es@x") is None and canonical_locale("xx") is None


def test_export_writes_canonical_names_once_per_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    out = tmp_path / "D"
    code, written, err = run(capsys, "export", h, "-l", "EN", "-l", "en", "-l", "es",
                             "-l", "es", "--format", "html", "-o", out)
    assert code == 0, err
    assert sorted(p.name for p in out.glob("*.html")) == [f"{ID}.en.html", f"{ID}.es.html"]
    assert len(written.split()) == 2
    assert "es done (2/2)" in err and "(1/4)" not in err
    assert 'lang="en"' in (out / f"{ID}.en.html").read_text(encoding="utf-8")


def test_underscore_locale_in_the_handout_names_the_canonical_spelling(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = example_copy(tmp_path)
    toml = h / "handout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'locales = ["en", "es"]', 'locales = ["en", "es", "zh_Hans"]'), encoding="utf-8")
    code, _, err = run(capsys, "translations", "status", h)
    assert code == 1
    line = one_line(err)
    assert "'zh_Hans' is written 'zh-Hans'" in line and "handout.toml:" in line


def test_editor_details_spell_languages_canonically() -> None:
    from summarizer.editing import EditError, parse_meta

    assert parse_meta({"locales": "en, ES, zh_Hans, es"}, "en")["locales"] == \
        ["en", "es", "zh-Hans"]
    with pytest.raises(EditError, match="'xx'"):
        parse_meta({"locales": "en xx"}, "en")


# ------------------------------------------------------------ 5. options where they apply


@pytest.mark.parametrize("argv", [("check",), ("translations", "status")])
def test_short_locale_option_is_accepted_where_a_language_applies(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    h = example_copy(tmp_path)
    code, out, err = run(capsys, *argv, h, "-l", "ES")
    assert "unrecognized" not in err
    assert code in (0, 1)
    assert re.search(r"\bes\b", out) and not re.search(r"\bES\b", out), out


def test_new_with_an_unknown_region_names_the_option_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "k3"
    code, out, err = run(capsys, "new", target, "--sources", SEEDS, "--region", "ZZ")
    assert code == 2 and out == ""
    line = err.strip().splitlines()[-1]
    assert "--region ZZ: not a known region" in line and "US" in line
    assert "handout.toml" not in err
    assert not target.exists()
