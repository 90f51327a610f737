"""Keeping every source inside its handout: `<handout>/sources/<id>.<ext>` snapshots.

A handout that points at files elsewhere breaks when it is copied, mailed or committed
without them, and a web page changes under its quotes. So a source is taken once (a
file copied byte for byte, a page fetched), kept beside handout.toml, and registered
with where it came from (`origin`: the URL or the original path), when (`retrieved`)
and the snapshot's sha256. Provenance then points at the exact text the editor saw.

Snapshots are written atomically and never over an existing file; a command that fails
after writing some removes them again, so a handout folder gains either all of a
command's snapshots and the handout.toml naming them, or nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer import atomic
from summarizer.errors import SourceError
from summarizer.model import LoadedSource, SourceRef
from summarizer.sources.fetch import Fetched, fetch_url, is_url, plain_http_url
from summarizer.sources.load import EXTENSION, decode_text, expand_paths, load_bytes, source_format

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument

SNAPSHOT_DIR = "sources"


@dataclass(frozen=True, slots=True)
class Taken:
    """A source read and ready to keep: the bytes to store and what they read as."""

    data: bytes  # the snapshot's bytes (`loaded` was read from exactly these)
    loaded: LoadedSource
    origin: str  # the URL as given, or the original file's absolute path
    url: str  # web sources: the canonical URL the page declares, else the final URL
    retrieved: str  # ISO 8601 UTC


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def from_fetched(fetched: Fetched) -> Taken:
    """A fetched response as a snapshot. Text is stored as UTF-8, so a charset named only
    in the server's header is not lost when the snapshot is read back from disk."""
    data = fetched.data
    if fetched.format in ("txt", "md", "html"):
        text = decode_text(data, fetched.url, html=fetched.format == "html",
                           charset=fetched.charset)
        data = text.encode("utf-8")
    loaded = load_bytes(data, fetched.format, fetched.url)
    # the page's own claim to a canonical address is untrusted: keep only a plain http(s) one
    canonical = loaded.url if plain_http_url(loaded.url) else fetched.final_url
    return Taken(data=data, loaded=replace(loaded, url=canonical), origin=fetched.url,
                 url=canonical, retrieved=fetched.retrieved)


def take_url(url: str, **fetch_options: float) -> Taken:
    return from_fetched(fetch_url(url, **fetch_options))  # type: ignore[arg-type]


def take_file(path: str | os.PathLike[str]) -> Taken:
    """A file on disk, read once: the snapshot is its bytes, unchanged."""
    from summarizer.sources.load import load_source

    p = Path(path)
    loaded = load_source(p)  # every check and message for files lives there
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    if hashlib.sha256(data).hexdigest() != loaded.sha256:
        raise SourceError("the file changed while it was being read; try again", str(path))
    # a saved web page's own address (sources.page_address: checked when it was read)
    return Taken(data=data, loaded=loaded, origin=origin_of(p.resolve()), url=loaded.url,
                 retrieved=utc_now())


def origin_of(path: Path | str) -> str:
    """Where a file came from, as recorded in handout.toml: a name carrying control
    characters (a download named with an escape sequence) keeps visible stand-ins
    (U+2400 pictures), as an article's text does; the handout cannot hold the codes."""
    from summarizer.terminal import visible_line

    return visible_line(str(path))


def take(
    inputs: Iterable[str], **fetch_options: float
) -> tuple[list[Taken], list[SourceError]]:
    """URLs, files and folders of files, each read once; bad ones come back as errors.
    The same file named twice (directly and through its folder) is taken once."""
    taken: list[Taken] = []
    errors: list[SourceError] = []
    seen: set[str] = set()
    for raw in inputs:
        if is_url(raw):
            if raw in seen:
                continue
            seen.add(raw)
            try:
                taken.append(take_url(raw, **fetch_options))
            except SourceError as exc:
                errors.append(exc)
            continue
        files, errs = expand_paths([raw], seen)
        errors += errs
        for f in files:
            try:
                taken.append(take_file(f))
            except SourceError as exc:
                errors.append(exc)
    return taken, errors


def _snapshot_dir(folder: Path) -> Path:
    """`folder/sources`, refusing a symlink or a file there: we write only inside the handout."""
    target = folder / SNAPSHOT_DIR
    if target.is_symlink():
        raise SourceError("is a symbolic link; snapshots are kept only inside the handout "
                          "folder", str(target))
    if target.exists() and not target.is_dir():
        raise SourceError("is a file; move it away so snapshots can be kept there", str(target))
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SourceError(f"cannot create the folder: {exc.strerror or exc}", str(target)) from None
    return target


def _free_name(directory: Path, stem: str, ext: str) -> Path:
    candidate, n = directory / f"{stem}{ext}", 2
    while candidate.exists() or candidate.is_symlink():
        candidate = directory / f"{stem}-{n}{ext}"
        n += 1
    return candidate


