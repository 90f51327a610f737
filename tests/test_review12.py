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


def test_an_emergency_number_beside_a_named_crisis_line_is_not_given_its_name(
        tmp_path: Path) -> None:
    """Convention (d): 999 after Samaritans' line is an emergency contact in the notice.
    The handout prints a contact's name beside its number: '999 · Samaritans' would send
    a reader who wants Samaritans to the ambulance service, and hide that 999 is it."""
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    path = tmp_path / "article.txt"
    path.write_text("Feeling low\n\nIf you are struggling, call Samaritans on 116 123, or "
                    "dial 999 if you are in danger right now.\n", encoding="utf-8")
    found = analyze_source("a", load_source(path), region="GB").disclaimers
    contacts = {c.number: c for d in found if d.kind == "crisis-line" for c in d.contacts}
    assert contacts["116123"].role == "crisis" and contacts["116123"].label == "Samaritans"
    assert contacts["999"].role == "emergency"
    assert "samaritans" not in contacts["999"].label.casefold()


def test_a_sentence_listing_a_symptom_thousands_of_times_reads_in_linear_time() -> None:
    """A hostile page ("It can cause a rash, a rash, a rash, …"): each symptom, asked
    whether it is the illness a list's treatment is for, searched the whole clause before
    it for the list, every position of it reading the items to the clause's end: 3.5 s
    for 1,600 characters, 173 s for 6,000. Twice the text must take about twice the time
    (at most 3x; it took 8x), as benchmarks/hostile.py expects of every reader."""
    import time

    from summarizer.sources.disclaimers import sentence_kinds

    def took(size: int) -> float:
        hostile = ("It can cause " + "a rash, " * (size // 8))[:size] + f" or {size} rashes."
        started = time.process_time()
        sentence_kinds(hostile, "en", use_model=False)
        return time.process_time() - started

    sentence_kinds("It can cause a rash.", "en", use_model=False)  # word lists loaded
    assert took(3000) <= 3 * max(took(1500), 0.02)
