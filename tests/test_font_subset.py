"""A CJK page set in its Noto face cut to the page's characters (summarizer.font_subset):
the same pages, the same text, a far smaller font; cached; the whole collection as before
when no cut can be made."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PIL import ImageChops

from summarizer import font_subset, render
from summarizer.export import build_pages
from summarizer.handout_file import load_handout

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / font_subset.CACHE_FOLDER


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    refused: dict[str, list[object]] = {}
    html = build_pages(load_handout(EXAMPLE / "handout.toml"), ["zh-Hans", "ko"], refused)
    assert not refused, refused
    return html


@pytest.fixture(scope="module")
def page(pages: dict[str, str]) -> str:
    return pages["zh-Hans"]


def embedded_fonts(pdf: bytes, tmp: Path) -> dict[str, int]:
    """BaseFont (without the subset tag) -> bytes of the embedded font program."""
    path = tmp / "fonts.pdf"
    path.write_bytes(pdf)
    found: dict[str, int] = {}
    for p in pypdf.PdfReader(path).pages:
        for ref in p["/Resources"]["/Font"].values():
            font = ref.get_object()
            for d in font.get("/DescendantFonts") or []:
                desc = d.get_object()["/FontDescriptor"].get_object()
                program = next(desc[k] for k in ("/FontFile", "/FontFile2", "/FontFile3")
                               if k in desc)
                name = str(font["/BaseFont"]).split("+", 1)[-1]
                found[name] = len(program.get_object().get_data())
    return found


def pages_of(pdf: bytes) -> list[tuple[str, object]]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [(doc[i].get_textpage().get_text_range(),
                 doc[i].render(scale=1.0).to_pil().convert("RGB")) for i in range(len(doc))]
    finally:
        doc.close()


@pytest.mark.parametrize(("locale", "face", "words", "page_one"), [
    ("zh-Hans", "Noto-Sans-CJK-SC", "氯胺酮", "第 1 页"),
    ("ko", "Noto-Sans-CJK-KR", "케타민", "1"),
])
def test_a_cjk_page_in_the_cut_font_looks_and_reads_as_in_the_collection(
        pages: dict[str, str], cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        locale: str, face: str, words: str, page_one: str) -> None:
    page = pages[locale]
    cut = render.html_to_pdf(page)
    with monkeypatch.context() as m:
        m.setattr(font_subset, "cut_faces", lambda text, locale: [])
        whole = render.html_to_pdf(page)

    fonts_cut, fonts_whole = embedded_fonts(cut, tmp_path), embedded_fonts(whole, tmp_path)
    assert f"{face}-Page" in fonts_cut and f"{face}-Page-Bold" in fonts_cut
    assert not any(n.startswith(face) and "Page" not in n for n in fonts_cut)
    assert face in fonts_whole
    assert fonts_cut[f"{face}-Page"] * 2 < fonts_whole[face]
    assert len(cut) * 3 < len(whole)

    read_cut, read_whole = pages_of(cut), pages_of(whole)
    assert len(read_cut) == len(read_whole) >= 2
    for (text_cut, image_cut), (text_whole, image_whole) in zip(read_cut, read_whole,
                                                                strict=True):
        assert text_cut == text_whole and words in text_cut
        assert ImageChops.difference(image_cut, image_whole).getbbox() is None  # same pixels
    assert page_one in read_cut[0][0]  # the page number: the margin box, in the cut font
    assert len(list(cache.glob("*.otf"))) == 2  # regular and bold, kept for the next run


def test_the_cut_is_read_back_from_the_cache_and_made_per_page(page: str, cache: Path) -> None:
    first = font_subset.cut_faces(page, "zh-Hans")
    assert [f.weight for f in first] == [400, 700]
    assert all(f.path.parent == cache and f.path.read_bytes() == f.data for f in first)
    stamps = {f.path: f.path.stat().st_mtime_ns for f in first}
    again = font_subset.cut_faces(page, "zh-Hans")
    assert again == first
    assert {f.path: f.path.stat().st_mtime_ns for f in again}.keys() == stamps.keys()
    other = font_subset.cut_faces(page + "<p>龘</p>", "zh-Hans")
    assert {f.path for f in other}.isdisjoint(stamps)
    assert all(len(f.data) > len(g.data) for f, g in zip(other, first, strict=True))
    assert font_subset.cut_faces(page, "en") == []  # not CJK: nothing to cut
    assert font_subset.cut_faces("<p>가나다</p>", "ko")[0].family == "Noto Sans CJK KR Page"


def test_an_unwritable_cache_still_cuts(page: str, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(blocker))
    faces = font_subset.cut_faces(page, "zh-Hans")
    assert len(faces) == 2 and all(f.data[:4] == b"OTTO" for f in faces)
    assert not any(f.path.exists() for f in faces)
    assert "Noto-Sans-CJK-SC-Page" in embedded_fonts(render.html_to_pdf(page), tmp_path)


def test_a_cache_path_with_spaces_and_accents_still_serves_the_cut(
        page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "José's cache (1) #2"))
    assert "Noto-Sans-CJK-SC-Page" in embedded_fonts(render.html_to_pdf(page), tmp_path)


def test_without_harfbuzz_the_collection_is_used_as_before(
        page: str, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_subset, "_harfbuzz", lambda: None)
    assert font_subset.cut_faces(page, "zh-Hans") == []
    names = embedded_fonts(render.html_to_pdf(page), tmp_path)
    assert "Noto-Sans-CJK-SC" in names and not any("Page" in n for n in names)
    assert not cache.exists()


def test_old_cut_fonts_are_pruned_but_never_recent_ones(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "fonts"
    folder.mkdir()
    monkeypatch.setattr(font_subset, "KEEP", 3)
    old = time.time() - 2 * font_subset.STALE_SECONDS
    for i in range(6):
        path = folder / f"{i}.otf"
        path.write_bytes(b"OTTO")
        when = old + i if i < 4 else time.time()
        os.utime(path, (when, when))
    (folder / "notes.txt").write_text("not ours")
    font_subset._prune(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["3.otf", "4.otf", "5.otf", "notes.txt"]
