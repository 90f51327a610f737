"""Leave-one-area-out cross-validation of the notice model: does it find notices in a
therapeutic area it has never read?

Each held-out folder heldoutN covers one area no other folder covers as a whole (eyes,
ears/nose/throat, ...). For each AREA given, one model per kind is trained on every other
folder of the training script's FOLDERS (thresholds at the kinds' floors, or chosen by
leave-one-area-out inside the training folders with --cv-thresholds), and the area is
scored as benchmarks/honesty.py scores it: a detection is a sentence the rules mark (unless
the kind's against model scores it below its veto and the rules' cue does not name the
kind), or one they leave open to the kind and the model scores above its threshold (and
its against model not below its veto); it is right
when it overlaps a labelled notice of that kind, and a labelled notice is found when a
detection overlaps it. Notices of other sentences than the rules' (a rule's notice
spanning two sentences) and the side-effect check "only the illness" are not modelled:
benchmarks/honesty.py with the model written by --keep gives the exact figures.

    .venv/bin/python scripts/cv_areas.py [--area heldout13 --area heldout14] [--keep DIR]
        [--rows /tmp/rows.pickle]

--rows keeps the analysed sentences between runs (analysing every folder takes minutes;
delete the file when rules or labels change).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import train_notice_model as training  # noqa: E402

AREAS = ("heldout13", "heldout14", "heldout15", "heldout16")
Counts = tuple[int, int, int, int]  # true detected, detected, found expected, expected


def rows_of(folders: list[str], cache: Path | None) -> list[training.Row]:
    """training.labelled_rows of `folders`, kept in `cache` between runs."""
    training.refuse_held_out(folders)
    if cache and cache.exists():
        rows = pickle.loads(cache.read_bytes())
        if sorted({r.folder for r in rows}) == sorted(folders):
            return rows
    rows = training.labelled_rows(folders)
    if cache:
        for r in rows:
            r._features = r._known = None
        cache.write_bytes(pickle.dumps(rows))
    return rows


def gold_notices(folder: str) -> list[tuple[str, str, int, int]]:
    """(article, kind, start, end) of every labelled notice found in its article's text."""
    from summarizer.sources.load import load_source

    training.refuse_held_out([folder])
    out = []
    for label in sorted((training.DATA / folder).glob("*.toml")):
        if label.name == "rewrites.toml":
            continue
        (path,) = [p for p in (training.DATA / folder).glob(label.stem + ".*")
                   if p.suffix in {".txt", ".html"}]
        text = load_source(path).text
        for n in tomllib.loads(label.read_text(encoding="utf-8")).get("notices", []):
            at = text.find(n["text"])
            if at >= 0:
                out.append((label.stem, n["kind"], at, at + len(n["text"])))
    return out


def area_counts(test: list[training.Row], gold: list[tuple[str, str, int, int]],
                kind: str, said: list[bool]) -> Counts:
    """honesty.py's counts for one kind, detections being the sentences `said` marks."""
    hits = [r for r, s in zip(test, said, strict=True) if s]
    true = sum(kind in r.gold for r in hits)
    mine = [(a, s, e) for a, k, s, e in gold if k == kind]
    found = sum(any(r.article == a and r.start < e and s < r.end for r in hits)
                for a, s, e in mine)
    return true, len(hits), found, len(mine)


def pr(c: Counts) -> str:
    p = c[0] / c[1] if c[1] else 1.0
    r = c[2] / c[3] if c[3] else 1.0
    return f"{p:.2f}/{r:.2f} ({c[0]}/{c[1]}, {c[2]}/{c[3]})"


