"""Fuzzing: a stranger's edits to the bundled example's handout.toml and Spanish catalog.

Each example mutates the files (values swapped for hostile ones, keys dropped or
misspelt, bytes inserted, lines cut or repeated), runs one command in-process through
`summarizer.cli.main`, and asserts what issue 9 promises: exit code 0, 1 or 2; no
traceback and no "internal error"; nothing written outside the folder the command owns
(the handout's catalogs for `translations update`, the output folder for `export`).

WeasyPrint is replaced by a stub that writes a tiny file: the fuzz is about paths,
values and errors, and one real PDF costs a second (render tests cover WeasyPrint).
CI runs SUMMARIZER_FUZZ_EXAMPLES examples (default 40); a soak run sets it higher and
SUMMARIZER_FUZZ_LOG to a file that gets one line per example run.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import re
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomlkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.cli import main

from .conftest import EXAMPLE

SEEDS = EXAMPLE.parents[3] / "shared" / "seeds"
PO = EXAMPLE.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
EXAMPLES = int(os.environ.get("SUMMARIZER_FUZZ_EXAMPLES", "40"))
LOG = os.environ.get("SUMMARIZER_FUZZ_LOG")


def _base_toml() -> str:
    """The example with its source paths made absolute (the copy lives elsewhere)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    return re.sub(r'path = "\.\./\.\./\.\./shared/seeds/', f'path = "{SEEDS}/', text)


BASE_TOML = _base_toml()
BASE_PO = PO.read_text(encoding="utf-8")

HOSTILE: list[Any] = [
    "", " ", "../../escaped/evil", "/etc/passwd", "/dev/zero", "a" * 300, ".hidden",
    "es@x/../../../../x", "es_US", "zz", "x" * 5000, "\x1b]52;c;aGk=\x07", "\x00", "\u202e",
    "2026-02-30", "tomorrow", "9999-99-99", "988", "+", "nan",
    0, -1, 1, 20, 21, 10**20, -(10**20), True, False,
    math.nan, math.inf, -math.inf, 1e9, 0.5, 8.5,
    [], [1, 2], [2, 1], [-1, 5], ["en", "en"], ["es", "../x"], {}, {"id": "x"},
]
KEYS = ["id", "title", "region", "source_locale", "locales", "target_grade", "max_grade",
        "version", "date", "path", "sha256", "url", "published", "retrieved", "origin",
        "section", "source", "span", "quote", "evidence", "text", "flags", "page", "kind",
        "contacts", "number", "channels", "role", "regulator", "evidence_reason", "bogus"]


@st.composite
def toml_mutation(draw: st.DrawFn) -> str:
    """A structured edit: set, drop or add a key somewhere, or drop / repeat an item."""
    doc: dict[str, Any] = tomllib.loads(BASE_TOML)
    for _ in range(draw(st.integers(1, 3))):
        candidates: list[Any] = [doc, doc.get("handout")]
        for section in ("sources", "claims", "disclaimers"):
            items = doc.get(section)
            candidates += items if isinstance(items, list) else []
            if section == "disclaimers" and isinstance(items, list):
                for d in items:
                    contacts = d.get("contacts") if isinstance(d, dict) else None
                    candidates += contacts if isinstance(contacts, list) else []
        # earlier rounds may have replaced a table with a hostile value: edit tables only
        table = draw(st.sampled_from([t for t in candidates if isinstance(t, dict)]))
        action = draw(st.sampled_from(["set", "set", "set", "drop", "items"]))
        if action == "set":
            table[draw(st.sampled_from(KEYS))] = draw(st.sampled_from(HOSTILE))
        elif action == "drop" and table:
            table.pop(draw(st.sampled_from(sorted(table))))
        else:
            section = draw(st.sampled_from(["sources", "claims", "disclaimers"]))
            items = doc.get(section)
            if isinstance(items, list) and items:
                i = draw(st.integers(0, len(items) - 1))
                if draw(st.booleans()):
                    items.append(dict(items[i]))
                else:
                    del items[i]
    return tomlkit.dumps(doc)


