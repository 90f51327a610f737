"""Defects found by tester15 (session 13) using summarizer as its users would: a nurse
educator in the editor, clinic staff exporting a batch, a translator adding a language,
an approval committee reading `summarizer review`.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input
from tui_helpers import (
    SIZE,
    copy_example,
    notes_of,
    open_translation_box,
    pick,
    ready,
    save,
    settle,
)
from tui_wait import until

from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp
from summarizer.tui.reading import analyze, suggestions
from summarizer.tui.screens.modals import META_LABELS

# --------------------------------------------------------------------------- plain words
# for a plural


def _offered(text: str, lang: str = "en") -> dict[str, tuple[str, ...]]:
    return {s.word: s.alternatives for s in suggestions(analyze(text, lang), text)}


def test_a_plural_hard_word_is_offered_plural_plain_words() -> None:
    """'Side effects can include nausea.' offered 'side effects → unwanted effect' and
    ctrl+l on 'Some people need infusions' wrote 'need drip into a vein': the lexicon
    matches a term's plural but gave its singular wording. A plural term now gets plural
    wordings, and a wording that cannot be made plural word by word (a noun with a
    phrase after it) is not offered for it."""
    assert _offered("Side effects can include nausea.")["Side effects"] == (
        "unwanted effects",)
    assert _offered("Some people need infusions every week.")["infusions"] == ("IV drips",)
    # the singular and a term written plural in the lexicon are as they were
    assert _offered("A side effect can be nausea.")["side effect"] == ("unwanted effect",)
    assert _offered("Doctors give infusions of ketamine.")["infusions"] == ("IV drips",)
    assert _offered("Most antidepressants take weeks to work.")["antidepressants"] == (
        "depression medicines",)
    # Spanish: a one-word wording takes the plural; a phrase that would need agreement
    # is left out
    assert _offered("Las cohortes del estudio eran pequeñas.", "es")["cohortes"] == (
        "grupos",)


# --------------------------------------------------------------------------- the f2 title


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


@pytest.mark.parametrize("size", [(120, 40), (100, 34), (80, 24)],
                         ids=["120x40", "100x34", "80x24"])
async def test_the_details_open_with_every_field_showing_its_first_character(
        example_path: Path, size: tuple[int, int]) -> None:
    """At 120x40, f2 showed the title as 'etamine for depression: what to know': a value
    as wide as its box (or wider) was scrolled to keep the cursor after its last
    character in view, so the nurse read a title with its first letter missing. Every
    field now opens at its start, still all selected, so typing replaces it."""
    app = EditorApp(example_path)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("f2")
        await until(pilot, lambda: app.screen.id == "handout-details")
        await settle(pilot)
        for key, _ in META_LABELS:
            box = app.screen.query_one(f"#meta-{key}", Input)
            box.focus()
            await settle(pilot)
            shown = box.render_line(0).text
            assert box.scroll_offset.x == 0, (key, shown)
            assert shown.startswith(box.value[:box.content_size.width - 1]), (key, shown)
        title = app.screen.query_one("#meta-title", Input)
        title.focus()
        await settle(pilot)
        await pilot.press(*"Ketamine")
        assert title.value == "Ketamine"


# --------------------------------------------------------------------------- ctrl+z's words


async def test_undo_quotes_the_text_it_took_away(example_path: Path) -> None:
    """A nurse rewrote a claim, pressed ctrl+z, and read 'Undone: edit claim text
    “Ketamine was first made as a drug to…”': the words now back on screen, not the ones
    ctrl+z took away, so a second ctrl+z looked like it would undo her older text. Undo
    now quotes the claim as it was before the undo (what was undone); redo as it is after
    (what was redone)."""
    from summarizer.editing import SetClaimText

    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        notes = notes_of(app)
        claim = app.state.handout.claims[0]
        old = claim.text
        assert app.apply(SetClaimText(claim.id, "Doctors use ketamine to put people to sleep."))
        await pilot.pause()
        app.action_undo()
        app.action_redo()
        await pilot.pause()
        undone, redone = notes[-2:]
        assert undone.startswith("Undone: edit claim text"), notes
        assert "Doctors use ketamine" in undone and old[:20] not in undone, undone
        assert "Doctors use ketamine" in redone, redone


# --------------------------------------------------------------------------- saving beside
# a catalog broken on disk while the editor is open


def _break_catalog(po: Path) -> bytes:
    """A quote left open, as a translator's hand edit leaves it."""
    text = po.read_text(encoding="utf-8")
    at = text.index('msgstr "', text.index('msgid "Veterans Crisis Line"'))
    po.write_text(text[:at] + 'msgstr "Línea de crisis' + text[text.index("\n", at):],
                  encoding="utf-8")
    return po.read_bytes()


