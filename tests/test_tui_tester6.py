"""Editor defects a new user found on main in session 6, driven as a user would: keys,
dialogs, files on disk; waiting on workers and state, never on a clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import SIZE, copy_example, ready, settle
from tui_wait import until

from summarizer.tui.app import EditorApp
from summarizer.tui.widgets.bound import BoundTextArea


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


async def _rewrite(pilot, box: BoundTextArea, text: str, now) -> None:  # type: ignore[no-untyped-def]
    """Select all in the box (ctrl+a) and type `text` over it, key by key."""
    await pilot.press("ctrl+a", *text)
    await until(pilot, lambda: now() == text)


async def _undo(pilot, now) -> str:  # type: ignore[no-untyped-def]
    """ctrl+z once; the text it leaves."""
    before = now()
    await pilot.press("ctrl+z")
    await until(pilot, lambda: now() != before)
    await settle(pilot)
    return now()


@pytest.mark.parametrize("tab", ["claim", "notice"])
async def test_each_select_all_rewrite_is_its_own_undo_step(example_path: Path, tab: str):
    """Two select-all rewrites of the same claim were one undo step: ctrl+z lost both.
    Each whole-text replacement now starts a step; the keys typed after it join it."""
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        if tab == "claim":
            await pilot.press("2")
            await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
            item = app.state.handout.claims[0]
            box = app.query_one("#claim-text", BoundTextArea)
        else:
            await pilot.press("3")
            await settle(pilot)
            item = next(d for d in app.state.handout.disclaimers if d.kind == "regulatory")
            app.query_one("#safety-pane").show(item.id)
            box = app.query_one("#notice-text", BoundTextArea)
        await settle(pilot)
        box.focus()
        await until(pilot, lambda: app.focused is box and box.bound == item.id)
        original = item.text

        def now() -> str:
            return item.text

        await _rewrite(pilot, box, "First plain rewrite.", now)
        await _rewrite(pilot, box, "Second plain rewrite.", now)
        assert await _undo(pilot, now) == "First plain rewrite."
        assert box.text == "First plain rewrite."
        assert await _undo(pilot, now) == original  # the typing run was one step
        assert box.text == original
        await pilot.press("ctrl+y")
        await until(pilot, lambda: now() == "First plain rewrite.")


def test_a_fresh_translation_is_its_own_undo_step_too() -> None:
    """The translation box is the same kind of box: a string typed over (select all) is a
    new undo step, the keys after it join that step."""
    from conftest import EXAMPLE

    from summarizer.editing import Draft, History, SetTranslation
    from summarizer.handout_file import load_handout

    msgid = load_handout(EXAMPLE).handout.meta.title
    history = History(Draft(load_handout(EXAMPLE).handout))
    for text, fresh in (("K", True), ("Ke", False), ("Otra", True), ("Otra cosa", False)):
        history.do(SetTranslation("es", msgid, text, typed=True, fresh=fresh))
    history.undo()
    assert history.draft.translations["es"][msgid] == "Ke"
    history.undo()
    assert msgid not in history.draft.translations.get("es", {})