def write_snapshot(folder: Path, source_id: str, fmt: str, data: bytes) -> Path:
    """Write `data` as `folder/sources/<id>.<ext>` (a free name) atomically; return it."""
    directory = _snapshot_dir(folder)
    # ids are slugs (the schema says so); a file name is made safe here all the same
    stem = re.sub(r"[^a-z0-9-]+", "-", source_id.lower()).strip("-")[:80] or "source"
    target = _free_name(directory, stem, EXTENSION[fmt])
    try:
        atomic.write_bytes(target, data)
    except OSError as exc:
        reason = exc.strerror or exc
        raise SourceError(f"cannot write the snapshot: {reason}", str(target)) from None
    return target


def discard(paths: Iterable[Path]) -> None:
    """Remove snapshots a failed command wrote, and their folder if that is left empty
    (best effort: the command is already failing)."""
    folders = set()
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()
        folders.add(p.parent)
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only succeeds when empty


def keep(
    folder: str | os.PathLike[str], items: Sequence[Taken], ids: Sequence[str]
) -> tuple[list[LoadedSource], list[SourceRef], list[Path]]:
    """Write each item's snapshot under `folder` and describe it for handout.toml.

    Returns the sources as loaded from their snapshot paths, their SourceRefs (paths
    relative to `folder`) and the files written. On any failure nothing stays written.
    """
    base = Path(folder)
    written: list[Path] = []
    loaded: list[LoadedSource] = []
    refs: list[SourceRef] = []
    try:
        for item, sid in zip(items, ids, strict=True):
            path = write_snapshot(base, sid, item.loaded.format, item.data)
            written.append(path)
            src = replace(item.loaded, path=str(path))
            loaded.append(src)
            refs.append(SourceRef(
                id=sid, path=path.relative_to(base).as_posix(), title=src.title,
                publisher=src.publisher, published=src.published, url=item.url,
                sha256=src.sha256, origin=item.origin, retrieved=item.retrieved,
            ))
    except BaseException:
        discard(written)
        raise
    return loaded, refs, written


def assign_ids(items: Sequence[Taken], taken_ids: Iterable[str] = ()) -> list[str]:
    """Readable, unique ids from each source's title (else its file name)."""
    from summarizer.sources.ids import make_source_id

    taken = set(taken_ids)
    out: list[str] = []
    for item in items:
        sid = make_source_id(item.loaded, taken)
        taken.add(sid)
        out.append(sid)
    return out


def is_inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def move_in(hdoc: HandoutDocument) -> list[tuple[str, str]]:
    """Snapshot every source that lies outside the handout folder, all or nothing.

    Each outside file is copied to `sources/<id>.<ext>`, checked against the sha256 the
    handout recorded (a changed file would not be what the editor quoted), and its ref
    gets `path` to the snapshot and `origin` to the original path. The handout is then
    saved atomically. Nothing is written when any source fails. Returns (id, origin)
    for each source moved in; the caller saves nothing itself.
    """
    folder = hdoc.base_dir
    plan: list[tuple[SourceRef, Path, bytes]] = []
    problems: list[str] = []
    for ref in hdoc.handout.sources:
        path = hdoc.resolve_source_path(ref)
        if path is None or is_inside(path, folder):
            continue
        fmt = source_format(path)
        if fmt is None:
            problems.append(f"{ref.id}: {path}: not a kind of file summarizer reads")
            continue
        from summarizer.paths import MAX_SOURCE_BYTES, PathError, read_regular

        try:  # regular files only: a FIFO must not hang, /dev/zero not fill the memory
            data = read_regular(path, MAX_SOURCE_BYTES, "source")
        except PathError as exc:
            problems.append(f"{ref.id}: {path}: {exc.message}")
            continue
        if ref.sha256 and hashlib.sha256(data).hexdigest() != ref.sha256:
            problems.append(
                f"{ref.id}: {path}: changed since it was added, so it is not the text the "
                "claims quote; run `summarizer verify --fix` first"
            )
            continue
        plan.append((ref, path, data))
    if problems:
        raise SourceError("nothing moved in: " + "; ".join(problems), str(hdoc.path))
    written: list[Path] = []
    before = [(ref, ref.path, ref.origin, ref.retrieved, ref.sha256) for ref, _, _ in plan]
    try:
        for ref, path, data in plan:
            fmt = source_format(path)
            assert fmt is not None
            snap = write_snapshot(folder, ref.id, fmt, data)
            written.append(snap)
            ref.origin = ref.origin or origin_of(path)
            ref.retrieved = ref.retrieved or utc_now()
            ref.sha256 = ref.sha256 or hashlib.sha256(data).hexdigest()
            ref.path = snap.relative_to(folder).as_posix()
        if written:
            hdoc.save()
    except BaseException:
        discard(written)
        for ref, path_, origin, retrieved, sha in before:
            ref.path, ref.origin, ref.retrieved, ref.sha256 = path_, origin, retrieved, sha
        raise
    return [(ref.id, ref.origin) for ref, _, _ in plan]
