"""Render benchmark: one-shot exports against the bare WeasyPrint CLI, CJK against English,
and a batch with --jobs 2 against --jobs 1, all as ratios measured in this one run.

Targets (issue "Every language a clinic serves"):
- a one-shot `summarizer export -l en` (a fresh process: imports, gate, HTML, glyph
  check, PDF, PDF/UA repair, atomic write) takes <= 1.2x a bare `weasyprint` CLI run on
  the very HTML that export renders (same PDF/UA options);
- rendering a CJK locale (zh-Hans: HTML, glyph check, PDF with its CJK font subset,
  PDF/UA repair) takes <= 1.5x rendering the English one, in one warm process (the
  gate is left out: its faithfulness heuristics cannot yet read Chinese negation);
- 20 handouts x 4 locales exported from one process with jobs=2 is >= 1.7x faster than
  with jobs=1.
Best of several interleaved runs (on a shared 2-core VM noise only adds time); medians
are printed beside them, with the load average. Exit 1 when a target is missed.

Both sides of the one-shot ratio run in the same environment, as on a user's machine:
Python writes bytecode (this VM sets PYTHONDONTWRITEBYTECODE=1, which would make every
run of ours recompile our modules, ~65 ms, while WeasyPrint's were compiled by pip at
install; both child processes get it unset), and the untimed warm-up run writes it, as
a user's first run does. The batch runs jobs=1 and jobs=2 in alternating order, and a
line says what two cores give right now: two CPU-bound processes at once against one
(on a machine shared with other work the --jobs 2 speed-up cannot beat it).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.export import export_handout  # noqa: E402
from summarizer.handout_file import load_handout  # noqa: E402
from summarizer.render import render_html  # noqa: E402
from summarizer.resources import templates_dir  # noqa: E402

EXAMPLE = REPO / "examples" / "ketamine-depression" / "handout.toml"
BIN = Path(sys.executable).parent
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
BATCH = int(os.environ.get("BENCH_BATCH", "20"))
# Four languages the gate can check today (it cannot yet read Korean, Chinese or Arabic
# negation); es-US is its own locale with its own catalog, as a US clinic would keep it.
BATCH_LOCALES = ["en", "es", "es-US", "vi"]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# The children's environment: Python's defaults (bytecode written and read), for both sides.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
BATCH_ROUNDS = int(os.environ.get("BENCH_BATCH_ROUNDS", "2"))


def run(*cmd: str) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=CHILD_ENV)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])}... failed: {done.stderr[-400:]}")


def batch_handouts(tmp: Path) -> list[Path]:
    """20 copies of the example, each its own handout (own id, folder and catalogs)."""
    out = []
    for i in range(BATCH):
        hdoc = load_handout(EXAMPLE)
        hdoc.handout.meta.id = f"example-{i:02d}"
        target = tmp / f"h{i:02d}" / "handout.toml"
        target.parent.mkdir(parents=True)
        hdoc.save(target)
        shutil.copytree(EXAMPLE.parent / "locales", target.parent / "locales")
        shutil.copytree(target.parent / "locales" / "es", target.parent / "locales" / "es_US")
        out.append(target)
    return out


def library_config(tmp: Path) -> None:
    """Sources outside a handout's folder are read only from a library folder: name the
    seeds (the example's sources) and this run's folder in a config file of our own."""
    import json

    seeds = (EXAMPLE.parent / "../../../shared/seeds").resolve()
    config = tmp / "summarizer.toml"
    config.write_text(f"library = [{json.dumps(str(seeds))}, {json.dumps(str(tmp))}]\n",
                      encoding="utf-8")
    os.environ["SUMMARIZER_CONFIG"] = str(config)  # inherited by the one-shot processes
    CHILD_ENV["SUMMARIZER_CONFIG"] = str(config)


SPIN = "import sys\nn = 0\nfor i in range(int(sys.argv[1])):\n    n += i * i\n"


def two_core_ceiling(loops: int = 6_000_000, tries: int = 3) -> float:
    """How much faster two CPU-bound processes finish than one after the other, now (best
    of `tries`). Linux shares the CPU between sessions (autogroups) before processes: while
    other sessions are busy, a second process of ours gets no more CPU, whatever `nice`
    they run at, and no --jobs setting can beat this figure."""
    cmd = [sys.executable, "-c", SPIN, str(loops)]
    best = 0.0
    for _ in range(tries):
        one = timed(lambda: subprocess.run(cmd, check=True, env=CHILD_ENV))
        start = time.perf_counter()
        procs = [subprocess.Popen(cmd, env=CHILD_ENV) for _ in range(2)]
        for proc in procs:
            proc.wait()
        best = max(best, 2 * one / (time.perf_counter() - start))
    return best


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    hdoc = load_handout(EXAMPLE)
    summarizer = str(BIN / "summarizer")
    weasyprint = str(BIN / "weasyprint")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        library_config(tmp)
        page = tmp / "en.html"
        page.write_text(render_html(hdoc, "en", exported=["en"]), encoding="utf-8")
        base = str(templates_dir()) + "/"

        def bare() -> None:
            run(weasyprint, "--pdf-variant", "pdf/ua-1", "--pdf-tags", "--base-url", base,
                str(page), str(tmp / "bare.pdf"))

        def ours(locale: str) -> Callable[[], None]:
            return lambda: run(summarizer, "export", str(EXAMPLE), "-l", locale, "-o",
                               str(tmp / "out"), "--jobs", "1")

        ours("en")(), bare()  # warm the OS file cache and our caches
        en_t, bare_t = [], []
        for _ in range(ROUNDS):
            en_t.append(timed(ours("en")))
            bare_t.append(timed(bare))

        from summarizer.export import build_pages
        from summarizer.render import html_to_pdf

        def render_only(locale: str) -> Callable[[], None]:
            def go() -> None:
                refused: dict[str, list[object]] = {}
                html = build_pages(hdoc, [locale], refused)[locale]
                (tmp / f"{locale}.pdf").write_bytes(html_to_pdf(html))
            return go

        render_only("en")(), render_only("zh-Hans")()  # warm fonts and caches
        r_en, zh_t = [], []
        for _ in range(ROUNDS):
            r_en.append(timed(render_only("en")))
            zh_t.append(timed(render_only("zh-Hans")))

        # A CJK page is set in its font cut to the page, kept in the user's cache: the
        # rounds above read it back, as a re-export does. A page never exported before
        # makes its cut first (shown, not a target): an empty folder for the cuts, each time.
        from summarizer import font_subset

        kept_folder = font_subset._cache_folder
        fresh_t = []
        for n in range(ROUNDS):
            font_subset._cache_folder = lambda n=n: tmp / f"fresh-fonts-{n}"
            try:
                fresh_t.append(timed(render_only("zh-Hans")))
            finally:
                font_subset._cache_folder = kept_folder
        print(f"  one-shot en {min(en_t):.2f}s, bare {min(bare_t):.2f}s; render en "
              f"{min(r_en):.2f}s, zh-Hans {min(zh_t):.2f}s (a page exported for the first "
              f"time, its font cut afresh: {min(fresh_t):.2f}s)", flush=True)
        handouts = [load_handout(p) for p in batch_handouts(tmp / "batch")]

        def batch(jobs: int) -> Callable[[], None]:
            def go() -> None:
                for h in handouts:
                    result = export_handout(h, BATCH_LOCALES, tmp / "batch-out", jobs=jobs)
                    if not result.ok:
                        raise SystemExit(f"export refused: {result.refused}")
            return go

        warm = export_handout(handouts[0], BATCH_LOCALES, tmp / "batch-out", jobs=2)
        if not warm.ok:
            raise SystemExit(f"export refused: {warm.refused}")
        ones: list[float] = []
        twos: list[float] = []
        ceilings: list[float] = []
        for i in range(BATCH_ROUNDS):
            for jobs in ((1, 2) if i % 2 == 0 else (2, 1)):
                took = timed(batch(jobs))
                (ones if jobs == 1 else twos).append(took)
                print(f"  batch jobs={jobs}: {took:.1f}s (load {load()})", flush=True)
            ceilings.append(two_core_ceiling())
        one, two = min(ones), min(twos)
        print(f"  two CPU-bound processes at once vs one after the other: "
              f"{', '.join(f'{c:.2f}x' for c in ceilings)} (the ceiling for --jobs 2 now)")

    en_m, zh_m, bare_m, r_en_m = min(en_t), min(zh_t), min(bare_t), min(r_en)
    print(f"medians: export en {statistics.median(en_t):.2f}s, bare weasyprint "
          f"{statistics.median(bare_t):.2f}s, render en {statistics.median(r_en):.2f}s, "
          f"render zh-Hans {statistics.median(zh_t):.2f}s, batch jobs=1 "
          f"{statistics.median(ones):.1f}s, jobs=2 {statistics.median(twos):.1f}s; "
          f"load {load()}")
    checks = [
        (f"one-shot export -l en {en_m:.2f}s vs bare weasyprint CLI {bare_m:.2f}s: "
         f"{en_m / bare_m:.2f}x (target <= 1.2x)", en_m / bare_m <= 1.2),
        (f"render zh-Hans {zh_m:.2f}s vs en {r_en_m:.2f}s: "
         f"{zh_m / r_en_m:.2f}x (target <= 1.5x)", zh_m / r_en_m <= 1.5),
        (f"{BATCH} handouts x {len(BATCH_LOCALES)} locales jobs=1 {one:.1f}s vs jobs=2 "
         f"{two:.1f}s: {one / two:.2f}x faster (target >= 1.7x)", one / two >= 1.7),
    ]
    for text, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
