"""`claims` and `disclaimers` say what a long run is doing (commands._progress).

3 MB of articles take seconds; a single note before each long source left the terminal
silent for most of it. The status is driven here by hand (a fake clock, `tick()` called
directly): no waiting, no timing.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summarizer.commands import _progress
from summarizer.commands._progress import Progress
from summarizer.model import LoadedSource


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def src(chars: int) -> LoadedSource:
    return LoadedSource(path="x.txt", format="txt", text="a" * chars, sha256="0" * 64)


def run_three(stream: io.StringIO, clock: Clock) -> Progress:
    progress = Progress(stream, clock=clock)
    sources = {"first": src(1_200_000), "second\x1b[31m": src(600_000), "third": src(1_200_000)}
    progress.loading()
    progress.sources(sources)
    for sid, s in sources.items():
        progress.source(sid, s)
        for _ in range(25):  # 12.5 s of work each, ticked every half second
            clock.now += 0.5
            progress.tick()
    progress.finish()
    return progress


def test_a_log_gets_plain_lines_while_a_long_run_goes_on() -> None:
    out, clock = io.StringIO(), Clock()
    run_three(out, clock)
    lines = out.getvalue().splitlines()
    assert lines[0] == ("summarizer: reading first (1.2 MB of text; this can take a "
                        "while)…")
    still = [ln for ln in lines if "still reading" in ln]
    assert still and "second␛[31m (2 of 3, 0.6 MB)… 40% done" in " ".join(still)
    assert lines[-1] == "summarizer: read 3 sources (3.0 MB) in 38 s"
    assert all(ch == "\n" or ch.isprintable() for ch in out.getvalue())


def test_a_terminal_gets_one_line_rewritten_and_cleared() -> None:
    out, clock = Terminal(), Clock()
    run_three(out, clock)
    shown = out.getvalue()
    assert "\n" not in shown and "\x1b" not in shown
    frames = shown.split("\r")
    assert any(f.startswith("summarizer: reading third (3 of 3, 1.2 MB)… 60% done, ")
               for f in frames)
    assert any("second␛[31m" in f for f in frames)
    assert frames[-1] == "" and not frames[-2].strip()  # cleared at the end


def test_a_quick_run_says_nothing() -> None:
    for stream in (io.StringIO(), Terminal()):
        clock = Clock()
        progress = Progress(stream, clock=clock)
        progress.sources({"a": src(1000)})
        progress.source("a", src(1000))
        clock.now += 1.0
        progress.tick()
        progress.finish()
        assert stream.getvalue() == ""


def test_claims_names_a_long_source_and_sums_up(tmp_path: Path, seeds_dir: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.cli import main

    monkeypatch.setattr(_progress, "LONG", 1000)  # the seeds count as long
    assert main(["claims", str(seeds_dir)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len([ln for ln in err if ln.startswith("summarizer: reading ")]) == 5
    assert err[-1].startswith("summarizer: read 5 sources (0.")


def test_the_carriage_return_passes_the_clis_safe_stream() -> None:
    """The CLI puts stderr behind terminal.SafeStream, which shows a bare "\\r" as "␍":
    the status line's own carriage returns go to the stream beneath it."""
    from summarizer.terminal import SafeStream

    raw = Terminal()
    clock = Clock()
    progress = Progress(SafeStream(raw), clock=clock)  # type: ignore[arg-type]
    progress.sources({"a\x07": src(2_000_000)})
    progress.source("a\x07", src(2_000_000))
    clock.now += 5
    progress.tick()
    progress.finish()
    assert raw.getvalue().startswith("\rsummarizer: reading a␇ (1 source, 2.0 MB)… 5 s")
    assert "␍" not in raw.getvalue() and "\x07" not in raw.getvalue()
