"""Compiled templates kept between runs: Jinja2's bytecode cache in the user's cache.

Compiling the handout template costs ~30 ms of every one-shot export. Jinja2 keys each
entry by the template's name and file and checks its source's checksum; the folder also
carries a digest of the code that configures the environment (render.py: extensions,
autoescape, whitespace options) and Jinja2's version, so a change there starts afresh.
Writes are atomic (Jinja2's own temp file and rename); an unreadable or corrupt entry is
recompiled, and a cache that cannot be written only costs time.
"""

from __future__ import annotations

import contextlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2
    from jinja2.bccache import Bucket

RENDER = Path(__file__).resolve().parent / "render.py"


@cache
def bytecode_cache() -> jinja2.BytecodeCache | None:
    """The cache for render's environments; None when the folder cannot be made."""
    import jinja2

    from summarizer import usercache

    class SafeCache(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a truncated or foreign file: compile as if absent
                bucket.reset()

        def dump_bytecode(self, bucket: Bucket) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    folder = (usercache.cache_dir() / "templates"
              / f"{jinja2.__version__}-{usercache.code_key(str(RENDER))}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return SafeCache(str(folder))
