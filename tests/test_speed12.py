"""Session 12 speed work: compiled patterns kept between runs (summarizer.regex_store), and
the word-list alternations built in one order whatever the interpreter's hash seed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import regex_store

REPO = Path(__file__).resolve().parents[1]
# Patterns of the kinds the rulebook builds: a long alternation with IGNORECASE, named and
# numbered groups, look-arounds, classes, an inline flag, a non-ASCII letter.
SAMPLES = [
    (r"\b(?:most\s+(?:exciting|amazing)|miracle|breakthrough|cur(?:e|es|ed))\b", re.I),
    (r"(?P<num>\d{3})[-.\s]?(\d{4})(?![\w])", 0),
    (r"(?i)^(?:ésk?etamin[ae])$", 0),
    (r"[^\W\d_]{2,}(?:mab|pril|sartan)\b", re.IGNORECASE | re.UNICODE),
]


@pytest.fixture
def fresh_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The store as a new process finds it, its file in an empty cache folder."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_store, "_known", None)
    monkeypatch.setattr(regex_store, "_new", {})
    monkeypatch.setattr(regex_store, "_used", set())
    return tmp_path


def _as_a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_store, "_known", None)
    monkeypatch.setattr(regex_store, "_new", {})
    monkeypatch.setattr(regex_store, "_used", set())


def test_store_gives_what_re_compile_gives_then_reads_it_back_without_parsing(
        fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The MOST  exciting cure: call 555-1234 about éSketamina or Telmisartan now."
    first = [regex_store.compile(p, f) for p, f in SAMPLES]
    assert first == [re.compile(p, f) for p, f in SAMPLES]
    regex_store.save()
    assert list((fresh_store / "regex").iterdir())

    _as_a_new_process(monkeypatch)

    def no_parsing(*args: object) -> None:
        raise AssertionError("a kept program was parsed again")

    monkeypatch.setattr(regex_store._parser, "parse", no_parsing)
    again = [regex_store.compile(p, f) for p, f in SAMPLES]
    assert again == [re.compile(p, f) for p, f in SAMPLES]
    for kept, (p, f) in zip(again, SAMPLES, strict=True):
        plain = re.compile(p, f)
        assert kept.flags == plain.flags and kept.groupindex == plain.groupindex
        assert [m.span() for m in kept.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for word in ("éSketamina", "Esketamine", "ketamine"):
            assert bool(kept.fullmatch(word)) == bool(plain.fullmatch(word))


def test_an_invalid_pattern_raises_as_re_does(fresh_store: Path) -> None:
    with pytest.raises(re.error):
        regex_store.compile(r"\b(?:unclosed")


def test_a_damaged_or_foreign_file_only_costs_the_compile(
        fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = SAMPLES[0]
    regex_store.compile(pattern, flags)
    regex_store.save()
    (path,) = (fresh_store / "regex").iterdir()
    for damaged in (b"not marshal data", path.read_bytes()[: 40]):
        path.write_bytes(damaged)
        _as_a_new_process(monkeypatch)
        assert regex_store.compile(pattern, flags) == re.compile(pattern, flags)
    # a program that is not the engine's: compiled afresh, never used
    _as_a_new_process(monkeypatch)
    regex_store._load()
    regex_store._known[(pattern, flags)] = (flags, b"\xff" * 12, 0, {}, (None,))  # type: ignore[index]
    assert regex_store.compile(pattern, flags) == re.compile(pattern, flags)


def test_a_forked_childs_programs_are_kept(tmp_path: Path) -> None:
    """The export's gate runs in a forked child that leaves through os._exit: it saves
    what it compiled itself. Run in a fresh interpreter: Forked refuses to fork once a
    thread runs, and earlier tests of the suite leave threads behind."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Forked works on Linux only")
    code = (
        "import re, sys\n"
        "from summarizer import regex_store\n"
        "from summarizer.forked import Forked\n"
        "pattern = r'\\b(?:only\\s+in\\s+the\\s+child)\\b'\n"
        "def work():\n"
        "    regex_store.compile(pattern, re.IGNORECASE)\n"
        "    return b'done'\n"
        "forked = Forked.fork(work)\n"
        "assert forked is not None, 'no fork'\n"
        "assert Forked(*forked).read() == b'done'\n"
        "regex_store._known = None\n"
        "assert (pattern, int(re.IGNORECASE)) in (regex_store._load() or {}), 'not kept'\n"
        "print('kept')\n"
    )
    env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=REPO)
    assert done.returncode == 0 and done.stdout.strip() == "kept", done.stderr


def _built_patterns(seed: str) -> str:
    code = (
        "from summarizer.sources import claims, concepts, regulators\n"
        "w = claims.words_for('en')\n"
        "print(w.hype.pattern, w.negation.pattern, w.rated_research.pattern)\n"
        "print(concepts._joined(('en', 'es'), 'experts').pattern)\n"
        "print(regulators._optional('refusals').pattern)\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True, cwd=REPO)
    return done.stdout


def test_word_list_alternations_do_not_depend_on_the_hash_seed() -> None:
    """The entries joined across languages were a set: their order (which alternative is
    tried first, and the kept program's key) changed from one run to the next."""
    assert _built_patterns("1") == _built_patterns("2") == _built_patterns("3")


def _in_order(value: object) -> object:
    """`value` with every table as its list of (key, value) pairs: == then compares order."""
    if isinstance(value, dict):
        return [(k, _in_order(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_in_order(v) for v in value]
    return value


def test_word_files_parsed_once_per_content_same_data_same_order(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import tomllib

    from summarizer import rulebook

    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    files = [rulebook.WORDS_DIR / "en.toml", rulebook.WORDS_DIR / "es.toml",
             rulebook.REGIONS_FILE]
    parsed = [tomllib.loads(f.read_text(encoding="utf-8")) for f in files]
    assert [_in_order(rulebook._read_toml(f)) for f in files] == [_in_order(p) for p in parsed]

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    with monkeypatch.context() as m:
        m.setattr(tomllib, "loads", no_parsing)
        kept = [rulebook._read_toml(f) for f in files]
    assert [_in_order(k) for k in kept] == [_in_order(p) for p in parsed]

    # a clinic's file edited (same size, same second): read anew
    clinic = tmp_path / "it.toml"
    clinic.write_text("crisis = ['aiuto']\n[units]\nmg = 'mg'\n", encoding="utf-8")
    assert rulebook._read_toml(clinic) == {"crisis": ["aiuto"], "units": {"mg": "mg"}}
    clinic.write_text("crisis = ['ajuto']\n[units]\nmg = 'mg'\n", encoding="utf-8")
    assert rulebook._read_toml(clinic) == {"crisis": ["ajuto"], "units": {"mg": "mg"}}
    clinic.write_text("crisis = ['ajuto'\n", encoding="utf-8")
    from summarizer.errors import UserError

    with pytest.raises(UserError, match="invalid word lists"):
        rulebook._read_toml(clinic)
