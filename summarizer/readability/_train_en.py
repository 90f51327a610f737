"""Build the English syllable fallback model from CMUdict, held-out words excluded.

    .venv/bin/python -m summarizer.readability._train_en

Why a learned model: hand rules for English spelling top out near 85-90 % on
dictionary words, and hyphenation points (pyphen) near 60 %. Each vowel-letter group
adds 0-3 syllables depending on its neighbours ("-ed" after t/d, silent final "e",
"ia" in media vs special); CMUdict gives only the word's total, so the group values
are found by hard EM: assign values that sum to the total and are most likely under
the current counts, re-count, repeat. Counts are smoothed from general contexts to
specific ones; the shipped table keeps only the contexts whose answer differs from the
more general context's, which reproduces the full model exactly at a fraction of the
size. The words of `_cmu.heldout_words()` are never seen here.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from summarizer.readability._cmu import HELDOUT_SEED, HELDOUT_SIZE, cmu_counts, heldout_words
from summarizer.readability._engroups import LEVELS, context_keys, vowel_groups

MAX_C = 4  # a vowel group contributes 0..3 syllables
ALPHA = float(__import__("os").environ.get("SYL_ALPHA", "15.0"))
OUT = Path(__file__).parent / "data" / "en_syllable_model.tsv"


def _dist(tables: list[dict[str, list[float]]], keys: list[str]) -> list[float]:
    """Hierarchically smoothed distribution over 0..3, general level first."""
    p = [0.05, 0.8, 0.12, 0.03]
    for li in range(len(LEVELS) - 1, -1, -1):
        c = tables[li].get(keys[li])
        if c is None:
            continue
        tot = sum(c)
        p = [(c[k] + ALPHA * p[k]) / (tot + ALPHA) for k in range(MAX_C)]
    return p


def _seed_dist(key: str) -> list[float]:
    """First-iteration guess, so ties do not fall on the first group: a final "e"
    (also before -s/-d) is usually silent, and a two-letter group is one vowel."""
    _, left, grp, right = key[0], *key[1:].split("|")
    end = right.rstrip("#")
    syllabic_le = left[-1:] == "l" and left[-2:-1] not in ("", *"aeiouy")
    if grp == "e" and end in ("", "s", "d") and not syllabic_le:
        if end == "d" and left[-1:] in ("t", "d"):
            return [0.05, 0.8, 0.12, 0.03]
        return [0.7, 0.25, 0.04, 0.01]
    return [0.05, 0.8, 0.12, 0.03]


def _best(scores: list[list[float]], total: int) -> list[int] | None:
    """Values per group summing to `total` with the highest log-probability."""
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for sc in scores:
        nxt: dict[int, tuple[float, list[int]]] = {}
        for s, (lp, path) in best.items():
            for c in range(MAX_C):
                t = s + c
                if t > total:
                    break
                v = lp + sc[c]
                if t not in nxt or v > nxt[t][0]:
                    nxt[t] = (v, [*path, c])
        best = nxt
    hit = best.get(total)
    return hit[1] if hit else None


def train(words: dict[str, int], iterations: int = 4) -> list[dict[str, list[float]]]:
    data = []
    for w, n in words.items():
        groups = vowel_groups(w)
        if not groups:
            continue
        data.append(([context_keys(w, s, e) for s, e in groups], n))
    tables: list[dict[str, list[float]]] = [{} for _ in LEVELS]
    for it in range(iterations):
        new: list[dict[str, list[float]]] = [{} for _ in LEVELS]
        for keys_list, n in data:
            scores = []
            for keys in keys_list:
                p = _dist(tables, keys) if it else _seed_dist(next(k for k in keys if k))
                scores.append([math.log(x + 1e-9) for x in p])
            assign = _best(scores, n)
            if assign is None:
                continue
            for keys, c in zip(keys_list, assign, strict=True):
                for li, k in enumerate(keys):
                    if not k:
                        continue
                    row = new[li].get(k)
                    if row is None:
                        row = new[li][k] = [0.0] * MAX_C
                    row[c] += 1
        tables = new
        print(f"iteration {it + 1}", file=sys.stderr)
    return tables


def compile_table(tables: list[dict[str, list[float]]], words: dict[str, int]) -> dict[str, int]:
    """Context key -> value, kept only where it differs from what the more general
    levels answer; the run time takes the most specific key it finds, else 1."""
    out: dict[str, int] = {}
    done: set[tuple[str, ...]] = set()
    for w in words:
        for s, e in vowel_groups(w):
            keys = context_keys(w, s, e)
            if tuple(keys) in done:
                continue
            done.add(tuple(keys))
            cur = 1
            for li in range(len(LEVELS) - 1, -1, -1):
                key = keys[li]
                if not key:
                    continue
                if key in out:
                    cur = out[key]
                    continue
                if key not in tables[li]:
                    continue
                p = _dist(tables, [""] * li + keys[li:])
                pred = max(range(MAX_C), key=p.__getitem__)
                if pred != cur:
                    out[key] = pred
                cur = pred
    return out


def main() -> None:
    held = set(heldout_words())
    words = {w: c[0] for w, c in cmu_counts().items() if w.isalpha() and w.isascii()
             and w not in held}
    tables = train(words)
    table = compile_table(tables, words)
    lines = [f"# English syllable fallback; built from CMUdict minus {HELDOUT_SIZE} held-out"
             f" words (seed {HELDOUT_SEED}) by summarizer/readability/_train_en.py",
             f"#heldout\t{HELDOUT_SEED}\t{HELDOUT_SIZE}"]
    lines += [f"{k}\t{v}" for k, v in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} contexts -> {OUT}", file=sys.stderr)



def _evaluate_full() -> None:  # pragma: no cover - development aid
    held = heldout_words()
    counts = cmu_counts()
    words = {w: c[0] for w, c in counts.items() if w.isalpha() and w.isascii()
             and w not in set(held)}
    tables = train(words, iterations=int(sys.argv[2]) if len(sys.argv) > 2 else 4)
    ok = 0
    bad: list[str] = []
    for w in held:
        n = 0
        for s, e in vowel_groups(w):
            p = _dist(tables, context_keys(w, s, e))
            n += max(range(MAX_C), key=p.__getitem__)
        ok += max(1, n) == counts[w][0]
        if max(1, n) != counts[w][0] and len(bad) < 150:
            bad.append(f"{w}:{n}/{counts[w][0]}")
    print("full model", ok / len(held))
    print(" ".join(bad))


if __name__ == "__main__":
    _evaluate_full() if sys.argv[1:2] == ["--eval"] else main()
