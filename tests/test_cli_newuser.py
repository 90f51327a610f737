"""What a first-time user hits: odd files, hand-edited handouts, paths with spaces.

Each test is a regression for a bug found by using the CLI as a clinic's
communications person would; every bad input must give one clear line, never a
traceback or an "internal error".
"""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import HandoutError, SourceError
from summarizer.handout_file import load_handout
from summarizer.sources.load import load_source

ARTICLE = (
    "Ketamine and depression\n\n"
    "A randomized trial in 40 adults compared ketamine with saline infusions.\n"
)


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in err and "internal error" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
        ("letter.md", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "Word"),
        ("notes.txt", "In mice, ketamine increased BDNF.\n".encode("utf-16-le"), "UTF-16"),
    ],
)
def test_renamed_binary_files_are_named_for_what_they_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError, match=expected):
        load_source(path)
    assert main(["claims", str(path)]) == 1
    out, err = capsys.readouterr()
    assert expected in _one_line_error(err)
    assert out == ""  # no "no candidate claims" after the only file failed


def test_symlink_loop_is_not_reported_as_missing(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(SourceError, match="symbolic link"):
        load_source(a)


def test_stdin_dash_says_it_is_not_supported(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["disclaimers", "-"]) == 1
    assert "standard input" in _one_line_error(capsys.readouterr().err)


def test_markdown_byline_and_share_links_are_boilerplate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    md = tmp_path / "post.md"
    md.write_text(
        "# Ketamine and depression\n\n"
        "By [Dr. Smith](https://example.org/people/smith) · [Subscribe](https://example.org/s)\n\n"
        "A [randomized controlled trial](https://example.org/t) found that ketamine lowered "
        "depression scores compared with saline in 80 adults.\n\n"
        "[Read more](https://example.org/more) | [Share](https://example.org/share)\n",
        encoding="utf-8",
    )
    assert main(["claims", str(md), "--json"]) == 0
    quotes = [r["quote"] for r in json.loads(capsys.readouterr().out)]
    assert any("randomized controlled trial" in q for q in quotes)
    assert not any("Subscribe" in q or "Read more" in q for q in quotes)


def test_new_refuses_a_bad_region_instead_of_writing_an_unloadable_handout(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(tmp_path / "h"), "--sources", str(seeds_dir),
                 "--region", "usa"]) == 2
    assert "two-letter" in capsys.readouterr().err
    assert not (tmp_path / "h" / "handout.toml").exists()


def test_new_under_a_file_is_one_line_not_an_internal_error(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "article.txt"
    blocker.write_text(ARTICLE, encoding="utf-8")
    assert main(["new", str(blocker / "h"), "--sources", str(blocker)]) == 1
    assert "cannot create the folder" in _one_line_error(capsys.readouterr().err)


def test_new_next_step_can_be_pasted_with_spaces_in_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "my articles" / "first one.txt"
    src.parent.mkdir()
    src.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "clinic handouts" / "ketamine"
    assert main(["new", str(target), "--sources", str(src.parent)]) == 0
    nxt = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("next:"))
    argv = shlex.split(nxt.removeprefix("next:"))
    assert argv == ["summarizer", "edit", str(target / "handout.toml")]


def _handout_with_claim(tmp_path: Path, seeds_dir: Path) -> tuple[Path, str]:
    target = tmp_path / "h"
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    assert main(["new", str(target), "--sources", str(seed)]) == 0
    hdoc = load_handout(target)
    sid = hdoc.handout.sources[0].id
    text = seed.read_text(encoding="utf-8")
    quote = "ketamine"
    start = text.index(quote)
    claim = (
        f'\n[[claims]]\nid = "c1"\nsection = "evidence"\nsource = "{sid}"\n'
        f"span = [{start}, {start + len(quote)}]\nquote = \"{quote}\"\n"
        'evidence = "animal"\ntext = "In mice."\n'
    )
    path = target / "handout.toml"
    path.write_text(path.read_text(encoding="utf-8") + claim, encoding="utf-8")
    assert main(["verify", str(path)]) == 0
    return path, path.read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return next(n for n, ln in enumerate(text.splitlines(), 1) if ln.startswith(needle))


@pytest.mark.parametrize(
    ("old", "new", "message", "line_starts"),
    [
        # a typo in a value: the line and column of that value
        ('evidence = "animal"', 'evidence = "animl"', "'evidence' is 'animl'", "evidence ="),
        # a key written twice: tomlkit raises KeyAlreadyPresent (was an internal error)
        ('text = "In mice."', 'text = "In mice."\ntext = "2"', "already exists", 'text = "2'),
        # a misspelt table: the claim used to vanish silently and verify said all was well
        ("\n[[claims]]\n", "\n[[claim]]\n", "did you mean [[claims]]", "[[claim]]"),
    ],
)
def test_hand_edited_typo_is_reported_with_line_and_column(
    tmp_path: Path,
    seeds_dir: Path,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    message: str,
    line_starts: str,
) -> None:
    path, text = _handout_with_claim(tmp_path, seeds_dir)
    edited = text.replace(old, new, 1)
    path.write_text(edited, encoding="utf-8")
    capsys.readouterr()
    with pytest.raises(HandoutError):
        load_handout(path)
    assert main(["verify", str(path)]) == 1
    err = _one_line_error(capsys.readouterr().err)
    assert message in err
    assert f"{path}:{_line_of(edited, line_starts)}:" in err


