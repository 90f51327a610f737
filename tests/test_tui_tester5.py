"""Editor defects a new user found on main in session 5 (tmux at 100x32 and 80x24),
driven as a user would: keys, dialogs, files on disk."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from tui_helpers import SIZE, copy_example, ready, settle
from tui_wait import until

from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp
from summarizer.tui.footer import SteadyFooter


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


def read_only_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Nothing in `folder` can be written or removed, as on a read-only mount (the
    tests run as root, for whom a chmod changes nothing): a removal there fails with
    EROFS even for a file that is not there, as Linux does."""
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.absolute().parent == folder:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)


async def type_in_first_claim(pilot, app: EditorApp) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("2")
    for _ in range(6):  # tab to the claim's text box (the read-only quote is no stop)
        if getattr(app.focused, "id", None) == "claim-text":
            break
        await pilot.press("tab")
        await pilot.pause()
    assert getattr(app.focused, "id", None) == "claim-text"
    await pilot.press(*" More.")
    await until(pilot, lambda: "unsaved" in app.sub_title)


async def test_quit_without_saving_a_handout_in_a_read_only_folder_quits(
    example_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Quitting without saving removed the recovery file unguarded: on a read-only
    folder that raised OSError (EROFS) and the editor ended in a traceback."""
    read_only_folder(monkeypatch, example_path.parent)
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_in_first_claim(pilot, app)
        await pilot.press("escape", "ctrl+q")
        await until(pilot, lambda: app.screen.id == "quit-unsaved"
                    or bool(app.screen.query("#choices")))
        choices = app.screen.query_one("#choices")
        labels = [str(choices.get_option_at_index(i).prompt)  # type: ignore[attr-defined]
                  for i in range(choices.option_count)]  # type: ignore[attr-defined]
        target = next(i for i, text in enumerate(labels) if text.startswith("Quit without"))
        await pilot.press(*["up"] * len(labels), *["down"] * target, "enter")
        await until(pilot, lambda: not app.is_running)
    assert app.return_code in (0, None)


async def test_save_as_from_a_read_only_folder_keeps_the_editor_open(
    example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Save as wrote the copy, then removed the old folder's recovery file unguarded:
    EROFS there ended the editor in a traceback."""
    read_only_folder(monkeypatch, example_path.parent)
    monkeypatch.chdir(tmp_path)
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_in_first_claim(pilot, app)
        await pilot.press("escape", "ctrl+p")
        await until(pilot, lambda: app.screen.id != "_default")
        await pilot.press(*"Save as", "enter")
        await until(pilot, lambda: bool(app.screen.query("#path-input")))
        await pilot.press("ctrl+a", *"copy/handout.toml", "enter")
        await until(pilot, lambda: "unsaved" not in app.sub_title or not app.is_running)
        await settle(pilot)
        assert app.is_running
    copy = load_handout(tmp_path / "copy" / "handout.toml").handout
    assert any("More." in c.text for c in copy.claims)


@pytest.mark.parametrize("size", [(100, 32), (80, 24)], ids=["100x32", "80x24"])
async def test_the_notice_text_box_is_wholly_on_screen(
        example_path: Path, size: tuple[int, int]) -> None:
    """At 80x24 the Safety tab's text box ran below the footer (its last line and
    bottom border off screen): the third line of a notice being edited was hidden."""
    app = EditorApp(example_path)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("3")
        await settle(pilot)
        box = app.query_one("#notice-text")
        pane = box.parent
        assert pane is not None
        assert box.region.height >= 3  # a border and a line to type on, at least
        assert box.region.bottom <= pane.region.bottom, (box.region, pane.region)
        footer = app.query_one(SteadyFooter)
        assert box.region.bottom <= footer.region.y
