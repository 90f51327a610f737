"""The export gate: what must be true before a handout may be printed for patients.

Every finding has a stable code (documented in CODES), a severity ("error" blocks the
export of the locale it names, or of every locale when it names none; "warning" is
shown and allowed) and one plain line a nurse educator can act on.

The rules themselves are pure functions over the handout, per-locale texts and the
loaded sources; `check_handout` gathers those inputs (catalogs, sources) and runs them.
Word lists are per language, small and documented; a language without a list is not
checked for that rule (say so rather than guess).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.errors import UserError
from summarizer.model import Contact, Disclaimer, Handout

if TYPE_CHECKING:
    from summarizer.catalogs import CatalogStatus
    from summarizer.handout_file import HandoutDocument
    from summarizer.provenance import ProvenanceResult

Severity = str  # "error" | "warning"

# code -> what it means (the `summarizer check --help` text is built from this).
CODES: dict[str, str] = {
    "CONTENT-EMPTY": "no claims, or a claim or disclaimer without text",
    "SAFETY-CRISIS-MISSING": "no crisis line that works in the handout's region",
    "SAFETY-NUMBER-INVALID": "a contact's number does not work in the handout's region",
    "SAFETY-TEXT-NUMBER": "a crisis notice's text (in some language) lacks its phone number",
    "SAFETY-REGULATORY-MISSING": "no notice about the region's medicines regulator (FDA, ...)",
    "SAFETY-SUPERVISION-MISSING": "no notice that the treatment needs medical supervision",
    "READ-GRADE-HIGH": "reading grade above the target (warning) or the ceiling (error)",
    "READ-TOO-LITTLE": "too little text to measure a reading grade (warning)",
    "READ-UNSUPPORTED": "no readability formulas for this language (warning)",
    "EVID-ANIMAL-UNHEDGED": "an animal or lab study's claim does not say it is not in people",
    "HYPE-WORD": "a hype word (breakthrough, miracle, cure, ...) in handout text",
    "EVID-ABSOLUTE": "an absolute word (always, never, guaranteed, ...) in a claim (warning)",
    "I18N-UNKNOWN-LOCALE": "a language code that is not a known locale",
    "I18N-MISSING": "a string not translated yet",
    "I18N-FUZZY": "a translation whose English text changed since; check and unmark it",
    "I18N-PLACEHOLDER": "a translation that lost a phone number or {placeholder}",
    "I18N-NO-APP-CATALOG": "the app's own headings are not translated into this language",
    "PROV-GONE": "a quote no longer found in its source",
    "PROV-MOVED": "a quote moved within its source (warning; `summarizer verify --fix`)",
    "PROV-SOURCE-CHANGED": "a source file changed since it was added (warning)",
    "PROV-SOURCE-MISSING": "a source file could not be read; its quotes were not checked "
                           "(warning)",
}


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity  # "error" | "warning"
    message: str
    locale: str = ""  # "" = applies to every locale
    item: str = ""  # claim / disclaimer id, "title", "summary", or a source id

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def _same_locale(a: str, b: str) -> bool:
    return a.replace("-", "_").lower() == b.replace("-", "_").lower()


def blocking(findings: Iterable[Finding], locale: str) -> list[Finding]:
    """Errors that stop `locale` from being exported (its own and the handout-wide ones)."""
    return [f for f in findings
            if f.severity == "error" and (not f.locale or _same_locale(f.locale, locale))]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def base_language(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


# =========================================================================== safety

# Crisis lines reachable by a short code, per region (ISO 3166 alpha-2). Emergency
# numbers (911, 999, 000, 112) are valid numbers but are not crisis lines.
# Sources: 988lifeline.org (US 988); veteranscrisisline.net (US text 838255);
# crisistextline.org (US text 741741); 988.ca (CA 9-8-8); kidshelpphone.ca (CA text
# 686868); samaritans.org (GB/IE 116 123); giveusashout.org (GB text 85258);
# lifeline.org.au (AU 13 11 14); 1737.org.nz (NZ 1737); text50808.ie (IE 50808).
CRISIS_SHORT_CODES: dict[str, frozenset[str]] = {
    "US": frozenset({"988", "838255", "741741"}),
    "CA": frozenset({"988", "686868"}),
    "GB": frozenset({"116123", "85258"}),
    "IE": frozenset({"116123", "50808"}),
    "AU": frozenset({"131114"}),
    "NZ": frozenset({"1737"}),
}

# EU member states: the EMA's notice counts alongside the national agency's.
# Source: european-union.europa.eu, "EU countries" (27 members).
EU_MEMBERS: frozenset[str] = frozenset(
    ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT",
     "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "HU")
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def number_valid(contact: Contact, region: str) -> bool:
    """Does this number work when dialled or texted in `region`?"""
    import phonenumbers

    number = contact.number.strip()
    if number.startswith("+"):
        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number_for_region(parsed, region)
    digits = _digits(number)
    if not digits or digits != number.replace(" ", "").replace("-", ""):
        return False
    if digits in CRISIS_SHORT_CODES.get(region, ()):
        return True
    try:
        parsed = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return (phonenumbers.is_valid_short_number_for_region(parsed, region)
            or phonenumbers.is_emergency_number(digits, region))


def is_crisis_line(contact: Contact, region: str) -> bool:
    """A crisis contact valid in `region` that is not just the emergency number."""
    import phonenumbers

    if contact.role != "crisis" or not number_valid(contact, region):
        return False
    return contact.number.startswith("+") or not phonenumbers.is_emergency_number(
        _digits(contact.number), region)


def _digit_runs(text: str) -> list[str]:
    """Numbers as written, separators dropped: "1-888-628-9454" -> "18886289454"."""
    return [_digits(m) for m in re.findall(r"\+?\d(?:[\s().\-–]{0,2}\d)*", text)]


def text_has_number(text: str, contact: Contact) -> bool:
    """Does `text` print this contact's number (any common grouping)?"""
    import phonenumbers

    display = contact.display.strip()
    if any(ch.isdigit() for ch in display) and re.search(
            rf"(?<![\w]){re.escape(display)}(?![\w])", text):
        return True  # as displayed, e.g. a vanity number "800-662-HELP (4357)"
    runs = _digit_runs(text)
    number = contact.number.strip()
    if number.startswith("+"):
        try:
            national = str(phonenumbers.parse(number, None).national_number)
        except phonenumbers.NumberParseException:
            national = _digits(number)
        return any(run.endswith(national) for run in runs)
    return _digits(number) in runs


