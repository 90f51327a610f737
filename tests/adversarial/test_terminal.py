"""Terminal escapes hidden in an article, a handout or a catalog never reach the terminal.

Each payload is a real attack: OSC 52 writes the clipboard, OSC 0 retitles the window,
SGR 8 hides the text after it, and U+009B is an 8-bit CSI that needs no ESC at all.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import tomlkit

from summarizer.cli import main
from summarizer.terminal import SafeStream, escape_json_text, visible, visible_line

from ._handouts import example_with_sources

OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07"  # clipboard := "rm -rf ~"
TITLE = "\x1b]0;you have been pwned\x1b\\"
HIDDEN = "\x1b[8m"
C1_CSI = "\x9b2J"  # clear screen through the 8-bit CSI
PAYLOAD = f"{OSC52}{TITLE}{HIDDEN}{C1_CSI}\x7f"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def assert_clean(text: str) -> None:
    found = RAW.findall(text)
    assert not found, f"raw control characters reached the terminal: {found!r}"


@pytest.fixture
def hostile_article(tmp_path: Path, seeds_dir: Path) -> Path:
    """A seed article with the payload inside a claim, a crisis-line sentence and a title."""
    text = (seeds_dir / "002_7f7951ef72781818.txt").read_text(encoding="utf-8")
    sentence = (f"In a randomized trial of 40 people, ketamine {PAYLOAD}eased depression "
                "within hours. If you are in crisis, call or text 988, the Suicide and "
                f"Crisis Lifeline {TITLE}now.\n\n")
    path = tmp_path / "hostile.txt"
    path.write_text(sentence + text, encoding="utf-8")
    return path


@pytest.fixture
def example(tmp_path: Path, seeds_dir: Path) -> Path:
    return example_with_sources(tmp_path / "handout", seeds_dir)


def _hostile_handout(folder: Path) -> None:
    """Put the payload in the first claim's text (printed by translations and check)."""
    toml = folder / "handout.toml"
    doc = tomlkit.parse(toml.read_text(encoding="utf-8"))
    doc["claims"][0]["text"] = f"Ketamine {PAYLOAD}can help."
    toml.write_text(tomlkit.dumps(doc), encoding="utf-8")


# ------------------------------------------------------------------------- the module


def test_visible_shows_every_control_and_keeps_layout() -> None:
    shown = visible(f"a{PAYLOAD}b\n\tc\r")
    assert_clean(shown)
    assert "\n\t" in shown  # layout kept
    assert "␛]52;c;cm0gLXJmIH4=␇" in shown
    assert "\\x9b2J" in shown and "␡" in shown and "␍" in shown
    assert visible(shown) == shown  # idempotent: pictures are not controls


def test_visible_line_also_flattens_newlines_and_bidi_overrides() -> None:
    assert visible_line("a\nb\u202egnp.exe") == "a␊b\\u202egnp.exe"


def test_visible_keep_offsets_is_one_char_for_one() -> None:
    from summarizer.terminal import visible_keep_offsets

    text = f"a{PAYLOAD}b\u202ec\n"
    shown = visible_keep_offsets(text)
    assert len(shown) == len(text)
    assert_clean(shown)
    assert shown.startswith("a␛]52;c;") and shown.endswith("b\ufffdc␊")


def test_plain_text_is_returned_unchanged() -> None:
    text = "Llame o envíe un mensaje al 988 — ¿qué es? «ñ» 日本"
    assert visible(text) is text and visible_line(text) is text


def test_json_escape_keeps_json_equal() -> None:
    value = {"quote": f"x{PAYLOAD}y"}
    text = escape_json_text(json.dumps(value, ensure_ascii=False))
    assert_clean(text)
    assert json.loads(text) == value


