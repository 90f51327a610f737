"""The editor's reading panel: coaching grouped, and one key applies a suggestion (Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, TextArea
from tui_helpers import copy_example, ready
from tui_wait import until

from summarizer.handout_file import load_handout, new_handout
from summarizer.model import Claim, Span
from summarizer.readability import Analyzer
from summarizer.sources.load import load_paths
from summarizer.tui import reading
from summarizer.tui.app import EditorApp

MEASURED = "Patients should ask their physician about SSRI doses. Nearly 70% of patients improved."


@pytest.fixture
def handout_with_claim(tmp_path: Path, seed_paths: list[Path]) -> Path:
    loaded, errors = load_paths(seed_paths[:1])
    assert not errors
    hdoc = new_handout(tmp_path / "h", loaded, title="Ketamine", locales=["en"])
    source = hdoc.handout.sources[0]
    text = loaded[0].text
    end = text.index(".") + 1
    hdoc.handout.claims.append(Claim(id="c1", section="benefits", source=source.id,
                                     span=Span(0, end), quote=text[:end],
                                     evidence="human-trial", text=MEASURED))
    hdoc.save()
    return hdoc.path


def test_coaching_groups_everything() -> None:
    report = Analyzer("en").analyze(MEASURED)
    groups = dict(reading.coaching(report, MEASURED, "en"))
    assert {"Hard words", "Sentences"} <= set(groups)
    words = {r.label: r for r in groups["Hard words"]}
    assert words["SSRI"].kind == "acronym"
    assert words["physician"].detail.startswith("→ doctor")
    kinds = [r.kind for r in groups["Sentences"]]
    assert kinds == ["person-centred", "number-format"]
    fixes = reading.fixes(report, MEASURED)
    assert [f.kind for f in fixes][:2] == ["person-centred", "jargon"]
    assert sum(r.fixable for rows in groups.values() for r in rows) == 1
    assert groups["Sentences"][0].fixable


async def test_one_key_applies_each_suggestion(handout_with_claim: Path) -> None:
    app = EditorApp(handout_with_claim)
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.press("2")
        await pilot.pause()
        panel = str(app.query_one("#reading", Static).render())
        assert "Hard words" in panel and "Sentences" in panel, panel
        assert "SSRI" in panel and "speak to the reader" in panel, panel
        (claim,) = app.state.handout.claims
        area = app.query_one("#claim-text", TextArea)
        area.focus()
        await pilot.press("ctrl+l")  # the sentence rewrite: speak to the reader
        await pilot.pause()
        assert claim.text.startswith("You should ask your physician about SSRI doses.")
        assert area.text == claim.text
        await pilot.press("ctrl+l")  # then the plainer word
        await pilot.pause()
        assert claim.text.startswith("You should ask your doctor about SSRI doses.")
        await pilot.press("ctrl+l")  # then the natural frequency
        await pilot.pause()
        assert claim.text.endswith("About 7 in 10 patients improved.")
        panel = str(app.query_one("#reading", Static).render())
        assert "speak to the reader" not in panel and "numbers" not in panel
    reloaded = load_handout(handout_with_claim)
    assert reloaded.handout.claims[0].text == MEASURED  # not saved: only in the editor


async def test_the_drug_a_handout_is_about_is_not_coached_as_uncommon(
    tmp_path: Path, seeds_dir: Path,
) -> None:
    """The example handout is about ketamine (its title names it, drugs.toml knows it):
    its reading panel coached "Ketamine" as an uncommon word to replace. Another rare
    word in the same claim still is."""
    path = copy_example(tmp_path, seeds_dir)
    hdoc = load_handout(path)
    claim = next(c for c in hdoc.handout.claims if c.text.startswith("Ketamine"))
    assert "ketamine" in hdoc.handout.meta.title.lower()
    app = EditorApp(path)
    async with app.run_test(size=(110, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2")
        pane = app.query_one("#handout-pane")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        for _ in range(len(hdoc.handout.claims)):  # down the list to that claim
            if pane.current_claim_id() == claim.id:
                break
            await pilot.press("down")
        assert pane.current_claim_id() == claim.id
        panel = str(app.query_one("#reading", Static).render())
        assert "Hard words" in panel or "No hard words" in panel, panel
        assert "Ketamine (uncommon" not in panel, panel
        area = app.query_one("#claim-text", TextArea)
        area.focus()
        await pilot.press("end", "space", *"Not", "space", *"zolpidem.")
        await until(pilot, lambda: "zolpidem" in str(app.query_one("#reading", Static).render()))
        panel = str(app.query_one("#reading", Static).render())
        assert "zolpidem (uncommon" in panel, panel  # another drug: still coached
        assert "Ketamine (uncommon" not in panel, panel
