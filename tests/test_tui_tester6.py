"""Editor defects a new user found on main in session 6, driven as a user would: keys,
dialogs, files on disk; waiting on workers and state, never on a clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import SIZE, copy_example, ready, settle
from tui_wait import until

from summarizer.tui.app import EditorApp
from summarizer.tui.widgets.bound import BoundTextArea


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    return copy_example(tmp_path, seeds_dir, "ketamine")


async def _rewrite(pilot, box: BoundTextArea, text: str, now) -> None:  # type: ignore[no-untyped-def]
    """Select all in the box (ctrl+a) and type `text` over it, key by key."""
    await pilot.press("ctrl+a", *text)
    await until(pilot, lambda: now() == text)


async def _undo(pilot, now) -> str:  # type: ignore[no-untyped-def]
    """ctrl+z once; the text it leaves."""
    before = now()
    await pilot.press("ctrl+z")
    await until(pilot, lambda: now() != before)
    await settle(pilot)
    return now()


@pytest.mark.parametrize("tab", ["claim", "notice"])
async def test_each_select_all_rewrite_is_its_own_undo_step(example_path: Path, tab: str):
    """Two select-all rewrites of the same claim were one undo step: ctrl+z lost both.
    Each whole-text replacement now starts a step; the keys typed after it join it."""
    app = EditorApp(example_path)
    app.edit_clock = lambda: 0.0  # no typing pause on a loaded machine splits a step
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        if tab == "claim":
            await pilot.press("2")
            await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
            item = app.state.handout.claims[0]
            box = app.query_one("#claim-text", BoundTextArea)
        else:
            await pilot.press("3")
            await settle(pilot)
            item = next(d for d in app.state.handout.disclaimers if d.kind == "regulatory")
            app.query_one("#safety-pane").show(item.id)
            box = app.query_one("#notice-text", BoundTextArea)
        await settle(pilot)
        box.focus()
        await until(pilot, lambda: app.focused is box and box.bound == item.id)
        original = item.text

        def now() -> str:
            return item.text

        await _rewrite(pilot, box, "First plain rewrite.", now)
        await _rewrite(pilot, box, "Second plain rewrite.", now)
        assert await _undo(pilot, now) == "First plain rewrite."
        assert box.text == "First plain rewrite."
        assert await _undo(pilot, now) == original  # the typing run was one step
        assert box.text == original
        await pilot.press("ctrl+y")
        await until(pilot, lambda: now() == "First plain rewrite.")


def test_a_fresh_translation_is_its_own_undo_step_too() -> None:
    """The translation box is the same kind of box: a string typed over (select all) is a
    new undo step, the keys after it join that step."""
    from conftest import EXAMPLE

    from summarizer.editing import Draft, History, SetTranslation
    from summarizer.handout_file import load_handout

    msgid = load_handout(EXAMPLE).handout.meta.title
    history = History(Draft(load_handout(EXAMPLE).handout))
    for text, fresh in (("K", True), ("Ke", False), ("Otra", True), ("Otra cosa", False)):
        history.do(SetTranslation("es", msgid, text, typed=True, fresh=fresh))
    history.undo()
    assert history.draft.translations["es"][msgid] == "Ke"
    history.undo()
    assert msgid not in history.draft.translations.get("es", {})


# --------------------------------------------------------------------- 5: handout language

SPANISH = """Ketamina para la depresión

La ketamina alivió la depresión en pocas horas en un ensayo con 60 personas.

La ketamina no está aprobada por la FDA para tratar la depresión. Solo debe usarse bajo \
estricta supervisión médica en una clínica. No tome ketamina por su cuenta.
"""


async def test_the_sources_tab_names_notices_as_the_spanish_pdf_heads_them(tmp_path: Path):
    """A Spanish handout's Safety tab and section picker spoke the PDF's Spanish headings,
    but the Sources tab tagged the same notices in English ("notice: Only with expert
    care"), in its detail line and in its kind picker: one name for one thing now."""
    from textual.widgets import OptionList
    from tui_helpers import on_dialog

    from summarizer.handout_file import new_handout
    from summarizer.printed import notice_titles
    from summarizer.sources.load import load_paths

    folder = tmp_path / "ketamina"
    (folder / "sources").mkdir(parents=True)
    article = folder / "sources" / "articulo.txt"
    article.write_text(SPANISH, encoding="utf-8")
    loaded, errors = load_paths([article])
    assert not errors
    hdoc = new_handout(folder, loaded, title="Ketamina", locales=["es"])
    spanish = notice_titles("es", folder)
    english = notice_titles("en")
    assert spanish["supervision"] != english["supervision"]
    app = EditorApp(hdoc.path)
    async with app.run_test(size=SIZE) as pilot:
        sentences = app.query_one("#sentence-list", OptionList)
        await until(pilot, lambda: sentences.option_count > 1)
        await settle(pilot)
        prompts = [str(sentences.get_option_at_index(i).prompt)
                   for i in range(sentences.option_count)]
        line = next(p for p in prompts if "Solo debe usarse" in p)
        assert spanish["supervision"] in line and english["supervision"] not in line
        sentences.focus()
        sentences.highlighted = prompts.index(line)
        await settle(pilot)
        detail = str(app.query_one("#sentence-detail").render())
        assert spanish["supervision"] in detail, detail
        await pilot.press("d")
        await on_dialog(pilot, "pick-kind")
        choices = app.screen.query_one("#choices", OptionList)
        labels = [str(choices.get_option_at_index(i).prompt)
                  for i in range(choices.option_count)]
        assert any(label.startswith(spanish["regulatory"]) for label in labels), labels
        assert not any(label.startswith(english["regulatory"]) for label in labels)


def test_the_shipped_english_headings_are_their_own_msgids() -> None:
    """The Sources tab of an English handout names notices without reading a catalog
    (start-up): true only while the package's English catalog leaves them as written."""
    import gettext

    from summarizer.printed import notice_headings, notice_titles

    assert notice_titles("en") == notice_headings(gettext.NullTranslations())


async def test_an_english_handout_with_its_own_catalog_is_named_by_it(
        example_path: Path) -> None:
    """A clinic's own English wording (locales/en/LC_MESSAGES/summarizer.po beside the
    handout) is what its PDF and Safety tab print: the Sources tab reads it too."""
    from textual.widgets import OptionList

    from summarizer.i18n import clear_cache
    from summarizer.printed import notice_titles
    from summarizer.resources import locales_dir

    shipped = (locales_dir() / "en" / "LC_MESSAGES" / "summarizer.po").read_text(
        encoding="utf-8")
    own = example_path.parent / "locales" / "en" / "LC_MESSAGES" / "summarizer.po"
    own.parent.mkdir(parents=True)
    own.write_text(shipped.replace('msgstr "What are the risks and side effects?"',
                                   'msgstr "Risks and side effects"'), encoding="utf-8")
    clear_cache()
    assert notice_titles("en", example_path.parent)["side-effects"] == "Risks and side effects"
    app = EditorApp(example_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        sentences = app.query_one("#sentence-list", OptionList)
        prompts = [str(sentences.get_option_at_index(i).prompt)
                   for i in range(sentences.option_count)]
        assert any("[notice: Risks and side effects]" in p for p in prompts)
        assert not any("[notice: What are the risks" in p for p in prompts)
    clear_cache()