def test_safe_stream_passes_other_attributes(capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    stream = SafeStream(sys.stdout)
    stream.write(f"hi{OSC52}\n")
    stream.flush()
    assert_clean(capsys.readouterr().out)


# ------------------------------------------------------------------ every command that prints


@pytest.mark.parametrize("command", [["claims"], ["claims", "--json"], ["disclaimers"],
                                     ["disclaimers", "--json"]])
def test_article_commands_print_no_escape(hostile_article: Path, command: list[str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    main([command[0], str(hostile_article), *command[1:]])
    out, err = capsys.readouterr()
    assert_clean(out + err)
    if "--json" in command:
        # cleaned where the source is read, one character for one: offsets still hold
        assert any("\u241b]" in d["quote"] for d in json.loads(out))
    else:
        assert "␛]" in out  # the payload is shown, not dropped


def test_claims_shows_the_payload_visibly(hostile_article: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(hostile_article)]) == 0
    out = capsys.readouterr().out
    assert "␛[8m" in out and "\ufffd2J" in out  # C1 CSI: a replacement character


def test_readability_prints_no_escape(hostile_article: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["readability", str(hostile_article), "--top", "50"]) == 0
    out, err = capsys.readouterr()
    assert_clean(out + err)
    assert "␛" in out or "\\x1b" in out  # shown, as a picture or repr()


def test_readability_json_prints_no_escape(hostile_article: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["readability", str(hostile_article), "--json", "--top", "50"]) == 0
    out = capsys.readouterr().out
    assert_clean(out)
    json.loads(out)


def test_translations_status_prints_no_escape(example: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _hostile_handout(example)
    # a handout whose text carries control characters is refused where it is read
    assert main(["translations", "status", str(example)]) == 1
    out, err = capsys.readouterr()
    assert_clean(out + err)
    assert "control characters" in err and "handout.toml:" in err


def test_check_prints_no_escape(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _hostile_handout(example)
    assert main(["check", str(example)]) == 1
    out, err = capsys.readouterr()
    assert_clean(out + err)
    assert "control characters" in err and "handout.toml:" in err


def test_catalog_translation_with_escapes_is_shown_visibly(
        example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    po = example / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    text = po.read_text(encoding="utf-8")
    # a translation that drops its phone number (so check quotes it) and carries escapes
    text = text.replace('msgstr "Llame', 'msgstr "\\x1b]0;pwn\\aLlame', 1)
    po.write_text(text.replace("988", "\\x9b2J", 3), encoding="utf-8")
    for command in (["check", str(example)], ["translations", "status", str(example)],
                    ["verify", str(example)], ["export", str(example), "-o",
                                                      str(example / "out"), "--jobs", "1"]):
        main(command)
        out, err = capsys.readouterr()
        assert_clean(out + err)


def test_verify_prints_no_escape(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = example / "handout.toml"
    doc = tomlkit.parse(toml.read_text(encoding="utf-8"))
    doc["claims"][0]["quote"] = f"A sentence {PAYLOAD}that is in no source."
    toml.write_text(tomlkit.dumps(doc), encoding="utf-8")
    assert main(["verify", str(example)]) == 1
    out, err = capsys.readouterr()
    assert_clean(out + err)


def test_error_quoting_a_file_prints_no_escape(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "handout.toml"
    bad.write_text(f'[handout]\nid = "x"\ntitle = "{OSC52}\n', encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert_clean(out + err)
    assert err.startswith("summarizer: error:")


def test_file_names_with_escapes_are_shown_visibly(tmp_path: Path, seeds_dir: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    name = tmp_path / f"a{TITLE}.txt"
    shutil.copy(next(seeds_dir.glob("002_*")), name)
    missing = tmp_path / f"gone{OSC52}.txt"
    assert main(["claims", str(name), str(missing)]) == 1
    out, err = capsys.readouterr()
    assert_clean(out + err)
    assert "␛]52" in err


def test_progress_bar_keeps_its_carriage_return_but_not_the_locales() -> None:
    import io

    from summarizer.commands.export import ProgressBar

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    raw = Tty()
    bar = ProgressBar(2, SafeStream(raw))
    bar(f"es{TITLE}", None)
    bar("en", Path("x.pdf"))
    text = raw.getvalue()
    assert text.count("\r") == 3  # drawn at start and after each language
    assert_clean(text.replace("\r", "").replace("\n", ""))
