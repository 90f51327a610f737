"""The held-out corpus (tests/data/heldout/) loads: labels parse, every quote is in its article.

Those articles were written after the rules were tuned and are never tuned on, so no
quality threshold is asserted here (benchmarks/honesty.py --corpus tests/data/heldout
reports the figures). What CI holds is that the corpus stays measurable: a label that no
longer matches its article's loaded text would silently score nothing.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from summarizer.model import EVIDENCE_KINDS
from summarizer.sources.load import load_source

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
KINDS = {"crisis-line", "regulatory", "supervision", "self-medication", "side-effects"}
CHANGES = {"inverted", "number", "hedge-dropped", "drug-swapped", "animal-hidden"}  # at least


def _labels() -> dict[str, dict]:
    return {
        p.stem: tomllib.loads(p.read_text(encoding="utf-8"))
        for p in sorted(HELDOUT.glob("*.toml"))
        if p.name != "rewrites.toml"
    }


def _article(stem: str) -> Path:
    (path,) = [p for p in HELDOUT.glob(stem + ".*") if p.suffix in {".txt", ".html"}]
    return path


LABELS = _labels()


def test_corpus_covers_languages_formats_and_size() -> None:
    assert len(LABELS) >= 8
    assert {lab["lang"] for lab in LABELS.values()} == {"en", "es"}
    assert {_article(s).suffix for s in LABELS} == {".txt", ".html"}
    articles = {p.stem for p in HELDOUT.iterdir() if p.suffix in {".txt", ".html"}}
    assert articles == set(LABELS), "every article has a label file and vice versa"


@pytest.mark.parametrize("stem", sorted(LABELS))
def test_labels_are_well_formed_and_in_the_loaded_text(stem: str) -> None:
    lab = LABELS[stem]
    text = load_source(_article(stem)).text
    assert lab["lang"] in {"en", "es"} and lab["region"]
    assert lab["contacts"] and all(c["number"] for c in lab["contacts"])
    for n in lab.get("notices", []):
        assert n["kind"] in KINDS, n
    for c in lab.get("claims", []):
        assert c["evidence"] in EVIDENCE_KINDS, c
    for t in lab.get("traps", []):
        assert t["not_kind"] in KINDS, t
    quoted = [
        *(n["text"] for n in lab.get("notices", [])),
        *(c["text"] for c in lab.get("claims", [])),
        *(h["text"] for h in lab.get("hedges", [])),
        *(t["text"] for t in lab.get("traps", [])),
        *lab.get("hype", []),
        *lab.get("hype_free", []),
    ]
    for s in quoted:
        assert s in text, s[:70]
    # A consent banner may be dropped by HTML extraction (then it cannot be a claim
    # either), but it must be in the file, or the label tests nothing.
    raw = _article(stem).read_text(encoding="utf-8")
    for s in lab.get("not_claims", []):
        assert s in raw, s[:70]


def test_rewrites_tied_to_heldout_quotes() -> None:
    rewrites = tomllib.loads((HELDOUT / "rewrites.toml").read_text(encoding="utf-8"))["rewrite"]
    assert sum(not r["faithful"] for r in rewrites) >= 15
    assert sum(r["faithful"] for r in rewrites) >= 15
    assert {r["change"] for r in rewrites if not r["faithful"]} >= CHANGES
    texts = {s: load_source(_article(s)).text for s in LABELS}
    for r in rewrites:
        assert r["item"] in {"claim", "notice"}
        if r["item"] == "notice":
            assert r["kind"] in KINDS
        else:
            assert r["evidence"] in EVIDENCE_KINDS
        assert r["quote"] in texts[r["article"]], r["quote"][:60]
        assert r["text"] != r["quote"]


def test_honesty_refuses_a_folder_that_is_not_a_corpus(tmp_path: Path) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "honesty_cli", HELDOUT.parents[2] / "benchmarks" / "honesty.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["honesty_cli"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    with pytest.raises(SystemExit) as exc:
        mod.main(["--corpus", str(tmp_path)])
    assert exc.value.code == 2
