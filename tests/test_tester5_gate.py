"""Gate defects a new user found on main in session 5, from files the test builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.handout_file import load_handout, new_handout
from summarizer.model import Disclaimer
from summarizer.sources.analyze import analyze_sources
from summarizer.sources.load import load_paths

# An article that carries terminal control sequences (a clipboard write, a bell) inside a
# sentence; the reader keeps offsets by showing each control character as a stand-in.
# (Between two sentences they now belong to neither: tests/test_tester6_sources.py.)
ARTICLE = ("Ketamine news\n\nKetamine is not FDA approved for depression\x07"
           "\x1b]52;c;ZWNobyBoaQ==\x07 in adults. In a study of 20 people, 12 felt better.\n")


def test_a_control_character_stand_in_is_never_printed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Attaching such a sentence as a notice (its text is the quote until the editor
    rewrites it) printed '␇␛]52;c;ZWNobyBoaQ==␇' in the PDF, and the gate said
    nothing about it."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    loaded, errors = load_paths([article])
    assert not errors
    hdoc = new_handout(tmp_path / "h", loaded, title="Ketamine", locales=["en"])
    sid = hdoc.handout.sources[0].id
    analysis = analyze_sources({sid: loaded[0]})[sid]
    cand = next(d for d in analysis.disclaimers if d.kind == "regulatory")
    assert "\u241b" in cand.quote  # ESC, as its stand-in
    hdoc.handout.disclaimers.append(Disclaimer("fda", "regulatory", sid, cand.span,
                                               cand.quote, cand.quote, [], cand.regulator))
    hdoc.save()
    capsys.readouterr()
    assert main(["check", str(hdoc.path)]) == 1
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "CONTENT-CONTROL-CHAR" in ln)
    assert "error" in line and "fda" in line

    hdoc = load_handout(hdoc.path)
    hdoc.handout.disclaimers[0].text = "Ketamine is not FDA approved for depression."
    hdoc.save()
    capsys.readouterr()
    main(["check", str(hdoc.path)])
    assert "CONTENT-CONTROL-CHAR" not in capsys.readouterr().out


def test_a_stand_in_in_a_contact_label_is_found_too(tmp_path: Path) -> None:
    """Reviewer, session 5: a contact's label ("Veterans Crisis Line ␛]52;c;…␇") is printed
    in the notice's box, but the rule read only titles, claims and notice texts."""
    from dataclasses import replace

    from test_export import copy_example

    from summarizer.checks import check_handout

    def poison(h) -> None:  # type: ignore[no-untyped-def]
        notice = next(d for d in h.disclaimers if d.contacts)
        notice.contacts[0] = replace(
            notice.contacts[0], label="Veterans Crisis Line \u241b]52;c;ZWNobyBoaQ==\u2407")

    path = copy_example(tmp_path / "ex", poison)
    found = [f for f in check_handout(load_handout(path), ["en"])
             if f.code == "CONTENT-CONTROL-CHAR"]
    assert found and found[0].severity == "error"
