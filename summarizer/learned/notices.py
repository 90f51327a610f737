"""Per-kind notice models: which safety-notice kinds a sentence reads as, by weights.

A model file (JSON, written by scripts/train_notice_model.py) holds, per kind, a bias,
a threshold (cross-validation over the training folders proposes one, never used below
the kind's floor) and optionally a veto (below it the model overrules a rule's cue word:
side effects, whose rules mark the illness treated, a product's promise, a forum's
heading), an "against" model with its own veto (KindModel.against: trained on the
rules' marks of the kind only, its low score is evidence against) and an "untold"
threshold (KindModel.untold: the stricter bar where the rules find nobody told anything,
self-medication since session 14); per feature (see
features.py) its weight for each kind ("order" names them), kept as read so that
scoring a sentence looks each feature up once for all kinds (kinds_of is cheaper than
with per-kind tables); a sha256 of the training files (a test checks it still matches
them); the languages it was trained on: another language gets no model score, rules
only; and which neighbouring sentences it reads ("context": features.PREV, NEXT), given
by detection's caller.

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

from summarizer.learned.features import (
    NEG_MARK,
    NEXT,
    OPENING_MARK,
    OTHER,
    PREV,
    RELIEF_MARK,
    STEM_MARK,
    features,
    tokens,
)

ENV = "SUMMARIZER_NOTICE_MODEL"
SHIPPED = Path(__file__).resolve().parents[1] / "rulebook" / "models" / "notices.json"
FORMAT = "summarizer-notice-model/1"
AGAINST = ":against"  # the column of a kind's against model is named kind + AGAINST
CUE_WORDS = 3  # strongest features shown as the cue: why the editor shows the notice


@dataclass(frozen=True, slots=True)
class KindModel:
    bias: float
    threshold: float  # a sentence scoring above it is that kind
    column: int  # where its weight stands in each feature's weights (the file's "order")
    # a sentence scoring below it is not that kind, whatever a rule's cue word says
    # (the file's optional "veto"; -inf: the model never overrules the rules)
    veto: float = float("-inf")
    # The kind's "against" model (the file's optional "against": bias, veto; its weights
    # are the column `against` of each feature, "order" naming it KIND + AGAINST): trained
    # only on the sentences the rules mark as the kind, whether they are (labels), so a
    # low score there is evidence against, not the want of evidence for that the kind's
    # own score is (most sentences are no notice for reasons no feature names). A
    # sentence it scores below its veto is not the kind: neither a rule's cue word
    # (sources/disclaimers.py keeps a cue that names the kind) nor the model adds it.
    against: int = -1
    against_bias: float = 0.0
    against_veto: float = float("-inf")
    # Where the rules find nobody told anything (sources/disclaimers._told: "Patients who
    # do not stop smoking recover more slowly"), a reading of the kind stands only above
    # this stricter threshold (the file's optional "untold"; inf: never, as before
    # session 14)
    untold: float = float("inf")


@dataclass(frozen=True, slots=True)
class Reading:
    """What the model reads in one sentence: the kinds it finds, with their cue words, and
    the kinds it doubts so strongly that a rule's cue word alone does not make them."""

    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    doubts: frozenset[str]
    # the kinds it reads above their stricter "untold" threshold (KindModel.untold)
    sure: frozenset[str] = frozenset()


NOTHING = Reading((), frozenset())


