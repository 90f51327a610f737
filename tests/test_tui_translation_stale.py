"""The Translations tab shows a string whose English was edited by hand after it was
translated as `translations status` and `check` do (issue 8): fuzzy (stale), with the
earlier translation in the box as the suggestion to fix and confirm, not missing.

The tab reads its marks from catalog_draft.rows, which merges the catalog with the
handout by catalogs.merge, the function `translations update` uses; c9d1a3a made it carry
the earlier translation of a claim rewritten beyond Babel's match by the claim it is
printed in. Without that the rewritten claim below was "missing" in the tab while the
command said "1 fuzzy" (stale); the reworded one was already fuzzy in the tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList
from tui_helpers import SIZE, copy_example, ready, settle
from tui_wait import until

from summarizer import catalogs
from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp
from summarizer.tui.screens.translations import TranslationsPane
from summarizer.tui.widgets.bound import BoundTextArea

OLD = "Some people whose depression did not get better with other drugs felt better within hours."
REWORDED = (
    "Some people whose depression did not get better with other drugs felt better "
    "within a few hours."
)
REWRITTEN = "People who had tried other medicines without success often felt relief the same day."


def _edited_by_hand(tmp_path: Path, seeds_dir: Path, new: str) -> Path:
    """The example with one claim's English changed in the file, as a person with a text
    editor would (no `translations update` afterwards)."""
    path = copy_example(tmp_path, seeds_dir)
    text = path.read_text(encoding="utf-8")
    assert text.count(f'"{OLD}"') == 1
    path.write_text(text.replace(f'"{OLD}"', f'"{new}"'), encoding="utf-8")
    return path


@pytest.mark.parametrize("new", [REWORDED, REWRITTEN], ids=["reworded", "rewritten"])
async def test_the_tab_shows_a_hand_edited_string_as_stale_with_its_old_translation(
    tmp_path: Path, seeds_dir: Path, new: str
) -> None:
    """A small edit (Babel's match) and a new sentence in the same claim (matched by the
    claim it is printed in, catalogs.merge): fuzzy in the tab as in `translations status`,
    the earlier translation in the box, and ctrl+o confirms it."""
    path = _edited_by_hand(tmp_path, seeds_dir, new)
    hdoc = load_handout(path)
    status = catalogs.catalog_status(hdoc, "es")  # what `translations status` prints
    assert status.missing == [] and status.fuzzy == [new] and status.stale == [new]
    old = catalogs.get_entry(hdoc, "es", OLD)
    assert old is not None and old.msgstr
    app = EditorApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("4")
        await until(pilot, lambda: app.query_one("#string-list", OptionList).option_count > 0)
        await settle(pilot)
        pane = app.query_one(TranslationsPane)
        assert pane.current_locale() == "es"
        # every string's mark is the command's
        marks = {r.msgid: r.status for r in pane._rows}
        assert [m for m, s in marks.items() if s == "missing"] == status.missing
        assert [m for m, s in marks.items() if s == "fuzzy"] == status.fuzzy
        coverage = str(app.query_one("#coverage").render())
        assert "0 missing" in coverage and "1 fuzzy" in coverage, coverage

        pane.show(new, "es", edit=True)
        await settle(pilot)
        box = app.query_one("#translation-text", BoundTextArea)
        assert box.has_focus and box.text == old.msgstr  # the suggestion to fix
        source = str(app.query_one("#string-source").render())
        assert "fuzzy: the source text changed" in source and f"was: {OLD}" in " ".join(
            source.split()
        ), source

        await pilot.press("ctrl+o")  # the old translation is still right: confirm it
        await until(pilot, lambda: (row := pane.row_of(new)) is not None and row.status == "done")
        assert app.state.translations["es"][new] == old.msgstr
