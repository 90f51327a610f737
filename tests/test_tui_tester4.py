"""Editor defects a new user found on main (fresh clone, the example handout, tmux at
100x32 and 80x24), each driven as a user would: keys, dialogs, files on disk, what the
screen shows. Races are reproduced without a clock: a message hook does what the next
keys would do while a message is still on its way (as tests/test_tui_regressions.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Input, OptionList, TextArea
from tui_helpers import RECOVERY, SIZE, copy_example, pick, ready, save, settle
from tui_screen import lines
from tui_wait import until

from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp
from summarizer.tui.screens.modals import META_LABELS


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


async def open_details(pilot, field: str) -> Input:  # type: ignore[no-untyped-def]
    """f2, then tab down to `field`'s box (as a user would)."""
    app = pilot.app
    await pilot.press("escape", "f2")
    await until(pilot, lambda: app.screen.id == "handout-details")
    await settle(pilot)
    box = app.screen.query_one(f"#meta-{field}", Input)
    for _ in range(len(META_LABELS)):
        if app.focused is box:
            break
        await pilot.press("tab")
    assert app.focused is box
    return box


def text_below(app, box: Input, rows: int = 2) -> str:  # type: ignore[no-untyped-def]
    """What the screen shows on the rows just under a field (where its message goes)."""
    shown = lines(app)
    bottom = box.region.bottom
    return " ".join(shown[bottom:bottom + rows])


# --------------------------------------------------------------------- 1, 3: the f2 dialog


@pytest.mark.parametrize(("field", "typed", "words"), [
    ("date", "2026-02-30", "date"),
    ("region", "XX", "country"),
    ("title", "", "title"),
    ("max_grade", "abc", "number"),
    ("locales", "en, es, xx-YY@bad", "language"),
])
async def test_details_refuse_a_bad_value_and_say_why_beside_the_field(
    example_path: Path, field: str, typed: str, words: str,
) -> None:
    """An impossible date or unknown region used to be taken, and two seconds later the
    checks crashed the editor; an empty title, a grade 'abc' or a language 'xx-YY@bad'
    were refused silently (Enter did nothing). Now the dialog stays, with the reason on
    the line under the field, and nothing changes."""
    before = load_handout(example_path).handout.meta
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        box = await open_details(pilot, field)
        await pilot.press("ctrl+a", "backspace", *typed, "enter")
        await settle(pilot)
        assert app.screen.id == "handout-details"
        assert words in text_below(app, box).lower(), text_below(app, box)
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running
        assert app.state.handout.meta == before
        assert "unsaved" not in app.sub_title


@pytest.mark.parametrize("size", [(100, 32), (80, 24)], ids=["100x32", "80x24"])
async def test_every_details_field_is_on_screen_when_the_dialog_opens(
    example_path: Path, size: tuple[int, int],
) -> None:
    """The grade fields were below the fold at 100x32 and 80x24."""
    app = EditorApp(example_path)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("f2")
        await until(pilot, lambda: app.screen.id == "handout-details")
        await settle(pilot)
        _width, height = size
        for key, _ in META_LABELS:
            region = app.screen.query_one(f"#meta-{key}", Input).region
            assert region.height and region.bottom <= height - 1, (key, region)


