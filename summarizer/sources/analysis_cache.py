"""Analyses of a handout's sources kept on disk, so reopening a handout shows its
articles at once instead of re-running the analysis (about 0.2 s for the five seed
articles, with its imports) every time the editor opens.

An entry is named by a sha256 over everything the analysis reads: each source's id,
text, format and furniture ranges, the region, and the content of the code and word
lists that do the analysing (every summarizer module outside the UI, the rulebook).
A changed article, rule or word list is a different name, so a stale result is never
read; entries unused for 30 days are removed. Entries are msgspec MessagePack decoded
into the model's own types with a strict schema (never pickle): a damaged or foreign
file is a miss, not a crash. The folder is the user's cache folder (usercache.cache_dir;
SUMMARIZER_CACHE_DIR overrides it); when it cannot be written, nothing is cached.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from summarizer.model import CandidateClaim, CandidateDisclaimer, LoadedSource, Sentence
from summarizer.sources.segment import Block

if TYPE_CHECKING:
    from summarizer.sources.analyze import SourceAnalysis

FORMAT = "summarizer-analysis/1"
STALE_DAYS = 30
_PACKAGE = Path(__file__).resolve().parents[1]
_NOT_ANALYSIS = ("tui", "commands")  # the editor and the command line only call it


class _Entry(msgspec.Struct, array_like=True):
    sentences: list[Sentence]
    blocks: list[Block]
    block_of: list[int]
    claims: list[CandidateClaim]
    masked_claims: list[CandidateClaim]
    disclaimers: list[CandidateDisclaimer]


_DECODER = msgspec.msgpack.Decoder(dict[str, _Entry])
_ENCODER = msgspec.msgpack.Encoder()


def cache_folder() -> Path:
    from summarizer.usercache import cache_dir

    return cache_dir() / "analysis"


def hashed_files() -> list[Path]:
    """The analysing code and data: every module of the package outside the UI and the
    command line, and every rulebook file."""
    out = []
    for path in _PACKAGE.rglob("*"):
        parts = path.relative_to(_PACKAGE).parts
        if "__pycache__" in parts or parts[0] in _NOT_ANALYSIS or not path.is_file():
            continue
        if path.suffix == ".py" or parts[0] == "rulebook":
            out.append(path)
    return sorted(out)


@cache
def code_fingerprint() -> str:
    """sha256 of `hashed_files`, names and contents; hashed once per process."""
    digest = hashlib.sha256(FORMAT.encode())
    for path in hashed_files():
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def entry_key(sources: dict[str, LoadedSource], region: str) -> str:
    """The entry's name: what the analysis reads, and the code that reads it."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(repr(region).encode())
    for sid, src in sources.items():
        digest.update(repr((sid, src.format, src.furniture)).encode())
        digest.update(hashlib.sha256(src.text.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


def read(sources: dict[str, LoadedSource], region: str) -> dict[str, SourceAnalysis] | None:
    """The cached analyses of exactly these sources, or None."""
    path = cache_folder() / f"{entry_key(sources, region)}.msgpack"
    try:
        data = path.read_bytes()
        entries = _DECODER.decode(data)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return None
    if list(entries) != list(sources):
        return None
    from summarizer.sources.analyze import SourceAnalysis

    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: not pruned
    return {sid: SourceAnalysis(sid, sources[sid], e.sentences, e.claims, e.disclaimers,
                                e.blocks, e.block_of, e.masked_claims)
            for sid, e in entries.items()}


def write(sources: dict[str, LoadedSource], region: str,
          analyses: dict[str, SourceAnalysis]) -> None:
    """Keep `analyses` for next time; a cache that cannot be written is skipped."""
    entries = {sid: _Entry(a.sentences, a.blocks, a.block_of, a.claims, a.masked_claims,
                           a.disclaimers) for sid, a in analyses.items()}
    folder = cache_folder()
    path = folder / f"{entry_key(sources, region)}.msgpack"
    try:
        from summarizer.atomic import write_bytes

        write_bytes(path, _ENCODER.encode(entries))
        _prune(folder, keep=path)
    except OSError:
        pass


def _prune(folder: Path, keep: Path) -> None:
    cutoff = time.time() - STALE_DAYS * 86400
    for old in folder.glob("*.msgpack"):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass


def analyze_sources_cached(sources: dict[str, LoadedSource],
                           region: str = "") -> dict[str, SourceAnalysis]:
    """`analyze_sources`, from the cache when these sources were analysed before by
    this code; the analysis itself is imported only on a miss."""
    found = read(sources, region)
    if found is not None:
        return found
    from summarizer.sources.analyze import analyze_sources

    analyses = analyze_sources(sources, region=region)
    write(sources, region, analyses)
    return analyses
