"""Sources benchmark: PDF claims and URL fetching, measured in this one run.

Targets (issue 12):
- `summarizer claims` on a 30-page two-column PDF (built here with WeasyPrint from the
  seed articles' text, read by path) takes <= 2 s, the whole command as a user runs it
  (interpreter start, imports, PDF text, analysis, table);
- fetching and extracting a local ~200 KB article page served from 127.0.0.1 takes
  <= 1.5x what trafilatura alone does for the same page (its fetch_url, then extract
  with metadata). Ours adds the header charset, size cap, UTF-8 snapshot and metadata.
Best of several interleaved runs (noise on a shared VM only adds time); medians shown.
Exit 1 when a target is missed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SEEDS = REPO.parent / "shared" / "seeds"
ROUNDS = 7


def seed_paragraphs() -> list[str]:
    paras: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) >= 12:
                paras.append(line.strip())
    if not paras:
        raise SystemExit(f"no seed articles in {SEEDS}")
    return paras


def escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf(path: Path, pages: int = 30) -> tuple[int, list[str]]:
    """A two-column A4 article with running heads and page numbers, `pages` long; returns
    the page count and the paragraphs in the order they were set."""
    from weasyprint import HTML

    paras = seed_paragraphs()
    body: list[str] = []
    n = 0
    while True:
        chunk = "".join(f"<p>{escape(p)}</p>" for p in body)
        html = (
            '<html lang="en"><head><title>Ketamine reading pack</title><style>'
            "@page { size: A4; margin: 2cm; @top-center { content: 'Reading pack' }"
            " @bottom-center { content: counter(page) } }"
            "body { columns: 2; column-gap: 1cm; font: 10pt/1.35 serif; hyphens: auto;"
            " text-align: justify }</style></head><body>" + chunk + "</body></html>"
        )
        doc = HTML(string=html).render()
        if len(doc.pages) >= pages:
            break
        # add roughly a page's worth at a time
        for _ in range(12):
            body.append(paras[n % len(paras)])
            n += 1
    doc.write_pdf(path)
    return len(doc.pages), body


def build_page(size: int = 200_000) -> bytes:
    paras = seed_paragraphs()
    nav = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(40))
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>Ketamine and "
             "depression: what the studies say</title><link rel='canonical' "
             "href='https://news.example.org/ketamine'><meta property='og:site_name' "
             "content='Example News'></head><body><nav><ul>" + nav + "</ul></nav><article>"
             "<h1>Ketamine and depression: what the studies say</h1>"]
    i = 0
    while sum(len(p) for p in parts) < size - 2000:
        parts.append(f"<p>{escape(paras[i % len(paras)])}</p>")
        i += 1
    parts.append("</article><footer>Share this article. Subscribe to our newsletter. "
                 "Privacy policy.</footer></body></html>")
    return "".join(parts).encode("utf-8")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_pdf(tmp: Path) -> bool:
    pdf = tmp / "pack.pdf"
    pages, paragraphs = build_pdf(pdf)
    cmd = [sys.executable, "-m", "summarizer", "claims", str(pdf)]

    def run() -> None:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode not in (0, 1) or "internal error" in done.stderr:
            raise SystemExit(f"claims failed: {done.stderr.strip()}")

    run()  # warm the file cache and byte-compiled modules
    times = [timed(run) for _ in range(5)]
    best = min(times)
    ok = best <= 2.0
    print(f"claims on a {pages}-page two-column PDF ({pdf.stat().st_size // 1024} KB): "
          f"{best:.2f} s best, {statistics.median(times):.2f} s median "
          f"(target <= 2 s) {'PASS' if ok else 'FAIL'}")
    compare_pdf_readers(pdf, paragraphs)
    return ok


def in_order(text: str, paragraphs: list[str]) -> int:
    """How many paragraphs stand whole in `text`, each after the one before."""
    flat = " ".join(text.split())
    at, found = 0, 0
    for p in paragraphs:
        i = flat.find(" ".join(p.split()), at)
        if i >= 0:
            found += 1
            at = i + len(p)
    return found


def compare_pdf_readers(pdf: Path, paragraphs: list[str]) -> None:
    """Text quality and speed: ours, PDFium's plain text, pdfminer.six (when installed).
    The plain texts get every line-end hyphen removed first, the best a user could do."""
    import re

    import pypdfium2 as pdfium

    from summarizer.sources.pdf import read_pdf

    data = pdf.read_bytes()

    def ours() -> str:
        return read_pdf(data, str(pdf)).text

    def pdfium_plain() -> str:
        doc = pdfium.PdfDocument(data)
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in doc)
        finally:
            doc.close()

    readers: list[tuple[str, Callable[[], str]]] = [("summarizer (pypdfium2 + layout)", ours),
                                                    ("pypdfium2 plain text", pdfium_plain)]
    try:
        from pdfminer.high_level import extract_text

        readers.append(("pdfminer.six extract_text", lambda: extract_text(str(pdf))))
    except ImportError:
        print("  (pip install pdfminer.six to compare it too)")
    for name, read in readers:
        start = time.perf_counter()
        text = read()
        took = time.perf_counter() - start
        if name != readers[0][0]:
            text = re.sub(r"[\u2010\u00ad\x02-]\r?\n", "", text)
        print(f"  {name:<34} {took:6.2f} s  {in_order(text, paragraphs):4d} of "
              f"{len(paragraphs)} paragraphs whole and in order")


def bench_fetch(tmp: Path) -> bool:
    import trafilatura

    from summarizer.sources.snapshot import take_url

    (tmp / "www").mkdir()
    page = build_page()
    (tmp / "www" / "article.html").write_bytes(page)
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = partial(Quiet, directory=str(tmp / "www"))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/article.html"
    try:
        from trafilatura.settings import use_config

        config = use_config()
        # trafilatura refuses non-public addresses by default; this page is local on purpose
        config.set("DEFAULT", "SSRF_PROTECTION", "off")

        def peer() -> None:
            html = trafilatura.fetch_url(url, config=config)
            if not trafilatura.extract(html, with_metadata=True):
                raise SystemExit("trafilatura extracted nothing")

        def ours() -> None:
            if not take_url(url).loaded.text:
                raise SystemExit("summarizer extracted nothing")

        peer()
        ours()
        p_times: list[float] = []
        o_times: list[float] = []
        for _ in range(ROUNDS):
            p_times.append(timed(peer))
            o_times.append(timed(ours))
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
    ratio = min(o_times) / min(p_times)
    ok = ratio <= 1.5
    print(f"fetch + extract a local {len(page) // 1024} KB page: summarizer "
          f"{min(o_times) * 1000:.0f} ms, trafilatura alone {min(p_times) * 1000:.0f} ms "
          f"(medians {statistics.median(o_times) * 1000:.0f} / "
          f"{statistics.median(p_times) * 1000:.0f} ms): {ratio:.2f}x "
          f"(target <= 1.5x) {'PASS' if ok else 'FAIL'}")
    return ok


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        results = [bench_pdf(Path(tmp)), bench_fetch(Path(tmp))]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
