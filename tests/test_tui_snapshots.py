"""Screenshots of every tab and dialog at 80x24 and 120x40 (pytest-textual-snapshot).

Baselines live in tests/__snapshots__/; regenerate with `--snapshot-update` after an
intended change and look at the SVGs before accepting them. The handout is built from
the seed articles the same way each run, nothing shown depends on time or paths, and
nothing waits on the clock: each step waits for the workers and for the state it needs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_wait import until, workers_done

from summarizer.editing import AddClaim, AttachNotice, new_claim, new_notice
from summarizer.handout_file import new_handout
from summarizer.sources.load import load_paths
from summarizer.tui.app import EditorApp

SIZES = {"small": (80, 24), "large": (120, 40)}

# (needle in a seed sentence, section or notice kind)
CLAIMS = (("within a matter of hours", "benefits"), ("Ketamine may work when other", "benefits"),
          ("potential for abuse", "risks"))
NOTICES = (("988", "crisis-line"), ("not FDA approved for depression", "regulatory"))

Step = Callable[[Pilot[None]], Awaitable[None]]


@pytest.fixture
def app(tmp_path: Path, seed_paths: list[Path]) -> EditorApp:
    loaded, _ = load_paths(seed_paths)
    hdoc = new_handout(tmp_path / "ketamine", loaded, title="Ketamine for depression",
                       handout_id="ketamine", locales=["en", "es"])
    app = EditorApp(hdoc.path, keymap_path=tmp_path / "no-keymap.toml")
    app.animation_level = "none"  # no smooth scrolling caught half-way in a screenshot
    app.CHECK_DELAY = 0.01
    # The "changed outside the editor" warning is a toast on a 2 s timer: under load it
    # could land in a screenshot. The dialog case shows the change through ctrl+s.
    app.DISK_CHECK_INTERVAL = 3600.0
    return app


async def quiet(pilot: Pilot[None]) -> None:
    """Workers done, findings in, no toasts: the screen will not change by itself."""
    app = pilot.app
    assert isinstance(app, EditorApp)
    await workers_done(pilot)
    await until(pilot, lambda: app.state.findings is not None)
    await workers_done(pilot)
    await pilot.wait_for_scheduled_animations()
    app.clear_notifications()
    await pilot.pause()


def prepared(tab: str, *, items: bool = True, then: Step | None = None) -> Step:
    """run_before: wait for the sources, add the same items every time, show `tab`."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, EditorApp)
        await until(pilot, lambda: bool(app.state.analyses) and bool(app.query("#export-pane")))
        if items:
            h = app.state.handout
            for needle, section in CLAIMS:
                sid, sentence = _find(app, needle)
                app.apply(AddClaim(new_claim(h, sid, sentence, section)))
            for needle, kind in NOTICES:
                sid, sentence = _find(app, needle)
                app.apply(AttachNotice(new_notice(h, sid, sentence, kind)))
        app.action_show_tab(tab)
        await quiet(pilot)
        if then is not None:
            await then(pilot)
        await quiet(pilot)

    return run_before


def _find(app: EditorApp, needle: str):  # type: ignore[no-untyped-def]
    for sid, analysis in app.state.analyses.items():
        for sentence in analysis.sentences:
            if needle in sentence.text:
                return sid, sentence
    raise AssertionError(needle)


async def _second_source(pilot: Pilot[None]) -> None:
    await pilot.press("down", "down", "enter", "down", "down", "down")


def _dialog(keys: tuple[str, ...], screen_id: str) -> Step:
    async def open_(pilot: Pilot[None]) -> None:
        await pilot.press(*keys)
        await until(pilot, lambda: pilot.app.screen.id == screen_id
                    and bool(pilot.app.screen.children))
        from textual.widgets import Input

        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False  # a blinking cursor is caught on or off at random
        await pilot.pause()

    return open_


async def _help(pilot: Pilot[None]) -> None:
    from textual.widgets import Markdown

    await pilot.press("f1")
    await until(pilot, lambda: bool(pilot.app.screen.query(Markdown)))
    markdown = pilot.app.screen.query_one(Markdown)
    await until(pilot, lambda: len(markdown.children) > 5)  # blocks render asynchronously


async def _changed_on_disk(pilot: Pilot[None]) -> None:
    app = pilot.app
    assert isinstance(app, EditorApp)
    path = app.state.hdoc.path
    path.write_text(path.read_text(encoding="utf-8") + "\n# a colleague's edit\n",
                    encoding="utf-8")
    await _dialog(("ctrl+s",), "changed-on-disk")(pilot)


