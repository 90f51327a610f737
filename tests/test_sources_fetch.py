"""Fetching URLs from a real server on 127.0.0.1: pages, redirects, and every failure."""

from __future__ import annotations

import gzip
import shutil
import socket
import tomllib
from pathlib import Path

import pytest
from local_http import Route, article_html, serving

from summarizer.cli import main
from summarizer.handout_file import load_handout
from summarizer.sources.analyze import analyze_source
from summarizer.sources.fetch import FetchError, fetch_url
from summarizer.sources.load import load_source
from summarizer.sources.snapshot import take_url

PARAS = [
    "Researchers gave ketamine to 120 adults with depression that had not improved with "
    "two other medicines, and most felt better within a day.",
    "The benefit faded for many people after two weeks, and some had dizziness, nausea "
    "or a rise in blood pressure during the infusion.",
    "Ketamine for depression should only be given under close medical supervision in a "
    "clinic that can watch for side effects.",
    "If you are thinking about suicide, call or text 988 to reach the Suicide and Crisis "
    "Lifeline at any hour.",
]
HTML = article_html(
    "Ketamine eases hard-to-treat depression for a while", PARAS,
    canonical="https://news.example.org/ketamine-study", site="Example Health News",
    date="2025-05-02",
).encode("utf-8")
# Spanish text whose charset is given only in the Content-Type header.
LATIN1 = article_html(
    "Ketamina y depresión", [
        "Los investigadores estudiaron a 120 adultos con depresión que no mejoró con otros "
        "tratamientos, y muchos señalaron una mejoría en pocas horas después de la dosis.",
        "El efecto duró poco en muchas personas y algunas sintieron mareos o náuseas durante "
        "la infusión; los médicos vigilaron la presión arterial en todo momento.",
    ],
).encode("iso-8859-1")


def routes() -> dict[str, Route]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    hops = {f"/hop{i}": Route(302, {"Location": f"/hop{i + 1}"}) for i in range(1, 7)}
    hops["/hop7"] = Route(200, html, HTML)
    return {
        "/article.html": Route(200, html, HTML),
        "/r1": Route(301, {"Location": "/r2"}),
        "/r2": Route(302, {"Location": "/article.html"}),
        "/loop": Route(302, {"Location": "/loop"}),
        **hops,
        "/to-file": Route(302, {"Location": "file:///etc/passwd"}),
        "/latin1": Route(200, {"Content-Type": "text/html; charset=ISO-8859-1"}, LATIN1),
        "/image": Route(200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"0" * 100),
        "/huge": Route(200, {"Content-Type": "text/html"}, b"<p>" + b"a" * 300_000, chunks=30),
        "/huge-declared": Route(200, {"Content-Type": "text/html"}, b"x" * 300_000),
        "/notes.txt": Route(200, {"Content-Type": "application/octet-stream"},
                            b"Plain notes about ketamine.\n"),
        "/empty": Route(200, {"Content-Type": "text/html"}, b""),
        "/hang": Route(hang=True),
        "/gzip-bomb": Route(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                            gzip.compress(b"<p>" + b"a" * 5_000_000)),
        "/bad-gzip": Route(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                           b"this is not gzip at all"),
        "/bad-canonical": Route(200, {"Content-Type": "text/html"}, article_html(
            "A page with a bad canonical link", PARAS,
            canonical="https://example.org/" + "a" * 5000).encode()),  # over the schema's 4096
        "/drip": Route(body=b"<p>" + b"a" * 1000, drip=0.05),
    }


@pytest.fixture
def server():
    with serving(routes()) as srv:
        yield srv


def test_page_fetched_with_metadata_from_the_page(server) -> None:
    got = fetch_url(server.url("/article.html"))
    assert got.format == "html" and got.content_type == "text/html" and got.charset == "utf-8"
    assert got.data == HTML and got.retrieved.endswith("Z")
    taken = take_url(server.url("/article.html"))
    assert taken.loaded.title == "Ketamine eases hard-to-treat depression for a while"
    assert taken.loaded.publisher == "Example Health News"
    assert taken.loaded.published == "2025-05-02"
    assert taken.url == "https://news.example.org/ketamine-study"  # canonical, from the page
    assert taken.origin == server.url("/article.html")
    assert PARAS[0] in taken.loaded.text and "Subscribe" not in taken.loaded.text


def test_an_untrusted_canonical_address_is_not_kept(server, tmp_path: Path) -> None:
    taken = take_url(server.url("/bad-canonical"))
    assert taken.url == server.url("/bad-canonical") == taken.loaded.url
    # so the handout it goes into still loads
    assert main(["new", str(tmp_path / "h"), "--sources", server.url("/bad-canonical")]) == 0
    assert load_handout(tmp_path / "h").handout.sources[0].url == server.url("/bad-canonical")


def test_redirects_followed_up_to_five(server) -> None:
    got = fetch_url(server.url("/r1"))
    assert got.final_url == server.url("/article.html") and got.data == HTML
    with pytest.raises(FetchError, match=r"more than 5 redirects"):
        fetch_url(server.url("/hop1"))  # six redirects
    with pytest.raises(FetchError, match=r"redirect loop"):
        fetch_url(server.url("/loop"))
    with pytest.raises(FetchError, match=r"not http:// or https://"):
        fetch_url(server.url("/to-file"))


