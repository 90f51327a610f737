"""Session 18 (engineer config), the editor: enter on a finding about a translation opens
that translation; escape in a dialog's one-line box; a grade that cannot be computed for
a reason other than "cannot grade" is said, not shown as 'no grade'. Driven as a user
would (keys as the terminal sends them), on the bundled example."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, TabbedContent
from tui_helpers import SIZE, copy_example, edit_first_claim, ready, settle
from tui_wait import until

from summarizer.tui.app import EditorApp
from summarizer.tui.screens.translations import SEP

HYPED = "sintieron mejor en pocas horas: un milagro."
CLAIM = "fast-relief"  # its Spanish text gets the hype word


@pytest.fixture
def hyped_spanish(tmp_path: Path, seeds_dir: Path) -> Path:
    """The example, its Spanish translation of one claim given a hype word ("milagro")
    by hand in the catalog: `check` refuses es with HYPE-WORD on that claim."""
    path = copy_example(tmp_path, seeds_dir, "ketamine")
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    text = po.read_text(encoding="utf-8")
    assert text.count('"sintieron mejor en pocas horas."') == 1
    po.write_text(text.replace('"sintieron mejor en pocas horas."', f'"{HYPED}"'), encoding="utf-8")
    return path


def _row_of(listing: OptionList, code: str) -> int:
    return next(
        i for i in range(listing.option_count) if code in str(listing.get_option_at_index(i).prompt)
    )


async def _enter_on(pilot, listing: OptionList, code: str) -> None:
    app = pilot.app
    listing.focus()
    await until(pilot, lambda: app.focused is listing)
    listing.highlighted = _row_of(listing, code)
    await pilot.press("enter")


def _shows_the_spanish_text(app: EditorApp) -> bool:
    box = app.query_one("#translation-text")
    return (
        app.query_one(TabbedContent).active == "translations"
        and app.focused is box
        and box.bound.startswith(f"es{SEP}")
        and HYPED.split(":")[1].strip(" .") in box.text
    )


async def test_enter_on_a_hype_finding_in_the_shown_language_opens_its_translation(
    hyped_spanish: Path,
) -> None:
    app = EditorApp(hyped_spanish)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("4")  # Translations: es is the language shown
        await until(pilot, lambda: app.state.findings is not None)
        await settle(pilot)
        hype = [f for f in app.state.findings if f.code == "HYPE-WORD"]
        assert [(f.locale, f.item) for f in hype] == [("es", CLAIM)]
        listing = app.query_one("#translation-findings", OptionList)
        await until(pilot, lambda: listing.display and listing.option_count > 0)
        await _enter_on(pilot, listing, "HYPE-WORD")
        await until(pilot, lambda: _shows_the_spanish_text(app))
        claim = next(c for c in app.state.handout.claims if c.id == CLAIM)
        box = app.query_one("#translation-text")
        assert box.bound == f"es{SEP}{claim.text}"
        # the keys typed next fix the Spanish, not the English claim
        english = claim.text
        await pilot.press("end", "x")
        await settle(pilot)
        assert claim.text == english
        assert "x" not in HYPED and "x" in app.state.translations["es"][english]


async def test_enter_on_it_in_the_export_tab_opens_the_translation_too(hyped_spanish: Path) -> None:
    app = EditorApp(hyped_spanish)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await until(pilot, lambda: app.state.findings is not None)
        await pilot.press("5")
        await settle(pilot)
        listing = app.query_one("#findings", OptionList)
        await until(
            pilot,
            lambda: any(
                "HYPE-WORD" in str(listing.get_option_at_index(i).prompt)
                for i in range(listing.option_count)
            ),
        )
        await _enter_on(pilot, listing, "HYPE-WORD")
        await until(pilot, lambda: _shows_the_spanish_text(app))


# --------------------------------------------------------------------------- 4 grades


def test_whole_grade_is_none_only_when_the_language_cannot_be_graded(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seeds_dir: Path
) -> None:
    """handout_grade's one "cannot grade": no validated formula (NoValidatedFormula, a
    LookupError). A bug (a KeyError, a ValueError) is not 'no grade'."""
    from summarizer.gate import builtin
    from summarizer.handout_file import load_handout
    from summarizer.tui.state import whole_grade

    handout = load_handout(copy_example(tmp_path, seeds_dir)).handout
    texts = {c.text: c.text for c in handout.claims}
    assert whole_grade(handout, "en", texts) is not None
    assert whole_grade(handout, "sw", texts) is None  # no validated formula for Swahili

    def broken(*args: object, **kwargs: object) -> object:
        raise KeyError("syllables")

    monkeypatch.setattr(builtin, "handout_grade", broken)
    with pytest.raises(KeyError):
        whole_grade(handout, "en", texts)


async def test_a_grade_that_fails_is_said_not_shown_as_no_grade(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seeds_dir: Path
) -> None:
    """A bug in grading Spanish: the Handout tab says so in a notification and in the
    panel, the editor stays up, English is still graded."""
    from tui_helpers import notes_of

    from summarizer.gate import builtin

    real = builtin.handout_grade

    def broken_for_spanish(handout, locale, texts, analyze=None):  # type: ignore[no-untyped-def]
        if locale == "es" and analyze is None:
            raise ValueError("math domain error")
        return real(handout, locale, texts, analyze)

    monkeypatch.setattr(builtin, "handout_grade", broken_for_spanish)
    app = EditorApp(copy_example(tmp_path, seeds_dir))
    async with app.run_test(size=SIZE) as pilot:
        notes = notes_of(app)
        await ready(pilot)
        await pilot.press("2")
        await settle(pilot)
        panel = app.query_one("#reading")
        await until(pilot, lambda: "Whole handout" in str(panel.render()))
        shown = str(panel.render())
        line = next(ln for ln in shown.splitlines() if "Whole handout" in ln)
        assert "es" in line and "too little text" not in line, line
        assert "not measured" in line, line
        await until(pilot, lambda: any("math domain error" in n for n in notes))
        said = [n for n in notes if "math domain error" in n]
        assert len(said) == 1 and "es" in said[0] and "ValueError" in said[0], said
        # typing re-scores: said once, not at every keystroke
        await pilot.press("enter", "end", "x")
        await settle(pilot)
        assert len([n for n in notes if "math domain error" in n]) == 1
        assert app.is_running
        # the gate's reading rule meets the same defect: export is blocked and says why
        # (it was a READ-UNSUPPORTED warning, and the handout could be called ready)
        # (findings is None while a check is still running)
        await until(pilot, lambda: any(
            f.code == "CHECKS-FAILED" for f in app.state.findings or ()))
        (failed,) = [f for f in app.state.findings if f.code == "CHECKS-FAILED"]
        assert failed.severity == "error" and "math domain error" in failed.message


# --------------------------------------------------------------------------- 3 dialogs
# Escape then a digit in a dialog: the keys as the user typed them. Escape cancels the
# dialog (as escape alone does: nothing kept, nothing typed into its box), then the
# digit does what a digit does once the dialog is gone: shows its tab. The terminal's
# alt+3 is the same bytes as a quick escape then 3, so it does the same.


async def _open_details(pilot) -> object:
    app = pilot.app
    await pilot.press("f2")
    await until(pilot, lambda: app.screen.id == "handout-details")
    box = app.screen.query_one("#meta-title")
    await until(pilot, lambda: app.focused is box)
    return box


@pytest.mark.parametrize("sent", ["\x1b3", "\x1b[51;3u"])  # escape 3; kitty's alt+3
async def test_escape_then_a_digit_in_a_dialog_box_cancels_it_and_shows_the_tab(
    tmp_path: Path, seeds_dir: Path, sent: str
) -> None:
    from test_tui_editor17 import terminal_sends

    app = EditorApp(copy_example(tmp_path, seeds_dir))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await settle(pilot)
        title = app.state.handout.meta.title
        box = await _open_details(pilot)
        await pilot.press("end", "!")  # typed, then escape: not kept
        assert box.value == title + "!"
        await terminal_sends(pilot, sent)
        await until(pilot, lambda: app.screen.id != "handout-details")
        await settle(pilot)
        assert box.value == title + "!"  # no 3 typed into the box on its way out
        assert app.state.handout.meta.title == title
        assert app.query_one(TabbedContent).active == "safety"


async def test_a_lone_escape_then_a_digit_later_does_the_same(
    tmp_path: Path, seeds_dir: Path
) -> None:
    from test_tui_editor17 import terminal_sends

    app = EditorApp(copy_example(tmp_path, seeds_dir))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await settle(pilot)
        title = app.state.handout.meta.title
        await _open_details(pilot)
        await terminal_sends(pilot, "\x1b")
        await until(pilot, lambda: app.screen.id != "handout-details")
        await settle(pilot)
        await terminal_sends(pilot, "3")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "safety")
        assert app.state.handout.meta.title == title


async def test_escape_then_a_digit_in_a_choice_dialog_cancels_it_and_shows_the_tab(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """Not the tab changed under a dialog still open (the choice still to be made)."""
    from test_tui_editor17 import terminal_sends

    app = EditorApp(copy_example(tmp_path, seeds_dir))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        sections = {c.id: c.section for c in app.state.handout.claims}
        await pilot.press("s")
        await until(pilot, lambda: app.screen.id == "pick-section")
        await terminal_sends(pilot, "\x1b3")
        await until(pilot, lambda: app.screen.id != "pick-section")
        await settle(pilot)
        assert app.query_one(TabbedContent).active == "safety"
        assert {c.id: c.section for c in app.state.handout.claims} == sections


async def test_escape_then_a_digit_in_a_dialog_over_a_dialog_goes_back_to_the_first(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """The "are you sure" over "changed on disk": escape then 3 cancels the question
    (nothing reloaded, nothing dropped) and the dialog under it keeps the keyboard; the
    digit changes no tab under a dialog still open. The same keys there then cancel it
    too and show tab 3."""
    from test_tui_editor17 import terminal_sends

    path = copy_example(tmp_path, seeds_dir)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        box = await edit_first_claim(pilot)
        mine = box.text
        theirs = path.read_text(encoding="utf-8").replace('title = "', 'title = "Their ', 1)
        path.write_text(theirs, encoding="utf-8")  # a colleague's edit
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen.id == "changed-on-disk")
        await pilot.press("end", "enter")  # "Reload their version": asks first
        await until(pilot, lambda: app.screen.id == "confirm")
        await terminal_sends(pilot, "\x1b3")
        await until(pilot, lambda: app.screen.id == "changed-on-disk")
        await settle(pilot)
        assert app.screen.id == "changed-on-disk"
        assert app.focused is app.screen.query_one("#choices", OptionList)
        assert app.query_one(TabbedContent).active == "handout"
        assert app.state.dirty and box.text == mine
        await terminal_sends(pilot, "\x1b3")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "safety")
        assert len(app.screen_stack) == 1  # no dialog left open
        assert app.state.dirty and path.read_text(encoding="utf-8") == theirs
