"""Import WeasyPrint without asking the system where its libraries are on every run.

WeasyPrint's import opens Pango, HarfBuzz, fontconfig and GObject through cffi, trying
several names each; every name that is not a file name goes to
ctypes.util.find_library, which on Linux runs `ldconfig -p` and then gcc and ld to
search. That is 22 look-ups, ~0.17 s of CPU and up to 0.3 s of waiting, in every process
that renders (on this machine's Debian, 11 of the 22 names are misses by design: the
Windows and macOS spellings). The answers depend only on the dynamic linker's cache and
the library search path, so they are kept in the user's cache (summarizer.usercache)
keyed by /etc/ld.so.cache's identity and the search-path variables; a name not in the
cache is looked up as usual. Only during our import of WeasyPrint, only on Linux.
"""

from __future__ import annotations

import os
import sys
import threading
from types import ModuleType

CACHE_FILE = "library-lookups.json"
_lock = threading.Lock()


def _linker_key() -> str:
    """What find_library's answers depend on: ld.so's cache and the search paths."""
    try:
        st = os.stat("/etc/ld.so.cache")
        cache = f"{st.st_ino}:{st.st_mtime_ns}:{st.st_size}"
    except OSError:
        cache = "none"
    env = "|".join(os.environ.get(v, "") for v in ("LD_LIBRARY_PATH", "LIBRARY_PATH"))
    return f"{os.uname().machine}|{cache}|{env}"


def load() -> ModuleType:
    """`import weasyprint`, with ctypes.util.find_library answered from the cache."""
    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        import weasyprint

        return weasyprint
    import ctypes.util

    from summarizer import usercache

    with _lock:
        key = _linker_key()
        stored = usercache.read_json(CACHE_FILE)
        known: dict[str, str | None] = {}
        if isinstance(stored, dict) and stored.get("key") == key:
            found = stored.get("found")
            if isinstance(found, dict):
                known = {k: v for k, v in found.items()
                         if isinstance(k, str) and (v is None or isinstance(v, str))}
        asked: dict[str, str | None] = {}
        real = ctypes.util.find_library

        def find_library(name: str) -> str | None:
            if name in known:
                asked[name] = known[name]
                return known[name]
            asked[name] = real(name)
            return asked[name]

        ctypes.util.find_library = find_library
        try:
            import weasyprint
        finally:
            ctypes.util.find_library = real
        if any(name not in known for name in asked):
            usercache.write_json(CACHE_FILE, {"key": key, "found": {**known, **asked}})
    return weasyprint
