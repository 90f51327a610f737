"""Catalogs are read strictly, with `msgfmt -c --check-format` parity, and reported by
`check` as I18N-CATALOG-INVALID with file:line; nothing downstream meets a broken one.

Each broken catalog below was accepted before (Babel reads leniently): the PDF printed a
truncated word, `update` dropped a duplicate and a custom header line, charset=klingon
was "internal error: LookupError", and a broken app placeholder was a KeyError in export.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from summarizer import catalogs, i18n
from summarizer.cli import main
from summarizer.po_check import ERROR, check_bytes, check_file

from ._handouts import example_with_sources

REPO = Path(__file__).resolve().parents[2]
MSGFMT = shutil.which("msgfmt")
SHIPPED = sorted([*REPO.glob("locales/*/LC_MESSAGES/*.po"),
                  *REPO.glob("examples/*/locales/*/LC_MESSAGES/*.po")])

HEADER = '''msgid ""
msgstr ""
"Project-Id-Version: test 1\\n"
"PO-Revision-Date: 2026-01-01 00:00+0000\\n"
"Last-Translator: A <a@example.org>\\n"
"Language-Team: es <es@example.org>\\n"
"Language: es\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"

'''  # 11 lines: the first entry below starts at line 12

# name -> (entries after the header, line of the error, words of the message)
BROKEN = {
    "unterminated": ('msgid "Call 988"\nmsgstr "Llame al 988\n', 13, "unterminated"),
    "duplicate": ('msgid "Hello"\nmsgstr "Hola"\n\nmsgid "Hello"\nmsgstr "Buenas"\n', 15,
                  "duplicate"),
    "bad escape": ('msgid "a"\nmsgstr "b\\q"\n', 13, "escape"),
    "msgid without msgstr": ('msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', 12, "without msgstr"),
    "text after string": ('msgid "a"\nmsgstr "b" x\n', 13, "after the closing quote"),
    "python-format unknown name": ('#, python-format\nmsgid "Date: %(date)s"\n'
                                   'msgstr "Fecha: %(fecha)s"\n', 14, "fecha"),
    "python-format incomplete": ('#, python-format\nmsgid "Date: %(date)s"\n'
                                 'msgstr "Fecha: %(date)"\n', 14, "format"),
    "python-format lost": ('#, python-format\nmsgid "Date: %(date)s"\nmsgstr "Fecha"\n', 14,
                           "'date'"),
    "brace unknown": ('#, python-brace-format\nmsgid "Call {number}"\n'
                      'msgstr "Llame {numero}"\n', 14, "number"),
    "brace unterminated": ('#, python-brace-format\nmsgid "Call {number} now"\n'
                           'msgstr "Llame {number"\n', 14, "brace format"),
    "newline": ('msgid "\\nX"\nmsgstr "Y"\n', 13, "begin with"),
}


def po(body: str, header: str = HEADER) -> bytes:
    return (header + body).encode("utf-8")


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_each_broken_catalog_is_found_at_its_line(name: str) -> None:
    body, line, words = BROKEN[name]
    errors = check_bytes(po(body), "x.po").errors
    assert errors, name
    assert any(e.line == line and words in e.message for e in errors), [str(e) for e in errors]


@pytest.mark.skipif(MSGFMT is None, reason="GNU msgfmt not installed (apt-get install gettext)")
@pytest.mark.parametrize("name", sorted(BROKEN))
def test_msgfmt_rejects_the_same_catalogs(name: str, tmp_path: Path) -> None:
    """Parity: what we call an error, `msgfmt -c --check-format` calls fatal too."""
    path = tmp_path / "x.po"
    path.write_bytes(po(BROKEN[name][0]))
    proc = subprocess.run([MSGFMT, "-c", "--check-format", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode != 0, proc.stderr


def test_a_good_catalog_has_no_problem() -> None:
    body = ('#, python-format\nmsgid "Date: %(date)s"\nmsgstr "Fecha: %(date)s"\n\n'
            '#, python-brace-format\nmsgid "Call {n}"\nmsgstr "Llame al {n}"\n\n'
            'msgid "50%% off"\nmsgstr "50%% menos"\n\n#~ msgid "old"\n#~ msgstr "viejo"\n')
    assert check_bytes(po(body), "x.po", app=True).problems == []


def test_unknown_charset_and_missing_header() -> None:
    klingon = check_bytes(po('msgid "a"\nmsgstr "b"\n',
                             HEADER.replace("charset=UTF-8", "charset=klingon")), "x.po")
    assert [str(e) for e in klingon.errors] == [
        "x.po: unknown charset 'klingon' in the header (use charset=UTF-8)"]
    headless = check_bytes(b'msgid "a"\nmsgstr "b"\n', "x.po")
    assert any("no header" in e.message for e in headless.errors)
    bad_line = check_bytes(po("", HEADER.replace('"MIME-Version: 1.0\\n"',
                                                 '"this is not a header\\n"')), "x.po")
    assert any("bad header line" in e.message for e in bad_line.errors)
    assert any("MIME-Version" in w.message and w.severity != ERROR
               for w in bad_line.problems)  # a missing field is a warning, as in msgfmt


def test_app_catalogs_are_formatted_as_the_template_does() -> None:
    """Jinja's newstyle gettext always applies %: a bare % in an app msgstr would crash."""
    body = 'msgid "Half the dose"\nmsgstr "50% de la dosis"\n'
    assert check_bytes(po(body), "x.po", app=True).errors
    assert not check_bytes(po(body), "x.po", app=False).errors


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(REPO)))
def test_every_shipped_catalog_is_clean(path: Path) -> None:
    parsed = check_file(path, app=path.name == "summarizer.po")
    assert parsed.problems == [], [str(p) for p in parsed.problems]


