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
    """The `#| msgid` lines of `old` as GNU gettext writes them (gnu_lines). Babel's own
    wrapping of prefixed lines cut them at about 40 columns with the spaces leading each
    line."""
    from babel.messages.pofile import escape

    return gnu_lines("#| ", "msgid", escape(old)[1:-1], width)


def gnu_lines(prefix: str, keyword: str, body: str, width: int) -> list[str]:
    """One keyword's string (`body`, escaped, without its quotes) as GNU gettext writes
    it: one line when it fits in `width` columns, else `keyword ""` and lines filled up to
    `width` (columns as a terminal shows them: a Chinese character takes two, a vowel mark
    none), each broken where GNU may break it (_pieces) or after an escaped newline;
    every line starts with `prefix` ("#~ " obsolete, "#| " previous)."""
    inner_newline = "\\n" in body[:-2]  # GNU starts such a string on its own line
    if _columns(f'{prefix}{keyword} "{body}"') <= width and not inner_newline:
        return [f'{prefix}{keyword} "{body}"']
    room = width - len(f'{prefix}""')
    pieces = _pieces(body)
    if len(pieces) == 1:
        return [f'{prefix}{keyword} "{body}"']  # nowhere to break: GNU keeps it whole
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if line and _columns(line) + _columns(piece) > room:
            lines.append(line)
            line = ""
        line += piece
        if line.endswith("\\n"):
            lines.append(line)
            line = ""
    if line:
        lines.append(line)
    return [f'{prefix}{keyword} ""', *(f'{prefix}"{part}"' for part in lines)]


_UNITS = re.compile(r"\\.|.", re.DOTALL)
_NO_BREAK_BEFORE = set(",.:;!?)]}，。、：；！？）」』】〕〉》”’・ー々〜…")
_NO_BREAK_AFTER = set("([{（「『【〔〈《“‘")


def _wide(char: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(char) in ("W", "F")


def _columns(text: str) -> int:
    """Columns a terminal gives `text`: two for a wide character, none for a mark."""
    import unicodedata

    return sum(0 if unicodedata.combining(c) else 2 if _wide(c) else 1 for c in text)


def _pieces(body: str) -> list[str]:
    """`body` cut where a line may end, as GNU's line breaking (Unicode's) allows in the
    text of handouts: after a run of spaces, after a hyphen or a slash before a letter
    (a web address's path), after an escaped newline, and beside a Chinese, Japanese or
    Korean character (not before closing punctuation, not after opening)."""
    units = _UNITS.findall(body)
    pieces: list[str] = []
    piece = ""
    for i, unit in enumerate(units):
        piece += unit
        after = units[i + 1] if i + 1 < len(units) else ""
        if not after:
            break
        if unit == "\\n":
            cut = True
        elif unit == " ":
            cut = after != " "
        elif after == " " or unit.startswith("\\") or after.startswith("\\"):
            cut = False
        elif unit in "-/":  # "988-suicide-", a web address's "care/chat"; not "24/7"
            cut = after.isalpha()
        else:
            cut = ((_wide(unit) or _wide(after)) and unit not in _NO_BREAK_AFTER
                   and after not in _NO_BREAK_BEFORE)
        if cut:
            pieces.append(piece)
            piece = ""
    if piece:
        pieces.append(piece)
    return pieces


_KEYWORD = re.compile(r'(#~ )?(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")')
_MORE = re.compile(r'(#~ )?(".*")')


def gnu_wrap(po: str, width: int) -> str:
    """Every msgctxt, msgid and msgstr of a PO file, obsolete ones included, wrapped as
    gnu_lines says (Babel breaks a line before a space, not after it, and cuts obsolete
    entries at about 40 columns); the text of each string is unchanged."""
    lines = po.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _KEYWORD.fullmatch(lines[i])
        if m is None:
            out.append(lines[i])
            i += 1
            continue
        prefix = m.group(1) or ""
        block = [lines[i]]
        parts = [m.group(3)]
        i += 1
        while i < len(lines) and (more := _MORE.fullmatch(lines[i])) and (
                more.group(1) or "") == prefix:
            block.append(lines[i])
            parts.append(more.group(2))
            i += 1
        strings = [_QUOTED.fullmatch(part) for part in parts]
        if all(strings):
            body = "".join(q.group(1) for q in strings if q)
            out.extend(gnu_lines(prefix, m.group(2), body, width))
        else:  # not one quoted string a line: left as it is
            out.extend(block)
    while len(out) > 1 and out[-1] == "" and out[-2] == "":  # one newline ends the file
        out.pop()
    return "\n".join(out)


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