async def test_a_pasted_control_character_is_dropped_not_kept_unsavable(
    example_path: Path,
) -> None:
    """A paste from a web page or a terminal can carry a BEL or an ESC. The claim box kept
    it, and the handout could then not be saved (HANDOUT-INVALID): the control character
    is now dropped as it lands, and the rest of the paste is kept."""
    app = EditorApp(example_path)
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("enter")
        box = app.query_one("#claim-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        box.insert("Pasted\x07 \x1b[31mtext.")  # what a paste does
        await until(pilot, lambda: "Pasted" in app.state.handout.claims[0].text)
        await until(pilot, lambda: app.state.findings is not None)
        await settle(pilot)
        assert "Pasted [31mtext." in box.text and "\x07" not in box.text
        assert app.state.handout.claims[0].text == box.text
        assert not [f for f in app.state.findings if f.code == "HANDOUT-INVALID"]


async def test_a_model_the_schema_refuses_never_crashes_the_checks(example_path: Path) -> None:
    """A draft the schema refuses (here a control character put in by a command, not by
    the box, which drops them) used to make the checks' snapshot raise and end the
    editor. Now the problem is a finding (the Export tab blocks on it) and the editor
    runs."""
    from summarizer.editing import SetClaimText

    app = EditorApp(example_path)
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        claim = app.state.handout.claims[0]
        app.apply(SetClaimText(claim.id, claim.text + " Bell\x07."))
        await until(pilot, lambda: app.state.findings is not None and any(
            f.code == "HANDOUT-INVALID" for f in app.state.findings))
        await settle(pilot)
        assert app.is_running
        invalid = [f for f in app.state.findings if f.code == "HANDOUT-INVALID"]
        assert invalid and invalid[0].severity == "error"
        assert "control" in invalid[0].message


async def test_recovery_with_an_invalid_field_recovers_the_rest_and_names_it(
    example_path: Path,
) -> None:
    """The recovery file held the impossible date the dialog had taken; 'Recover it'
    said 'The recovery file cannot be read' and every unsaved edit was stuck."""
    saved = load_handout(example_path)
    first = saved.handout.claims[0]
    text = saved._loaded_text.replace('date = "2026-11-22"', 'date = "2026-02-30"')
    text = text.replace(f'text = "{first.text}"', 'text = "My unsaved rewrite."', 1)
    assert "2026-02-30" in text and "My unsaved rewrite." in text
    example_path.with_name(RECOVERY).write_text(json.dumps(
        {"format": "summarizer-recovery/1", "handout": text, "translations": {}}),
        encoding="utf-8")
    app = EditorApp(example_path)
    app.AUTOSAVE_DELAY = 0.01
    notes: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
        await pick(pilot, "recovery", "Recover it")
        await settle(pilot)
        claims = {c.id: c.text for c in app.state.handout.claims}
        assert claims[first.id] == "My unsaved rewrite."
        assert app.state.handout.meta.date == "2026-11-22"  # the saved value stands
        assert "unsaved" in app.sub_title
        assert any("date" in n and "2026-02-30" in n for n in notes), notes
        recovery = example_path.with_name(RECOVERY)
        await until(pilot, lambda: "2026-02-30" not in recovery.read_text(encoding="utf-8"))
        await pilot.press("ctrl+z")  # back to the saved file; the recovered work is kept
        await settle(pilot)
        assert "unsaved" not in app.sub_title
        assert "My unsaved rewrite." in recovery.read_text(encoding="utf-8")


# --------------------------------------------------------------------- 2: translations race


def strings_shown(app: EditorApp) -> list[str]:
    listing = app.query_one("#string-list", OptionList)
    return [str(listing.get_option_at_index(i).prompt).split("] ", 1)[1]
            for i in range(listing.option_count)]


async def test_text_typed_right_after_ctrl_n_goes_into_the_next_string(
    example_path: Path,
) -> None:
    """Type a translation, ctrl+n, and type the next one at once: the first keys after
    ctrl+n used to land in the previous string ('Kétamine pour la dépression', ctrl+n,
    'Ce que nous savons': the title's box read both), as the box was re-bound to the
    next string only when the list's highlight message came back. The keys are typed
    while that message is on its way (a message hook)."""
    po = example_path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    po.unlink()  # a new language: every string missing
    armed: list[bool] = []
    app = EditorApp(example_path)

    def type_meanwhile(message: Message) -> None:
        if armed and isinstance(message, OptionList.OptionHighlighted) \
                and message.option_list.id == "string-list":
            armed.pop()
            focused = app.focused
            assert isinstance(focused, TextArea)
            focused.insert("Segunda cadena")  # the next keys, handled where the keyboard is

    async with app.run_test(size=SIZE, message_hook=type_meanwhile) as pilot:
        await ready(pilot)
        await pilot.press("4")
        listing = app.query_one("#string-list", OptionList)
        await until(pilot, lambda: app.focused is listing)
        first, second = strings_shown(app)[:2]
        await pilot.press("enter")
        box = app.query_one("#translation-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        await pilot.press(*"Primera", "space", *"cadena")
        await settle(pilot)
        armed.append(True)
        await pilot.press("ctrl+n")
        await until(pilot, lambda: not armed)
        await settle(pilot)
        assert box.text == "Segunda cadena"
        await save(pilot, example_path)
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    assert catalog[first].string == "Primera cadena"
    assert catalog[second].string == "Segunda cadena"


async def test_ctrl_n_keeps_the_text_of_the_string_it_was_typed_in(example_path: Path) -> None:
    """Type, ctrl+n, and ctrl+n again before the box shows the next string (the list's
    highlight message still on its way): the second ctrl+n used to keep the first
    string's text under the next string's msgid (in es, the supervision string saved
    with the self-medication text)."""
    po = example_path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    po.unlink()
    armed: list[bool] = []
    app = EditorApp(example_path)

    def second_ctrl_n_meanwhile(message: Message) -> None:
        if armed and isinstance(message, OptionList.OptionHighlighted) \
                and message.option_list.id == "string-list":
            armed.pop()
            app.query_one("#translations-pane").action_keep_next()  # what ctrl+n does

    async with app.run_test(size=SIZE, message_hook=second_ctrl_n_meanwhile) as pilot:
        await ready(pilot)
        await pilot.press("4")
        listing = app.query_one("#string-list", OptionList)
        await until(pilot, lambda: app.focused is listing)
        first, second = strings_shown(app)[:2]
        await pilot.press("enter")
        box = app.query_one("#translation-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        await pilot.press(*"Primera")
        await settle(pilot)
        armed.append(True)
        await pilot.press("ctrl+n")
        await until(pilot, lambda: not armed)
        await settle(pilot)
        await save(pilot, example_path)
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    assert catalog[first].string == "Primera"
    assert not (catalog.get(second) and catalog[second].string), catalog[second].string


# --------------------------------------------------------------------- 4: ctrl+a


async def test_ctrl_a_selects_all_in_every_text_field(example_path: Path) -> None:
    """ctrl+a went to the line's start in the f2 fields (typing then appended: 'Ketamine
    for hard-to-treat depressionKetamine'), as help says it selects all."""
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        box = await open_details(pilot, "title")
        await pilot.press("ctrl+a", *"Ketamine")
        assert box.value == "Ketamine"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: app.screen.id != "_default")
        await pilot.press(*"Save as", "enter")
        await until(pilot, lambda: bool(app.screen.query("#path-input")))
        path_box = app.screen.query_one("#path-input", Input)
        await until(pilot, lambda: app.focused is path_box)
        await pilot.press("ctrl+a", *"mine")
        assert path_box.value == "mine"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("4")
        listing = app.query_one("#string-list", OptionList)
        await until(pilot, lambda: app.focused is listing)
        await pilot.press("enter")
        area = app.query_one("#translation-text", TextArea)
        await until(pilot, lambda: app.focused is area)
        await pilot.press("ctrl+a", *"Otra")
        assert area.text == "Otra"


# --------------------------------------------------------------------- 8: layout, undo


def screen_words(app: EditorApp, region: Region) -> str:
    """The text the screen shows in `region`, with borders and wrapping folded away."""
    text = " ".join(line[region.x:region.right]
                    for line in lines(app)[region.y:region.bottom])
    for ch in "█▀▄▌▐│╭╮╰╯─▊▎▔▁":
        text = text.replace(ch, " ")
    return " ".join(text.split())


@pytest.mark.parametrize("size", [(100, 32), (80, 24)], ids=["100x32", "80x24"])
async def test_the_add_claim_question_is_shown_whole(
    example_path: Path, size: tuple[int, int],
) -> None:
    """At 100 columns it read '(suggested: How strong is the evide'."""
    app = EditorApp(example_path)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("1", "tab")
        await settle(pilot)
        for _ in range(40):  # a sentence for which the longest section is suggested
            await pilot.press("a")
            await until(pilot, lambda: app.screen.id == "pick-section")
            await settle(pilot)
            asked = str(app.screen.query_one(".dialog-title").render())
            if "evidence" in asked:
                break
            await pilot.press("escape", "down")
            await settle(pilot)
        assert "(suggested: How strong is the evidence" in asked
        dialog = app.screen.query_one(".dialog").region
        assert " ".join(asked.split()) in screen_words(app, dialog)


async def test_recovered_work_is_one_undoable_step(example_path: Path) -> None:
    """After 'Recover it', ctrl+z said 'Nothing to undo'. Now it goes back to the file as
    saved (nothing unsaved, the file untouched), and ctrl+y brings the work back."""
    before = example_path.read_bytes()
    crashed = EditorApp(example_path)
    crashed.AUTOSAVE_DELAY = 0.01
    recovery = example_path.with_name(RECOVERY)
    async with crashed.run_test(size=SIZE) as pilot:  # ends without quitting: a crash
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: crashed.focused is crashed.query_one("#claim-list"))
        await pilot.press("x")
        await until(pilot, recovery.exists)
    saved = len(load_handout(example_path).handout.claims)
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pick(pilot, "recovery", "Recover it")
        await settle(pilot)
        assert len(app.state.handout.claims) == saved - 1
        assert "unsaved" in app.sub_title
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert len(app.state.handout.claims) == saved
        assert "unsaved" not in app.sub_title
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert len(app.state.handout.claims) == saved - 1
        await pilot.press("ctrl+z")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: example_path.read_bytes() == before)
    assert example_path.read_bytes() == before


async def test_tab_goes_from_the_string_list_straight_to_the_translation_box(
    example_path: Path,
) -> None:
    """An invisible focus stop (the source text's scroll area) sat between the list and
    the box: three Tabs, and typing in between was lost silently."""
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("4")
        await until(pilot, lambda: app.focused is app.query_one("#string-list"))
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is app.query_one("#translation-text")


# --------------------------------------------------------------------- 5: findings live


async def test_the_handout_tab_shows_the_gates_findings_for_the_claim_being_rewritten(
    example_path: Path,
) -> None:
    """Rewriting the mice claim as a result in people showed only 'Hard words'; the
    gate's FAITH-POPULATION and EVID-ANIMAL-UNHEDGED appeared only on Export and Review.
    Now the reading panel lists the findings on the highlighted claim, from gate.run."""
    app = EditorApp(example_path)
    app.CHECK_DELAY = 0.01
    # a still clock: typing the sentence is one undo step however slowly a loaded machine
    # delivers the keys (a pause of TYPING_PAUSE s would start a new step mid-sentence)
    app.edit_clock = lambda: 0.0
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        listing = app.query_one("#claim-list", OptionList)
        await until(pilot, lambda: app.focused is listing)
        pane = app.query_one("#handout-pane")
        await pilot.press("home")
        for _ in range(len(listing.options)):
            if pane.current_claim_id() == "vanderbilt-mice":
                break
            await pilot.press("down")
            await settle(pilot)
        assert pane.current_claim_id() == "vanderbilt-mice"
        await pilot.press("enter")
        box = app.query_one("#claim-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        await pilot.press("ctrl+a", *"A second drug made ketamine work for up to two months.")
        await until(pilot, lambda: app.state.findings is not None)
        await settle(pilot)
        panel = str(app.query_one("#reading").render())
        assert "FAITH-POPULATION" in panel and "EVID-ANIMAL-UNHEDGED" in panel, panel
        await pilot.press("ctrl+z")  # the faithful text again: no such finding shown
        await until(pilot, lambda: app.state.findings is not None)
        await settle(pilot)
        panel = str(app.query_one("#reading").render())
        assert "FAITH-POPULATION" not in panel and "EVID-ANIMAL-UNHEDGED" not in panel


# --------------------------------------------------------------------- 7: one sentence


async def test_attaching_one_crisis_sentence_takes_that_sentence_and_its_contacts_only(
    tmp_path: Path, seed_paths: list[Path],
) -> None:
    """In the science-behind article, 'Call or text 988 or chat at org.' (4731-4763)
    attached as a crisis line got the whole paragraph (4657-4991) and SAMHSA's
    treatment-referral number with it, so a faithful rewrite was blocked by
    SAFETY-TEXT-NUMBER for 800-662-HELP. A contact can also be taken off a notice
    (palette), undoably."""
    from tui_helpers import new_from_seeds

    path = new_from_seeds(tmp_path, seed_paths)
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        pane = app.query_one("#sources-pane")
        sources = app.query_one("#source-list", OptionList)
        await until(pilot, lambda: app.focused is sources)
        titles = {r.id: r.title for r in app.state.handout.sources}
        for _ in range(len(titles)):
            if "Science Behind" in titles[pane.current_source_id()]:
                break
            await pilot.press("down")
            await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        for _ in range(200):
            if pane.current_sentence()[1].span.start >= 4731:
                break
            await pilot.press("down")
        _sid, sentence = pane.current_sentence()
        assert (sentence.span.start, sentence.span.end) == (4731, 4763)
        await pilot.press("d")
        await pick(pilot, "pick-kind", "If you are in crisis")
        await settle(pilot)
        (notice,) = app.state.handout.disclaimers
        assert (notice.span.start, notice.span.end) == (4731, 4763)
        assert notice.quote == "Call or text 988 or chat at org."
        assert [c.number for c in notice.contacts] == ["988"]

        await pilot.press("ctrl+p")
        await until(pilot, lambda: app.screen.id != "_default")
        await pilot.press(*"Remove contact 988", "enter")
        await until(pilot, lambda: not app.state.handout.disclaimers[0].contacts)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert [c.number for c in app.state.handout.disclaimers[0].contacts] == ["988"]


# --------------------------------------------------------------------- 6: ctrl+l fits


def test_a_phrase_for_a_word_fits_after_a_possessive_or_determiner() -> None:
    """'the brain's glutamate system' -> 'the brain's a brain chemical messenger system'
    was offered; an explanation with an article goes without it (or in parentheses)
    after a determiner, and as it is where the word stands alone."""
    from summarizer.readability.swaps import fitted

    text = "Ketamine works by acting on the brain's glutamate system."
    at = text.index("glutamate")
    first, *rest = fitted(text, at, at + len("glutamate"), "a brain chemical messenger", "en")
    assert first == "brain chemical messenger"
    assert "glutamate (a brain chemical messenger)" in rest
    alone = "Ketamine blocks glutamate."
    at = alone.index("glutamate")
    assert fitted(alone, at, at + 9, "a brain chemical messenger", "en")[0] == \
        "a brain chemical messenger"
    assert fitted(alone, at, at + 9, "messenger", "en") == ["messenger"]


async def test_ctrl_l_never_breaks_the_sentence_or_raises_its_grade(example_path: Path) -> None:
    """ctrl+l on 'Ketamine works by acting on the brain's glutamate system' made '…the
    brain's a brain chemical messenger system…' and the grade rose 15.9 -> 17.1."""
    from summarizer.tui import reading

    text = "Ketamine works by acting on the brain's glutamate system."
    before = reading.analyze(text, "en").headline_grade
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        await pilot.press("enter")
        box = app.query_one("#claim-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        await pilot.press("ctrl+a", *text)
        await settle(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        after = box.text
    assert "'s a " not in after and "'s an " not in after
    assert reading.analyze(after, "en").headline_grade <= before
