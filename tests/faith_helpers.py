"""Check one (quote, printed text) pair with the gate's faithfulness path: the helper the
faithfulness test files share instead of each defining its own `blocked`, and the
hand-written pairs those files read from tests/data/faith_hand_pairs.toml (where the trained
check's training script reads them too)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from summarizer.gate.faithfulness import check_rewrite

DATA = Path(__file__).resolve().parent / "data"
HAND_PAIRS = DATA / "faith_hand_pairs.toml"


def problems(quote: str, text: str, lang: str = "en", kind: str = "") -> list[str]:
    """The messages the gate gives for printing `text` for `quote` (kind: a notice kind,
    or a claim's evidence tag / "")."""
    return [p.message for p in check_rewrite(quote, text, lang, kind)]


def blocked(quote: str, text: str, lang: str = "en", kind: str = "") -> bool:
    """Does the gate refuse `text` as the printed form of `quote`?"""
    return bool(check_rewrite(quote, text, lang, kind))


def ids(value: object) -> str:
    """A short test id from a pair's first words."""
    return str(value)[:40]


@cache
def _hand_pairs() -> tuple[dict, ...]:
    return tuple(tomllib.loads(HAND_PAIRS.read_text(encoding="utf-8"))["rewrite"])


def hand_pairs(name: str, *fields: str) -> list:
    """The `fields` of each pair of set `name` in faith_hand_pairs.toml, in file order: a
    tuple per pair, or the value itself for one field (pytest.mark.parametrize's shape)."""
    rows = [r for r in _hand_pairs() if r["set"] == name]
    assert rows, f"no hand-written pairs named {name!r}"
    if len(fields) == 1:
        return [r[fields[0]] for r in rows]
    return [tuple(r[f] for f in fields) for r in rows]


@cache
def _rewrites(folder: str) -> tuple[dict, ...]:
    return tuple(tomllib.loads((DATA / folder / "rewrites.toml").read_text(
        encoding="utf-8"))["rewrite"])


def _lang(folder: str, article: str) -> str:
    labels = tomllib.loads((DATA / folder / f"{article}.toml").read_text(encoding="utf-8"))
    return str(labels.get("lang", "en"))


def rewrite(folder: str, text_start: str) -> tuple[str, str, str, str, bool]:
    """(quote, text, lang, kind, faithful) of the one rewrite of labelled folder `folder`
    whose printed text starts with `text_start`."""
    found = [r for r in _rewrites(folder) if r["text"].startswith(text_start)]
    assert len(found) == 1, (folder, text_start, len(found))
    r = found[0]
    return (r["quote"], r["text"], _lang(folder, r["article"]),
            r.get("kind") or r.get("evidence", ""), r["faithful"])
