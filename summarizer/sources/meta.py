"""Title and date for plain-text and Markdown sources, which carry no metadata.

The title is the first line that is not site furniture; the date is the first date
printed near the top (byline) or in a "Last updated" line near the bottom.
"""

from __future__ import annotations

import re

from summarizer.sources.boilerplate import is_furniture_line
from summarizer.sources.dates import DMY, NUMERIC, parse_date

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_LEADING_DATE = re.compile(rf"^(?:{DMY.pattern})\s+", re.I)
# Words that mark a dated line in a longer byline, in the languages dates are read in.
_DATED = re.compile(
    r"(?i)\b(?:updated|published|posted|publiée?|mise? à jour|veröffentlicht|aktualisiert"
    r"|publicad[oa]|actualizad[oa]|pubblicat[oa]|aggiornat[oa]|atualizad[oa])\b"
)


def guess_metadata(text: str, fmt: str) -> tuple[str, str]:
    """(title, ISO date or "") from the first and last lines only, so it stays cheap."""
    head = text[:20000].splitlines()[:40]
    tail = text[-4000:].splitlines()[-10:]
    title = ""
    for line in head:
        stripped = line.strip()
        if not stripped or is_furniture_line(stripped):
            continue
        if fmt == "md":
            stripped = _MD_HEADING.sub("", stripped)
        stripped = _LEADING_DATE.sub("", stripped).strip(" #*_")
        if len(stripped.split()) >= 2:
            title = stripped[:200]
            break
    return title, _first_date(head[:15] + tail, text)


def _first_date(lines: list[str], text: str) -> str:
    """The first date in a short line of `lines` (or a longer one that says "published")."""
    lang = ""
    for line in lines:
        if len(line.split()) <= 12 or _DATED.search(line):
            if not lang and NUMERIC.search(line):  # 03/04/2025: the order is the language's
                from summarizer.sources.language import guess_language

                lang = guess_language(text[:20000])
            published = parse_date(line, lang)
            if published:
                return published
    return ""


def head_date(text: str, furniture: tuple[tuple[int, int], ...] = ()) -> str:
    """The byline date in the first lines of a Word file's or a PDF's text, or "". Page
    furniture (`furniture` spans: running heads and feet, such as the "printed on" date a
    browser stamps on every page) is blanked first, and reading stops at the first long
    paragraph: a byline comes before the article, a page's foot after it (a one-page PDF's
    foot is not known as furniture)."""
    head = text[:20000]
    for start, end in furniture:
        if start < len(head):
            head = head[:start] + " " * (min(end, len(head)) - start) + head[end:]
    lines: list[str] = []
    for line in head.splitlines()[:15]:
        words = line.split()
        if len(words) > _BODY_WORDS:  # the article: only a byline the PDF's reader joined
            start = " ".join(words[:12])  # to its start, saying so ("Veröffentlicht am …";
            if _DATED.search(start):  # not "On 3 March 2025 the FDA approved …")
                lines.append(start)
            break
        lines.append(line)
    return _first_date(lines, text)


_BODY_WORDS = 25  # a line this long is the article's text, no byline


# Page parts whose dates are not the article's: menus, sidebars, footers, lists of others.
_NOT_BYLINE = frozenset({"nav", "aside", "footer", "script", "style", "template", "noscript",
                         "form", "select", "button", "svg"})
_BLOCKS = ("p", "div", "span", "time", "small", "address", "li", "header", "h1", "h2",
           "h3", "h4", "h5", "h6", "em", "strong", "b", "i")
_MAX_PARTS = 80  # the byline sits near the headline: the first parts of the article


def page_byline_date(raw_html: str, lang: str = "") -> str:
    """The date in a page's byline when the page declares none ("Publicado el 3 de
    marzo de 2025" in a <p class="byline"> that article extraction drops), or "".

    Read from the page's <article> (else <main>, else <body>), in its first short parts,
    never from its menus, sidebars or footer (a copyright year is no date anyway)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(raw_html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    lang = lang or (root.get("lang") or "").split("-")[0].lower()
    scope = next((found[0] for path in ("//article", "//main", "//body")
                  if (found := root.xpath(path))), root)
    seen = 0
    for el in scope.iter(*_BLOCKS):
        if any(a.tag in _NOT_BYLINE for a in el.iterancestors()):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if not text:
            continue
        seen += 1
        if seen > _MAX_PARTS:
            break
        if len(text.split()) <= 12 or _DATED.search(text):
            found = parse_date(text, lang)
            if found:
                return found
    return ""
