"""Handout -> HTML (Jinja2, autoescaped) -> tagged PDF (WeasyPrint), one locale at a time.

Three layers, so each can be tested and reused on its own:
- `build_context` is pure: the handout, one locale's translations and the app strings in,
  plain data out (numbers formatted for the region, dates for the locale, evidence said
  in words). Handout text is only ever data here: it reaches the template as strings
  that Jinja2 escapes, never as template source or markup.
- `render_html` fills the template.
- `html_to_pdf` runs WeasyPrint with a URL fetcher that serves only the template's own
  assets, and turns every WeasyPrint warning (a refused fetch, a broken stylesheet) into
  an error, so a PDF that is not exactly what the template says is never written.
WeasyPrint is imported inside `html_to_pdf` only (it costs most of a second).
"""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from summarizer import __version__, i18n, usercache
from summarizer.dialling import format_number
from summarizer.errors import UserError
from summarizer.model import SECTIONS, Contact, Handout, SourceRef
from summarizer.printed import (  # shared with the editor
    NOTICE_HEADINGS,
    SAFETY_ORDER,
    evidence_msgid,
    lead_in,
    notice_headings,
    section_headings,
)
from summarizer.reproducible import source_date
from summarizer.resources import templates_dir

if TYPE_CHECKING:
    import gettext

    import jinja2

    from summarizer.handout_file import HandoutDocument

TEMPLATE = "handout.html.j2"

# Sections whose claims carry an evidence phrase: the ones that say what a treatment does.
EVIDENCE_SECTIONS = i18n.PHRASE_SECTIONS  # the review sheet prints the same
SAFETY_HEADINGS = {kind: NOTICE_HEADINGS[kind] for kind in SAFETY_ORDER}  # in printed.py


class RenderError(UserError):
    """A locale could not be rendered exactly as the template says (fonts, fetches, text)."""


# ----------------------------------------------------------------------------- pure parts
# format_number lives in summarizer.dialling (the review sheet prints numbers too)


def css_string(text: str) -> Markup:
    """A CSS string literal that cannot end early or close the <style> element."""
    out = "".join(c if c.isalnum() or c in " .,:;!?-_()" else f"\\{ord(c):x} " for c in text)
    return Markup(f'"{out}"')


def page_label_css(pattern: str) -> Markup:
    """'Page %(page)s of %(pages)s' as CSS content with page counters in place."""
    parts: list[str] = []
    pos = 0
    for m in re.finditer(r"%\((page|pages)\)[sd]", pattern):
        if m.start() > pos:
            parts.append(css_string(pattern[pos:m.start()]))
        parts.append(f"counter({m.group(1)})")
        pos = m.end()
    if pos < len(pattern):
        parts.append(css_string(pattern[pos:]))
    return Markup(" ".join(parts))


HEAD_MAX = 60  # characters of a running head


