"""Strict reading of gettext catalogs, with `msgfmt -c --check-format` parity.

Babel's PO reader is lenient: an unterminated string is read up to the end of its line
(the PDF then prints a truncated word), a duplicate msgid silently replaces the first,
an unknown charset surfaces as a LookupError, and a broken placeholder passes until
`%` raises KeyError in the middle of an export. Catalogs travel between clinics and
translators, so every catalog is checked here first, and each problem is reported as
`file:line: message`, the way msgfmt and compilers do:

  syntax        strings closed on their line, known escapes, keywords in order
  duplicates    one definition per (msgctxt, msgid)
  header        a header entry, "Key: value" lines, a charset Python knows
                (missing standard fields are warnings, as in msgfmt -c)
  newlines      msgid and msgstr both begin / both end with a newline, or neither
  formats       python-format (Babel's checker, then the string is really formatted)
                and python-brace-format; app catalogs: every msgstr is %-formatted
                by the template engine, so every one is checked

Pure: bytes in, problems out (check_file reads the file). Nothing here is Babel's
parser, so a problem Babel would hide cannot hide here.
"""

from __future__ import annotations

import codecs
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

ERROR = "error"
WARNING = "warning"

# msgfmt -c warns when these are missing (Language too, which Babel writes).
STANDARD_HEADERS = ("Project-Id-Version", "PO-Revision-Date", "Last-Translator",
                    "Language-Team", "MIME-Version", "Content-Type",
                    "Content-Transfer-Encoding", "Language")
MAX_BYTES = 20 * 1024 * 1024  # a catalog bigger than this is not a handout's

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[\s\"]|$)\s*(.*)$")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
            "\\": "\\", '"': '"', "'": "'", "?": "?"}
_PY_FORMAT = re.compile(r"%(?:\(([^)]*)\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?"
                        r"([diouxXeEfFgGcrs%])")  # gettext's set: no %a
