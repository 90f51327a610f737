"""The handout file: round-trip fidelity, validation messages, provenance, safe saving."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import HandoutError
from summarizer.handout_file import HandoutChangedError, load_handout, new_handout
from summarizer.model import Claim, Contact, Disclaimer, Span
from summarizer.provenance import verify_handout
from summarizer.sources.load import load_paths


def _span_of(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start, start + len(quote))


@pytest.fixture()
def seeds_copy(tmp_path: Path, seeds_dir: Path) -> Path:
    """The seeds copied, so a test may edit a source without touching ../shared."""
    dst = tmp_path / "articles"
    shutil.copytree(seeds_dir, dst)
    return dst


def _make(tmp_path: Path, seeds: Path):
    loaded, errors = load_paths([seeds])
    assert not errors and len(loaded) == 5
    hdoc = new_handout(tmp_path / "ketamine", loaded, title="Ketamine for depression",
                       locales=["en", "es"])
    by_file = {Path(s.path).name[:3]: s for s in loaded}
    ids = {Path(ref.path).name[:3]: ref.id for ref in hdoc.handout.sources}
    mice = "That extended the antidepressant effects of ketamine in lab mice"
    saline = "the other half receiving saline infusions as a control group"
    lifeline = "Call or text 988"
    fda = "Ketamine is not FDA approved for depression"
    h = hdoc.handout
    h.claims.append(Claim("mice", "evidence", ids["001"], _span_of(by_file["001"].text, mice),
                          mice, "animal", "In a study in mice, a second drug made it last longer."))
    h.claims.append(Claim("yale", "evidence", ids["003"], _span_of(by_file["003"].text, saline),
                          saline, "human-trial", "A study compared ketamine with salt water."))
    h.disclaimers.append(Disclaimer(
        "crisis", "crisis-line", ids["002"], _span_of(by_file["002"].text, lifeline), lifeline,
        "If you are in crisis, call or text 988.",
        contacts=[Contact("988", "988", ("call", "text"), "crisis", "988 Lifeline", (), "US")]))
    h.disclaimers.append(Disclaimer("fda", "regulatory", ids["002"],
                                    _span_of(by_file["002"].text, fda), fda,
                                    "The FDA has not approved ketamine for depression.",
                                    regulator="FDA"))
    hdoc.save()
    return hdoc, ids


def test_new_handout_registers_sources_with_relative_paths(tmp_path: Path, seeds_dir: Path):
    hdoc, _ = _make(tmp_path, seeds_dir)
    again = load_handout(hdoc.path)
    assert len(again.handout.sources) == 5
    for ref in again.handout.sources:
        assert not Path(ref.path).is_absolute()
        resolved = again.resolve_source_path(ref)
        assert resolved is not None and resolved.is_file()
        assert len(ref.sha256) == 64
    assert again.handout.meta.locales == ["en", "es"]
    assert [c.id for c in again.handout.claims] == ["mice", "yale"]
    assert again.handout.disclaimers[0].contacts[0].channels == ("call", "text")


def test_save_load_save_is_byte_identical_with_comments(tmp_path: Path, seeds_dir: Path):
    hdoc, _ = _make(tmp_path, seeds_dir)
    text = hdoc.path.read_text(encoding="utf-8")
    # An editor adds comments and odd spacing by hand; none of it may be lost.
    text = text.replace("\n[[claims]]", "\n# checked with Dr. Lee on 3 May\n[[claims]]", 1)
    text = text.replace('section = "evidence"', 'section    =   "evidence"   # keep here', 1)
    hdoc.path.write_text(text, encoding="utf-8")

    first = load_handout(hdoc.path)
    first.save()
    assert hdoc.path.read_text(encoding="utf-8") == text
    second = load_handout(hdoc.path)
    assert second.dumps() == text
    assert not second.is_dirty()


def test_one_edit_changes_one_line(tmp_path: Path, seeds_dir: Path):
    hdoc, _ = _make(tmp_path, seeds_dir)
    before = hdoc.path.read_text(encoding="utf-8").replace(
        "\n[[claims]]", "\n# reviewed\n[[claims]]", 1)
    hdoc.path.write_text(before, encoding="utf-8")
    doc = load_handout(hdoc.path)
    doc.handout.claims[1].text = "A study compared ketamine with a salt-water drip."
    assert doc.is_dirty()
    doc.save()
    after = hdoc.path.read_text(encoding="utf-8")
    changed = [ln for ln in difflib.ndiff(before.splitlines(), after.splitlines())
               if ln.startswith(("+ ", "- "))]
    assert changed == [
        '- text = "A study compared ketamine with salt water."',
        '+ text = "A study compared ketamine with a salt-water drip."',
    ]
    assert "# reviewed" in after


def test_removing_and_reordering_claims_keeps_comments_of_the_rest(tmp_path, seeds_dir):
    hdoc, _ = _make(tmp_path, seeds_dir)
    text = hdoc.path.read_text(encoding="utf-8")
    text = text.replace('id = "yale"', 'id = "yale" # the Yale trial', 1)
    hdoc.path.write_text(text, encoding="utf-8")
    doc = load_handout(hdoc.path)
    doc.handout.claims.reverse()
    doc.save()
    assert [c.id for c in load_handout(hdoc.path).handout.claims] == ["yale", "mice"]
    doc.handout.claims.pop()
    doc.save()
    saved = hdoc.path.read_text(encoding="utf-8")
    assert 'id = "yale" # the Yale trial' in saved and '"mice"' not in saved


def test_verification_names_claims_whose_quote_is_gone(tmp_path: Path, seeds_copy: Path):
    hdoc, _ = _make(tmp_path, seeds_copy)
    results = {r.item: r.status for r in verify_handout(hdoc)}
    assert results == {"mice": "ok", "yale": "ok", "crisis": "ok", "fda": "ok"}

    (seed001,) = seeds_copy.glob("001_*")
    text = seed001.read_text(encoding="utf-8")
    seed001.write_text(text.replace("in lab mice", "in lab rats"), encoding="utf-8")
    (seed003,) = seeds_copy.glob("003_*")
    seed003.write_text("Breaking update.\n\n" + seed003.read_text(encoding="utf-8"),
                       encoding="utf-8")

    by_item = {r.item: r for r in verify_handout(hdoc)}
    assert by_item["mice"].status == "gone" and by_item["mice"].is_error
    assert by_item["yale"].status == "moved" and not by_item["yale"].is_error
    assert by_item["crisis"].status == "ok"
    changed_sources = {r.item for r in by_item.values() if r.status == "source-changed"}
    assert changed_sources == {hdoc.handout.claims[0].source, hdoc.handout.claims[1].source}


def test_verify_cli_reports_gone_quote_and_fix_updates_moved(tmp_path, seeds_copy, capsys):
    hdoc, _ = _make(tmp_path, seeds_copy)
    (seed003,) = seeds_copy.glob("003_*")
    seed003.write_text("Update.\n" + seed003.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["verify", str(hdoc.path), "--fix"]) == 0
    out = capsys.readouterr().out
    assert "moved" in out and "yale" in out
    fixed = load_handout(hdoc.path)
    yale = fixed.handout.claims[1]
    assert seed003.read_text(encoding="utf-8")[yale.span.start:yale.span.end] == yale.quote
    assert main(["verify", str(hdoc.path)]) == 0

    (seed001,) = seeds_copy.glob("001_*")
    seed001.write_text("nothing left", encoding="utf-8")
    assert main(["verify", str(hdoc.path)]) == 1
    out = capsys.readouterr().out
    assert "gone" in out and "mice" in out


def test_save_refuses_to_overwrite_a_file_changed_on_disk(tmp_path: Path, seeds_dir: Path):
    hdoc, _ = _make(tmp_path, seeds_dir)
    mine = load_handout(hdoc.path)
    theirs = load_handout(hdoc.path)
    theirs.handout.meta.title = "Their title"
    theirs.save()
    mine.handout.meta.title = "My title"
    assert mine.changed_on_disk()
    with pytest.raises(HandoutChangedError):
        mine.save()
    assert load_handout(hdoc.path).handout.meta.title == "Their title"
    copy = mine.save(tmp_path / "elsewhere" / "handout.toml")
    assert load_handout(copy).handout.meta.title == "My title"
    # save-as keeps the sources reachable from the new folder
    assert all(load_handout(copy).resolve_source_path(r).is_file()
               for r in load_handout(copy).handout.sources)
    mine.path = hdoc.path
    mine.save(force=True)
    assert load_handout(hdoc.path).handout.meta.title == "My title"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[handout]\nid = "x"\ntitle = "t\n', "handout.toml:3:"),
        ('[handout\nid = "x"\n', "handout.toml:1:"),
        ('[handout]\ntitle = "t"\n', "missing required key 'id'"),
        ('[handout]\nid="x"\ntitle="t"\n[[claims]]\nid="c"\nsource="nope"\nspan=[0,1]\n'
         'quote="q"\nevidence="human-trial"\n', "source 'nope' is not one of the [[sources]]"),
        ('[handout]\nid="x"\ntitle="t"\n[[sources]]\nid="s"\n[[claims]]\nid="c"\nsource="s"\n'
         'span=[0,1]\nquote="q"\nevidence="rumour"\n', "'evidence' is 'rumour'; expected one of"),
        ('[handout]\nid="x"\ntitle="t"\nregion="USA"\n', "two-letter country code"),
    ],
)
def test_bad_handout_gives_one_clear_line(tmp_path, capsys, content, expected):
    path = tmp_path / "handout.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HandoutError):
        load_handout(path)
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert expected in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_every_wrong_value_is_named_in_file_order(tmp_path: Path) -> None:
    """Each table is read alone and each wrong value named, top to bottom as the file has
    them: a section written as one [table] where [[tables]] belong came before the
    [[sources]] above it, and a disclaimer's wrong kind before its missing keys (named
    at its header, above)."""
    path = tmp_path / "handout.toml"
    path.write_text(
        '[handout]\nid = "x"\ntitle = "t"\nregion = "US"\nlocales = ["en"]\n'
        'max_grade = "ten"\n\n'
        '[[sources]]\nid = 7\npath = "a.txt"\n\n'
        '[[sources]]\nid = "b"\npath = 3\n\n'
        '[claims]\nid = "c"\n\n'
        '[[disclaimers]]\nid = "d"\nkind = 5\n', encoding="utf-8")
    with pytest.raises(HandoutError) as err:
        load_handout(path)
    lines = err.value.lines()
    rows = [int(line.split("handout.toml:")[1].split(":")[0]) for line in lines]
    assert rows == [6, 9, 14, 16, 19, 19, 19, 21], lines
    assert "'claims' must be written as [[claims]] tables" in lines[3]
    assert "'kind'" in lines[-1]
    assert lines[0] in str(err.value)  # the first one is the error the editor mends


def test_new_cli_creates_then_refuses_to_clobber(tmp_path: Path, seeds_dir: Path, capsys):
    target = tmp_path / "h"
    assert main(["new", str(target), "--sources", str(seeds_dir), "--locale", "en",
                 "--locale", "es", "--region", "us"]) == 0
    hdoc = load_handout(target)
    assert hdoc.handout.meta.region == "US" and len(hdoc.handout.sources) == 5
    assert not hdoc.handout.claims
    capsys.readouterr()
    assert main(["new", str(target), "--sources", str(seeds_dir)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_new_cli_with_a_bad_file_keeps_the_good_ones(tmp_path: Path, seeds_dir: Path, capsys):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    assert main(["new", str(tmp_path / "h"), "--sources", str(seeds_dir), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "broken.txt" in err and "Traceback" not in err
    assert len(load_handout(tmp_path / "h").handout.sources) == 5


def test_bundled_example_quotes_all_stand_in_the_seeds(repo_dir: Path, capsys):
    example = repo_dir / "examples" / "ketamine-depression" / "handout.toml"
    hdoc = load_handout(example)
    results = verify_handout(hdoc)
    assert results and all(r.status == "ok" for r in results), [r for r in results
                                                                  if r.status != "ok"]
    assert {r.item for r in results} == {c.id for c in hdoc.handout.claims} | {
        d.id for d in hdoc.handout.disclaimers}
    assert main(["verify", str(example)]) == 0
