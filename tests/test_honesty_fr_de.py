"""The French and German labelled corpora (tests/data/corpus-fr, corpus-de): the safety
notices of articles in those languages are found with their own concept lists
(rulebook/words/fr.toml, de.toml), held at the issue-8 targets in CI.

They have no rewrites: benchmarks/honesty.py measures a corpus without rewrites.toml
(notices, evidence, traps) and says that faithfulness was not measured there.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPORA = {"fr": REPO / "tests" / "data" / "corpus-fr", "de": REPO / "tests" / "data" / "corpus-de"}


def _honesty():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("honesty", REPO / "benchmarks" / "honesty.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["honesty"] = mod
    spec.loader.exec_module(mod)
    return mod


h = _honesty()


def test_benchmark_measures_a_corpus_without_rewrites(capsys: pytest.CaptureFixture[str]) -> None:
    h.main(["--corpus", str(CORPORA["fr"])])
    out = capsys.readouterr().out
    assert "corpus: 3 articles (fr; .html, .txt)" in out
    assert "self-medication" in out and "evidence levels" in out
    assert "faithfulness: not measured (no rewrites.toml" in out
