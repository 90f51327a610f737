"""Editor defects a tester found (recovery file, save-as, focus after a jump, select
all, the Review tab), each driven as a user would: keys, files on disk, the screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import OptionList
from tui_helpers import RECOVERY, SIZE, copy_example, pick, ready, settle
from tui_wait import until

from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp
from summarizer.tui.footer import SteadyFooter


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


# --------------------------------------------------------------------------- 1 recovery


async def test_undo_back_to_the_saved_state_leaves_no_recovery_file(example_path: Path) -> None:
    recovery = example_path.with_name(RECOVERY)
    app = EditorApp(example_path)
    app.AUTOSAVE_DELAY = 0.01
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("x")
        await until(pilot, recovery.exists)  # the removal was autosaved
        await pilot.press("ctrl+z", "ctrl+y", "ctrl+z")
        await until(pilot, lambda: "unsaved" not in app.sub_title)
        await settle(pilot)
        await pilot.press("ctrl+q")  # clean: quits without asking
        await until(pilot, lambda: not app.is_running)
    assert not recovery.exists()

    again = EditorApp(example_path)
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.screen.id != "recovery"
        shown = [o.id for o in again.query_one("#claim-list", OptionList).options
                 if (o.id or "").startswith("claim:")]
        assert len(shown) == len(load_handout(example_path).handout.claims) == 11


async def test_discarding_recovered_work_deletes_it_for_good(example_path: Path) -> None:
    recovery = example_path.with_name(RECOVERY)
    crashed = EditorApp(example_path)
    crashed.AUTOSAVE_DELAY = 0.01
    async with crashed.run_test(size=SIZE) as pilot:  # ends without quitting: a crash
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: crashed.focused is crashed.query_one("#claim-list"))
        await pilot.press("x")
        await until(pilot, recovery.exists)
    for _ in range(2):  # the second open must not ask again
        app = EditorApp(example_path)
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            if recovery.exists():
                await pick(pilot, "recovery", "Discard it")
                await pick(pilot, "confirm", "Yes")
                await settle(pilot)
            else:
                assert app.screen.id != "recovery"
            await pilot.press("ctrl+q")
            await until(pilot, lambda: not pilot.app.is_running)
        assert not recovery.exists()


async def test_a_recovery_file_that_saves_as_the_saved_handout_is_not_offered(
    example_path: Path,
) -> None:
    """Same handout, other layout (a blank line, as tomlkit may write it): nothing lost."""
    recovery = example_path.with_name(RECOVERY)
    text = example_path.read_text(encoding="utf-8").replace("\n[[", "\n\n[[", 1)
    recovery.write_text(json.dumps({"format": "summarizer-recovery/1", "handout": text,
                                    "translations": {}}), encoding="utf-8")
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.screen.id != "recovery"
    assert not recovery.exists()


# --------------------------------------------------------------------------- 2 save-as


async def test_save_as_copies_the_source_snapshots_so_the_copy_checks_clean(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from summarizer.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["new", "ketamine", "--sources", *map(str, seed_paths[:2])]) == 0
    original = tmp_path / "ketamine" / "handout.toml"
    cited = [ref.path for ref in load_handout(original).handout.sources]
    assert all(p.startswith("sources/") for p in cited), cited
    app = EditorApp(original)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(app.query("#claim-list"))
                    and app.query_one("#sentence-list", OptionList).option_count > 1)
        await settle(pilot)
        await pilot.press("1", "tab", "a")
        await until(pilot, lambda: app.screen.id == "pick-section")
        await pilot.press("enter")
        await until(pilot, lambda: "unsaved" in app.sub_title)
        original.write_text(original.read_text(encoding="utf-8").replace(
            'title = "', 'title = "Their ', 1), encoding="utf-8")
        await pilot.press("ctrl+s")
        await pick(pilot, "changed-on-disk", "Save my version under another name")
        await until(pilot, lambda: bool(app.screen.query("#path-input")))
        await pilot.press("end", *["backspace"] * 200, *"mine", "enter")
        await until(pilot, lambda: "unsaved" not in app.sub_title)
        await settle(pilot)
    mine = tmp_path / "mine" / "handout.toml"
    copy = load_handout(mine).handout
    assert [ref.path for ref in copy.sources] == cited  # beside the copy, not ../ketamine
    for path in cited:
        assert (mine.parent / path).read_bytes() == (original.parent / path).read_bytes()
    capsys.readouterr()
    main(["check", str(mine)])
    out = capsys.readouterr()
    assert "PROV-SOURCE" not in out.out + out.err
    assert "PROV-" in out.out + out.err or "error" in (out.out + out.err).lower()  # it ran
    assert len(copy.claims) == 1


# --------------------------------------------------------------------------- 3 jumps


async def test_enter_on_a_finding_puts_the_keyboard_in_the_claims_text(
    example_path: Path,
) -> None:
    from textual.widgets import TabbedContent, TextArea

    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("enter", *"Miracle", "space", *"cure.", "space", "escape")
        await until(pilot, lambda: app.state.findings is not None and any(
            f.code == "HYPE-WORD" for f in app.state.findings))
        await pilot.press("5")
        findings = app.query_one("#findings", OptionList)
        await until(pilot, lambda: app.focused is findings and findings.option_count > 1)
        hype = next(i for i, f in enumerate(app.state.findings or []) if f.code == "HYPE-WORD")
        await pilot.press("home", *["down"] * hype, "enter")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "handout")
        await settle(pilot)
        box = app.query_one("#claim-text", TextArea)
        assert app.focused is box
        assert box.cursor_location == box.document.end
        await pilot.press("s", "x")  # typed, not the list's section and remove keys
        await settle(pilot)
        assert app.screen.id != "pick-section"
        assert box.text.startswith("Miracle cure.") and box.text.endswith("sx")


# --------------------------------------------------------------------------- 4 select all


async def test_select_all_in_a_claims_text_then_type_over_it(example_path: Path) -> None:
    from textual.widgets import TextArea

    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("enter")
        box = app.query_one("#claim-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        claim_id = app.query_one("#handout-pane").current_claim_id()
        await pilot.press("ctrl+a", *"Short", "space", *"and", "space", *"plain.")
        await settle(pilot)
        assert box.text == "Short and plain."
        assert "^a Select" in str(app.query_one(SteadyFooter).render())
        await pilot.press("f1")
        await until(pilot, lambda: app.screen.id != "_default")
        shown = " ".join(str(getattr(w, "source", "")) for w in app.screen.query("Markdown"))
        assert "**ctrl+a** selects all" in shown
        await pilot.press("escape", "ctrl+s")
        await until(pilot, lambda: "unsaved" not in app.sub_title)
    saved = {c.id: c.text for c in load_handout(example_path).handout.claims}
    assert saved[claim_id] == "Short and plain."


# --------------------------------------------------------------------------- 5 review tab


async def test_the_review_tab_opens_at_the_top_with_its_list_focused(example_path: Path) -> None:
    """With a finding about the whole handout (here a hype word in the title), its rows
    sit under a heading at the bottom: the tab opened on that heading, scrolled down."""
    from textual.widgets import TabbedContent

    example_path.write_text(example_path.read_text(encoding="utf-8").replace(
        'title = "', 'title = "A miracle cure? ', 1), encoding="utf-8")
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.state.findings is not None)
        await settle(pilot)
        await pilot.press("6")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "review")
        await settle(pilot)
        listing = app.query_one("#review-list", OptionList)
        assert app.focused is listing
        assert listing.highlighted == 0 and listing.scroll_y == 0
        await pilot.press(*["down"] * 4, "home")
        await settle(pilot)
        assert listing.highlighted == 0 and listing.scroll_y == 0
        await pilot.press("2", "6")  # and again on a second visit
        await until(pilot, lambda: app.query_one(TabbedContent).active == "review")
        await settle(pilot)
        assert app.focused is listing and listing.scroll_y == 0


# --------------------------------------------------------------------------- 6 focus


def looks(app: EditorApp, widget: object) -> list[str]:
    """The styles of every cell of the widget's area on the screen, as drawn."""
    region = widget.region  # type: ignore[attr-defined]
    return [str(app.screen.get_style_at(x, y)) for y in range(region.y, region.bottom)
            for x in range(region.x, region.right)]


