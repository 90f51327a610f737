"""Work done in a forked child while this process does something else: the export's gate
while WeasyPrint loads (summarizer.export), the editor's sources while Textual paints
(summarizer.tui.prefetch). One mechanism for both: a pipe, a fork, the child's bytes read
once and the child reaped. Decoding what the bytes mean stays with each caller.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable


class Forked:
    """A forked child computing bytes; `read()` takes them once, `close()` gives up."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid, self._fd = pid, fd

    @property
    def pid(self) -> int:
        """The child's process id (tests check it is reaped)."""
        return self._pid

    @staticmethod
    def fork(work: Callable[[], bytes]) -> tuple[int, int] | None:
        """Fork a child that writes `work()`'s bytes into a pipe and exits (os._exit: no
        atexit handlers or buffers of the parent's; a failure in `work` sends nothing).
        (pid, the pipe's read end), or None off Linux, once a thread runs (a child forked
        from a threaded process may deadlock), or when the pipe or the fork fails."""
        if not sys.platform.startswith("linux") or threading.active_count() > 1:
            return None
        try:
            read_end, write_end = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # the child: answer through the pipe, never return into the caller
            code = 1
            try:
                os.close(read_end)
                data = work()
                with os.fdopen(write_end, "wb") as pipe:
                    pipe.write(data)
                code = 0
                # what the child compiled is kept for the next run, as a process's
                # exit does (os._exit runs no atexit handler); after the answer is sent
                from summarizer import regex_store

                regex_store.save()
            except BaseException:  # the parent does the work itself
                pass
            finally:
                os._exit(code)
        os.close(write_end)
        return pid, read_end

    def read(self) -> bytes | None:
        """The child's bytes, waiting for them (off a UI thread), and the child reaped;
        None if it failed, or on any later call. The pipe is given up before it is read,
        so a read interrupted by Ctrl-C is never tried again on a descriptor number that
        another file may have taken since."""
        fd, self._fd = self._fd, -1
        if fd < 0:
            return None
        with os.fdopen(fd, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        return data if status == 0 and data else None

    def close(self) -> None:
        """Closing before the bytes were taken: stop the child and reap it."""
        if self._fd < 0:
            return
        os.close(self._fd)
        self._fd = -1
        with contextlib.suppress(OSError):
            os.kill(self._pid, signal.SIGTERM)
            os.waitpid(self._pid, 0)
