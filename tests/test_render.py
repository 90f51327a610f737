"""The render path's parts: numbers, paper, app catalogs, context, fetcher, fonts, payloads."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from babel.messages.pofile import read_po
from conftest import EXAMPLE

from summarizer import i18n, render
from summarizer.handout_file import load_handout
from summarizer.model import Contact
from summarizer.resources import locales_dir, templates_dir

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(path).pages)


def es_translations() -> dict[str, str]:
    po = EXAMPLE.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        return {m.id: m.string for m in read_po(fh) if m.id and not m.fuzzy}


# ----------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(("number", "region", "expected"), [
    ("+18886289454", "US", "1-888-628-9454"),   # the 988 Lifeline's Spanish line
    ("+18006624357", "CA", "1-800-662-4357"),   # NANP: same form in Canada
    ("988", "US", "988"),                       # short codes as they are dialled
    ("838255", "US", "838255"),
    ("+442079460000", "GB", "020 7946 0000"),   # national format at home
    ("+442079460000", "US", "011 44 20 7946 0000"),  # dialled from abroad
])
def test_numbers_are_formatted_for_the_region(number: str, region: str, expected: str) -> None:
    assert render.format_number(Contact(number=number, display=number), region) == expected


@pytest.mark.parametrize(("region", "size"), [
    ("US", "Letter"), ("CA", "Letter"), ("MX", "Letter"), ("PH", "Letter"), ("CL", "Letter"),
    ("PR", "Letter"), ("GB", "A4"), ("ES", "A4"), ("FR", "A4"), ("AR", "A4"), ("AU", "A4"),
])
def test_paper_size_follows_cldr(region: str, size: str) -> None:
    assert i18n.paper_size(region) == size


def test_css_strings_cannot_escape_the_style_element() -> None:
    css = render.css_string('x" } </style><script>alert(1)</script> \\')
    inner = str(css)[1:-1]
    assert '"' not in inner and "<" not in inner and ">" not in inner and "}" not in inner
    assert str(render.page_label_css("Página %(page)s de %(pages)s")) == (
        '"Página " counter(page) " de " counter(pages)')


def test_long_dates_per_locale() -> None:
    assert i18n.format_long_date("2025-04-16", "en") == "April 16, 2025"
    assert i18n.format_long_date("2025-04-16", "es") == "16 de abril de 2025"
    assert i18n.format_long_date("spring 2025", "es") == "spring 2025"  # not a date: as written


# ----------------------------------------------------------------------------- app catalogs


def test_app_catalogs_cover_every_extracted_string() -> None:
    """The .pot is what pybabel extracted from the template and code; each shipped
    language translates all of it, with the same placeholders."""
    with (locales_dir() / "summarizer.pot").open("rb") as fh:
        pot_ids = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh) if m.id}
    assert len(pot_ids) > 25
    for lang in ("en", "es", "fr"):
        status = i18n.app_catalog_status(lang)
        assert status.complete, status
        with i18n.app_catalog_path(lang).open("rb") as fh:
            catalog = read_po(fh)
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
        assert ids == pot_ids, lang
        for m in catalog:
            if not m.id:
                continue
            source = m.id if isinstance(m.id, str) else m.id[1]
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            for s in strings:
                assert sorted(PLACEHOLDER.findall(s)) == sorted(PLACEHOLDER.findall(source)), s


def test_spanish_app_strings_are_spanish() -> None:
    es = i18n.app_translations("es")
    assert es.gettext("How might it help?") == "¿Cómo podría ayudar?"
    assert es.ngettext("This sheet is based on %(num)d article.",
                       "This sheet is based on %(num)d articles.",
                       5) == "Esta hoja se basa en %(num)d artículos."


def test_fuzzy_and_missing_app_strings_are_reported(tmp_path: Path) -> None:
    po = (i18n.app_catalog_path("es")).read_text(encoding="utf-8")
    po = po.replace('msgid "Approval"\nmsgstr "Aprobación"', '#, fuzzy\nmsgid "Approval"\n'
                    'msgstr "Aprobación"')
    po = po.replace('msgstr "Es bueno saber"', 'msgstr ""')
    target = tmp_path / "es" / "LC_MESSAGES" / "summarizer.po"
    target.parent.mkdir(parents=True)
    target.write_text(po, encoding="utf-8")
    status = i18n.app_catalog_status("es", root=tmp_path)
    assert status.fuzzy == ("Approval",) and status.missing == ("Good to know",)
    assert not status.complete
    # fuzzy entries are not used at run time: the English text comes back, never a guess
    assert i18n.app_translations("es", root=tmp_path).gettext("Approval") == "Approval"
    i18n.clear_cache()


# ----------------------------------------------------------------------------- context / html


def test_context_puts_safety_first_and_evidence_in_words() -> None:
    hdoc = load_handout(EXAMPLE)
    ctx = render.build_context(hdoc, "en", {}, i18n.app_translations("en"))
    assert [c["number"] for c in ctx["crisis_contacts"]] == ["988", "988", "838255",
                                                             "1-888-628-9454"]
    assert ctx["crisis_contacts"][0]["how"] == "Call or text"  # its quote lost the chat link
    assert ctx["crisis_contacts"][1]["how"] == "Call, then press 1"
    assert [n["kind"] for n in ctx["safety_notices"]] == ["supervision", "regulatory",
                                                          "self-medication"]
    evidence = {i["text"]: i["evidence"] for s in ctx["sections"] for i in s["items"]}
    mice = next(t for t in evidence if "mice" in t)
    # the text says "In a study in mice" itself: no lead-in repeating it
    # (summarizer.printed.lead_in; tests/test_evidence_lead_in.py)
    assert mice.startswith("In a study in mice") and evidence[mice] == ""
    assert ctx["page_size"] == "Letter"


def test_a_missing_translation_is_an_error_naming_the_string() -> None:
    hdoc = load_handout(EXAMPLE)
    tr = es_translations()
    dropped = hdoc.handout.disclaimers[0].text
    del tr[dropped]
    with pytest.raises(render.RenderError, match=re.escape(repr(dropped[:60]))):
        render.render_html(hdoc, "es", tr)


def test_html_is_autoescaped_and_untemplated() -> None:
    hdoc = load_handout(EXAMPLE)
    hdoc.handout.claims[0].text = '<script>x()</script> {{ 7*7 }} {% raw %} &amp;'
    html = render.render_html(hdoc, "en", {})
    assert "&lt;script&gt;x()&lt;/script&gt; {{ 7*7 }} {% raw %} &amp;amp;" in html
    assert "<script" not in html


# ----------------------------------------------------------------------------- fetcher, fonts


def test_fetcher_serves_only_template_assets(tmp_path: Path) -> None:
    root = templates_dir()
    assert render.is_allowed_asset((root / "handout.css").as_uri(), root) == \
        (root / "handout.css").resolve()
    outside = tmp_path / "canary.css"
    outside.write_text("body { color: red }")
    for url in (outside.as_uri(), "file:///etc/passwd", "file:///etc/hostname",
                (root / ".." / "pyproject.toml").as_uri(), "http://127.0.0.1/x.css",
                "https://example.org/handout.css", "data:text/css,body{}",
                "file://evil.example/handout.css", root.as_uri(),
                (root / "handout.css").as_uri() + "?x=1"):
        assert render.is_allowed_asset(url, root) is None, url


def test_fetcher_resolves_before_it_decides(tmp_path: Path) -> None:
    """Traversal (plain or %-encoded), symlinks out of the folder, queries and hosts are
    refused; only the resolved path counts, whatever the URL looks like."""
    root = tmp_path / "templates"
    root.mkdir()
    (root / "handout.css").write_text("p { color: black }")
    secret = tmp_path / "secret.css"
    secret.write_text("CANARY")
    (root / "link.css").symlink_to(secret)
    (root / "dirlink").symlink_to(tmp_path, target_is_directory=True)
    (root / "inner.css").symlink_to(root / "handout.css")  # stays inside: fine
    base = root.as_uri()
    css = (root / "handout.css").resolve()
    assert render.is_allowed_asset(f"{base}/handout.css", root) == css
    assert render.is_allowed_asset(f"{base}/sub/%2e%2e/handout.css", root) is None  # no sub/
    assert render.is_allowed_asset(f"{base}/%2e/handout.css", root) == css
    assert render.is_allowed_asset(f"{base}/inner.css", root) == css
    assert render.is_allowed_asset(f"{base}/handout.css#frag", root) == css
    for url in (f"{base}/../secret.css", f"{base}/%2e%2e/secret.css",
                f"{base}/%2E%2E%2Fsecret.css", f"{base}/..%2fsecret.css",
                f"{base}/../../../../etc/passwd", f"{base}/%2e%2e/%2e%2e/etc/passwd",
                f"{base}/link.css", f"{base}/dirlink/secret.css",
                f"{base}/handout.css?x=../secret.css",
                f"file://localhost.evil{root}/handout.css", f"FILE://{root}/../secret.css",
                f"{base}/handout.css%00.png", f"{base}/", base):
        assert render.is_allowed_asset(url, root) is None, url


def test_a_fetch_outside_the_templates_stops_the_render() -> None:
    seen: list[tuple[str, bool]] = []
    html = ('<html lang="en"><head><title>t</title><link rel="stylesheet" href="handout.css">'
            '</head><body><p>x</p><img src="file:///etc/hostname"></body></html>')
    with pytest.raises(render.RenderError, match="refused to fetch"):
        render.html_to_pdf(html, on_fetch=lambda url, ok: seen.append((url, ok)))
    assert ("file:///etc/hostname", False) in seen
    assert all(ok == url.endswith("/templates/handout.css") for url, ok in seen)


def test_a_missing_glyph_is_an_error() -> None:
    assert render.missing_glyphs("Ketamina ¿qué? — “988” · é ñ ü") == []
    assert render.missing_glyphs("薬 𝄞") == ["薬", "𝄞"]
    hdoc = load_handout(EXAMPLE)
    hdoc.handout.claims[0].text = "Ketamine (ケタミン) was first made for surgery."
    html = render.render_html(hdoc, "en", {})
    with pytest.raises(render.RenderError, match="U\\+30B1"):
        render.html_to_pdf(html)


# ----------------------------------------------------------------------------- payloads


PAYLOADS = [
    '<img src="file:///etc/passwd">',
    '<link rel="attachment" href="file:///etc/hostname">',
    "<script>document.write('x')</script>",
    "http://127.0.0.1:9/steal.css",
    "{{ 7*7 }}",
]


def test_payloads_in_claims_disclaimers_and_translations_stay_text(tmp_path: Path) -> None:
    """Markup, URLs and template syntax in a claim, a disclaimer and a translation come out
    as literal text, and the only file WeasyPrint is given is the template's stylesheet."""
    canary = tmp_path / "canary.txt"
    canary.write_text("CANARY-5d1f0c9e")
    payload = " ".join([*PAYLOADS, f'<img src="{canary.as_uri()}">'])
    hdoc = load_handout(EXAMPLE)
    claim, notice = hdoc.handout.claims[2], hdoc.handout.disclaimers_of("supervision")[0]
    tr = es_translations()
    claim.text = "Claim: " + payload
    tr[claim.text] = "Traducción: " + payload
    notice.text = "Notice: " + payload
    tr[notice.text] = "Aviso: " + payload
    seen: list[tuple[str, bool]] = []
    for locale, translations in (("en", {}), ("es", tr)):
        html = render.render_html(hdoc, locale, translations)
        pdf = render.html_to_pdf(html, on_fetch=lambda url, ok: seen.append((url, ok)))
        assert b"CANARY" not in pdf and b"/EmbeddedFile" not in pdf
        text = pdf_text(pdf, tmp_path)
        for label in ("Claim:", "Notice:") if locale == "en" else ("Traducción:", "Aviso:"):
            assert f"{label} {PAYLOADS[0]}" in text, (locale, label)
        compact = re.sub(r"\s+", "", text)  # a long payload may wrap anywhere
        for p in PAYLOADS:
            assert compact.count(re.sub(r"\s+", "", p)) >= 2, (locale, p)
        # {{7*7}} must not become 49 (the tmp folder's name may hold a 49: drop it)
        assert "49" not in re.sub(r"pytest-\d+", "", text.replace("9454", ""))
    assert seen and all(ok and url.endswith("/templates/handout.css") for url, ok in seen)


