"""Issue 9, "Values": a stranger's handout.toml with values that switched checks off,
wrote hidden files or failed late. Each is refused at load, as FILE:LINE:COL, exit 1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import HandoutError
from summarizer.handout_file import load_handout

from .conftest import changed_line, edit

CASES = [
    # (what the file said, what the stranger wrote, words the message must contain)
    ("max_grade = 10.0", "max_grade = nan", "'max_grade' must be a reading grade from 1 to 20"),
    ("max_grade = 10.0", "max_grade = 1e9", "'max_grade' must be a reading grade from 1 to 20"),
    ("max_grade = 10.0", "max_grade = inf", "'max_grade' must be a reading grade from 1 to 20"),
    ("target_grade = 8.0", "target_grade = -inf", "'target_grade' must be a reading grade"),
    ('date = "2026-11-22"', 'date = "22/11/2026"', "'date' must be a date written YYYY-MM-DD"),
    ('date = "2026-11-22"', 'date = "2026-02-30"', "that exists"),
    ('id = "ketamine-depression"', 'id = ""', "'id' must be a slug"),
    ('id = "ketamine-depression"', f'id = "{"a" * 300}"', "'id' must be a slug"),
    ('id = "ketamine-depression"', 'id = "../../escaped/evil"', "'id' must be a slug"),
    ('id = "ketamine-depression"', 'id = ".hidden"', "'id' must be a slug"),
    ('locales = ["en", "es"]', 'locales = ["en", "es@x/../../../../x"]', "'locales[1]' must be"),
    ('locales = ["en", "es"]', 'locales = ["en", "xx"]', "not a language Babel knows"),
    ('region = "US"', 'region = "ZZ"', "'region' must be a two-letter country code"),
    (re.compile(r'evidence = "[a-z-]+"'), 'evidence = "proven"', "'evidence' is 'proven'"),
    (re.compile(r'evidence = ("[a-z-]+")'), r"evidnce = \1",
     "unknown key 'evidnce'; did you mean 'evidence'?"),
    ("span = [1463, 1578]", "span = [1578, 1463]", "'span' must be [start, end]"),
    ('role = "crisis"', 'rolle = "crisis"',
     "unknown key 'rolle' in a contact; did you mean 'role'?"),
]


@pytest.mark.parametrize(("old", "new", "expected"), CASES, ids=[c[1][:30] for c in CASES])
def test_bad_value_is_one_line_with_its_position(example_copy: Path, capsys, old, new, expected):
    original = (example_copy / "handout.toml").read_text(encoding="utf-8")
    path = edit(example_copy, old, new)
    line = changed_line(original, path.read_text(encoding="utf-8"))
    with pytest.raises(HandoutError) as info:
        load_handout(path)
    assert expected in str(info.value)
    assert str(info.value).startswith(f"{path}:{line}:")
    before = sorted(p for p in example_copy.parent.parent.rglob("*"))
    for command in (["check"], ["verify"], ["export", "-o", str(example_copy / "pdfs")],
                    ["translations", "update"]):
        assert main([*command, str(path)]) == 1, command
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and expected in err and "Traceback" not in err
    assert sorted(p for p in example_copy.parent.parent.rglob("*")) == before  # wrote nothing


def test_a_toml_date_is_a_date_and_saves_unchanged(example_copy: Path):
    path = edit(example_copy, 'date = "2026-11-22"', "date = 2026-11-22")
    hdoc = load_handout(path)
    assert hdoc.handout.meta.date == "2026-11-22"
    before = path.read_bytes()
    hdoc.save()
    assert path.read_bytes() == before


def test_new_refuses_a_bad_id_before_creating_anything(tmp_path: Path, seeds_dir: Path, capsys):
    target = tmp_path / "h"
    assert main(["new", str(target), "--sources", str(seeds_dir), "--id", "../x"]) == 1
    assert "'id' must be a slug" in capsys.readouterr().err
    assert not target.exists()


def test_contacts_that_are_not_a_list(example_copy: Path, capsys):
    """Found by the fuzzer: `contacts = 0` was an internal error (TypeError)."""
    path = edit(example_copy, re.compile(r"contacts = \[.*\]"), "contacts = 0")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "'contacts' must be a list" in err and "internal error" not in err
