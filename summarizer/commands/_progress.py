"""What a long `claims` or `disclaimers` run is doing, on standard error.

3 MB of articles take seconds to read (about 4 s a megabyte on the shared 2-core VM),
and one note before each long source left a terminal silent for most of that. So:

- on a terminal, after the first second and a half, one status line rewritten in place
  (a carriage return, nothing else: no escape codes) every half second: which source,
  its place among them, how much of the text is done, the seconds so far; cleared at
  the end;
- elsewhere (a log, a pipe), plain lines and no control characters: a note before each
  long source, as before, and one "still reading" line every 10 s, then one line with
  the total when anything was said.

Source names come from articles and are shown with their control characters made
visible (terminal.visible_line).
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from summarizer.terminal import raw_stream, visible_line

if TYPE_CHECKING:
    from summarizer.model import LoadedSource

LONG = 1_000_000  # characters: a source this long is named before it is read, everywhere


def _mb(chars: int) -> str:
    return f"{chars / 1e6:.1f} MB"


class Progress:
    """Progress of one run; `source(sid, src)` before each source is analysed (the
    `before` hook of sources.analyze.analyze_sources), `tick()` from a timer."""

    def __init__(self, stream: TextIO | None = None, *,
                 clock: Callable[[], float] = time.monotonic, quiet_for: float = 1.5,
                 every: float | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.clock = clock
        self.start = clock()
        self.quiet_for = quiet_for  # nothing is shown on a terminal for a quick run
        self.every = every if every is not None else (0.5 if self.tty else 10.0)
        self.total = 0
        self.count = 0
        self.index = 0  # sources begun
        self.done_chars = 0  # characters of the sources finished
        self.current = ""  # what is being done: "loading the articles", a source
        self.current_chars = 0
        self.last_said = self.start
        self.said = False
        self.shown = 0  # width of the status line on the terminal
        self.lock = threading.Lock()

    # ------------------------------------------------------------------ what happens

    def loading(self, what: str = "loading the articles") -> None:
        with self.lock:
            self.current = what

    def sources(self, sources: dict[str, LoadedSource]) -> None:
        """The loaded sources about to be analysed."""
        with self.lock:
            self.total = sum(len(s.text) for s in sources.values())
            self.count = len(sources)

    def source(self, sid: str, src: LoadedSource) -> None:
        """`sid` is about to be analysed (the previous one is done)."""
        with self.lock:
            if self.index:
                self.done_chars += self.current_chars
            self.index += 1
            self.current = visible_line(sid)
            self.current_chars = len(src.text)
            if len(src.text) >= LONG and not self.tty:
                self._say(f"summarizer: reading {self.current} ({_mb(len(src.text))} of "
                          "text; this can take a while)…")

    # ------------------------------------------------------------------ showing it

    def status(self) -> str:
        """One line: what is being read and how far the run is."""
        seconds = f"{self.clock() - self.start:.0f} s"
        if not self.index:
            return f"summarizer: {self.current or 'starting'}… {seconds}"
        where = f"{self.index} of {self.count}" if self.count > 1 else "1 source"
        share = f"{100 * self.done_chars / self.total:.0f}% done" if self.total else ""
        size = _mb(self.current_chars)
        return (f"summarizer: reading {self.current} ({where}, {size})… "
                + (f"{share}, " if self.count > 1 else "") + seconds)

    def tick(self) -> None:
        """Called every `every` seconds while the work runs."""
        with self.lock:
            now = self.clock()
            if now - self.start < self.quiet_for:
                return
            if self.tty:
                self._show(self.status())
            elif now - self.last_said >= self.every:
                self._say(self.status().replace("summarizer: reading",
                                                "summarizer: still reading", 1))

    def finish(self) -> None:
        """The work is over: clear the status line, or sum up if anything was said."""
        with self.lock:
            if self.tty:
                if self.shown:
                    raw_stream(self.stream).write("\r" + " " * self.shown + "\r")
                    self.stream.flush()
                    self.shown = 0
            elif self.said:
                chars = self.done_chars + self.current_chars
                self._say(f"summarizer: read {self.count} source"
                          f"{'s' if self.count != 1 else ''} ({_mb(chars)}) in "
                          f"{self.clock() - self.start:.0f} s")

    def note(self, line: str) -> None:
        """A line of its own (an error about one file), below the status line's place."""
        with self.lock:
            if self.tty and self.shown:
                raw_stream(self.stream).write("\r" + " " * self.shown + "\r")
                self.shown = 0
            print(visible_line(line), file=self.stream, flush=True)

    def _say(self, line: str) -> None:
        print(visible_line(line), file=self.stream, flush=True)
        self.said = True
        self.last_said = self.clock()

    def _show(self, line: str) -> None:
        width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)
        line = visible_line(line)
        if len(line) > width:
            line = line[: width - 1] + "…"
        pad = max(0, self.shown - len(line))
        # the carriage return past the CLI's SafeStream, which would show it as "␍"
        raw_stream(self.stream).write("\r" + line + " " * pad)
        self.stream.flush()
        self.shown = len(line)

    # ------------------------------------------------------------------ the timer

    def __enter__(self) -> Progress:
        self._stop = threading.Event()
        self._timer = threading.Thread(target=self._run, name="progress", daemon=True)
        self._timer.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.every if self.tty else 1.0):
            self.tick()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._timer.join()
        self.finish()