@pytest.mark.skipif(MSGFMT is None, reason="GNU msgfmt not installed (apt-get install gettext)")
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(REPO)))
def test_msgfmt_accepts_every_shipped_catalog(path: Path) -> None:
    proc = subprocess.run([MSGFMT, "-c", "--check-format", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


# ------------------------------------------------------------------- through the CLI


@pytest.fixture
def example(tmp_path: Path, seeds_dir: Path) -> Path:
    catalogs.clear_cache()
    return example_with_sources(tmp_path / "handout", seeds_dir)


def _po(example: Path) -> Path:
    return example / "locales" / "es" / "LC_MESSAGES" / "handout.po"


def _break(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in a catalog; returns the line it is on."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_check_reports_an_unterminated_string_with_file_and_line(
        example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = _break(_po(example), 'msgstr "La ketamina para la depresión: lo que debe saber"',
                  'msgstr "La ketamina para la depre')
    assert main(["check", str(example)]) == 1
    out = " ".join(capsys.readouterr().out.split())  # the table wraps long messages
    assert "I18N-CATALOG-INVALID" in out
    assert f"locales/es/LC_MESSAGES/handout.po:{line}: end of line within a string" in out
    assert "en: ready to export" in out and "es: blocked" in out


def test_export_refuses_the_language_of_a_broken_catalog(
        example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(_po(example), 'msgstr "La ketamina para la depresión: lo que debe saber"',
           'msgstr "La ketamina para la depre')
    out_dir = tmp_path / "out"
    assert main(["export", str(example), "-o", str(out_dir), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "I18N-CATALOG-INVALID" in err and "internal error" not in err
    assert sorted(p.name for p in out_dir.glob("*.pdf")) == ["ketamine-depression.en.pdf"]


def test_klingon_charset_is_one_clear_line_everywhere(
        example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(_po(example), "charset=utf-8", "charset=klingon")
    assert main(["check", str(example)]) == 1
    out = " ".join(capsys.readouterr().out.split())  # the table wraps long messages
    assert "unknown charset 'klingon'" in out
    for command in (["translations", "status"], ["translations", "update"],
                    ["translations", "compile"]):
        assert main([*command, str(example)]) == 1
        captured = capsys.readouterr()
        text = captured.out + captured.err
        assert "unknown charset 'klingon'" in text and "internal error" not in text
        assert "LookupError" not in text


def test_update_never_drops_a_duplicate(example: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    po_path = _po(example)
    text = po_path.read_text(encoding="utf-8")
    po_path.write_text(text + '\nmsgid "Ketamine for depression: what to know"\n'
                       'msgstr "Otra traducción"\n', encoding="utf-8")
    before = po_path.read_bytes()
    assert main(["translations", "update", str(example)]) == 1
    err = capsys.readouterr().err  # what went wrong is said on stderr
    assert "duplicate message definition" in err
    assert po_path.read_bytes() == before


def test_update_and_editing_keep_custom_header_lines(example: Path) -> None:
    po_path = _po(example)
    _break(po_path, '"Content-Transfer-Encoding: 8bit\\n"\n',
           '"Content-Transfer-Encoding: 8bit\\n"\n"X-Generator: Poedit 3.4\\n"\n'
           '"X-Clinic-Reviewer: Dr. Ruiz \\"Pepe\\"\\n"\n')
    assert main(["translations", "update", str(example)]) == 0
    from summarizer.handout_file import load_handout

    hdoc = load_handout(example)
    catalogs.set_translation(hdoc, "es", hdoc.handout.meta.title, "La ketamina: lo esencial")
    parsed = check_file(po_path)
    assert ("X-Generator", "Poedit 3.4") in parsed.header
    assert ("X-Clinic-Reviewer", 'Dr. Ruiz "Pepe"') in parsed.header
    assert not parsed.errors


# ---------------------------------------------------------------------- app catalogs


@pytest.fixture
def app_locales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the app's catalogs, used instead of the shipped ones."""
    root = tmp_path / "app-locales"
    shutil.copytree(REPO / "locales", root)
    monkeypatch.setattr(i18n, "locales_dir", lambda: root)
    i18n.clear_cache()
    yield root
    i18n.clear_cache()


def test_broken_app_placeholder_is_caught_by_check_not_a_keyerror_in_export(
        example: Path, app_locales: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    po_path = app_locales / "es" / "LC_MESSAGES" / "summarizer.po"
    line = _break(po_path, 'msgstr "Fecha: %(date)s"', 'msgstr "Fecha: %(fecha)s"')
    assert main(["check", str(example)]) == 1
    out = " ".join(capsys.readouterr().out.split())  # the table wraps long messages
    assert "I18N-CATALOG-INVALID" in out
    assert f"summarizer.po:{line}: python-format: unknown named placeholder 'fecha'" in out
    out_dir = tmp_path / "out"
    assert main(["export", str(example), "-o", str(out_dir), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "KeyError" not in err and "internal error" not in err
    assert [p.name for p in out_dir.glob("*.pdf")] == ["ketamine-depression.en.pdf"]


# ------------------------------------------------------------------ fuzzed catalogs

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = ['"', "\\", "\n", "%", "%(", ")s", "{", "}", "#", "#, fuzzy\n", "#, python-format\n",
          "msgid ", "msgstr ", "msgctxt ", "msgstr[1] ", " ", "\x00", "é", "\\x", "\r",
          "charset=klingon", "Content-Type: ", ":", "\ufeff"]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[bytes, bool]:
    path = draw(st.sampled_from(SHIPPED))
    lines = path.read_text(encoding="utf-8").split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["insert", "delete-char", "delete-line", "dup-line",
                                   "swap"]))
        line = lines[i]
        if op == "insert":
            j = draw(st.integers(0, len(line)))
            lines[i] = line[:j] + draw(st.sampled_from(PIECES)) + line[j:]
        elif op == "delete-char" and line:
            j = draw(st.integers(0, len(line) - 1))
            lines[i] = line[:j] + line[j + 1:]
        elif op == "delete-line":
            del lines[i]
        elif op == "dup-line":
            lines.insert(i, line)
        elif op == "swap" and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        if not lines:
            lines = [""]
    return "\n".join(lines).encode("utf-8"), path.name == "summarizer.po"


def _downstream_works(data: bytes, app: bool) -> None:
    """What the app does with a catalog: read it, compile it, and (app) fill its strings."""
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    from summarizer.po_check import _py_names

    catalog = read_po(BytesIO(data), abort_invalid=True)
    write_mo(BytesIO(), catalog, use_fuzzy=False)
    if not app:
        return
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strs = message.string if isinstance(message.string, tuple | list) else (message.string,)
        for msgid, msgstr in zip([*ids, ids[-1], ids[-1]], strs, strict=False):
            if msgstr:
                names, count = _py_names(msgid)
                msgstr % ({n: 1 for n in names} if names or not count else (1,) * count)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_a_catalog_we_pass_is_one_the_app_can_use(case: tuple[bytes, bool]) -> None:
    data, app = case
    parsed = check_bytes(data, "fuzz.po", app=app)  # never raises
    if not parsed.errors:
        _downstream_works(data, app)


@pytest.mark.skipif(MSGFMT is None, reason="GNU msgfmt not installed (apt-get install gettext)")
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_what_msgfmt_rejects_we_reject(case: tuple[bytes, bool]) -> None:
    data, app = case
    proc = subprocess.run([MSGFMT, "-c", "--check-format", "-o", "/dev/null", "-"],
                          input=data, capture_output=True)
    if proc.returncode != 0:
        assert check_bytes(data, "fuzz.po", app=app).errors, proc.stderr.decode(errors="replace")


def test_a_fifo_catalog_is_refused_without_waiting(example: Path, tmp_path: Path) -> None:
    import os
    import sys

    po_path = _po(example)
    po_path.unlink()
    os.mkfifo(po_path)
    for command in (["check"], ["translations", "status"], ["export", "-o", str(tmp_path)]):
        proc = subprocess.run([sys.executable, "-m", "summarizer", *command, str(example)],
                              capture_output=True, text=True, timeout=120, cwd=REPO,
                              stdin=subprocess.DEVNULL)
        text = " ".join((proc.stdout + proc.stderr).split())
        assert proc.returncode == 1, text
        assert "only regular files are read" in text and "internal error" not in text


@pytest.mark.parametrize("body", [
    'msgctxt "a"\n#, python-format\nmsgid "x"\nmsgstr "y"\n',  # flag after msgctxt
    'msgid "x"\n# a note\nmsgstr "y"\n',  # comment between msgid and msgstr
    'msgid "x"\nmsgstr "y"\n# a note\n"z"\n',  # string continued after a comment
])
def test_comment_inside_an_entry_is_refused_as_msgfmt_does(body: str) -> None:
    data = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n' + body).encode()
    assert check_bytes(data, "x.po").errors
    if MSGFMT is not None:
        proc = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", "-"], input=data,
                              capture_output=True)
        assert proc.returncode != 0


def test_plural_forms_out_of_order_are_refused_as_msgfmt_does() -> None:
    """msgfmt: 'plural form has wrong index' (found by the fuzz test above, session 4)."""
    data = (b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
            b'"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);\\n"\n\n'
            b'msgid "one"\nmsgid_plural "many"\n'
            b'msgstr[0] "a"\nmsgstr[2] "c"\nmsgstr[1] "b"\n')
    errors = check_bytes(data, "x.po").errors
    assert any("msgstr[2]" in str(e) and "order" in str(e) for e in errors), errors
    if MSGFMT is not None:
        proc = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", "-"], input=data,
                              capture_output=True)
        assert proc.returncode != 0  # the reference agrees
