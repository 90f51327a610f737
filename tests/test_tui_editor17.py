"""Editor defects a nurse educator would hit (session 17's tester): alt+digit in a text
box, lists that wrapped from the last row to the first, the Translations tab's status
against `summarizer check`, tab into hidden widgets, a rewrite typed during a check.
Each driven as a user would: keys (as the terminal sends them), the screen, the files."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual._xterm_parser import XTermParser
from textual.pilot import Pilot
from textual.widgets import TabbedContent, TextArea
from tui_helpers import SIZE, copy_example, ready, settle
from tui_wait import until

from summarizer.tui.app import EditorApp


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


async def terminal_sends(pilot: Pilot[None], data: str) -> None:
    """The keys the terminal's bytes become, read by Textual's own input parser; the
    parser's end stands for the pause after them (an escape waits ESCDELAY for more)."""
    parser = XTermParser()
    for key in [*parser.feed(data), *parser.feed("")]:
        key.set_sender(pilot.app)
        pilot.app.post_message(key)
        await pilot.pause()


# --------------------------------------------------------------------------- 1 alt+digit


def active_tab(app: EditorApp) -> str:
    return app.query_one(TabbedContent).active


@pytest.mark.parametrize("sent", ["\x1b3", "\x1b[51;3u"])  # escape 3; kitty's alt+3
async def test_alt_digit_in_a_text_box_shows_that_tab_and_types_nothing(
        example_path: Path, sent: str) -> None:
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        box = app.query_one("#claim-text", TextArea)
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        box.focus()
        await until(pilot, lambda: app.focused is box)
        before = box.text
        claims = {c.id: c.text for c in app.state.handout.claims}
        await terminal_sends(pilot, sent)
        await until(pilot, lambda: active_tab(app) == "safety")
        await settle(pilot)
        assert box.text == before
        assert {c.id: c.text for c in app.state.handout.claims} == claims
        assert app.focused is app.query_one("#notice-list")


async def test_alt_digit_in_a_list_shows_that_tab(example_path: Path) -> None:
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await terminal_sends(pilot, "\x1b4")
        await until(pilot, lambda: active_tab(app) == "translations")


async def test_escape_then_a_digit_typed_slowly_still_shows_the_tab(example_path: Path) -> None:
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        box = app.query_one("#claim-text", TextArea)
        box.focus()
        await until(pilot, lambda: app.focused is box)
        before = box.text
        await terminal_sends(pilot, "\x1b")
        await terminal_sends(pilot, "3")
        await until(pilot, lambda: active_tab(app) == "safety")
        assert box.text == before


async def test_a_pound_sign_typed_in_a_text_box_stays_a_pound_sign(example_path: Path) -> None:
    """A UK keyboard sends £ itself (no escape): it is text, never tab 3."""
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        box = app.query_one("#claim-text", TextArea)
        box.focus()
        await until(pilot, lambda: app.focused is box)
        box.move_cursor(box.document.end)
        before = box.text
        await terminal_sends(pilot, "£5")
        await until(pilot, lambda: box.text == before + "£5")
        assert active_tab(app) == "handout"