_PLURAL_FORMS = re.compile(r"nplurals\s*=\s*[1-9]\d?\s*;\s*plural\s*=\s*"
                           r"[n0-9\s()?:<>=!&|%+*/-]+;?")
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]*):[ \t]*(.*)")
_CHARSET = re.compile(r"charset\s*=\s*([^\s;\\\"]*)", re.I)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a catalog, at a line (0 = the file as a whole)."""

    path: str
    line: int
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class Entry:
    """One PO entry as written, with the line of each part."""

    line: int  # of msgid (or of its first keyword)
    obsolete: bool = False
    flags: set[str] = field(default_factory=set)
    msgctxt: str | None = None
    msgid: str | None = None
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    msgstr_line: int = 0

    @property
    def translations(self) -> list[str]:
        return [self.msgstr[k] for k in sorted(self.msgstr)]


@dataclass
class Parsed:
    """What a strict read found: the entries, the header fields and the problems."""

    entries: list[Entry]
    header: list[tuple[str, str]]  # (key, value) in file order
    charset: str
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]


# ------------------------------------------------------------------------------ lexing


def _string(text: str, col: int, lineno: int, where: str,
            problems: list[Problem]) -> str | None:
    """Decode the C string literal starting at text[col]; None (and a problem) if bad."""
    if col >= len(text) or text[col] != '"':
        problems.append(Problem(where, lineno, "expected a string in double quotes"))
        return None
    out: list[str] = []
    i = col + 1
    while i < len(text):
        ch = text[i]
        if ch == '"':
            if text[i + 1:].strip():
                problems.append(Problem(where, lineno, "text after the closing quote"))
                return None
            value = "".join(out)
            if "\x00" in value:  # it would end the string inside a compiled .mo
                problems.append(Problem(where, lineno, "a NUL character in a string"))
                return None
            return value
        if ch == "\\":
            nxt = text[i + 1:i + 2]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            octal = re.match(r"[0-7]{1,3}", text[i + 1:])
            if octal:
                out.append(chr(int(octal.group(), 8)))
                i += 1 + len(octal.group())
                continue
            hexa = re.match(r"x([0-9A-Fa-f]{1,2})", text[i + 1:])
            if hexa:
                out.append(chr(int(hexa.group(1), 16)))
                i += 1 + len(hexa.group())
                continue
            problems.append(Problem(where, lineno,
                                    f"invalid escape sequence \\{nxt or '(end of line)'}"))
            return None
        out.append(ch)
        i += 1
    problems.append(Problem(where, lineno, "end of line within a string (unterminated string)"))
    return None


def _lex(text: str, where: str, problems: list[Problem]) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    part: tuple[str, int] | None = None  # the keyword continuation lines extend
    flags: set[str] = set()

    def close() -> None:
        nonlocal current
        if current is not None:
            if current.msgid is None:
                problems.append(Problem(where, current.line, "msgctxt without msgid"))
            elif not current.msgstr:
                problems.append(Problem(where, current.line, "msgid without msgstr"))
            else:
                entries.append(current)
        current = None

    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if line.endswith("\\"):
            problems.append(Problem(where, lineno, "a line ending in a backslash (msgfmt joins "
                                    "it with the next line)"))
            continue
        obsolete = False
        if line.startswith("#") and not line.startswith("#~"):
            # msgfmt allows comments only between entries: one before an entry's msgstr
            # is a syntax error, and one after it ends the msgstr's continuation lines.
            if current is not None and not current.msgstr and not current.obsolete:
                problems.append(Problem(where, lineno, "a comment inside an entry, before "
                                        "its msgstr (comments go above msgctxt/msgid)"))
            part = None
        if line.startswith("#~"):
            obsolete, line = True, line[2:].lstrip()
            if not line or line.startswith("|"):
                continue
        elif line.startswith("#,"):
            flags |= {f.strip() for f in line[2:].split(",") if f.strip()}
            continue
        stripped = line.strip()
        if not stripped:
            part = None
            continue
        if stripped.startswith("#"):
            continue
        if stripped.startswith('"'):
            if current is None or part is None or current.obsolete != obsolete:
                problems.append(Problem(where, lineno, "a string that belongs to no keyword"))
                continue
            value = _string(stripped, 0, lineno, where, problems)
            if value is None:
                continue
            name, index = part
            if name == "msgstr":
                current.msgstr[index] += value
            else:
                setattr(current, name, (getattr(current, name) or "") + value)
            continue
        match = _KEYWORD.match(stripped)
        if not match:
            word = stripped.split()[0][:30]
            problems.append(Problem(where, lineno, f"unknown keyword {word!r}"))
            part = None
            continue
        name, index_text, rest = match.groups()
        value = _string(rest, 0, lineno, where, problems) if rest else None
        if not rest:
            problems.append(Problem(where, lineno, f"{name} without a string"))
        starts_entry = name in ("msgctxt", "msgid") and not (
            name == "msgid" and current is not None and current.msgid is None
            and current.msgctxt is not None and not current.msgstr)
        if starts_entry:
            close()
            current = Entry(lineno, obsolete=obsolete, flags=flags)
            flags = set()
        elif current is None or (current.msgid is None and name != "msgid"):
            problems.append(Problem(where, lineno, f"{name} before any msgid"))
            part = None
            continue
        if name == "msgstr":
            if index_text is not None and current.msgid_plural is None:
                problems.append(Problem(where, lineno, "msgstr[N] without msgid_plural"))
            if index_text is None and current.msgid_plural is not None:
                problems.append(Problem(where, lineno, "a plural entry needs msgstr[0], ..."))
            index = int(index_text) if index_text is not None else 0
            if index in current.msgstr:
                problems.append(Problem(where, lineno, f"msgstr[{index}] given twice"))
            elif index != len(current.msgstr):  # msgfmt: "plural form has wrong index"
                problems.append(Problem(where, lineno, f"msgstr[{index}] out of order: "
                                        f"msgstr[{len(current.msgstr)}] comes next"))
            current.msgstr[index] = value or ""
            current.msgstr_line = current.msgstr_line or lineno
            part = ("msgstr", index)
        else:
            if current.msgstr or getattr(current, name) is not None:
                problems.append(Problem(where, lineno, f"{name} out of place"))
            setattr(current, name, value or "")
            if name == "msgid":
                current.line = lineno
            part = (name, 0)
    close()
    return entries


# ------------------------------------------------------------------------------ header


def _header_fields(value: str, line: int, where: str,
                   problems: list[Problem]) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    for text in value.split("\n"):
        if not text.strip():
            continue
        match = _HEADER_LINE.fullmatch(text.strip())
        if not match:
            problems.append(Problem(where, line, f"bad header line {text.strip()[:60]!r} "
                                    "(expected 'Name: value')"))
            continue
        fields.append((match.group(1), match.group(2).strip()))
    return fields


def _plural_problem(plural_forms: str) -> str:
    """Why a Plural-Forms header is unusable ('' when it is fine), as msgfmt judges it:
    the C expression must parse and give a form below nplurals for every n."""
    import gettext

    text = plural_forms.strip()
    bad = (f"bad Plural-Forms {text[:60]!r} (expected 'nplurals=N; plural=EXPRESSION;', "
           "e.g. 'nplurals=2; plural=(n != 1);')")
    if not _PLURAL_FORMS.fullmatch(text):
        return bad
    expression = text.split("plural", 2)[-1].split("=", 1)[1].strip().rstrip(";")
    try:
        rule = gettext.c2py(expression)
        forms = {rule(n) for n in range(1001)}
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError, OverflowError):
        return bad
    nplurals = _nplurals(text)
    if any(not 0 <= f < nplurals for f in forms):
        return f"the plural expression gives forms outside 0..{nplurals - 1} (nplurals)"
    return ""


def _nplurals(plural_forms: str) -> int:
    """nplurals=N of a Plural-Forms header; 0 when absent or unreadable."""
    match = re.search(r"nplurals\s*=\s*(\d+)", plural_forms)
    return int(match.group(1)) if match and 0 < int(match.group(1)) <= 10 else 0


def _declared_charset(data: bytes) -> str | None:
    """The charset named in the header, read before the file can be decoded ("" when the
    header names none, None when there is no header)."""
    text = data.decode("latin-1")
    header = re.search(r'(?m)^msgid\s+""\s*\nmsgstr\s+((?:".*"\s*\n?)+)', text)
    if not header:
        return None
    match = _CHARSET.search(header.group(1))
    return match.group(1) if match else ""


# ------------------------------------------------------------------------------ formats


def _py_names(text: str) -> tuple[set[str], int]:
    """Named placeholders and the count of positional ones in a %-format string."""
    names: set[str] = set()
    positional = 0
    for match in _PY_FORMAT.finditer(text):
        if match.group(2) == "%":
            continue
        if match.group(1) is not None:
            names.add(match.group(1))
        else:
            positional += 1
    return names, positional


def _bad_directive(text: str) -> str:
    """The first % that starts no valid directive ('%a', a lone '%'), or ''."""
    i = text.find("%")
    while i != -1:
        match = _PY_FORMAT.match(text, i)
        if not match:
            return text[i:i + 2]
        i = text.find("%", match.end())
    return ""


def _try_percent(msgid: str, msgstr: str) -> str:
    """Format msgstr as the template engine does; '' if it works, else the reason."""
    bad = _bad_directive(msgstr)
    if bad and not _bad_directive(msgid):
        return f"'msgstr' is not a valid Python format string, unlike 'msgid': {bad!r}"
    names, positional = _py_names(msgid)
    values: object = {n: 1 for n in names} if names or not positional else (1,) * positional
    try:
        msgstr % values  # formatting is the test
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        kind = type(exc).__name__
        detail = f"unknown placeholder %({exc.args[0]})s" if kind == "KeyError" else str(exc)
        return f"'msgstr' is not a valid Python format string for these values: {detail}"
    return ""


def _python_format(entry: Entry, msgid: str, msgstr: str) -> list[str]:
    from babel.messages.catalog import Message, TranslationError
    from babel.messages.checkers import python_format

    out: list[str] = []
    try:
        python_format(None, Message(msgid, msgstr, flags=["python-format"]))
    except TranslationError as exc:
        out.append(f"python-format: {exc}")
    except (ValueError, TypeError) as exc:  # Babel's own parser choking on the string
        out.append(f"python-format: {exc}")
    if not out:
        problem = _try_percent(msgid, msgstr)
        if problem:
            out.append(problem)
    if not out:
        names, _ = _py_names(msgid)
        lost = sorted(names - _py_names(msgstr)[0])
        if lost:
            out.append(f"a format specification for argument {lost[0]!r} doesn't exist "
                       "in 'msgstr'")
    return out


def _brace_fields(text: str) -> set[str]:
    """Field names of a str.format string; ValueError when it is not one."""
    names = set()
    for _, name, spec, _ in string.Formatter().parse(text):
        if name is not None:
            names.add(re.split(r"[.\[]", name, maxsplit=1)[0])
            if spec:
                names |= _brace_fields(spec)
    return names


def _brace_format(msgid: str, msgstr: str) -> list[str]:
    try:
        wanted = _brace_fields(msgid)
    except ValueError:
        return []  # msgid is not a brace format: nothing to compare against
    try:
        given = _brace_fields(msgstr)
    except ValueError as exc:
        return [f"'msgstr' is not a valid Python brace format string, unlike 'msgid': {exc}"]
    out = [f"a format specification for argument {n!r} doesn't exist in 'msgstr'"
           for n in sorted(wanted - given)]
    out += [f"'msgstr' uses {{{n}}}, which 'msgid' does not have" for n in sorted(given - wanted)]
    return out


def _formats(entry: Entry, app: bool) -> list[str]:
    msgid = entry.msgid or ""
    out: list[str] = []
    translated = any(entry.translations)  # a plural form left empty beside a translated one
    for i, msgstr in enumerate(entry.translations):  # is checked too (msgfmt does)
        if not translated:
            continue
        source = msgid if i == 0 or entry.msgid_plural is None else entry.msgid_plural
        if "python-format" in entry.flags:
            found = _python_format(entry, source, msgstr)
            if found and not app:  # older summarizer wrote Babel's guess into the file
                found = [f"{m} (a handout's text is never a format string: delete the "
                         "'#, python-format' line above this entry)" for m in found]
            out += found
        elif app and "no-python-format" not in entry.flags:
            problem = _try_percent(source, msgstr)  # Jinja's newstyle gettext always uses %
            if problem:
                out.append(problem)
        if "python-brace-format" in entry.flags:
            out += _brace_format(source, msgstr)
    return list(dict.fromkeys(out))


def _newlines(entry: Entry) -> list[str]:
    msgid = entry.msgid or ""
    out = []
    for msgstr in entry.translations:
        if not msgstr:
            continue
        if msgid.startswith("\n") != msgstr.startswith("\n"):
            out.append("'msgid' and 'msgstr' entries do not both begin with '\\n'")
        if msgid.endswith("\n") != msgstr.endswith("\n"):
            out.append("'msgid' and 'msgstr' entries do not both end with '\\n'")
    return list(dict.fromkeys(out))


# ------------------------------------------------------------------------------ entry point


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


def check_bytes(data: bytes, where: str, *, app: bool = False) -> Parsed:
    """Every problem of a PO file's bytes. `app`: an app catalog (Jinja formats each msgstr)."""
    problems: list[Problem] = []
    charset = _declared_charset(data)
    if charset is None:
        charset = "utf-8"  # no header at all: reported below, once the entries are read
    elif not charset or charset.upper() == "CHARSET":
        problems.append(Problem(where, 0, "the header names no charset (Content-Type: "
                                "text/plain; charset=UTF-8)"))
        charset = "utf-8"
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        problems.append(Problem(where, 0, f"unknown charset {charset[:40]!r} in the header "
                                "(use charset=UTF-8)"))
        return Parsed([], [], charset, problems)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.append(Problem(where, line, f"not valid {charset} text (byte {exc.start})"))
        return Parsed([], [], charset, problems)
    if text.startswith("\ufeff"):  # Windows Notepad writes one; GNU msgfmt and Babel refuse it
        problems.append(Problem(where, 1, "the file starts with a byte-order mark (BOM), which "
                                "GNU msgfmt rejects: save it as UTF-8 without BOM"))
        return Parsed([], [], charset, problems)
    entries = _lex(text, where, problems)

    live = [e for e in entries if not e.obsolete]
    header: list[tuple[str, str]] = []
    head = live[0] if live and live[0].msgid == "" and live[0].msgctxt is None else None
    if head is None:
        problems.append(Problem(where, 1, "no header entry (msgid \"\" with Content-Type)"))
    else:
        header = _header_fields(head.translations[0] if head.msgstr else "",
                                head.msgstr_line or head.line, where, problems)
        keys = [k for k, _ in header]
        for key in dict.fromkeys(k for k in keys if keys.count(k) > 1):
            problems.append(Problem(where, head.line, f"header field {key!r} given twice"))
        for key in STANDARD_HEADERS:
            if key not in keys:
                problems.append(Problem(where, head.line,
                                        f"header field {key!r} missing in header", WARNING))
        if any(e.msgid_plural is not None for e in live) and "Plural-Forms" not in keys:
            problems.append(Problem(where, head.line, "plural entries but no Plural-Forms "
                                    "in the header"))

    plural_forms = dict(header).get("Plural-Forms")
    nplurals = _nplurals(plural_forms or "")
    if plural_forms is not None and head is not None:
        problem = _plural_problem(plural_forms)
        if problem:
            problems.append(Problem(where, head.line, problem))
    seen: dict[tuple[str | None, str], int] = {}
    for entry in live:
        key = (entry.msgctxt, entry.msgid or "")
        if key in seen:
            problems.append(Problem(where, entry.line, "duplicate message definition "
                                    f"(first defined at line {seen[key]})"))
            continue
        seen[key] = entry.line
        if entry is head:
            continue
        at = entry.msgstr_line or entry.line
        if entry.msgid_plural is not None and nplurals and \
                sorted(entry.msgstr) != list(range(nplurals)):
            problems.append(Problem(where, at, f"the header says nplurals = {nplurals}, but "
                                    f"this entry has {len(entry.msgstr)} plural form(s)"))
        problems += [Problem(where, at, m) for m in _newlines(entry)]
        problems += [Problem(where, at, m) for m in _formats(entry, app)]
        if any(_CONTROLS.search(t) for t in (entry.msgid or "", *entry.translations)):
            # the editor draws translations through Textual, which passes ESC and C1
            # codes to the terminal; a catalog from a stranger must not carry them
            problems.append(Problem(where, at, "control characters (ESC, C1, ...) in the "
                                    "text; only tab and newline are allowed"))
    if not [p for p in problems if p.severity == ERROR]:
        problems += _babel_checks(data, where, live, app)
    problems.sort(key=lambda p: (p.line, p.severity != ERROR))
    return Parsed(entries, header, codec, problems)


