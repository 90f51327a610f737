"""Fetching an article from a URL, carefully: the web is untrusted input.

An editor pastes a press release's address; we take one snapshot of it and never go
back, so the handout cites exactly the bytes the editor saw. The client is httpx (see
pyproject.toml): separate connect and read timeouts, an overall deadline (a server that
drips one byte a second defeats a read timeout), at most five redirects, a size cap
enforced while streaming (a Content-Length can lie), only http and https, and the
content type and charset taken from the response headers, and no redirect from a
public page to a private address (the resolved address is checked before each hop;
a DNS answer that changes between check and connect is not caught). Every failure is one
`FetchError` line that says what happened (offline, refused, timed out, 404, too big).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from summarizer import __version__
from summarizer.errors import SourceError
from summarizer.model import SourceFormat

MAX_BYTES = 20 * 1024 * 1024  # a long journal PDF is a few MB; a page is well under 1 MB
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 10.0  # a server that accepts and never answers fails after this
TOTAL_TIMEOUT = 20.0  # all hops and the body; with one read timeout over, 30 s at most
USER_AGENT = f"summarizer/{__version__} (patient-handout editor; one fetch per article)"

# Content types we can read, and the format they are read as.
CONTENT_TYPES: dict[str, SourceFormat] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/markdown": "md",
    "text/x-markdown": "md",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
ACCEPT = ("text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,"
          "text/markdown;q=0.9,application/vnd.openxmlformats-officedocument."
          "wordprocessingml.document;q=0.9,*/*;q=0.1")
# Servers that send a generic type for files: trust the address's extension then.
_GENERIC = frozenset({"application/octet-stream", "binary/octet-stream", ""})
_EXTENSIONS: dict[str, SourceFormat] = {
    ".html": "html", ".htm": "html", ".txt": "txt", ".md": "md", ".pdf": "pdf", ".docx": "docx",
}


class FetchError(SourceError):
    """A URL that could not be fetched; the message names the URL and the reason."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """One response as taken: `data` is the body exactly as the server sent it."""

    url: str  # as the editor gave it
    final_url: str  # after redirects
    format: SourceFormat
    content_type: str  # media type only, lower case
    charset: str  # from the Content-Type header; "" when the header names none
    data: bytes
    retrieved: str  # ISO 8601 UTC, seconds


def plain_http_url(text: str) -> bool:
    """An http(s) address with a host and no spaces or control characters (what a page
    may declare as its canonical address is checked with this before it is kept)."""
    try:
        check_url(text)
    except FetchError:
        return False
    return True


def is_url(text: str) -> bool:
    """True for anything that looks like an address rather than a file name."""
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text))


def check_url(url: str) -> None:
    """Refuse what we will not fetch: other schemes, no host, control characters."""
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in url) or " " in url:
        raise FetchError("the address contains spaces or control characters", url[:200])
    if len(url) > 4096:
        raise FetchError("the address is longer than 4096 characters", url[:200] + "…")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(
            f"only http:// and https:// addresses can be fetched, not {parts.scheme}://", url
        )
    if not parts.hostname:
        raise FetchError("the address has no host name", url)


def _is_public(host: str) -> bool:
    """True when every address `host` resolves to is a public one (unresolvable: True,
    the connection then fails with its own clear message)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return True
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not addr.is_global:
            return False
    return True


def _redirect_guard(origin_public: bool) -> object:
    """An httpx request hook: a page on the public web may not redirect us to a private
    address (the router, a cloud metadata service, localhost). An address the editor
    typed themselves may be private: an intranet leaflet is a real source."""

    def check(request: object) -> None:
        url = request.url  # type: ignore[attr-defined]
        if origin_public and url.host and not _is_public(url.host):
            raise FetchError(
                "a public page redirected to a private network address; refused", str(url)
            )

    return check


def _format_for(content_type: str, url: str, where: str) -> SourceFormat:
    if content_type in CONTENT_TYPES:
        return CONTENT_TYPES[content_type]
    if content_type in _GENERIC:
        path = urlsplit(url).path.lower()
        for ext, fmt in _EXTENSIONS.items():
            if path.endswith(ext):
                return fmt
    shown = content_type or "none"
    raise FetchError(
        f"the server sent content type {shown!r}, not an article "
        "(HTML, plain text, Markdown, PDF or Word .docx)",
        where,
    )


