"""Defects found by tester18 using summarizer as its users would: a nurse educator in
the editor, clinic staff exporting PDFs, a translator adding a language, a committee
reading the review sheet.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Static
from tui_helpers import SIZE, copy_example, ready, settle
from tui_wait import until

from summarizer.gate import _view as gate_view
from summarizer.gate.builtin import handout_grade
from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp


async def test_whole_handout_grade_is_the_grade_the_gate_applies(
        tmp_path: Path, seeds_dir: Path) -> None:
    """The Handout tab said "Whole handout: en 12.5" while the Export tab and `check`
    refused the same handout at "reading grade 11.5": the panel graded the drug's name
    as a long word and the gate does not. The nurse rewrote toward a number the gate
    never uses. The panel now shows the gate's grade for every language."""
    path = copy_example(tmp_path, seeds_dir)
    loaded = load_handout(path)
    handout = loaded.handout
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await settle(pilot)
        await until(pilot, lambda: "Whole handout" in str(
            app.query_one("#reading", Static).render()))
        panel = str(app.query_one("#reading", Static).render())
        line = next(x for x in panel.splitlines() if x.startswith("Whole handout"))
        shown = dict(re.findall(r"\b([a-z]{2}(?:-[A-Za-z]+)?) (\d+\.\d)\b", line))
        for locale in handout.meta.locales:
            texts = gate_view(loaded, locale).texts  # what the gate reads of the language
            gate = handout_grade(handout, locale, texts).headline_grade
            assert shown.get(locale) == f"{gate:.1f}", (locale, line, gate)
