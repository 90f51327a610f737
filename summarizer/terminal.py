"""Text from articles, handouts and catalogs made safe to print on a terminal.

An article (or a handout or catalog someone sent) can carry terminal control sequences:
ESC ] 52 writes the user's clipboard, ESC ] 0 retitles the window, ESC [ 8 m hides
the text after it, a bare carriage return overprints a line, and the 8-bit C1 codes
(U+009B is CSI) do the same without an ESC. Printing such text raw hands the author
control of the user's terminal. Every control character is therefore shown as a
visible stand-in instead: C0 codes as their Unicode Control Pictures (ESC -> "␛"),
DEL as "␡", C1 codes and invisible direction overrides as "\\x9b" / "\\u202e".
Newline and tab are kept: they are layout, not commands.

Pure module: no terminal is touched here; the CLI wraps its streams in SafeStream.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

# C0 except \t and \n, DEL, C1; plus the bidirectional overrides and isolates, which
# reorder what is shown (the "Trojan Source" trick) without being control codes.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _picture(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 CONTROL PICTURES: ␀ … ␛ …
    if code == 0x7F:
        return "\u2421"  # ␡
    if code <= 0x9F:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control character (except newline and tab) made visible."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_picture, text)


def visible_line(text: str) -> str:
    """Like `visible`, for one table cell or line: newline and tab are shown too."""
    if not _UNSAFE_IN_LINE.search(text):
        return text
    return _UNSAFE_IN_LINE.sub(_picture, text)


def _one_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"  # ␡; C1 and direction overrides: �


def visible_keep_offsets(text: str) -> str:
    """Like `visible_line`, but one character for one, so offsets into the text still hold.

    For the editor, which highlights quotes by offset: Textual passes ESC and C1 codes
    through to the terminal as they are (measured with Textual 8: only BEL is dropped).
    """
    if not _UNSAFE_IN_LINE.search(text):
        return text
    return _UNSAFE_IN_LINE.sub(_one_char, text)


_UNSAFE_IN_SOURCE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]")


def _source_char(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in "\x0b\x0c":
        return " "  # vertical tab, form feed: whitespace, kept as whitespace
    return _one_char(match)


def source_text(text: str) -> str:
    """A source's text with control characters replaced one for one, as it is loaded.

    Applied where sources are read, so offsets, quotes and everything shown from them
    (the editor draws through Textual, which passes ESC and C1 codes to the terminal)
    never carry a control sequence. Tab, newline and carriage return are layout; the
    direction isolates stay (right-to-left text needs them).
    """
    if not _UNSAFE_IN_SOURCE.search(text):
        return text
    return _UNSAFE_IN_SOURCE.sub(_source_char, text)


def has_controls(text: str) -> bool:
    """True when `visible` would change `text`."""
    return _UNSAFE.search(text) is not None


def escape_json_text(text: str) -> str:
    """JSON text with DEL, C1 and direction overrides written as \\uXXXX escapes.

    json.dumps(ensure_ascii=False) escapes C0 codes only; U+009B (an 8-bit CSI) and
    U+202E would reach the terminal raw. The escapes keep the JSON valid and equal.
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream wrapper whose writes pass through `visible`.

    The CLI puts stdout and stderr behind one for every command but the editor, so no
    print site can leak a control sequence. Code that must send its own control
    characters (the progress bar's carriage return) writes to `.raw`.
    """

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(visible(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding, …
        return getattr(self.raw, name)


def raw_stream(stream: Any) -> Any:
    """The stream under a SafeStream (for deliberate control characters), else `stream`."""
    return stream.raw if isinstance(stream, SafeStream) else stream


# A terminal control sequence as it stands in a source: raw, or as loaded (source_text
# shows each control character one for one: ESC as "␛", BEL as "␇"). Every branch starts
# with a control character or its stand-in, so _ANY_CONTROL finds whether there is one.
_ESC = "[\x1b\u241b]"
_CONTROL_SEQUENCE = (
    rf"{_ESC}\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves ("␛[31m")
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the same, as one 8-bit code
    # OSC, DCS, SOS, PM, APC: a title or clipboard write, up to BEL or ST ("␛]0;x␛\");
    # one never ended is only its opener (the short escape below): the text after it is
    # the article's, and its sentences must still be read
    rf"|{_ESC}[\]PX^_][^\x07\u2407\x1b\u241b\n]{{0,1024}}(?:[\x07\u2407]|{_ESC}\\)"
    rf"|{_ESC}[ -/]*[0-~]"  # a short escape ("␛(B", "␛c")
    "|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2400-\u241f\u2421]"  # a lone control, or stand-in
)
_ANY_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2400-\u241f\u2421]")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def mask_controls(text: str) -> str:
    """`text` with every control sequence (raw or as its stand-ins) blanked, one space for
    each character, so offsets into `text` still hold. What reads words and sentence ends
    reads this: "depression.␛[0m It" is two sentences, "␛[31mworked" the word "worked"."""
    if not _ANY_CONTROL.search(text):
        return text
    return re.sub(_CONTROL_SEQUENCE, _blank, text)  # compiled on first use (re's cache)
