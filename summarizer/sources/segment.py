"""Split a source's text into blocks (headings, bullets, paragraphs) and sentences.

Every sentence carries a span into the ORIGINAL text, so `text[s.span.start:s.span.end]
== s.text` always holds. Splitting is a linear regex scan (a 20 MB file segments in
seconds, which pysbd cannot do), with the cases web articles need: abbreviations
(U.S., Dr., e.g.), bullets (·, •, -, 1.), headings without a final period (a heading
line is never glued to the next paragraph), and glued text ("FindTreatment.govor call"
has no space after the dot, so it is not a boundary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.abbreviations import (
    ABBREVIATIONS,
    ends_anyway,
    labelled_letter,
    title_or_day,
)
from summarizer.model import Sentence, Span
from summarizer.sources.blocks import Block
from summarizer.terminal import mask_controls

if TYPE_CHECKING:
    from collections.abc import Iterable

# Words that end with a period but do not end a sentence (lower case, without the dot).
ABBREVIATIONS = ABBREVIATIONS
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")  # U.S, e.g, i.e, Ph.D
# What closes after a sentence's end: quotes and brackets (German closes with “ or «),
# and French guillemets, which come after a (narrow) space.
_CLOSERS = "\"”’“«‹')]"
_SPACED_CLOSERS = "»›"
_SPACES = " \u00a0\u202f"
# A sentence end: its punctuation, the closers after it, then the space before the next.
_BOUNDARY = re.compile(rf"([.!?…]+|\?!|!\?)((?:[{_SPACES}]?[{_SPACED_CLOSERS}])?"
                       rf"[{re.escape(_CLOSERS)}]*)(\s+)")
# What may open the next sentence besides a capital: quotes of en, es, fr and de too.
_OPENERS = "\"“‘'([¿¡•·-–—*«»„‚‹›"
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_TRAILING = "\t\n" + _SPACES + _SPACED_CLOSERS + _CLOSERS  # a block's end after its last

BULLET = re.compile(
    r"^[ \t]*(?:[•·▪◦‣∙●○■□➢►✓✔*+]|[-–—](?=\s)|\d{1,3}[.)]|[a-zA-Z][.)](?=\s))[ \t]+"
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_MD_RULE = re.compile(r"^[ \t]*(?:[-=*_][ \t]*){3,}$")
_TERMINAL = re.compile(r"[.!?…][\"”’')\]]*$")


@dataclass(frozen=True, slots=True)
class Segmented:
    blocks: list[Block]
    sentences: list[Sentence]
    block_of: list[int]  # index into blocks for each sentence
    # (start, end) of run-on text left unread: past RUN_ON_BUDGET characters of pieces
    unread: tuple[tuple[int, int], ...] = ()


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, end excluding the line break."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start <= n:
        nl = text.find("\n", start)
        if nl < 0:
            out.append((start, n))
            break
        out.append((start, nl))
        start = nl + 1
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def heading_like(line: str) -> bool:
    """A short line with no sentence-final punctuation reads as a heading (or a label)."""
    words = line.split()
    if not words or len(words) > 14:
        return False
    if line.endswith(":"):
        return len(words) <= 6
    return not (_TERMINAL.search(line) or line.endswith((",", ";", "-", "–", "—")))


def _numbered_heading(line: str) -> bool:
    """ "2. Neurogenesis and Synaptogenesis": a numbered, title-cased line is a heading."""
    m = re.match(r"^\s*\d{1,2}[.)]\s+(.*)$", line)
    if not m or not heading_like(m.group(1)):
        return False
    words = [w for w in m.group(1).split() if w[:1].isalpha()]
    caps = sum(1 for w in words if w[:1].isupper())
    return bool(words) and caps / len(words) >= 0.5


def _joins(prev: str, line: str) -> bool:
    """In plain text, does `line` continue the paragraph whose last line is `prev`?

    Web-copied text has one paragraph per line; hand-wrapped text breaks mid-sentence.
    A line continues the previous one when that one stops mid-sentence and this one
    starts in lower case, or the previous one is long and ends on a comma or a word.
    """
    if _TERMINAL.search(prev) or prev.endswith(":"):
        return line[:1].islower()
    if line[:1].islower():
        return True
    return len(prev) >= 50 and not heading_like(prev)


def blocks(text: str, fmt: str = "txt") -> list[Block]:
    """Headings, list items and paragraphs with their spans, in order."""
    out: list[Block] = []
    cur: list[int] | None = None  # [start, end] of the open paragraph
    cur_kind = "para"
    last_line = ""

    def close() -> None:
        nonlocal cur
        if cur is not None:
            s, e = cur
            kind = cur_kind
            if kind == "para" and fmt != "md" and "\n" not in text[s:e] and heading_like(text[s:e]):
                kind = "heading"
            out.append(Block(Span(s, e), kind))
            cur = None

    for ls, le in _lines(text):
        s, e = _strip(text, ls, le)
        if s == e:
            close()
            continue
        line = text[s:e]
        if fmt == "md":
            m = _MD_HEADING.match(text[ls:le])
            if m:
                close()
                hs, he = _strip(text, ls + m.start(2), ls + m.end(2))
                if hs < he:
                    out.append(Block(Span(hs, he), "heading"))
                continue
            if _MD_RULE.match(line):
                close()
                continue
        if _numbered_heading(line):
            close()
            out.append(Block(Span(s, e), "heading"))
            continue
        b = BULLET.match(line)
        if b:
            close()
            bs = s + b.end()
            if bs < e:
                cur, cur_kind, last_line = [bs, e], "bullet", line
            continue
        if cur is not None and (fmt == "md" or _joins(last_line, line)):
            cur[1] = e
        else:
            close()
            cur, cur_kind = [s, e], "para"
        last_line = line
    close()
    return out


def _no_break(text: str, block_start: int, punct_start: int, punct: str, nxt: str,
              new_line: bool = False) -> bool:
    """True when a period does not end the sentence (abbreviation, initial, list number).

    Lower case after the mark goes on ("e.g. ketamine"), except on a new line: a web
    page's next line ("subscribe to our newsletter") is not the sentence's tail unless
    the line ended on an abbreviation.
    """
    lower_next = not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS)
    if lower_next and (not new_line or nxt.isspace() or punct not in (".", "!", "?")):
        return True  # an ellipsis or a quote's end goes on in hand-wrapped prose
    if punct != ".":
        return False
    m = _TOKEN_BEFORE.search(text, max(block_start, punct_start - 40), punct_start)
    if not m:
        return False
    token = m.group(1).lstrip("\"“‘'([")
    low = token.lower()
    if lower_next:
        # lower case on a new line: only an abbreviation, "U.S" or an initial goes on
        return low in ABBREVIATIONS or _DOTTED.match(token) is not None or (
            len(token) == 1 and token.isalpha())
    if low in ABBREVIATIONS:
        return not ends_anyway(token, nxt, text[max(block_start, m.start(1) - 8):m.start(1)])
    if len(token) == 1 and token.isalpha():  # an initial, unless a label names it
        return not labelled_letter(token, nxt, text[max(block_start, m.start(1) - 24):
                                                    m.start(1)])
    if _DOTTED.match(token):
        return True
    if title_or_day(token, text[max(block_start, m.start(1) - 12):m.start(1)],
                    text[punct_start + 1:punct_start + 16]):
        return True  # "Dr. med. Anna", "Dipl.-Psych. Jonas", "am 3. März"
    # "1. The Role of ..." at the start of a block or line is a list number
    return (
        token.isdigit()
        and len(token) <= 3
        and (m.start() == block_start or text[m.start() - 1] == "\n")
    )


def split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        after = m.end()
        if after >= end or not text[after:end].strip(_TRAILING):
            break  # only closing quotes left ("rien. »"): they end this sentence
        if _no_break(text, start, m.start(1), m.group(1), text[after],
                     not m.group(2) and "\n" in m.group(3)):
            continue
        s, e = _strip(text, cur, m.end(2))
        if s < e:
            spans.append((s, e))
        cur = after
    s, e = _strip(text, cur, end)
    if s < e:
        spans.append((s, e))
    return spans


# A run longer than this with no sentence end is not one sentence (a page's text with its
# full stops lost, a pasted list, junk): it is cut at a space before the limit. Every
# later pass reads one sentence at a time, some of them once per cue found in it, so an
# uncut 340 KB "sentence" took 73 s to propose claims from; the longest sentence in the
# labelled corpora is about 600 characters.
MAX_SENTENCE = 1500
# Pieces of such runs read per text, in characters. Every later pass is linear in them,
# but its constant is large on pieces: a 1,500-character run of words holds a cue of
# almost every reader, so each of them reads it (43 us a character against 7 on prose,
# session 17; a 9 MB page with no full stop took 28 s in `claims` and 40-60 s to load in
# the editor). Past this budget a run is left unread and reported (Segmented.unread,
# SourceAnalysis.unread): no labelled article is this long (the longest is under 40 KB),
# so a run past it is a page's junk, not prose to quote.
RUN_ON_BUDGET = 50_000
_CUT_AT = re.compile(r"[;,:]?\s+")


def _bounded(text: str, s: int, e: int, budget: int = RUN_ON_BUDGET
             ) -> tuple[list[tuple[int, int]], int, int]:
    """(s, e) cut into pieces of at most MAX_SENTENCE characters, at spaces when possible,
    until the pieces hold `budget` characters; where the text left unread starts (`e`
    when every piece was cut); and the budget left for the text's next run."""
    out: list[tuple[int, int]] = []
    while e - s > MAX_SENTENCE:
        if budget <= 0:
            return out, s, budget
        cut = s + MAX_SENTENCE
        spaces = [m for m in _CUT_AT.finditer(text, s + MAX_SENTENCE // 2, cut)]
        if spaces:
            cut = spaces[-1].start() + (1 if text[spaces[-1].start()] in ";,:" else 0)
        ps, pe = _strip(text, s, cut)
        if ps < pe:
            out.append((ps, pe))
            budget -= pe - ps
        s, _ = _strip(text, cut, e)
    ps, pe = _strip(text, s, e)
    if ps < pe:
        out.append((ps, pe))
        budget -= pe - ps
    return out, e, budget


def segment_full(text: str, fmt: str = "txt") -> Segmented:
    """Blocks and sentences together (claims need each sentence's paragraph).

    Boundaries are found in the text with its control sequences blanked (a "␛[0m" after
    a full stop hid the space that ends the sentence), one for one, so every span still
    points into `text` and each sentence's text is `text`'s own; a sequence between two
    sentences belongs to neither."""
    view = mask_controls(text)
    bl = blocks(view, fmt)
    sentences: list[Sentence] = []
    block_of: list[int] = []
    unread: list[tuple[int, int]] = []
    budget = RUN_ON_BUDGET  # characters of run-on pieces still to read in this text
    for i, b in enumerate(bl):
        if b.kind == "heading":
            parts = [(b.span.start, b.span.end)]
        else:
            parts = split_block(view, b.span.start, b.span.end)
        for ps, pe in parts:
            pieces: Iterable[tuple[int, int]] = ((ps, pe),)
            if pe - ps > MAX_SENTENCE:
                pieces, rest, budget = _bounded(view, ps, pe, budget)
                if rest < pe:
                    unread.append((rest, pe))
            for s, e in pieces:
                sentences.append(Sentence(Span(s, e), text[s:e], heading=b.kind == "heading"))
                block_of.append(i)
    return Segmented(bl, sentences, block_of, tuple(unread))


def segment(text: str, fmt: str = "txt") -> list[Sentence]:
    """Sentences with spans into `text`; headings flagged, boilerplate not yet decided."""
    return segment_full(text, fmt).sentences