async def test_a_save_beside_a_broken_catalog_keeps_the_rest_and_says_what_it_could_not(
        example_path: Path) -> None:
    """A nurse reworded a claim and typed a Spanish string; meanwhile a translator's hand
    edit left a quote open in the Spanish catalog. ctrl+s said 'Not saved (nothing was
    written)': her English work was not saved either, and every ctrl+s said the same
    until someone fixed a file she cannot read. The save now writes the handout (and
    every catalog it can), leaves the broken file as it is, keeps the Spanish strings in
    the editor as unsaved (and in the recovery file), and says so."""
    from summarizer.editing import SetClaimText, SetTranslation
    from summarizer.tui.state import read_recovery

    po = example_path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    claim_msgid = load_handout(example_path).handout.claims[1].text
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        notes = notes_of(app)
        claim = app.state.handout.claims[0]
        assert app.apply(SetClaimText(claim.id, "Doctors use ketamine to put people to sleep."))
        assert app.apply(SetTranslation("es", claim_msgid, "Texto nuevo en español."))
        await pilot.pause()
        broken = _break_catalog(po)
        await save(pilot, example_path)
        said = notes[-1]
        assert "Doctors use ketamine" in example_path.read_text(encoding="utf-8")
        assert po.read_bytes() == broken  # the translator's file, as they left it
        assert said.startswith("Saved") and "es" in said and "handout.po" in said, said
        assert "not saved" in said.lower() and "1" in said, said
        # the Spanish string is still there to save, and survives a crash
        assert app.state.translations == {"es": {claim_msgid: "Texto nuevo en español."}}
        assert app.state.dirty and "unsaved" in app.sub_title
        recovered = read_recovery(example_path)
        assert recovered is not None
        assert recovered.translations == {"es": {claim_msgid: "Texto nuevo en español."}}
        # "Save and quit" does not quit with the Spanish string still unsaved
        await pilot.press("ctrl+q")
        await pick(pilot, "confirm-quit", "Save and quit")
        await settle(pilot)
        assert app.is_running and app.state.translations
        assert notes[-1].startswith("Saved") and "not saved" in notes[-1].lower()


# --------------------------------------------------------------------------- the string
# list stays still while a translation is typed


async def test_the_string_list_does_not_reorder_under_the_translator_while_she_types(
        example_path: Path) -> None:
    """A translator kept one string with ctrl+n (the done string goes to the bottom) and
    typed the next: at her first key that string jumped to the bottom of the list too,
    and the list with it, so the rows she saw were not the rows the keys went to:
    escape, down, enter and the next words landed two rows further on than the string
    under the one she had typed. Typing changes only the marks; the list reorders when
    she moves on (ctrl+n) or the tab is shown again."""
    from textual.widgets import OptionList

    po = example_path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    po.unlink()  # a new language: every string missing
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_translation_box(pilot)
        listing = app.query_one("#string-list", OptionList)
        await pilot.press(*"Primera ", "ctrl+n")  # a space after it, as typists leave one
        await settle(pilot)
        order = _strings_shown(app)
        second, third = order[listing.highlighted or 0], order[(listing.highlighted or 0) + 1]
        await pilot.press(*"Segunda")
        await settle(pilot)
        assert _strings_shown(app) == order
        await pilot.press("escape", "down", "enter", *"Tercera")
        await settle(pilot)
    assert app.state.translations["es"][second] == "Segunda"
    assert app.state.translations["es"][third] == "Tercera"


def _strings_shown(app: EditorApp) -> list[str]:
    from textual.widgets import OptionList

    listing = app.query_one("#string-list", OptionList)
    return [str(listing.get_option_at_index(i).prompt).split("] ", 1)[1]
            for i in range(listing.option_count)]


# --------------------------------------------------------------------------- the review
# sheet's contact lines


def test_the_review_sheet_names_who_a_language_line_serves_in_words(
        example_path: Path) -> None:
    """The committee's sheet (and the Review tab) described the Spanish-language crisis
    line as '1-888-628-9454 · call, serves lang:es': the file's own token, which a
    committee member has to guess at. It now says 'serves Spanish speakers'."""
    from summarizer.review import contact_lines

    hdoc = load_handout(example_path)
    contacts = [c for d in hdoc.handout.disclaimers for c in d.contacts]
    assert any("lang:es" in c.serves for c in contacts)
    shown = [line.how for line in contact_lines(contacts, {}, hdoc.handout.meta.region)]
    assert not any("lang:" in how for how in shown), shown
    assert any("serves Spanish speakers" in how for how in shown), shown
    assert any("serves veterans" in how for how in shown), shown


# --------------------------------------------------------------------------- escape, then
# a tab key, typed ahead of a slow screen


async def test_a_tab_key_typed_right_after_escape_does_not_land_in_the_translation(
        example_path: Path) -> None:
    """In tmux on a loaded machine a translator pressed escape (back to the list) and 2
    (the Handout tab): the 2 was typed into the Spanish translation ('2Algunas clínicas
    dan ketamina...'), a stray digit in a patient's text, and the tab did not change.
    Escape reached the pane only after bubbling up from the box, while the box went on
    taking the keys queued behind it. Here the 2 is queued while escape is dispatched,
    as a fast typist's is."""
    from textual import events
    from textual.message import Message
    from textual.widgets import OptionList, TabbedContent, TextArea

    armed: list[bool] = []
    app = EditorApp(example_path)

    def type_behind(message: Message) -> None:
        if armed and isinstance(message, events.Key) and message.key == "escape":
            armed.pop()
            app.post_message(events.Key("2", "2"))

    async with app.run_test(size=SIZE, message_hook=type_behind) as pilot:
        await ready(pilot)
        await pilot.press("4")
        listing = app.query_one("#string-list", OptionList)
        await until(pilot, lambda: app.focused is listing)
        await pilot.press("enter")
        box = app.query_one("#translation-text", TextArea)
        await until(pilot, lambda: app.focused is box)
        before = box.text
        armed.append(True)
        await pilot.press("escape")
        await until(pilot, lambda: not armed)
        await settle(pilot)
        assert box.text == before
        assert not app.state.translations.get("es")
        assert app.query_one(TabbedContent).active == "handout"
