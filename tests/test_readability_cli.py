"""`summarizer readability` as a one-shot command: what it loads."""

from __future__ import annotations

import pytest


def test_a_one_shot_reading_loads_no_handout_schema(tmp_path) -> None:
    """`readability -l es FILE` takes a language code, not a handout: spelling the code
    must not load msgspec and the schema (about 12 ms of a one-shot run, lead s4)."""
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("El tratamiento ayudó a muchas personas. Hable con su médico.\n",
                       encoding="utf-8")
    probe = ("import runpy, sys; sys.argv = ['summarizer', 'readability', '-l', 'es', "
             f"{str(article)!r}]\n"
             "try:\n    runpy.run_module('summarizer', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "print('LOADED', 'msgspec' in sys.modules, 'summarizer.schema' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=120).stdout
    assert "LOADED False False" in out, out[-500:]


def test_a_one_shot_reading_loads_only_what_it_scores_with(tmp_path) -> None:
    """`readability FILE` (the one-shot benchmarks/readability.py times against
    textstat-rs) needs no argument parser, no source loader, no model beyond the span,
    no JSON and no shutil (argparse's help formatter pulls in the compression modules):
    each was a millisecond or more of its start-up."""
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("The treatment helped many people. Ask your doctor about it.\n",
                       encoding="utf-8")
    unwanted = ["argparse", "shutil", "json", "hashlib", "summarizer.model",
                "summarizer.sources.load", "pkgutil"]
    probe = ("import runpy, sys; sys.argv = ['summarizer', 'readability', "
             f"{str(article)!r}]\n"
             "try:\n    runpy.run_module('summarizer', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             f"print('LOADED', [m for m in {unwanted!r} if m in sys.modules],"
             " 'summarizer.readability' in sys.modules)")
    # the first run of a session may fill an empty cache (hashing, moving files into
    # place); what is timed against textstat-rs is the run after it
    subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert "Grade" in proc.stdout  # it did score the file
    assert "LOADED [] True" in proc.stdout, proc.stdout[-500:] + proc.stderr[-500:]


@pytest.mark.parametrize("argv", [
    ["readability", "article.txt"], ["readability", "a folder"], ["readability", "ß/ü.md"],
    ["readability", "x=y.txt"],
])
def test_readability_file_is_parsed_as_argparse_would(argv: list[str]) -> None:
    from summarizer.cli import build_parser, readability_args

    parsed, extra = build_parser(only="readability").parse_known_args(argv)
    assert not extra
    assert vars(readability_args(argv)) == vars(parsed)


@pytest.mark.parametrize("argv", [
    ["readability"], ["readability", ""], ["readability", "-"], ["readability", "--help"],
    ["readability", "f.txt", "--json"], ["readability", "-l", "es", "f.txt"],
    ["readability", "f.txt", "g.txt"], ["edit", "f.txt"], ["readability", "--", "f.txt"],
])
def test_every_other_readability_line_goes_to_argparse(argv: list[str]) -> None:
    from summarizer.cli import readability_args

    assert readability_args(argv) is None