def regulators_for(region: str) -> dict[str, re.Pattern[str]]:
    """The region's medicines regulators (name -> pattern naming it in text)."""
    from summarizer.sources.regulators import REGULATORS

    wanted = {region} | ({"EU"} if region in EU_MEMBERS else set())
    return {name: re.compile(pattern) for name, reg, pattern in REGULATORS if reg in wanted}


def safety_findings(handout: Handout) -> list[Finding]:
    """Handout-wide safety rules: the three required notices and valid numbers."""
    region = handout.meta.region
    out: list[Finding] = []
    crisis = [d for d in handout.disclaimers if d.kind == "crisis-line" and d.text.strip()]
    for d in handout.disclaimers:
        for c in d.contacts:
            if c.role == "crisis" and not number_valid(c, region):
                out.append(Finding(
                    "SAFETY-NUMBER-INVALID", "error",
                    f"{d.id}: {c.display or c.number} is not a working crisis number in "
                    f"{region}; use the crisis line for {region}", item=d.id))
            elif c.number.startswith("+") and not number_valid(c, region):
                out.append(Finding(
                    "SAFETY-NUMBER-INVALID", "error",
                    f"{d.id}: {c.display or c.number} is not a valid phone number in {region}",
                    item=d.id))
    if not any(is_crisis_line(c, region) for d in crisis for c in d.contacts):
        have = ", ".join(c.display or c.number for d in crisis for c in d.contacts)
        extra = f" (the ones given, {have}, do not work in {region})" if have else ""
        out.append(Finding(
            "SAFETY-CRISIS-MISSING", "error",
            f"add a crisis-line notice with a crisis number for {region}{extra}"))
    regulators = regulators_for(region)
    if not _has_regulatory(handout.disclaimers, regulators):
        names = " or ".join(regulators) or "the medicines regulator"
        out.append(Finding(
            "SAFETY-REGULATORY-MISSING", "error",
            f"add a notice saying whether {names} has approved this use (for {region})"))
    if not any(d.text.strip() for d in handout.disclaimers_of("supervision")):
        out.append(Finding(
            "SAFETY-SUPERVISION-MISSING", "error",
            "add a notice that this treatment must be given under a clinician's supervision"))
    return out


