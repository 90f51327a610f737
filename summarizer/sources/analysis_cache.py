"""Loaded sources and their analyses kept on disk, so reopening a handout shows its
articles at once instead of re-reading and re-analysing them every time the editor
opens (for the five seed articles about 0.2 s with the imports; a saved web page costs
0.5 s more in trafilatura, a PDF 0.5 s per 30 pages in PDFium and our layout).

An analysis entry is named by a sha256 over everything the analysis reads: each
source's id, text, format and furniture ranges, the region, and the code and word lists
that do the analysing (every summarizer module outside the UI, the rulebook, and the
installed versions of the libraries that read sources). A loaded source is named by the
sha256 of its file's bytes, its format and the same code. A changed file, article, rule,
word list or library is a different name, so a stale result is never read; entries
unused for 30 days are removed. Entries are msgspec MessagePack decoded
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
from summarizer.sources.blocks import Block

if TYPE_CHECKING:
    from summarizer.sources.analyze import SourceAnalysis

FORMAT = "summarizer-analysis/1"
STALE_DAYS = 30
_PACKAGE = Path(__file__).resolve().parents[1]
_NOT_ANALYSIS = ("tui", "commands")  # the editor and the command line only call it


class Entry(msgspec.Struct, array_like=True):
    sentences: list[Sentence]
    blocks: list[Block]
    block_of: list[int]
    claims: list[CandidateClaim]
    masked_claims: list[CandidateClaim]
    disclaimers: list[CandidateDisclaimer]
    unread: list[tuple[int, int]] = []  # run-on text not read (segment.RUN_ON_BUDGET)


_DECODER = msgspec.msgpack.Decoder(dict[str, Entry])
_SOURCE_DECODER = msgspec.msgpack.Decoder(LoadedSource)
_ENCODER = msgspec.msgpack.Encoder()
# Libraries whose output becomes a source's text (sources/load.py, pdf.py, docx.py).
READERS = ("trafilatura", "justext", "htmldate", "courlan", "lxml", "charset_normalizer",
           "pypdfium2", "docx")


def cache_folder(kind: str = "analysis") -> Path:
    from summarizer.usercache import cache_dir

    return cache_dir() / kind


def hashed_files() -> list[Path]:
    """The analysing code and data: every module of the package outside the UI and the
    command line, and every rulebook file."""
    out = []
    # os.scandir, pruning __pycache__ and the UI folders: what Path.rglob("*") found
    # (symbolic links to folders listed, not entered), at a fifth of its cost on the
    # editor's way to its sources (benchmarks/startup.py)
    pending = [(str(_PACKAGE), "")]
    while pending:
        folder, top = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:  # as rglob: a folder that cannot be listed is skipped
            continue
        for entry in entries:
            first = top or entry.name
            if entry.name == "__pycache__" or first in _NOT_ANALYSIS:
                continue
            if entry.is_dir() and not entry.is_symlink():
                pending.append((entry.path, first))
            elif entry.is_file() and (first == "rulebook" or (
                    entry.name.endswith(".py") and entry.name != ".py")):
                out.append(Path(entry.path))
    # a clinic's own word lists (user and site data folders) are read before the
    # package's (rulebook.word_file: the first folder holding the language's file wins):
    # a change there is a different analysis too. Found without importing the rulebook.
    from summarizer.data_folders import clinic_words_dirs

    theirs = clinic_words_dirs()
    for lang in _languages_in(theirs):
        found = next((d / f"{lang}.toml" for d in theirs if (d / f"{lang}.toml").is_file()),
                     None)
        if found is not None and not found.resolve().is_relative_to(_PACKAGE):
            out.append(found)
    return sorted(out)


def _languages_in(folders: list[Path]) -> list[str]:
    with contextlib.suppress(OSError):
        return sorted({p.stem for d in folders if d.is_dir() for p in d.glob("*.toml")})
    return []


def reader_versions() -> list[str]:
    """The installed distributions (their dist-info folder names carry the versions)
    beside the libraries that read sources: found without importing them (importing
    trafilatura alone takes 0.2 s) or importlib.metadata (as slow)."""
    import importlib.util

    folders: set[Path] = set()
    for name in READERS:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            folders.add(Path(spec.origin).resolve().parent.parent)
    return sorted(entry for folder in folders for entry in os.listdir(folder)
                  if entry.endswith(".dist-info"))


@cache
def code_fingerprint() -> str:
    """sha256 of `hashed_files` (names and contents) and `reader_versions`; once per
    process. Reading and hashing that megabyte is a third of opening the editor's
    cached sources, so the result is kept in the cache folder under the files' stat
    signature (`stat_stamp`), as git's index trusts a file whose inode, size, mtime and
    ctime are unchanged; any write to a file changes its ctime, a reinstall its inode."""
    files, readers = hashed_files(), reader_versions()
    stamp, settled = stat_stamp(files, readers)
    memo = cache_folder("fingerprints") / f"{stamp}.txt"
    with contextlib.suppress(OSError, UnicodeDecodeError):
        known = memo.read_text(encoding="ascii")
        if len(known) == 64 and all(c in "0123456789abcdef" for c in known):
            os.utime(memo)  # in use: not pruned
            return known
    found = content_fingerprint(files, readers)
    if settled:  # a file changed in the last seconds could change again unseen
        _store(memo, found.encode("ascii"))
    return found


def content_fingerprint(files: list[Path], readers: list[str]) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    for path in files:
        name = (path.relative_to(_PACKAGE).as_posix() if path.is_relative_to(_PACKAGE)
                else path.as_posix())
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update("\0".join(readers).encode())
    return digest.hexdigest()


SETTLE_SECONDS = 2.0


def stat_stamp(files: list[Path], readers: list[str]) -> tuple[str, bool]:
    """sha256 of each file's name, inode, size, mtime and ctime (and the readers'
    versions), and whether every file was last changed more than SETTLE_SECONDS ago
    (a file written within one clock tick of the stamp could change again without
    its times moving: such a stamp is not kept)."""
    digest = hashlib.sha256(f"{FORMAT}\0stat".encode())
    newest = 0
    for path in files:
        st = os.stat(path)
        digest.update(f"{path.as_posix()}\0{st.st_ino}\0{st.st_size}\0{st.st_mtime_ns}"
                      f"\0{st.st_ctime_ns}\0".encode("utf-8", "surrogateescape"))
        newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
    digest.update("\0".join(readers).encode())
    return digest.hexdigest(), time.time_ns() - newest > SETTLE_SECONDS * 1e9


def entry_key(sources: dict[str, LoadedSource], region: str) -> str:
    """The entry's name: what the analysis reads, and the code that reads it."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(repr(region).encode())
    for sid, src in sources.items():
        digest.update(repr((sid, src.format, src.furniture)).encode())
        digest.update(hashlib.sha256(src.text.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


def load_source_cached(path: str | os.PathLike[str]) -> LoadedSource:
    """`sources.load.load_source`, from the cache when this file's bytes were read
    before by this code (the file is still read and hashed every time)."""
    import dataclasses

    from summarizer.sources.load import load_bytes, read_source

    data, fmt, where = read_source(path)
    sha = hashlib.sha256(data).hexdigest()
    key = hashlib.sha256(f"{code_fingerprint()}\0{fmt}\0{sha}".encode()).hexdigest()
    entry = cache_folder("sources") / f"{key}.msgpack"
    try:
        cached = _SOURCE_DECODER.decode(entry.read_bytes())
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        cached = None
    if cached is not None and cached.sha256 == sha and cached.format == fmt:
        with contextlib.suppress(OSError):
            os.utime(entry)
        return dataclasses.replace(cached, path=where)
    loaded = load_bytes(data, fmt, where)
    _store(entry, _ENCODER.encode(loaded))
    return loaded


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
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: not pruned
    return from_entries(sources, entries)


def to_entries(analyses: dict[str, SourceAnalysis]) -> dict[str, Entry]:
    """The analyses as stored (the loaded sources are stored apart)."""
    return {sid: Entry(a.sentences, a.blocks, a.block_of, a.claims, a.masked_claims,
                        a.disclaimers, list(a.unread)) for sid, a in analyses.items()}


def from_entries(sources: dict[str, LoadedSource],
                 entries: dict[str, Entry]) -> dict[str, SourceAnalysis]:
    from summarizer.sources.analyze import SourceAnalysis

    return {sid: SourceAnalysis(sid, sources[sid], e.sentences, e.claims, e.disclaimers,
                                e.blocks, e.block_of, e.masked_claims,
                                tuple(map(tuple, e.unread)))  # type: ignore[arg-type]
            for sid, e in entries.items()}


def write(sources: dict[str, LoadedSource], region: str,
          analyses: dict[str, SourceAnalysis]) -> None:
    """Keep `analyses` for next time; a cache that cannot be written is skipped."""
    _store(cache_folder() / f"{entry_key(sources, region)}.msgpack",
           _ENCODER.encode(to_entries(analyses)))


def _store(path: Path, data: bytes) -> None:
    """Write an entry atomically and prune its folder; a cache that cannot be written
    is skipped (the result is simply computed again next time)."""
    try:
        from summarizer.atomic import write_bytes

        write_bytes(path, data)
        _prune(path.parent, keep=path)
    except OSError:
        pass


def _prune(folder: Path, keep: Path) -> None:
    """Drop entries of `keep`'s kind (analyses, fingerprint memos) unused for a while."""
    cutoff = time.time() - STALE_DAYS * 86400
    for old in folder.glob(f"*{keep.suffix}"):
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
