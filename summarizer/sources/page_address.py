"""The address a web page declares for itself: <link rel=canonical>, else og:url.

Recorded as the source's `url`, for a saved page as for a fetched one, so the handout
cites where the article lives. The page is untrusted: an address is kept only when it
is a plain http(s) address with a host, without spaces or control characters, of at
most 4096 characters (fetch.plain_http_url, the schema's Url); a relative one is read
against the address the page was fetched from, never guessed for a file on disk.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

HEAD_LIMIT = 512 * 1024  # the declarations are in the head; a huge page is not parsed twice
_URL_SPACE = " \t\n\r\f"  # what HTML strips around an address in an attribute


class _Declared(HTMLParser):
    """The first canonical link and the first og:url meta, as written (entities read)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical: str | None = None
        self.og_url: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and self.canonical is None \
                and "canonical" in values.get("rel", "").lower().split():
            self.canonical = values.get("href", "")
        elif tag == "meta" and self.og_url is None and "og:url" in (
                values.get("property", "").strip().lower(), values.get("name", "").strip().lower()):
            self.og_url = values.get("content", "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def declared_url(html: str, where: str = "") -> str:
    """The page's canonical link, else its og:url, each only if it is a plain http(s)
    address once read against `where` (the page's own address, when it was fetched);
    "" when neither is. Not trafilatura's `url`: it reads og:url first, and it repairs
    what it reads (an ESC dropped, a bidi override percent-encoded), so a hostile
    address came out looking clean."""
    from summarizer.sources.fetch import plain_http_url

    parser = _Declared()
    head = html[:HEAD_LIMIT]
    end = head.lower().find("<body")
    try:
        parser.feed(head if end < 0 else head[:end])
        parser.close()
    except (AssertionError, ValueError):  # markup HTMLParser gives up on: keep what it read
        pass
    base = where if plain_http_url(where) else ""
    for found in (parser.canonical, parser.og_url):
        address = (found or "").strip(_URL_SPACE)
        if not address:
            continue
        if base:
            address = urljoin(base, address)
        if plain_http_url(address) and _shown_as_written(address):
            return address
    return ""


def _shown_as_written(address: str) -> bool:
    """No invisible or reordering characters (bidi controls), and none of the stand-ins
    a source's control characters were replaced by when it was read (␛ for ESC, U+FFFD
    for C1 codes and bidi overrides): an address that had them is not kept as one."""
    return address.isprintable() and not any(
        "\u2400" <= c <= "\u243f" or c == "\ufffd" for c in address)
