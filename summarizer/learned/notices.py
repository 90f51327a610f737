"""Per-kind notice models: which safety-notice kinds a sentence reads as, by weights.

A model file (JSON, written by scripts/train_notice_model.py) holds, per kind, a bias
and a threshold (cross-validation over the training folders proposes one, never used
below even odds; in the shipped file every threshold is that hand-set floor); per
feature (see features.py) its weight for each kind ("order" names them); a sha256 of
the training files (a test checks it still matches them); and the languages it was
trained on: another language gets no model score, rules only.

The shipped file is summarizer/rulebook/models/notices.json. SUMMARIZER_NOTICE_MODEL
names another file, or "off" for rules only: benchmarks and the cross-validation script
use it to measure a model trained without the folder they test.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer.learned.features import features

ENV = "SUMMARIZER_NOTICE_MODEL"
SHIPPED = Path(__file__).resolve().parents[1] / "rulebook" / "models" / "notices.json"
FORMAT = "summarizer-notice-model/1"
CUE_WORDS = 3  # strongest features shown as the cue: why the editor shows the notice


@dataclass(frozen=True, slots=True)
class KindModel:
    bias: float
    threshold: float  # a sentence scoring above it is that kind
    weights: dict[str, float]


@dataclass(frozen=True, slots=True)
class NoticeModel:
    langs: frozenset[str]
    kinds: dict[str, KindModel]
    trained_on: dict

    def score(self, kind: str, sentence: str, lang: str) -> tuple[float, tuple[str, ...]]:
        """(score, strongest positive features) of one sentence for one kind."""
        return self._score(kind, features(sentence, lang))

    def _score(self, kind: str, feats: list[str]) -> tuple[float, tuple[str, ...]]:
        km = self.kinds[kind]
        parts = [(km.weights[f], f) for f in feats if f in km.weights]
        total = km.bias + sum(w for w, _ in parts)
        words = [p for p in parts if not p[1].startswith("lang=")]
        # the strongest words for the kind; at least one, so a cue is never empty
        top = sorted(words, reverse=True)[:1] + sorted(
            (p for p in words if p[0] > 0), reverse=True)[1:CUE_WORDS]
        return total, tuple(dict.fromkeys(f for _, f in top)) or ("(no words)",)

    def kinds_of(self, sentence: str, lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(kind, cue words) for every kind the sentence scores above its threshold."""
        if lang not in self.langs:
            return ()
        out = []
        feats = features(sentence, lang)  # once for every kind
        for kind, km in self.kinds.items():
            total, top = self._score(kind, feats)
            if total > km.threshold:
                out.append((kind, top))
        return tuple(out)


def parse(data: dict) -> NoticeModel:
    if data.get("format") != FORMAT:
        raise ValueError(f"not a notice model (format {data.get('format')!r})")
    order = data["order"]
    per_kind: dict[str, dict[str, float]] = {k: {} for k in order}
    for f, ws in data["weights"].items():
        for k, w in zip(order, ws, strict=True):
            if w:
                per_kind[k][f] = float(w)
    kinds = {k: KindModel(float(v["bias"]), float(v["threshold"]), per_kind[k])
             for k, v in data["kinds"].items()}
    return NoticeModel(frozenset(data["langs"]), kinds, data.get("trained_on", {}))


@cache
def _load(path: str) -> NoticeModel | None:
    try:
        return parse(json.loads(Path(path).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def current() -> NoticeModel | None:
    """The model in use (read once per path, then cached), or None for rules only."""
    chosen = os.environ.get(ENV, "")
    if chosen == "off":
        return None
    return _load(chosen or str(SHIPPED))


def model_kinds(sentence: str, lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, cue words) the model reads in one sentence; () without a model."""
    model = current()
    return model.kinds_of(sentence, lang) if model else ()


def files_sha256(root: Path, folders: list[str]) -> str:
    """sha256 over the training files of `folders` under `root` (each article and its
    label file, not rewrites.toml), by relative path: the model file records it so a
    test can tell a model trained on other labels."""
    import hashlib

    h = hashlib.sha256()
    for folder in sorted(folders):
        for path in sorted((root / folder).iterdir()):
            if path.suffix in {".toml", ".txt", ".html"} and path.name != "rewrites.toml":
                h.update(f"{folder}/{path.name}\0".encode())
                h.update(path.read_bytes())
                h.update(b"\0")
    return h.hexdigest()


LEARNED = "learned"  # the tag of a cue the model gave (sources/disclaimers.py sets it)


def why_learned(cues) -> str:  # type: ignore[no-untyped-def]
    """One line for a reviewer when a notice was found by the model, not by a rule:
    its strongest words; "" for a rule's notice."""
    words = [w for c in cues if c.tag == LEARNED for w in c.words]
    return f"found by the trained model: {', '.join(words)}" if words else ""