def running_head(title: str) -> str:
    """The handout's title, short, for the head of every page after the first: the part
    before its colon ("Ketamine for depression"), else the title cut at a word."""
    text = " ".join(title.split())
    for colon in (":", "："):  # Latin (also Arabic, Cyrillic, Korean) and full-width
        before, sep, after = text.partition(colon)
        if sep and before.strip() and after.strip():
            text = before.strip()
            break
    if len(text) <= HEAD_MAX:
        return text
    cut = text[:HEAD_MAX - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


@dataclass(frozen=True, slots=True)
class Grade:
    value: float | None
    formula: str


def reading_grade(text: str, locale: str) -> Grade:
    """Headline grade of `text` in `locale` from summarizer.readability (None: not measured)."""
    from summarizer.readability.formulas_intl import analyze_for_grade

    try:
        report = analyze_for_grade(text, i18n.base_language(locale))
    except (ValueError, KeyError, LookupError):  # LookupError: no validated formula
        return Grade(None, "")
    return Grade(report.headline_grade, report.headline_name or "")


def printed_grade(handout: Handout, locale: str, texts: dict[str, str]) -> Grade:
    """The grade `check` and the editor give the text one locale prints (the drug the
    handout is about read as a short word, summarizer.readability.topic)."""
    from summarizer.gate.builtin import handout_grade

    try:
        report = handout_grade(handout, locale, texts)
    except (ValueError, KeyError, LookupError):  # LookupError: no validated formula
        return Grade(None, "")
    return Grade(report.headline_grade, report.headline_name or "")


class Translator:
    """Source-locale text -> the locale's text; a gap is an error, never English by stealth."""

    def __init__(self, handout: Handout, locale: str, translations: dict[str, str]) -> None:
        self.identity = locale == handout.meta.source_locale
        self.locale = locale
        self.translations = translations
        self.missing: list[str] = []

    def __call__(self, text: str) -> str:
        if self.identity or not text:
            return text
        found = self.translations.get(text)
        if not found:
            self.missing.append(text)
            return text
        return found


# A phone number or code inside right-to-left text: digits with separators between.
_PHONE = re.compile(r"\+?\d[\d\-. ()]*\d")
_HANGUL_PAIR = re.compile(r"(?<=[\uac00-\ud7a3])(?=[\uac00-\ud7a3])")
WORD_JOINER = "\u2060"


def isolate_numbers(text: str) -> Markup:
    """Escaped text with each phone number in <bdi dir="ltr">.

    In Arabic text the bidi algorithm reads "1-888-628-9454" as separate numbers joined
    by neutral hyphens and lays them out right to left (9454-628-888-1); isolating the
    number keeps it in dialling order.
    """
    out: list[str] = []
    pos = 0
    for m in _PHONE.finditer(text):
        out.append(str(escape(text[pos:m.start()])))
        out.append(f'<bdi dir="ltr">{escape(m.group())}</bdi>')
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def keep_korean_words(text: str) -> str:
    """Korean breaks lines between words, not syllables (CSS word-break: keep-all, which
    WeasyPrint lacks): a word joiner between Hangul syllables forbids the break."""
    return _HANGUL_PAIR.sub(WORD_JOINER, text)


def text_shaper(locale: str) -> Callable[[str], str]:
    """What a locale's printed text needs beyond escaping (number isolation)."""
    from summarizer import fonts

    rtl = fonts.is_rtl(locale)

    def shape(text: str) -> str:
        return isolate_numbers(text) if rtl else text

    return shape


def _how(contact: Contact, app: gettext.GNUTranslations, tr: Translator) -> str:
    """"Call or text", "Call, then press 1": whole translated phrases, never joined words."""
    phrase = i18n.channel_phrase(contact.channels)
    how = app.pgettext(*phrase) if phrase else ""
    if contact.extra:  # recorded in English: the handout's own language says it in its words
        extra = i18n.printed_instruction(contact.extra, app) if tr.identity \
            else tr(contact.extra)
        how = app.pgettext(*i18n.WITH_INSTRUCTION) % {"channels": how, "instruction": extra} \
            if how else extra
    return how


def publisher_line(publisher: str, app: gettext.GNUTranslations) -> str:
    """A source's publisher as printed: a kind ("Health blog") in the reader's language,
    a proper name as it is, a name with its kind as one translated phrase."""
    name, kind = i18n.publisher_kind(publisher)
    if kind is None:
        return name
    said = app.pgettext(*kind)
    if not name:
        return said
    return app.pgettext(*i18n.PUBLISHER_WITH_KIND) % {"kind": said, "name": name}


def source_line(source: dict[str, str], app: gettext.GNUTranslations) -> Markup:
    """A source in the list as one translated pattern; the title in <cite> with its
    language, every value escaped (Markup's % escapes what is not already Markup)."""
    cite = Markup("<cite{}>{}</cite>").format(
        Markup(' lang="{}" dir="{}"').format(source["lang"], source["dir"])
        if source["lang"] else "", source["title"])
    pattern = app.pgettext(*i18n.SOURCE_LINES[bool(source["publisher"]),
                                                bool(source["date"])])
    return Markup(escape(pattern)) % {"title": cite, "publisher": source["publisher"],
                                      "date": source["date"]}


def _printed_from(h: Handout) -> list[SourceRef]:
    """The articles something printed comes from, in the handout's order.

    A source the editor added but took nothing from is not one the sheet "is based on";
    a handout that prints nothing yet lists every source rather than none.
    """
    used = {c.source for c in h.claims if c.text} | {d.source for d in h.disclaimers if d.text}
    return [s for s in h.sources if s.id in used] or list(h.sources)


def build_context(
    hdoc: HandoutDocument,
    locale: str,
    translations: dict[str, str],
    app: gettext.GNUTranslations,
    *,
    today: dt.date | None = None,
    grade: Grade | None = None,
    exported: list[str] | None = None,
) -> dict[str, Any]:
    """Everything the template shows for one locale, as plain, already-translated data.

    `exported`: the languages printed together with this one ("also available in");
    default, the handout's languages.
    """
    from summarizer import fonts

    h = hdoc.handout
    meta = h.meta
    lang = locale.replace("-", "_")
    translate = Translator(h, locale, translations)
    shape = text_shaper(locale)

    def tr(text: str) -> str:
        return shape(translate(text))

    _ = app.gettext

    day = i18n.parse_iso_date(meta.date) if meta.date else None
    day = day or today or source_date() or dt.date.today()
    if grade is None:
        # the grade the gate and the editor give (the topic drug read as a short word)
        grade = printed_grade(h, locale, {t: translate(t) for t in h.texts()})
    if grade.value is None:
        reading_line = _("Reading level: not measured")
    else:
        # The formula's name is left out: it is jargon, and not translated by readability.
        reading_line = _("Reading level: about grade %(grade)s") % {
            "grade": i18n.format_grade(grade.value, lang)}

    from summarizer.contact_channels import as_printed

    crisis = h.disclaimers_of("crisis-line")
    contacts = [c for d in crisis for c in as_printed(d)]
    contacts += [c for d in h.disclaimers if d.kind != "crisis-line" for c in as_printed(d)]

    def contact_row(c: Contact) -> dict[str, str]:
        return {"number": format_number(c, meta.region), "how": _how(c, app, translate),
                "label": tr(c.label)}

    notice_titles = notice_headings(app)
    safety = [
        {"kind": kind, "heading": notice_titles[kind],
         "texts": [tr(d.text) for d in h.disclaimers_of(kind) if d.text]}
        for kind in SAFETY_ORDER if h.disclaimers_of(kind)
    ]
    sections = []
    headings = section_headings(app)
    for key in SECTIONS:
        items = []
        for c in h.claims_in(key):
            if not c.text:
                continue
            text = tr(c.text)
            msgid = evidence_msgid(c.evidence, c.quote, meta.source_locale) \
                if key in EVIDENCE_SECTIONS else ""
            phrase = _(msgid) if msgid else ""
            # not twice when the text already starts with it (summarizer.printed)
            items.append({"evidence": lead_in(phrase, text, c.evidence, locale),
                          "text": text})
        if key == "risks":
            items += [{"evidence": "", "text": tr(d.text)}
                      for d in h.disclaimers_of("side-effects") if d.text]
        if items:
            sections.append({"key": key, "heading": headings[key],
                             "items": items})
    # Source titles stay in the articles' language (the handout's source language): tagged
    # so a screen reader switches voice, and the PDF marks the span with /Lang.
    title_lang = meta.source_locale.replace("_", "-")
    foreign = i18n.base_language(title_lang) != i18n.base_language(locale)
    sources = [
        {"title": s.title or s.id, "publisher": publisher_line(s.publisher, app),
         "lang": title_lang if foreign else "",
         "dir": "rtl" if fonts.is_rtl(title_lang) else "ltr",
         "date": i18n.format_long_date(s.published, lang) if s.published else ""}
        for s in _printed_from(h)
    ]
    for source in sources:
        source["line"] = source_line(source, app)
    together = meta.locales if exported is None else exported
    others = [i18n.language_name(x, lang, app) for x in dict.fromkeys(together)
              if x != locale]
    context: dict[str, Any] = {
        "lang_tag": locale.replace("_", "-"),
        "dir": "rtl" if fonts.is_rtl(locale) else "ltr",
        "cjk": fonts.script_of(locale) in fonts.CJK_SCRIPTS,
        "font_family": Markup(fonts.css_family(locale)),  # our own constant names
        "title": tr(meta.title),
        "meta_title": translate(meta.title),  # <title> and metadata: plain text
        "meta_summary": translate(meta.summary),
        "summary": tr(meta.summary),
        "organization": meta.organization,
        "keywords": meta.id,
        "app_version": __version__,
        "iso_date": day.isoformat(),
        "date_long": i18n.format_long_date(day, lang),
        "version": meta.version,
        "page_size": i18n.paper_size(meta.region),
        "page_label_css": page_label_css(_("Page %(page)s of %(pages)s")),
        "running_head_css": css_string(running_head(translate(meta.title))),
        # margin boxes: the head on the reading side's start, the page number at its end
        "head_box": "top-right" if fonts.is_rtl(locale) else "top-left",
        "page_box": "bottom-left" if fonts.is_rtl(locale) else "bottom-right",
        "crisis_texts": [tr(d.text) for d in crisis if d.text],
        "crisis_contacts": [contact_row(c) for c in contacts if c.role == "crisis"],
        "other_contacts": [contact_row(c) for c in contacts if c.role != "crisis"],
        "safety_notices": safety,
        "notice_headings": notice_titles,
        "sections": sections,
        "other_notices": [tr(d.text) for d in h.disclaimers_of("educational") if d.text],
        "sources": sources,
        "reading_line": reading_line,
        "grade": grade,
        "other_languages": i18n.join_names(others, lang, app),
    }
    if translate.missing:
        shown = "; ".join(repr(m[:60]) for m in translate.missing[:3])
        raise RenderError(f"{len(translate.missing)} string(s) not translated into "
                          f"{locale}: {shown}", str(hdoc.path))
    return context


# ----------------------------------------------------------------------------- templates


def _escaped_gettext(app: gettext.NullTranslations) -> tuple[Callable[..., str], ...]:
    """gettext/ngettext/pgettext whose msgstr is escaped before Jinja marks it safe."""

    def gettext_(message: str) -> str:
        return str(escape(app.gettext(message)))

    def ngettext_(singular: str, plural: str, n: int) -> str:
        return str(escape(app.ngettext(singular, plural, n)))

    def pgettext_(context: str, message: str) -> str:
        return str(escape(app.pgettext(context, message)))

    return gettext_, ngettext_, pgettext_


@cache
def _environment(root: str, app: gettext.NullTranslations) -> jinja2.Environment:
    """One environment per app catalog object: i18n.clear_cache() yields fresh ones."""
    import jinja2

    from summarizer import template_cache

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(root),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=template_cache.bytecode_cache(),  # rspeed: compiled once, not per run
    )
    gettext_, ngettext_, pgettext_ = _escaped_gettext(app)
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext_, ngettext_, newstyle=True, pgettext=pgettext_)
    return env