@st.composite
def text_mutation(draw: st.DrawFn, base: str) -> str:
    """A raw edit: cut, repeat or insert characters and lines (broken syntax included)."""
    text = base
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "insert", "repeat-line", "drop-line", "replace"]))
        lines = text.splitlines(keepends=True)
        if kind == "cut" and text:
            a = draw(st.integers(0, len(text) - 1))
            text = text[:a] + text[a + draw(st.integers(1, 40)):]
        elif kind == "insert":
            a = draw(st.integers(0, len(text)))
            piece = draw(st.sampled_from(['"', "'", "[", "]", "=", "\n", "\\", "#", "\x00",
                                          "\x1b[2J", "[[claims]]\n", "msgid \"x\"\n", "{",
                                          "charset=klingon", "fuzzy", "é", "\ufeff"])
                         | st.text(max_size=8))
            text = text[:a] + piece + text[a:]
        elif kind == "repeat-line" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            text = "".join(lines)
        elif kind == "drop-line" and lines:
            del lines[draw(st.integers(0, len(lines) - 1))]
            text = "".join(lines)
        elif kind == "replace":
            old = draw(st.sampled_from(["charset=utf-8", "nplurals=2", "msgstr", "Language: es",
                                        '"es"', "988", "human-trial", "[[sources]]", "=",
                                        "\\n", "span"]))
            text = text.replace(old, draw(st.sampled_from(HOSTILE[:20])), 1)
    return text


COMMANDS = [
    ["check"], ["verify"], ["verify", "--fix"], ["translations", "status"],
    ["translations", "update"], ["translations", "compile"], ["export", "--jobs", "1"],
]


def _files(root: Path) -> dict[str, bytes | str]:
    out: dict[str, bytes | str] = {}
    for p in sorted(root.rglob("*")):
        if p.is_symlink():
            out[str(p.relative_to(root))] = "-> " + os.readlink(p)
        elif p.is_file():
            out[str(p.relative_to(root))] = p.read_bytes()
    return out


@pytest.fixture()
def stub_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.render as render

    monkeypatch.setattr(render, "html_to_pdf", lambda html, where="": b"%PDF-1.7 stub\n")


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(
    toml=st.one_of(toml_mutation(), text_mutation(BASE_TOML), st.just(BASE_TOML)),
    po=st.one_of(st.just(BASE_PO), text_mutation(BASE_PO)),
    command=st.sampled_from(COMMANDS),
)
def test_mutated_handout_and_catalog(stub_pdf: None, toml: str, po: str,
                                     command: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "handout"
        catalog = folder / "locales" / "es" / "LC_MESSAGES" / "handout.po"
        catalog.parent.mkdir(parents=True)
        (folder / "handout.toml").write_text(toml, encoding="utf-8", errors="surrogatepass")
        catalog.write_text(po, encoding="utf-8", errors="surrogatepass")
        (root / "sentinel").mkdir()
        out = root / "pdfs"
        before = _files(root)
        argv = [command[0], *command[1:2 if command[0] == "translations" else 1],
                str(folder), *command[2 if command[0] == "translations" else 1:]]
        if command[0] == "export":
            argv += ["-o", str(out)]
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse usage errors
                code = exc.code if isinstance(exc.code, int) else 2
        err = stderr.getvalue()
        if LOG:
            with open(LOG, "a", encoding="utf-8") as fh:
                fh.write(f"{code}\t{' '.join(command)}\t{err.splitlines()[-1:] }\n")
        assert code in (0, 1, 2), (argv, err)
        assert "Traceback" not in err and "internal error" not in err, err
        after = _files(root)
        may_change = {
            "translations": lambda p: p.startswith("handout/locales/es/LC_MESSAGES/handout."),
            "export": lambda p: p.startswith("pdfs/"),
            "verify": lambda p: "--fix" in command and p == "handout/handout.toml",
        }.get(command[0], lambda p: False)
        changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
        assert all(may_change(p) for p in changed), (argv, sorted(changed), err)
