"""Self-contained handouts: sources kept inside the folder, so a copy works anywhere."""

from __future__ import annotations

import shutil
from pathlib import Path

import tomlkit
from conftest import EXAMPLE

from summarizer.cli import main
from summarizer.handout_file import load_handout
from summarizer.sources.load import load_source


def outside_copy(dest: Path) -> Path:
    """The bundled example copied to `dest`, still pointing at the seeds (by absolute path,
    as a handout made elsewhere would); the seeds themselves are never copied here."""
    shutil.copytree(EXAMPLE.parent, dest)
    toml = dest / "handout.toml"
    doc = tomlkit.parse(toml.read_text(encoding="utf-8"))
    for src in doc["sources"]:
        src["path"] = str((EXAMPLE.parent / str(src["path"])).resolve())
    toml.write_text(doc.as_string(), encoding="utf-8")
    return dest


def test_new_keeps_snapshots_with_origin(tmp_path: Path, seed_paths: list[Path]) -> None:
    assert main(["new", str(tmp_path / "h"), "--sources", str(seed_paths[0].parent)]) == 0
    hdoc = load_handout(tmp_path / "h")
    assert len(hdoc.handout.sources) == len(seed_paths)
    for ref, seed in zip(hdoc.handout.sources, seed_paths, strict=True):
        assert ref.path == f"sources/{ref.id}.txt"
        assert ref.origin == str(seed.resolve()) and ref.retrieved
        assert (tmp_path / "h" / ref.path).read_bytes() == seed.read_bytes()
        assert load_source(tmp_path / "h" / ref.path).sha256 == ref.sha256


def test_move_in_makes_the_example_self_contained(tmp_path: Path, capsys) -> None:
    folder = outside_copy(tmp_path / "example")
    assert main(["verify", str(folder)]) == 0
    assert main(["add-source", str(folder), "--move-in"]) == 0
    out = capsys.readouterr().out
    hdoc = load_handout(folder)
    for ref in hdoc.handout.sources:
        assert f"moved in {ref.id}" in out
        assert ref.path == f"sources/{ref.id}.txt"
        assert Path(ref.origin).is_file() and Path(ref.origin).parent.name == "seeds"
    moved = Path(shutil.move(folder, tmp_path / "far" / "away"))
    capsys.readouterr()
    assert main(["verify", str(moved)]) == 0
    out = capsys.readouterr().out
    n = len(hdoc.handout.claims) + len(hdoc.handout.disclaimers)
    assert f"{n} quotes in place, 0 to look at, 0 gone" in out
    # nothing left to move: a second run changes nothing
    before = (moved / "handout.toml").read_bytes()
    assert main(["add-source", str(moved), "--move-in"]) == 0
    assert (moved / "handout.toml").read_bytes() == before


async def test_editor_opens_every_moved_in_source(tmp_path: Path) -> None:
    from tui_wait import until

    from summarizer.tui.app import EditorApp

    folder = outside_copy(tmp_path / "example")
    assert main(["add-source", str(folder), "--move-in"]) == 0
    moved = Path(shutil.move(folder, tmp_path / "elsewhere"))
    app = EditorApp(moved / "handout.toml")
    async with app.run_test(size=(100, 34)) as pilot:
        # the source worker starts after the first paint: wait for its result, not for
        # the workers running when the test asks (there may be none yet)
        await until(pilot, lambda: bool(app.state.analyses or app.state.source_errors))
        ids = {r.id for r in app.state.handout.sources}
        assert app.state.source_errors == {}
        assert set(app.state.analyses) == ids


def test_move_in_is_all_or_nothing(tmp_path: Path, capsys) -> None:
    folder = outside_copy(tmp_path / "example")
    doc = tomlkit.parse((folder / "handout.toml").read_text(encoding="utf-8"))
    # one source now differs from what its claims quoted: a copy of a seed, edited
    changed = tmp_path / "changed.txt"
    changed.write_bytes(Path(str(doc["sources"][1]["path"])).read_bytes() + b"\nEdited.\n")
    doc["sources"][1]["path"] = str(changed)
    (folder / "handout.toml").write_text(doc.as_string(), encoding="utf-8")
    before = (folder / "handout.toml").read_bytes()
    assert main(["add-source", str(folder), "--move-in"]) == 1
    err = capsys.readouterr().err
    assert "nothing moved in" in err and "changed since it was added" in err
    assert err.count("\n") == 1
    assert (folder / "handout.toml").read_bytes() == before
    assert not (folder / "sources").exists()


