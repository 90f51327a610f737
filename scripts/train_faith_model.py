"""Train the faithfulness second opinion (summarizer/gate/faith_model.py) on every labelled
rewrite, and measure it the honest way: leave one folder out.

    .venv/bin/python scripts/train_faith_model.py            # write the shipped model
    .venv/bin/python scripts/train_faith_model.py --cv       # the folder-out table
    .venv/bin/python scripts/train_faith_model.py --exclude heldout13 --out /tmp/m.json

Rows: every (quote, text) of tests/data/<folder>/rewrites.toml for FOLDERS and of the
batch files EXTRA, labelled faithful or not, with the rules' own verdict (the model off).
The model is a logistic regression over faith_model.differences. Its threshold is the
lowest score at which, over the training rows scored by models trained without their
folder, the notices it would add to the rules' findings are faithful ones for at most
BUDGET of all faithful notices: it speaks where the rules are silent, and must not flag
plain language.

--cv holds each folder out in turn (its rows out of the fit and out of the threshold's
own cross-validation) and prints, per folder, the rules' figures and the rules + model
figures: unfaithful blocked, faithful blocked.

    .venv/bin/python scripts/train_faith_model.py --newest --budget 0.01 --budget 0.02

Session 12: FAITH-MEANING blocks (an error at the gate and in check_rewrite). Trained without
the newest folders and measured on them, the threshold chosen by cross-validation on the
older ones (unfaithful blocked / faithful blocked, rules -> rules + model):
  held out heldout14, train15-19 (2,291 rewrites): budget 0.01: 1154/1389 -> 1228/1389 and
    117/902 -> 117/902; 0.02: -> 1260/1389 and 122/902 (+0.55 points); 0.03: -> 1280/1389
    and 126/902 (+1.0). heldout14 alone at 0.02: 156/179 -> 166/179, 19/91 unchanged.
  held out heldout14, train11-14 (1,051): 0.01: 554/638 -> 590/638, 54/413 -> 55/413;
    0.02: 595/638 and 55/413; 0.03: 605/638 and 55/413.
  each folder held out (an earlier state: before train15-19, the hand weight and the
    rules' reading of added numbers; budget 0.02): 2061/2188 -> 2103/2188 and, the
    folders' faithful, 68/1524 -> 72/1524; the tests' hand-written pairs held out as a
    group: 30 of their 92 faithful ones blocked (they are unlike the folders' rewrites:
    hence training rows, weighed HAND_WEIGHT).
Session 13 (the rules of faith15, train20 and train21 added): trained without heldout15,
train20, train21 and measured on them (rules -> rules + model), budget 0.02: heldout15
151/179 -> 175/179 and 9/90 unchanged; train20 160/190 -> 178/190, 14/119 -> 21/119;
train21 129/148 -> 141/148, 18/81 -> 19/81 (0.01: 171, 174, 139 and 9, 17, 19; 0.03: 175,
182, 141 and 9, 25, 19). PRUNE 0.2 ships 2,763 weights for 0.02's 6,646 (117 KB -> 49 KB)
with the same figures (heldout15 175 for 173, train20 178 for 180, the faithful the same).
Session 14 (heldout16 released, train22 added, it had been left out, train23/train24 new;
heldout17 never read): trained without heldout16 and train22-24 and measured on them
(--newest, rules -> rules + model, budget 0.02): heldout16 227/270 -> 254/270 and 17/196 ->
18/196; train22 150/176 -> 165/176, 17/154 -> 20/154; train23 144/165 -> 152/165, 21/178
unchanged; train24 199/250 -> 236/250, 18/203 unchanged; all four 720/861 -> 807/861 and
73/731 -> 77/731. The shipped model, on all 31 folders: threshold 2.13, 3,097 weights
(55 KB). Session 16 (heldout17 added, 34 folders, 10,498 pairs): threshold 2.07, 3,457
weights. Session 18 (heldout18 and heldout19 added, 36 folders + batches, 11,616 pairs;
heldout20 never read): threshold 1.95, 3,648 weights (63 KB); measured on every released
folder by benchmarks/honesty.py in the commit that shipped it (heldout18 and heldout19 no
longer unseen).
Session 20, NOT RETRAINED (heldout20 and heldout21 released, not in FOLDERS: the shipped
model never read them). Trained without both, measured on both (rules 273/311 unfaithful
and 18/314 faithful blocked -> rules + model): C 1 (shipped) budget 0.01 292, 18; 0.02 294,
20; 0.03 296, 21; C 0.3: 291, 18; 295, 20; 297, 21; C 0.1: 289, 18; 293, 19; 297, 21. A
stronger regularisation or a lower budget trades one unfaithful pass for one faithful
block at most: no setting better than the shipped one. heldout21 alone, heldout20 in the
training or not: 195/203 and 11/220 both; heldout20 alone, heldout21 in it or not: 99/108
and 9/94 both (one more writer's folder changed nothing). train27 (written this session) is
in FOLDERS for the next retrain; the shipped model, session 18's, has not read it.
BUDGET 0.02 is the largest measured that keeps the faithful blocked within about one point
and at which the shipped model passes every hand-written faithful pair; at 0.03 (before
train15-19) it read "Es ist für Depressionen zugelassen, aber die Kasse zahlt es nicht
immer" -> "Es ist für Depressionen zugelassen" and "once a month" -> "monthly" as changed
(a dropped "but not" clause about something else, a frequency without its number: a bag
of differences has no clause).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from summarizer.gate.faith_model import (  # noqa: E402
    ASKED,
    ENV,
    FORMAT,
    SHIPPED,
    differences,
)

DATA = REPO / "tests" / "data"
FOLDERS: tuple[str, ...] = (
    "corpus", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
    "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
    "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
    "train11", "train12", "train13", "train14", "train15", "train16", "train17", "train18",
    "train19", "train20", "train21", "train22", "train23", "train24", "train25", "train26",
    "train27",
)
# the folders written last: --newest trains without them and measures on them
NEWEST: tuple[str, ...] = ("heldout16", "train22", "train23", "train24")
# batches written for the gate's tests (one group together in cross-validation)
EXTRA: tuple[str, ...] = (
    "faith_s5_fresh", "faith_s5_fresh2", "faith_s5_fresh3", "faith_s5_fresh4",
    "faith_s5_rewrites", "faith_s6_fresh", "faith_s6_fresh2", "faith_s7_fresh",
    "faith_s7_fresh2", "faith_s7_tester", "gate_rewrites",
)
EXTRA_GROUP = "batches"
# the hand-written pairs of the faithfulness tests (the hard cases: a permission at the end
# of a ban, a limit about something else), one more group in cross-validation
HAND = "faith_hand_pairs"
HAND_GROUP = "tests"
# each stands for a family of wordings the tests guard (a folder's rewrites come by the
# hundred): weighed thrice, the fit reads none of them wrongly (once: 2 of the 4 "but not"
# pairs scored above the threshold)
HAND_WEIGHT = 3.0
# Held out for the lead's measurement of articles nobody has seen: never opened here.
NEVER_READ: tuple[str, ...] = ("heldout23",)
C = 1.0  # inverse regularisation strength (leave-one-folder-out: 0.3 the same, 3 no better)
MIN_COUNT = 2  # a difference seen in fewer training pairs is left out
BUDGET = 0.02  # share of faithful rewrites the model may add to the rules' blocks
PRUNE = 0.2  # smaller weights are not shipped (0.02 until session 13: see above)


@dataclass
class Row:
    group: str  # folder, or EXTRA_GROUP
    lang: str
    kind: str
    quote: str
    text: str
    title: str
    faithful: bool
    rules: bool = False  # do the rules alone block it?
    _features: list[str] = field(default_factory=list, repr=False)

    @property
    def features(self) -> list[str]:
        if not self._features:  # read once: every fold of the cross-validation asks
            self._features = differences(self.quote, self.text, self.lang)
        return self._features

    @property
    def heard(self) -> bool:
        """Does the gate ask the model about it (faith_model.ASKED: a notice, not a claim
        nor a crisis line)?"""
        return self.kind in ASKED


def refuse_held_out(folders) -> None:  # type: ignore[no-untyped-def]
    """Stop before reading a held-out folder, by name only, without touching it."""
    for folder in folders:
        if any(part in NEVER_READ for part in Path(str(folder)).parts):
            raise SystemExit(f"{folder}: held out (never read for training or tuning)")


def _articles(folder: Path) -> dict[str, tuple[str, str]]:
    """article -> (language, title) as the benchmark reads them."""
    from summarizer.sources.load import load_source

    out: dict[str, tuple[str, str]] = {}
    for label in sorted(folder.glob("*.toml")):
        if label.name == "rewrites.toml":
            continue
        labels = tomllib.loads(label.read_text(encoding="utf-8"))
        paths = [p for p in folder.glob(label.stem + ".*") if p.suffix in {".txt", ".html"}]
        title = load_source(paths[0]).title if paths else ""
        out[label.stem] = (str(labels.get("lang", "en")), title)
    return out


def labelled_rows(folders: tuple[str, ...] | list[str], extra: bool = True) -> list[Row]:
    """Every labelled rewrite of `folders` (and of the EXTRA batches), with the rules'
    verdict."""
    refuse_held_out(folders)
    os.environ[ENV] = "off"  # the rules alone decide `rules`
    from summarizer.gate.faithfulness import check_rewrite

    rows: list[Row] = []
    for name in folders:
        arts = _articles(DATA / name)
        text = (DATA / name / "rewrites.toml").read_text(encoding="utf-8")
        for r in tomllib.loads(text)["rewrite"]:
            lang, title = arts.get(r["article"], ("en", ""))
            rows.append(Row(name, lang, r.get("kind") or r.get("evidence", ""), r["quote"],
                            r["text"], title, bool(r["faithful"])))
    for name in EXTRA if extra else ():
        text = (DATA / f"{name}.toml").read_text(encoding="utf-8")
        for r in tomllib.loads(text)["rewrite"]:
            rows.append(Row(EXTRA_GROUP, r.get("lang", "en"), r.get("kind", ""), r["quote"],
                            r["text"], "", not r["unfaithful"]))
    for r in tomllib.loads((DATA / f"{HAND}.toml").read_text(encoding="utf-8"))["rewrite"]:
        # a pair, or a quote with a wrong and a right text
        for text, faithful in ((r.get("text"), not r.get("unfaithful")),
                               (r.get("wrong"), False), (r.get("right"), True)):
            if text is not None and extra:
                rows.append(Row(HAND_GROUP, r["lang"], r.get("kind", ""), r["quote"], text,
                                "", faithful))
    for row in rows:
        row.rules = bool(check_rewrite(row.quote, row.text, row.lang, row.kind, row.title))
    return rows


def fit(rows: list[Row]) -> tuple[dict[str, float], float]:
    """(weights, bias) of a logistic regression: unfaithful = 1."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = CountVectorizer(analyzer=lambda feats: feats, binary=True, min_df=MIN_COUNT)
    x = vec.fit_transform([r.features for r in rows])
    lr = LogisticRegression(C=C, solver="liblinear", max_iter=2000)
    lr.fit(x, [not r.faithful for r in rows],
           sample_weight=[HAND_WEIGHT if r.group == HAND_GROUP else 1.0 for r in rows])
    return ({f: float(w) for f, w in zip(vec.get_feature_names_out(), lr.coef_[0],
                                         strict=True)}, float(lr.intercept_[0]))


