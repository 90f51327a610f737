"""The editor, the PDF and the review sheet say the same thing in the same order: section
headings come from one place (summarizer.printed), read back from the exported PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdf
import pytest
from textual.widgets import OptionList, Static, TabbedContent
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


async def test_the_safety_tabs_notice_titles_are_the_pdfs(example_path: Path,
                                                          tmp_path: Path) -> None:
    """Measured in issue 8: the Safety tab said "Medical supervision" where the PDF says
    "Only with expert care". Each notice's title in the Safety tab (its list and the
    required-notices lines) is the heading the PDF prints it under, with its text after."""
    from summarizer.printed import notice_titles

    result = export_handout(load_handout(example_path), ["en", "es"], tmp_path / "out", jobs=1)
    assert result.ok, result.refused
    pdf = pdf_text(result.written["en"])
    notices = {d.id: d for d in load_handout(example_path).handout.disclaimers}
    spanish = pdf_text(result.written["es"])  # the same titles, translated, in the es PDF
    for kind in {d.kind for d in notices.values()}:
        assert flat(notice_titles("es", example_path.parent)[kind]) in spanish, kind
    app = EditorApp(example_path)
    async with app.run_test(size=(100, 34)) as pilot:
        await until(pilot, lambda: bool(app.query("#safety-pane")))
        await pilot.press("3")
        await until(pilot, lambda: app.query_one(TabbedContent).active == "safety"
                    and app.state.findings is not None)
        await workers_done(pilot)
        listing = app.query_one("#notice-list", OptionList)
        shown = {listing.get_option_at_index(i).id: str(listing.get_option_at_index(i).prompt)
                 for i in range(listing.option_count)}
        status = str(app.query_one("#safety-status", Static).render())
    titles = {nid: prompt[1:prompt.index("] ")] for nid, prompt in shown.items()}
    assert set(titles) == set(notices)
    kinds = {notices[nid].kind for nid in titles}
    assert {"crisis-line", "supervision", "regulatory"} <= kinds
    for nid, title in titles.items():
        found = in_order(pdf, [flat(title), flat(notices[nid].text)])
        assert all(at >= 0 for at in found), (title, notices[nid].text, found)
    for kind in ("crisis-line", "supervision", "regulatory"):  # the required ones
        title = next(t for nid, t in titles.items() if notices[nid].kind == kind)
        assert f"✓ {title}" in status, status


async def test_the_sources_tab_names_notice_kinds_as_the_pdf_heads_them(
        example_path: Path) -> None:
    """The Sources tab tagged a sentence "notice: Medical supervision" and its kind picker
    offered "Medical supervision" where the PDF and the Safety tab say "Only with expert
    care": its tags and picker now use the printed headings (summarizer.printed)."""
    from tui_helpers import on_dialog, ready

    from summarizer.model import DISCLAIMER_KINDS
    from summarizer.printed import notice_titles
    from summarizer.tui.screens.sources import SourcesPane

    titles = notice_titles("en", example_path.parent)
    app = EditorApp(example_path)
    async with app.run_test(size=(100, 34)) as pilot:
        await ready(pilot)
        pane = app.query_one(SourcesPane)
        sentences = app.query_one("#sentence-list", OptionList)
        await until(pilot, lambda: sentences.option_count > 1)
        # every source in turn: the tags are the point, not which article has notices
        sources = app.query_one("#source-list", OptionList)
        prompts: list[str] = []
        for n in range(sources.option_count):
            sources.highlighted = n
            pane.show_source()  # lists that source's sentences now
            await pilot.pause()
            prompts += [str(sentences.get_option_at_index(i).prompt)
                        for i in range(sentences.option_count)]
        sources.highlighted = 0
        tags = {p[p.index("notice: ") + 8:].split("]")[0] for p in prompts if "notice: " in p}
        assert tags and tags <= set(titles.values()), tags
        sentences.focus()
        await pilot.press("d")
        await on_dialog(pilot, "pick-kind")
        choices = app.screen.query_one("#choices", OptionList)
        offered = [str(choices.get_option_at_index(i).prompt)
                   for i in range(choices.option_count)]
        assert offered == [titles[k] for k in DISCLAIMER_KINDS]
        assert "Medical supervision" not in offered and pane is not None
