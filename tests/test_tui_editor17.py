"""Editor defects a nurse educator would hit (session 17's tester): alt+digit in a text
box, lists that wrapped from the last row to the first, the Translations tab's status
against `summarizer check`, tab into hidden widgets, a rewrite typed during a check.
Each driven as a user would: keys (as the terminal sends them), the screen, the files."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual._xterm_parser import XTermParser
from textual.errors import NoWidget
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import OptionList, TabbedContent, TabPane, TextArea
from textual.widgets._tabbed_content import ContentTabs
from tui_helpers import SIZE, copy_example, ready, settle
from tui_wait import until

from summarizer.tui.app import EditorApp
from summarizer.tui.widgets.lists import StopsAtEnds


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


# --------------------------------------------------------------------------- 2 lists stop


def enabled(listing: OptionList) -> list[int]:
    return [i for i in range(listing.option_count)
            if not listing.get_option_at_index(i).disabled]


async def test_no_list_wraps_from_its_last_row_to_its_first(example_path: Path) -> None:
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        walked = 0
        for tab, list_id in (("1", "#source-list"), ("1", "#sentence-list"),
                             ("2", "#claim-list"), ("3", "#notice-list"),
                             ("4", "#string-list"), ("5", "#export-locales"), ("5", "#findings"),
                             ("6", "#review-list")):
            await pilot.press("escape", tab)
            await settle(pilot)
            listing = app.query_one(list_id, OptionList)
            listing.focus()
            await until(pilot, lambda listing=listing: app.focused is listing)
            rows = enabled(listing)
            if len(rows) < 2:
                continue  # one row: nothing to wrap onto
            walked += 1
            await pilot.press(*["down"] * (listing.option_count + 1))
            assert listing.highlighted == rows[-1], list_id
            await pilot.press(*["up"] * (listing.option_count + 1))
            assert listing.highlighted == rows[0], list_id
        assert walked >= 5
        # every list of the editor, the dialogs' too, is the one that stops at its ends
        lists = list(app.query(OptionList))
        assert len(lists) >= 8
        assert all(isinstance(listing, StopsAtEnds) for listing in lists), \
            [listing.id for listing in lists if not isinstance(listing, StopsAtEnds)]


# --------------------------------------------------------------------------- 3 languages


def with_locales(path: Path, *extra: str) -> Path:
    """The handout as a nurse would have it after adding languages in its details."""
    text = path.read_text(encoding="utf-8")
    listed = 'locales = ["en", "es"]'
    assert listed in text
    added = ", ".join(f'"{loc}"' for loc in extra)
    path.write_text(text.replace(listed, f'locales = ["en", "es", {added}]'), encoding="utf-8")
    return path


def tab_findings(app: EditorApp) -> str:
    found = app.query("#translation-findings")
    listing = found.first(OptionList) if found else None
    if listing is None or not listing.display:
        return ""
    return "\n".join(str(listing.get_option_at_index(i).prompt)
                     for i in range(listing.option_count))


async def test_translations_tab_says_what_check_says_of_each_language(
        example_path: Path, dejavu_only: Path) -> None:
    """sw has no rulebook lists: `check` refuses it with RULES-MISSING (and says what it
    cannot check); th has no font here (DejaVu only): I18N-FONT-MISSING. The tab says
    what `check` says of each language, and the verdict `check` prints for it."""
    from summarizer import gate
    from summarizer.handout_file import load_handout

    path = with_locales(example_path, "sw", "th")
    checked = gate.run(load_handout(path))
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("4")
        await until(pilot, lambda: app.state.findings is not None)
        await settle(pilot)
        locales = app.query_one("#locale-list", OptionList)
        for locale in ("es", "sw", "th"):
            row = next(i for i in range(locales.option_count)
                       if locales.get_option_at_index(i).id == locale)
            locales.highlighted = row
            await settle(pilot)
            shown = str(app.query_one("#coverage").render()) + "\n" + tab_findings(app)
            assert gate.summary_line(checked, locale) in shown, (locale, shown)
            # what `check` says of this language as a whole (not one string's mark)
            whole = [f for f in checked if f.locale == locale and not f.item]
            for finding in whole:
                assert finding.code in shown and finding.message[:40] in shown, finding
            if locale == "sw":
                assert any(f.code == "RULES-MISSING" for f in whole)
            if locale == "th":
                assert any(f.code == "I18N-FONT-MISSING" for f in whole)


# --------------------------------------------------------------------------- 4 tab, seen


def seen(app: EditorApp, widget: Widget) -> bool:
    """On screen (not clipped away under the footer or out of its pane) and on the tab
    shown, or the tab bar itself."""
    try:
        region = app.screen.find_widget(widget).visible_region
    except NoWidget:
        return False
    active = app.query_one(TabbedContent).active
    in_tab = any(isinstance(a, TabPane) and a.id == active for a in widget.ancestors)
    return region.area > 0 and (in_tab or isinstance(widget, ContentTabs))


@pytest.mark.parametrize("tab", ["2", "3"])  # a text box or a scroll below the fold
async def test_tab_goes_only_to_what_can_be_seen_on_the_tab_shown(
        example_path: Path, tab: str) -> None:
    """A short terminal (80x16): the Handout tab's reading panel and the Safety tab's
    text box are below the footer; tab went there, and the keys typed next went into
    something the nurse could not see."""
    app = EditorApp(example_path)
    async with app.run_test(size=(80, 16)) as pilot:
        await ready(pilot)
        await pilot.press(tab)
        await settle(pilot)
        landed = []
        for key in ["tab"] * 6 + ["shift+tab"] * 6:
            await pilot.press(key)
            await pilot.pause()
            assert app.focused is not None
            landed.append((key, app.focused.id or type(app.focused).__name__))
            assert seen(app, app.focused), landed


# --------------------------------------------------------------------------- 5 typing, checking


@pytest.mark.parametrize("released_after", [0, 6])  # keys typed before the check ends
async def test_a_rewrite_typed_while_the_gate_checks_is_kept(
        example_path: Path, monkeypatch: pytest.MonkeyPatch, released_after: int) -> None:
    """The gate's check runs in a worker thread; its result arrives while (or after) the
    nurse types. Held here until `released_after` keys are typed, so the result lands
    among the keys, not before them."""
    import threading

    from summarizer.tui import checking

    started, release = threading.Event(), threading.Event()
    real = checking.check_draft

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(60)
        return real(*args, **kwargs)

    app = EditorApp(example_path)
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        monkeypatch.setattr(checking, "check_draft", held)
        await pilot.press("2")
        box = app.query_one("#claim-text", TextArea)
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        claim_id = box.bound
        box.focus()
        await until(pilot, lambda: app.focused is box)
        box.move_cursor(box.document.end)
        before = box.text
        await pilot.press("space")  # a change: the gate's check starts and is held
        await until(pilot, started.is_set)
        words = "Ask your nurse."
        for i, key in enumerate(words):
            if i == released_after:
                release.set()
            await pilot.press("space" if key == " " else key)
        release.set()
        await settle(pilot)
        await until(pilot, lambda: app.state.findings is not None)
        await settle(pilot)
        claim = next(c for c in app.state.handout.claims if c.id == claim_id)
        assert box.text == before + " " + words
        assert claim.text == box.text
