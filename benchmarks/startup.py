"""How long `summarizer edit` takes to show its first screen, against a bare Textual app.

Both run as fresh processes (interpreter start, imports, first paint, exit), launched
with SUMMARIZER_TUI_EXIT_AFTER_FIRST_SCREEN=1 so each exits right after its first
screen is refreshed; the median of several runs of each is compared in the same run.
Target (DESIGN.md): the editor within 1.5x of the bare app.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ketamine-depression" / "handout.toml"
SEEDS = REPO.parent / "shared" / "seeds"
TARGET = 1.5

# The peer: a Textual app with a header, tabs, a list and a footer, same exit rule.
BARE_APP = """
import os
from textual.app import App
from textual.widgets import Footer, Header, OptionList, TabbedContent, TabPane

class Bare(App):
    def compose(self):
        yield Header()
        with TabbedContent():
            with TabPane("One"):
                yield OptionList("a", "b", "c")
            with TabPane("Two"):
                yield OptionList("d")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(self.exit)

Bare().run()
"""


def example_handout(tmp: Path) -> Path:
    """The bundled example when it exists, else a handout made from the seed articles."""
    if EXAMPLE.is_file():
        return EXAMPLE
    sys.path.insert(0, str(REPO))
    from summarizer.handout_file import new_handout
    from summarizer.sources.load import load_paths

    loaded, _ = load_paths(sorted(SEEDS.glob("*.txt")))
    return new_handout(tmp / "ketamine", loaded, locales=["en", "es"]).path


def time_run(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=60, cwd=REPO)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{argv[:3]} failed: {proc.stderr.decode(errors='replace')[-500:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "SUMMARIZER_TUI_EXIT_AFTER_FIRST_SCREEN": "1",
           "TEXTUAL_ANIMATIONS": "none", "COLUMNS": "100", "LINES": "30"}
    with tempfile.TemporaryDirectory() as tmp:
        handout = example_handout(Path(tmp))
        editor = [sys.executable, "-m", "summarizer", "edit", str(handout)]
        bare = [sys.executable, "-c", BARE_APP]
        time_run(editor, env), time_run(bare, env)  # warm the OS file cache
        editor_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            editor_times.append(time_run(editor, env))
            bare_times.append(time_run(bare, env))
    e, b = statistics.median(editor_times), statistics.median(bare_times)
    ratio = e / b
    print(f"handout: {handout if handout == EXAMPLE else 'made from the seeds'}")
    print(f"bare Textual app   median {b * 1000:7.1f} ms over {args.runs} runs")
    print(f"summarizer edit    median {e * 1000:7.1f} ms over {args.runs} runs")
    verdict = "PASS" if ratio <= TARGET else "FAIL"
    print(f"ratio {ratio:.2f}x (target <= {TARGET}x): {verdict}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