def score(model: tuple[dict[str, float], float], row: Row) -> float:
    weights, bias = model
    return bias + sum(weights.get(f, 0.0) for f in row.features)


def out_of_group_scores(rows: list[Row]) -> list[float]:
    """Every row's score by a model trained without its group."""
    out = [0.0] * len(rows)
    for held in sorted({r.group for r in rows}):
        model = fit([r for r in rows if r.group != held])
        for i, r in enumerate(rows):
            if r.group == held:
                out[i] = score(model, r)
    return out


def threshold(rows: list[Row], scores: list[float], budget: float = BUDGET) -> float:
    """The lowest score above which the faithful notices the rules pass are at most
    `budget` of all faithful notices (claims are not asked: faithfulness.compare)."""
    allowed = int(budget * sum(r.faithful and r.heard for r in rows))
    passed = sorted((s for r, s in zip(rows, scores, strict=True)
                     if r.faithful and r.heard and not r.rules), reverse=True)
    return passed[allowed] if allowed < len(passed) else float("-inf")


def train(rows: list[Row], budget: float = BUDGET) -> tuple[dict[str, float], float, float]:
    """(weights, bias, threshold) on `rows`, the threshold cross-validated."""
    t = threshold(rows, out_of_group_scores(rows), budget)
    weights, bias = fit(rows)
    return weights, bias, t


