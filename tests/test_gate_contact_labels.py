"""A crisis line's name and extra in handout.toml print beside its number in the PDF's box
(tester, session 7): they are compared with the notice's quote like the notice's text, so
an audience or hours the source never gave ("Veterans only, weekdays 9 to 5") block
export; the example's own names, taken from its sources, pass."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_export import copy_example

from summarizer import gate
from summarizer.handout_file import load_handout


def _relabel(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _faith_errors(path: Path) -> list:
    return [f for f in gate.run(load_handout(path), ["en"], reading=False)
            if f.code.startswith("FAITH-") and f.severity == "error"]


@pytest.mark.parametrize(("old", "new", "said"), [
    ('label = "988 Suicide & Crisis Lifeline"', 'label = "Veterans only, weekdays 9 to 5"',
     "Veterans"),
    ('label = "988 Suicide & Crisis Lifeline"', 'label = "988 Lifeline, weekdays 9 to 5"',
     "'9'"),
    ('extra = "then press 1"', 'extra = "then press 1, open 9am to 5pm"', "'9"),
    ('extra = "then press 1"', 'extra = "then press 2"', "'2'"),
])
def test_a_crisis_line_name_the_source_never_gave_is_refused(
        tmp_path: Path, old: str, new: str, said: str) -> None:
    path = copy_example(tmp_path)
    _relabel(path, old, new)
    errors = _faith_errors(path)
    assert any(said in f.message for f in errors), errors
    assert all(f.item for f in errors)  # names the notice whose box prints it


def test_the_examples_names_from_its_sources_pass(tmp_path: Path) -> None:
    path = copy_example(tmp_path)
    assert _faith_errors(path) == []
    # the names really are in the box: the example has three crisis contacts with labels
    assert len(re.findall(r'label = "', path.read_text(encoding="utf-8"))) >= 3
