"""The review sheet: what a clinic's approval committee reads before signing a handout off.

Each printed sentence beside the quote it rests on and that quote's source, the evidence
level derived from the source and the one chosen (with the editor's reason for any
override), and every finding of the gate. Pure: a handout and findings in, an HTML page
out (Jinja2 with autoescape on: every string here is untrusted).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.gate.findings import Finding
    from summarizer.handout_file import HandoutDocument
    from summarizer.model import Contact, Handout

_TEMPLATE = """<!DOCTYPE html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<title>Review: {{ title }}</title>
<style>
@page { size: A4 landscape; margin: 1cm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eee; }
thead { display: table-header-group; }
/* a row split at a page break left its Item cell on the page before: keep rows whole
   (WeasyPrint still splits a row taller than a page, rather than lose it) */
tr { break-inside: avoid; page-break-inside: avoid; }
.error { color: #a00; font-weight: bold; } .warning { color: #850; }
.ok { color: #060; } .quote { font-style: italic; } .tr { margin-top: 4px; color: #333; }
.contact { margin-top: 4px; }
.signoff-block { break-inside: avoid; } .signoff { width: 60%; } .signoff td { height: 2.2em; }
</style></head><body>
<h1>Review sheet: {{ title }}</h1>
<p>Version {{ version }} · {% if date %}dated {{ date }}{% else %}no date (the PDF prints
the day it is exported){% endif %} · region {{ region }} · languages {{ locales }} ·
{{ status }}</p>
{% for label, text, translated in heading %}<p><b>{{ label }} (printed first):</b> {{ text }}
{% for loc, tr in translated %}<span class="tr"><br><small>{{ loc }}:</small>
{{ tr or untranslated(loc, text) }}</span>{% endfor %}</p>
{% endfor %}<table>
<thead><tr><th>Item</th><th>Printed ({{ lang }})</th><th>Quote and source</th>
<th>Evidence (derived / chosen)</th><th>Findings</th></tr></thead>
<tbody>
{% for row in rows %}
<tr id="{{ row.item }}">
<td>{{ row.item }}<br><small>{{ row.kind }}</small></td>
<td>{{ row.text }}{% for loc, tr in row.translations %}
<div class="tr"><small>{{ loc }}:</small> {{ tr or untranslated(loc, row.msgid) }}</div>{% endfor %}
{% for c in row.contacts %}<div class="contact"><small>contact printed:</small> {{ c.number }}
· {{ c.how }}{% if c.label %} · {{ c.label }}{% for loc, tr in c.translations %}
<div class="tr"><small>{{ loc }}:</small> {{ tr or untranslated(loc, c.label) }}</div>
{% endfor %}{% endif %}</div>{% endfor %}</td>
<td><span class="quote">“{{ row.quote }}”</span><br><small>{{ row.source }}</small></td>
<td>{% if row.chosen %}{{ row.derived or "not derived" }} / {{ row.chosen }}
{% if row.reason %}<br><small>reason: {{ row.reason }}</small>{% endif %}{% endif %}</td>
<td>{% for f in row.findings %}<div class="{{ f.severity }}">{{ f.severity }} {{ f.code }}
{% if f.locale %}[{{ f.locale }}]{% endif %}: {{ f.message }}</div>
{% else %}<span class="ok">none</span>{% endfor %}</td>
</tr>
{% endfor %}
</tbody></table>
<h2>Findings about the whole handout</h2>
{% for f in general %}<div class="{{ f.severity }}">{{ f.severity }} {{ f.code }}
{% if f.locale %}[{{ f.locale }}]{% endif %}: {{ f.message }}</div>
{% else %}<p class="ok">none</p>{% endfor %}
<section class="signoff-block"><h2>Committee sign-off</h2>
<p>For version {{ version }}{% if date %} dated {{ date }}{% endif %} of this handout, as
listed above.</p>
<table class="signoff">
<tr><th>Decision</th><td>☐ approved ☐ approved with changes ☐ not approved</td></tr>
<tr><th>Approved by (name, role)</th><td></td></tr>
<tr><th>Signature</th><td></td></tr>
<tr><th>Date of approval</th><td></td></tr>
<tr><th>Review again by</th><td></td></tr>
</table></section>
</body></html>
"""


@dataclass(frozen=True, slots=True)
class ContactLine:
    """A contact as the PDF prints it under the notices: its number, how to reach it and
    the line's name, which is a translated string (`translations`: (locale, name))."""
    number: str
    how: str
    label: str
    translations: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    item: str
    kind: str
    text: str
    quote: str
    source: str
    derived: str
    chosen: str
    reason: str
    findings: tuple[Finding, ...]
    translations: tuple[tuple[str, str], ...] = ()  # (locale, printed text) per language
    contacts: tuple[ContactLine, ...] = ()  # a notice's contacts, printed beside it
    msgid: str = ""  # the text as the catalogs know it (`text` may carry a lead-in)


def contact_lines(contacts: Sequence[Contact], translations: Mapping[str, Mapping[str, str]],
                  region: str) -> tuple[ContactLine, ...]:
    """What the PDF prints for each contact, with the name in every other language: the
    committee signs off every string a patient reads, a crisis line's name included."""
    from summarizer.dialling import format_number

    out = []
    for c in contacts:
        how = ", ".join((*c.channels, *(f"serves {_who(s)}" for s in c.serves),
                         *((c.extra,) if c.extra else ())))
        names = tuple((loc, table.get(c.label, "")) for loc, table in translations.items())
        out.append(ContactLine(format_number(c, region), how, c.label,
                               names if c.label else ()))
    return tuple(out)


def _who(serves: str) -> str:
    """Whom a contact serves, in words: "lang:es" (the file's token) -> "Spanish
    speakers"; other groups ("veterans") as written."""
    if not serves.startswith("lang:"):
        return serves
    from summarizer.i18n import language_name

    code = serves.removeprefix("lang:")
    name = language_name(code, "en")
    return f"{name} speakers" if name != code else serves


def rows(hdoc: HandoutDocument, findings: Sequence[Finding],
         derived: dict[str, str], translations: dict[str, dict[str, str]] | None = None,
         phrase: Callable[[str, str, str], str] | None = None) -> list[Row]:
    """One row per claim or notice, in print order, with the findings that name it.

    `translations`: locale -> (msgid -> text) for the other languages printed.
    `phrase(locale, level, quote)`: the evidence phrase printed before a claim of that
    level quoted so (summarizer.printed.evidence_msgid).
    """
    from dataclasses import replace

    from summarizer.contact_channels import as_printed as printed_contacts
    from summarizer.i18n import PHRASE_SECTIONS
    from summarizer.printed import lead_in, print_order

    h = hdoc.handout
    src = h.meta.source_locale
    translations = translations or {}

    def source(sid: str, page: int) -> str:
        ref = h.source(sid)
        if ref is None:
            return sid
        where = f"page {page}" if page else ""
        got = f"retrieved {ref.retrieved}" if ref.retrieved else ""
        return " · ".join(x for x in (ref.title or ref.id, ref.publisher, ref.published,
                                      ref.url or ref.origin, got, where) if x)

    out = [Row(d.id, d.kind, d.text, d.quote, source(d.source, d.page), "", "", "",
               tuple(f for f in findings if f.item == d.id),
               contacts=contact_lines(printed_contacts(d), translations, h.meta.region))
           for d in h.disclaimers]
    out += [Row(c.id, c.section, c.text, c.quote, source(c.source, c.page),
                derived.get(c.id, ""), c.evidence, c.evidence_reason,
                tuple(f for f in findings if f.item == c.id))
            for c in h.claims]
    out = [replace(r, msgid=r.text, translations=tuple((loc, table.get(r.text, ""))
                                                       for loc, table in translations.items()))
           for r in out]
    # as the PDF prints them (summarizer.printed); items it does not print come last
    rank = {item: i for i, item in enumerate(print_order(h))}
    out.sort(key=lambda r: rank.get(r.item, len(rank)))
    if phrase is None:
        return out
    # a claim as printed: the evidence phrase before it (unless its text starts with
    # it already: summarizer.printed.lead_in), in each language
    printed = [c.id for c in h.claims if c.section in PHRASE_SECTIONS]

    def as_printed(locale: str, r: Row, text: str) -> str:
        lead = lead_in(phrase(locale, r.chosen, r.quote), text, r.chosen, locale)
        return f"{lead} {text}".strip()

    return [replace(r, text=as_printed(src, r, r.text),
                    translations=tuple((loc, as_printed(loc, r, t) if t else t)
                                       for loc, t in r.translations))
            if r.item in printed and r.kind in PHRASE_SECTIONS else r
            for r in out]


def derived_levels(hdoc: HandoutDocument) -> dict[str, str]:
    """claim id -> evidence level derived from its source (claims whose quote is in place)."""
    from summarizer.provenance import load_source_texts

    texts, _ = load_source_texts(hdoc)
    return derived_from_texts(hdoc.handout, texts)


def derived_from_texts(handout: Handout, texts: Mapping[str, str | None]) -> dict[str, str]:
    """claim id -> derived level, from source texts already read (source id -> text; the
    editor has them loaded). A claim whose quote is no longer at its span gets none."""
    from summarizer.evidence import derive_evidence

    out: dict[str, str] = {}
    for c in handout.claims:
        text = texts.get(c.source)
        if text and text[c.span.start:c.span.end] == c.quote:
            out[c.id] = derive_evidence(text, c.span, handout.meta.source_locale).level
    return out


def phrase_in(hdoc: HandoutDocument) -> Callable[[str, str, str], str]:
    """(locale, level, quote) -> the evidence phrase as the PDF prints it in that language
    (the app's catalog for it; none when that catalog cannot be read: the gate says why)."""
    from summarizer import i18n
    from summarizer.errors import UserError
    from summarizer.printed import evidence_msgid

    def phrase(locale: str, level: str, quote: str) -> str:
        msgid = evidence_msgid(level, quote, hdoc.handout.meta.source_locale)
        if not msgid:
            return ""
        try:
            app = i18n.app_translations(locale, handout_dir=hdoc.base_dir)
        except UserError:
            return ""
        return app.gettext(msgid)

    return phrase


def review_html(hdoc: HandoutDocument, findings: Sequence[Finding],
                derived: dict[str, str] | None = None) -> str:
    """The review sheet as one autoescaped HTML page."""
    from jinja2 import Environment

    from summarizer import catalogs
    from summarizer.gate.findings import blocking

    h = hdoc.handout
    derived = derived if derived is not None else derived_levels(hdoc)
    others = {loc: catalogs.translations_for(hdoc, loc) for loc in catalogs.target_locales(hdoc)}
    table = rows(hdoc, findings, derived, others, phrase_in(hdoc))
    named = {r.item for r in table}
    status = "; ".join(
        f"{loc}: {'blocked' if blocking(findings, loc) else 'ready'}" for loc in h.meta.locales)
    env = Environment(autoescape=True)

    def untranslated(locale: str, msgid: str) -> str:
        """Why a language prints nothing for `msgid`: a fuzzy translation waits for a
        translator's check (shown, to compare), anything else is not translated."""
        entry = catalogs.get_entry(hdoc, locale, msgid) if msgid else None
        if entry is not None and entry.fuzzy and entry.msgstr:
            return (f"(fuzzy: not printed until a translator checks it; it was "
                    f"“{entry.msgstr}”)")
        return "(not translated)"

    # the title and summary print at the top of every language's PDF: signed off too
    heading = [(label, text, [(loc, table.get(text, "")) for loc, table in others.items()])
               for label, text in (("Title", h.meta.title), ("Summary", h.meta.summary))
               if text]
    return env.from_string(_TEMPLATE).render(
        heading=heading, untranslated=untranslated,
        title=h.meta.title, lang=h.meta.source_locale, region=h.meta.region,
        version=h.meta.version, date=h.meta.date,
        locales=", ".join(h.meta.locales), status=status, rows=table,
        general=[f for f in findings if f.item not in named])
