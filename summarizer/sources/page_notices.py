"""Safety lines that sit outside an HTML article: in its footer or a sidebar.

Main-text extraction (trafilatura) rightly drops a page's <footer> and <aside>, and its
readers' comments, but a clinic or news page often puts its crisis line ("call or text
988"), its "not FDA approved" line or its product legend ("not intended to diagnose,
treat, cure or prevent any disease") exactly there, and a reader's comment is where a
harm is told ("I got a weird headache the first two days"). This module finds those
paragraphs with lxml, keeps only the ones that carry a safety notice or name a
regulator (an address, a copyright line or a coupon stays out), adds every reader's
comment (as trafilatura separates them), and appends them after the article text under
a marker line. Everything after the
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
# Parts of a page that are never its text: menus, the site's header, forms, scripts.
_NOT_READ = frozenset({"nav", "header", "form", "button", "select", "script", "style",
                       "noscript", "template", "head"})
_BANNER = re.compile(r"(?i)cookie|consent|gdpr|cmp\b|privacy-banner")


def _paragraphs(element) -> list[str]:  # type: ignore[no-untyped-def]
    """Text of the element's block-level pieces (or the element itself), whitespace folded."""
    blocks = [el for el in element.iter(*_BLOCKS)
              if not any(a.tag in _BLOCKS for a in el.iterancestors())]
    pieces = blocks or [element]
    return [" ".join(el.text_content().split()) for el in pieces]


def outside_boxes(raw_html: str, article_text: str | None = None) -> list[list[str]]:
    """The page's footers and sidebars, each as its paragraphs, in page order; a
    paragraph is given once, in the first box that holds it. With `article_text` (what
    extraction kept), then every other paragraph of the page extraction dropped (a
    clinic's testimonials, a shop's legend under its product), grouped by the element
    that holds it; never its navigation, header, forms or consent banners."""
    import lxml.html

    try:
        root = lxml.html.fromstring(raw_html)
    except (ValueError, lxml.etree.ParserError):
        return []
    out: list[list[str]] = []
    seen: set[str] = set()
    taken: list = []  # elements read so far (lxml keeps one proxy per live element)

    def banner(el) -> bool:  # type: ignore[no-untyped-def]
        return any(_BANNER.search(f"{a.get('id', '')} {a.get('class', '')}")
                   for a in (el, *el.iterancestors()))

    for el in root.xpath(_OUTSIDE):
        # a footer inside an aside (or the reverse) is read once, through the outer one
        if any(a in taken for a in el.iterancestors()):
            continue
        taken.append(el)
        if banner(el):
            continue
        box = [p for p in dict.fromkeys(_paragraphs(el)) if p and p not in seen]
        seen.update(box)
        if box:
            out.append(box)
    if article_text is None:
        return out
    kept = " ".join(article_text.split())
    boxes: dict[object, list[str]] = {}
    for el in root.iter(*_BLOCKS):
        # the innermost blocks: a newsletter's table cell holds its paragraphs
        if any(True for _ in el.iterdescendants(*_BLOCKS)) or banner(el) or any(
                a in taken or a.tag in _NOT_READ for a in el.iterancestors()):
            continue
        p = " ".join(el.text_content().split())
        if p and p not in seen and p not in kept:
            seen.add(p)
            boxes.setdefault(el.getparent(), []).append(p)
    return out + list(boxes.values())


def safety_lines(raw_html: str, region: str = "", article_text: str | None = None,
                 lang: str = "") -> list[str]:
    """The footer and sidebar paragraphs that hold a safety notice. A paragraph that
    names a crisis line of the rulebook ("Línea de la Vida: 800 911 2000") is read in that
    line's region when the article names no country: a Mexican shop's footer was dropped,
    its number read as a US toll-free one."""
    from summarizer.rulebook import regions
    from summarizer.sources.disclaimers import is_safety_line, sentence_kinds
    from summarizer.sources.regulators import names_a_regulator

    def named_line_regions(p: str) -> list[str]:
        """Regions of the rulebook's crisis lines this paragraph names by label or by
        number ("le 3114 répond…": a French blog that names no country, session 14)."""
        folded = p.casefold()
        dialled = {re.sub(r"\D", "", n) for n in _NUMBER.findall(p)}
        return [ln.region for ln in regions().lines()
                if ln.role == "crisis" and (
                    (len(ln.label) > 3 and ln.label.casefold() in folded)
                    or (ln.short and ln.number in dialled))]

    def legend(p: str) -> bool:
        """A page's regulatory legend: a line naming a regulator ("Report a problem to the
        MHRA Yellow Card scheme") or a product's 'not intended to diagnose' line, whose
        kind the article's detection decides (both were dropped until session 10)."""
        return not _COPYRIGHT.search(p) and (names_a_regulator(p) or any(
            kind == "educational" for kind, _ in sentence_kinds(p, lang or "en",
                                                                use_model=False)))

    def safe(p: str) -> bool:
        return is_safety_line(p, region, lang) or (
            not region and any(is_safety_line(p, r, lang) for r in named_line_regions(p)))

    out: list[str] = []
    for box in outside_boxes(raw_html, article_text):
        kept = [safe(p) or legend(p) for p in box]
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


def comment_lines(comments: str) -> list[str]:
    """The readers' comments (trafilatura's, one a line) of four words or more, every one:
    a harm a reader had is told in a reader's words ("j'ai eu des tics de la bouche"),
    which the footer's rules-only test misses, and a comment is never a claim anyway.
    Appended after the article like the footer's lines, so no offset of it moves; a
    comments heading ("3 comments") or a bare name stays out."""
    lines = [" ".join(line.split()) for line in comments.splitlines()]
    return [p for p in lines if len(p.split()) >= 4]


def with_outside_safety_lines(article_text: str, raw_html: str, comments: str = "") -> str:
    """`article_text`, then the marker and the page's outside safety lines, if any (its
    footers' and sidebars', then its readers' `comments`'). A footer's number is read in
    the country the article speaks of ("800 911 2000" is Mexico's Línea de la Vida on a
    Mexican page, a US toll-free number elsewhere)."""
    from summarizer.sources.contacts import region_hint
    from summarizer.sources.language import guess_language

    region = region_hint(article_text[:50000], "")
    lang = guess_language(article_text)  # the page's: a one-line footer is too short
    found = [*safety_lines(raw_html, region, article_text, lang),
             *comment_lines(comments)]
    lines = [p for p in dict.fromkeys(found) if p not in article_text]
    if not lines:
        return article_text
    return "\n\n".join([article_text.rstrip("\n"), MARKER, "\n\n".join(lines)])
