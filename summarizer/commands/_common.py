"""Small helpers shared by subcommands: tables, JSON, and stdout that never crashes."""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from summarizer.terminal import escape_json_text, visible_line


def to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in obj]
    return obj


def print_json(obj: Any) -> None:
    """JSON on stdout; C0 codes are escaped by json, DEL/C1 by escape_json_text."""
    import json  # only for --json: a report printed as a table need not load it

    text = json.dumps(to_jsonable(obj), ensure_ascii=False, indent=2)
    sys.stdout.write(escape_json_text(text) + "\n")


MIN_MESSAGE_WIDTH = 40  # narrower, a table's last column goes below each row


def terminal_width(default: int = 100) -> int:
    """The columns shutil.get_terminal_size would give (COLUMNS, else the terminal on
    stdout, else `default`), at least 60; without importing shutil, which loads the
    compression modules (a one-shot command's start-up, benchmarks/readability.py)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return max(60, columns or default)


def _wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap; textwrap is ~10x slower and tables can have 100k rows."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        # a word longer than the line (a path, a URL) stays whole on a line of its own:
        # cut, it could no longer be copied, searched or clicked
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], wrap_last: bool = True
) -> None:
    """Fixed columns sized to content, the last column wrapped to the terminal."""
    rows = [[visible_line(str(c)) for c in r] for r in rows]
    headers = [visible_line(str(h)) for h in headers]
    widths = [len(h) for h in headers]
    for r in rows:
        for i, c in enumerate(r[:-1]):
            widths[i] = min(max(widths[i], len(c)), 40)
    lead = sum(w + 2 for w in widths[:-1])
    width = terminal_width()
    last_w = width - lead
    # Too narrow a last column (long ids before it on an 80-column terminal) gave
    # messages 20 characters wide: then each message goes below its row, indented.
    below = wrap_last and last_w < MIN_MESSAGE_WIDTH
    if below:
        lead, last_w = 4, width - 4
    out = sys.stdout

    def line(cells: Sequence[str], header: bool = False) -> None:
        head = "".join(c[: widths[i]].ljust(widths[i] + 2) for i, c in enumerate(cells[:-1]))
        last = cells[-1]
        parts = _wrap(last, last_w) if wrap_last and last else [last]
        if below and not header:
            out.write(head.rstrip() + "\n")
            for p in parts:
                out.write(" " * lead + p + "\n")
            return
        out.write(head + (parts[0] if parts else "") + "\n")
        for p in parts[1:]:
            out.write(" " * lead + p + "\n")

    line(list(headers), header=True)
    line(["-" * w for w in widths[:-1]] + ["-" * min(last_w, 40)], header=True)
    for r in rows:
        line(r)


def once_each(given: list[str], command: str, done: str) -> list[str]:
    """The handouts named, each once: a shell glob and a typed name, or a folder and its
    handout.toml, may name one handout twice, and it would be exported (or checked)
    twice. Says on stderr which name was repeated."""
    from pathlib import Path

    from summarizer.handout_file import HANDOUT_FILENAME

    first: dict[Path, str] = {}
    times: dict[Path, int] = {}
    for name in given:
        p = Path(name)
        key = (p / HANDOUT_FILENAME if p.is_dir() else p).resolve()  # a missing one: as named
        first.setdefault(key, name)
        times[key] = times.get(key, 0) + 1
    for key, n in times.items():
        if n > 1:
            print(visible_line(f"{command}: {first[key]} was named {n} times: {done} once"),
                  file=sys.stderr)
    return list(first.values())