def _has_regulatory(disclaimers: Sequence[Disclaimer], regulators: dict[str, re.Pattern[str]],
                    ) -> bool:
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


def crisis_text_findings(handout: Handout, locale: str, texts: dict[str, str]) -> list[Finding]:
    """Each crisis notice, as printed in `locale`, must show its contacts' numbers."""
    out: list[Finding] = []
    for d in handout.disclaimers_of("crisis-line"):
        text = texts.get(d.text, "")
        if not text:
            continue  # untranslated: I18N-MISSING says so
        lost = [c.display or c.number for c in d.contacts if not text_has_number(text, c)]
        if lost:
            out.append(Finding(
                "SAFETY-TEXT-NUMBER", "error",
                f"{d.id}: the text does not show {', '.join(lost)}; a reader must see the "
                "number to call", locale, d.id))
    return out


# =========================================================================== words

# Words that say a study was not in people. Animal: the common lab species and
# "animal"/"lab" itself; lab-mechanism: cells, lab, brain chemistry. A plain "not
# (tested) in people" hedge also counts for both.
ANIMAL_WORDS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:mice|mouse|rats?|rodents?|animals?|monkeys?|primates?|pigs?|dogs?|zebrafish"
        r"|lab(?:oratory)?)\b", re.I),
    "es": re.compile(
        r"\b(?:ratones|rat[oó]n|ratas?|roedores|roedor|animales|animal|monos?|primates?|cerdos?"
        r"|perros?|laboratorio)\b", re.I),
}
LAB_WORDS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:lab(?:oratory)?|cells?|test[\s-]tubes?|brain\s+chemi(?:stry|cals?)|molecules?"
        r"|receptors?)\b", re.I),
    "es": re.compile(
        r"\b(?:laboratorio|c[eé]lulas?|tubos?\s+de\s+ensayo|qu[ií]mica\s+del\s+cerebro"
        r"|qu[ií]mica\s+cerebral|mol[eé]culas?|receptores)\b", re.I),
}
NOT_IN_PEOPLE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\bnot\b[^.?!]{0,30}\b(?:in\s+)?(?:people|humans)\b", re.I),
    "es": re.compile(r"\bno\b[^.?!]{0,30}\b(?:en\s+)?(?:personas|seres\s+humanos|humanos)\b",
                     re.I),
}

# Hype words: handout text states findings; it never sells them. English reuses the
# sources' lexicon (summarizer.sources.claims.HYPE), minus bare superlatives ("best for
# you" is fine; "the best treatment" is not), plus "cure" (a warning in sources,
# an error in a handout) unless negated ("there is no cure").
_HYPE_ES = re.compile(
    r"\b(?:revolucionari[oa]s?|revoluci[oó]n|milagros?|milagros[oa]s?|innovador(?:a|es|as)?"
    r"|avances?\s+decisivos?|instant[aá]neamente|al\s+instante|incre[ií]bles?|asombros[oa]s?"
    r"|extraordinari[oa]s?|sin\s+precedentes|de\s+vanguardia|m[aá]gic[oa]s?"
    r"|transformador(?:a|es|as)?|espectacular(?:es)?|sorprendentes?|fenomenal(?:es)?"
    r"|prodigios[oa]s?)\b", re.I)
