"""Where summarizer reads and writes, when the handout (and its sources) came from a stranger.

Three rules, each refused with one line that names it:

* **Writes stay in their folder.** An output path is built from names the schema
  validated (a slug id, a BCP 47 locale), each a single plain name, and is proven to
  stay under its folder after resolution. Inside a handout folder no component may be
  a symbolic link: a `locales/es` link to another handout must not make
  `translations update` rewrite that handout's catalog.
* **Sources come from known places.** A handout's source is read only when it lies,
  after resolving links, inside the handout's folder or inside a library folder the
  user named (`--library DIR`, or `library = [...]` in the user's summarizer.toml).
  Otherwise a stranger's handout could name any file on the disk and `verify` would
  say whether a guessed sentence is in it.
* **Only regular files are read, and not too much.** Devices and FIFOs are never
  opened for reading (opened non-blocking, checked with fstat): a FIFO source must
  not hang a command, a link to /dev/zero must not fill the memory.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from summarizer.errors import UserError

CONFIG_NAME = "summarizer.toml"
CONFIG_ENV = "SUMMARIZER_CONFIG"  # a config file to use instead of the user's

MAX_SOURCE_BYTES = 50 * 1024 * 1024  # a long article is ~100 kB; a PDF source a few MB
MAX_HANDOUT_BYTES = 10 * 1024 * 1024

LIBRARY_RULE = (
    "sources are read only from inside the handout's folder or a library folder "
    "(--library DIR, or library = [...] in {config})"
)


def move_in_hint(paths: Iterable[str | os.PathLike[str]]) -> str:
    """The command that copies refused sources into the handout's folder, their folders
    named as libraries for that one run (move-in reads them under the same rule): a copy
    of the bundled example was refused, and the message said only the rule."""
    import shlex

    folders = dict.fromkeys(shlex.quote(str(Path(p).parent)) if Path(p).is_absolute()
                            else "DIR" for p in paths) or {"DIR": None}
    libraries = " ".join(f"--library {folder}" for folder in folders)
    return ("; to copy them into the handout's folder instead, run "
            f"`summarizer add-source HANDOUT --move-in {libraries}`")


class PathError(UserError):
    """A path that breaks one of the rules above."""


# --------------------------------------------------------------------------- reading


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def read_regular(path: str | os.PathLike[str], cap: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most `cap` bytes; PathError for anything else.

    Opened with O_NONBLOCK so opening a FIFO returns at once instead of waiting for a
    writer; the type is then checked on the open descriptor (no race with a swap)."""
    where = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise PathError("no such file", where) from None
    except IsADirectoryError:
        raise PathError(f"is a folder, not a {what}", where) from None
    except OSError as exc:
        raise PathError(f"cannot read: {exc.strerror or exc}", where) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise PathError(f"is {_kind(st.st_mode)}; only regular files are read", where)
        if st.st_size > cap:
            raise PathError(f"is {st.st_size:,} bytes; a {what} may be at most {cap:,}", where)
        chunks: list[bytes] = []
        size = 0
        while size <= cap:
            chunk = os.read(fd, min(1 << 20, cap + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > cap:  # grew while we read
            raise PathError(f"is more than {cap:,} bytes; a {what} may be at most {cap:,}",
                            where)
        return b"".join(chunks)
    except OSError as exc:
        raise PathError(f"cannot read: {exc.strerror or exc}", where) from None
    finally:
        os.close(fd)


def resolved(path: str | os.PathLike[str]) -> Path:
    """Path.resolve() that reports a link loop as a PathError (3.11 raises RuntimeError)."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError) as exc:
        raise PathError(f"cannot resolve: {exc}", str(path)) from None


# --------------------------------------------------------------------------- writing


def check_name(name: str, what: str = "name") -> str:
    """One plain path component: no separator, no `.`/`..`, no NUL, not hidden."""
    if (not name or name in (".", "..") or "/" in name or "\\" in name or "\x00" in name
            or name.startswith(".") or len(name.encode("utf-8", "surrogatepass")) > 255):
        raise PathError(f"{what} {name!r} cannot be used as a file or folder name")
    return name


def inside(base: str | os.PathLike[str], *parts: str, what: str = "name") -> Path:
    """`base/parts...`, proven to stay under `base` after resolution, with no component
    below `base` that is a symbolic link (the link could point anywhere)."""
    root = Path(base)
    real_root = resolved(root)
    current = root
    for part in parts:
        check_name(part, what)
        current = current / part
        if current.is_symlink():
            raise PathError(
                "is a symbolic link; summarizer does not read or write through links "
                "inside a handout folder", str(current))
    if not resolved(current).is_relative_to(real_root):
        raise PathError(f"would be outside {root}", str(current))
    return current


HANDOUT_MARK = "handout.toml"  # a folder holding one is a handout folder


def _in_handout(real: Path, handouts: Sequence[Path]) -> bool:
    return any(real.is_relative_to(h) for h in handouts) or any(
        (folder / HANDOUT_MARK).is_file() for folder in (real, *real.parents))


def check_output(path: str | os.PathLike[str], *,
                 handout_dir: str | os.PathLike[str] | None = None,
                 missing_ok: bool = True, what: str = "files") -> Path:
    """THE check before any write (export, review, screenshot): `path` as given, after
    proving no symbolic link inside a handout folder lies on the way to it, and that the
    folder it goes into exists (a command creates the file or folder it was asked to
    write, never the folders above it: `-o /nonexistent/dir/x.html` is refused).

    The path is walked as the system would (links followed one by one, `..` after
    them), so `H/out/../x` cannot slip through a link either. A link is refused when
    the folder holding it is the command's handout folder (`handout_dir`), any folder
    below it, or any folder below one holding a handout.toml. `missing_ok` False also
    refuses a `path` that does not exist yet (its parent is always required); `what` is
    named in the message ("cannot write PDFs here")."""
    given = Path(path)
    handouts = [resolved(handout_dir)] if handout_dir is not None else []
    skip = 1 if given.is_absolute() else 0  # the anchor ("/") is where the walk starts
    real = Path(given.anchor) if skip else resolved(Path.cwd())
    parts = given.parts
    for i in range(skip, len(parts)):
        part, shown = parts[i], str(Path(*parts[:i + 1]))
        if part == "..":
            real = real.parent
            continue
        step = real / part
        if step.is_symlink():
            if _in_handout(real, handouts):
                raise PathError("is a symbolic link inside a handout folder; summarizer "
                                "does not write through links there", shown)
            real = resolved(step)
        elif not step.exists():
            if i < len(parts) - 1:
                raise PathError(f"cannot write {what} here: the folder {shown} does not "
                                "exist (create it first: summarizer creates no folders "
                                "above what it writes)", str(given))
            if not missing_ok:
                raise PathError("no such file or folder", str(given))
        elif i < len(parts) - 1 and not step.is_dir():
            raise PathError(f"cannot write {what} here: {shown} is a file, not a folder",
                            str(given))
        else:
            real = step
    return given


def own_folder(base: str | os.PathLike[str], name: str) -> Path:
    """A folder summarizer writes into inside `base` (e.g. `out/`), refused when it is a
    link or not a folder."""
    path = inside(base, name)
    if path.exists() and not path.is_dir():
        raise PathError("is a file, not a folder", str(path))
    return path


# --------------------------------------------------------------------------- the library

_cli_library: list[Path] = []


def set_cli_library(dirs: Iterable[str | os.PathLike[str]]) -> None:
    """The folders named with --library for this command (replacing earlier ones); a
    folder that is not there is a usage error (a typo would otherwise pass unseen)."""
    from summarizer.errors import UsageError

    found = [Path(d).expanduser() for d in dirs]
    for folder in found:
        if not folder.is_dir():
            why = "not a folder" if folder.exists() else "no such folder"
            raise UsageError(f"--library {folder}: {why}")
    _cli_library[:] = found


def config_path() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("summarizer")) / CONFIG_NAME


def _config_library() -> list[Path]:
    path = config_path()
    try:
        data = read_regular(path, 1024 * 1024, "config file")
    except PathError:
        if not path.exists():
            return []
        raise
    import tomllib

    try:
        config = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PathError(f"invalid config file: {exc}", str(path)) from None
    library = config.get("library", [])
    if isinstance(library, str):
        library = [library]
    if not isinstance(library, list) or not all(isinstance(d, str) for d in library):
        raise PathError("'library' must be a list of folder paths", str(path))
    return [(path.parent / Path(d).expanduser()) for d in library]


def library_dirs() -> list[Path]:
    """Folders sources may be read from besides the handout's own: --library, then the
    config file. Relative config entries are relative to the config file."""
    return [*_cli_library, *_config_library()]


def check_source(path: str | os.PathLike[str], handout_dir: str | os.PathLike[str],
                 library: Sequence[str | os.PathLike[str]] | None = None) -> Path:
    """The resolved path of a handout's source, or PathError naming the library rule."""
    real = resolved(path)
    libraries = list(library_dirs() if library is None else library)
    for folder in (Path(handout_dir), *libraries):
        if real.is_relative_to(resolved(folder)):
            return real
    # Say where the path points and which libraries are in effect: a copied handout
    # whose relative paths now miss the library is then plain to see. A link is named
    # with its target (the link's own path may well lie inside the handout's folder).
    written = os.path.normpath(os.path.abspath(path))
    points_to = (f"it is a symbolic link to {real}" if Path(written) != real
                 else f"it points to {written}")
    named = ", ".join(str(d) for d in libraries) or "none"
    raise PathError(f"{points_to}, {OUTSIDE} ({named}); "
                    + LIBRARY_RULE.format(config=config_path()) + move_in_hint([real]),
                    str(path))


OUTSIDE = "outside the handout's folder and the library folders"


def is_library_refusal(reason: str) -> bool:
    """Whether a source's unread reason is check_source's refusal (the library rule)."""
    return OUTSIDE in reason


def library_refusal(sources: Sequence[tuple[str, str]]) -> str:
    """One message for every source the library rule refused, (id, path as written):
    the rule is said once, not once per source (five times for the bundled example)."""
    from summarizer.counting import count

    named = ", ".join(str(d) for d in library_dirs()) or "none"
    listed = ", ".join(f"{sid} ({where})" for sid, where in sources)
    return (f"{count(len(sources), 'source')} not read, so their quotes and evidence were "
            f"not checked: {listed}: {OUTSIDE} ({named}); "
            + LIBRARY_RULE.format(config=config_path())
            + move_in_hint(where for _, where in sources))
