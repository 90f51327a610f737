"""A handout the editor opened before, kept validated in the user's cache.

Validating handout.toml (tomllib, msgspec and the schema, Babel's cached answers about
its languages and region) was about 15 ms of the editor's first screen, a twentieth of
a bare Textual app's (benchmarks/startup.py), and most of it importing those libraries.
So the model it produced is kept beside the exact bytes it came from, one entry per
handout file; opening the same bytes again with the same code takes the model from
there and loads none of them. Any difference is a miss and the file is validated as
always: other bytes, another version of the modules that validate (by their stat
signature, as summarizer.sources.analysis_cache trusts files), of msgspec, Babel or
Python, or an entry that is missing, corrupt or too big.

An entry is plain data written with `marshal` (strings, numbers, lists and tuples):
reading one runs no code, unlike a pickle, and the model's classes are named from a
fixed list; a CRC-32 ahead of it catches a damaged file. A read-only or full disk only
costs speed (summarizer.usercache).
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from summarizer.model import (
    Claim,
    Contact,
    Disclaimer,
    Handout,
    HandoutMeta,
    SourceRef,
    Span,
)

FORMAT = 1
MAX_BYTES = 4 << 20  # an entry larger than this is not read (handouts are a few kB)
CLASSES: dict[str, type[Any]] = {cls.__name__: cls for cls in (
    Handout, HandoutMeta, SourceRef, Claim, Disclaimer, Span, Contact)}
# The modules whose code decides whether a file is valid and what model it becomes.
VALIDATING = ("handout_file.py", "schema.py", "model.py", "span.py", "locale_codes.py")


def entry_path(handout: Path) -> Path:
    """One entry per handout file (a save replaces it on the next opening)."""
    from summarizer.usercache import cache_dir

    name = zlib.crc32(os.path.abspath(handout).encode("utf-8", "surrogateescape"))
    return cache_dir() / "handouts" / f"{name:08x}.bin"


def stamp() -> tuple[Any, ...]:
    """What the validation depends on besides the bytes: the validating modules' stat
    signatures, msgspec's, Babel's version, Python's version and this format."""
    import importlib.util

    from summarizer.locale_codes import babel_version

    package = Path(__file__).parent
    files = [package / name for name in VALIDATING]
    spec = importlib.util.find_spec("msgspec")
    if spec is not None and spec.origin:
        files.append(Path(spec.origin))
    signature = []
    for path in files:
        try:
            st = os.stat(path)
        except OSError:
            return ()  # nothing to trust: never a hit
        signature.append((str(path), st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return (FORMAT, sys.version, babel_version(), tuple(signature))


def encode(value: Any) -> Any:
    """The model as marshal's plain data: a dataclass is ("D", its class's name, {field:
    value}), a tuple ("T", [items]); lists, strings and numbers stay as they are."""
    if is_dataclass(value) and not isinstance(value, type):
        return ("D", type(value).__name__,
                {f.name: encode(getattr(value, f.name)) for f in fields(value)})
    if isinstance(value, tuple):
        return ("T", [encode(v) for v in value])
    if isinstance(value, list):
        return [encode(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"not kept: {type(value).__name__}")


def decode(value: Any) -> Any:
    """The inverse of `encode`; ValueError for anything `encode` does not write."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, tuple):
        if len(value) == 3 and value[0] == "D" and value[1] in CLASSES:
            return CLASSES[value[1]](**{k: decode(v) for k, v in value[2].items()})
        if len(value) == 2 and value[0] == "T" and isinstance(value[1], list):
            return tuple(decode(v) for v in value[1])
        raise ValueError("not an entry")
    if value is None or isinstance(value, str | int | float):
        return value
    raise ValueError("not an entry")


def read(handout: Path, data: bytes) -> tuple[Handout, str] | None:
    """The model and sha256 kept for exactly these bytes of `handout`, or None."""
    try:
        path = entry_path(handout)
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES or raw[:4] != zlib.crc32(raw[4:]).to_bytes(4, "big"):
            return None
        kept_stamp, kept_data, digest, model = marshal.loads(raw[4:])
        if kept_data != data or kept_stamp != stamp() or not isinstance(digest, str):
            return None
        found = decode(model)
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None
    return (found, digest) if isinstance(found, Handout) else None


def write(handout: Path, data: bytes, model: Handout, digest: str) -> None:
    """Keep `model` (just validated from `data`, whose sha256 is `digest`)."""
    from summarizer import atomic

    try:
        kept = stamp()
        if not kept:
            return
        payload = marshal.dumps((kept, data, digest, encode(model)))
        raw = zlib.crc32(payload).to_bytes(4, "big") + payload
        path = entry_path(handout)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(path, raw)
    except (OSError, ValueError, TypeError):
        pass
