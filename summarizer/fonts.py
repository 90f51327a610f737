"""Which fonts draw which language: a CSS font stack per writing system, and the glyph check.

A handout in Chinese set in DejaVu Sans is a page of boxes, and Pango would quietly
borrow whatever font fontconfig finds for the missing characters, or draw a box. So each
writing system (ISO 15924 script, found from the locale through CLDR's likely subtags)
gets a stack of fonts that Debian ships (fonts-dejavu-core, fonts-noto-core,
fonts-noto-cjk), and a locale is refused when its text has a character that no font of
its stack can draw. Pure apart from reading font files; WeasyPrint is not imported.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer.errors import UserError

# Where Debian and Fedora put the font files. SUMMARIZER_FONT_DIRS (os.pathsep-separated)
# adds folders in front, for a site that installs its fonts elsewhere.
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/google-noto"), Path("/usr/share/fonts/google-noto-cjk"),
)


@dataclass(frozen=True, slots=True)
class Face:
    """One font family as CSS names it, and its regular and bold files (index in a .ttc)."""

    family: str
    regular: str
    bold: str
    index: int = 0
    package: str = "fonts-dejavu-core"


DEJAVU = Face("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def _noto(family: str, stem: str) -> Face:
    return Face(family, f"{stem}-Regular.ttf", f"{stem}-Bold.ttf", package="fonts-noto-core")


def _cjk(region: str, index: int) -> Face:
    # Debian's NotoSansCJK-*.ttc hold JP, KR, SC, TC, HK in this order (checked by name).
    return Face(f"Noto Sans CJK {region}", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc",
                index, package="fonts-noto-cjk")


# Script -> fonts, first choice first. DejaVu comes last in the non-Latin stacks for the
# Latin text a handout always has (source titles, "FDA", URLs) where the first font lacks it.
STACKS: dict[str, tuple[Face, ...]] = {
    "Latn": (DEJAVU,),
    "Cyrl": (DEJAVU,),
    "Grek": (DEJAVU,),
    "Arab": (_noto("Noto Sans Arabic", "NotoSansArabic"), DEJAVU),
    "Hebr": (_noto("Noto Sans Hebrew", "NotoSansHebrew"), DEJAVU),
    "Deva": (_noto("Noto Sans Devanagari", "NotoSansDevanagari"), DEJAVU),
    "Beng": (_noto("Noto Sans Bengali", "NotoSansBengali"), DEJAVU),
    "Guru": (_noto("Noto Sans Gurmukhi", "NotoSansGurmukhi"), DEJAVU),
    "Thai": (_noto("Noto Sans Thai", "NotoSansThai"), DEJAVU),
    "Khmr": (_noto("Noto Sans Khmer", "NotoSansKhmer"), DEJAVU),
    "Laoo": (_noto("Noto Sans Lao", "NotoSansLao"), DEJAVU),
    "Ethi": (_noto("Noto Sans Ethiopic", "NotoSansEthiopic"), DEJAVU),
    "Armn": (_noto("Noto Sans Armenian", "NotoSansArmenian"), DEJAVU),
    "Geor": (_noto("Noto Sans Georgian", "NotoSansGeorgian"), DEJAVU),
    "Hans": (_cjk("SC", 2), DEJAVU),
    "Hant": (_cjk("TC", 3), DEJAVU),
    "Jpan": (_cjk("JP", 0), DEJAVU),
    "Kore": (_cjk("KR", 1), DEJAVU),
}
CJK_SCRIPTS = frozenset({"Hans", "Hant", "Jpan", "Kore"})
RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"})


def script_of(locale: str) -> str:
    """ISO 15924 script of a locale: explicit (zh-Hant) or CLDR's likely one (ko -> Kore)."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    tag = locale.replace("-", "_")
    try:
        parsed = Locale.parse(tag)
    except (UnknownLocaleError, ValueError):
        return "Latn"
    if parsed.script:
        return parsed.script
    likely = get_global("likely_subtags")
    for key in (f"{parsed.language}_{parsed.territory}" if parsed.territory else "",
                parsed.language):
        full = likely.get(key) if key else None
        if full:
            parts = full.split("_")
            if len(parts) > 1 and len(parts[1]) == 4:
                return parts[1]
    return "Latn"


