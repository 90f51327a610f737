"""How many labelled notices the rules refuse a model before it is asked (session 10).

For each notice kind the model may add, count the labelled notice sentences of the given
folders that the rules find themselves ("rules"), that they leave open to a model ("open":
the model's score decides), and that they refuse whatever the model says ("refused": a
recall ceiling no retraining can lift). Session 10 found 26 of 80 regulatory and 59 of 143
self-medication notices refused on three folders the model had not seen; widening those
gates moved an unseen set's recall more than a session of phrase lists.

    .venv/bin/python scripts/cv_gates.py heldout12 train7 train8
    .venv/bin/python scripts/cv_gates.py --list self-medication heldout12
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_notice_model as training  # the script beside this one


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="labelled folders under tests/data")
    ap.add_argument("--list", metavar="KIND", help="print the refused sentences of KIND")
    args = ap.parse_args()
    rows = training.labelled_rows(args.folders)  # refuses a held-out folder by name
    counts: Counter[tuple[str, str]] = Counter()
    for r in rows:
        for kind in training.KINDS:
            if kind not in r.gold:
                continue
            where = ("rules" if kind in r.rules else "open" if kind in r.open_to
                     else "refused")
            counts[kind, where] += 1
            if where == "refused" and kind == args.list:
                print(f"{r.folder}/{r.article} [{r.lang}] {r.text}")
    for kind in training.KINDS:
        print(f"{kind:16} rules {counts[kind, 'rules']:4}  open {counts[kind, 'open']:4}  "
              f"refused {counts[kind, 'refused']:4}")


if __name__ == "__main__":
    main()