def test_http_errors_and_content_types(server) -> None:
    with pytest.raises(FetchError, match=r"answered 404 Not Found") as exc:
        fetch_url(server.url("/missing"))
    assert server.url("/missing") in str(exc.value)
    with pytest.raises(FetchError, match=r"content type 'image/png', not an article"):
        fetch_url(server.url("/image"))
    with pytest.raises(FetchError, match=r"empty page"):
        fetch_url(server.url("/empty"))
    # a generic type is read by the address's extension
    assert fetch_url(server.url("/notes.txt")).format == "txt"


def test_size_cap_holds_while_streaming_and_when_declared(server) -> None:
    with pytest.raises(FetchError, match=r"larger than"):
        fetch_url(server.url("/huge"), max_bytes=100_000)  # no Content-Length: counted
    with pytest.raises(FetchError, match=r"larger than"):
        fetch_url(server.url("/huge-declared"), max_bytes=100_000)


def test_compressed_bodies_are_capped_after_decompression(server) -> None:
    with pytest.raises(FetchError, match=r"larger than"):
        fetch_url(server.url("/gzip-bomb"), max_bytes=1_000_000)  # ~5 kB on the wire
    with pytest.raises(FetchError, match=r"does not decompress"):
        fetch_url(server.url("/bad-gzip"))


def test_charset_given_only_in_the_header(server, tmp_path: Path) -> None:
    taken = take_url(server.url("/latin1"))
    assert "depresión" in taken.loaded.text and "náuseas" in taken.loaded.text
    # the snapshot is stored as UTF-8, so reading it back from disk gives the same text
    snap = tmp_path / "s.html"
    snap.write_bytes(taken.data)
    assert load_source(snap).text == taken.loaded.text


def test_server_that_never_answers_fails_clearly(server) -> None:
    with pytest.raises(FetchError, match=r"stopped answering \(nothing for 0.3 s\)"):
        fetch_url(server.url("/hang"), read_timeout=0.3)


def test_a_dripping_server_cannot_outlast_the_overall_limit(server) -> None:
    """Each byte comes well within the read timeout; the overall limit still ends it."""
    with pytest.raises(FetchError, match=r"took longer than 0.3 s; giving up"):
        fetch_url(server.url("/drip"), read_timeout=5, total_timeout=0.3)
    # redirects share the same overall limit: nothing is left for a later hop
    with pytest.raises(FetchError, match=r"took longer than 0 s"):
        fetch_url(server.url("/r1"), total_timeout=0)


def test_refused_and_bad_addresses() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    with pytest.raises(FetchError, match=r"connection was refused"):
        fetch_url(f"http://127.0.0.1:{port}/x", connect_timeout=2)
    with pytest.raises(FetchError, match=r"cannot find that host \(offline, or a typo"):
        fetch_url("http://no-such-host.invalid/article.html", connect_timeout=5)
    for bad, why in [("ftp://example.org/a.txt", "only http:// and https://"),
                     ("file:///etc/passwd", "only http:// and https://"),
                     ("http:///nohost", "no host name"),
                     ("http://example.org/a b", "spaces or control")]:
        with pytest.raises(FetchError, match=why):
            fetch_url(bad)


