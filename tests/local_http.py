"""A real HTTP server on 127.0.0.1, started inside a test: pages, redirects, failures.

Routes are plain data (status, headers, body) so each test says what the server does.
`/hang` accepts the request and never answers until the server stops, which is how a
dead server looks to a client; stopping releases it, so no thread outlives the test.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    chunks: int = 1  # send the body in this many writes, without a Content-Length
    hang: bool = False
    drip: float = 0.0  # seconds between one-byte writes: a server that never finishes


class LocalServer:
    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.released = threading.Event()
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                server.requests.append(self.path)
                route = server.routes.get(self.path)
                if route is None:
                    route = Route(404, {"Content-Type": "text/plain"}, b"not here")
                if route.hang:
                    server.released.wait(timeout=60)
                    return
                if route.drip:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    try:
                        for byte in route.body:  # stops early when the server is stopped
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            if server.released.wait(timeout=route.drip):
                                return
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                self.send_response(route.status)
                for k, v in route.headers.items():
                    self.send_header(k, v)
                if route.chunks == 1:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                step = max(1, len(route.body) // route.chunks)
                try:
                    for i in range(0, len(route.body), step):
                        self.wfile.write(route.body[i : i + step])
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (size cap): expected

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def stop(self) -> None:
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


@contextmanager
def serving(routes: dict[str, Route]) -> Iterator[LocalServer]:
    server = LocalServer(routes)
    server.thread.start()
    try:
        yield server
    finally:
        server.stop()


def article_html(title: str, paragraphs: list[str], *, canonical: str = "",
                 site: str = "", date: str = "", charset_meta: str = "") -> str:
    """A news page with furniture around one <article>, as trafilatura expects."""
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    og = f'<meta property="og:site_name" content="{site}">' if site else ""
    dt = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head>{meta}<title>{title}</title>{link}{og}{dt}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Share this article. Subscribe to our newsletter.</footer></body></html>"
    )
