"""Defects found by tester9 (session 9) using summarizer as its users would."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from adversarial._handouts import example_with_sources

from summarizer.cli import main
from summarizer.handout_file import load_handout

REPO = Path(__file__).resolve().parent.parent

# Ctrl+C in a terminal reaches the whole process group: the export's idle workers too.
CTRL_C_HARNESS = """
import os, signal
import summarizer.export as ex

pool = ex._worker_pool(2)
workers = list(pool._processes.values())
for proc in workers:
    os.kill(proc.pid, signal.SIGINT)
for proc in workers:
    proc.join(60)  # only guards a hang


def gone(pid):
    # exitcode is no witness: the pool's own thread may reap a worker first
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


print(" ".join("gone" if gone(proc.pid) else "alive" for proc in workers))
ex._discard_pool()
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_ctrl_c_stops_export_workers_without_a_traceback() -> None:
    """`summarizer export handouts/*/` interrupted printed two multiprocessing tracebacks
    (one per idle worker) under its own 'not done ... interrupted' summary."""
    proc = subprocess.run([sys.executable, "-c", CTRL_C_HARNESS], capture_output=True,
                          text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["gone", "gone"], proc.stdout
    assert "Traceback" not in proc.stderr and "KeyboardInterrupt" not in proc.stderr, proc.stderr


def test_verify_fails_when_a_cited_source_is_missing(tmp_path: Path, seeds_dir: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A source file gone from the folder left its quotes unchecked, yet verify said
    "1 quote in place, 1 to look at, 0 gone", exit 0 and "ok": true, though its help
    promises 0 only when every quote is found (check calls the same thing an error)."""
    folder = example_with_sources(tmp_path / "handout", seeds_dir)
    hdoc = load_handout(folder)
    cited = {c.source for c in hdoc.handout.claims} | {d.source for d in hdoc.handout.disclaimers}
    ref = next(r for r in hdoc.handout.sources if r.id in cited)
    unchecked = sum(1 for item in [*hdoc.handout.claims, *hdoc.handout.disclaimers]
                    if item.source == ref.id)
    hdoc.resolve_source_path(ref).unlink()

    assert main(["verify", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"{unchecked} not checked" in out.splitlines()[-1]

    assert main(["verify", str(folder), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_verify_ignores_a_missing_source_no_quote_cites(tmp_path: Path, seeds_dir: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = example_with_sources(tmp_path / "handout", seeds_dir)
    hdoc = load_handout(folder)
    cited = {c.source for c in hdoc.handout.claims} | {d.source for d in hdoc.handout.disclaimers}
    uncited = [r for r in hdoc.handout.sources if r.id not in cited]
    if not uncited:
        pytest.skip("every source of the example is cited")
    hdoc.resolve_source_path(uncited[0]).unlink()
    assert main(["verify", str(folder)]) == 0


def test_a_string_left_open_in_handout_toml_says_so(tmp_path: Path, seeds_dir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A nurse who deletes a closing quote by hand was told about "Control characters
    (codes less than 0x1f and 0x7f) ... use \\u000a instead" (tomlkit's reading of the
    end of the line); she needs to hear that the quote is not closed, and where."""
    folder = example_with_sources(tmp_path / "handout", seeds_dir)
    toml = folder / "handout.toml"
    lines = toml.read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if line.startswith("title = \""))
    lines[n] = lines[n].rstrip().removesuffix('"') + "\n"
    toml.write_text("".join(lines), encoding="utf-8")

    assert main(["check", str(folder)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert f"handout.toml:{n + 1}:" in err
    assert "Control characters" not in err and "\\u000a" not in err
    assert "closing quote" in err


def test_a_real_control_character_in_a_string_is_still_named(
        tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = example_with_sources(tmp_path / "handout", seeds_dir)
    toml = folder / "handout.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('title = "', 'title = "\x01', 1), encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "closing quote" not in err and "invalid TOML" in err


def test_check_of_several_handouts_ends_with_one_line_each(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Clinic staff checking handouts/*/ got pages of tables and then only "check: 1 of 3
    handouts ready in every language": which one, and which of its languages, meant
    scrolling back. export ends with one line per handout; check now does too, in the
    order given, naming the blocked languages and the error of an unreadable one."""
    from test_export_batch import _block, _copy

    h1, h2 = (_copy(tmp_path, f"h{n}", f"handout-{n}") for n in (1, 2))
    _block(h1)
    missing = tmp_path / "nowhere"
    capsys.readouterr()
    assert main(["check", str(h1), str(missing), str(h2)]) == 1
    err = capsys.readouterr().err
    tail = err[err.index("check: 1 of 3 handouts ready in every language"):].splitlines()
    assert len(tail) == 4, err
    assert tail[1].split()[:2] == ["blocked", "handout-1"] and "en (" in tail[1]
    assert tail[2].split()[0] == "failed" and "nowhere" in tail[2]
    assert tail[3].split()[:2] == ["ready", "handout-2"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_ctrl_c_ends_the_progress_bar_line_before_the_summary(
        tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal, Ctrl+C mid-export printed "export: 0 of 7 handouts exported in
    full:" on the same line as the bar ("[-----] 0/2   ^Cexport: 0 of 7 ...")."""
    import summarizer.export as ex
    from summarizer.commands import export as cmd

    folder = example_with_sources(tmp_path / "handout", seeds_dir)
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(ex, "export_handout", interrupted)
    args = argparse.Namespace(out=str(tmp_path / "out"), format="pdf")
    with pytest.raises(KeyboardInterrupt):
        cmd._export(args, load_handout(folder), ["en", "es"], 1, None)
    assert "0/2" in term.getvalue()
    assert term.getvalue().endswith("\n")


async def test_undo_and_redo_say_which_claim_or_notice(tmp_path: Path, seeds_dir: Path) -> None:
    """The nurse who pressed ctrl+z twice read "Undone: attach notice." twice and could
    not tell which of her notices had gone; the message now quotes the start of it."""
    from tui_helpers import SIZE, copy_example, ready

    from summarizer.editing import DetachNotice
    from summarizer.tui.app import EditorApp

    app = EditorApp(copy_example(tmp_path, seeds_dir, "ketamine"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        notice = app.state.handout.disclaimers[0]
        assert app.apply(DetachNotice(notice.id))
        await pilot.pause()
        app.clear_notifications()
        app.action_undo()
        app.action_redo()
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        start = notice.text[:20]
        assert said[0].startswith("Undone: remove notice") and start in said[0], said
        assert said[1].startswith("Redone: remove notice") and start in said[1], said
