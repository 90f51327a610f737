"""Loading sources: exact text and offsets, HTML main text, one clear error per bad file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import SourceError
from summarizer.sources.load import load_paths, load_source
from summarizer.sources.segment import segment

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def test_seed_loads_exactly_with_digest(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        data = path.read_bytes()
        src = load_source(path)
        assert src.format == "txt"
        assert src.text == data.decode("utf-8")
        assert src.sha256 == hashlib.sha256(data).hexdigest()
        assert src.title and "top of page" not in src.title.lower()


def test_seed_titles_skip_furniture_and_dates(seeds_dir: Path) -> None:
    titles = {p.name[:3]: load_source(p).title for p in sorted(seeds_dir.glob("*.txt"))}
    assert titles["004"].startswith("Rapid Relief")  # "top of page" / "• Instagram" skipped
    assert titles["002"].startswith("Science Behind")  # "16 Apr" date prefix dropped


def test_bom_dropped_crlf_kept(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfTitle line\r\nKetamine helps some people. It is not for all.\r\n")
    src = load_source(p)
    assert src.text.startswith("Title line\r\n")
    for s in segment(src.text):
        assert src.text[s.span.start : s.span.end] == s.text
        assert "\r" not in s.text


def test_html_main_text_and_metadata_without_nav_or_footer() -> None:
    src = load_source(FIXTURES / "clinic_page.html")
    assert src.format == "html"
    assert "saline control group" in src.text
    assert "(617) 555-0142" in src.text
    for junk in (
        "Our Services Menu",
        "Meet The Team",
        "Book Now Banner",
        "SPRINGGLOW",
        "All rights reserved",
        "Follow us",
        "tracking-code",
        ".navbar",
    ):
        assert junk not in src.text
    assert src.title.startswith("Ketamine Infusions")
    assert src.publisher == "Lakeside Wellness Clinic"
    assert src.published == "2024-06-12"
    raw = (FIXTURES / "clinic_page.html").read_bytes()
    assert src.sha256 == hashlib.sha256(raw).hexdigest()


def test_markdown_kept_as_is_with_headings() -> None:
    path = FIXTURES / "guide.md"
    src = load_source(path)
    assert src.text == path.read_text(encoding="utf-8")
    heads = [s.text for s in segment(src.text, "md") if s.heading]
    assert heads == [
        "Ketamine and Depression: Questions to Ask",
        "What the studies show",
        "Getting help",
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (
            "latin.txt",
            "Caf\u00e9 ketamine".encode("latin-1"),
            "not valid UTF-8 (byte 0xe9 at offset 3",
        ),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\t\n", "only whitespace"),
        ("doc.pdf", b"%PDF-1.7", "not a readable PDF"),
        ("doc.odt", b"PK\x03\x04", "unsupported file type '.odt'"),
    ],
)
def test_bad_files_raise_one_clear_line(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(SourceError) as info:
        load_source(p)
    text = str(info.value)
    assert message in text and str(p) in text and "\n" not in text


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        load_source(tmp_path / "nope.txt")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.toml").write_text("x = 1")
    loaded, errors = load_paths([tmp_path / "empty"])
    assert loaded == [] and len(errors) == 1
    assert "no .docx, .htm, .html, .md, .pdf, .txt files" in str(errors[0])


def test_load_paths_expands_folders_sorted_and_keeps_good_files(
    tmp_path: Path, seeds_dir: Path
) -> None:
    (tmp_path / "b.txt").write_text("Second article body here.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# First\n\nBody text here.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00")  # UTF-16 BOM, then a bad half char
    (tmp_path / "skip.toml").write_text("ignored = true")
    loaded, errors = load_paths([tmp_path, seeds_dir / "nope.txt"])
    assert [Path(s.path).name for s in loaded] == ["a.md", "b.txt"]
    assert len(errors) == 2
    loaded, errors = load_paths([seeds_dir, next(seeds_dir.glob("000_*"))])
    assert len(loaded) == 5 and not errors  # the same file named twice loads once


def test_twenty_megabyte_file_loads_and_segments(tmp_path: Path) -> None:
    para = (
        "Ketamine was studied in 120 adults (e.g. at Yale, U.S. sites). Dr. Lee said "
        "results were mixed. Relief often started within hours!\n"
    )
    n = 20 * 1024 * 1024 // len(para) + 1
    p = tmp_path / "big.txt"
    p.write_text(para * n, encoding="utf-8")
    src = load_source(p)
    assert len(src.text) >= 20 * 1024 * 1024
    sentences = segment(src.text)
    assert len(sentences) == 3 * n
    last = sentences[-1]
    assert (
        src.text[last.span.start : last.span.end]
        == last.text
        == "Relief often started within hours!"
    )


@pytest.mark.parametrize("command", ["claims", "disclaimers"])
def test_cli_reports_each_bad_file_in_one_line(
    tmp_path: Path, seeds_dir: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {
        "binary.txt": b"abc\x00def",
        "invalid.txt": b"ok text \xc3\x28 more",
        "empty.txt": b"",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    missing = tmp_path / "missing.md"
    args = [
        command,
        *(str(tmp_path / n) for n in bad),
        str(missing),
        str(next(seeds_dir.glob("002_*"))),
    ]
    assert main(args) == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 4
    for name in [*bad, "missing.md"]:
        assert sum(name in line for line in lines) == 1
    assert "Traceback" not in err
    assert "science-behind" in out  # good files still listed


def test_cli_reads_a_twenty_megabyte_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    line = "Ketamine is an anesthetic. It is studied for depression in adults.\n"
    big.write_text(line * (20 * 1024 * 1024 // len(line) + 1), encoding="utf-8")
    assert main(["disclaimers", "--kind", "regulatory", str(big), str(tmp_path / "gone.txt")]) == 1
    out, err = capsys.readouterr()
    errors = [line for line in err.splitlines() if line.startswith("summarizer: error:")]
    assert len(errors) == 1 and "gone.txt" in errors[0] and "Traceback" not in err
    # the long one is named before it is read, a "still reading" line comes every 10 s
    # of a long run and the total at its end (commands/_progress.py), nothing else
    lines = err.splitlines()
    assert lines[1].startswith("summarizer: reading ") and "21.0 MB" in lines[1]
    assert all(ln.startswith("summarizer: still reading ") for ln in lines[2:-1])
    assert lines[-1].startswith("summarizer: read 1 source (21.0 MB) in ")
    assert "no candidate disclaimers of these kinds" in out


def test_cli_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["claims"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["claims", "--evidence", "astrology", "x.txt"])
    assert info.value.code == 2
