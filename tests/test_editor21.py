"""Defects a tester met using the editor as a nurse (session 20, editor21): the keys
and screens, driven through Pilot on a copy of the bundled example and the seeds."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, TabbedContent
from tui_screen import text as screen_text
from tui_wait import until, workers_done

from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"


@pytest.fixture
def example_copy(tmp_path: Path, seeds_dir: Path) -> Path:
    """The bundled example copied out, its sources pointed at the seeds, one claim
    rewritten with hype so the export check has findings on it."""
    folder = tmp_path / "example"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns(".*.recovery"))
    hdoc = load_handout(folder)
    for ref in hdoc.handout.sources:
        ref.path = str(seeds_dir / Path(ref.path).name)
    claim = next(c for c in hdoc.handout.claims if c.id == "fast-relief")
    claim.text = "This miracle breakthrough cures depression in hours, guaranteed."
    hdoc.save(force=True)
    return hdoc.path


async def _loaded(pilot: Pilot[None]) -> EditorApp:
    app = pilot.app
    assert isinstance(app, EditorApp)
    await until(pilot, lambda: bool(app.state.analyses) and bool(app.query("#export-pane")))
    await workers_done(pilot)
    await until(pilot, lambda: app.state.findings is not None)
    await workers_done(pilot)
    await pilot.pause()
    return app


def _footer(app: EditorApp) -> str:
    return screen_text(app).splitlines()[-1]


@pytest.mark.parametrize("width", [80, 100])
async def test_the_footer_says_esc_leaves_a_text_box_a_finding_opened(
        example_copy: Path, tmp_path: Path, width: int) -> None:
    """Enter on a claim's finding on the Export tab put the keyboard in the claim's box;
    the nurse pressed 3 for the Safety tab and typed "3" into the claim, and nothing on
    screen said that escape leaves the box. The footer now shows it while a box has the
    keyboard (and only then), and escape then 3 shows Safety with the claim unchanged."""
    app = EditorApp(example_copy, keymap_path=tmp_path / "no-keymap.toml")
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=(width, 30)) as pilot:
        await _loaded(pilot)
        claims = {c.id for c in app.state.handout.claims}
        findings = app.state.findings or []
        index = next(i for i, f in enumerate(findings) if f.item in claims
                     and not app.about_a_translation(f.locale, "x"))
        await pilot.press("5")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "findings")
        app.query_one("#findings", OptionList).highlighted = index
        await pilot.press("enter")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "claim-text")
        claim = next(c for c in app.state.handout.claims if c.id == findings[index].item)
        before = claim.text
        await until(pilot, lambda: "esc" in _footer(app), tries=200)
        assert "esc Done" in _footer(app), _footer(app)
        await pilot.press("f2")  # off the footer in a box, for room: it still works
        await until(pilot, lambda: app.screen.id != "_default")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen.id == "_default" and app.focused is not None
                    and app.focused.id == "claim-text")
        await pilot.press("escape")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "claim-list")
        await until(pilot, lambda: "esc" not in _footer(app), tries=200)
        assert "esc" not in _footer(app), _footer(app)  # a list has nothing to leave
        await pilot.press("3")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "safety")
        assert claim.text == before


async def test_the_translations_tab_opens_on_the_first_string_to_do_and_shows_why(
        example_copy: Path, tmp_path: Path) -> None:
    """The translator fixed a Spanish phone number, went to another tab and came back:
    the tab opened on the string just edited, not on the one still to do (the claim whose
    English changed). Its findings box was 2 lines high, so the FAITH-TRANSLATION reason
    for the number typed wrong was cut off; it grows on a tall screen as Safety's does."""
    from summarizer.tui.screens.translations import TranslationsPane

    app = EditorApp(example_copy, keymap_path=tmp_path / "no-keymap.toml")
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=(120, 40)) as pilot:
        await _loaded(pilot)
        fuzzy = next(c.text for c in app.state.handout.claims if c.id == "fast-relief")
        spanish = next(d.text for d in app.state.handout.disclaimers
                       if d.id == "crisis-spanish")
        await pilot.press("4")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "string-list")
        pane = app.query_one(TranslationsPane)
        assert pane.current_msgid() == fuzzy
        strings = app.query_one("#string-list", OptionList)
        strings.highlighted = [r.msgid for r in pane._rows].index(spanish)
        await pilot.press("enter", "ctrl+a", *"Llame al 1-888-628-9999.", "escape")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "string-list")
        await workers_done(pilot)
        await until(pilot, lambda: app.state.findings is not None and any(
            f.code == "FAITH-TRANSLATION" for f in app.state.findings))
        await workers_done(pilot)
        await pilot.pause()
        listing = app.query_one("#translation-findings", OptionList)
        await until(pilot, lambda: listing.display and listing.option_count > 0)
        assert listing.max_scroll_y == 0, (listing.size, listing.virtual_size)
        await pilot.press("2")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "handout")
        await pilot.press("4")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "string-list")
        await pilot.pause()
        assert pane.current_msgid() == fuzzy


def test_a_copied_example_refused_for_outside_sources_says_how_to_bring_them_in(
        example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A copy of the bundled example, with no library folder set up, was refused for its
    sources outside its folder, and the message named only the library rule; the way to
    bring the sources in (`summarizer add-source --move-in`) was not said. It is now, and
    doing what it says makes the sources readable."""
    from summarizer.cli import main

    monkeypatch.setenv("SUMMARIZER_CONFIG", str(tmp_path / "no-config.toml"))
    folder = example_copy.parent
    assert main(["check", str(folder)]) == 1
    said = " ".join(capsys.readouterr().out.split())
    assert "PROV-SOURCE-MISSING" in said
    assert "summarizer add-source HANDOUT --move-in" in said, said
    command = said.split("`summarizer add-source HANDOUT --move-in", 1)[1].split("`")[0]
    assert main(["add-source", str(folder), "--move-in", *shlex.split(command)]) == 0
    capsys.readouterr()
    main(["check", str(folder)])
    assert "PROV-SOURCE-MISSING" not in capsys.readouterr().out
