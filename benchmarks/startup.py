"""How long `summarizer edit` takes to open, against a bare Textual app (same run).

Two moments, each in fresh processes (interpreter start, imports, paint):
- first screen: the editor's first screen has been painted. Target: <= 1.25x the bare
  app's first screen.
- sources usable: the highlighted article's sentences are on screen and can be added as
  claims or notices (analysed, tagged; no "loading…", no error). Target: <= 1.5x.

How it is fair:
- Both processes run with the same environment, and both read bytecode: a user's
  machine compiles a module once (pip compiles on install; an editable install writes
  __pycache__ on first run). This machine sets PYTHONDONTWRITEBYTECODE=1, which would
  make every run recompile summarizer's modules but not Textual's (pip compiled those),
  so the benchmark unsets it and points both at one fresh PYTHONPYCACHEPREFIX, filled by
  a warm-up run of each.
- The editor's caches (SUMMARIZER_CACHE_DIR, a fresh folder) are filled by the warm-up
  run too: the measured runs are a user opening a handout again. Opening a handout for
  the first time (its analyses not cached) is printed as well (`--cold`), no target.
- The handout is the bundled example with its articles moved inside its folder (what
  `add-source --move-in` does), so every source really is read and analysed.
- Each run reports the moment itself: the process writes a monotonic-clock time stamp
  (SUMMARIZER_TUI_MARK) just before it exits, and the time from launch to that stamp
  is what the user waits for. The whole process (including the shutdown after the
  stamp, which no user waits for at start-up) is printed too.
- Both read their keys from a terminal (a pseudo-terminal nobody types into), as a
  user's do. With /dev/null as standard input (this script's choice until session 5)
  Textual's input thread finds the input "readable" at end of file and loops without
  pause, so each process spent CPU in proportion to how long it ran (~100 ms of the
  editor's 480 to its sources on the shared VM), contending for the interpreter lock
  with the thread that paints: a cost no user sees. `--devnull-stdin` measures that way
  for comparison.
- The runs are interleaved (load on the shared machine hits all alike) and medians
  compared; the load average is printed. On a busy machine the wall-clock ratios
  stretch (the editor's two threads share one interpreter lock and compete for the
  cores), so the CPU time each process used up to its stamp is printed as a ratio
  too; the targets are judged on wall-clock time on a quiet machine. Both sides add
  the CPU of children they collected by their stamp (the editor can read its sources in
  a forked child, summarizer/tui/prefetch.py, off by default; its CPU would then count
  in "sources usable").

    .venv/bin/python benchmarks/startup.py [--runs 9] [--cold]
"""

from __future__ import annotations

import argparse
import os
import shutil
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

# The peer: a Textual app with a header, tabs, a list and a footer, same exit rule and
# the same time stamp as the editor.
BARE_APP = """
import os, resource, time
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
        self.call_after_refresh(self.done)

    def done(self):
        now, cpu = time.monotonic(), time.process_time()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)  # as the editor counts
        cpu += children.ru_utime + children.ru_stime
        with open(os.environ["SUMMARIZER_TUI_MARK"], "w") as fh:
            fh.write(f"{now!r} {cpu!r}")
        self.exit()

Bare().run()
"""


def example_handout(tmp: Path) -> Path:
    """The bundled example in `tmp`, its articles copied inside it by `add-source
    --move-in` (the example points at the seeds, outside its folder, which the editor
    would refuse to read)."""
    import tomlkit

    folder = tmp / "ketamine"
    shutil.copytree(EXAMPLE.parent, folder)
    toml = folder / "handout.toml"
    doc = tomlkit.parse(toml.read_text(encoding="utf-8"))
    for src in doc["sources"]:  # type: ignore[union-attr]
        src["path"] = str((EXAMPLE.parent / str(src["path"])).resolve())
    toml.write_text(doc.as_string(), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "summarizer", "add-source", str(folder),
                    "--move-in", "--library", str(SEEDS)], check=True, cwd=REPO,
                   stdout=subprocess.DEVNULL)
    return toml


STDIN: int | None = subprocess.DEVNULL  # main() gives both sides a terminal