def test_copied_example_names_where_its_sources_point(
        tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The example copied elsewhere: its relative source paths now point at a folder that
    is not the library the user named. The line says where they point (worked out from
    the handout's own text, no link followed) and which library folders are in effect,
    so the user sees the paths, not the library, are wrong."""
    example = Path(__file__).resolve().parents[1] / "examples" / "ketamine-depression"
    copy = tmp_path / "mine" / "handout.toml"
    copy.parent.mkdir()
    copy.write_bytes((example / "handout.toml").read_bytes())
    assert main(["verify", str(copy), "--library", str(seeds_dir)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    line = err.splitlines()[0]  # one line per source; the first source's
    first = load_handout(example / "handout.toml").handout.sources[0].path
    points_to = os.path.normpath(copy.parent / first)
    assert points_to in line and str(seeds_dir) in line
    assert "library folder" in line


def test_batch_export_log_names_each_handout(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Clinic staff export several handouts in a shell loop into one folder; the log's
    progress and warning lines ("en: warning READ-GRADE-HIGH ...") must say which
    handout they belong to."""
    from test_export import copy_example

    ids = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        path = copy_example(folder)
        text = path.read_text(encoding="utf-8")
        hid = load_handout(path).handout.meta.id
        path.write_text(text.replace(f'id = "{hid}"', f'id = "{hid}-{name}"', 1),
                        encoding="utf-8")
        ids.append((f"{hid}-{name}", path))
    for hid, path in ids:
        assert main(["export", str(path), "-o", str(tmp_path / "pdfs"), "--locale", "en",
                     "--jobs", "1"]) == 0
        err = capsys.readouterr().err
        first = err.splitlines()[0]
        assert first.startswith("export: ") and hid in first and str(path) in first


def test_a_new_language_names_a_model_word_file_that_exists(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`translations init --locale it` said to follow 'summarizer/rulebook/words/en.toml',
    a path that exists only inside a source checkout, relative to its root."""
    from test_export import copy_example

    path = copy_example(tmp_path)
    capsys.readouterr()
    assert main(["translations", "init", str(path), "--locale", "it"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "word lists" in x)
    model = line.rsplit("following ", 1)[1].strip()
    assert Path(model).is_absolute() and Path(model).is_file(), line


def test_review_to_a_fifo_or_device_is_refused_not_replaced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`review -o /dev/stdout` (or any device or FIFO) renamed a regular file over it: as
    root that replaced /dev/stdout itself. Such a target is refused in one line."""
    from test_export import copy_example

    path = copy_example(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "stdout-like"
    link.symlink_to(fifo)
    for target in (fifo, link):
        capsys.readouterr()
        assert main(["review", str(path), "-o", str(target)]) == 1
        line = _one_line_error(capsys.readouterr().err)
        assert "not a regular file" in line
        assert stat.S_ISFIFO(os.stat(fifo).st_mode) and link.is_symlink()


def test_new_says_when_the_source_language_is_not_the_articles(
        tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`new --help` showed `--locale es` for the English seeds: Spanish became the source
    language, and quotes (English) were then read with Spanish word lists. The example
    now writes the handout in the articles' language first; a mismatch is said."""
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    assert "--locale en --locale es" in capsys.readouterr().out
    assert main(["new", str(tmp_path / "es"), "--sources", str(seeds_dir),
                 "--locale", "es"]) == 0
    err = capsys.readouterr().err
    assert "written in en" in err and "--locale en --locale es" in err
    assert main(["new", str(tmp_path / "en-es"), "--sources", str(seeds_dir),
                 "--locale", "en", "--locale", "es"]) == 0
    assert capsys.readouterr().err == ""


def test_check_help_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    """The README says each rule's code, severity and one-line doc are 'listed by
    `summarizer check --help`'; the help named only code prefixes (SAFETY-*, READ-*)."""
    from summarizer.gate import rules

    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for r in rules():
        assert re.search(rf"^\s+{re.escape(r.code)}\s+{r.severity}\s+\S", out, re.M), r.code


def test_adding_the_same_source_twice_keeps_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Running `add-source HANDOUT note.md` a second time (a retried command) added
    'note-2', a second copy of the same article whose sentences then showed twice."""
    article = tmp_path / "note.md"
    article.write_text(ARTICLE, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(ARTICLE.replace("40 adults", "60 adults"), encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(article)]) == 0
    capsys.readouterr()
    assert main(["add-source", str(tmp_path / "h"), str(article), str(other)]) == 0
    out = capsys.readouterr().out
    sources = load_handout(tmp_path / "h" / "handout.toml").handout.sources
    assert len(sources) == 2 and "already in the handout" in out and sources[0].id in out
    assert sorted(p.name for p in (tmp_path / "h" / "sources").iterdir()) == sorted(
        Path(s.path).name for s in sources)


@pytest.mark.parametrize("command", ["check", "verify", "export", "review"])
def test_a_library_folder_that_does_not_exist_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """Tester, session 5: `--library` with a typo was taken silently; `check` then named
    the sources as outside any library, never the misspelt folder."""
    typo = tmp_path / "seeeds"
    handout = tmp_path / "h.toml"  # never read: the option is refused first
    assert main([command, str(handout), "--library", str(typo)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(typo) in err and "no such folder" in err