def load_translations(hdoc: HandoutDocument, locale: str) -> dict[str, str]:
    """The handout's translations into `locale` (complete, non-fuzzy entries only)."""
    if locale == hdoc.handout.meta.source_locale:
        return {}
    from summarizer import catalogs

    return dict(catalogs.translations_for(hdoc, locale))


def render_html(
    hdoc: HandoutDocument,
    locale: str,
    translations: dict[str, str] | None = None,
    *,
    today: dt.date | None = None,
    grade: Grade | None = None,
    exported: list[str] | None = None,
    fmt: str = "pdf",
) -> str:
    """The handout page for one locale. fmt "pdf": for WeasyPrint (stylesheet fetched
    from templates/); "html": one self-contained page (CSS inline, nothing fetched)."""
    if translations is None:
        translations = load_translations(hdoc, locale)
    app = i18n.app_translations(locale, handout_dir=hdoc.base_dir)
    context = build_context(hdoc, locale, translations, app, today=today, grade=grade,
                            exported=exported)
    context["standalone_css"] = Markup(_stylesheet() + BROWSER_CSS) if fmt == "html" else None
    template = _environment(str(templates_dir()), app).get_template(TEMPLATE)
    html = template.render(**context)
    if i18n.base_language(locale) == "ko" and fmt == "pdf":  # a browser has keep-all
        head, sep, body = html.partition("<body")  # the body only: <title> stays plain
        html = head + sep + keep_korean_words(body)
    return html