async def test_every_focus_stop_shows_that_it_has_the_keyboard(example_path: Path) -> None:
    """Tab and shift+tab visit each focusable part of each tab; each must look different
    while it has the keyboard (a scroll area or the tab bar used to show nothing)."""
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        invisible = []
        for tab in "123456":
            await pilot.press("escape", tab)
            await settle(pilot)
            chain = list(app.screen.focus_chain)
            for widget in chain:
                other = next(w for w in chain if w is not widget and widget not in w.ancestors
                             and w not in widget.ancestors)
                other.focus()
                await settle(pilot)
                before = looks(app, widget)
                widget.focus()
                await settle(pilot)
                if looks(app, widget) == before:
                    invisible.append(f"{tab}: {type(widget).__name__}#{widget.id}")
        assert not invisible
        await pilot.press("escape", "f1")
        await until(pilot, lambda: app.screen.id != "_default")
        shown = " ".join(str(getattr(w, "source", "")) for w in app.screen.query("Markdown"))
        assert "**tab**" in shown and "**shift+tab**" in shown


# --------------------------------------------------------------------------- 7 decide later


def recovery_files(handout: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(handout.parent.glob(".*recovery*"))}


async def test_decide_later_keeps_the_earlier_recovery_file_intact(example_path: Path) -> None:
    """A session ends without saving (a crash) and leaves its recovery file; the next one
    answers "Decide later" and edits: its autosave must not overwrite that file, and after
    it crashes too, both sessions' work is offered back, the earlier first."""
    recovery = example_path.with_name(RECOVERY)
    first = EditorApp(example_path)
    first.AUTOSAVE_DELAY = 0.01
    async with first.run_test(size=SIZE) as pilot:  # ends without quitting: a crash
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: first.focused is first.query_one("#claim-list"))
        await pilot.press("x")  # the first claim removed
        await until(pilot, recovery.exists)
    earlier = recovery.read_bytes()

    second = EditorApp(example_path)
    second.AUTOSAVE_DELAY = 0.01
    async with second.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pick(pilot, "recovery", "Decide later")
        await pilot.press("2")
        await until(pilot, lambda: second.focused is second.query_one("#claim-list"))
        await pilot.press("x", "x")  # two claims removed in this session
        await until(pilot, lambda: recovery_files(example_path) != {RECOVERY: earlier})
        await settle(pilot)  # autosaved
        assert recovery.read_bytes() == earlier
    files = recovery_files(example_path)
    assert files.pop(RECOVERY) == earlier  # the crash kept the earlier work too
    (mine,) = files.values()
    saved = len(load_handout(example_path).handout.claims)

    third = EditorApp(example_path)
    async with third.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pick(pilot, "recovery", "Recover it")
        await settle(pilot)
        assert len(third.state.handout.claims) == saved - 1  # the first session's work
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "unsaved" not in third.sub_title)
        await settle(pilot)
    assert recovery_files(example_path) == {next(iter(files)): mine}  # the other one stays

    fourth = EditorApp(example_path)
    async with fourth.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pick(pilot, "recovery", "Recover it")
        await settle(pilot)
        assert len(fourth.state.handout.claims) == saved - 2  # the second session's work