def test_cli_one_clear_line_for_a_dead_server(server, tmp_path: Path, capsys) -> None:
    code = main(["new", str(tmp_path / "h"), "--sources", server.url("/hang"),
                 "--timeout", "0.3"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"skipped: {server.url('/hang')}: the server stopped answering" in err
    assert "nothing created" in err and "Traceback" not in err
    assert not (tmp_path / "h" / "handout.toml").exists()


def test_url_becomes_a_self_contained_handout(tmp_path: Path, capsys) -> None:
    url_handout_moved_and_verified(tmp_path, capsys)


def url_handout_moved_and_verified(tmp_path: Path, capsys) -> Path:
    """The issue's must-show: served from 127.0.0.1, kept, then verified offline elsewhere."""
    with serving(routes()) as srv:
        url = srv.url("/article.html")
        assert main(["new", str(tmp_path / "h"), "--sources", url]) == 0
    # the server is gone; cite a sentence from the snapshot, then move the folder
    hdoc = load_handout(tmp_path / "h")
    (ref,) = hdoc.handout.sources
    assert ref.origin == url and ref.url == "https://news.example.org/ketamine-study"
    assert ref.path.startswith("sources/") and ref.path.endswith(".html")
    assert ref.retrieved.endswith("Z") and len(ref.sha256) == 64
    stored = tomllib.loads((tmp_path / "h" / "handout.toml").read_text())["sources"][0]
    assert stored["origin"] == url and stored["sha256"] == ref.sha256
    loaded = load_source(hdoc.resolve_source_path(ref))
    analysis = analyze_source(ref.id, loaded)
    (sentence,) = [s for s in analysis.sentences if s.text.startswith("Researchers gave")]
    from summarizer.tui.state import add_claim

    add_claim(hdoc.handout, ref.id, sentence, "benefits")
    hdoc.save()
    moved = shutil.move(tmp_path / "h", tmp_path / "elsewhere" / "h2")
    capsys.readouterr()
    assert main(["verify", str(moved)]) == 0
    assert "1 quote in place, 0 to look at, 0 gone" in capsys.readouterr().out
    return Path(moved)


async def test_the_editor_opens_the_moved_url_handout(tmp_path: Path, capsys) -> None:
    from summarizer.tui.app import EditorApp

    moved = url_handout_moved_and_verified(tmp_path, capsys)
    app = EditorApp(moved / "handout.toml")
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        (ref,) = app.state.handout.sources
        assert app.state.source_errors == {} and set(app.state.analyses) == {ref.id}
        assert any(s.text.startswith("Researchers gave") for s in
                   app.state.analyses[ref.id].sentences)


def test_add_source_by_url_and_file(server, tmp_path: Path, seed_paths: list[Path]) -> None:
    assert main(["new", str(tmp_path / "h"), "--sources", str(seed_paths[0])]) == 0
    assert main(["add-source", str(tmp_path / "h"), server.url("/latin1"),
                 str(seed_paths[1])]) == 0
    hdoc = load_handout(tmp_path / "h")
    assert len(hdoc.handout.sources) == 3
    for ref in hdoc.handout.sources:
        path = hdoc.resolve_source_path(ref)
        assert path is not None and path.parent == (tmp_path / "h" / "sources").resolve()
        assert load_source(path).sha256 == ref.sha256
    assert hdoc.handout.sources[1].origin == server.url("/latin1")
    assert hdoc.handout.sources[2].origin == str(seed_paths[1].resolve())
    # a failed fetch leaves the handout and its folder as they were
    before = (tmp_path / "h" / "handout.toml").read_bytes()
    files = sorted((tmp_path / "h" / "sources").iterdir())
    assert main(["add-source", str(tmp_path / "h"), server.url("/missing")]) == 1
    assert (tmp_path / "h" / "handout.toml").read_bytes() == before
    assert sorted((tmp_path / "h" / "sources").iterdir()) == files


def test_a_public_page_may_not_redirect_to_a_private_address(server, monkeypatch) -> None:
    """SSRF: the origin is taken as public (the first two checks: origin, first request);
    the redirect's hop to 127.0.0.1 is then checked for real and refused."""
    from summarizer.sources import fetch

    real = fetch._is_public
    calls: list[str] = []

    def public_first(host: str) -> bool:
        calls.append(host)
        return True if len(calls) <= 2 else real(host)

    monkeypatch.setattr(fetch, "_is_public", public_first)
    with pytest.raises(FetchError, match="redirected to a private network address"):
        fetch_url(server.url("/r1"))
    assert server.requests == ["/r1"]  # the private hop was never requested
    assert real("127.0.0.1") is False and real("10.1.2.3") is False
    assert real("93.184.216.34") is True
    # an address the editor gives directly may be private (an intranet leaflet)
    monkeypatch.setattr(fetch, "_is_public", real)
    assert fetch_url(server.url("/r1")).data == HTML


def test_claims_and_disclaimers_read_a_url(server, capsys) -> None:
    assert main(["disclaimers", server.url("/article.html")]) == 0
    out = capsys.readouterr().out
    assert "crisis-line" in out and "988" in out and "supervision" in out
    assert main(["claims", server.url("/missing")]) == 1
    assert "answered 404 Not Found" in capsys.readouterr().err


def test_a_pdf_and_a_word_file_by_url(tmp_path: Path) -> None:
    """The content type picks the reader; the snapshot keeps the file's own extension."""
    import docx
    from weasyprint import HTML

    pdf = HTML(string="<html><head><title>Trial report</title></head><body>"
               + "".join(f"<p>{p}</p>" for p in PARAS) + "</body></html>").write_pdf()
    d = docx.Document()
    d.add_heading("Clinic leaflet", level=1)
    for p in PARAS:
        d.add_paragraph(p)
    d.save(tmp_path / "leaflet.docx")
    word = (tmp_path / "leaflet.docx").read_bytes()
    routes = {
        "/get?id=7": Route(200, {"Content-Type": "application/pdf"}, pdf),
        "/leaflet": Route(200, {"Content-Type": "application/vnd.openxmlformats-"
                                "officedocument.wordprocessingml.document"}, word),
    }
    with serving(routes) as srv:
        assert main(["new", str(tmp_path / "h"), "--sources", srv.url("/get?id=7"),
                     srv.url("/leaflet")]) == 0
    hdoc = load_handout(tmp_path / "h")
    paths = sorted(r.path.rsplit(".", 1)[1] for r in hdoc.handout.sources)
    assert paths == ["docx", "pdf"]
    for ref in hdoc.handout.sources:
        snap = hdoc.resolve_source_path(ref)
        assert snap.read_bytes() in (pdf, word)  # binary files are kept byte for byte
        text = norm_ws(load_source(snap).text)
        assert all(norm_ws(p) in text for p in PARAS)


def norm_ws(s: str) -> str:
    return " ".join(s.split())