_FORMAT_FLAGS = frozenset({"python-format", "python-brace-format"})


def _babel_checks(data: bytes, where: str, live: list[Entry],
                  app: bool = False) -> list[Problem]:
    """Babel's Catalog.check() (plural counts, formats): what it finds that we did not.

    Babel flags a msgid as a format by its look ("56% of" reads as "% o"); a handout's
    strings are never formatted, so there only the flags the file carries count, as for
    msgfmt (an app msgstr is always %-formatted: Babel's guess stands)."""
    from io import BytesIO

    from babel.messages.pofile import PoFileError, read_po

    lines = {(e.msgctxt, e.msgid): e.msgstr_line or e.line for e in live}
    flags = {(e.msgctxt, e.msgid): e.flags & _FORMAT_FLAGS for e in live}
    try:
        catalog = read_po(BytesIO(data), abort_invalid=True)
        if not app:
            for message in catalog:
                msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
                message.flags = (message.flags - _FORMAT_FLAGS) | flags.get(
                    (message.context, msgid), set())
        found = list(catalog.check())
    except (PoFileError, ValueError, LookupError, UnicodeError) as exc:
        return [Problem(where, 0, f"Babel cannot read it: {exc}")]
    out = []
    for message, errors in found:
        msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
        line = lines.get((message.context, msgid), 0)
        out += [Problem(where, line, str(err)) for err in errors]
    return out


