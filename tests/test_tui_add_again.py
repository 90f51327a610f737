"""Pressing a on a sentence that is already a claim shows that claim without handing the
next keys to its text box (tester, session 8: the keys typed after it went into the
claim's text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui import SIZE, add_claim, highlight, loaded
from tui_wait import until

from summarizer.handout_file import new_handout
from summarizer.sources.load import load_paths
from summarizer.tui.app import EditorApp


@pytest.fixture
def handout_path(tmp_path: Path, seed_paths: list[Path]) -> Path:
    loaded_, errors = load_paths(seed_paths)
    assert not errors
    return new_handout(tmp_path / "ketamine", loaded_, title="Ketamine for depression",
                       locales=["en", "es"]).path


async def test_a_again_shows_the_claim_and_typing_changes_nothing(handout_path: Path) -> None:
    app = EditorApp(handout_path)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await add_claim(pilot, "within a matter of hours", "benefits")
        before = [c.text for c in app.state.handout.claims]
        await highlight(pilot, "within a matter of hours")
        await pilot.press("a")
        await until(pilot, lambda: app.query_one("#claim-list").has_focus)
        await pilot.press("w", "o", "r", "d", "s")
        await pilot.pause()
        assert [c.text for c in app.state.handout.claims] == before
        assert len(app.state.handout.claims) == 1


async def test_after_editing_the_claim_a_again_still_leaves_its_text_alone(
        handout_path: Path) -> None:
    """The same after the claim's text box was the last thing used in tab 2."""
    from textual.widgets import TabbedContent

    app = EditorApp(handout_path)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await add_claim(pilot, "within a matter of hours", "benefits")
        await pilot.press("2")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "handout")
        app.query_one("#claim-list").focus()
        await pilot.press("enter")  # into the text box, as an editor does to rewrite
        await until(pilot, lambda: app.query_one("#claim-text").has_focus)
        await pilot.press("escape")
        await pilot.press("1")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "sources")
        before = [c.text for c in app.state.handout.claims]
        await highlight(pilot, "within a matter of hours")
        await pilot.press("a")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "handout")
        await pilot.pause()
        await pilot.press("w", "o", "r", "d", "s")
        await pilot.pause()
        assert [c.text for c in app.state.handout.claims] == before
