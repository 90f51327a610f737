"""The sources' analyses kept between editor sessions: the same result as analysing,
never a stale one (issue 10: sources usable <= 1.5x a bare Textual app)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.model import LoadedSource
from summarizer.sources import analysis_cache
from summarizer.sources.analyze import analyze_sources
from summarizer.sources.load import load_paths


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "analysis"


@pytest.fixture
def sources(seed_paths: list[Path]) -> dict[str, LoadedSource]:
    loaded, errors = load_paths(seed_paths)
    assert not errors
    return {f"s{i}": src for i, src in enumerate(loaded)}


def fields(analyses: dict) -> dict:  # type: ignore[type-arg]
    return {sid: (a.source_id, a.source, a.sentences, a.claims, a.disclaimers, a.blocks,
                  a.block_of, a.masked_claims) for sid, a in analyses.items()}


def test_a_cached_analysis_is_the_analysis(cache: Path, sources) -> None:  # type: ignore[no-untyped-def]
    fresh = analyze_sources(sources, region="US")
    first = analysis_cache.analyze_sources_cached(sources, region="US")
    assert len(list(cache.glob("*.msgpack"))) == 1
    again = analysis_cache.read(sources, "US")
    assert again is not None
    assert fields(again) == fields(first) == fields(fresh)
    assert sum(len(a.sentences) for a in again.values()) > 100  # real articles
    assert any(a.claims for a in again.values()) and any(a.disclaimers for a in again.values())
    # frozen dataclasses come back as themselves, tuples as tuples
    claim = next(c for a in again.values() for c in a.claims)
    assert type(claim.flags) is tuple and type(claim.span).__name__ == "Span"


def test_a_changed_article_region_or_order_is_a_miss(cache: Path, sources) -> None:  # type: ignore[no-untyped-def]
    analysis_cache.analyze_sources_cached(sources, region="US")
    first = next(iter(sources))
    changed = dict(sources)
    src = changed[first]
    changed[first] = LoadedSource(path=src.path, format=src.format,
                                  text=src.text.replace("ketamine", "esketamine", 1),
                                  sha256=src.sha256)
    assert analysis_cache.read(changed, "US") is None
    assert analysis_cache.read(sources, "GB") is None
    assert analysis_cache.read(dict(reversed(sources.items())), "US") is None
    assert analysis_cache.read(sources, "US") is not None


def test_changed_analysing_code_is_a_miss(cache: Path, sources, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    analysis_cache.analyze_sources_cached(sources, region="US")
    monkeypatch.setattr(analysis_cache, "code_fingerprint", lambda: "another rulebook")
    assert analysis_cache.read(sources, "US") is None


def test_the_fingerprint_covers_the_analysis_and_the_rulebook(sources) -> None:  # type: ignore[no-untyped-def]
    """Every module the analysis imports, and the word lists, are hashed."""
    import sys

    analyze_sources(sources, region="US")  # imports everything the analysis uses
    package = Path(analysis_cache.__file__).resolve().parents[1]
    used = [Path(m.__file__).resolve() for name, m in list(sys.modules.items())
            if name.startswith(("summarizer.sources", "summarizer.rulebook",
                                "summarizer.evidence", "summarizer.model"))
            and getattr(m, "__file__", None)]
    assert len(used) > 8
    covered = analysis_cache.hashed_files()
    assert set(used) <= set(covered)
    assert package / "rulebook" / "words" / "en.toml" in covered
    assert not any("tui" in p.relative_to(package).parts for p in covered)


def test_a_damaged_entry_is_recomputed(cache: Path, sources) -> None:  # type: ignore[no-untyped-def]
    analysis_cache.analyze_sources_cached(sources, region="US")
    (entry,) = cache.glob("*.msgpack")
    entry.write_bytes(entry.read_bytes()[:200])
    assert analysis_cache.read(sources, "US") is None
    redone = analysis_cache.analyze_sources_cached(sources, region="US")
    assert fields(redone) == fields(analyze_sources(sources, region="US"))
    assert analysis_cache.read(sources, "US") is not None


def test_an_unwritable_cache_still_analyses(tmp_path: Path, sources, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(blocker))
    got = analysis_cache.analyze_sources_cached(sources, region="US")
    assert fields(got) == fields(analyze_sources(sources, region="US"))


CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


@pytest.mark.parametrize("name", ["en-melatonin-shop.html", "en-adhd-telehealth.txt"])
def test_a_cached_source_is_the_loaded_source(cache: Path, name: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.sources import load

    original = CORPUS / name
    first = analysis_cache.load_source_cached(original)
    assert first == load.load_source(original)
    # a copy elsewhere: the same bytes, read from the cache without parsing them again
    copy = tmp_path / name
    copy.write_bytes(original.read_bytes())
    expected = load_source_of(original, path=str(copy))

    def parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(load, "load_bytes", parse)
    again = analysis_cache.load_source_cached(copy)
    assert again.path == str(copy) and again == expected
    # changed bytes are parsed (and here, refused by the stand-in parser)
    copy.write_bytes(original.read_bytes() + b"\n")
    with pytest.raises(AssertionError, match="parsed again"):
        analysis_cache.load_source_cached(copy)


def load_source_of(file: Path, **changes: str) -> LoadedSource:
    import dataclasses

    from summarizer.sources.load import load_bytes, read_source

    return dataclasses.replace(load_bytes(*read_source(file)), **changes)


def test_the_fingerprint_names_the_readers_versions() -> None:
    """A new trafilatura or PDFium extracts other text: it must be a different key."""
    versions = analysis_cache.reader_versions()
    assert any(v.startswith("trafilatura-") for v in versions)
    assert any(v.startswith("pypdfium2-") for v in versions)


def test_the_kept_fingerprint_is_the_fingerprint(cache: Path) -> None:
    """code_fingerprint, computed (and kept, the package's files being settled) and
    then read back from the cache folder, equals hashing the files' contents."""
    files, readers = analysis_cache.hashed_files(), analysis_cache.reader_versions()
    by_content = analysis_cache.content_fingerprint(files, readers)
    first = analysis_cache.code_fingerprint.__wrapped__()  # type: ignore[attr-defined]
    kept = list((cache.parent / "fingerprints").glob("*.txt"))
    _, settled = analysis_cache.stat_stamp(files, readers)
    assert len(kept) == (1 if settled else 0)
    assert analysis_cache.code_fingerprint.__wrapped__() == first == by_content  # type: ignore[attr-defined]


def test_a_replaced_file_changes_the_stamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file replaced by one of the same size with its old mtime put back (what an
    install or an editor's save-by-rename does) changes the stamp; so does a reader's
    version; a file changed just now is not settled."""
    import os

    monkeypatch.setattr(analysis_cache, "SETTLE_SECONDS", 3600.0)
    files = [tmp_path / "a.py", tmp_path / "b.toml"]
    for f in files:
        f.write_text("x = 1\n")
    before, settled = analysis_cache.stat_stamp(files, ["lib-1.0.dist-info"])
    assert not settled  # written less than an hour ago
    old = os.stat(files[0])
    (tmp_path / "new").write_text("x = 2\n")
    os.utime(tmp_path / "new", ns=(old.st_atime_ns, old.st_mtime_ns))
    os.replace(tmp_path / "new", files[0])
    assert os.stat(files[0]).st_mtime_ns == old.st_mtime_ns
    after, _ = analysis_cache.stat_stamp(files, ["lib-1.0.dist-info"])
    assert after != before
    assert analysis_cache.stat_stamp(files, ["lib-1.1.dist-info"])[0] != after
    monkeypatch.setattr(analysis_cache, "SETTLE_SECONDS", -1.0)
    assert analysis_cache.stat_stamp(files, [])[1]


def test_a_clinics_own_word_lists_are_part_of_the_fingerprint(tmp_path, monkeypatch) -> None:
    """Word lists in the user's data folder are read before the package's: editing them
    must name a different analysis, or the editor shows candidates from the old lists
    (reviewer, session 4)."""
    from summarizer.rulebook import WORDS_DIR
    from summarizer.sources import analysis_cache

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    before = analysis_cache.hashed_files()
    words = tmp_path / "data" / "summarizer" / "rulebook" / "words"
    words.mkdir(parents=True)
    mine = words / "en.toml"
    mine.write_text((WORDS_DIR / "en.toml").read_text(encoding="utf-8"), encoding="utf-8")
    after = analysis_cache.hashed_files()
    assert mine in after and mine not in before
    first = analysis_cache.content_fingerprint(after, [])
    mine.write_text(mine.read_text(encoding="utf-8") + "\n# a clinic's edit\n", encoding="utf-8")
    assert analysis_cache.content_fingerprint(after, []) != first


def test_stale_fingerprint_memos_are_pruned_like_analyses(cache: Path) -> None:
    """Each install or edit of the package leaves a fingerprint memo behind; they were
    never pruned (only *.msgpack was), so the folder grew by one file per change."""
    import os
    import time

    memos = cache.parent / "fingerprints"
    memos.mkdir(parents=True)
    old, recent = memos / "old-stamp.txt", memos / "recent-stamp.txt"
    for memo in (old, recent):
        memo.write_text("0" * 64, encoding="ascii")
    long_ago = time.time() - (analysis_cache.STALE_DAYS + 1) * 86400
    os.utime(old, (long_ago, long_ago))
    analysis_cache._store(memos / "new-stamp.txt", b"1" * 64)
    assert sorted(p.name for p in memos.iterdir()) == ["new-stamp.txt", "recent-stamp.txt"]


def test_the_hashed_files_are_what_a_recursive_glob_finds(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """hashed_files walks with os.scandir (pruning __pycache__ and the UI folders) where
    it used Path.rglob: the same files, on the real package and on a tree with every
    case (caches, the UI folders, rulebook data, non-Python files, symbolic links)."""

    def by_rglob(package: Path) -> list[Path]:  # the walk as it was written before
        out = []
        for path in package.rglob("*"):
            parts = path.relative_to(package).parts
            if "__pycache__" in parts or parts[0] in ("tui", "commands") or not path.is_file():
                continue
            if path.suffix == ".py" or parts[0] == "rulebook":
                out.append(path)
        return sorted(out)

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "no-data"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "no-site"))
    assert analysis_cache.hashed_files() == by_rglob(analysis_cache._PACKAGE)
    pkg = tmp_path / "pkg"
    for name in ("a.py", "notes.txt", ".py", "sub/b.py", "sub/__pycache__/b.cpython-311.pyc",
                 "__pycache__/a.pyc", "tui/app.py", "commands/edit.py", "rulebook/words/en.toml",
                 "rulebook/x.py", "sub/deep/c.py", "sub/deep/d.pyi"):
        (pkg / name).parent.mkdir(parents=True, exist_ok=True)
        (pkg / name).write_text("x", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "e.py").write_text("x", encoding="utf-8")
    (pkg / "linked").symlink_to(tmp_path / "outside", target_is_directory=True)
    (pkg / "f.py").symlink_to(tmp_path / "outside" / "e.py")
    (pkg / "broken.py").symlink_to(tmp_path / "missing.py")
    monkeypatch.setattr(analysis_cache, "_PACKAGE", pkg)
    found = analysis_cache.hashed_files()
    assert found == by_rglob(pkg)
    assert pkg / "f.py" in found and pkg / "rulebook" / "words" / "en.toml" in found