def check_file(path: str | Path, *, app: bool = False) -> Parsed:
    """Read and check one catalog; an unreadable file is one problem, never an exception."""
    where = str(path)
    from summarizer.paths import PathError, read_regular

    try:  # regular files only (summarizer.paths): a FIFO must not hang the check
        data = read_regular(path, MAX_BYTES, "catalog")
    except PathError as exc:
        return Parsed([], [], "", [Problem(where, 0, exc.message)])
    return check_bytes(data, where, app=app)


def first_error(parsed: Parsed) -> str:
    """One line for a UserError: the first error and how many more there are."""
    errors = parsed.errors
    if not errors:
        return ""
    from summarizer.counting import count

    more = f" (and {count(len(errors) - 1, 'more problem')}; `summarizer check` lists them)" \
        if len(errors) > 1 else ""
    return f"{errors[0]}{more}"


# ------------------------------------------------------------------------------ rewriting


def keep_header_fields(new_po: bytes, old: list[tuple[str, str]], charset: str) -> bytes:
    """`new_po` (as Babel wrote it) with the header fields of `old` that Babel dropped
    (X-Generator, a clinic's own fields, ...) put back at the end of its header."""
    if not old:
        return new_po
    text = new_po.decode(charset)
    match = re.search(r'(?m)^msgid ""\nmsgstr ""\n((?:".*"\n)*)', text)
    if not match:
        return new_po
    present = {m.group(1) for m in re.finditer(r'^"([A-Za-z][\w-]*):', match.group(1), re.M)}
    missing = [(k, v) for k, v in old if k not in present]
    if not missing:
        return new_po

    def quote(s: str) -> str:
        return s.replace("\\", "\\\\").replace('"', '\\"')

    extra = "".join(f'"{quote(k)}: {quote(v)}\\n"\n' for k, v in missing)
    end = match.end(1)
    return (text[:end] + extra + text[end:]).encode(charset)
