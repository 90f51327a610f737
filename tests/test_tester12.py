"""Defects found by tester12 (session 12) using summarizer as its users would: a nurse in
the editor, clinic staff exporting a batch, a translator adding a language, a clinic's
approval committee reading `check`.

The seed articles are used by path (never copied into the repository).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static
from tui_helpers import ready
from tui_wait import until

from summarizer.handout_file import load_handout, new_handout
from summarizer.model import Claim, Span
from summarizer.readability import Analyzer
from summarizer.sources.load import load_paths
from summarizer.tui.app import EditorApp

# --------------------------------------------------------------------------- a claim's
# grade: SMOG scaled from one sentence

SHORT = "Ketamine is not approved by the FDA for depression."  # one sentence, long words
LONG = ("If the first dose does not help you, your care team can talk with you about "
        "what to try next, and they can tell you how long to wait and what to look out "
        "for at home on the day you get it.")  # one long sentence of short words


def _formula(text: str, name: str) -> float:
    report = Analyzer("en").analyze(text)
    grade = next(f.grade for f in report.formulas if f.name == name)
    assert grade is not None
    return grade


@pytest.fixture
def two_claims(tmp_path: Path, seed_paths: list[Path]) -> Path:
    loaded, errors = load_paths(seed_paths[:1])
    assert not errors
    hdoc = new_handout(tmp_path / "h", loaded, title="Ketamine", locales=["en"])
    source, text = hdoc.handout.sources[0], loaded[0].text
    end = text.index(".") + 1
    for cid, words in (("short", SHORT), ("long", LONG)):
        hdoc.handout.claims.append(Claim(id=cid, section="benefits", source=source.id,
                                         span=Span(0, end), quote=text[:end],
                                         evidence="opinion", text=words))
    hdoc.save()
    return hdoc.path


async def test_a_one_sentence_claim_is_not_graded_by_smog_scaled_to_thirty(
        two_claims: Path) -> None:
    """SMOG counts long words over a 30-sentence sample and scales a shorter text up to
    it: a one-sentence claim with three long words (the drug's name among them) read as
    grade 13.0 in the reading panel, above the export ceiling, though every formula of
    sentence length and syllables rates it far lower. A nurse rewrote plain sentences
    that could not get plainer. A claim's few sentences are now graded by
    Flesch-Kincaid, the panel says so, and the editor's "hardest claim" (where enter on a
    READ-* finding goes) is the long sentence, not the short one."""
    smog, kincaid = _formula(SHORT, "SMOG"), _formula(SHORT, "Flesch-Kincaid Grade")
    assert smog > 10 > kincaid  # the defect's shape, measured on the real analyser
    app = EditorApp(two_claims)
    async with app.run_test(size=(110, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2")
        pane = app.query_one("#handout-pane")
        await until(pilot, lambda: app.focused is app.query_one("#claim-list"))
        for _ in range(4):
            if pane.current_claim_id() == "short":
                break
            await pilot.press("down")
        assert pane.current_claim_id() == "short"
        await until(pilot, lambda: "This claim" in str(app.query_one("#reading", Static).render()))
        panel = str(app.query_one("#reading", Static).render())
        line = next(x for x in panel.splitlines() if x.startswith("This claim"))
        assert f"grade {kincaid:.1f}" in line, line
        assert f"{smog:.1f}" not in line and "Flesch-Kincaid" in line, line
        assert app.hardest_claim() == "long"
    assert _formula(LONG, "Flesch-Kincaid Grade") > kincaid
    assert load_handout(two_claims).handout.claims[0].text == SHORT
