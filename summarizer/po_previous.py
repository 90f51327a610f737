"""A fuzzy string's previous msgid (the `#|` lines): the English its translation was
made for, kept through reading and writing a catalog.

Babel writes it (include_previous) but wraps a long one as a comment, cutting its quoted
strings mid-line, and reads `#|` lines back as translator comments; so the old English
was gone once the catalog was read again, and the Translations tab could not show what
changed ("was: ..."). Pure: no Textual here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def parse(lines: Sequence[str]) -> str:
    """The msgid in `#|` lines (their text after the `|`), written as gettext writes it
    or as Babel wraps it (lines cut at a space); "" if they hold no plain msgid."""
    text = " ".join(line.strip() for line in lines)
    if not text.startswith("msgid ") or "msgid_plural" in text or "msgctxt" in text:
        return ""
    from babel.messages.pofile import unescape

    return "".join(unescape(f'"{part}"') for part in _QUOTED.findall(text[6:]))


def lift(catalog: Catalog) -> None:
    """Move the `#|` lines Babel read as translator comments into each previous_id."""
    for message in catalog:
        if not message.id:
            continue
        lines = [c[1:] for c in message.user_comments if c.startswith("|")]
        if not lines:
            continue
        message.user_comments = [c for c in message.user_comments if not c.startswith("|")]
        old = parse(lines)
        if old and not message.previous_id:
            message.previous_id = [old]


def wrapped(old: str, width: int) -> list[str]:
    """The `#| msgid` lines of `old` as GNU gettext writes them: one line when it fits in
    `width` columns, else `#| msgid ""` and lines filled up to `width`, each broken after
    a space (which ends its line), a hyphen before a letter, or an escaped newline.
    Babel's own wrapping of prefixed lines cut them at about 40 columns with the spaces
    leading each line."""
    from babel.messages.pofile import escape

    body = escape(old)[1:-1]
    inner_newline = "\\n" in body[:-2]  # GNU starts such a string on its own line
    if len(f'#| msgid "{body}"') <= width and not inner_newline:
        return [f'#| msgid "{body}"']
    room = width - len('#| ""')
    pieces = re.findall(r"(?:[^ \\]|\\.)*?(?: +|\\n|-(?=[^\d\s-])|$)", body)
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if not piece:
            continue
        if line and len(line) + len(piece) > room:
            lines.append(line)
            line = ""
        line += piece
        if line.endswith("\\n"):
            lines.append(line)
            line = ""
    if line:
        lines.append(line)
    return ['#| msgid ""', *(f'#| "{part}"' for part in lines)]


def rewrap(po: str, width: int) -> str:
    """Babel's `#|` lines rewritten as gettext writes them (one quoted string a line)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        old = parse([line[2:] for line in run]) if run else ""
        if old:
            out.extend(wrapped(old, width))
        else:
            out.extend(run)
        run.clear()

    for line in po.split("\n"):
        if line.startswith("#|"):
            run.append(line)
            continue
        flush()
        out.append(line)
    flush()
    return "\n".join(out)