def test_add_source_needs_something_to_add(tmp_path: Path, capsys) -> None:
    folder = outside_copy(tmp_path / "example")
    assert main(["add-source", str(folder)]) == 2
    assert "give URLs or files" in capsys.readouterr().err


async def test_editor_adds_a_source_by_url_and_by_path(tmp_path: Path,
                                                     seed_paths: list[Path]) -> None:
    from local_http import Route, article_html, serving
    from textual.widgets import Input, OptionList

    from summarizer.tui.app import EditorApp
    from summarizer.tui.screens.sources import SourcesPane

    assert main(["new", str(tmp_path / "h"), "--sources", str(seed_paths[0])]) == 0
    page = article_html("Clinic news about ketamine", [
        "The clinic now offers ketamine infusions to adults whose depression did not "
        "improve with two other medicines, always with a doctor in the room.",
        "Every patient is watched for two hours after each infusion and must not drive "
        "home on the same day."]).encode()
    with serving({"/news.html": Route(200, {"Content-Type": "text/html"}, page)}) as srv:
        app = EditorApp(tmp_path / "h" / "handout.toml")
        async with app.run_test(size=(100, 34)) as pilot:
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            for value in (srv.url("/news.html"), str(seed_paths[1])):
                app.query_one(SourcesPane).query_one("#source-list", OptionList).focus()
                await pilot.press("o")
                await pilot.pause()
                app.screen.query_one("#path-input", Input).value = value
                await pilot.press("enter")
                await pilot.pause()
                await pilot.app.workers.wait_for_complete()
                await pilot.pause()
                await pilot.app.workers.wait_for_complete()
                await pilot.pause()
            refs = app.state.handout.sources
            assert [r.origin for r in refs[1:]] == [srv.url("/news.html"),
                                                   str(seed_paths[1].resolve())]
            assert set(app.state.analyses) == {r.id for r in refs}
            listing = app.query_one("#source-list", OptionList)
            shown = [str(listing.get_option_at_index(i).prompt) for i in range(3)]
            assert "Clinic news about ketamine" in shown[1] and srv.url("/news.html") in shown[1]
            assert f"from {seed_paths[1].name}" in shown[2]
            await pilot.press("ctrl+s")
            await pilot.pause()
    hdoc = load_handout(tmp_path / "h")
    assert [r.origin for r in hdoc.handout.sources][1] == srv.url("/news.html")
    moved = shutil.move(tmp_path / "h", tmp_path / "moved")
    assert main(["verify", str(moved)]) == 0


def test_snapshot_names_stay_inside_the_sources_folder(tmp_path: Path) -> None:
    from summarizer.sources.snapshot import write_snapshot

    for bad in ("../../evil", "/etc/passwd", "..", "Ünïcode id"):
        path = write_snapshot(tmp_path, bad, "txt", b"text")
        assert path.parent == tmp_path / "sources" and path.read_bytes() == b"text"
    assert sorted(p.name for p in (tmp_path / "sources").iterdir()) == [
        "etc-passwd.txt", "evil.txt", "n-code-id.txt", "source.txt"]


async def test_editor_reports_a_source_it_cannot_add(tmp_path: Path,
                                                   seed_paths: list[Path]) -> None:
    from textual.widgets import Input, OptionList

    from summarizer.tui.app import EditorApp
    from summarizer.tui.screens.sources import SourcesPane

    assert main(["new", str(tmp_path / "h"), "--sources", str(seed_paths[0])]) == 0
    app = EditorApp(tmp_path / "h" / "handout.toml")
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.app.workers.wait_for_complete()
        pane = app.query_one(SourcesPane)
        pane.query_one("#source-list", OptionList).focus()
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one("#path-input", Input).value = str(tmp_path / "missing.pdf")
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.state.handout.sources) == 1 and not pane.loading
        assert any("no such file" in str(n.message) for n in app._notifications)
        assert not app.state.hdoc.is_dirty()  # nothing was added to the handout