def is_rtl(locale: str) -> bool:
    return script_of(locale) in RTL_SCRIPTS


def stack_for(locale: str) -> tuple[Face, ...]:
    return STACKS.get(script_of(locale), (DEJAVU,))


def css_family(locale: str) -> str:
    """The CSS font-family value for a locale's text (quoted names, generic last)."""
    names = [f'"{face.family}"' for face in stack_for(locale)]
    return ", ".join([*names, "sans-serif"])


def _font_dirs() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("SUMMARIZER_FONT_DIRS", "").split(os.pathsep) if p]
    return [*extra, *FONT_DIRS]


def find_font(name: str) -> Path | None:
    return next((d / name for d in _font_dirs() if (d / name).is_file()), None)


class FontMissing(UserError):
    """A font the locale's script needs is not installed."""


class Ranges:
    """Code points as sorted, disjoint [first, last] ranges: membership by bisection, so
    a CJK font's 40,000 code points need not be expanded into a set for each run."""

    __slots__ = ("firsts", "lasts")

    def __init__(self, ranges: list[list[int]] | list[tuple[int, int]]) -> None:
        self.firsts = [a for a, _ in ranges]
        self.lasts = [b for _, b in ranges]

    def __contains__(self, code: int) -> bool:
        from bisect import bisect_right

        i = bisect_right(self.firsts, code) - 1
        return i >= 0 and code <= self.lasts[i]

    def codes(self) -> frozenset[int]:
        return frozenset(c for a, b in zip(self.firsts, self.lasts, strict=True)
                         for c in range(a, b + 1))


@cache
def _face_coverage(face: Face) -> tuple[Ranges, ...]:
    """The code point ranges of the face's regular and bold files (a character is drawn
    by the face when both have it)."""
    out = []
    for name in (face.regular, face.bold):
        path = find_font(name)
        if path is None:
            raise FontMissing(f"the {face.family} font is not installed (Debian/Ubuntu: "
                              f"apt-get install {face.package}; or run scripts/system-deps.sh)",
                              name)
        out.append(Ranges(_cmap(path, face.index if path.suffix == ".ttc" else -1)))
    return tuple(out)


COVERAGE_KIND = "font-coverage"


def _cmap(path: Path, index: int) -> list[list[int]]:
    """The code points a font file maps, as ranges, from the user's cache when the file is
    unchanged (keyed by path, face index, mtime and size; one small file per font).

    Parsing a cmap with fontTools costs 0.1-0.3 s per font, most of a one-shot export's
    own overhead; the cached ranges are read in a millisecond.
    """
    from summarizer import usercache

    st = path.stat()
    key = f"{path}|{index}|{st.st_mtime_ns}|{st.st_size}"
    ranges = usercache.read_entry(COVERAGE_KIND, key)
    if (isinstance(ranges, list) and all(isinstance(r, list) and len(r) == 2 for r in ranges)
            and all(isinstance(r[0], int) and isinstance(r[1], int) for r in ranges)):
        return ranges
    from fontTools.ttLib import TTFont

    codes = frozenset(TTFont(path, lazy=True, fontNumber=index)["cmap"].getBestCmap())
    ranges = _ranges(codes)
    usercache.write_entry(COVERAGE_KIND, key, ranges)
    return ranges


def _ranges(codes: frozenset[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for c in sorted(codes):
        if out and c == out[-1][1] + 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def coverage(locale: str) -> frozenset[int]:
    """Code points that some font of the locale's stack draws in both regular and bold."""
    out: frozenset[int] = frozenset()
    for face in stack_for(locale):
        regular, bold = _face_coverage(face)
        out |= regular.codes() & bold.codes()
    return out


def _drawn(c: str) -> bool:
    """Characters that must have a glyph: not spaces, controls or bidi/format marks."""
    import unicodedata

    return not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf")


def missing_glyphs(text: str, locale: str = "en") -> list[str]:
    """Characters of `text` that no font of `locale`'s stack can draw (sorted, unique).

    Pango would quietly draw a box or borrow another font for them; on a patient
    handout a box in place of a letter is an error, so the locale is refused instead.
    """
    faces = [_face_coverage(face) for face in stack_for(locale)]  # FontMissing first
    return sorted(c for c in set(text)
                  if _drawn(c) and not any(ord(c) in r and ord(c) in b for r, b in faces))
