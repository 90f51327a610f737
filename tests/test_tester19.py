"""Defects found by tester19 using summarizer as its users would: a nurse educator in
the editor, clinic staff exporting PDFs in batch, a translator adding French.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

from pathlib import Path

import tomlkit
from tui_helpers import copy_example

from summarizer.gate import run
from summarizer.handout_file import load_handout


def _drop_disclaimers(path: Path, ids: set[str]) -> None:
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    kept = [d for d in doc["disclaimers"] if d["id"] not in ids]
    table = tomlkit.aot()
    for d in kept:
        table.append(d)
    doc["disclaimers"] = table
    path.write_text(tomlkit.dumps(doc), encoding="utf-8")


def _crisis_missing(path: Path) -> list[str]:
    return [f.message for f in run(load_handout(path), ["en"], reading=False)
            if f.code == "SAFETY-CRISIS-MISSING" and f.is_error]


def test_a_crisis_line_for_spanish_speakers_alone_is_not_the_english_handouts_line(
        tmp_path: Path, seeds_dir: Path) -> None:
    """The nurse attached the article's "The Suicide & Crisis Lifeline in the U.S. has a
    Spanish language phone line at 1-888-628-9454" as the crisis notice, and nothing
    else: `check` said "en: ready" and the English PDF's only crisis number was a line
    for Spanish speakers. A line the rulebook or the article says serves one group (a
    language, veterans) does not stand for the crisis line every reader can call; the
    gate says whom the given lines serve."""
    path = copy_example(tmp_path, seeds_dir)
    assert not _crisis_missing(path)  # 988 for everyone is there
    _drop_disclaimers(path, {"crisis-988"})
    found = _crisis_missing(path)
    assert found, "the Spanish and veterans' lines alone passed as the crisis line"
    assert "Spanish speakers" in found[0] and "veterans" in found[0], found


def test_the_veterans_line_alone_is_not_everyones_crisis_line(
        tmp_path: Path, seeds_dir: Path) -> None:
    path = copy_example(tmp_path, seeds_dir)
    _drop_disclaimers(path, {"crisis-988", "crisis-spanish"})
    found = _crisis_missing(path)
    assert found and "veterans" in found[0], found
