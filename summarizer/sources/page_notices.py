"""Safety lines that sit outside an HTML article: in its footer or a sidebar.

Main-text extraction (trafilatura) rightly drops a page's <footer> and <aside>, but a
clinic or news page often puts its crisis line ("call or text 988") or its "not FDA
approved" line exactly there. This module finds those paragraphs with lxml, keeps only
the ones that carry a safety notice (an address, a copyright line or a coupon stays
out), and appends them after the article text under a marker line. Everything after the
marker is masked as boilerplate (boilerplate.mask_sentences): searched for notices,
never proposed as claims. Appending keeps every offset into the article text unchanged.
"""

from __future__ import annotations

import re

# The line that separates the article from the safety lines found outside it.
MARKER = "[Outside the article: safety lines from the page footer and sidebars]"

_OUTSIDE = (
    "//footer | //aside | //*[@role='contentinfo'] | //*[@role='complementary']"
)
_BLOCKS = ("p", "li", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "address", "td")
# Consent and cookie banners are never safety lines, even when a footer holds them.
_BANNER = re.compile(r"(?i)cookie|consent|gdpr|cmp\b|privacy-banner")


def _paragraphs(element) -> list[str]:  # type: ignore[no-untyped-def]
    """Text of the element's block-level pieces (or the element itself), whitespace folded."""
    blocks = [el for el in element.iter(*_BLOCKS)
              if not any(a.tag in _BLOCKS for a in el.iterancestors())]
    pieces = blocks or [element]
    return [" ".join(el.text_content().split()) for el in pieces]


def outside_boxes(raw_html: str) -> list[list[str]]:
    """The page's footers and sidebars, each as its paragraphs, in page order; a
    paragraph is given once, in the first box that holds it."""
    import lxml.html

    try:
        root = lxml.html.fromstring(raw_html)
    except (ValueError, lxml.etree.ParserError):
        return []
    out: list[list[str]] = []
    seen: set[str] = set()
    taken: list = []  # elements read so far (lxml keeps one proxy per live element)
    for el in root.xpath(_OUTSIDE):
        # a footer inside an aside (or the reverse) is read once, through the outer one
        if any(a in taken for a in el.iterancestors()):
            continue
        taken.append(el)
        if any(_BANNER.search(f"{a.get('id', '')} {a.get('class', '')}")
               for a in (el, *el.iterancestors())):
            continue
        box = [p for p in dict.fromkeys(_paragraphs(el)) if p and p not in seen]
        seen.update(box)
        if box:
            out.append(box)
    return out


def safety_lines(raw_html: str, region: str = "") -> list[str]:
    """The footer and sidebar paragraphs that hold a safety notice. A paragraph that
    names a crisis line of the rulebook ("Línea de la Vida: 800 911 2000") is read in that
    line's region when the article names no country: a Mexican shop's footer was dropped,
    its number read as a US toll-free one."""
    from summarizer.rulebook import regions
    from summarizer.sources.disclaimers import is_safety_line

    def named_line_regions(p: str) -> list[str]:
        folded = p.casefold()
        return [ln.region for ln in regions().lines()
                if ln.role == "crisis" and len(ln.label) > 3 and ln.label.casefold() in folded]

    def safe(p: str) -> bool:
        return is_safety_line(p, region) or (
            not region and any(is_safety_line(p, r) for r in named_line_regions(p)))

    out: list[str] = []
    for box in outside_boxes(raw_html):
        kept = [safe(p) for p in box]
        # a box that holds a safety line holds its other numbers too: a crisis box's
        # second line ("SAPTEL al 55 5259 8121", "Rat auf Draht unter 147") names no
        # crisis by itself; the contacts reader still decides what each number is
        out += [p for p, k in zip(box, kept, strict=True)
                if k or (any(kept) and _has_number(p))]
    return out


_NUMBER = re.compile(r"\d(?:[\s.\-]?\d){2,}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COPYRIGHT = re.compile(r"(?i)©|\(c\)|copyright|all rights reserved")


def _has_number(paragraph: str) -> bool:
    """A number that may be dialled: three digits or more, not a year; not a copyright
    line's."""
    return not _COPYRIGHT.search(paragraph) and bool(
        _NUMBER.search(_YEAR.sub(" ", paragraph)))


def with_outside_safety_lines(article_text: str, raw_html: str) -> str:
    """`article_text`, then the marker and the page's outside safety lines, if any. A
    footer's number is read in the country the article speaks of ("800 911 2000" is
    Mexico's Línea de la Vida on a Mexican page, a US toll-free number elsewhere)."""
    from summarizer.sources.contacts import region_hint

    region = region_hint(article_text[:50000], "")
    lines = [p for p in safety_lines(raw_html, region) if p not in article_text]
    if not lines:
        return article_text
    return "\n\n".join([article_text.rstrip("\n"), MARKER, "\n\n".join(lines)])
