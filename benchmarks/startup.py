"""How long `summarizer edit` takes to open, against a bare Textual app (same run).

Two measures, each as fresh processes (interpreter start, imports, paint, exit):
- first screen: SUMMARIZER_TUI_EXIT_AFTER_FIRST_SCREEN=1 exits right after the first
  screen is refreshed. Target: <= 1.25x the bare app.
- sources usable: SUMMARIZER_TUI_EXIT_WHEN_SOURCES_READY=1 exits once the articles are
  analysed and drawn (no "loading…" left). Target: <= 1.5x the bare app.
Runs are interleaved (load on the machine hits all alike); medians are compared.

    .venv/bin/python benchmarks/startup.py [--runs 9]
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
FIRST_SCREEN_TARGET = 1.25
SOURCES_TARGET = 1.5

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
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    base = {**os.environ, "TEXTUAL_ANIMATIONS": "none", "COLUMNS": "100", "LINES": "30"}
    first = {**base, "SUMMARIZER_TUI_EXIT_AFTER_FIRST_SCREEN": "1"}
    ready = {**base, "SUMMARIZER_TUI_EXIT_WHEN_SOURCES_READY": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        handout = example_handout(Path(tmp))
        editor = [sys.executable, "-m", "summarizer", "edit", str(handout)]
        bare = [sys.executable, "-c", BARE_APP]
        time_run(editor, first), time_run(editor, ready), time_run(bare, first)  # warm up
        times: dict[str, list[float]] = {"bare": [], "first": [], "ready": []}
        for _ in range(args.runs):
            times["first"].append(time_run(editor, first))
            times["bare"].append(time_run(bare, first))
            times["ready"].append(time_run(editor, ready))
    b = statistics.median(times["bare"])
    print(f"handout: {handout if handout == EXAMPLE else 'made from the seeds'}")
    print(f"bare Textual app          median {b * 1000:7.1f} ms over {args.runs} runs")
    ok = True
    for key, label, target in (("first", "first screen", FIRST_SCREEN_TARGET),
                               ("ready", "sources usable", SOURCES_TARGET)):
        m = statistics.median(times[key])
        ratio = m / b
        verdict = "PASS" if ratio <= target else "FAIL"
        ok = ok and ratio <= target
        print(f"editor, {label:15s}  median {m * 1000:7.1f} ms  ratio {ratio:.2f}x "
              f"(target <= {target}x): {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
