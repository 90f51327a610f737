"""Atomic writes for files the user owns: a crash leaves the old file or the new, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write to a temp file in the same folder, fsync, then rename over `path`.

    An OSError names `path` (not the temp file) so it can be shown to the user as is.
    """
    target = Path(path)
    try:
        _write(target, data)
    except OSError as exc:
        if exc.filename == str(target):
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from exc


def _write(target: Path, data: bytes) -> None:
    try:
        mode = target.stat().st_mode  # through a link: /dev/stdout is one
    except (FileNotFoundError, NotADirectoryError):
        mode = None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        # a rename would replace the device, FIFO or link itself (as root: /dev/stdout)
        raise OSError(errno.EINVAL, "not a regular file (a device, FIFO or socket); "
                      "name a file to write", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text(path: str | os.PathLike[str], text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
