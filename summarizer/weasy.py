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


def page_font_options(weasyprint: ModuleType, html: str, locale: str) -> dict[str, object]:
    """Extra write_pdf arguments that set a CJK page in its font cut to the page
    (summarizer.font_subset) rather than in the 19 MB collection; {} for other pages or
    when no cut can be made (then the page is set exactly as before).

    The cut faces are declared in a user stylesheet whose !important font-family puts
    them first in the template's stack, on the page and in its margin boxes; their
    bytes are served by a fetcher that knows only them."""
    from summarizer import font_subset, fonts

    faces = font_subset.cut_faces(html, locale)
    if not faces:
        return {}
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

    served = {face.url: face.data for face in faces}

    class CutFontFetcher(URLFetcher):
        def __init__(self) -> None:
            super().__init__(allowed_protocols=("file",), allow_redirects=False,
                             fail_on_errors=False)

        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            if url not in served:
                raise FatalURLFetchingError(f"refused to fetch {url[:80]!r}")
            return URLFetcherResponse(url, served[url], {"Content-Type": "font/otf"})

    stack = f'"{faces[0].family}", {fonts.css_family(locale)}'
    rules = [f'@font-face {{ font-family: "{face.family}"; src: url("{face.url}"); '
             f"font-weight: {face.weight}; }}" for face in faces]
    rules.append(f"html {{ font-family: {stack} !important; }}")
    boxes = " ".join(f"@{box} {{ font-family: {stack} !important; }}"
                     for box in ("top-left", "top-right", "bottom-left", "bottom-right"))
    rules.append(f"@page {{ {boxes} }}")
    font_config = FontConfiguration()
    css = weasyprint.CSS(string="\n".join(rules), font_config=font_config,
                         url_fetcher=CutFontFetcher())
    return {"stylesheets": [css], "font_config": font_config}
