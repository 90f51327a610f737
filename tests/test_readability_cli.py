"""`summarizer readability` as a one-shot command: what it loads."""

from __future__ import annotations


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