# What a browser does itself and WeasyPrint does not (it warns on keep-all, and a
# WeasyPrint warning refuses the export): Korean breaks lines between words only.
BROWSER_CSS = "\n:lang(ko) { word-break: keep-all; }\n"


@cache
def _stylesheet() -> str:
    """handout.css for inlining into a <style> element (it cannot close the element)."""
    css = (templates_dir() / "handout.css").read_text(encoding="utf-8")
    return css.replace("</", "<\\/")


# ----------------------------------------------------------------------------- fonts

_HTML_LANG = re.compile(r"<html\b[^>]*\blang=\"([A-Za-z0-9_-]{1,35})\"")


def html_locale(html: str) -> str:
    """The page's language from <html lang="...">; "en" when absent."""
    m = _HTML_LANG.search(html[:2000])
    return m.group(1) if m else "en"


def missing_glyphs(text: str, locale: str = "en") -> list[str]:
    """Characters of `text` that the fonts for `locale`'s script cannot draw (see fonts)."""
    from summarizer import fonts

    try:
        return fonts.missing_glyphs(text, locale)
    except fonts.FontMissing as exc:
        raise RenderError(exc.message, exc.where) from None


# ----------------------------------------------------------------------------- WeasyPrint


def is_allowed_asset(url: str, root: Path) -> Path | None:
    """The file a URL names when it is a plain file inside `root`; None for anything else."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost") or parts.query:
        return None
    try:
        path = Path(unquote(parts.path)).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):  # ValueError: a %00 in the URL
        return None
    base = root.resolve()
    if not path.is_file() or not path.is_relative_to(base):
        return None
    return path


def make_fetcher(root: Path | None = None,
                 on_fetch: Callable[[str, bool], None] | None = None) -> Any:
    """A WeasyPrint URLFetcher that serves files under `root` (templates/) and refuses
    everything else: other files, http(s), data:, ftp. `on_fetch(url, allowed)` lets
    tests spy on every request WeasyPrint makes."""
    from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

    base = root or templates_dir()

    class TemplateOnlyFetcher(URLFetcher):
        def __init__(self) -> None:
            super().__init__(allowed_protocols=("file",), allow_redirects=False,
                             fail_on_errors=False)

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            path = is_allowed_asset(url, base)
            if on_fetch is not None:
                on_fetch(url, path is not None)
            if path is None:
                raise FatalURLFetchingError(f"refused to fetch {url[:80]!r}: only the "
                                            "template's own files may be loaded")
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(path.as_uri(), path.read_bytes(),
                                      {"Content-Type": mime})

    return TemplateOnlyFetcher()


# WeasyPrint's warnings that are about this machine's speed, not about the handout: a
# system without libharfbuzz-subset (optional in scripts/system-deps.sh) subsets fonts
# with fontTools, more slowly, and says so once per font.
_SPEED_ONLY = ("Using fontTools instead of HarfBuzz-Subset",)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not message.startswith(_SPEED_ONLY):
            self.messages.append(message)


# A handout whose last page would hold only a few lines (the colophon, the end of the
# sources list) is laid out again a little tighter (html.fit in handout.css: smaller gaps
# and headings, the text at 12pt) and printed so when that saves the page: a clinic printing
# a one-page handout should not get a second sheet with three lines on it.
FIT_LAST_PAGE = 0.3  # of the page's height
_HTML_TAG = re.compile(r"<html\b[^>]*>")


def fitted(html: str) -> str:
    """The page with class "fit" on its <html> element."""
    m = _HTML_TAG.search(html)
    if m is None:
        return html
    tag = m.group(0)
    if ' class="' in tag:
        tag = tag.replace(' class="', ' class="fit ', 1)
    else:
        tag = tag[:-1] + ' class="fit">'
    return html[:m.start()] + tag + html[m.end():]


def _fit_key(html: str, version: str) -> str:
    """What decides whether a page is laid out tighter: the page, the stylesheet, the
    WeasyPrint version and this code."""
    import hashlib

    css = (templates_dir() / "handout.css").read_bytes()
    digest = hashlib.sha256(html.encode("utf-8") + b"\0" + css).hexdigest()
    return f"{digest}:{version}:{usercache.code_key(__file__)}"


def last_page_share(document: Any) -> float:
    """How much of its height the last page's content fills, 0 to 1 (1 when WeasyPrint's
    boxes cannot be read: then nothing is laid out again)."""
    try:
        page = document.pages[-1]._page_box
        flow = [box for box in page.children if type(box).__name__ != "MarginBox"]
        used = max(box.position_y + box.margin_height() for box in flow) - page.content_box_y()
        return max(0.0, min(1.0, used / page.height))
    except (AttributeError, IndexError, TypeError, ValueError, ZeroDivisionError):
        return 1.0


def html_to_pdf(
    html: str,
    *,
    base_dir: Path | None = None,
    on_fetch: Callable[[str, bool], None] | None = None,
    where: str = "",
) -> bytes:
    """Tagged PDF/UA-1 bytes; any WeasyPrint warning or missing glyph is a RenderError."""
    locale = html_locale(html)
    gaps = missing_glyphs(html, locale)
    if gaps:
        shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in gaps[:5])
        raise RenderError(f"the font has no glyph for {shown}", where)
    from summarizer import weasy

    weasyprint = weasy.load()  # rspeed: library look-ups answered from the user's cache
    from weasyprint.urls import FatalURLFetchingError

    root = base_dir or templates_dir()
    logger = logging.getLogger("weasyprint")
    handler = _Collect()
    logger.addHandler(handler)
    try:
        options: dict[str, Any] = {"pdf_variant": "pdf/ua-1", "pdf_tags": True,
                                   # rspeed: a CJK page in its font cut to the page
                                   **weasy.page_font_options(weasyprint, html, locale)}

        def laid_out(page: str) -> Any:
            return weasyprint.HTML(string=page, base_url=str(root) + "/",
                                   url_fetcher=make_fetcher(root, on_fetch)).render(**options)

        key = _fit_key(html, weasyprint.__version__)
        fit = usercache.read_entry("page-fit", key)  # rspeed: a page laid out once again
        document = laid_out(fitted(html) if fit is True else html)  # only the first time
        if fit is None:
            fit = False
            if len(document.pages) > 1 and last_page_share(document) < FIT_LAST_PAGE:
                tighter = laid_out(fitted(html))
                if len(tighter.pages) < len(document.pages):
                    document, fit = tighter, True
            usercache.write_entry("page-fit", key, fit)
        pdf = document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
    except FatalURLFetchingError as exc:
        raise RenderError(str(exc), where) from None
    finally:
        logger.removeHandler(handler)
    if handler.messages:
        raise RenderError("WeasyPrint: " + "; ".join(m.splitlines()[0]
                                                     for m in handler.messages[:3]), where)
    assert isinstance(pdf, bytes)
    return pdf_ua_repairs(pdf, html)


def pdf_ua_repairs(pdf: bytes, html: str) -> bytes:
    """What WeasyPrint leaves for PDF/UA-1, done on the written file (summarizer.pdf_ua):
    page numbers and running heads as artifacts (7.8), /Lang on every element whose HTML
    has another language (7.2)."""
    from summarizer import pdf_ua

    return pdf_ua.repair(pdf, pdf_ua.foreign_spans(html))


def render_pdf(hdoc: HandoutDocument, locale: str, translations: dict[str, str] | None = None,
               **kwargs: Any) -> bytes:
    html = render_html(hdoc, locale, translations, **kwargs)
    return html_to_pdf(html, where=f"{hdoc.path} [{locale}]")
