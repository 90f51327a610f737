"""The Safety tab at 80x24 (a nurse educator on a laptop terminal).

Measured at 80x24 with two notices attached (the crisis line cut short by the page,
FAITH-GARBLED; the approval notice), the supervision notice missing and Spanish not yet
translated: the required-notices block ran to 8 lines, repeating the SAFETY-CRISIS-MISSING
and I18N-MISSING errors the findings list below it already showed, and pushed the notice
text box below the footer (rows 23-27 of a 24-row terminal): a notice could be picked
but not edited.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static
from tui_wait import until, workers_done

from summarizer.editing import AttachNotice, new_notice
from summarizer.handout_file import new_handout
from summarizer.sources.load import load_paths
from summarizer.tui.app import EditorApp
from summarizer.tui.footer import SteadyFooter
from summarizer.tui.screens.safety import safety_findings
from summarizer.tui.widgets.bound import BoundTextArea

# (needle in a seed sentence, notice kind): the first 988 sentence lost its chat address
# on the page ("... or chat at org."), so the crisis notice is refused (FAITH-GARBLED)
NOTICES = (("988", "crisis-line"), ("not FDA approved for depression", "regulatory"))


def _sentence(app: EditorApp, needle: str):  # type: ignore[no-untyped-def]
    for sid, analysis in app.state.analyses.items():
        for sentence in analysis.sentences:
            if needle in sentence.text:
                return sid, sentence
    raise AssertionError(needle)


async def test_the_safety_tab_at_80x24_says_each_error_once_and_shows_the_notice_box(
        tmp_path: Path, seed_paths: list[Path]) -> None:
    loaded, _ = load_paths(seed_paths)
    hdoc = new_handout(tmp_path / "ketamine", loaded, title="Ketamine for depression",
                       locales=["en", "es"])
    app = EditorApp(hdoc.path, keymap_path=tmp_path / "no-keymap.toml")
    app.CHECK_DELAY = 0.01
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: bool(app.state.analyses) and bool(app.query("#export-pane")))
        for needle, kind in NOTICES:
            sid, sentence = _sentence(app, needle)
            app.apply(AttachNotice(new_notice(app.state.handout, sid, sentence, kind)))
        await pilot.press("3")
        await workers_done(pilot)
        await until(pilot, lambda: app.state.findings is not None)
        await workers_done(pilot)
        await pilot.pause()

        errors = [f for f in safety_findings(app.state.findings, app.state.handout) or []
                  if f.severity == "error"]
        codes = {f.code for f in errors}
        assert {"SAFETY-CRISIS-MISSING", "SAFETY-SUPERVISION-MISSING",
                "I18N-MISSING"} <= codes, codes
        # Every error the notices are blocked by is said once on the tab: in the findings
        # list (enter on one goes to what it is about), not again in the block above it.
        status = str(app.query_one("#safety-status", Static).render())
        listing = app.query_one("#safety-findings", OptionList)
        shown = [status, str(app.query_one("#notice-detail", Static).render())] + [
            str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        for f in errors:
            assert sum(text.count(f.message) for text in shown) == 1, (f.code, shown)
        # the block still says, per required notice, whether it is there
        assert status.count("✗") == 3 and "Only with expert care" in status

        # One key from the tab's list (where 3 puts the keyboard): the notice's text box,
        # wholly on screen above the footer, a line to type on, and typing edits it.
        notices = app.query_one("#notice-list", OptionList)
        assert app.focused is notices
        notices.highlighted = 1
        await pilot.press("enter")
        box = app.query_one("#notice-text", BoundTextArea)
        await until(pilot, lambda: app.focused is box)
        footer = app.query_one(SteadyFooter)
        pane = app.query_one("#safety-pane")
        assert box.region.height >= 3, box.region
        assert pane.region.y <= box.region.y and box.region.bottom <= footer.region.y, (
            box.region, footer.region)
        assert box.region.bottom <= pane.region.bottom
        notice = app.state.handout.disclaimers[1]
        box.move_cursor(box.document.end)
        await pilot.press("space", "O", "k")
        await until(pilot, lambda: notice.text.endswith(" Ok"))
        # and the list above it still shows the notice being edited
        assert notices.region.height >= 3
