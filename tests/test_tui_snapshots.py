"""Screenshots of every tab and dialog at fixed terminal sizes (pytest-textual-snapshot).

Baselines live in tests/__snapshots__/; regenerate with `--snapshot-update` after an
intended change and look at the SVGs before accepting them. The handout is built from
the seed articles the same way each run, and nothing shown depends on time or paths.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from summarizer.handout_file import new_handout
from summarizer.sources.load import load_paths
from summarizer.tui.app import EditorApp

SMALL = (80, 24)
LARGE = (100, 30)

# (needle in a seed sentence, section or notice kind)
CLAIMS = (("within a matter of hours", "benefits"), ("Ketamine may work when other", "benefits"),
          ("potential for abuse", "risks"))
NOTICES = (("988", "crisis-line"), ("not FDA approved for depression", "regulatory"))


@pytest.fixture
def app(tmp_path: Path, seed_paths: list[Path]) -> EditorApp:
    loaded, _ = load_paths(seed_paths)
    hdoc = new_handout(tmp_path / "ketamine", loaded, title="Ketamine for depression",
                       handout_id="ketamine", locales=["en", "es"])
    app = EditorApp(hdoc.path)
    app.animation_level = "none"  # no smooth scrolling caught half-way in a screenshot
    return app


def prepared(tab: str, *, items: bool = True, then: Callable[[Pilot[None]], Awaitable[None]]
             | None = None) -> Callable[[Pilot[None]], Awaitable[None]]:
    """run_before: wait for the sources, add the same items every time, show `tab`."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, EditorApp)
        await app.workers.wait_for_complete()
        await pilot.pause()
        if items:
            for needle, section in CLAIMS:
                sid, sentence = _find(app, needle)
                app.add_claim(sid, sentence, section)
            for needle, kind in NOTICES:
                sid, sentence = _find(app, needle)
                app.add_disclaimer(sid, sentence, kind)
        app.action_show_tab(tab)
        await app.workers.wait_for_complete()
        await pilot.pause()
        if then is not None:
            await then(pilot)
        await app.workers.wait_for_complete()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        app.clear_notifications()
        await pilot.pause()

    return run_before


def _find(app: EditorApp, needle: str):  # type: ignore[no-untyped-def]
    for sid, analysis in app.state.analyses.items():
        for sentence in analysis.sentences:
            if needle in sentence.text:
                return sid, sentence
    raise AssertionError(needle)


async def _second_source(pilot: Pilot[None]) -> None:
    await pilot.press("down", "down", "enter", "down", "down", "down")


def test_sources_tab(app: EditorApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=SMALL,
                        run_before=prepared("sources", items=False, then=_second_source))


def test_handout_tab(app: EditorApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=LARGE, run_before=prepared("handout"))


def test_handout_tab_small(app: EditorApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=SMALL, run_before=prepared("handout"))


def test_safety_tab(app: EditorApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=SMALL, run_before=prepared("safety"))


def test_translations_tab(app: EditorApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=SMALL, run_before=prepared("translations"))


def test_export_tab(app: EditorApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=LARGE, run_before=prepared("export"))


def test_help_screen(app: EditorApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def help_(pilot: Pilot[None]) -> None:
        from textual.widgets import Markdown

        await pilot.press("f1")
        markdown = pilot.app.screen.query_one(Markdown)
        for _ in range(100):  # Markdown renders its blocks asynchronously
            await pilot.pause(0.05)
            if len(markdown.children) > 5:
                break
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=SMALL,
                        run_before=prepared("sources", items=False, then=help_))


def test_quit_dialog(app: EditorApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def quit_(pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+q")

    assert snap_compare(app, terminal_size=SMALL, run_before=prepared("handout", then=quit_))
