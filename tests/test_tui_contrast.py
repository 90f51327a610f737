"""WCAG AA contrast (>= 4.5:1) for every piece of text the editor shows, computed from
what Textual renders with the app's theme and CSS (its screenshot), on every tab, with
the keyboard in each list and text box, in the dialogs, and on a highlighted row."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from tui_screen import contrast, runs

from summarizer.editing import AddClaim, AttachNotice, new_claim, new_notice
from summarizer.handout_file import new_handout
from summarizer.sources.load import load_paths
from summarizer.tui.app import EditorApp

AA = 4.5


async def until(pilot: Pilot[None], condition, tries: int = 2000) -> None:  # type: ignore[no-untyped-def]
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("the editor never reached the expected state")


def low_contrast(app: EditorApp, where: str, *, dialog: bool = False) -> list[str]:
    """Runs of text below AA; with `dialog`, only inside it (the screen behind a dialog
    is dimmed on purpose: inactive, not meant to be read)."""
    region = app.screen.query_one(".dialog").region if dialog else None
    out = []
    for run in runs(app):
        if not any(ch.isalnum() for ch in run.text):
            continue  # borders, scrollbars, blank cells
        if region is not None and not region.contains(run.col, run.row):
            continue
        ratio = contrast(run.fg, run.bg)
        if ratio < AA:
            out.append(f"{where}: {run.text.strip()[:30]!r} {run.fg} on {run.bg} = {ratio:.2f}")
    return out


async def test_every_text_colour_meets_wcag_aa(tmp_path: Path, seed_paths: list[Path]) -> None:
    loaded, _ = load_paths(seed_paths)
    hdoc = new_handout(tmp_path / "k", loaded, title="Ketamine", locales=["en", "es"])
    app = EditorApp(hdoc.path, keymap_path=tmp_path / "none.toml")
    app.CHECK_DELAY = 0.01
    problems: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: bool(app.state.analyses) and bool(app.query("#export-pane")))
        h = app.state.handout
        for needle, section in (("within a matter of hours", "benefits"),
                                ("potential for abuse", "risks")):
            sid, s = next((sid, s) for sid, a in app.state.analyses.items()
                          for s in a.sentences if needle in s.text)
            app.apply(AddClaim(new_claim(h, sid, s, section)))
        sid, s = next((sid, s) for sid, a in app.state.analyses.items()
                      for s in a.sentences if "988" in s.text)
        app.apply(AttachNotice(new_notice(h, sid, s, "crisis-line")))
        await until(pilot, lambda: app.state.findings is not None)
        places = [("1", "#source-list"), ("1", "#sentence-list"), ("2", "#claim-list"),
                  ("2", "#claim-text"), ("3", "#notice-list"), ("3", "#notice-text"),
                  ("4", "#string-list"), ("4", "#translation-text"), ("5", "#findings"),
                  ("5", "#export-locales")]
        for tab, selector in places:
            await pilot.press("escape", tab)
            await pilot.pause()
            app.query_one(selector).focus()
            await pilot.pause()
            app.clear_notifications()
            await pilot.pause()
            problems += low_contrast(app, selector)
        # A highlighted boilerplate line and a highlighted evidence tag in Sources.
        await pilot.press("escape", "1")
        app.query_one("#sentence-list").focus()
        for _ in range(12):
            await pilot.press("down")
            problems += low_contrast(app, "sentence-list")
        for keys, screen_id in ((("f2",), "handout-details"), (("2", "s"), "pick-section"),
                                (("ctrl+q",), "confirm-quit")):
            await pilot.press(*keys)
            await until(pilot, lambda sid=screen_id: app.screen.id == sid)
            await pilot.pause()
            problems += low_contrast(app, screen_id, dialog=True)
            await pilot.press("escape")
            await pilot.pause()
    assert not problems, "\n".join(dict.fromkeys(problems))