_CURE = {
    "en": re.compile(r"\bcur(?:e|es|ed|ing)\b", re.I),
    "es": re.compile(r"\bcura(?:s|r|n|do|da)?\b", re.I),
}
_NEGATED = {
    "en": re.compile(r"\b(?:no|not|isn['’]t|is\s+not|nor|without)(?:\s+a)?\s*$", re.I),
    "es": re.compile(r"\b(?:no|ni|sin)(?:\s+(?:hay|es|una|la|lo))*\s*$", re.I),
}
_BARE_SUPERLATIVE = frozenset({"best", "greatest", "fastest", "biggest", "safest"})

_ABSOLUTE_ES = re.compile(
    r"\b(?:siempre|nunca|jam[aá]s|completamente\s+segur[oa]s?|totalmente\s+segur[oa]s?"
    r"|100\s*%\s*(?:segur[oa]|eficaz)|garantizad[oa]s?|garantiza|sin\s+riesgos?"
    r"|sin\s+efectos\s+secundarios|todo\s+el\s+mundo|tod[oa]s\s+l[oa]s\s+pacientes"
    r"|definitivamente)\b", re.I)


def hype_words(text: str, lang: str) -> list[str]:
    """Hype words in one handout string, as written; [] for a language without a list."""
    lang = base_language(lang)
    found: list[str] = []
    if lang == "en":
        from summarizer.sources.claims import HYPE

        found += [m.group(0) for m in HYPE.finditer(text)
                  if m.group(0).lower() not in _BARE_SUPERLATIVE]
    elif lang == "es":
        found += [m.group(0) for m in _HYPE_ES.finditer(text)]
    cure = _CURE.get(lang)
    if cure is not None:
        found += [m.group(0) for m in cure.finditer(text)
                  if not _NEGATED[lang].search(text[max(0, m.start() - 25): m.start()])]
    return list(dict.fromkeys(found))


# "almost always", "casi nunca", "not always": softened, so not absolute.
_SOFTENED = {
    "en": re.compile(r"\b(?:almost|nearly|not|isn['’]t|aren['’]t)\s*$", re.I),
    "es": re.compile(r"\b(?:casi|no)\s*$", re.I),
}


def absolute_words(text: str, lang: str) -> list[str]:
    """Absolute words in a claim ("always", "guaranteed"), unless softened before them."""
    lang = base_language(lang)
    if lang == "en":
        from summarizer.sources.claims import ABSOLUTE as rx
    elif lang == "es":
        rx = _ABSOLUTE_ES
    else:
        return []
    words = [m.group(0) for m in rx.finditer(text)
             if not _SOFTENED[lang].search(text[max(0, m.start() - 15): m.start()])
             and not _CURE["en"].fullmatch(m.group(0))]
    return list(dict.fromkeys(words))


def hedged(text: str, evidence: str, lang: str) -> bool | None:
    """Does a claim's text say its study was not in people? None: no word list for lang."""
    lang = base_language(lang)
    if lang not in ANIMAL_WORDS:
        return None
    if NOT_IN_PEOPLE[lang].search(text):
        return True
    if evidence == "animal":
        return bool(ANIMAL_WORDS[lang].search(text))
    return bool(LAB_WORDS[lang].search(text) or ANIMAL_WORDS[lang].search(text))


def item_texts(handout: Handout) -> list[tuple[str, str, str]]:
    """(item id, kind, source-language text) for every printed string, title first."""
    out = [("title", "title", handout.meta.title)]
    if handout.meta.summary:
        out.append(("summary", "summary", handout.meta.summary))
    out += [(d.id, "disclaimer", d.text) for d in handout.disclaimers]
    out += [(c.id, "claim", c.text) for c in handout.claims]
    return out