async def test_edits_after_a_reload_keep_the_dropped_work_in_its_recovery_file(
    example_path: Path,
) -> None:
    """"Reload and drop my unsaved changes" promises they stay in the recovery file: the
    next edit's autosave must not overwrite them."""
    recovery = example_path.with_name(RECOVERY)
    app = EditorApp(example_path)
    app.AUTOSAVE_DELAY = 0.01
    saved = len(load_handout(example_path).handout.claims)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("x")
        await until(pilot, recovery.exists)
        await pilot.press("ctrl+p", *"reload from disk")
        await settle(pilot)
        await pilot.press("enter")
        await pick(pilot, "confirm-reload", "Reload and drop")
        await until(pilot, lambda: "unsaved" not in app.sub_title)
        dropped = recovery.read_bytes()
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("x", "x")
        await until(pilot, lambda: recovery_files(example_path) != {RECOVERY: dropped})
        await settle(pilot)  # autosaved
        assert recovery.read_bytes() == dropped
    found = [claims_in_recovery(example_path, text) for text in recovery_files(example_path)
             .values()]
    assert sorted(found) == [saved - 2, saved - 1]


def claims_in_recovery(handout: Path, recovery: bytes) -> int:
    """How many claims the handout in a recovery file has."""
    from summarizer.handout_file import loads_handout

    return len(loads_handout(json.loads(recovery)["handout"], handout).handout.claims)