def test_sources_list_only_the_articles_the_sheet_prints_from() -> None:
    """A source nothing printed comes from is not one the sheet 'is based on' (tester, s4)."""
    hdoc = load_handout(EXAMPLE)
    h = hdoc.handout
    used = {c.source for c in h.claims if c.text} | {d.source for d in h.disclaimers if d.text}
    assert len(used) >= 2
    dropped = sorted(used)[0]
    h.claims = [c for c in h.claims if c.source != dropped]
    h.disclaimers = [d for d in h.disclaimers if d.source != dropped]
    ctx = render.build_context(hdoc, "en", {}, i18n.app_translations("en"))
    titles = [s["title"] for s in ctx["sources"]]
    gone = h.source(dropped)
    assert gone is not None and (gone.title or gone.id) not in titles
    assert len(titles) == len({s.id for s in h.sources} & (used - {dropped}))
    html = render.render_html(hdoc, "en", {})
    assert f"based on {len(titles)} article" in html


def test_a_machine_without_harfbuzz_subset_still_exports(monkeypatch) -> None:
    """Without libharfbuzz-subset WeasyPrint subsets with fontTools and says so in a
    warning; that is about speed, not the handout, so it must not refuse the export
    (every WeasyPrint warning refuses it otherwise). rspeed, session 4."""
    import weasyprint.pdf.fonts as wfonts

    from summarizer import weasy

    weasy.load()
    monkeypatch.setattr(wfonts, "harfbuzz_subset", None)
    hdoc = load_handout(EXAMPLE)
    pdf = render.html_to_pdf(render.render_html(hdoc, "en"))
    assert pdf.startswith(b"%PDF")