def evaluate(rows: list[training.Row], areas: list[str],
             thresholds: dict[str, dict[str, float]] | None = None,
             keep: Path | None = None) -> dict[str, dict[str, dict[str, Counts]]]:
    """Per area, kind and reading ("rules", "model": rules + model, "alone"), the counts
    on that area of a model trained on every other folder."""
    out: dict[str, dict[str, dict[str, Counts]]] = {}
    for area in areas:
        train = [r for r in rows if r.folder != area]
        test = [r for r in rows if r.folder == area]
        gold = gold_notices(area)
        out[area] = {}
        for kind in training.KINDS:
            score = training.scorer(*training.fit(train, kind))
            cut = (thresholds or {}).get(area, {}).get(kind, min(
                training.FLOORS[kind], training.CEILINGS.get(kind, float("inf"))))
            veto = training.VETOES.get(kind, float("-inf"))  # the kind's own score's veto
            doubt = [score(r) < veto for r in test]
            if kind in training.AGAINST_VETOES:  # its against model's veto
                against = training.scorer(*training.fit_against(train, kind))
                doubt = [d or against(r) < training.AGAINST_VETOES[kind]
                         for r, d in zip(test, doubt, strict=True)]
            untold = training.UNTOLD.get(kind, float("inf"))  # nobody told: stricter
            s = [(x := score(r)) > cut and kind in (r.open_to | r.rules) and not d
                 and (kind not in r.untold or x > untold)
                 for r, d in zip(test, doubt, strict=True)]
            out[area][kind] = {
                "rules": area_counts(test, gold, kind, [kind in r.rules for r in test]),
                "model": area_counts(test, gold, kind, [
                    (kind in r.rules and not (d and kind not in r.firm))
                    or (kind in r.open_to and x)
                    for r, x, d in zip(test, s, doubt, strict=True)]),
                "alone": area_counts(test, gold, kind, s),
            }
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            model = training.train_rows(train, search=False)
            (keep / f"without-{area}.json").write_text(training.dumps(model),
                                                      encoding="utf-8")
    return out


def report(results: dict[str, dict[str, dict[str, Counts]]]) -> None:
    print("| area | kind | rules P/R | rules + model P/R | model alone P/R |")
    print("|---|---|---|---|---|")
    pooled: dict[str, dict[str, list[int]]] = {}
    for area, kinds in results.items():
        for kind, got in kinds.items():
            print(f"| {area} | {kind} | {pr(got['rules'])} | {pr(got['model'])} | "
                  f"{pr(got['alone'])} |")
            for m, c in got.items():
                acc = pooled.setdefault(kind, {}).setdefault(m, [0, 0, 0, 0])
                acc[:] = [a + b for a, b in zip(acc, c, strict=True)]
    for kind, got in pooled.items():
        print(f"| pooled | {kind} | {pr(tuple(got['rules']))} | {pr(tuple(got['model']))} "
              f"| {pr(tuple(got['alone']))} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--area", action="append", help="held-out areas (default: AREAS)")
    ap.add_argument("--rows", type=Path, help="keep the analysed sentences in this file")
    ap.add_argument("--keep", type=Path, help="write each area's model to this folder")
    ap.add_argument("--skeleton-share", type=float, default=None,
                    help="training.SKELETON_SHARE instead of the shipped one (0: none)")
    ap.add_argument("--families", help="features.FAMILIES instead of the shipped ones, "
                    "comma-separated ('' for none)")
    ap.add_argument("--veto", action="append", default=[], metavar="KIND=T",
                    help="training.VETOES[KIND] = T (the kind's own score; 'none': no veto)")
    ap.add_argument("--against", action="append", default=[], metavar="KIND=T",
                    help="training.AGAINST_VETOES[KIND] = T ('none': no against model)")
    ap.add_argument("--untold", action="append", default=[], metavar="KIND=T",
                    help="training.UNTOLD[KIND] = T (where nobody is told: 'none', never)")
    args = ap.parse_args(argv)
    for option, table in ((args.veto, training.VETOES), (args.against, training.AGAINST_VETOES),
                          (args.untold, training.UNTOLD)):
        for given in option:
            kind, _, value = given.partition("=")
            if value == "none":
                table.pop(kind, None)
            else:
                table[kind] = float(value)
    if args.families is not None:
        from summarizer.learned import features

        features.FAMILIES = frozenset(f for f in args.families.split(",") if f)
    if args.skeleton_share is not None:
        training.SKELETON_SHARE = args.skeleton_share
    areas = args.area or list(AREAS)
    training.refuse_held_out(areas)
    folders = list(dict.fromkeys([*training.FOLDERS, *areas]))
    report(evaluate(rows_of(folders, args.rows), areas, keep=args.keep))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
