"""A CJK page's font cut down to the characters the page uses, cached in the user's cache.

Debian's Noto Sans CJK is one 19-20 MB collection per weight holding five faces of
65,000 glyphs each. Given that file, WeasyPrint copies the whole collection for every
font it embeds and subsets it keeping the glyph ids (so the embedded font spans every
slot up to the highest glyph used): a Chinese page took twice the CPU of an English one,
and its PDF weighed 485 KB against 27 KB. Here the face is first cut, with HarfBuzz's
subsetter, to the code points of the page (plus ASCII, Latin-1, general and CJK
punctuation and full-width forms, which the page counters and CSS may add), glyphs
renumbered: a 150-200 KB font that WeasyPrint then handles like a Latin one. Pages,
glyphs and extracted text are the same; the CSS stack keeps the whole collection after the
cut face, so a character the cut lacks is still drawn from the collection.

The cut takes ~20 ms per weight and is kept in the user's cache (summarizer.usercache's
folder, `fonts/`), named by a digest of the font file's identity (path, size, mtime, face
index), the code points, the HarfBuzz version and this module's source: the same page
exported again reads it back. Pure apart from the font files and HarfBuzz (through cffi,
which WeasyPrint needs anyway): WeasyPrint itself is not imported. Without
libharfbuzz-subset, or on any failure, no cut is made and the collection is used as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from summarizer import fonts

CACHE_FOLDER = "fonts"
KEEP = 64  # cut fonts kept in the cache folder (older ones go, the newest stay)
STALE_SECONDS = 3600  # never remove a file younger than this: another export may read it
# What a page may draw beyond its own text: ASCII and Latin-1 (page counters, URLs),
# general punctuation (bullets, word joiners), CJK symbols and punctuation, full-width forms.
ALWAYS = ((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF))
_CSS_ESCAPE = re.compile(r"\\([0-9A-Fa-f]{1,6})")
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class CutFace:
    """One weight of a face, cut to a page: the CSS family and weight it is declared
    with, the file it is cached in (its URL names it) and its bytes."""

    family: str
    weight: int
    path: Path
    data: bytes

    @property
    def url(self) -> str:
        """The name the stylesheet fetches it by: the file's digest name under a fixed
        folder, whatever characters the user's cache path holds (WeasyPrint may re-quote
        a path's URL) or none (an unwritable cache)."""
        return f"file:///summarizer-cut-fonts/{self.path.name}"


def family_name(face: fonts.Face) -> str:
    """The family a cut face is declared as in CSS ("Noto Sans CJK SC Page"): not the
    collection's own name, so that fontconfig cannot pick the collection for it."""
    return f"{face.family} Page"


def page_codes(text: str) -> frozenset[int]:
    """The code points a page may draw: its characters (CSS escapes in its stylesheet,
    "\\ff0c ", decoded) and the ALWAYS ranges."""
    codes = {ord(c) for c in text}
    codes.update(int(h, 16) for h in _CSS_ESCAPE.findall(text))
    for first, last in ALWAYS:
        codes.update(range(first, last + 1))
    return frozenset(c for c in codes if 0x20 <= c < 0x110000)


def cut_faces(text: str, locale: str) -> list[CutFace]:
    """The locale's CJK face cut to `text` (the page's HTML), regular and bold; [] for a
    locale that is not CJK, or when the cut cannot be made (then nothing changes)."""
    if fonts.script_of(locale) not in fonts.CJK_SCRIPTS:
        return []
    face = fonts.stack_for(locale)[0]
    codes = page_codes(text)
    out = []
    for weight, name in ((400, face.regular), (700, face.bold)):
        path = fonts.find_font(name)
        if path is None:
            return []
        data = _cut(path, face.index if path.suffix == ".ttc" else 0, codes)
        if data is None:
            return []
        out.append(CutFace(family_name(face), weight, data[0], data[1]))
    return out


def _cache_folder() -> Path:
    from summarizer import usercache

    return usercache.cache_dir() / CACHE_FOLDER


def _cut(path: Path, index: int, codes: frozenset[int]) -> tuple[Path, bytes] | None:
    """(cached file, bytes) of face `index` of `path` cut to `codes`, or None."""
    hb = _harfbuzz()
    if hb is None:
        return None
    from summarizer import usercache

    try:
        st = path.stat()
    except OSError:
        return None
    key = hashlib.sha256(
        # a font file replaced in place keeps neither its inode nor its ctime (as the
        # analysis cache's stamp): any of the four changing cuts again
        f"{path}|{index}|{st.st_ino}|{st.st_ctime_ns}|{st.st_mtime_ns}|{st.st_size}|"
        f"{hb.version}|"
        f"{usercache.code_key(__file__)}|{','.join(map(str, sorted(codes)))}"
        .encode()).hexdigest()[:40]
    target = _cache_folder() / f"{key}.otf"
    with contextlib.suppress(OSError):
        data = target.read_bytes()
        if data[:4] in (b"OTTO", b"\x00\x01\x00\x00", b"true"):
            with contextlib.suppress(OSError):
                os.utime(target)  # recently used: kept by _prune
            return target, data
    with _lock:  # cffi calls from the editor's threads, one cut at a time
        data = hb.cut(path, index, codes)
    if data is None:
        return None
    with contextlib.suppress(OSError):
        from summarizer import atomic

        atomic.write_bytes(target, data)
        _prune(target.parent)
    return target, data  # unwritable cache: served from memory, cut again next time


