"""The editor's first screen: a handout opened before is not validated again.

summarizer.handout_cache keeps the validated model of a handout's exact bytes; the
second opening of the same file by the same code imports neither msgspec, tomllib nor
the schema before the first screen (benchmarks/startup.py), and every other case (other
bytes, other code, a damaged entry) validates the file as before.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_startup import EXAMPLE, modules_at_first_screen

from summarizer import handout_cache, handout_file
from summarizer.errors import HandoutError
from summarizer.handout_file import load_handout

VALIDATION = ("msgspec", "tomllib", "summarizer.schema")


@pytest.fixture
def handout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copytree(EXAMPLE, tmp_path / "example")
    return tmp_path / "example" / "handout.toml"


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each handout file the schema validated, in order."""
    seen: list[Path] = []
    real = handout_file._parse_text

    def counted(text: str, path: Path):  # type: ignore[no-untyped-def]
        seen.append(path)
        return real(text, path)

    monkeypatch.setattr(handout_file, "_parse_text", counted)
    return seen


def test_a_handout_opened_again_reaches_the_first_screen_without_validating(
        handout: Path) -> None:
    first = modules_at_first_screen(handout, handout.parent / "first.txt")
    again = modules_at_first_screen(handout, handout.parent / "again.txt")
    assert set(VALIDATION) <= first
    assert "summarizer.tui.app" in again
    assert not set(VALIDATION) & again
    # nor what the first screen never needed (a digest, a recovery file, counts, the
    # analysis dataclasses)
    assert not {"hashlib", "json", "gettext", "shlex", "summarizer.analysis_model"} & again


def test_the_kept_model_is_the_validated_one(handout: Path, validations: list[Path]) -> None:
    plain = load_handout(handout)
    first = load_handout(handout, kept=True)
    again = load_handout(handout, kept=True)
    assert validations == [handout, handout]  # the third opening came from the cache
    assert again.handout == plain.handout == first.handout
    assert again.handout.disclaimers[0].contacts  # the example's crisis line, a tuple field
    assert again.disk_digest == plain.disk_digest
    assert again.dumps() == plain.dumps() == handout.read_text(encoding="utf-8")
    assert again.handout is not first.handout  # each opening edits its own model


def test_other_bytes_are_validated_again(handout: Path, validations: list[Path]) -> None:
    load_handout(handout, kept=True)
    text = handout.read_text(encoding="utf-8")
    handout.write_text(text.replace("target_grade = ", "target_grade = 99 + "),
                       encoding="utf-8")
    with pytest.raises(HandoutError):
        load_handout(handout, kept=True)
    handout.write_text(text.replace('title = "', 'title = "New: ', 1), encoding="utf-8")
    assert load_handout(handout, kept=True).handout.meta.title.startswith("New: ")
    assert len(validations) == 3


def test_other_code_is_a_miss(handout: Path, validations: list[Path],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    load_handout(handout, kept=True)
    stamp = handout_cache.stamp()
    assert stamp and any(path.endswith("schema.py") for path, *_ in stamp[3])
    monkeypatch.setattr(handout_cache, "stamp", lambda: (*stamp[:3], ()))
    load_handout(handout, kept=True)
    assert len(validations) == 2


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign class"])
def test_a_damaged_entry_is_a_miss(handout: Path, validations: list[Path],
                                   damage: str) -> None:
    expected = load_handout(handout, kept=True).handout
    entry = handout_cache.entry_path(handout)
    raw = entry.read_bytes()
    if damage == "flip":
        raw = raw[:40] + bytes([raw[40] ^ 0xFF]) + raw[41:]
    elif damage == "truncate":
        raw = raw[: len(raw) // 2]
    else:  # a well-formed entry naming a class that is not the model's
        import marshal
        import zlib

        kept, data, digest, _ = marshal.loads(raw[4:])
        payload = marshal.dumps((kept, data, digest, ("D", "Popen", {"args": "true"})))
        raw = zlib.crc32(payload).to_bytes(4, "big") + payload
    entry.write_bytes(raw)
    assert load_handout(handout, kept=True).handout == expected
    assert len(validations) == 2


def test_only_the_model_is_written(handout: Path) -> None:
    model = load_handout(handout).handout
    assert handout_cache.decode(handout_cache.encode(model)) == model
    with pytest.raises(TypeError):
        handout_cache.encode({"a": 1})
    with pytest.raises(ValueError):
        handout_cache.decode(("T", "not a list"))
