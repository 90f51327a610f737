"""What the CLI prints: tables fit an 80-column terminal; usage errors name the command."""

from __future__ import annotations

import pytest

from summarizer.commands._common import MIN_MESSAGE_WIDTH, print_table

PATH = "/tmp/pytest-of-someone/a-long-folder-name/es/LC_MESSAGES/summarizer.po:147:"


def test_a_long_path_is_never_cut(capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    print_table(["code", "message"], [["I18N", f"app catalog {PATH} python-format"]])
    assert PATH in capsys.readouterr().out.split()


def test_messages_go_below_long_ids_instead_of_a_narrow_column(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    message = " ".join(["source could not be read from its folder"] * 4)
    print_table(["severity", "code", "item", "message"],
                [["error", "PROV-SOURCE-MISSING", "northwestern-medicine-unveils-a-study",
                  message]])
    lines = capsys.readouterr().out.splitlines()
    body = lines[2:]
    assert body[0].split() == ["error", "PROV-SOURCE-MISSING",
                               "northwestern-medicine-unveils-a-study"]
    assert all(len(line.strip()) >= MIN_MESSAGE_WIDTH for line in body[1:-1])
    assert " ".join(" ".join(body[1:]).split()) == message


def test_an_unknown_option_shows_the_commands_usage(capsys: pytest.CaptureFixture[str]) -> None:
    from summarizer.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["check", "somewhere", "--json", "--bogus"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: summarizer check")
    assert "unrecognized arguments: --bogus" in err


def test_new_with_a_bad_locale_is_a_usage_error_before_anything_is_written(
        tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from summarizer.cli import main

    source = tmp_path / "a.txt"
    source.write_text("Ketamine helped some people in a small trial.", encoding="utf-8")
    rc = main(["new", str(tmp_path / "h"), "--sources", str(source), "--locale", "klingon"])
    assert rc == 2
    err = capsys.readouterr().err
    assert "--locale 'klingon' is not a language code" in err
    assert not (tmp_path / "h").exists()