def _prune(folder: Path) -> None:
    """Keep the KEEP most recently used cut fonts; never one used in the last hour."""
    try:
        with os.scandir(folder) as it:
            found = [(e.stat().st_mtime, e.path) for e in it
                     if e.name.endswith(".otf") and e.is_file(follow_symlinks=False)]
    except OSError:
        return
    found.sort(reverse=True)
    now = time.time()
    for mtime, name in found[KEEP:]:
        if now - mtime > STALE_SECONDS:
            with contextlib.suppress(OSError):
                os.unlink(name)


CDEF = """
typedef struct hb_blob_t hb_blob_t;
typedef struct hb_face_t hb_face_t;
typedef struct hb_set_t hb_set_t;
typedef struct hb_subset_input_t hb_subset_input_t;
hb_blob_t *hb_blob_create_from_file_or_fail (const char *file_name);
void hb_blob_destroy (hb_blob_t *blob);
const char *hb_blob_get_data (hb_blob_t *blob, unsigned int *length);
hb_face_t *hb_face_create (hb_blob_t *blob, unsigned int index);
void hb_face_destroy (hb_face_t *face);
hb_blob_t *hb_face_reference_blob (hb_face_t *face);
const char *hb_version_string (void);
void hb_set_add_range (hb_set_t *set, uint32_t first, uint32_t last);
hb_subset_input_t *hb_subset_input_create_or_fail (void);
void hb_subset_input_destroy (hb_subset_input_t *input);
hb_set_t *hb_subset_input_unicode_set (hb_subset_input_t *input);
hb_face_t *hb_subset_or_fail (hb_face_t *source, const hb_subset_input_t *input);
"""
# The sonames WeasyPrint's own look-up finds on Linux, then macOS and Windows spellings.
LIBRARIES = {"harfbuzz": ("libharfbuzz.so.0", "libharfbuzz.0.dylib", "libharfbuzz-0.dll"),
             "subset": ("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib",
                        "libharfbuzz-subset-0.dll")}


class _HarfBuzz:
    """The few HarfBuzz calls a cut needs, through cffi's ABI mode (no compiler)."""

    def __init__(self, ffi: Any, hb: Any, subset: Any) -> None:
        self.ffi, self.hb, self.subset = ffi, hb, subset
        self.version = ffi.string(hb.hb_version_string()).decode("ascii", "replace")

    def cut(self, path: Path, index: int, codes: frozenset[int]) -> bytes | None:
        ffi, hb, sub = self.ffi, self.hb, self.subset
        blob = hb.hb_blob_create_from_file_or_fail(os.fsencode(path))
        if blob == ffi.NULL:
            return None
        face = hb.hb_face_create(blob, index)
        hb.hb_blob_destroy(blob)  # the face holds its own reference
        request = sub.hb_subset_input_create_or_fail()
        if request == ffi.NULL:
            hb.hb_face_destroy(face)
            return None
        try:
            unicodes = sub.hb_subset_input_unicode_set(request)
            for first, last in _ranges(codes):
                hb.hb_set_add_range(unicodes, first, last)
            cut = sub.hb_subset_or_fail(face, request)
            if cut == ffi.NULL:
                return None
            out = hb.hb_face_reference_blob(cut)
            try:
                size = ffi.new("unsigned int *")
                data = hb.hb_blob_get_data(out, size)
                return bytes(ffi.buffer(data, size[0])) if size[0] else None
            finally:
                hb.hb_blob_destroy(out)
                hb.hb_face_destroy(cut)
        finally:
            sub.hb_subset_input_destroy(request)
            hb.hb_face_destroy(face)


def _ranges(codes: frozenset[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for c in sorted(codes):
        if out and c == out[-1][1] + 1:
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return out


@cache
def _harfbuzz() -> _HarfBuzz | None:
    """HarfBuzz and its subsetter, or None when either is missing (or too old)."""
    try:
        import cffi
    except ImportError:
        return None
    ffi = cffi.FFI()
    ffi.cdef(CDEF)
    libs = []
    for names in LIBRARIES.values():
        for name in names:
            try:
                libs.append(ffi.dlopen(name))
                break
            except OSError:
                continue
        else:
            return None
    try:
        found = _HarfBuzz(ffi, *libs)
        for lib, fn in ((found.subset, "hb_subset_input_create_or_fail"),
                        (found.subset, "hb_subset_input_unicode_set"),
                        (found.subset, "hb_subset_or_fail"),
                        (found.hb, "hb_blob_create_from_file_or_fail")):
            getattr(lib, fn)  # AttributeError: a HarfBuzz older than 2.9
    except AttributeError:
        return None
    return found
