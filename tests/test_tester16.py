"""Defects the session-14 tester (tester16) found using the tool as a new user would:
`summarizer new` from the seeds, the editor in tmux, check, export, a translator's pass.
Races are reproduced without a clock: a message hook queues the keys that arrive in one
burst (as tests/test_tui_tester7.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tui_helpers import copy_example

from summarizer.handout_file import load_handout


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


@pytest.mark.parametrize("locale", ["en", "es"])
def test_the_pdf_prints_the_reading_grade_check_and_the_editor_give(
        example_path: Path, locale: str) -> None:
    """A nurse made 'Ketamine' from the seeds: `check` and the editor's reading panel
    said 'reading grade 9.8', the English PDF's footer 'Reading level: about grade 11'
    (Spanish: the gate 7.9, the footer 8.5). The gate reads the drug the handout is
    about as a short word (it cannot be replaced: summarizer.readability.topic); the
    footer counted 'ketamine' as a hard word. The sheet must print the grade the nurse
    worked to."""
    from summarizer import i18n
    from summarizer.catalogs import translations_for
    from summarizer.gate.builtin import handout_grade
    from summarizer.render import Translator, build_context

    hdoc = load_handout(example_path)
    translations = {} if locale == "en" else dict(translations_for(hdoc, locale))
    translate = Translator(hdoc.handout, locale, translations)
    texts = {t: translate(t) for t in hdoc.handout.texts()}
    gate = handout_grade(hdoc.handout, locale, texts).headline_grade
    context = build_context(hdoc, locale, translations, i18n.app_translations(locale))
    shown = re.findall(r"\d+(?:[.,]\d+)?", context["reading_line"])
    assert shown == [i18n.format_grade(gate, locale)]


def blank_one_translation(handout_path: Path) -> str:
    """Empty one Spanish string of the example (a translator's last one to do)."""
    from babel.messages.pofile import read_po, write_po

    po = handout_path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    message = next(m for m in catalog if m.id and m.string)
    message.string = ""
    with po.open("wb") as fh:
        write_po(fh, catalog, width=79)
    return str(message.id)


@pytest.mark.parametrize("key", ["ctrl+n", "ctrl+o"])
async def test_after_the_last_string_the_keyboard_leaves_the_box(
        example_path: Path, key: str) -> None:
    """A translator kept the last fuzzy string with ctrl+o (or typed the last missing
    one and pressed ctrl+n), then pressed 5 for the Export tab: with nothing left to do
    the keyboard stayed in the box and '5Después de una dosis…' was typed into a
    finished translation. With nothing left, the keyboard goes back to the list and the
    editor says every string is done."""
    from textual.widgets import OptionList, TabbedContent
    from tui_helpers import SIZE, notes_of, open_translation_box, ready, settle

    from summarizer.tui.app import EditorApp

    if key == "ctrl+n":  # the last string to do is missing
        blank_one_translation(example_path)
    else:  # the last string to do is fuzzy: its English changed since it was translated
        msgid = ("The FDA has not approved ketamine to treat depression or other mental "
                 "health problems.")
        handout = example_path.read_text("utf-8")
        assert msgid in handout
        example_path.write_text(handout.replace(msgid, msgid[:-1] + " yet.", 1), "utf-8")
    app = EditorApp(example_path)
    notes = notes_of(app)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        box = await open_translation_box(pilot)
        listing = app.query_one("#string-list", OptionList)
        if key == "ctrl+n":
            await pilot.press(*"Hola.")
        await settle(pilot)
        kept = box.text
        await pilot.press(key)
        await settle(pilot)
        assert app.focused is listing
        assert any("every string" in n for n in notes)
        await pilot.press("5")
        await settle(pilot)
        assert app.query_one(TabbedContent).active == "export"
        assert list(app.state.translations["es"].values()).count(kept) == 1
        assert not any(v.startswith("5") for v in app.state.translations["es"].values())


def test_a_language_without_a_catalog_says_how_to_translate_it(
        tmp_path: Path, seed_paths: list[Path]) -> None:
    """`summarizer new ... --locale en --locale es`, then the editor's Export tab said
    "no translations into es yet (9 strings); run `summarizer translations init` and
    translate them": the nurse was told to leave the editor for a command that, typed as
    shown, is a usage error (it needs the handout and --locale), while the Translations
    tab beside it translates them. The undated handout likewise pointed at handout.toml
    only, not at the details (f2) where the editor sets the date."""
    from tui_helpers import new_from_seeds

    from summarizer import gate

    hdoc = load_handout(new_from_seeds(tmp_path, seed_paths[:1]))
    found = {f.code: f.message for f in gate.run(hdoc)}
    missing = found["I18N-MISSING"]
    assert "Translations tab" in missing
    assert "summarizer translations init HANDOUT --locale es" in missing
    assert "f2" in found["META-NO-DATE"]


@pytest.mark.parametrize(("tab", "list_id", "box_id", "items"), [
    ("3", "#notice-list", "#notice-text", "disclaimers"),
    ("2", "#claim-list", "#claim-text", "claims"),
], ids=["notices", "claims"])
async def test_words_typed_in_one_burst_after_escape_go_into_the_next_item(
        example_path: Path, tab: str, list_id: str, box_id: str, items: str) -> None:
    """On the Safety tab, in tmux on a busy machine: a rewrite of one notice, then
    escape, down, tab, ctrl+a and the next notice's rewrite. A lone escape is held until
    the next key arrives, so the keys came in one burst, all queued in the text box; the
    box passed them to the list, which handled tab (the keyboard back in the box) and
    then ctrl+a and every word typed after it: the second rewrite vanished (or, with
    ctrl+a alone lost, was typed in front of the old text). The same on the Handout tab.
    Here the keys behind escape are queued while escape is dispatched."""
    from textual import events
    from textual.message import Message
    from textual.widgets import OptionList
    from tui_helpers import SIZE, ready, save, settle
    from tui_wait import until

    from summarizer.tui.app import EditorApp
    from summarizer.tui.widgets.bound import BoundTextArea

    app = EditorApp(example_path)
    armed: list[bool] = []

    def burst(message: Message) -> None:
        if armed and isinstance(message, events.Key) and message.key == "escape":
            armed.pop()
            for key in ["down", "tab", "ctrl+a", *"Second."]:
                app.post_message(events.Key(key, key if len(key) == 1 else None))

    async with app.run_test(size=SIZE, message_hook=burst) as pilot:
        await ready(pilot)
        await pilot.press(tab)
        await settle(pilot)
        listing = app.query_one(list_id, OptionList)
        listing.focus()
        await settle(pilot)
        before = {i.id: i.text for i in getattr(app.state.handout, items)}
        await pilot.press("enter")
        box = app.query_one(box_id, BoundTextArea)
        await until(pilot, lambda: app.focused is box)
        await pilot.press("ctrl+a", *"First.")
        await settle(pilot)
        first = box.bound
        armed.append(True)
        await pilot.press("escape")
        await until(pilot, lambda: not armed)
        await settle(pilot)
        second = box.bound
        assert second != first
        assert app.focused is box
        assert box.text == "Second."
        await save(pilot, example_path)
    after = {i.id: i.text for i in getattr(load_handout(example_path).handout, items)}
    assert after[first] == "First."
    assert after[second] == "Second."
    assert {k: v for k, v in after.items() if k not in (first, second)} == \
        {k: v for k, v in before.items() if k not in (first, second)}