@dataclass(frozen=True, slots=True)
class NoticeModel:
    langs: frozenset[str]
    kinds: dict[str, KindModel]
    trained_on: dict
    # feature -> its weight for every kind, as the file stores it: one lookup per feature
    # serves all four kinds, and loading builds no per-kind tables
    weights: dict[str, list[float]]
    # the neighbours it reads (features.PREV, NEXT: the file's "context"); others are
    # not looked at, so a caller's unused neighbour is no other cache key (neighbours)
    context: frozenset[str] = frozenset()
    # the words its skeleton keeps (features.skeleton_pairs; the file's "skeleton"): none
    # for a file without one, whose features have no skeleton
    skeleton: frozenset[str] = frozenset()

    def features(self, sentence: str, lang: str, before: str, after: str) -> list[str]:
        """features.features as this model was trained to read them."""
        return features(sentence, lang, *self.neighbours(before, after), self.skeleton)

    def neighbours(self, before: str, after: str) -> tuple[str, str]:
        """The neighbours this model reads, "" for those it does not."""
        return (before if PREV in self.context else "", after if NEXT in self.context else "")

    def score(self, kind: str, sentence: str, lang: str, before: str = "",
              after: str = "") -> tuple[float, tuple[str, ...]]:
        """(score, strongest positive features) of one sentence for one kind."""
        km = self.kinds[kind]
        hits = self._hits(self.features(sentence, lang, before, after))
        return (km.bias + sum(ws[km.column] for _, ws in hits),
                _cue(km.column, hits, sentence))

    def _hits(self, feats: list[str]) -> list[tuple[str, list[float]]]:
        table = self.weights
        return [(f, table[f]) for f in feats if f in table]

    def kinds_of(self, sentence: str, lang: str, before: str = "",
                 after: str = "") -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(kind, cue words) for every kind the sentence scores above its threshold."""
        return self.read(sentence, lang, before, after).kinds

    def read(self, sentence: str, lang: str, before: str = "", after: str = "") -> Reading:
        """The kinds the sentence scores above their thresholds (with cue words) and those
        it scores below their vetoes, from one look-up of its features; `before` and
        `after` are its neighbours in the paragraph (features.neighbours), "" for none."""
        if lang not in self.langs:
            return NOTHING
        # once for every kind
        hits = self._hits(self.features(sentence, lang, before, after))
        sums = [sum(col) for col in zip(*(ws for _, ws in hits), strict=True)] if hits else None
        out, doubts, sure = [], [], []
        for kind, km in self.kinds.items():
            total = km.bias + (sums[km.column] if sums else 0.0)
            against = km.against >= 0 and km.against_bias + (
                sums[km.against] if sums else 0.0) < km.against_veto
            if total > km.threshold and not against:
                out.append((kind, _cue(km.column, hits, sentence)))
                if total > km.untold:
                    sure.append(kind)
            elif total < km.veto or against:
                doubts.append(kind)
        return Reading(tuple(out), frozenset(doubts), frozenset(sure))


def _cue(column: int, hits: list[tuple[str, list[float]]], sentence: str) -> tuple[str, ...]:
    """The strongest words for one kind; at least one, so a cue is never empty. A stem
    is shown as the sentence's own word ("autho…" as "authorized"): the editor's reader
    sees words of the sentence, not the model's features (nor their negation marks)."""
    words = [(ws[column], f) for f, ws in hits
             if ws[column] and not f.startswith(("lang=", PREV, NEXT)) and f != RELIEF_MARK
             # "_ doctor", "can ↓" are no words of the sentence
             and not {OTHER, RELIEF_MARK} & set(f.split(" "))]
    top = [f for _, f in sorted(words, reverse=True)[:1] + sorted(
        (p for p in words if p[0] > 0), reverse=True)[1:CUE_WORDS]]
    # "¬drive", "^take", "↓cramp…" show as the sentence's words "drive", "take", "cramps"
    top = [f.removeprefix(NEG_MARK).removeprefix(OPENING_MARK).removeprefix(RELIEF_MARK)
           for f in top]
    if any(f.endswith(STEM_MARK) for f in top):
        toks = tokens(sentence)
        top = [next((t for t in toks if t.startswith(f[:-1])), f) if f.endswith(STEM_MARK)
               else f for f in top]
    return tuple(dict.fromkeys(top)) or ("(no words)",)


def parse(data: dict) -> NoticeModel:
    if data.get("format") != FORMAT:
        raise ValueError(f"not a notice model (format {data.get('format')!r})")
    order = data["order"]
    weights = data["weights"]
    if any(len(ws) != len(order) for ws in weights.values()):
        raise ValueError("a feature's weights do not match the model's kinds")
    kinds = {k: KindModel(float(v["bias"]), float(v["threshold"]), order.index(k),
                          float(v.get("veto", float("-inf"))),
                          order.index(k + AGAINST) if "against" in v else -1,
                          float(v.get("against", {}).get("bias", 0.0)),
                          float(v.get("against", {}).get("veto", float("-inf"))),
                          float(v.get("untold", float("inf"))))
             for k, v in data["kinds"].items()}
    return NoticeModel(frozenset(data["langs"]), kinds, data.get("trained_on", {}), weights,
                       frozenset(data.get("context", ())), frozenset(data.get("skeleton", ())))


@cache
def _load(path: str) -> NoticeModel | None:
    try:
        return parse(json.loads(Path(path).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def forget() -> None:
    """Read the model file again on next use (the rulebook, whose data it is, reloaded)."""
    _load.cache_clear()


def current() -> NoticeModel | None:
    """The model in use (read once per path, then cached), or None for rules only."""
    chosen = os.environ.get(ENV, "")
    if chosen == "off":
        return None
    return _load(chosen or str(SHIPPED))


def model_kinds(sentence: str, lang: str, before: str = "",
                after: str = "") -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, cue words) the model reads in one sentence; () without a model."""
    model = current()
    return model.kinds_of(sentence, lang, before, after) if model else ()


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