def time_run(argv: list[str], env: dict[str, str], mark: Path) -> tuple[float, float, float]:
    """(launch to the time stamp, whole process, CPU time up to the stamp), in seconds."""
    mark.unlink(missing_ok=True)
    start = time.monotonic()
    proc = subprocess.run(argv, env={**env, "SUMMARIZER_TUI_MARK": str(mark)},
                          stdin=STDIN, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=60, cwd=REPO)
    whole = time.monotonic() - start
    if proc.returncode != 0 or not mark.is_file():
        raise SystemExit(f"{argv[:3]} failed: {proc.stderr.decode(errors='replace')[-500:]}")
    stamp, cpu = (float(x) for x in mark.read_text().split())
    return stamp - start, whole, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cold", action="store_true",
                        help="also time a handout opened for the first time (no target)")
    parser.add_argument("--devnull-stdin", action="store_true",
                        help="standard input from /dev/null, as before session 5 (Textual's "
                             "input thread then spins; for comparison)")
    args = parser.parse_args()
    global STDIN
    terminal = None if args.devnull_stdin else os.openpty()  # kept open: no hang-up
    STDIN = subprocess.DEVNULL if terminal is None else terminal[1]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"TEXTUAL_ANIMATIONS": "none", "COLUMNS": "100", "LINES": "30",
                "PYTHONPYCACHEPREFIX": str(tmp / "pycache"),
                "SUMMARIZER_CACHE_DIR": str(tmp / "cache")}
        first = {**env, "SUMMARIZER_TUI_EXIT_AFTER_FIRST_SCREEN": "1"}
        ready = {**env, "SUMMARIZER_TUI_EXIT_WHEN_SOURCES_READY": "1"}
        handout = example_handout(tmp)
        mark = tmp / "mark"
        editor = [sys.executable, "-m", "summarizer", "edit", str(handout)]
        bare = [sys.executable, "-c", BARE_APP]
        for argv, run_env in ((editor, first), (editor, ready), (bare, first)):  # warm up
            time_run(argv, run_env, mark)
        runs: dict[str, list[tuple[float, float, float]]] = {
            "bare": [], "first": [], "ready": [], "cold": []}
        for _ in range(args.runs):
            runs["first"].append(time_run(editor, first, mark))
            runs["bare"].append(time_run(bare, first, mark))
            runs["ready"].append(time_run(editor, ready, mark))
            if args.cold:  # a handout opened for the first time (the word stores stay)
                for kind in ("analysis", "sources"):
                    shutil.rmtree(tmp / "cache" / kind, ignore_errors=True)
                runs["cold"].append(time_run(editor, ready, mark))
    if terminal is not None:
        for fd in terminal:
            os.close(fd)
    load = os.getloadavg()
    stdin = "/dev/null" if terminal is None else "a pseudo-terminal"
    print(f"standard input: {stdin}")
    print(f"handout: the bundled example, sources moved in; load average "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {args.runs} interleaved runs, medians")

    def med(key: str, i: int) -> float:
        return statistics.median(r[i] for r in runs[key])

    b_mark, b_whole, b_cpu = med("bare", 0), med("bare", 1), med("bare", 2)
    print(f"bare Textual app            first screen {b_mark * 1000:6.0f} ms "
          f"(whole process {b_whole * 1000:6.0f} ms; CPU {b_cpu * 1000:6.0f} ms)")
    ok = True
    for key, label, target in (("first", "first screen", FIRST_SCREEN_TARGET),
                               ("ready", "sources usable", SOURCES_TARGET),
                               ("cold", "sources usable, new handout", None)):
        if not runs[key]:
            continue
        m, whole, cpu = med(key, 0), med(key, 1), med(key, 2)
        ratio, whole_ratio = m / b_mark, whole / b_whole
        verdict = ""
        if target is not None:
            verdict = f" (target <= {target}x): {'PASS' if ratio <= target else 'FAIL'}"
            ok = ok and ratio <= target
        print(f"editor, {label:27s} {m * 1000:6.0f} ms  ratio {ratio:.2f}x{verdict}; "
              f"whole process {whole * 1000:.0f} ms, {whole_ratio:.2f}x; "
              f"CPU to the stamp {cpu / b_cpu:.2f}x")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
