"""Compiled regular expressions kept in the user's cache between runs.

Every command reads the word lists as regular expressions, some 1,500 of them, many long
alternations; CPython's `re` parses and compiles each in pure Python on every run, a
third of the export gate's CPU (~0.2 s) and a fifth of `summarizer claims` (~0.35 s).
What `re` computes from a pattern (the matching engine's program: a list of integers,
the group count and names) depends only on the pattern, its flags and the Python build,
so it is kept in one cache file named by the interpreter's version and `re`'s engine
number, and handed back to the engine (`_sre.compile`, which checks the program) on the
next run: the very Pattern that `re.compile` gives (equal to it; the same matches).

A missing, corrupt or foreign file, or a Python whose `re` is laid out otherwise (checked
once, on a sample), only costs the compile: `re.compile` is used. The engine's check only
keeps it from crashing: a program damaged into another valid one (one literal changed)
would match another text than its pattern says, so the file carries a checksum of its
bytes, checked before they are unmarshalled. (It catches damage, not someone who writes
the user's cache on purpose: such a one already acts as the user.) New programs are written
back when the process exits (`save`; a forked child that leaves through os._exit calls it
itself), merged with what another process wrote meanwhile.
"""

from __future__ import annotations

import atexit
import re
import sys
from array import array
from typing import Any

try:  # CPython 3.11+: the parser, the code generator and the engine
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: plain re.compile
    _sre = None  # type: ignore[assignment]

# array's type code for one word of the engine's code (_sre.CODESIZE bytes)
_WORD = next((c for c in "IL" if _sre is not None and array(c).itemsize == _sre.CODESIZE), "")
MAX_ENTRIES = 4000  # a file that would hold more keeps only this run's programs
_Program = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
_known: dict[tuple[str, int], _Program] | None = None
_new: dict[tuple[str, int], _Program] = {}
_used: set[tuple[str, int]] = set()  # kept programs this run read


def _file_name() -> str:
    tag = sys.implementation.cache_tag or "python"
    return f"regex/v2-{tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _program(pattern: str, flags: int) -> _Program:
    """What re._compiler.compile hands the engine for `pattern` (re.error if invalid)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # the code as the engine's words in bytes: marshal reads 1,700 programs in a few ms
    # (as lists of ints, some 20 ms), and a run turns only those it uses into a list
    return (int(flags | parsed.state.flags), array(_WORD, code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _engine(pattern: str, program: _Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex,
                        indexgroup)


def _works() -> bool:
    """Does a program made here give exactly what re.compile gives (this Python's `re`
    laid out as expected)? One sample with flags, named and numbered groups, classes."""
    sample, flags = r"(?x) \b(?P<a>ab+|c[d-f]\w)(x)? (?i:é)\s*$", re.IGNORECASE
    try:
        return _engine(sample, _program(sample, flags)) == re.compile(sample, flags)
    except Exception:  # any change of re's internals: do without
        return False


def _load() -> dict[tuple[str, int], _Program] | None:
    """The kept programs (read once), {} when none; None when this Python cannot use them."""
    global _known
    if _known is None:
        if not _WORD or not _works():
            return None
        _known = _read()
        atexit.register(save)
    return _known


def _read() -> dict[tuple[str, int], _Program]:
    import marshal

    from summarizer.paths import PathError, read_regular
    from summarizer.usercache import cache_dir

    try:
        raw = read_regular(cache_dir() / _file_name(), 64 << 20, "cache file")
        head, body = raw[:_HEAD], raw[_HEAD:]
        if head != _checksum(body):  # damaged or foreign: not unmarshalled
            return {}
        data = marshal.loads(body)
    except (PathError, OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


_HEAD = 8  # the file: a checksum of the rest (b"rx" + CRC-32 + b"\n\n"), then marshal data


def _checksum(body: bytes) -> bytes:
    """The file's first bytes for `body` (under 1 ms for 3 MB)."""
    import zlib

    return b"rx" + zlib.crc32(body).to_bytes(4, "big") + b"\n\n"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the kept program when there is one."""
    flags = int(flags)
    known = _load()
    if known is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    program = known.get(key) or _new.get(key)
    if program is not None:
        try:
            compiled = _engine(pattern, program)
        except Exception:  # a damaged entry: compile afresh below
            known.pop(key, None)
        else:
            _used.add(key)
            return compiled
    program = _program(pattern, flags)  # raises re.error as re.compile does
    compiled = _engine(pattern, program)
    _new[key] = program
    return compiled


def save() -> None:
    """Write the programs compiled since the last save, merged with the file's (another
    process may have added some); a read-only or full disk only costs speed."""
    if not _new or _known is None:
        return
    import contextlib
    import marshal

    from summarizer import atomic
    from summarizer.usercache import cache_dir

    merged = _read()
    if len(merged) + len(_new) > MAX_ENTRIES:  # programs of word lists edited since
        merged = {key: _known[key] for key in _used if key in _known}
    merged.update(_new)
    _known.update(_new)
    _new.clear()
    with contextlib.suppress(OSError, ValueError):
        body = marshal.dumps(merged)
        atomic.write_bytes(cache_dir() / _file_name(), _checksum(body) + body)