Figures = tuple[int, int, int, int, int, int]  # rules: unfaithful, faithful blocked;
# rules + model: the same; unfaithful, faithful in all


def held_out(rows: list[Row], held: set[str],
             budgets: tuple[float, ...]) -> dict[float, dict[str, tuple[float, Figures]]]:
    """budget -> group -> (threshold, figures) of the groups `held`, scored by a model
    trained on the other rows, its threshold chosen by their own cross-validation."""
    train_rows = [r for r in rows if r.group not in held]
    inner = out_of_group_scores(train_rows)
    model = fit(train_rows)
    out: dict[float, dict[str, tuple[float, Figures]]] = {}
    for budget in budgets:
        t = threshold(train_rows, inner, budget)
        out[budget] = {}
        for group in sorted(held):
            test = [r for r in rows if r.group == group]
            blocked = [r.rules or (r.heard and score(model, r) > t) for r in test]
            un = sum(not r.faithful for r in test)
            out[budget][group] = (t, (
                sum(r.rules for r in test if not r.faithful),
                sum(r.rules for r in test if r.faithful),
                sum(b for r, b in zip(test, blocked, strict=True) if not r.faithful),
                sum(b for r, b in zip(test, blocked, strict=True) if r.faithful),
                un, len(test) - un))
    return out


