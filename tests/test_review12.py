"""Session 12 review: defects found in the session's change, each with the behaviour a user
would have met."""

from __future__ import annotations

import re
from array import array
from pathlib import Path

import pytest

from summarizer import regex_store


@pytest.fixture
def fresh_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The store as a new process finds it, its file in an empty cache folder."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    for name, empty in (("_known", None), ("_new", {}), ("_used", set())):
        monkeypatch.setattr(regex_store, name, empty)
    return tmp_path


def test_a_kept_program_damaged_into_another_valid_one_is_not_trusted(
        fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache file whose bytes changed (a bad sector, a partial sync, a hand edit) can
    still hold programs the engine accepts: one literal changed turns 'call 988' into
    'call 911'. The store must not hand back a Pattern that matches another text than its
    own pattern says; it compiles afresh instead."""
    pattern = r"\bcall 988 now\b"
    regex_store.compile(pattern)
    regex_store.save()
    (path,) = (fresh_store / "regex").iterdir()
    data = path.read_bytes()
    code = regex_store._program(pattern, 0)[1]  # the engine's words, as the file keeps them
    eight, one = (array(regex_store._WORD, [ord(c)]).tobytes() for c in "81")
    words = [code[i:i + len(eight)] for i in range(0, len(code), len(eight))]
    damaged = b"".join(one if w == eight else w for w in words)  # '988' -> '911'
    at = data.index(code)
    path.write_bytes(data[:at] + damaged + data[at + len(code):])

    for name, empty in (("_known", None), ("_new", {}), ("_used", set())):
        monkeypatch.setattr(regex_store, name, empty)
    kept = regex_store.compile(pattern)
    text = "If you are struggling, call 988 now or call 911 now."
    assert [m.span() for m in kept.finditer(text)] == [
        m.span() for m in re.compile(pattern).finditer(text)]