async def _palette(pilot: Pilot[None]) -> None:
    """The command palette, listing every action (its search box empty)."""
    from textual.command import CommandList, CommandPalette
    from textual.widgets import Input, LoadingIndicator

    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette)
                and bool(pilot.app.screen.query(CommandList)))
    palette = pilot.app.screen
    commands = palette.query_one(CommandList)
    await workers_done(pilot)  # the palette gathers its commands in a worker
    await until(pilot, lambda: commands.option_count > 20
                and not commands.has_class("--populating")
                and not palette.query_one(LoadingIndicator).has_class("--visible"))
    for field in palette.query(Input):
        field.cursor_blink = False
    await pilot.pause()


async def _confirm_reload(pilot: Pilot[None]) -> None:
    """Palette "Reload from disk" with unsaved work: asks first."""
    await pilot.press("ctrl+p", *"reload from disk")
    await until(pilot, lambda: "Reload from disk" in _palette_text(pilot))
    await workers_done(pilot)
    await _dialog(("enter",), "confirm-reload")(pilot)


async def _confirm_drop(pilot: Pilot[None]) -> None:
    """The second question before a destructive answer ("Reload their version")."""
    await _changed_on_disk(pilot)
    await pilot.press("end", "enter")
    await until(pilot, lambda: pilot.app.screen.id == "confirm"
                and bool(pilot.app.screen.children))


def _palette_text(pilot: Pilot[None]) -> str:
    from textual.command import CommandList

    found = pilot.app.screen.query(CommandList)
    if not found:
        return ""
    commands = found.first()
    return " ".join(str(commands.get_option_at_index(i).prompt)
                    for i in range(commands.option_count))


CASES: dict[str, tuple[str, bool, Step | None]] = {
    "sources": ("sources", False, _second_source),
    "handout": ("handout", True, None),
    "safety": ("safety", True, None),
    "translations": ("translations", True, None),
    "export": ("export", True, None),
    "help": ("sources", False, _help),
    "quit": ("handout", True, _dialog(("ctrl+q",), "confirm-quit")),
    "section": ("handout", True, _dialog(("s",), "pick-section")),
    "evidence": ("handout", True, _dialog(("v",), "pick-evidence")),
    "details": ("handout", True, _dialog(("f2",), "handout-details")),
    "add-claim": ("sources", False, _dialog(("tab", "a"), "pick-section")),
    "changed-on-disk": ("handout", True, _changed_on_disk),
    "review": ("review", True, None),
    "palette": ("handout", True, _palette),
    "confirm-reload": ("handout", True, _confirm_reload),
    "confirm": ("handout", True, _confirm_drop),
    "add-source": ("sources", False, _dialog(("o",), "add-source")),
}


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("case", list(CASES))
def test_screen(app: EditorApp, snap_compare, case: str, size: str) -> None:  # type: ignore[no-untyped-def]
    tab, items, then = CASES[case]
    assert snap_compare(app, terminal_size=SIZES[size],
                        run_before=prepared(tab, items=items, then=then))


@pytest.mark.parametrize("size", sorted(SIZES))
def test_recovery_dialog(tmp_path: Path, seed_paths: list[Path], snap_compare,  # type: ignore[no-untyped-def]
                         size: str) -> None:
    """Opening a handout with unsaved work left by a crash: the recovery question."""
    from summarizer.tui import state as st

    loaded, _ = load_paths(seed_paths)
    hdoc = new_handout(tmp_path / "ketamine", loaded, title="Ketamine for depression",
                       handout_id="ketamine", locales=["en", "es"])
    hdoc.handout.meta.title = "Ketamine: my unsaved title"
    st.write_recovery(hdoc)
    app = EditorApp(tmp_path / "ketamine" / "handout.toml",
                    keymap_path=tmp_path / "no-keymap.toml")
    app.animation_level = "none"
    app.CHECK_DELAY = 0.01
    app.DISK_CHECK_INTERVAL = 3600.0

    async def run_before(pilot: Pilot[None]) -> None:
        await until(pilot, lambda: pilot.app.screen.id == "recovery"
                    and bool(pilot.app.screen.query("#choices")))
        app = pilot.app
        assert isinstance(app, EditorApp)
        await until(pilot, lambda: app.state.findings is not None)  # the tab marks
        await workers_done(pilot)
        await until(pilot, lambda: app.state.findings is not None)  # the tab marks
        await workers_done(pilot)
        await pilot.wait_for_scheduled_animations()
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZES[size], run_before=run_before)
