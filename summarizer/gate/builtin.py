"""The gate's rules, one function each, registered with a stable code and a one-line doc.

Importing this module registers them (registry.rules() imports it). Words
and numbers come from the rulebook; sources' text only through the Context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from summarizer.counting import count
from summarizer.gate.findings import Finding, same_locale, short
from summarizer.gate.phones import digits as phone_digits
from summarizer.gate.phones import is_crisis_line, number_valid, regulators_for, text_has_number
from summarizer.gate.registry import Context, LocaleView, rule
from summarizer.gate.required import NO_SOURCE_SAYS, stated_by_sources
from summarizer.model import Contact, Disclaimer, Handout
from summarizer.rulebook import MissingRules, base_language, missing_lists

# =========================================================================== content


@rule("CONTENT-EMPTY", "error", "handout", "no claims, or a claim or disclaimer without text")
def content_empty(ctx: Context) -> Iterator[Finding]:
    handout = ctx.handout
    if not handout.claims:
        yield Finding("CONTENT-EMPTY", "error", "the handout has no claims yet")
    for kind, items in (("claim", handout.claims), ("disclaimer", handout.disclaimers)):
        for item in items:
            if not item.text.strip():
                yield Finding("CONTENT-EMPTY", "error", f"{kind} {item.id} has no text to print",
                              item=item.id)


# A control character in an article is kept as a visible stand-in (summarizer.terminal:
# U+2400 Control Pictures, U+2421, U+FFFD) so offsets hold; none is ever meant for a reader.
_STAND_IN = re.compile("[\u2400-\u2421\ufffd]")


@rule("CONTENT-CONTROL-CHAR", "error", "locale",
      "printed text carries a control character's stand-in from its source (␛, ␇, �)")
def content_control_char(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    # a contact's label, extra and number are printed in the notice's box too
    contacts = [(d.id, "contact", part) for d in ctx.handout.disclaimers
                for c in d.contacts for part in (c.label, c.extra, c.display) if part]
    for item, kind, text in [*item_texts(ctx.handout), *contacts]:
        # an untranslated label prints as written; an untranslated text is I18N-MISSING's
        printed = text if view.is_source else view.texts.get(
            text, text if kind == "contact" else "")
        found = "".join(dict.fromkeys(_STAND_IN.findall(printed)))
        if found:
            yield Finding("CONTENT-CONTROL-CHAR", "error",
                          f"{item}: the text has {found!r}, control characters the source "
                          "carried (terminal codes, not words); rewrite it without them",
                          view.locale, item)


# An HTML or XML tag (<b>, </i>, <script ...>, <br/>), a Rich / BBCode style ([bold red],
# [/], [/b]) or Markdown emphasis (**word**, __word__): a patient's page prints none of it.
_MARKUP = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"
    r"|\[/(?:[a-z ]*)\]"
    r"|\[(?:bold|italic|underline|strike|dim|reverse|blink|link|b|i|u|s|color|size|url)"
    r"(?:[ =][^\]]*)?\]"
    r"|\*\*\S[^*]*\*\*|__\S[^_]*__")


@rule("CONTENT-MARKUP", "error", "locale",
      "printed text carries markup (<b>, [bold], **…**) the PDF would print as letters")
def content_markup(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    contacts = [(d.id, "contact", part) for d in ctx.handout.disclaimers
                for c in d.contacts for part in (c.label, c.extra) if part]
    for item, kind, text in [*item_texts(ctx.handout), *contacts]:
        printed = text if view.is_source else view.texts.get(
            text, text if kind == "contact" else "")
        found = list(dict.fromkeys(m.group(0) for m in _MARKUP.finditer(printed)))
        if found:
            yield Finding("CONTENT-MARKUP", "error",
                          f"{item}: the text has {', '.join(repr(f) for f in found[:3])}: "
                          "markup from a web page or another tool, which the PDF prints as "
                          "letters; write the words alone", view.locale, item)


# =========================================================================== safety


@rule("SAFETY-NUMBER-INVALID", "error", "handout",
      "a contact's number does not work in the handout's region")
def number_invalid(ctx: Context) -> Iterator[Finding]:
    region = ctx.handout.meta.region
    for d in ctx.handout.disclaimers:
        for c in d.contacts:
            if c.role == "crisis" and _unchecked(c, region):
                yield Finding("SAFETY-NUMBER-INVALID", "error",
                              f"{d.id}: {c.display or c.number} cannot be checked: "
                              f"{_NO_LINES.format(region=region)}", item=d.id)
            elif c.role == "crisis" and not number_valid(c, region):
                yield Finding("SAFETY-NUMBER-INVALID", "error",
                              f"{d.id}: {c.display or c.number} is not a working crisis number "
                              f"in {region}; use the crisis line for {region}", item=d.id)
            elif c.role == "emergency" and not number_valid(c, region):
                yield Finding("SAFETY-NUMBER-INVALID", "error",
                              f"{d.id}: {c.display or c.number} is not an emergency number "
                              f"that works in {region}", item=d.id)
            elif c.number.startswith("+") and not number_valid(c, region):
                yield Finding("SAFETY-NUMBER-INVALID", "error",
                              f"{d.id}: {c.display or c.number} is not a valid phone number in "
                              f"{region}", item=d.id)


@rule("SAFETY-CRISIS-MISSING", "error", "handout",
      "no crisis line that works in the handout's region", kind="crisis-line")
def crisis_missing(ctx: Context) -> Iterator[Finding]:
    region = ctx.handout.meta.region
    crisis = [d for d in ctx.handout.disclaimers_of("crisis-line") if d.text.strip()]
    locales = ctx.handout.meta.locales
    lines = [c for d in crisis for c in d.contacts if is_crisis_line(c, region)]
    if any(_serves_every_reader(c, locales) for c in lines):
        return
    # one reason per number: two notices giving 988 name it once
    have = "; ".join(dict.fromkeys(
        _serves_only(c) if c in lines else _not_a_crisis_line(c, region)
        for d in crisis for c in d.contacts))
    extra = f" ({have})" if have else ""
    anyone = " that any reader can call" if lines else ""
    if not crisis and _stated_by_none(ctx, "crisis-line"):
        from summarizer.rulebook import regions

        known = regions().get(region)
        offered = [ln.label if ln.number in ln.label else
                   f"{ln.number} ({ln.label})" if ln.label else ln.number
                   for ln in (known.crisis_lines() if known else ()) if not ln.serves]
        example = f" such as {' or '.join(offered[:2])}" if offered else ""
        yield Finding("SAFETY-CRISIS-MISSING", "error",
                      f"a handout for {region} needs a crisis line any reader can call, and "
                      f"{NO_SOURCE_SAYS} gives one{example}: add a source that does "
                      f"({_ADD_SOURCE}), {_THEN_ATTACH}")
        return
    # a source gives a line: the fix is its sentence, attached
    where = "" if crisis else _ATTACH
    yield Finding("SAFETY-CRISIS-MISSING", "error",
                  f"add a crisis-line notice with a crisis number for {region}{anyone}{extra}"
                  f"{where}")


# Where a notice the sources state is made: their sentence, attached.
_ATTACH = ": on the editor's Sources tab, highlight the sentence that says it and press d"
# How a nurse adds an article, named in a finding whose fix is another source, and what
# follows once it is added.
_ADD_SOURCE = "`summarizer add-source HANDOUT URL-OR-FILE`, or o on the editor's Sources tab"
_THEN_ATTACH = "then attach its sentence (Sources tab, press d)"


def _stated_by_none(ctx: Context, kind: str) -> bool:
    """Do the handout's sources, all read, state no notice of `kind`? Then attaching one
    is impossible and the fix is another source (False when the sources are unknown)."""
    stated = stated_by_sources(ctx)
    return stated is not None and kind not in stated


def _serves_every_reader(contact: Contact, locales: Sequence[str]) -> bool:
    """A line for everyone (`serves` empty), or one offered in a language every language
    of the handout is (a Spanish-language line in a Spanish-only handout). A line for
    veterans or for Spanish speakers alone is not the crisis line an English reader can
    call (tester19: the English PDF's only crisis number was the Spanish-language line)."""
    langs = {base_language(loc) for loc in locales}
    return all(tag.startswith("lang:") and {base_language(tag[5:])} == langs
               for tag in contact.serves)


def _serves_only(contact: Contact) -> str:
    """"1-888-628-9454 serves only Spanish speakers": why a crisis line does not count."""
    from summarizer.i18n import language_name

    def who(tag: str) -> str:
        if not tag.startswith("lang:"):
            return tag
        name = language_name(tag[5:], "en")
        return f"{name} speakers" if name != tag[5:] else tag

    return (f"{contact.display or contact.number} serves only "
            f"{' and '.join(who(t) for t in contact.serves)}")


_NO_LINES = ("the rulebook lists no crisis lines for {region} (summarizer/rulebook/"
             "regions.toml); check the number with the service and add the region's lines")


def _unchecked(contact: Contact, region: str) -> bool:
    """A short number given as a crisis line in a region whose lines the rulebook does not
    list, nor lists anywhere ("1553" in a Philippine handout): the gate cannot tell whether
    it works, and says so, rather than that it does not (session 13, heldout15's region)."""
    from summarizer.rulebook import is_emergency_number, regions

    book = regions()
    return (not contact.number.startswith("+") and not book.crisis_numbers(region)
            and not number_valid(contact, region)
            and not any(ln.number == contact.number for ln in book.lines())
            and not is_emergency_number(phone_digits(contact.number), region))


def _not_a_crisis_line(contact: Contact, region: str) -> str:
    """Why a contact given in a crisis notice is not a crisis line in `region`: a number
    that works there is not said not to (SAMHSA's 800-662-HELP is a referral line)."""
    import phonenumbers

    from summarizer.rulebook import is_emergency_number, regions

    shown = contact.display or contact.number
    if _unchecked(contact, region):
        return f"{shown} cannot be checked: {_NO_LINES.format(region=region)}"
    if not number_valid(contact, region):
        return f"{shown} does not work in {region}"
    def dialled(number: str) -> str:
        try:
            return phonenumbers.format_number(phonenumbers.parse(number, region),
                                              phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            return phone_digits(number)

    known = next((ln for ln in regions().lines()
                  if ln.region == region and dialled(ln.number) == dialled(contact.number)),
                 None)
    if known is not None and known.role != "crisis":
        what = f"{known.label}, a {known.role.replace('-', ' ')} line" if known.label \
            else f"a {known.role.replace('-', ' ')} line"
        return f"{shown} works in {region} but is not a crisis line ({what})"
    if is_emergency_number(phone_digits(contact.number), region):
        return f"{shown} is the emergency number in {region}, not a crisis line"
    return (f"{shown} works in {region} but is given as a {contact.role or 'plain'} "
            "contact, not a crisis line")


def _has_regulatory(disclaimers: Sequence[Disclaimer], region: str) -> bool:
    regulators = regulators_for(region)
    for d in disclaimers:
        if d.kind != "regulatory" or not d.text.strip():
            continue
        if not regulators:  # a region we have no regulator for: any notice counts
            return True
        if d.regulator:
            if d.regulator.casefold() in {n.casefold() for n in regulators}:
                return True
        elif any(rx.search(d.text) for rx in regulators.values()):
            return True
    return False


@rule("SAFETY-REGULATORY-MISSING", "error", "handout",
      "no notice about the region's medicines regulator (FDA, ...)", kind="regulatory")
def regulatory_missing(ctx: Context) -> Iterator[Finding]:
    from summarizer.rulebook import regions

    region = ctx.handout.meta.region
    if not _has_regulatory(ctx.handout.disclaimers, region):
        agencies = regions().regulators_for(region)
        names = " or ".join(g.name for g in agencies) or "the medicines regulator"
        term = agencies[0].terms[0] if agencies and agencies[0].terms else "approved"
        if _stated_by_none(ctx, "regulatory"):
            # nothing to attach: a notice is a source's sentence, never typed from nothing
            yield Finding("SAFETY-REGULATORY-MISSING", "error",
                          f"a handout for {region} must say whether {names} has {term} this "
                          f"use, and {NO_SOURCE_SAYS} says it: add a source that does "
                          f"(the regulator's page or the medicine's label: {_ADD_SOURCE}), "
                          f"{_THEN_ATTACH}")
            return
        yield Finding("SAFETY-REGULATORY-MISSING", "error",
                      f"add a notice saying whether {names} has {term} this use (for {region})"
                      f"{_ATTACH}")


@rule("SAFETY-SUPERVISION-MISSING", "error", "handout",
      "no notice that the treatment needs medical supervision, when the sources state one",
      kind="supervision")
def supervision_missing(ctx: Context) -> Iterator[Finding]:
    from summarizer.gate.required import required

    if any(d.text.strip() for d in ctx.handout.disclaimers_of("supervision")):
        return
    if required(ctx, "supervision"):  # only when the sources state one
        yield Finding("SAFETY-SUPERVISION-MISSING", "error",
                      "add a notice that this treatment must be given under a clinician's "
                      f"supervision{_ATTACH}")


@rule("META-NO-DATE", "warning", "handout",
      "the handout has no date, so the PDF prints SOURCE_DATE_EPOCH's or today's (warning)")
def meta_no_date(ctx: Context) -> Iterator[Finding]:
    """Two exports on different days differ, and the printed date says nothing true."""
    if ctx.handout.meta.date:
        return
    from summarizer.reproducible import source_date

    used = source_date()
    said = (f"SOURCE_DATE_EPOCH's date ({used.isoformat()})" if used is not None
            else "today's date")
    yield Finding("META-NO-DATE", "warning",
                  f"the handout has no date, so the PDF shows {said}; set the date the "
                  "content was last checked (f2 in the editor, or date = \"YYYY-MM-DD\" "
                  "in [handout])")


# =========================================================================== provenance

_PROV = {"gone": ("PROV-GONE", "error"), "moved": ("PROV-MOVED", "warning"),
         "source-changed": ("PROV-SOURCE-CHANGED", "warning"),
         # an unread source leaves its quotes and derived evidence unchecked: not ready
         "source-missing": ("PROV-SOURCE-MISSING", "error")}


def _provenance(ctx: Context, status: str) -> Iterator[Finding]:
    code, severity = _PROV[status]
    for r in ctx.provenance():
        if r.status == status:
            message = r.message
            if status == "gone":
                what = "notice" if r.kind == "disclaimer" else "claim"
                message += f"; re-pick the sentence or remove the {what}"
            yield Finding(code, severity, message, "", r.item)


@rule("PROV-GONE", "error", "sources", "a quote no longer found in its source")
def prov_gone(ctx: Context) -> Iterator[Finding]:
    return _provenance(ctx, "gone")


@rule("PROV-MOVED", "warning", "sources",
      "a quote moved within its source (warning; `summarizer verify --fix`)")
def prov_moved(ctx: Context) -> Iterator[Finding]:
    return _provenance(ctx, "moved")


@rule("PROV-SOURCE-CHANGED", "warning", "sources",
      "a source file changed since it was added (warning)")
def prov_changed(ctx: Context) -> Iterator[Finding]:
    return _provenance(ctx, "source-changed")


@rule("PROV-SOURCE-MISSING", "error", "sources",
      "a source file could not be read, so its quotes and evidence cannot be checked")
def prov_missing(ctx: Context) -> Iterator[Finding]:
    """Sources the library rule refused share one finding (the rule said once, with the
    list); any other unread source has its own."""
    from summarizer.paths import is_library_refusal, library_refusal

    findings = list(_provenance(ctx, "source-missing"))
    refused = {sid for sid, why in ctx.source_reasons.items() if is_library_refusal(why)}
    yield from (f for f in findings if f.item not in refused)
    if refused:
        written = [(ref.id, ref.path) for ref in ctx.handout.sources if ref.id in refused]
        yield Finding("PROV-SOURCE-MISSING", "error", library_refusal(written))


# =========================================================================== languages


@rule("I18N-UNKNOWN-LOCALE", "error", "locale", "a language code that is not a known locale")
def unknown_locale(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    if not view.known:
        yield Finding("I18N-UNKNOWN-LOCALE", "error",
                      f"{view.locale!r} is not a language code (try 'es' or 'es-US')",
                      view.locale)


def _locale_key(tag: str) -> str:
    return tag.replace("-", "_").lower()


@rule("I18N-NOT-LISTED", "warning", "locale",
      "a language exported that is not one of the handout's locales")
def not_listed(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    listed = ctx.handout.meta.locales
    if _locale_key(view.locale) not in {_locale_key(loc) for loc in listed}:
        yield Finding("I18N-NOT-LISTED", "warning",
                      f"{view.locale} is not one of this handout's languages "
                      f"(locales = {', '.join(listed)}): add it to [handout] locales so "
                      "`check`, `translations status` and the editor include it",
                      view.locale)


def item_texts(handout: Handout) -> list[tuple[str, str, str]]:
    """(item id, kind, source-language text) for every printed string, title first."""
    out = [("title", "title", handout.meta.title)]
    if handout.meta.summary:
        out.append(("summary", "summary", handout.meta.summary))
    out += [(d.id, "disclaimer", d.text) for d in handout.disclaimers]
    out += [(c.id, "claim", c.text) for c in handout.claims]
    return out


def item_of(handout: Handout) -> dict[str, str]:
    """msgid -> the id of the first item that prints it (for naming I18N findings)."""
    out: dict[str, str] = {}
    for item, _, text in item_texts(handout):
        out.setdefault(text, item)
    for d in handout.disclaimers:
        for c in d.contacts:
            for text in (c.label, c.extra):
                if text:
                    out.setdefault(text, d.id)
    return out


NO_CATALOG = "no translations into"  # how I18N-MISSING starts for a language with no catalog


@rule("I18N-MISSING", "error", "locale", "a string not translated yet")
def i18n_missing(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    status = view.status
    if status is None:
        return
    if not status.exists:
        yield Finding("I18N-MISSING", "error",
                      f"{NO_CATALOG} {view.locale} yet "
                      f"({count(status.total, 'string')}): translate them on the editor's "
                      "Translations tab, or make a catalog for a translator with "
                      f"`summarizer translations init HANDOUT --locale {view.locale}`",
                      view.locale)
        return
    items = item_of(ctx.handout)
    for s in status.missing:
        yield Finding("I18N-MISSING", "error", f"not translated: {short(s)}", view.locale,
                      items.get(s, ""))


@rule("I18N-FUZZY", "error", "locale",
      "a translation whose source text changed since; check it and unmark it")
def i18n_fuzzy(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    if view.status is None or not view.status.exists:
        return
    items = item_of(ctx.handout)
    from summarizer.i18n import language_name

    source = language_name(ctx.handout.meta.source_locale, "en")  # what a translator calls it
    for s in view.status.fuzzy:
        # stale: edited in handout.toml, the catalog not updated since (catalogs.status_of)
        todo = ("the catalog still has the earlier text: run `summarizer translations "
                "update`, then check the translation it keeps"
                if s in getattr(view.status, "stale", ()) else "check it")
        yield Finding("I18N-FUZZY", "error",
                      f"the {source} text changed since this was translated; {todo}: "
                      f"{short(s)}", view.locale, items.get(s, ""))


@rule("I18N-PLACEHOLDER", "error", "locale",
      "a translation that lost a phone number or {placeholder}")
def i18n_placeholder(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    if view.status is None or not view.status.exists:
        return
    items = item_of(ctx.handout)
    for problem in view.status.placeholder_errors:
        msgid, _, what = problem.rpartition(": ")
        yield Finding("I18N-PLACEHOLDER", "error",
                      f"the translation of {short(msgid)} lost or changed a number or "
                      f"placeholder ({what})", view.locale, items.get(msgid, ""))


def app_locales(handout_dir: Path | None = None) -> list[str]:
    """Locales whose app catalog (headings, template text) is complete; the handout's
    own locales/ folder and the user's and site's data folders count (see i18n)."""
    from summarizer import i18n

    provided = getattr(i18n, "app_locales", None)
    if provided is not None:
        return list(provided(handout_dir))
    from summarizer.errors import UserError

    def complete(loc: str) -> bool:
        try:
            return i18n.app_catalog_status(loc).complete
        except UserError:  # invalid: I18N-CATALOG-INVALID names the line
            return False
    return [loc for loc in i18n.available_app_locales() if complete(loc)]


@rule("I18N-NO-APP-CATALOG", "error", "locale",
      "the app's own headings are not translated into this language")
def app_catalog(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    locale, lang = view.locale, base_language(view.locale)
    if lang == "en":  # the app's own strings are written in English
        return
    where = ctx.hdoc.base_dir if ctx.hdoc is not None else None
    available = ctx.memo("app-locales", lambda: app_locales(where))
    if any(same_locale(locale, a) or a.lower() == lang for a in available):
        return
    yield Finding("I18N-NO-APP-CATALOG", "error",
                  f"the handout's headings and notices have no complete {locale} translation "
                  f"({_app_gaps(locale, where)})", locale)


def _app_gaps(locale: str, where: Path | None) -> str:
    """Which app strings a translator still has to do, and in which file: the first few
    missing and fuzzy ones by name (the README promises each is named), or where a
    catalog would go when there is none."""
    from summarizer import i18n
    from summarizer.errors import UserError

    try:
        status = i18n.app_catalog_status(locale, handout_dir=where)
    except UserError as exc:  # invalid: I18N-CATALOG-INVALID names the line
        return str(exc)
    if status.path is None:
        return ("no locales/<lang>/LC_MESSAGES/summarizer.po serves it: "
                "`summarizer translations init --locale " f"{locale}` starts one")
    named = [f"missing {short(m)}" for m in status.missing[:3]]
    named += [f"fuzzy {short(m)}" for m in status.fuzzy[:3]]
    more = len(status.missing) + len(status.fuzzy) - len(named)
    path = status.path
    if where is not None and path.is_relative_to(where):
        path = path.relative_to(where)  # as the other catalog findings name it
    return (f"{path}: {len(status.missing)} missing, {len(status.fuzzy)} fuzzy: "
            + "; ".join(named) + (f"; and {more} more (`summarizer translations status` "
                                  "lists them)" if more > 0 else ""))


def _app_wording(ctx: Context, locale: str) -> tuple[dict[str, tuple[str, str]], Path] | None:
    """msgid -> (shipped, used) for every app string the catalog serving `locale` from
    the handout's folder or the user's or site's data folder words otherwise than the
    package's own catalog; None when the package's catalog is the one used, or the
    package ships none to compare with (a language added by a translator)."""
    from summarizer import i18n
    from summarizer.errors import UserError
    from summarizer.resources import locales_dir

    where = ctx.hdoc.base_dir if ctx.hdoc is not None else None
    used = i18n.find_app_catalog(locale, where)
    shipped = i18n.find_app_catalog(locale, root=locales_dir())
    if used is None or shipped is None or used == shipped:
        return None
    try:
        ours, theirs = i18n.read_catalog(used, locale), i18n.read_catalog(shipped, locale)
    except UserError:  # an unreadable catalog: I18N-CATALOG-INVALID names the line
        return None
    changed = {}
    for m in theirs:
        if not m.id:
            continue
        mine = ours.get(m.id, context=m.context)
        first = m.id[0] if isinstance(m.id, tuple | list) else m.id
        shipped_text = m.string if isinstance(m.string, str) else " | ".join(m.string)
        if mine is None or mine.fuzzy:
            continue  # untranslated there: the completeness rules say so
        used_text = mine.string if isinstance(mine.string, str) else " | ".join(mine.string)
        if used_text != shipped_text and used_text.strip(" |"):
            changed[first] = (shipped_text, used_text)
    return changed, used


def _honesty_wording() -> set[str]:
    """The app strings that state how strong the evidence is and what a safety box is."""
    from summarizer import i18n, printed

    return {*i18n.EVIDENCE_PHRASES.values(), *i18n.COMPARISON_PHRASES.values(),
            *printed.NOTICE_HEADINGS.values(),
            *i18n.SECTION_HEADINGS.values(),
            # how to reach a crisis line, and the sentences the crisis box and the footer
            # print around the handout's own text (templates/handout.html.j2)
            *(msgid for _, msgid in i18n.CHANNEL_PHRASES.values()),
            *SAFETY_SENTENCES}


# The template's own safety sentences (templates/handout.html.j2; a test checks they are
# there): a clinic's catalog may not reword them.
SAFETY_SENTENCES = (
    "If you are in danger right now, call your local emergency number.",
    "This sheet is for information only. It does not replace advice from your care team.",
)


def _reworded(ctx: Context, view: LocaleView) -> tuple[dict[str, tuple[str, str]], Path]:
    """_app_wording once per locale for both rules; nothing reworded when no catalog
    outside the package serves it."""
    found = ctx.memo(f"app-wording-{view.locale}", lambda: _app_wording(ctx, view.locale))
    return found if found else ({}, Path())


@rule("I18N-APP-OVERRIDE", "error", "locale",
      "a catalog outside the package rewords an evidence phrase, a safety heading or sentence")
def app_override(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    changed, path = _reworded(ctx, view)
    for msgid in sorted(set(changed) & _honesty_wording()):
        shipped, used = changed[msgid]
        yield Finding("I18N-APP-OVERRIDE", "error",
                      f"{path} rewords {short(msgid)!r}: the sheet would print {short(used)!r} "
                      f"instead of {short(shipped)!r}; how evidence and safety are stated is "
                      "the package's wording (remove that string from the catalog)", view.locale)


@rule("I18N-APP-CHANGED", "warning", "locale",
      "a catalog outside the package rewords some of the app's own strings")
def app_changed(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    changed, path = _reworded(ctx, view)
    others = sorted(set(changed) - _honesty_wording())
    if others:
        listed = "; ".join(f"{short(m)!r} -> {short(changed[m][1])!r}" for m in others[:3])
        more = f" and {len(others) - 3} more" if len(others) > 3 else ""
        yield Finding("I18N-APP-CHANGED", "warning",
                      f"{path} rewords {len(others)} of the app's strings: {listed}{more}",
                      view.locale)


@rule("RULES-MISSING", "error", "locale",
      "the rulebook has no word lists (hype, animal cues, ...) for this language")
def rules_missing(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    from summarizer.rulebook import WORDS_DIR, word_file, words_dirs

    missing = missing_lists(view.locale)
    if not missing:
        return
    lang = base_language(view.locale)
    found = word_file(lang)
    if found is None:
        where = words_dirs()[0] / f"{lang}.toml"
        what = (f"there are no {lang} word lists (hype, absolutes, animal and lab cues, "
                f"hedges, negation, ...): add {where}, following "
                f"{WORDS_DIR / 'en.toml'}")
    else:
        what = f"{found} lacks {', '.join(missing)}"
    yield Finding("RULES-MISSING", "error",
                  f"hype, evidence and faithfulness cannot be checked in {view.locale}: {what}",
                  view.locale)


@rule("I18N-FONT-MISSING", "error", "locale",
      "no installed font draws this language's script, or some character of its text")
def font_missing(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    """What export refuses the PDF for (its glyph check, summarizer.fonts), said before:
    a script without its font, or characters no font of the language's stack draws."""
    from summarizer import fonts

    if not view.known:
        return  # I18N-UNKNOWN-LOCALE
    text = "\n".join(view.texts.get(t, "") for _, _, t in item_texts(ctx.handout))
    try:
        gaps = fonts.missing_glyphs(text, view.locale)
    except fonts.FontMissing as exc:
        yield Finding("I18N-FONT-MISSING", "error",
                      f"{view.locale} cannot be printed: {exc.message}", view.locale)
        return
    if gaps:
        shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in gaps[:5])
        yield Finding("I18N-FONT-MISSING", "error",
                      f"no installed font for {view.locale} draws {shown}", view.locale)


@rule("SAFETY-TEXT-NUMBER", "error", "locale",
      "a crisis notice's text (in some language) lacks its phone number")
def crisis_text_number(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    for d in ctx.handout.disclaimers_of("crisis-line"):
        text = view.texts.get(d.text, "")
        if not text:
            continue  # untranslated: I18N-MISSING says so
        lost = [c.display or c.number for c in d.contacts if not text_has_number(text, c)]
        if lost:
            yield Finding("SAFETY-TEXT-NUMBER", "error",
                          f"{d.id}: the text does not show {', '.join(lost)}; a reader must see "
                          "the number to call", view.locale, d.id)


@rule("PROV-NUMBER-UNQUOTED", "warning", "handout",
      "a crisis notice's number is not in its quote, so a reviewer cannot check it there")
def number_unquoted(ctx: Context) -> Iterator[Finding]:
    for d in ctx.handout.disclaimers_of("crisis-line"):
        unseen = [c.display or c.number for c in d.contacts
                  if d.quote and not text_has_number(d.quote, c)]
        if unseen:
            yield Finding("PROV-NUMBER-UNQUOTED", "warning",
                          f"{d.id}: its quote does not show {', '.join(unseen)} (the number "
                          "came from a sentence beside it); widen the quote to that sentence "
                          "so the review sheet shows where every printed number is", "", d.id)


# =========================================================================== wording


def _has_lists(locale: str) -> bool:
    return not missing_lists(locale)  # RULES-MISSING reports the rest


@rule("HYPE-WORD", "error", "locale",
      "a hype word (breakthrough, miracle, cure, ...) in handout text")
def hype_word(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    from summarizer.gate.words import hype_words

    if not _has_lists(view.locale):
        return
    for item, _, source_text in item_texts(ctx.handout):
        text = view.texts.get(source_text, "")
        hype = hype_words(text, view.locale) if text else []
        if hype:
            yield Finding("HYPE-WORD", "error",
                          f"{item}: remove {', '.join(repr(w) for w in hype)}; say what the "
                          "study found in plain words", view.locale, item)


@rule("EVID-ABSOLUTE", "warning", "locale",
      "an absolute word (always, never, guaranteed, ...) in a claim (warning)")
def evid_absolute(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    from summarizer.gate.words import absolute_words

    if not _has_lists(view.locale):
        return
    for claim in ctx.handout.claims:
        text = view.texts.get(claim.text, "")
        words = absolute_words(text, view.locale) if text else []
        if words:
            yield Finding("EVID-ABSOLUTE", "warning",
                          f"{claim.id}: {', '.join(repr(w) for w in words)} is rarely true in "
                          "medicine; consider 'often', 'most people', 'rarely'",
                          view.locale, claim.id)


@rule("EVID-ANIMAL-UNHEDGED", "error", "locale",
      "an animal or lab study's claim does not say it is not in people")
def animal_unhedged(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    from summarizer.gate.words import hedged

    if not _has_lists(view.locale):
        return
    for claim in ctx.handout.claims:
        if claim.evidence not in ("animal", "lab-mechanism"):
            continue
        text = view.texts.get(claim.text, "")
        if text and not hedged(text, claim.evidence, view.locale):
            what = "in animals" if claim.evidence == "animal" else "in a lab"
            yield Finding("EVID-ANIMAL-UNHEDGED", "error",
                          f"{claim.id}: this study was done {what}, not in people; the text must "
                          "say so", view.locale, claim.id)


# =========================================================================== reading


def reading_text(handout: Handout, texts: dict[str, str]) -> str:
    """The body a patient reads in one language: disclaimers and claims, as sentences."""
    parts: list[str] = []
    for item in [*handout.disclaimers, *handout.claims]:
        text = texts.get(item.text, "").strip()
        if text:
            parts.append(text if text[-1] in ".?!…:;" else text + ".")
    return "\n\n".join(parts)


def handout_grade(handout: Handout, locale: str, texts: dict[str, str],
                  analyze: Callable[[str, str], object] | None = None) -> Any:
    """The readability report of what one locale prints, as the gate grades it: the
    drug the handout is about read as a short word (it cannot be replaced). The PDF's
    footer prints this grade too. Raises NoValidatedFormula (a LookupError) when the
    language has no validated formula (summarizer.readability.formulas_intl)."""
    if analyze is None:
        # no language graded with another language's formula (langs)
        from summarizer.readability.formulas_intl import analyze_for_grade as analyze
    from summarizer.readability.topic import names_as_words, topic_drugs

    meta = handout.meta
    about = topic_drugs(meta.title, meta.summary)
    return analyze(names_as_words(reading_text(handout, texts), about), base_language(locale))


def reading_findings(handout: Handout, locale: str, texts: dict[str, str],
                     analyze: Callable[[str, str], object] | None = None) -> list[Finding]:
    """READ-* for one locale: grade against the handout's target and hard ceiling."""
    from summarizer.readability.formulas_intl import NoValidatedFormula

    meta = handout.meta
    try:
        report = handout_grade(handout, locale, texts, analyze)
    except NoValidatedFormula as exc:  # the one documented gap; any other error is a bug
        return [Finding("READ-UNSUPPORTED", "warning",
                        f"reading level not measured for {locale}: {exc}", locale)]
    grade = getattr(report, "headline_grade", None)
    name = getattr(report, "headline_name", "") or "grade"
    if grade is None:
        return [Finding("READ-TOO-LITTLE", "warning",
                        "too little text to measure the reading grade", locale)]
    if grade > meta.max_grade:
        return [Finding("READ-GRADE-HIGH", "error",
                        f"reading grade {grade:.1f} ({name}) is above the ceiling of "
                        f"{meta.max_grade:g}; use shorter sentences and everyday words", locale)]
    if grade > meta.target_grade:
        return [Finding("READ-GRADE-HIGH", "warning",
                        f"reading grade {grade:.1f} ({name}) is above the target of "
                        f"{meta.target_grade:g}", locale)]
    return []


def _reading(ctx: Context, view: LocaleView) -> list[Finding]:
    if not view.is_source and not any(text.strip() for text in view.texts.values()):
        # nothing of this language to read (not translated, or its catalog unreadable):
        # not "too little text"; the I18N-* finding says why
        return []
    return ctx.memo(f"reading:{view.locale}",
                    lambda: reading_findings(ctx.handout, view.locale, view.texts))


@rule("READ-GRADE-HIGH", "error", "locale",
      "reading grade above the target (warning) or the ceiling (error)")
def read_grade(ctx: Context, view: LocaleView) -> list[Finding]:
    return [f for f in _reading(ctx, view) if f.code == "READ-GRADE-HIGH"]


@rule("READ-TOO-LITTLE", "warning", "locale",
      "too little text to measure a reading grade (warning)")
def read_little(ctx: Context, view: LocaleView) -> list[Finding]:
    return [f for f in _reading(ctx, view) if f.code == "READ-TOO-LITTLE"]


@rule("READ-UNSUPPORTED", "warning", "locale",
      "no readability formulas for this language (warning)")
def read_unsupported(ctx: Context, view: LocaleView) -> list[Finding]:
    return [f for f in _reading(ctx, view) if f.code == "READ-UNSUPPORTED"]


__all__ = ["MissingRules", "item_texts", "reading_findings", "reading_text"]


# =========================================================================== faithfulness


def _faith(ctx: Context) -> dict[str, list[tuple[str, str]]]:
    """code -> [(item id, message)] comparing each printed text with its quote (memoized)."""
    def run() -> dict[str, list[tuple[str, str]]]:
        import re

        from summarizer.gate import faithfulness as faithful
        from summarizer.gate import kept_kind
        from summarizer.rulebook import regions

        out: dict[str, list[tuple[str, str]]] = {}
        lang = ctx.handout.meta.source_locale
        if missing_lists(lang):
            return out
        items: list[tuple[str, str, str, str, frozenset[str], str]] = [
            (c.id, "claim", c.text, c.quote, frozenset(), c.evidence) for c in ctx.handout.claims]
        # the region's lines, once: their names and their crisis numbers
        place = regions().get(ctx.handout.meta.region)
        lines = place.lines if place else ()
        named = frozenset((phone_digits(ln.number), ln.label) for ln in lines)
        crisis = frozenset(phone_digits(ln.number) for ln in lines if ln.role == "crisis")
        for d in ctx.handout.disclaimers:
            # a contact's name may say a number that is a crisis line of the region ("988
            # Lifeline in Spanish" names the 988 service): the rulebook's, not the name's
            allowed = frozenset(re.sub(r"\D", "", s) for c in d.contacts
                                for s in (c.number, c.display)) | frozenset(
                n for c in d.contacts for n in re.findall(r"\d+", c.label) if n in crisis)
            items.append((d.id, d.kind, _box_text(d, named), d.quote, allowed, ""))
        # What "the drug" may stand for when a quote names none: the handout's title and
        # summary (the same with or without the sources loaded, so the Safety tab and
        # `check` agree).
        h = ctx.handout
        context = " ".join([h.meta.title, h.meta.summary])
        for item, kind, text, quote, allowed, evidence in items:
            found = faithful.compare(text, quote, lang, kind=kind, allowed_numbers=allowed,
                                     context=context, evidence=evidence)
            for p in found:
                out.setdefault(p.code, []).append((item, p.message))
            # the trained check, on a notice the rules pass (check_rewrite's too)
            for p in [] if found else faithful.meaning_problems(kind, quote, text, lang):
                out.setdefault(p.code, []).append((item, p.message))
        for d in ctx.handout.disclaimers:  # the text itself, not its box: see kept_kind
            for p in kept_kind.problems(d.kind, d.quote, d.text, lang):
                out.setdefault(p.code, []).append((d.id, p.message))
        return out
    return ctx.memo("faith", run)


def _box_text(d: Disclaimer, named: frozenset[tuple[str, str]]) -> str:
    """What a notice's box prints in the source language: its text, then each contact's
    name and extra ("then press 1") that its quote does not already say and that is not
    the rulebook's own name for that number in the region (`named`: (digits, name)). A
    name is printed beside the number, so an audience or hours the source never gave
    ("Veterans only, weekdays 9 to 5") is as unfaithful there as in the text."""
    said = " ".join(d.quote.casefold().split())
    parts = dict.fromkeys(
        p.strip() for c in d.contacts for p in (c.label, c.extra)
        if p.strip() and " ".join(p.casefold().split()) not in said
        and (phone_digits(c.number), p) not in named)
    return " ".join([d.text, *(p if p[-1] in ".!?" else p + "." for p in parts)])


def _faith_rule(code: str, doc: str, severity: str = "error") -> None:
    def check(ctx: Context) -> Iterator[Finding]:
        for item, message in _faith(ctx).get(code, ()):
            yield Finding(code, severity, f"{item}: {message}", "", item)
    check.__doc__ = doc
    rule(code, severity, "handout", doc)(check)


_faith_rule("FAITH-NUMBER",
            "a number, share, duration or dose printed that the quote does not give")
_faith_rule("FAITH-POLARITY",
            "the text affirms what the quote denies (approved, improved) or the reverse")
_faith_rule("FAITH-CERTAINTY", "a hedged or preliminary quote printed as certain")
_faith_rule("FAITH-COMPARISON",
            "the text compares with everything else, or with something else, than its quote")
_faith_rule("FAITH-POPULATION",
            "a quote about animals or cells printed without saying so, whatever the tag")
_faith_rule("FAITH-DRUG", "the text names a different drug from its quote (esketamine/ketamine)")
_faith_rule("FAITH-FORCE",  # faith2's gate/force.py
            "a notice that forbids, restricts or denies a status printed weaker or permitted")
_faith_rule("FAITH-NOTICE-KIND",  # gate/kept_kind.py
            "a notice's printed text no longer says what makes it that kind of notice "
            "(an approval notice reworded as advice)")
# gate/faith_model.py, on a notice every other rule passes: it blocks as they do
# (scripts/train_faith_model.py: the figures, trained without the newest folders)
_faith_rule("FAITH-MEANING",
            "the trained faithfulness check reads a notice's text as not saying what its "
            "quote says")
_faith_rule("FAITH-DIRECTION",  # faith2's gate/direction.py
            "a result turned around, a reduction printed as an end, an effect made stronger")


@rule("FAITH-TRANSLATION", "error", "locale",
      "a translation changed a number, phone number, drug or regulator name of the source "
      "text, its meaning, or a notice's force, care or kind")
def faith_translation(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    from summarizer.gate import faithfulness as faithful

    source = ctx.handout.meta.source_locale
    if view.is_source:
        return
    # numbers, phone numbers and drugs in every language (any script's digits, number
    # words from the rulebook or numerals.toml); meaning where the lists allow it
    # a contact's name and extra ("then press 1") print beside its number: compared too
    contact_texts = [(d.id, "contact", t) for d in ctx.handout.disclaimers
                     for c in d.contacts for t in (c.label, c.extra) if t]
    # a notice's translation keeps its force, its care and its kind (translated_notice)
    kinds = {d.id: d.kind for d in ctx.handout.disclaimers}
    for item, what, text in item_texts(ctx.handout) + contact_texts:
        translated = view.texts.get(text, "")
        if not translated:
            continue
        kind = kinds.get(item, "") if what == "disclaimer" else ""
        for p in faithful.translation_problems(translated, view.locale, text, source, kind):
            yield Finding("FAITH-TRANSLATION", "error", f"{item}: {p.message}", view.locale, item)
        for name in _regulators_lost(text, translated):
            yield Finding("FAITH-TRANSLATION", "error",
                          f"{item}: the translation no longer names the {name}; the {source} "
                          f"text does: keep '{name}' as it is written (your language's name "
                          "for it may stand beside it)", view.locale, item)


def _regulators_lost(text: str, translated: str) -> list[str]:
    """The medicines regulators (rulebook/regions.toml) `text` names that `translated`
    does not. An approval notice says who approved nothing: a translation that lost the
    FDA says something else (another notice pasted into its row), which the meaning
    checks cannot see when nothing of approval is left to compare."""
    from summarizer.rulebook import regions

    return list(dict.fromkeys(
        g.name for g in regions().regulators()
        if g.pattern.search(text) and not g.pattern.search(translated)))


@rule("FAITH-GARBLED", "error", "locale",
      "a web address or phone number cut short or run into the next word, printed (error) "
      "or in the quote a notice or claim was written from (warning)")
def faith_garbled(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    from summarizer.gate.addresses import garbled_addresses, relies_on

    handout = ctx.handout
    region = handout.meta.region
    quotes = {d.id: d.quote for d in handout.disclaimers} | {c.id: c.quote for c in handout.claims}
    for item, _, text in item_texts(handout):
        printed = text if view.is_source else view.texts.get(text, "")
        bad = garbled_addresses(printed, region) if printed else []
        if bad:
            written, why = bad[0]
            yield Finding("FAITH-GARBLED", "error",
                          f"{item}: the printed text has {written!r}: {why}; print the full "
                          "address or number from the original page, or leave it out",
                          view.locale, item)
        elif view.is_source and quotes.get(item):
            for written, why in [g for g in garbled_addresses(quotes[item], region)
                                 if relies_on(text, quotes[item], g[0])][:1]:
                yield Finding("FAITH-GARBLED", "warning",
                              f"{item}: its quote has {written!r}: {why}, as when an article "
                              f"loses a link's text; the printed text ({short(text, 60)}) "
                              "was written from it: check the original page and print the "
                              "full address, or leave that way of getting help out", "", item)


@rule("FAITH-ADDRESS", "error", "locale",
      "a printed text gives a web address its quote does not, or a translation changes, "
      "adds or drops one (an address restored from a cut-short quote: warning)")
def faith_address(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    """A web address is a way of getting help, as a phone number is: it is printed only
    as the source gives it, and every language prints the same ones."""
    from summarizer.gate.addresses import garbled_addresses, web_hosts

    handout = ctx.handout
    source = handout.meta.source_locale
    quotes = {d.id: d.quote for d in handout.disclaimers} | {c.id: c.quote for c in handout.claims}
    listed = lambda hosts: ", ".join(repr(h) for h in sorted(hosts)) or "none"  # noqa: E731
    for item, _, text in item_texts(handout):
        if view.is_source:
            quote = quotes.get(item, "")
            added = web_hosts(text) - web_hosts(quote) if quote else set()
            if not added:
                continue
            cut = [w for w, why in garbled_addresses(quote, handout.meta.region)
                   if "web address" in why]
            if cut:
                yield Finding("FAITH-ADDRESS", "warning",
                              f"{item}: the text gives {listed(added)}; its quote's address "
                              f"is cut short ({cut[0]!r}): check it is the one the original "
                              "page gives", "", item)
            else:
                yield Finding("FAITH-ADDRESS", "error",
                              f"{item}: the text gives the web address {listed(added)}; the "
                              f"quote gives {listed(web_hosts(quote))}: print only an address "
                              "the source gives", "", item)
            continue
        translated = view.texts.get(text, "")
        if not translated:
            continue
        want, got = web_hosts(text), web_hosts(translated)
        if want != got:
            parts = [f"lost {listed(want - got)}"] if want - got else []
            parts += [f"added {listed(got - want)}"] if got - want else []
            yield Finding("FAITH-ADDRESS", "error",
                          f"{item}: the translation {' and '.join(parts)} (the {source} "
                          "text gives the web addresses to keep)", view.locale, item)


@rule("FAITH-TRANSLATION-PARTIAL", "warning", "locale",
      "a translation's meaning (polarity, hedges, population, instructions) is not checked")
def faith_translation_partial(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    from summarizer.gate import faithfulness as faithful

    source = ctx.handout.meta.source_locale
    if view.is_source:
        return
    if faithful.pair_meaning_checked(view.locale, source):
        return
    # the language(s) to blame: the source when it has no full lists (checks run only
    # from a fully listed source), and the translation when it has no lists at all
    unchecked = [lg for lg, ok in ((view.locale, faithful.meaning_checked(view.locale)),
                                   (source, faithful.full_meaning(source))) if not ok]
    langs = " and ".join(dict.fromkeys(base_language(lg) for lg in unchecked))
    yield Finding("FAITH-TRANSLATION-PARTIAL", "warning",
                  f"{view.locale} translations are checked against the {source} text for "
                  "numbers, phone numbers and drug names only; polarity (approved / not "
                  "approved), hedges ('may'), population (mice, a lab) and instructions "
                  f"(do not / you can) are not checked: the rulebook has no meaning-check "
                  f"lists for {langs}. Have someone who reads {view.locale} compare them.",
                  view.locale)


@rule("FAITH-RULES-PARTIAL", "warning", "handout",
      "the source language lacks some faithfulness lists, so those checks do not run")
def faith_rules_partial(ctx: Context) -> Iterator[Finding]:
    from summarizer.gate import faithfulness as faithful

    source = ctx.handout.meta.source_locale
    if missing_lists(source):
        return  # RULES-MISSING says more
    missing = faithful.meaning_lists_missing(source)
    if missing:
        yield Finding("FAITH-RULES-PARTIAL", "warning",
                      f"the {base_language(source)} word file has no [faithfulness] "
                      f"{', '.join(missing)}: printed texts are not checked for the "
                      "instructions, certainty words, comparisons and groups these lists "
                      "name (numbers, approvals, hedges, animals and drugs still are)", "")


# =========================================================================== evidence


def _derived(ctx: Context) -> dict[str, tuple[str, str]]:
    """claim id -> (level derived from its source, why), for claims whose source is read."""
    def run() -> dict[str, tuple[str, str]]:
        from summarizer.evidence import derive_evidence

        out: dict[str, tuple[str, str]] = {}
        texts = ctx.sources()
        lang = ctx.handout.meta.source_locale
        for c in ctx.handout.claims:
            text = texts.get(c.source)
            if not text or text[c.span.start:c.span.end] != c.quote:
                continue  # unreadable or moved: PROV-* says so
            verdict = derive_evidence(text, c.span, lang)
            out[c.id] = (verdict.level, verdict.reason)
        return out
    return ctx.memo("derived", run)


@rule("EVID-OVERRIDE", "warning", "sources",
      "the editor's evidence level differs from the one derived from the source (warning)")
def evid_override(ctx: Context) -> Iterator[Finding]:
    derived = _derived(ctx)
    for c in ctx.handout.claims:
        if c.id in derived and derived[c.id][0] != c.evidence and c.evidence_reason.strip():
            yield Finding("EVID-OVERRIDE", "warning",
                          f"{c.id}: tagged {c.evidence}; the source supports {derived[c.id][0]} "
                          f"({derived[c.id][1]}); reason given: {short(c.evidence_reason, 80)}",
                          "", c.id)


@rule("EVID-OVERRIDE-UNJUSTIFIED", "error", "sources",
      "an evidence override without a written reason, or stronger than the source supports")
def evid_override_unjustified(ctx: Context) -> Iterator[Finding]:
    from summarizer.model import overstates_evidence

    derived = _derived(ctx)
    for c in ctx.handout.claims:
        if c.id not in derived or derived[c.id][0] == c.evidence:
            continue
        level, why = derived[c.id]
        if overstates_evidence(c.evidence, level):
            yield Finding("EVID-OVERRIDE-UNJUSTIFIED", "error",
                          f"{c.id}: tagged {c.evidence}, stronger than the source supports "
                          f"({level}: {why}); the printed phrase would claim more than the "
                          f"study shows: tag it {level}", "", c.id)
        elif not c.evidence_reason.strip():
            yield Finding("EVID-OVERRIDE-UNJUSTIFIED", "error",
                          f"{c.id}: tagged {c.evidence} but the source supports {level} ({why}); "
                          "write the reason in evidence_reason or use the derived level",
                          "", c.id)


@rule("SAFETY-KEYWORD", "error", "locale",
      "a crisis text line that needs a keyword (text HOME to 741741) is printed without it")
def crisis_keyword(ctx: Context, view: LocaleView) -> Iterator[Finding]:
    import re

    from summarizer.rulebook import regions

    book = regions()
    for d in ctx.handout.disclaimers_of("crisis-line"):
        text = view.texts.get(d.text, "")
        if not text:
            continue
        for c in d.contacts:
            region = book.get(c.region or ctx.handout.meta.region)
            line = next((ln for ln in (region.lines if region else ()) if ln.number == c.number),
                        None)
            if line is None or not line.keywords or "text" not in c.channels:
                continue
            if not any(re.search(rf"\b{re.escape(k)}\b", text) for k in line.keywords):
                words = " or ".join(line.keywords)
                yield Finding("SAFETY-KEYWORD", "error",
                              f"{d.id}: {line.label} ({c.display or c.number}) answers a text "
                              f"only with the word {words}; print it (\"text {line.keywords[0]} "
                              f"to {c.display or c.number}\")", view.locale, d.id)