def wording_findings(handout: Handout, locale: str, texts: dict[str, str]) -> list[Finding]:
    """Hype, absolutes and unhedged animal/lab claims in `locale`'s text."""
    out: list[Finding] = []
    for item, kind, source_text in item_texts(handout):
        text = texts.get(source_text, "")
        if not text:
            continue
        hype = hype_words(text, locale)
        if hype:
            out.append(Finding(
                "HYPE-WORD", "error",
                f"{item}: remove {', '.join(repr(w) for w in hype)}; say what the study "
                "found in plain words", locale, item))
        if kind == "claim":
            absolute = absolute_words(text, locale)
            if absolute:
                out.append(Finding(
                    "EVID-ABSOLUTE", "warning",
                    f"{item}: {', '.join(repr(w) for w in absolute)} is rarely true in "
                    "medicine; consider 'often', 'most people', 'rarely'", locale, item))
    for claim in handout.claims:
        if claim.evidence not in ("animal", "lab-mechanism"):
            continue
        text = texts.get(claim.text, "")
        if text and hedged(text, claim.evidence, locale) is False:
            what = "in animals" if claim.evidence == "animal" else "in a lab"
            out.append(Finding(
                "EVID-ANIMAL-UNHEDGED", "error",
                f"{claim.id}: this study was done {what}, not in people; the text must say "
                "so", locale, claim.id))
    return out


# =========================================================================== reading


def reading_text(handout: Handout, texts: dict[str, str]) -> str:
    """The body a patient reads in one language: disclaimers and claims, as sentences."""
    parts: list[str] = []
    for item in [*handout.disclaimers, *handout.claims]:
        text = texts.get(item.text, "").strip()
        if text:
            parts.append(text if text[-1] in ".?!…:;" else text + ".")
    return "\n\n".join(parts)


def reading_findings(handout: Handout, locale: str, texts: dict[str, str],
                     analyze: Callable[[str, str], object] | None = None) -> list[Finding]:
    """READ-* for one locale: grade against the handout's target and hard ceiling."""
    if analyze is None:
        from summarizer.readability import analyze_text as analyze
    meta = handout.meta
    body = reading_text(handout, texts)
    try:
        report = analyze(body, base_language(locale))
    except (ValueError, KeyError, LookupError) as exc:
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
                        f"{meta.max_grade:g}; use shorter sentences and everyday words",
                        locale)]
    if grade > meta.target_grade:
        return [Finding("READ-GRADE-HIGH", "warning",
                        f"reading grade {grade:.1f} ({name}) is above the target of "
                        f"{meta.target_grade:g}", locale)]
    return []


# =========================================================================== i18n, provenance


def _item_of(handout: Handout) -> dict[str, str]:
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


def catalog_findings(handout: Handout, status: CatalogStatus) -> list[Finding]:
    """I18N-MISSING/FUZZY/PLACEHOLDER for one locale, each naming the string."""
    locale = status.locale
    item_of = _item_of(handout)
    if not status.exists:
        return [Finding(
            "I18N-MISSING", "error",
            f"no translations into {locale} yet ({status.total} strings); run `summarizer "
            "translations init` and translate them", locale)]
    out = [Finding("I18N-MISSING", "error", f"not translated: {_short(s)}", locale,
                   item_of.get(s, ""))
           for s in status.missing]
    out += [Finding("I18N-FUZZY", "error",
                    f"the English changed since this was translated; check it: {_short(s)}",
                    locale, item_of.get(s, ""))
            for s in status.fuzzy]
    for problem in status.placeholder_errors:
        msgid, _, what = problem.rpartition(": ")
        out.append(Finding("I18N-PLACEHOLDER", "error",
                           f"the translation of {_short(msgid)} lost or changed a number or "
                           f"placeholder ({what})", locale, item_of.get(msgid, "")))
    return out


def app_locales() -> list[str]:
    """Locales whose app catalog (headings, template text) is complete."""
    from summarizer import i18n

    provided = getattr(i18n, "app_locales", None)
    if provided is not None:
        return list(provided())
    return [loc for loc in i18n.available_app_locales() if i18n.app_catalog_status(loc).complete]


