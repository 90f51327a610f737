"""Rules as they were before anyone tuned them on a folder, plus a model trained without
it: the honest "rules vs rules + model" on a folder the current rules were tuned on.

    .venv/bin/python scripts/cv_untouched_rules.py heldout7 e17fb39 [--floor -99]
    .venv/bin/python scripts/cv_untouched_rules.py heldout8 2d5eb5f

The rules' code at COMMIT (a commit before any tuning on FOLDER; e17fb39 for heldout7,
measured untouched at 03:50 on 2026-11-30, tuned on from 04:47; 2d5eb5f for heldout8,
measured untouched at the end of session 5) is extracted to a temporary folder and run
on FOLDER in a child process, rules only (a commit's own shipped model is switched off);
the model is trained on every
other folder (scripts/train_notice_model.py) and adds the sentences it reads as a kind
where the old rules found none, with today's rule vetoes (a small leak: those vetoes were
tuned on FOLDER too, and can only remove detections), and removes the old rules'
detections in sentences it scores below its veto (side effects). Scored with benchmarks/honesty.py's
overlap rule. --floor sets one threshold floor for every kind (default: the shipped
per-kind FLOORS; -99 for none).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import train_notice_model as training  # noqa: E402

from summarizer.learned.notices import parse  # noqa: E402
from summarizer.sources.load import load_source  # noqa: E402

KINDS = ("crisis-line", *training.KINDS)
_DUMP = """
import json, sys
sys.path.insert(0, "benchmarks")
import honesty
from pathlib import Path
arts = honesty.load_corpus(Path(sys.argv[1]))
print(json.dumps({a.name: [(d.kind, d.span.start, d.span.end) for d in a.disclaimers]
                  for a in arts}))
"""


def old_detections(folder: str, commit: str) -> dict[str, list[tuple[str, int, int]]]:
    with tempfile.TemporaryDirectory(prefix="old-rules-") as tmp:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", commit],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        out = subprocess.run(
            [sys.executable, "-c", _DUMP, str(training.DATA / folder)], cwd=tmp,
            # rules only: a commit that shipped a model would add that model's finds
            env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin", training.ENV: "off",
                 "SUMMARIZER_CACHE_DIR": str(Path(tmp) / "cache")},
            capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder")
    ap.add_argument("commit")
    ap.add_argument("--floor", type=float, default=None,
                    help="one threshold floor for every kind (default: the shipped FLOORS)")
    args = ap.parse_args(argv)
    training.refuse_held_out([args.folder])
    old = old_detections(args.folder, args.commit)
    if args.floor is not None:
        training.FLOORS = dict.fromkeys(training.KINDS, args.floor)
    model = parse(training.train([f for f in training.FOLDERS if f != args.folder]))
    rows = training.labelled_rows([args.folder])
    gold: dict[str, list[tuple[str, int, int]]] = {}
    for label in sorted((training.DATA / args.folder).glob("*.toml")):
        if label.name == "rewrites.toml":
            continue
        (path,) = [p for p in (training.DATA / args.folder).glob(label.stem + ".*")
                   if p.suffix in {".txt", ".html"}]
        text = load_source(path).text
        notices = tomllib.loads(label.read_text(encoding="utf-8")).get("notices", [])
        gold[label.stem] = [(n["kind"], text.find(n["text"]), text.find(n["text"])
                             + len(n["text"])) for n in notices if n["text"] in text]
    print("| kind | untouched rules P/R | + model P/R |")
    print("|---|---|---|")
    for kind in KINDS:
        cells = []
        for with_model in (False, True):
            td = d = fe = e = 0
            for art, labelled in gold.items():
                found = [(s, t) for k, s, t in old[art] if k == kind]
                crisis = [(s, t) for k, s, t in old[art] if k == "crisis-line"]
                if with_model and kind in training.KINDS:
                    # the model's veto overrules a rule's detection in a sentence it
                    # scores below it (side effects; notices.KindModel.veto)
                    veto = model.kinds[kind].veto
                    found = [f for f in found if not any(
                        r.article == art and _overlaps((r.start, r.end), f)
                        and r.lang in model.langs
                        and model.score(kind, r.text, r.lang)[0] < veto for r in rows)]
                    for r in rows:
                        span = (r.start, r.end)
                        if (r.article == art and kind in r.open_to and r.lang in model.langs
                                and not any(_overlaps(span, f) for f in found + crisis)
                                and model.score(kind, r.text, r.lang)[0]
                                > model.kinds[kind].threshold):
                            found.append(span)
                want = [(s, t) for k, s, t in labelled if k == kind]
                d, e = d + len(found), e + len(want)
                td += sum(any(_overlaps(f, w) for w in want) for f in found)
                fe += sum(any(_overlaps(f, w) for f in found) for w in want)
            cells.append(f"{td / d if d else 1:.2f}/{fe / e if e else 1:.2f} "
                         f"({td}/{d}, {fe}/{e})")
        print(f"| {kind} | {cells[0]} | {cells[1]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
