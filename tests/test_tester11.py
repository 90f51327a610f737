"""Defects found by tester11 (session 11) using summarizer as its users would: a nurse in
the editor, clinic staff exporting a batch, a translator adding a language.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList
from tui_helpers import SIZE, new_from_seeds, ready, settle
from tui_wait import until

from summarizer.tui.app import EditorApp


@pytest.mark.parametrize("key", ["d", "a"])
async def test_a_key_in_the_source_list_picks_no_sentence_of_its_own(
        tmp_path: Path, seed_paths: list[Path], key: str) -> None:
    """The editor opens with the keyboard in the list of articles, and the sentence list
    beside it shows the first line of the highlighted article (its headline). `d` there
    offered to attach the headline as a safety notice (and `a` to cite it as a claim):
    the nurse had picked no sentence at all. Now the key puts the keyboard in the
    article's sentences and says to pick one; nothing is offered or added."""
    path = new_from_seeds(tmp_path, seed_paths)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        sources = app.query_one("#source-list", OptionList)
        sentences = app.query_one("#sentence-list", OptionList)
        await until(pilot, lambda: app.focused is sources)
        await pilot.press("down")  # another article: its sentences are shown, none picked
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert app.screen.id not in ("pick-kind", "pick-section")
        assert app.focused is sentences
        assert not app.state.handout.disclaimers and not app.state.handout.claims
        # in the sentences, the same key acts on the sentence the nurse highlighted
        await pilot.press("down", key)
        await until(pilot, lambda: app.screen.id in ("pick-kind", "pick-section"))

