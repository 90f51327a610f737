"""Build the English syllable fallback model from CMUdict, held-out words excluded.

    .venv/bin/python -m summarizer.readability._train_en          # writes the model
    .venv/bin/python -m summarizer.readability._train_en --val    # accuracy on a validation
                                                                  # split of the training words

Why a learned model: hand rules for English spelling top out near 85-90 % on
dictionary words, and hyphenation points (pyphen) near 60 %. Each vowel-letter group
adds 0-3 syllables depending on its neighbours ("-ed" after t/d, silent final "e",
"ia" in media vs special). The classifier is an averaged perceptron over overlapping
letter windows around the group (_engroups.group_features): unlike a back-off table,
a wide window ("-tion#") and a narrow one vote together. CMUdict gives only the word's
total, so the per-group answers are latent: the training target for a word is the
best-scoring assignment (under the current weights) that sums to its total, and the
weights move only when the unconstrained prediction misses that total. The first pass
starts from spelling heuristics (a final "e" is usually silent, every other group one
syllable). Weights are stored relative to the one-syllable answer, as integers, and
weak features are dropped (see PRUNE). The words of `_cmu.heldout_words()` are never
seen here; choices (features, epochs, rounding, pruning, which dictionary splits the
run time keeps) were made with `--val`, a split carved from the training words
(validation 95.96 %; the back-off table this replaced scored 93.1 % on the held-out
words). The build is deterministic: the same CMUdict gives the same file.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from summarizer.readability._cmu import HELDOUT_SEED, HELDOUT_SIZE, cmu_counts, heldout_words
from summarizer.readability._engroups import group_features, vowel_groups

MAX_C = 4  # a vowel group contributes 0..3 syllables
EPOCHS = 10
SCALE = 2  # averaged weights are stored as round(weight * SCALE)
# Features whose weights are all within 3/4 of the one-syllable weight are dropped:
# on validation this kept accuracy (95.96 % vs 95.84 % unpruned) and cut the file
# from 3.0 to 2.65 MB.
PRUNE = 3  # in quarters
SEED = 1
VAL_SIZE = 5000
OUT = Path(__file__).parent / "data" / "en_syllables.tsv"


def _best(scores: list[list[float]], total: int) -> tuple[int, ...] | None:
    """Values per group summing to `total` with the highest score."""
    best: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    for sc in scores:
        nxt: dict[int, tuple[float, tuple[int, ...]]] = {}
        for s, (v0, path) in best.items():
            for c in range(MAX_C):
                t = s + c
                if t > total:
                    break
                v = v0 + sc[c]
                if t not in nxt or v > nxt[t][0]:
                    nxt[t] = (v, (*path, c))
        best = nxt
    hit = best.get(total)
    return hit[1] if hit else None


def _seed_scores(word: str, groups: list[tuple[int, int]]) -> list[list[float]]:
    """First-pass guess: a final "e" (also before -s/-d) is silent unless it follows
    a consonant + "l" (able) or is "-ted"/"-ded"; every other group is one syllable."""
    out = []
    for s, e in groups:
        tail = word[e:]
        silent = (
            word[s:e] == "e" and tail in ("", "s", "d") and s > 0
            and not (word[s - 1] == "l" and s > 1 and word[s - 2] not in "aeiouy")
            and not (tail == "d" and word[s - 1] in "td")
        )
        out.append([0.0, -1.0, -2.0, -3.0] if silent else [-1.0, 0.0, -1.5, -3.0])
    return out


def train(words: dict[str, int], epochs: int = EPOCHS) -> dict[str, tuple[int, int, int]]:
    """Feature -> (weight of 0, 2, 3 syllables minus weight of 1), integers."""
    ids: dict[str, int] = {}
    data = []
    for w, n in words.items():
        groups = vowel_groups(w)
        if not groups:
            continue
        fl = [tuple(ids.setdefault(f, len(ids)) for f in fs) for fs in group_features(w, groups)]
        data.append((fl, n, _best(_seed_scores(w, groups), n)))
    weights = [[0.0] * MAX_C for _ in ids]
    totals = [[0.0] * MAX_C for _ in ids]  # step-weighted updates, for averaging
    rng = random.Random(SEED)
    order = list(range(len(data)))
    step = 1
    for ep in range(epochs):
        rng.shuffle(order)
        errors = 0
        for di in order:
            fl, total, seed = data[di]
            scores = []
            for fids in fl:
                sc = [0.0] * MAX_C
                for f in fids:
                    r = weights[f]
                    sc[0] += r[0]
                    sc[1] += r[1]
                    sc[2] += r[2]
                    sc[3] += r[3]
                scores.append(sc)
            pred = [max(range(MAX_C), key=sc.__getitem__) for sc in scores]
            gold = seed if ep == 0 else (pred if sum(pred) == total else _best(scores, total))
            if gold is not None and list(gold) != pred:
                errors += 1
                for fids, g, p in zip(fl, gold, pred, strict=True):
                    if g != p:
                        for f in fids:
                            weights[f][g] += 1
                            weights[f][p] -= 1
                            totals[f][g] += step
                            totals[f][p] -= step
            step += 1
        print(f"epoch {ep + 1}: {errors} words updated", file=sys.stderr)
    out: dict[str, tuple[int, int, int]] = {}
    for f, i in ids.items():
        a = [weights[i][c] - totals[i][c] / step for c in range(MAX_C)]
        fine = [round((a[c] - a[1]) * 4) for c in (0, 2, 3)]
        if max(map(abs, fine)) <= PRUNE:
            continue  # a weak feature: dropping it costs nothing on validation
        rel = tuple(round(x * SCALE / 4) for x in fine)
        if any(rel):
            out[f] = rel  # type: ignore[assignment]
    return out


def _words() -> dict[str, int]:
    held = set(heldout_words())
    return {w: c[0] for w, c in cmu_counts().items()
            if w.isalpha() and w.isascii() and w not in held}


def main() -> None:
    table = train(_words())
    lines = [f"# English syllable fallback; built from CMUdict minus {HELDOUT_SIZE} held-out"
             f" words (seed {HELDOUT_SEED}) by summarizer/readability/_train_en.py",
             "# feature<TAB>weights of 0,2,3 syllables relative to 1 (x"
             f"{SCALE}, rounded); see _engroups.group_features",
             f"#heldout\t{HELDOUT_SEED}\t{HELDOUT_SIZE}"]
    lines += [f"{k}\t{a},{b},{c}" for k, (a, b, c) in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} features -> {OUT}", file=sys.stderr)


def _validate() -> None:  # pragma: no cover - development aid
    """Train without a validation split of the training words and score on it."""
    from summarizer.readability._cmu import cmu_first
    from summarizer.readability.syllables_en import EnglishSyllables, model_syllables

    words = _words()
    val = set(random.Random(SEED).sample(sorted(words), VAL_SIZE))
    table = train({w: n for w, n in words.items() if w not in val})
    held = set(heldout_words())
    ours = EnglishSyllables({w: n for w, n in cmu_first().items()
                             if w not in val and w not in held}, table)
    m = sum(model_syllables(w, table) == words[w] for w in val) / len(val)
    p = sum(ours.fallback(w) == words[w] for w in val) / len(val)
    print(f"validation ({len(val)} words): model alone {m:.2%}, with splits {p:.2%}")
    for split in (ours._suffix_split,):
        used = ok_split = ok_model = 0
        for w in val:
            n = split(w)
            if n:
                used += 1
                ok_split += n == words[w]
                ok_model += model_syllables(w, table) == words[w]
        print(f"  {split.__name__}: used on {used}, right {ok_split} (model alone {ok_model})")


if __name__ == "__main__":
    _validate() if sys.argv[1:2] == ["--val"] else main()
