"""The editor, the PDF and the review sheet say the same thing in the same order: section
headings come from one place (summarizer.printed), read back from the exported PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdf
import pytest
from textual.widgets import OptionList, TabbedContent
from tui_wait import until, workers_done

from summarizer import gate
from summarizer.export import export_handout
from summarizer.handout_file import load_handout
from summarizer.review import rows
from summarizer.tui.app import EditorApp

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def example_path(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "example"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns(".*.recovery"))
    hdoc = load_handout(folder)
    for ref in hdoc.handout.sources:
        ref.path = str(seeds_dir / Path(ref.path).name)
    hdoc.save(force=True)
    return hdoc.path


def pdf_text(path: Path) -> str:
    return " ".join(flat(p.extract_text() or "") for p in pypdf.PdfReader(path).pages)


def in_order(text: str, pieces: list[str]) -> list[int]:
    """Where each piece is found in `text`, each searched after the previous one."""
    out, at = [], 0
    for piece in pieces:
        at = text.find(piece, at)
        out.append(at)
        if at < 0:
            break
    return out


async def test_the_editors_section_headings_are_the_pdfs(example_path: Path,
                                                         tmp_path: Path) -> None:
    """Measured in issue 8: the editor said "How sure are we?" where the PDF says "How
    strong is the evidence?". Every heading the Handout tab shows is the PDF's, in order."""
    result = export_handout(load_handout(example_path), ["en"], tmp_path / "out", jobs=1)
    assert result.ok, result.refused
    pdf = pdf_text(result.written["en"])
    app = EditorApp(example_path)
    async with app.run_test(size=(100, 34)) as pilot:
        await until(pilot, lambda: bool(app.query("#handout-pane")))
        await pilot.press("2")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "handout")
        await workers_done(pilot)
        listing = app.query_one("#claim-list", OptionList)
        headings = [str(listing.get_option_at_index(i).prompt).rsplit(" (", 1)[0]
                    for i in range(listing.option_count)
                    if (listing.get_option_at_index(i).id or "").startswith("section:")]
    assert len(headings) == 5  # the example has claims in every section
    found = in_order(pdf, headings)
    assert all(at >= 0 for at in found), dict(zip(headings, found, strict=False))


def test_the_review_sheet_lists_sentences_in_the_pdfs_order(tmp_path: Path) -> None:
    hdoc = load_handout(EXAMPLE.parent / "ketamine-depression")
    result = export_handout(hdoc, ["en"], tmp_path / "out", jobs=1)
    assert result.ok, result.refused
    pdf = pdf_text(result.written["en"])
    sheet = rows(hdoc, gate.run(hdoc), {})
    printed = [flat(r.text) for r in sheet if r.text]
    assert len(printed) > 15
    found = in_order(pdf, printed)
    assert all(at >= 0 for at in found), list(zip(printed, found, strict=False))
