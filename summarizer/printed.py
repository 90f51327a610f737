"""What a handout prints, in which order and under which heading: one answer for the PDF
(render.py), the review sheet (review.py) and the editor, so the three never disagree.

Pure: no Textual, no WeasyPrint. Headings are the app's strings (i18n.SECTION_HEADINGS),
translated through the app catalogs for the locale asked for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer import i18n
from summarizer.model import SECTIONS

if TYPE_CHECKING:
    import gettext
    from pathlib import Path

    from summarizer.model import Handout

# Safety notices printed under their own heading, in this order, after the crisis lines.
SAFETY_ORDER: tuple[str, ...] = ("supervision", "regulatory", "self-medication")
# Notices printed among the claims of a section (after them) rather than on their own.
NOTICES_IN_SECTION: dict[str, str] = {"side-effects": "risks"}
# Notices printed last, under "Good to know".
TRAILING_NOTICES: tuple[str, ...] = ("educational",)
# The heading each kind of notice is printed under (app strings: the template and the
# editor's Safety tab both read them here). Side effects print under the risks section's
# heading (NOTICES_IN_SECTION), so they have none of their own.
NOTICE_HEADINGS: dict[str, str] = {
    "crisis-line": i18n.N_("If you are in crisis, get help now"),
    "supervision": i18n.N_("Only with expert care"),
    "regulatory": i18n.N_("Approval"),
    # the kind holds bans on treating oneself and directions for use and storage alone
    # ("Keep below 30°C"): "Do not treat yourself" above a pen's storage read as a ban
    "self-medication": i18n.N_("Using it safely"),
    "educational": i18n.N_("Good to know"),
}


def section_headings(app: gettext.NullTranslations) -> dict[str, str]:
    """section key -> its heading as printed, in the language of `app` (an app catalog)."""
    return {key: app.gettext(i18n.SECTION_HEADINGS[key]) for key in SECTIONS}


def section_titles(locale: str, handout_dir: Path | None = None) -> dict[str, str]:
    """section key -> heading in `locale`, from the catalog the PDF would use; the English
    headings when that catalog cannot be read (the export gate says why)."""
    from summarizer.errors import UserError

    try:
        app = i18n.app_translations(locale, handout_dir=handout_dir)
    except UserError:
        return dict(i18n.SECTION_HEADINGS)
    return section_headings(app)


def notice_headings(app: gettext.NullTranslations) -> dict[str, str]:
    """notice kind -> the heading it is printed under, in the language of `app`."""
    headings = {kind: app.gettext(msgid) for kind, msgid in NOTICE_HEADINGS.items()}
    sections = section_headings(app)
    headings.update({kind: sections[home] for kind, home in NOTICES_IN_SECTION.items()})
    return headings


def notice_titles(locale: str, handout_dir: Path | None = None) -> dict[str, str]:
    """notice kind -> heading in `locale`, from the catalog the PDF would use (English
    when that catalog cannot be read), as section_titles."""
    from summarizer.errors import UserError

    try:
        app = i18n.app_translations(locale, handout_dir=handout_dir)
    except UserError:
        import gettext

        app = gettext.NullTranslations()
    return notice_headings(app)


def evidence_msgid(level: str, quote: str, lang: str) -> str:
    """The evidence phrase (untranslated) printed before a claim of `level` quoted as
    `quote` in `lang`; "" for no phrase. The PDF, the review sheet and the editor all ask
    here, so a comparison prints as one with a placebo only when its quote says so."""
    if level in i18n.COMPARISON_PHRASES:
        from summarizer.evidence import names_placebo  # here: the first screen reads this

        if not names_placebo(quote, lang):
            return i18n.COMPARISON_PHRASES[level]
    return i18n.EVIDENCE_PHRASES.get(level, "")


# An evidence phrase's explanation in brackets ("a placebo (a fake treatment)"), which a
# writer who types the lead-in herself tends to leave out; and what may end a lead-in.
_BRACKETED = re.compile(r"\s*[(（][^)）]*[)）]")
_LEAD_END = ":：﹕ \u00a0\u202f"  # colons (French puts a space before its own)


def _folded(text: str) -> str:
    """Case, apostrophes and runs of spaces set aside, for comparing wordings."""
    return " ".join(text.replace("’", "'").casefold().split())


# Levels whose phrase says only "not in people" (animals, a lab): a text whose first
# sentence names the animals or the lab says it already.
NOT_IN_PEOPLE: tuple[str, ...] = ("animal", "lab-mechanism")
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def says_not_in_people(text: str, lang: str) -> bool:
    """Does the first sentence of `text` (in `lang`) name animals or a lab setting ("In a
    study in mice, …", "En un estudio en ratones", "在一项小鼠研究中")? Read with the
    language's rulebook lists, or, for a language that has only the short lists a
    translation is checked by (pt, ru, tl, ht), its animal-or-lab words there."""
    from summarizer import rulebook  # here: the editor's first screen reads this module

    lang = rulebook.base_language(lang)
    first = _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0]
    try:
        return bool(rulebook.words(lang, "animal").search(first)
                    or rulebook.words(lang, "lab_setting").search(first))
    except rulebook.MissingRules:
        from summarizer.gate.translation_meaning import table

        found = table(lang).get("animal") or ()
        return bool(found) and re.search(
            rf"\b(?:{'|'.join(found)})\b", first, re.IGNORECASE) is not None


def lead_in(phrase: str, text: str, level: str = "", lang: str = "") -> str:
    """The evidence phrase to print before a claim's `text` (both in the reader's
    language): none when the text already starts with it, so a writer who put the
    lead-in in her own words ("A study that compared the treatment with a placebo
    found: …", "The article says …") does not get it printed twice. The phrase counts
    with or without its bracketed explanation and its colon, whole words only ("The
    article saysomething" still gets "The article says:"); a script written without
    spaces (Chinese) needs no word boundary after it.

    With the claim's checked `level` and the reader's `lang`: none either when the phrase
    only says "not in people" and the text's first sentence already names the animals or
    the lab ("A study in animals, not people, found: In a study in mice, …" said it twice),
    nor when the text's first sentence names its study and states the same level by
    itself (evidence.stated_level: "In a placebo-controlled trial, …" for a controlled
    trial). A text that says less than the tag ("placebo-controlled" for a randomized
    trial) or states no study keeps the phrase: the phrase follows the tag."""
    if not phrase or not text:
        return phrase
    if level in NOT_IN_PEOPLE and lang and says_not_in_people(text, lang):
        return ""
    if level and level != "opinion" and lang:
        from summarizer.evidence import stated_level  # here: the editor's first screen

        if stated_level(text, lang) == level:
            # "In a placebo-controlled trial, …" under "A study that compared the
            # treatment with a placebo found:" said the study twice
            return ""
    import unicodedata  # here: the editor's first screen reads this module, not this

    start = _folded(text[:2 * len(phrase) + 10])
    for form in dict.fromkeys((phrase, _BRACKETED.sub("", phrase))):
        core = _folded(form).rstrip(_LEAD_END)
        if not core or not start.startswith(core):
            continue
        after = start[len(core):len(core) + 1]
        if not after or not after.isalnum() \
                or unicodedata.east_asian_width(core[-1]) in ("W", "F"):
            return ""
    return phrase


def print_order(handout: Handout) -> list[str]:
    """Ids of the claims and notices with text, in the order the PDF prints them: crisis
    lines, the safety notices, each section's claims (side effects after the risks), then
    the other notices. Items the PDF does not print (no text) are left out."""
    order = [d.id for d in handout.disclaimers_of("crisis-line") if d.text]
    for kind in SAFETY_ORDER:
        order += [d.id for d in handout.disclaimers_of(kind) if d.text]
    for section in SECTIONS:
        order += [c.id for c in handout.claims_in(section) if c.text]
        order += [d.id for kind, home in NOTICES_IN_SECTION.items() if home == section
                  for d in handout.disclaimers_of(kind) if d.text]
    for kind in TRAILING_NOTICES:
        order += [d.id for d in handout.disclaimers_of(kind) if d.text]
    return order
