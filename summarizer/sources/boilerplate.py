"""Web furniture inside plain text: navigation, bylines, share buttons, ad notices, ...

Copied web pages carry lines that are not the article: "top of page", "• Instagram",
"Staff Writer", "3 min read", "Ad Blocker Detected", a "Sources:" list, "Comments".
They are MASKED (Sentence.boilerplate=True), never deleted, so offsets stay true, and
masked sentences are never proposed as claims. Disclaimers are still looked for in
masked text: a crisis line or "not FDA approved" often sits in a footer.

The rules are general, not a list of any article's lines:
  * site-furniture vocabulary (ad blockers, cookies, share/subscribe/follow, related
    stories, "min read", "last updated", copyright, affiliate notices, alt text,
    bylines) anywhere in a short line or sentence;
  * very short lines that are only a furniture word ("Comments", "Link", "Instagram");
  * lines that are only a date and/or a read time;
  * short bullet lines near the top or the bottom of the page (social links, byline);
  * a "Sources:"/"References:" heading and the citation list under it;
  * short lines repeated across sources analysed together, or repeated in one source.

All functions are pure (text in, spans out).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from types import ModuleType

from summarizer.model import Sentence
from summarizer.sources.dates import ANY_DATE
from summarizer.sources.page_notices import MARKER as OUTSIDE_MARKER
from summarizer.sources.segment import BULLET


class Prefiltered:
    """`pattern.search`, skipped when the text cannot match: each top-level alternative
    of the pattern needs its runs of literal characters (and one alternative of each
    group of words, as "top" or "bottom"), case-insensitively, and a line holding no
    alternative's needs is answered without the regex, which tries some 70 alternatives
    at every position (`strong()` was ~0.7 s a megabyte of `claims`).

    Exact: the needs are read from the pattern's own parse, and the shortcut is taken
    only where lowercasing agrees with `re`'s case-insensitive matching for them (the
    text's length unchanged, no dotless ı or long ſ, which match i and s); a pattern it
    cannot reason about is searched as written for every text."""

    __slots__ = ("_any_first", "_needs", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._needs = _literal_needs(pattern)
        # every alternative's first need, as one plain pattern: one pass finds whether
        # any alternative can match at all (most lines: none)
        firsts = {w for branch in self._needs or () for w in branch[0]}
        from summarizer import regex_store  # (light; kept between runs)

        self._any_first = regex_store.compile("|".join(
            map(re.escape, sorted(firsts, key=lambda w: (-len(w), w))))) if firsts else None

    def search(self, text: str) -> re.Match[str] | None:
        needs = self._needs
        if needs is not None and self._any_first is not None:
            low = text.lower()
            if len(low) == len(text) and "ı" not in low and "ſ" not in low and (
                    self._any_first.search(low) is None or not any(
                        all(any(word in low for word in need) for need in branch)
                        for branch in needs)):
                return None
        return self.pattern.search(text)


Needs = tuple[tuple[tuple[str, ...], ...], ...]  # branch -> need -> any of these words


def _literal_needs(pattern: re.Pattern[str]) -> Needs | None:
    """For each top-level alternative, what a text it matches must hold (lowercased):
    each run of literal characters, and for a group of alternatives one run of one of
    them. None when some alternative needs nothing that can be said safely."""
    try:
        from re import _parser  # the parser `re` compiles with (Python >= 3.11)

        tree = list(_parser.parse(pattern.pattern, pattern.flags))
        branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] is _parser.BRANCH else [tree]
        out = []
        for branch in branches:
            needs = [need for need in _needs_of(list(branch), _parser) if need]
            if not needs:
                return None
            # the longest (rarest) words first: most lines miss one at the first look
            out.append(tuple(sorted(needs, key=lambda n: -min(map(len, n)))))
        return tuple(out)
    except Exception:  # a parser that changed: search every text as written
        return None


def _needs_of(items: list, _parser) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    needs: list[tuple[str, ...]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _parser.LITERAL:
            run += chr(arg)
            continue
        if run:
            needs.append((run,))
            run = ""
        alts = None
        if op is _parser.BRANCH:  # (?:a|b), as the parser leaves it: one of them
            alts = arg[1]
        elif op is _parser.SUBPATTERN:  # (a|b) or (?:a b)
            inner = list(arg[-1])
            alts = inner[0][1][1] if len(inner) == 1 and inner[0][0] is _parser.BRANCH \
                else [inner]
        if alts is not None:
            longest = []
            for alt in alts:
                runs = [w for need in _needs_of(list(alt), _parser) if len(need) == 1
                        for w in need]
                if not runs:
                    break  # an alternative needing no word: the group needs nothing
                longest.append(max(runs, key=len))
            else:
                needs.append(tuple(dict.fromkeys(longest)))
    # lowercased; a word with a letter outside ASCII could match in ways lower() hides
    return [tuple(w.lower() for w in need) for need in needs
            if all(w.isascii() or not any(c.isalpha() for c in w) for w in need)]


@lru_cache(maxsize=1)
def strong() -> re.Pattern[str]:
    """Phrases only site furniture uses, matched anywhere in a short line or sentence
    (<= 40 words: "Skip to content", "Todos los derechos reservados", "Article rédigé
    par", "Versandkosten"): the word lists' `page_furniture`, every language, each entry
    a top-level alternative (Prefiltered reads each one's words), and a forum's reminder
    ("Reminder: this forum…": `forum_reminders`, then `this_forum`). Compiled once per
    rulebook load."""
    book = _rulebook()
    from summarizer import regex_store  # (light; the rulebook has imported it)

    reminders = "|".join(book.in_every_language("forum_reminders")) or r"(?!x)x"
    forums = "|".join(book.in_every_language("this_forum")) or r"(?!x)x"
    # compiled through the regex store (kept between runs: ~40 ms of re's parsing)
    return regex_store.compile("|".join([
        *book.in_every_language("page_furniture"),
        rf"\b(?:{reminders})\s*:\s*(?:\w+\s+){{0,2}}?(?:{forums})\b"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _strong_search() -> Prefiltered:
    return Prefiltered(strong())


# A press release's closing blurb on its company ("About Acme Health: Acme builds…",
# "Acerca de Acme: …"): case-sensitive, a name of capitalised words before the colon.
_ABOUT_BLURB = re.compile(r"^(?:About|Acerca\s+de|Sobre)\s+(?:[A-Z][\w.&'’-]*\s*){1,5}:\s")
# Consent banners (cookies, tracking, "by clicking Accept you agree"), in any wording and
# at any length up to a long banner: the subject (cookies, trackers, data on your device)
# and the consent or use verb are both needed, so an article about cookies the food or
# about consent to treatment is not masked.
_CONSENT_SUBJECT = re.compile(
    r"""(?ix)
    \bcookies?\b | \btracking\s+technolog\w+ | \bsimilar\s+technolog\w+
  | \b(?:store|access)\s+(?:and(?:/or)?\s+access\s+)?information\s+on\s+(?:a|your)\s+device
  | \bpersonali[sz]ed?\s+(?:ads|advertising|content) | \bpartners?\s+process\s+(?:personal\s+)?data
  | \bpublicidad\s+personalizada | \balmacenamiento\s+de\s+(?:cookies|datos)
  | \btext\s+files\s+(?:on|in)\s+(?:your\s+)?(?:browser|device|computer)
  | \b(?:advertising|marketing|analytics)\s+partners\b
    """
)
_CONSENT_VERB = re.compile(
    r"""(?ix)
    \b(?:we|this\s+(?:site|website)|our\s+(?:site|website)|our\s+partners|and\s+our\s+partners)
        \s+(?:\w+\s+){0,4}(?:uses?|stores?|place[sd]?|sets?|process(?:es)?|collects?)\b
  | \byou\s+(?:agree|consent|accept)\b | \bby\s+(?:continuing|clicking|using\s+this)
  | \baccept(?:\s+all)?\b | \bconsent\b | \b(?:manage|change)\s+(?:your\s+)?(?:preferences|settings)
  | \b(?:utiliza(?:mos)?|usamos|empleamos)\s+(?:\w+\s+){0,2}cookies
  | \b(?:acept(?:a|ar|as|e|en|o)|consiente)\b | \bsi\s+contin[uú]a(?:s)?\s+navegando
  | \bal\s+hacer\s+clic | \bpol[ií]tica\s+de\s+cookies
    """
)


# Links to other articles under a label ("Read more: …", "Related stories: … | …", "Lea
# también: …"): headlines of other pages, which state no notice of this one.
_LINK_LIST = re.compile(
    r"""(?ix)^\W*(?:read\s+(?:more|next|also)|see\s+also|related(?:\s+(?:stories|articles|reading
    |news|posts|content))?|more\s+(?:news|stories|articles|from\s+\w+(?:\s+\w+)?)|you\s+may\s+also\s+like
    |m[aá]s\s+noticias|noticias\s+relacionadas|art[ií]culos\s+relacionados|lea\s+tambi[eé]n
    |lee\s+tambi[eé]n|(?:tambi[eé]n\s+)?(?:te|le)\s+puede\s+interesar|sigue\s+leyendo|leer\s+m[aá]s)
    \s*:"""
)


def is_link_list(s: str) -> bool:
    """Headlines of other articles under a label ("Read more: … | …")."""
    return bool(_LINK_LIST.match(s))


def is_consent_banner(s: str) -> bool:
    """A cookie or tracking consent sentence ("We and our partners use cookies ...")."""
    return (
        len(_words(s)) <= 90 and bool(_CONSENT_SUBJECT.search(s)) and bool(_CONSENT_VERB.search(s))
    )


# Furniture phrasing that also occurs in prose ("published in", "read more about"), so it
# counts only in a short line or sentence (<= 8 words), where prose is unlikely.
_SHORT_ONLY = re.compile(
    r"""(?ix)
    \b(?:posted|published|updated)\s+(?:on|by)\b | \b(?:written|photo|image)\s+by\b
  | \bsubscribe\b | \bnewsletter\b | \bshare\s+(?:this|on|via)\b | \bread\s+more\b
  | \b\d+\s+(?:comments?|replies|shares|likes)\b | \bsponsored\b | \badvertisement\b
    """
)

# A line that is nothing but one of these words is furniture (buttons, links, labels).
_FURNITURE_WORDS = frozenset(
    [
        "instagram",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "pinterest",
        "youtube",
        "tiktok",
        "whatsapp",
        "reddit",
        "threads",
        "bluesky",
        "mastodon",
        "telegram",
        "snapchat",
        "tumblr",
        "flipboard",
        "email",
        "e-mail",
        "print",
        "rss",
        "comments",
        "comment",
        "link",
        "links",
        "share",
        "tweet",
        "pin",
        "menu",
        "search",
        "home",
        "login",
        "logout",
        "reply",
        "subscribe",
        "advertisement",
        "advertisements",
        "ad",
        "ads",
        "sponsored",
        "related",
        "previous",
        "next",
        "tags",
        "categories",
        "category",
        "archives",
        "like",
        "likes",
        "save",
        "bookmark",
        "copy",
    ]
)
_FURNITURE_PHRASES = frozenset(
    {
        "copy link",
        "log in",
        "sign in",
        "sign up",
        "sign out",
        "read next",
        "see also",
        "share this",
        "print this",
        "email this",
        "more stories",
        "most popular",
        "trending now",
        "top stories",
        "related",
        "advertisement",
        "load more",
        "show more",
        "view comments",
    }
)
_SECTION_HEAD = re.compile(
    r"(?i)^(?:sources?|references?|citations?|bibliography|works\s+cited|further\s+reading|"
    r"footnotes|notes|more\s+information|learn\s+more|related|see\s+also)\s*:?$"
)
_CITATION = re.compile(
    r"(?i)\(\d{4}[a-z]?\)|\bet\s+al\b|\bdoi\b|https?://|www\.|\bretrieved\b|\bjournal\b"
    r"|\bvol\.|\bpp?\.\s*\d|[“\"][^”\"]{8,}[”\"]"
)


_watching: list[bool] = []


def _rulebook() -> ModuleType:
    """The rulebook, imported on first use so this module stays light to import (the
    editor's start-up); from then on a reload forgets what was built from its lists."""
    from summarizer import rulebook

    if not _watching:
        rulebook.on_reload(_forget)
        _watching.append(True)
    return rulebook


def _forget() -> None:
    strong.cache_clear()
    _strong_search.cache_clear()
    byline.cache_clear()
    promo_code.cache_clear()
    is_furniture_text.cache_clear()


@lru_cache(maxsize=1)
def byline() -> re.Pattern[str]:
    """A byline ("By Jane Q. Doe, MD", "Par Geneviève Dufresne, pharmacienne"): a short,
    period-less line opening on a byline word (the word lists' `byline_openers`, read
    case-sensitively: the capital is part of the sign), the name two to five capitalised
    words, then abbreviations or a role of up to 3 words."""
    from summarizer import regex_store  # (light; the rulebook has imported it)

    openers = "|".join(_rulebook().in_every_language("byline_openers")) or r"(?!x)x"
    return regex_store.compile(
        rf"^(?:{openers})\s+[^\W\d_a-z][\w’'-]+(?:\s+[^\W\d_a-z][\w’'.-]*){{1,4}}"
        r"(?:,\s*(?:[A-Z]{2,5}|[^\W\d_]+(?:\s+[^\W\d_]+){0,2}))*$")


@lru_cache(maxsize=1)
def promo_code() -> re.Pattern[str]:
    """A discount code ("Use code EYES15", "el código SALUD20", "Gutscheincode AUGE10"): a
    code word (the word lists' `promo_code_words`, every language), then a token of
    capitals and digits with both. An offer, in any language."""
    from summarizer import regex_store  # (light; the rulebook has imported it)

    words = "|".join(_rulebook().in_every_language("promo_code_words")) or r"(?!x)x"
    return regex_store.compile(
        rf"(?i:{words})"
        r"\s*:?\s*[«\"“']?(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,}\b")


# (?<!\d): a number is tried from its first digit only; from every digit, a page of
# digits took time growing with the square of its length (10,000 digits: 1.2 s)
_READ_TIME = re.compile(r"(?i)(?<!\d)\d+\s*min(?:ute)?s?\s+read\b|\bread(?:ing)?\s+time\b")
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
# Markdown links and images: "[Subscribe](https://...)" is judged by its visible text,
# or the URL's words would make a byline or share bar look like a long sentence.
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_KEY_STRIP = re.compile(r"[^\w\s]")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _count_words(s: str, cap: int) -> int:
    """Words in `s`, counting no further than `cap` (callers only compare with less)."""
    # A prefix never holds more words than the whole line, so when it already has `cap`
    # the answer is known without scanning a long paragraph.
    window = 40 * cap
    n = len(_WORD.findall(s, 0, window))
    if n >= cap or len(s) <= window:
        return min(n, cap)
    n = 0
    for _ in _WORD.finditer(s):
        n += 1
        if n >= cap:
            break
    return n


def _short_key(line: str, max_words: int) -> str:
    """`line_key(line)` when it can have at most `max_words` words, else "".

    A key has at least as many words as the line has _WORD matches (each match lies in
    its own run of word characters), so a longer line is skipped without building one.
    """
    if _count_words(_strip_bullet(line), max_words + 1) > max_words:
        return ""
    k = line_key(line)
    return k if len(k.split()) <= max_words else ""


def _strip_bullet(line: str) -> str:
    m = BULLET.match(line)
    return line[m.end() :].strip() if m else line.strip()


def line_key(line: str) -> str:
    """Normalised form for spotting repeated lines: case, digits, bullets, punctuation off."""
    s = _strip_bullet(line).lower()
    s = re.sub(r"\d+", "0", s)
    s = _KEY_STRIP.sub(" ", s)
    return " ".join(s.split())


def _date_or_read_time_only(s: str) -> bool:
    rest = _READ_TIME.sub(" ", ANY_DATE.sub(" ", s))
    if rest == s:
        return False
    return (len(_words(rest)) <= 1 and not re.search(r"[.!?]\s*$", s.strip())) or not rest.strip(
        " \t,.|•·-–—/"
    )


@lru_cache(maxsize=65536)
def is_furniture_text(s: str) -> bool:
    """A line or sentence that is site furniture by vocabulary, shape or date pattern."""
    s = _strip_bullet(s)
    if "](" in s:
        s = _MD_LINK.sub(r"\1", s).strip()
    if not s:
        return False
    if _count_words(s, 91) > 90:
        return False  # every test below wants 90 words or fewer (a run-on line is MBs)
    words = _words(s)
    if len(words) <= 40 and (_strong_search().search(s) or _ABOUT_BLURB.match(s)):
        return True
    if is_consent_banner(s) or (len(words) <= 40 and promo_code().search(s)):
        return True
    if len(words) <= 8 and (_SHORT_ONLY.search(s) or byline().match(s)):
        return True
    if len(words) <= 3:
        low = " ".join(w.lower() for w in words)
        if low in _FURNITURE_PHRASES or (
            words and all(w.lower() in _FURNITURE_WORDS for w in words)
        ):
            return True
    return len(words) <= 8 and _date_or_read_time_only(s)


def is_furniture_line(line: str) -> bool:
    """Public single-line test (used for picking a plain-text source's title)."""
    return is_furniture_text(line) or bool(_SECTION_HEAD.match(line.strip()))


def _line_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def repeated_line_keys(
    texts: Iterable[str], min_sources: int = 2, max_words: int = 10
) -> frozenset[str]:
    """Short lines that occur in at least `min_sources` different sources: site furniture.

    Only lines of at most `max_words` words count, so an article quoting a sentence
    from another (a press release copied twice) is not masked.
    """
    seen: Counter[str] = Counter()
    for text in texts:
        keys = {_short_key(line, max_words) for line in text.splitlines()}
        seen.update(k for k in keys if k)
    return frozenset(k for k, n in seen.items() if n >= min_sources)


def furniture_ranges(
    text: str, repeated: frozenset[str] = frozenset(), edge_fraction: float = 0.12
) -> list[tuple[int, int]]:
    """Character ranges of whole lines that are furniture, in order."""
    lines = _line_spans(text)
    n = len(text) or 1
    counts: Counter[str] = Counter()
    keys: list[str] = []
    for s, e in lines:
        k = _short_key(text[s:e], 10)  # only short lines count as repeated furniture
        keys.append(k)
        if k:
            counts[k] += 1
    out: list[tuple[int, int]] = []
    in_refs = False
    for (s, e), key in zip(lines, keys, strict=True):
        raw = text[s:e]
        line = raw.strip()
        if not line:
            continue
        body = _strip_bullet(line)
        if "](" in body:
            body = _MD_LINK.sub(r"\1", body)
        nwords = _count_words(body, 11)  # compared with 10 at most
        furniture = False
        if _SECTION_HEAD.match(line):
            in_refs = True
            furniture = True
        elif in_refs and (BULLET.match(line) or _CITATION.search(line) or nwords <= 6):
            furniture = True
        else:
            in_refs = False
            if is_furniture_text(line) or (
                key and (key in repeated or counts[key] >= 3) and nwords <= 10
            ):
                furniture = True
            elif (
                BULLET.match(line)
                and nwords <= 3
                and not re.search(r"[.!?:]$", line)
                and (s < n * edge_fraction or e > n * (1 - edge_fraction))
            ):
                furniture = True  # "• Instagram", "• Staff Writer" around the article
        if furniture:
            out.append((s, e))
    return out


def mask_sentences(
    text: str, sentences: Sequence[Sentence], repeated: frozenset[str] = frozenset()
) -> list[Sentence]:
    """The same sentences with `boilerplate` set on furniture lines and furniture sentences."""
    ranges = furniture_ranges(text, repeated)
    # Safety lines found outside an HTML article (page_notices.py) follow this marker:
    # searched for notices, never proposed as claims.
    outside = text.find(OUTSIDE_MARKER)
    out: list[Sentence] = []
    i = 0
    for sent in sentences:
        if 0 <= outside <= sent.span.start:
            out.append(Sentence(sent.span, sent.text, boilerplate=True, heading=sent.heading))
            continue
        while i < len(ranges) and ranges[i][1] < sent.span.start:
            i += 1
        inside = (
            i < len(ranges) and ranges[i][0] <= sent.span.start and sent.span.end <= ranges[i][1]
        )
        # a sentence that is its whole line was already judged as a line
        s, e = sent.span.start, sent.span.end
        whole_line = (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] in "\r\n")
        if inside or (not whole_line and is_furniture_text(sent.text)):
            sent = Sentence(sent.span, sent.text, boilerplate=True, heading=sent.heading)
        out.append(sent)
    return out
