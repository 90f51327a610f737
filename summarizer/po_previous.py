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


def rewrap(po: str, width: int) -> str:
    """Babel's `#|` lines rewritten as gettext writes them (one quoted string a line)."""
    from babel.messages.pofile import normalize

    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        old = parse([line[2:] for line in run]) if run else ""
        if old:
            out.append("#| msgid " + normalize(old, prefix="#| ", width=width))
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
