"""How long the gate's faithfulness path takes to re-check the example handout, as the
editor does after each edit: every claim and notice compared with its quote.

    .venv/bin/python benchmarks/faithfulness.py

Three cases, CPU time of this thread (the machine is shared: wall time is not the
figure), median of 30 rounds: nothing changed, one printed text changed (an edit), every
printed text changed (the peer: all of the work). Target: a re-check after one edit costs
at most a quarter of the peer. Measured on a loaded 2-core VM (session 4): one edit
10.9 ms before, 1.4 ms after; every text changed 16.8 ms before, 15.8 ms after.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

EXAMPLE = REPO / "examples" / "ketamine-depression" / "handout.toml"
ONE_EDIT_SHARE_MAX = 0.25


def main() -> int:
    from summarizer.gate import builtin
    from summarizer.gate.registry import Context
    from summarizer.handout_file import load_handout

    hdoc = load_handout(EXAMPLE)
    items = [*hdoc.handout.claims, *hdoc.handout.disclaimers]
    bases = [x.text for x in items]

    def check() -> float:
        start = time.thread_time()
        builtin._faith(Context(hdoc.handout, hdoc))
        return (time.thread_time() - start) * 1000

    def rounds(changed: str, first: int) -> float:
        times = []
        for i in range(first, first + 30):
            for k, (item, base) in enumerate(zip(items, bases, strict=True)):
                edit = changed == "all" or (changed == "one" and k == 1)
                item.text = base + " " * i if edit else base  # new text, same meaning
            times.append(check())
        return statistics.median(times)

    check()  # word lists compiled, quotes read once
    same, one, every = rounds("none", 1), rounds("one", 100), rounds("all", 200)
    print(f"re-check, nothing changed   {same:6.2f} ms")
    print(f"re-check after one edit     {one:6.2f} ms")
    print(f"every printed text changed  {every:6.2f} ms (the peer)")
    ok = one <= ONE_EDIT_SHARE_MAX * every
    print(f"{'PASS' if ok else 'FAIL'}  one edit costs {one / every:.0%} of the peer "
          f"(target <= {ONE_EDIT_SHARE_MAX:.0%})")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
