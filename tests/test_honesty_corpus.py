"""Quality on the labelled corpus (tests/data/corpus/): the targets of issue 8, held in CI.

Not a speed test: precision and recall of each safety-notice kind, exact evidence levels
derived from the source, the traps (contacts once per number, banners, hype names,
permission "may"), and the gate's verdict on faithful and unfaithful rewrites.
benchmarks/honesty.py prints the same figures.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _honesty():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("honesty", REPO / "benchmarks" / "honesty.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["honesty"] = mod
    spec.loader.exec_module(mod)
    return mod


h = _honesty()


@pytest.fixture(scope="module")
def articles() -> list:
    arts = h.load_corpus()
    assert len(arts) >= 12
    assert {a.lang for a in arts} >= {"en", "es"}
    assert {a.path.suffix for a in arts} == {".txt", ".html"}
    return arts


def test_every_label_is_in_its_article(articles: list) -> None:
    """A label that no longer matches its article's text would silently score nothing."""
    for a in articles:
        for item in [*a.labels.get("notices", []), *a.labels.get("claims", [])]:
            assert a.locate(item["text"]) is not None, (a.name, item["text"][:60])


@pytest.mark.parametrize("kind", h.KINDS)
def test_notice_kind_precision_and_recall(articles: list, kind: str) -> None:
    sc = h.notice_scores(articles)[kind]
    assert sc.expected >= 5, "too few labelled notices of this kind to measure"
    assert sc.precision >= h.NOTICE_TARGET, sc.false_alarms
    assert sc.recall >= h.NOTICE_TARGET, sc.misses


def test_evidence_levels_exact(articles: list) -> None:
    right, total, misses = h.evidence_scores(articles)
    assert total >= 40
    assert right / total >= h.EVIDENCE_TARGET, misses


def test_traps(articles: list) -> None:
    assert h.contact_problems(articles) == []
    assert h.trap_problems(articles) == []


def test_rewrites_tied_to_corpus_quotes(articles: list) -> None:
    texts = {a.name: a.text for a in articles}
    rewrites = h.load_rewrites()
    assert sum(not r["faithful"] for r in rewrites) >= 40
    assert sum(r["faithful"] for r in rewrites) >= 40
    for r in rewrites:
        assert r["quote"] in texts[r["article"]], r["quote"][:60]
    changes = {r["change"] for r in rewrites if not r["faithful"]}
    assert changes >= {"inverted", "number", "hedge-dropped", "drug-swapped", "animal-hidden"}


def test_faithfulness_gate_blocks_unfaithful_passes_faithful(articles: list) -> None:
    check = h.faithfulness_checker()
    assert check is not None, "the gate's faithfulness checker is missing"
    (ub, un), (fb, fn), mistakes = h.faithfulness_scores(h.load_rewrites(), articles, check)
    assert ub / un >= h.UNFAITHFUL_BLOCKED_TARGET, mistakes
    assert fb / fn <= h.FAITHFUL_BLOCKED_MAX, mistakes