def app_catalog_findings(locale: str, available: Sequence[str]) -> list[Finding]:
    lang = base_language(locale)
    if lang == "en":  # the app's own strings are written in English
        return []
    # an exact catalog, or the base language's ("es" serves "es-US")
    if any(_same_locale(locale, a) or a.lower() == lang for a in available):
        return []
    return [Finding("I18N-NO-APP-CATALOG", "error",
                    f"the handout's headings and notices have no complete {locale} "
                    "translation (locales/<lang>/LC_MESSAGES/summarizer.po)", locale)]


PROV_CODES = {
    "gone": ("PROV-GONE", "error"),
    "moved": ("PROV-MOVED", "warning"),
    "source-changed": ("PROV-SOURCE-CHANGED", "warning"),
    "source-missing": ("PROV-SOURCE-MISSING", "warning"),
}


def provenance_findings(results: Iterable[ProvenanceResult]) -> list[Finding]:
    out: list[Finding] = []
    for r in results:
        if r.status in PROV_CODES:
            code, severity = PROV_CODES[r.status]
            message = r.message
            if r.status == "gone":
                message += "; re-pick the sentence or remove the claim"
            out.append(Finding(code, severity, message, "", r.item))
    return out


def content_findings(handout: Handout) -> list[Finding]:
    out: list[Finding] = []
    if not handout.claims:
        out.append(Finding("CONTENT-EMPTY", "error", "the handout has no claims yet"))
    for kind, items in (("claim", handout.claims), ("disclaimer", handout.disclaimers)):
        for item in items:
            if not item.text.strip():
                out.append(Finding("CONTENT-EMPTY", "error",
                                   f"{kind} {item.id} has no text to print", item=item.id))
    return out


# =========================================================================== the gate


def check_handout(
    hdoc: HandoutDocument,
    locales: Sequence[str] | None = None,
    *,
    source_texts: dict[str, str | None] | None = None,
    source_digests: dict[str, str] | None = None,
) -> list[Finding]:
    """Every finding for the handout in `locales` (default: all of the handout's).

    `source_texts` (source id -> text, None when unreadable) lets a caller that has the
    sources loaded (the TUI) skip re-reading them.
    """
    from summarizer import catalogs
    from summarizer.provenance import load_source_texts, verify_quotes

    handout = hdoc.handout
    wanted = list(dict.fromkeys(locales or handout.meta.locales))
    findings = content_findings(handout) + safety_findings(handout)
    if source_texts is None:
        source_texts, source_digests = load_source_texts(hdoc)
    findings += provenance_findings(verify_quotes(handout, source_texts, source_digests))

    available: list[str] | None = None
    for locale in wanted:
        try:
            catalogs.normalize_locale(locale)
        except UserError:
            findings.append(Finding("I18N-UNKNOWN-LOCALE", "error",
                                    f"{locale!r} is not a language code (try 'es' or 'es-US')",
                                    locale))
            continue
        if catalogs.is_source_locale(hdoc, locale):
            texts = {t: t for t in handout.texts()}
        else:
            findings += catalog_findings(handout, catalogs.catalog_status(hdoc, locale))
            texts = catalogs.translations_for(hdoc, locale)
        if available is None:
            available = app_locales()
        findings += app_catalog_findings(locale, available)
        findings += crisis_text_findings(handout, locale, texts)
        findings += wording_findings(handout, locale, texts)
        findings += reading_findings(handout, locale, texts)
    return findings


def summary_line(findings: Sequence[Finding], locale: str) -> str:
    """"en: ready to export" / "es: blocked by 2 errors" (warnings counted too)."""
    errors = blocking(findings, locale)
    warnings = [f for f in findings if f.severity == "warning"
                and (not f.locale or _same_locale(f.locale, locale))]
    note = f" ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})" if warnings else ""
    if errors:
        return f"{locale}: blocked by {len(errors)} error{'s' if len(errors) != 1 else ''}{note}"
    return f"{locale}: ready to export{note}"
