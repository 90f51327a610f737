"""English syllables on hand-counted words CMUdict lacks: drug names, medical terms,
British spellings, new words (tests/data/en_syllables_unseen.tsv, never used to build
or tune the fallback)."""

from __future__ import annotations

from pathlib import Path

from summarizer.readability._cmu import cmu_counts
from summarizer.readability.syllables_en import syllables_en

DATA = Path(__file__).resolve().parent / "data" / "en_syllables_unseen.tsv"
TARGET = 0.97


def rows() -> list[tuple[str, int, str]]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, n, kind = line.split("\t")
            out.append((word, int(n), kind))
    return out


def test_the_set_is_large_unseen_and_well_formed() -> None:
    data = rows()
    assert len(data) >= 300
    words = [w for w, _, _ in data]
    assert len(set(words)) == len(words)
    cmu = cmu_counts()
    assert [w for w in words if w in cmu] == []  # every word absent from CMUdict
    assert {k for _, _, k in data} == {"drug", "med", "brit", "new"}
    assert all(1 <= n <= 9 for _, n, _ in data)


def test_accuracy_on_unseen_words() -> None:
    data = rows()
    misses = [(w, n, syllables_en(w)) for w, n, _ in data if syllables_en(w) != n]
    acc = 1 - len(misses) / len(data)
    assert acc >= TARGET, (acc, misses)


def test_drug_stems_and_british_spellings() -> None:
    for word, n in (("fluoxetine", 4), ("rimegepant", 4), ("quetiapine", 4),
                    ("dyspnoea", 3), ("oesophagus", 4), ("behaviour", 3)):
        assert syllables_en(word) == n, word
