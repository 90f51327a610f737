"""Small JSON results kept in the user's cache folder between runs, safely.

A one-shot command recomputes what did not change since the last run (a font's code
points, Babel's list of regions, a catalog's check): each entry is keyed by what it was
computed from (a file's path+mtime+size or its sha256, a library's version, the source of
the code that computed it), written atomically, and a missing, unreadable or corrupt file
is simply recomputed. SUMMARIZER_CACHE_DIR overrides the folder (tests use it).
"""

from __future__ import annotations

import contextlib
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

MAX_BYTES = 8 << 20  # a cache file larger than this is ignored (and rewritten)


def cache_dir() -> Path:
    """summarizer's folder in the user's cache (as summarizer.readability.store)."""
    env = os.environ.get("SUMMARIZER_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform.startswith("linux"):  # platformdirs' rule, without its import time
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(xdg if xdg else Path.home() / ".cache") / "summarizer"
    import platformdirs

    return Path(platformdirs.user_cache_dir("summarizer", appauthor=False))


def read_json(name: str) -> Any:
    """The cache file's value, or None (absent, not a regular file, too big, corrupt)."""
    from summarizer.paths import PathError, read_regular

    try:
        import json  # here: a command that never reads a cache file need not load it

        return json.loads(read_regular(cache_dir() / name, MAX_BYTES, "cache file"))
    except (PathError, ValueError, OSError):
        return None


def write_json(name: str, value: Any, *, keep_order: bool = False) -> None:
    """Replace the cache file atomically; a read-only or full disk only costs speed.
    Keys are sorted unless `keep_order` (a value whose tables' order is read)."""
    from summarizer import atomic

    with contextlib.suppress(OSError, ValueError, TypeError):
        import json

        data = json.dumps(value, separators=(",", ":"), sort_keys=not keep_order
                          ).encode("utf-8")
        target = cache_dir() / name
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(target, data)


def entry_name(kind: str, key: str) -> str:
    """A file of its own for each keyed entry (`kind/<digest>.json`): concurrent runs
    (a batch, several users of one cache) never lose each other's entries, and a run
    reads only the entries it needs."""
    import hashlib

    return f"{kind}/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}.json"


def read_entry(kind: str, key: str) -> Any:
    """The value stored under `key`, or None (absent, corrupt, or another key's file)."""
    data = read_json(entry_name(kind, key))
    if isinstance(data, dict) and data.get("key") == key:
        return data.get("value")
    return None


def write_entry(kind: str, key: str, value: Any, *, keep_order: bool = False) -> None:
    write_json(entry_name(kind, key), {"key": key, "value": value}, keep_order=keep_order)


@cache
def code_key(module_file: str) -> str:
    """A short digest of a module's source: a cached result is dropped when the code that
    computed it changes (an upgrade, or a fix in a working copy)."""
    import hashlib

    try:
        return hashlib.sha256(Path(module_file).read_bytes()).hexdigest()[:16]
    except OSError:
        return "unknown"