def _utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def fetch_url(
    url: str,
    *,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
    total_timeout: float = TOTAL_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched:
    """GET `url` once and return the body; raise FetchError (one line) on any failure.

    Redirects are followed here, not inside httpx, so each hop's timeouts are cut to
    what is left of `total_timeout`: however the server stalls, drips or redirects,
    the call ends within `total_timeout` plus one read timeout.
    """
    import httpx

    check_url(url)
    origin_public = _is_public(urlsplit(url).hostname or "")
    deadline = time.monotonic() + total_timeout
    waited = read_timeout
    current = url
    try:
        with httpx.Client(
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate",
                     "Accept": ACCEPT},
            event_hooks={"request": [_redirect_guard(origin_public)]},
        ) as client:
            for _hop in range(max_redirects + 1):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise FetchError(_too_slow(total_timeout), url)
                waited = min(read_timeout, left)
                timeout = httpx.Timeout(connect=min(connect_timeout, left), read=waited,
                                        write=waited, pool=min(connect_timeout, left))
                with client.stream("GET", current, timeout=timeout) as resp:
                    location = resp.headers.get("location")
                    if resp.is_redirect and location:
                        current = str(resp.url.join(location))
                        if urlsplit(current).scheme.lower() not in ("http", "https"):
                            raise FetchError(
                                "redirected to an address that is not http:// or https://", url
                            )
                        continue
                    final, media, charset, fmt, data = _read_body(
                        resp, max_bytes, deadline, total_timeout
                    )
                    break
            else:
                raise FetchError(f"more than {max_redirects} redirects (a redirect loop?)", url)
    except FetchError:
        raise
    except httpx.ConnectTimeout:
        raise FetchError(
            f"no connection within {connect_timeout:g} s (offline, or the server is down?)", url
        ) from None
    except httpx.ReadTimeout:
        raise FetchError(
            f"the server stopped answering (nothing for {waited:g} s)", url
        ) from None
    except httpx.TimeoutException:
        raise FetchError("timed out talking to the server", url) from None
    except httpx.ConnectError as exc:
        raise FetchError(_connect_reason(exc), url) from None
    except httpx.UnsupportedProtocol:
        raise FetchError("redirected to an address that is not http:// or https://", url) from None
    except httpx.DecodingError:
        raise FetchError("the server sent a body that does not decompress", url) from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(f"the transfer failed: {type(exc).__name__}", url) from None
    return Fetched(url=url, final_url=final, format=fmt, content_type=media, charset=charset,
                   data=data, retrieved=_utc_now())


def _read_body(
    resp: object, max_bytes: int, deadline: float, total_timeout: float
) -> tuple[str, str, str, SourceFormat, bytes]:
    """(final URL, media type, charset, format, body) of a final, non-redirect response."""
    final = str(resp.url)  # type: ignore[attr-defined]
    status = resp.status_code  # type: ignore[attr-defined]
    headers = resp.headers  # type: ignore[attr-defined]
    if status >= 400:
        reason = resp.reason_phrase or "error"  # type: ignore[attr-defined]
        raise FetchError(f"the server answered {status} {reason}", final)
    if status >= 300:
        raise FetchError(f"the server answered {status} without a new address", final)
    media, charset = _content_type(headers.get("content-type", ""))
    fmt = _format_for(media, final, final)
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(_too_big(max_bytes), final)
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_bytes():  # type: ignore[attr-defined]
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_big(max_bytes), final)
        if time.monotonic() > deadline:
            raise FetchError(_too_slow(total_timeout), final)
        chunks.append(chunk)
    if not size:
        raise FetchError("the server sent an empty page", final)
    return final, media, charset, fmt, b"".join(chunks)


def _too_slow(total_timeout: float) -> str:
    return f"the download took longer than {total_timeout:g} s; giving up"


def _content_type(header: str) -> tuple[str, str]:
    """("text/html", "iso-8859-1") from 'text/html; charset="ISO-8859-1"'."""
    media, _, params = header.partition(";")
    m = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", params, re.I)
    return media.strip().lower(), (m.group(1).lower() if m else "")


def _too_big(max_bytes: int) -> str:
    return f"the page is larger than {max_bytes / 1024 / 1024:g} MB; save the article text instead"


def _connect_reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "name or service" in text or "nodename" in text or "getaddrinfo" in text or (
        "name resolution" in text
    ):
        return "cannot find that host (offline, or a typo in the address?)"
    if "refused" in text:
        return "the connection was refused (no server at that address and port)"
    if "ssl" in text or "certificate" in text:
        return "the secure connection failed (certificate or TLS problem)"
    return "cannot connect (offline, or the server is down?)"