def _line(name: str, f: Figures, t: float | None = None) -> str:
    ub, fb, ub2, fb2, un, fn = f
    return (f"{name:12} {ub:>14}/{un:<5} {fb:>5}/{fn:<5}   {ub2:>14}/{un:<5} {fb2:>5}/{fn:<5}"
            + (f"  (threshold {t:.2f})" if t is not None else ""))


def _table(found: dict[float, dict[str, tuple[float, Figures]]]) -> None:
    """Per budget: each held group's figures and their sum."""
    for budget, groups in found.items():
        print(f"\nbudget {budget}: {'rules: unfaithful':>24} {'faithful':>11}   "
              f"{'+ model: unfaithful':>20} {'faithful':>11}")
        tot = [0] * 6
        for group, (t, f) in groups.items():
            print(_line(group, f, t))
            tot = [a + b for a, b in zip(tot, f, strict=True)]
        ub, fb, ub2, fb2, un, fn = tot
        print(_line("all", (ub, fb, ub2, fb2, un, fn)) +
              f"  ({fb / max(1, fn):.1%} -> {fb2 / max(1, fn):.1%} faithful blocked)",
              flush=True)


def cv(rows: list[Row], budgets: tuple[float, ...]) -> int:
    """The folder-out table: each folder scored by a model that never saw it."""
    found: dict[float, dict[str, tuple[float, Figures]]] = {b: {} for b in budgets}
    for held in sorted({r.group for r in rows} - {EXTRA_GROUP}):
        for budget, groups in held_out(rows, {held}, budgets).items():
            found[budget].update(groups)
        print(f"({held} done)", file=sys.stderr, flush=True)
    _table(found)
    return 0


def newest(rows: list[Row], budgets: tuple[float, ...], held: tuple[str, ...] = NEWEST) -> int:
    """The folders written last (NEWEST), scored by a model trained without them all: what
    the next unseen folder may see, the threshold set on older folders only."""
    _table(held_out(rows, set(held) & {r.group for r in rows}, budgets))
    return 0


def main(argv: list[str] | None = None) -> int:
    global C  # one run, one strength (--c)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=SHIPPED, help="model file to write")
    ap.add_argument("--exclude", action="append", default=[], metavar="FOLDER",
                    help="leave a training folder out")
    ap.add_argument("--cv", action="store_true", help="print the leave-one-folder-out table")
    ap.add_argument("--newest", action="store_true",
                    help="train without the NEWEST folders and measure on them")
    ap.add_argument("--budget", type=float, action="append", default=[],
                    help="the share of faithful notices the model may block (the shipped model's: "
                         f"{BUDGET}); with --cv/--newest, one to measure (repeatable)")
    ap.add_argument("--hold", action="append", default=[], metavar="FOLDER",
                    help=f"with --newest: the folders to hold out (default {' '.join(NEWEST)})")
    ap.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    args = ap.parse_args(argv)
    C = args.c
    folders = [f for f in FOLDERS if f not in args.exclude]
    refuse_held_out(folders)
    rows = labelled_rows(folders)
    budgets = tuple(args.budget) or (BUDGET,)
    if args.cv:
        return cv(rows, budgets)
    if args.newest:
        return newest(rows, budgets, tuple(args.hold) or NEWEST)
    weights, bias, t = train(rows, budgets[0])
    model = {
        "format": FORMAT,
        "about": "logistic regression over the differences between a quote and its printed "
                 "text (gate/faith_model.py); a pair the rules pass that scores above the "
                 "threshold is FAITH-MEANING",
        "trained_on": {"folders": sorted(folders), "batches": [*EXTRA, HAND],
                       "pairs": len(rows), "C": C, "min_count": MIN_COUNT, "budget": budgets[0],
                       "hand_weight": HAND_WEIGHT},
        "langs": sorted({r.lang for r in rows}),
        "bias": round(bias, 4),
        "threshold": round(t, 4),
        "weights": {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= PRUNE},
    }
    head = {k: v for k, v in model.items() if k != "weights"}
    lines = [json.dumps(f, ensure_ascii=False) + ": " + json.dumps(w)
             for f, w in model["weights"].items()]
    text = json.dumps(head, ensure_ascii=False, indent=1, sort_keys=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text[:-2] + ',\n "weights": {\n' + ",\n".join(lines) + "\n}}\n",
                        encoding="utf-8")
    print(f"threshold {t:.3f}, {len(model['weights'])} weights; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
