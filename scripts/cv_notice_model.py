"""Leave-one-folder-out cross-validation of the notice model: does it generalise?

For each test folder, a model is trained (scripts/train_notice_model.py, thresholds
chosen by cross-validation inside the training folders) on every other folder, and
benchmarks/honesty.py measures the test folder twice: rules only, and rules + that
model. Prints precision and recall per kind, per folder and pooled (Markdown).

    .venv/bin/python scripts/cv_notice_model.py [--folder F ...] [--keep DIR] [--floor T]
        [--sentences] [--context [KIND=]next|prev|prev+next|none ...]

The rules were tuned by hand on every one of these folders, so "rules only" is an
in-sample figure (scripts/cv_untouched_rules.py gives the honest one, with the rules of
a commit before the tuning); the model never saw the folder it is tested on. The set
held out this session (training.NEVER_READ) is refused; heldout14, released at the end of
session 11, is a test folder like the others (scripts/cv_areas.py: one area at a time).
The last column is the model alone, sentence by sentence (the rules' vetoes applied, their
detections not): what it learned, measured on a folder it never saw.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import train_notice_model as training  # noqa: E402

from summarizer.learned.notices import parse  # noqa: E402

TEST_FOLDERS = ("heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                "corpus-fr", "corpus-de")
KINDS = ("crisis-line", "regulatory", "supervision", "self-medication", "side-effects")
_LINE = re.compile(r"(\S+)\s+precision [\d.]+ \((\d+)/(\d+)\)\s+recall [\d.]+ \((\d+)/(\d+)\)")


def measure(folder: str, model: str) -> dict[str, tuple[int, int, int, int]]:
    """Per kind (true detected, detected, found expected, expected) from honesty.py."""
    out = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "honesty.py"), "--corpus",
         str(training.DATA / folder), "--notice-model", model],
        capture_output=True, text=True, check=False,
    ).stdout
    found = {m.group(1): tuple(int(m.group(i)) for i in range(2, 6))
             for m in _LINE.finditer(out)}
    return {k: found[k] for k in KINDS}


def model_alone(model, rows) -> dict[str, tuple[int, int, int, int]]:
    """Per kind, sentence-level (true, detected, found, expected) of the model alone (with
    the rules' vetoes, without their detections): what it learned, on a folder it never
    saw, whatever the rules were tuned on."""
    out = {k: (0, 0, 0, 0) for k in KINDS}
    for kind in training.KINDS:
        km = model.kinds[kind]
        pred = [kind in (r.open_to | r.rules) and r.lang in model.langs
                and model.score(kind, r.text, r.lang, r.before, r.after)[0] > km.threshold
                for r in rows]
        gold = [kind in r.gold for r in rows]
        tp = sum(p and g for p, g in zip(pred, gold, strict=True))
        out[kind] = (tp, sum(pred), tp, sum(gold))
    return out


def sentence_level(folders: list[str], rows) -> dict[str, dict[str, list[int]]]:  # type: ignore[no-untyped-def]
    """The quicker harness (--sentences): per test folder and kind, one model trained on
    every other folder's rows, its threshold at the kind's floor (no inner
    cross-validation: the floors decide every shipped threshold since session 8);
    sentence by sentence, (true, detected, found, expected) of the rules alone, rules +
    model and the model alone; and the model alone's scores, for its average precision."""
    out: dict[str, dict[str, list[int]]] = {}
    ranked: dict[str, list[tuple[float, bool]]] = {}
    print("| folder | kind | rules P/R | rules+model P/R | model alone P/R |")
    print("|---|---|---|---|---|")
    for folder in folders:
        test = [r for r in rows if r.folder == folder]
        for kind in training.KINDS:
            score = training.scorer(*training.fit([r for r in rows if r.folder != folder],
                                                  kind))
            cut = min(training.FLOORS[kind], training.CEILINGS.get(kind, float("inf")))
            got = {m: [0, 0, 0, 0] for m in ("rules", "model", "alone")}
            for r in test:
                gold, may = kind in r.gold, kind in r.open_to or kind in r.rules
                s = score(r) if may else float("-inf")
                if may:
                    ranked.setdefault(kind, []).append((s, gold))
                for m, said in (("rules", kind in r.rules),
                                ("model", kind in r.rules or (kind in r.open_to and s > cut)),
                                ("alone", s > cut)):
                    got[m] = [a + b for a, b in zip(
                        got[m], (said and gold, said, said and gold, gold), strict=True)]
            for m, c in got.items():
                pooled = out.setdefault(m, {}).setdefault(kind, [0, 0, 0, 0])
                pooled[:] = [a + b for a, b in zip(pooled, c, strict=True)]
            print(f"| {folder} | {kind} | {_pr(tuple(got['rules']))} | "
                  f"{_pr(tuple(got['model']))} | {_pr(tuple(got['alone']))} |", flush=True)
    for kind in training.KINDS:
        r, m, a = out["rules"][kind], out["model"][kind], out["alone"][kind]
        print(f"| pooled | {kind} | {_pr(tuple(r))} ({r[0]}/{r[1]}, {r[2]}/{r[3]}) | "
              f"{_pr(tuple(m))} ({m[0]}/{m[1]}, {m[2]}/{m[3]}) | "
              f"{_pr(tuple(a))} ({a[0]}/{a[1]}), AP {_average_precision(ranked[kind]):.3f} |")
    return out


def _average_precision(scored: list[tuple[float, bool]]) -> float:
    """The model alone's ranking over the sentences it may speak on, threshold aside."""
    hits, total = 0, 0.0
    for i, (_, gold) in enumerate(sorted(scored, key=lambda p: -p[0]), 1):
        if gold:
            hits += 1
            total += hits / i
    return total / hits if hits else 0.0


def _pr(c: tuple[int, int, int, int]) -> str:
    p = c[0] / c[1] if c[1] else 1.0
    r = c[2] / c[3] if c[3] else 1.0
    return f"{p:.2f}/{r:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folder", action="append", help="test only these folders")
    ap.add_argument("--keep", type=Path, help="keep the per-fold models in this folder")
    ap.add_argument("--floor", type=float, default=None,
                    help="one threshold floor for every kind (default: the shipped "
                         "per-kind FLOORS; -99 for cross-validation alone)")
    ap.add_argument("--sentences", action="store_true",
                    help="the quicker harness: sentence by sentence, thresholds at the "
                         "floors, no honesty.py run (minutes instead of an hour)")
    ap.add_argument("--context", action="append", default=[], metavar="[KIND=]MARKS",
                    help="the neighbours a kind's model reads instead of CONTEXT's: "
                         "'next', 'prev', 'prev+next' or 'none', for KIND or every kind")
    args = ap.parse_args(argv)
    if args.floor is not None:
        training.FLOORS = dict.fromkeys(training.KINDS, args.floor)
    for given in args.context:
        kind, _, marks = given.rpartition("=")
        read = tuple(f"{m}:" for m in marks.split("+") if m != "none")
        for k in [kind] if kind else training.KINDS:
            training.CONTEXT[k] = read
    folders = args.folder or list(TEST_FOLDERS)
    training.refuse_held_out(folders)
    if args.sentences:
        sentence_level(folders, training.labelled_rows(training.FOLDERS))
        return 0
    keep = args.keep or Path(tempfile.mkdtemp(prefix="cv-notice-"))
    keep.mkdir(parents=True, exist_ok=True)
    pooled = {m: {k: [0, 0, 0, 0] for k in KINDS} for m in ("rules", "model", "alone")}
    rows = training.labelled_rows(training.FOLDERS)
    print("| folder | kind | rules P/R | rules+model P/R | model alone P/R (sentences) |")
    print("|---|---|---|---|---|")
    for folder in folders:
        path = keep / f"without-{folder}.json"
        model = training.train([f for f in training.FOLDERS if f != folder])
        path.write_text(training.dumps(model), encoding="utf-8")
        before = measure(folder, "off")
        after = measure(folder, str(path))
        alone = model_alone(parse(model), [r for r in rows if r.folder == folder])
        for kind in KINDS:
            for name, got in (("rules", before), ("model", after), ("alone", alone)):
                pooled[name][kind] = [a + b for a, b in zip(pooled[name][kind], got[kind],
                                                            strict=True)]
            print(f"| {folder} | {kind} | {_pr(before[kind])} | {_pr(after[kind])} | "
                  f"{_pr(alone[kind]) if alone[kind][3] or alone[kind][1] else ''} |",
                  flush=True)
    for kind in KINDS:
        r, m, a = pooled["rules"][kind], pooled["model"][kind], pooled["alone"][kind]
        print(f"| pooled | {kind} | {_pr(tuple(r))} ({r[0]}/{r[1]}, {r[2]}/{r[3]}) | "
              f"{_pr(tuple(m))} ({m[0]}/{m[1]}, {m[2]}/{m[3]}) | "
              + (f"{_pr(tuple(a))} ({a[0]}/{a[1]}, {a[2]}/{a[3]})" if a[3] else "") + " |")
    os.environ.pop(training.ENV, None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
