"""The rulebook: every piece of safety knowledge, once, as data a reviewer can read.

`regions.toml` holds crisis lines, emergency numbers, medicines regulators and the names a
text uses for each country; `words/<lang>.toml` holds per-language word lists (hype,
absolutes, animal and lab cues, hedges, negation, study design, supervision, precaution,
self-medication, side effects, approval words, number words and units, and the words
around phone numbers and web addresses, which `in_every_language` reads across
languages). Both are plain TOML with a source comment for every number; regions.toml's
keys and the lists read in every language are checked when read (one UserError line).

This module only loads and types them (cached; no regex is compiled and no file is read
until first asked). The gate (summarizer/gate/) and the sources pipeline read their
words from here; nobody keeps a private list of safety or hype words.

A language without a file, or whose file lacks a list, raises `MissingRules` naming
exactly what is missing: the gate turns that into an error finding, never a silent pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

from summarizer import regex_store
from summarizer.locale_codes import base_language

HERE = Path(__file__).resolve().parent
WORDS_DIR = HERE / "words"
REGIONS_FILE = HERE / "regions.toml"

# Every language file must define every one of these lists (an empty list is allowed
# only when the language truly has no such words; the key must still be there).
REQUIRED_LISTS: tuple[str, ...] = (
    "hype", "hype_superlatives", "cure", "hype_names", "absolutes", "softeners", "negation",
    "hedges", "animal", "lab", "not_in_people", "people", "design_randomized",
    "design_controlled", "design_uncontrolled", "design_observational", "design_case_report",
    "supervision", "precaution", "self_medication", "side_effects", "side_effects_not",
    "approval", "outcome", "permission", "qualifiers", "lab_setting", "share", "articles",
    "design_trial", "study", "finding", "mechanism", "opinion",
)
REQUIRED_TABLES: tuple[str, ...] = ("number_words", "units", "fractions", "multiplier_words")
# Lists a language may leave out (read as empty): the concepts the sources pipeline
# combines to find notices and hype in articles (summarizer/sources/concepts.py). A
# language without them is still checked by the gate; it only finds fewer notices.
OPTIONAL_LISTS: tuple[str, ...] = (
    "care_actors", "care_acts", "prohibitions", "patient_acts", "ask_first",
    "ask_exceptions", "professional_say", "watching", "planned_with",  # rules11, session 11
    "asking_professional", "professional_steps", "order_fillers",
    "asking_about",  # rules12, session 12, convention (a')
    # how to use a treatment, told to the reader (concepts.how_to_use), convention (g)
    "use_orders", "use_duties", "use_forms", "use_directions", "use_not_objects",
    "use_orders_inverted", "use_statements", "use_final_orders", "use_final_blockers",
    # a sentence that opens by forbidding the reader an act ("Do not swallow the oil"),
    # and the words after it that forbid no act of care (concepts.forbidden_act, rules26)
    "opening_prohibitions", "unforbidden_acts",
    # side effects that are none: a benefit said, an illness's red flags with a help order
    # (concepts.benefit_only, illness_red_flag), session 13
    "benefit_frames", "help_orders", "treatment_mentions", "red_flag_cues", "own_symptoms",
    # the reader sent back to the clinic that treated them: its treatment's signs (side19)
    "provider_callbacks",
    "planning",  # the (a') table: planning with a professional keeps supervision
    # harms told as cases reported in general: a warning, not one person's case (concepts)
    "reported_cases",
    "interactions", "warning_signs", "hype_promises", "sellers", "experts", "speech",
    # someone outside the study giving a view, a speaker as a pronoun (evidence, evid15)
    "uninvolved", "speaker_pronouns",
    "superlatives", "escorts", "obligations", "causal", "checked_for",
    "sales_verbs", "superlative_phrases", "testifiers", "possessive_actors", "care_modals",
    "talk_verbs",
    # a comparison's other group was a placebo or sham (evidence.names_placebo)
    "placebo_names", "contrast_openers",
    # a "not" after an approval's comma that opens an idiom (sources/regulators.py)
    "negation_idioms",
    "treats", "treated_after", "harm_cues", "conditions", "refusals", "unapproved_use",
    "negative_subjects", "use_relatives", "medical_tests", "test_times",
    "alone", "forbid", "deontic_denials", "imperatives", "regulator_words", "before_treatment",
    "use_acts", "researchers", "result_verbs", "health_states", "narrators",
    "hearsay", "past_warnings", "someday", "no_evidence", "list_joins",
    # a regulator's status and what it is for (sources/regulators.py)
    "clause_joins", "object_pronouns", "treatment_nouns", "status_groups", "regulator_checks",
    "use_before", "product_nouns",
    # contacts in articles (summarizer/sources/contacts.py), read in every language at
    # once: an article may give a French line in an English sentence
    "crisis_words", "emergency_only", "emergency_cues", "call_words", "contact_words",
    "dial_before", "menu_words", "then_words", "text_words", "chat_words", "treatment_words",
    "keyword_to", "toll_free_words",
    "body_only", "service_lines", "heals_by_itself",
    "address_leads", "naming_verbs", "denial_glue", "determiners",
    # hype refuted or denied by a contrast, the writer speaking, a page about itself, a
    # publisher's registration (sources/claims.py, concepts.py)
    "refutations", "contrast_denials", "first_person", "page_self", "imprints",
    # site furniture read in every language (sources/boilerplate.py): a discount code's
    # words, and a byline's opening word (read case-sensitively: "By", "Par", "Von")
    "promo_code_words", "byline_openers",
    "plain_superlatives",
    # the reader taking another medicine, a condition of an order ("If you take a blood
    # thinner…"): the order's reason is an interaction (concepts.other_medicine_taken)
    "taking_conditions",
    # names for side effects: the notice model's veto never silences them (disclaimers)
    "side_effect_terms",
    # a share of the treated who had a symptom: how often a harm came (disclaimers)
    "harm_shares",
    # words a negation reaches past to the harm it denies (concepts.denied)
    "denial_fillers",
    # a referral to the leaflet for side effects (disclaimers.KIND_EXCEPTIONS)
    "referrals",
    # evidence levels (summarizer/evidence.py): a pilot is no design by itself, phrases
    # with a design word that name no design, a result compared with a placebo, people
    # who chose their treatment, other or same-design studies, a result told as a study's
    "design_pilot", "design_phenomena", "design_versus", "design_self_selected",
    "other_studies", "same_design", "study_says", "group_words", "followed_over_time",
    "group_relatives", "plans",
    # the same people measured before and after a treatment: no comparison group
    "design_pre_post",
    # chance named by any instrument near who got what: randomization (evidence.py)
    "chance_words", "allocation_words",
    # two arms given different things, told as a pair: a comparison (evidence.py)
    "arm_pairs",
    # how a trial asked its own people ("they were surveyed"): the trial's measure (evidence.py)
    "asked_acts",
    # people who already used something, beside a comparison: groups that chose (evidence.py)
    "already_users",
    # material of animals or people in a lab, a clinic's patients and reports, a study
    # around a lab word, a sentence opening on something new, a denied group's relative
    # clause, a subject that denies its clause (evidence.py)
    "animal_material", "human_material", "routine_patients", "clinic_reports",
    # a counted group a clinic treated, told with no comparison group (evidence.py)
    "treated_series",
    "lab_study_after", "lab_study_before", "new_openers", "relative_openers", "nobody",
    # a study of what a health system records, not of people given something (evidence.py)
    "inquiry_nouns", "recorded_things", "records_from",
    # a study's arm named by what it got, in a result opening its paragraph (evidence.py)
    "group_references", "result_changes", "allocation_unstated", "beneficiaries",
    # a share of the group opening a result ("Two thirds said…"): the study's result
    "result_shares",
    # as good as another medicine ("worked as well as sertraline"): a comparison
    "as_good_as",
    # how often something came in a study's counted people ("were no more common than in
    # other patients"): the study's finding, observed (evidence.py, side21)
    "rate_findings",
    # an order about a drink, not a medicine (disclaimers.KIND_EXCEPTIONS)
    "not_medicine_orders",
    # crisis lines said other ways (summarizer/sources/contacts.py)
    # the writer noting a number for later ("I've saved … in my phone"): no line offered
    "kept_numbers",
    "support_words", "or_words", "also_words", "line_names",
    # what a line offers, said after it ("It is free, confidential and open 24 hours a
    # day"): the line described, no claim (disclaimers._service_lines, fix21)
    "line_details",
    # regulators' status words (summarizer/sources/regulators.py)
    "restriction_only", "restriction_joins", "restriction_nots", "restriction_uses",
    "not_only", "agent_words", "agent_articles", "status_words", "approval_nouns",
    "status_negations",
    # a line's name before its number (summarizer/sources/contacts.py)
    "line_label_heads", "line_label_names",
    # a country before a status, selling as a status (regulators.unattributed_not_approved)
    "country_leads", "market_words",
    # words naming harms as side effects (concepts.study_finding)
    "side_effect_names",
    # a regulator's warning: on a label, or spoken (regulators.regulator_warning)
    "label_warnings", "regulator_advice", "advice_against",
    # symptoms that are no side effect: when to call a line, the illness described, the
    # writer's own complaint (concepts.service_condition, describes_illness, own_complaint)
    "service_leads", "illness_descriptions", "self_introductions",
    # a key pressed after dialling (sources/contacts.py)
    "after_dialling",
    # no hype, no claim: research rated by a superlative, calls to action, disclosures
    # (sources/claims.py, concepts.disclosure)
    "research_nouns", "calls_to_action", "disclosures",
    # a clinician's own check is no order to the reader (disclaimers.KIND_EXCEPTIONS)
    "care_checks",
    # a clinician who only tells the reader how to do something is no supervision
    # (disclaimers.KIND_EXCEPTIONS, session 14)
    "told_how",
    # a medicine not for a group of people, a contraindication and no order: self-
    # medication (disclaimers.KIND_LISTS, recall19)
    "group_contraindications",
    # a medicine's legal status, prescription only (regulators.prescription_only)
    "prescription_status",
    # other legal statuses: controlled, a restricted programme, an unlicensed import,
    # illegal to import, off-label; not funded; reported to a regulator
    # (regulators.legal_status)
    "legal_statuses", "funding_words", "report_verbs",
    # a reporting scheme named instead of its regulator ("New Zealand's adverse reactions
    # centre", "le portail de signalement"): a report there is a notice too (side20)
    "reporting_schemes",
    # taking or using after a negated modal: a contraindication (concepts.self_medication)
    "taking_acts", "contra_modals", "substitutes",
    # keeping it from children: the overdose its reason names stays a side effect
    # (disclaimers._sentence_kinds, like a combination's harm)
    "storage_orders",
    # a combination forbidden: its harm stays a side effect (disclaimers._sentence_kinds)
    "combinations",
    # a service named to contact, no number given (concepts.service_condition)
    "service_contacts",
    # symptoms said to be the illness's, or said not to be the treatment's
    # (concepts.symptoms_of_the_illness; traps10, session 10)
    "illness_attributions", "not_the_treatment",
    # an illness the subject of a harm ("Psoriasis itself can cause joint pain"), the same
    # function (rules16, session 14)
    "illness_harms",
    # a harm said of the short noun phrase opening a sentence ("Heavy bleeding can leave
    # you exhausted"): a symptom's or the treated illness's, not a treatment's, when that
    # phrase is one (concepts.harm_subject; rules18, session 17), and the words before an
    # illness a treatment is for (concepts.illness_treated)
    "subject_harms", "illness_leads",
    # an illness named before the words that protect against it ("FSME-Impfung", "the flu
    # vaccine"), the definite articles the `articles` and `determiners` lists leave out
    # ("contra la malaria"; also evidence._second_group), and the words that end a harm's
    # subject before its setting ("Sunburn | in childhood"; concepts.illness_treated, side20)
    "illness_trails", "subject_settings", "definite_articles",
    # an allergy the reader has, a condition: no side effect unless a harm is said
    # (disclaimers.KIND_EXCEPTIONS, side20)
    "allergy_conditions",
    # an order to see a professional or go to a service, an illness's red flags: a referral
    # (concepts.referral, rules16, session 14)
    "referral_orders", "referral_duties", "referral_not",
    # the reader's mood to bring to a professional (concepts.mood_referral)
    "mood_referrals", "referral_conditions",
    # hype conceded then undercut ("sounds amazing, but…"; sources/claims.py), and a
    # page's furniture no claim: greetings, thanks, advert labels at a sentence's start,
    # a forum or site saying what it is not (sources/claims.is_claim_like; traps10)
    "appearance_verbs", "concession_contrasts", "furniture_openers", "site_disclaimers",
    # a harm said by its frame, whatever its name: reported with the treatment, rare but
    # serious, never had before it (concepts.side_effect_extras; traps10)
    "harm_frames",
    # a warning sign by its frame: "if <a sign of harm>, stop using it" (side11, session 11;
    # concepts.stop_signs)
    "stop_on_signs", "sign_words",
    # an order to stop or take off the treatment opening a clause, whatever follows it
    # ("Stop use and see a doctor if…", "Suspenda el jarabe y…"): self-medication
    # (concepts.stop_order, selfmed20)
    "stop_orders",
    # an order to avoid something opening a clause ("Avoid ibuprofen if…", "Evite la
    # codeína…", "Évitez le soleil…", "Meiden Sie…"): self-medication (concepts.avoid_order)
    "avoid_orders", "avoided_not",
    # the writer's doubt beside a hearsay ("…, which is why I'm confused"): the hype they
    # read is reported, not said (sources/claims.flag_claim; traps10)
    "hearsay_doubts",
    # a page's furniture said anywhere in a sentence: moderation, "view in your browser",
    # a site describing itself, an offer (sources/claims.is_claim_like; traps11)
    "site_furniture", "poison_words", "denial_relatives", "quoted_mentions",
    # read in every language (pattern_in_every_language): "only" and a reader's modal
    # around a professional's say, a site's educational legend (sources/disclaimers.py)
    "only_words", "reader_modals", "educational_legends",
    # advertising told as such, beside a quotation (sources/concepts.seller_talk)
    "advertising_words",
    # the word between a text word and a bare number ("SMS al 31393"; sources/contacts.py)
    "text_prepositions",
    # evidence levels, read in every language (summarizer/evidence.py): a sentence pointing
    # back, a study named before, a result as a share or comparison, none of a group
    # given something, a study not mentioned before opening a sentence
    "continuing_openers", "earlier_determiners", "earlier_study_nouns", "earlier_participants",
    "percent_words", "result_phrases", "none_given", "new_study_leads",
    "new_study_determiners",
    # the design vocabulary read in every language (evidence._vocab): a fake
    # treatment, a group, a comparison or control group's first word, what only a study
    # compares with, a trial's noun or act, a comparing verb, a comparison in words, a
    # denial cue before or after, a lab as a place, a comparison with a hope
    "fake_treatment_cues", "group_cues", "comparison_group_cues", "study_only_cues",
    "trial_nouns", "compare_verbs", "comparison_words", "negative_cues", "denied_after",
    "bare_lab_leads", "bare_lab_words", "than_hoped",
    # site furniture said anywhere in a short line, and a forum's reminder of its rules
    # (sources/boilerplate.strong), read in every language
    "page_furniture", "forum_reminders", "this_forum",
)


class MissingRules(LookupError):
    """A language has no word lists, or lacks some: names the language and what is missing."""

    def __init__(self, lang: str, missing: tuple[str, ...], *, no_file: bool = False) -> None:
        self.lang = lang
        self.missing = missing
        self.no_file = no_file
        where = f"summarizer/rulebook/words/{lang}.toml"
        if no_file:
            msg = f"no word lists for language {lang!r} (add {where}; see en.toml)"
        else:
            msg = f"{where} lacks: {', '.join(missing)}"
        super().__init__(msg)


def _alternation(entries: tuple[str, ...]) -> str:
    # Longest first, so "most exciting" is reported rather than a shorter entry inside it.
    return "|".join(sorted(entries, key=len, reverse=True))


_ESCAPE_OR_TEXT = re.compile(r"(\\.)|[^\\]+", re.DOTALL)


# Letters `re` matches under IGNORECASE although str.lower() keeps them apart (CPython's
# re/_casefix.py, "extra cases": long s and s, micro sign and mu, dotless i and i, Greek
# and Cyrillic letter variants): each maps to one member of its class, on both sides.
_CASE_FOLDS = str.maketrans(
    "\u0131\u017f\u03bc\u03c3\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1e9b\u03b9\u1fbe\u1fd3\u1fe3\ua64b\ufb06",
    "is\xb5\u03c2\u03b2\u03b8\u03c6\u03c0\u03ba\u03c1\u03b5\u0432\u0434\u043e\u0441\u0442\u0442\u044a\u0463\u1e61\u0345\u0345\u0390\u03b0\u1c88\ufb05")
# escapes that write a letter by its code (its case is unknown until compiled)
_CODED_LETTER = re.compile(r"\\(?:[xuUN0-7])")


_FOLDED_LETTER = re.compile(f"[{re.escape(''.join(map(chr, _CASE_FOLDS)))}]")


def _fold(text: str) -> str:
    low = text.lower()
    return low.translate(_CASE_FOLDS) if _FOLDED_LETTER.search(low) else low


@lru_cache(maxsize=256)  # one sentence is looked up in some 60 lists in a row
def _folded_text(text: str) -> str | None:
    """`text` lowercased and folded as `re` folds, or None when lowercasing changes its
    length (offsets would not line up)."""
    low = _fold(text)
    return low if len(low) == len(text) else None


def _lowercase_pattern(pattern: str) -> str:
    """`pattern` with its literal letters lowercased (and folded as `re` folds them) and
    every escape kept as written (`\\W` stays `\\W`): matched without IGNORECASE against
    text folded the same way, it finds what `pattern` finds with IGNORECASE in the text."""
    return _ESCAPE_OR_TEXT.sub(lambda m: m.group(1) or _fold(m.group(0)), pattern)


_NEVER = re.compile(r"(?!x)x")
_MAXPOS = 2**63 - 1


class CaselessPattern:
    """A word list's IGNORECASE pattern that first looks for a match in the lowercased
    text with a case-sensitive copy, about five times faster in CPython's `re` (which
    folds the case of every character it compares under IGNORECASE). Most sentences
    hold no entry of most lists; only when the copy finds one does the IGNORECASE
    pattern run, so matches, offsets and the words as written are exactly those of
    `re.compile(pattern, re.IGNORECASE)`. The methods the rulebook's readers use
    (search, match, fullmatch, finditer, findall, sub) and `.pattern` are offered."""

    __slots__ = ("_exact", "_fast", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._exact: re.Pattern[str] | None = None  # compiled when first needed
        low = _lowercase_pattern(pattern)
        # a pattern switching case-folding on or off itself is only ever run as written
        plain = (len(low) == len(pattern) and "(?-i" not in pattern and "(?i" not in pattern
                 and not _CODED_LETTER.search(pattern))
        self._fast = regex_store.compile(low) if plain else None

    @property
    def exact(self) -> re.Pattern[str]:
        """The pattern itself, with IGNORECASE."""
        if self._exact is None:
            self._exact = regex_store.compile(self.pattern, re.IGNORECASE)
        return self._exact

    @property
    def flags(self) -> int:
        return self.exact.flags

    def _lowered(self, text: str) -> str | None:
        """The text lowercased, or None when lowercasing changes its length (offsets
        would not line up) or the pattern has no lowercase copy."""
        if self._fast is None:
            return None
        return _folded_text(text)

    def search(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> re.Match[str] | None:
        low = self._lowered(text)
        if low is None:
            return self.exact.search(text, pos, endpos)
        found = self._fast.search(low, pos, endpos)  # type: ignore[union-attr]
        # the copy found where the leftmost match starts: the pattern matches right there
        if found is None:
            return None
        m = self.exact.match(text, found.start(), endpos)
        return m if m is not None else self.exact.search(text, pos, endpos)  # never seen

    def match(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> re.Match[str] | None:
        low = self._lowered(text)
        if low is not None and self._fast.match(low, pos, endpos) is None:  # type: ignore[union-attr]
            return None
        return self.exact.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> re.Match[str] | None:
        low = self._lowered(text)
        if low is not None and self._fast.fullmatch(low, pos, endpos) is None:  # type: ignore[union-attr]
            return None
        return self.exact.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _MAXPOS
                 ) -> Iterator[re.Match[str]]:
        low = self._lowered(text)
        if low is None:
            yield from self.exact.finditer(text, pos, endpos)
            return
        for found in self._fast.finditer(low, pos, endpos):  # type: ignore[union-attr]
            m = self.exact.match(text, found.start(), endpos)
            if m is None or m.end() != found.end():  # never seen; stay exact if it happens
                yield from self.exact.finditer(text, found.start(), endpos)
                return
            yield m

    def findall(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> list:
        return [] if self.search(text, pos, endpos) is None else self.exact.findall(
            text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return text if self.search(text) is None else self.exact.sub(repl, text, count)


@dataclass(frozen=True)
class WordList:
    """One list of one language; `pattern` matches any entry as whole words."""

    name: str
    lang: str
    entries: tuple[str, ...]

    @cached_property
    def pattern(self) -> CaselessPattern | re.Pattern[str]:
        if not self.entries:
            return _NEVER  # matches nothing
        return CaselessPattern(rf"\b(?:{_alternation(self.entries)})\b")

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def find(self, text: str) -> list[str]:
        """The entries' matches as written, first occurrence order, no duplicates."""
        return list(dict.fromkeys(m.group(0) for m in self.pattern.finditer(text)))

    def ends(self, text: str) -> bool:
        """Does `text` end with an entry (a negation or softener just before a word)?"""
        return self._tail.search(text) is not None

    @cached_property
    def _tail(self) -> CaselessPattern | re.Pattern[str]:
        if not self.entries:
            return _NEVER
        return CaselessPattern(rf"\b(?:{_alternation(self.entries)})\W*$")


@dataclass(frozen=True)
class Language:
    lang: str
    lists: dict[str, WordList]
    number_words: dict[str, float]
    units: dict[str, str]
    fractions: dict[str, float]
    multiplier_words: dict[str, float]
    meaning_checks: bool = False  # polarity/hedges/population comparable across languages
    # the language writes every noun with a capital ("das Wunder"): a capital inside a
    # sentence does not make a word a name (sources/claims.py, hype only a name)
    nouns_capitalised: bool = False
    # the shortest first part of a compound of two common words ("auf" + "kratzen"): four
    # letters a side keeps a brand ("Proscar": "pro" + "scar") a name (gate FAITH-DRUG)
    compound_first_letters: int = 4
    # the subject may follow its verb ("debe seguirlo un especialista", "betreut Sie
    # unsere Diabetesberaterin"): sources/concepts.py looks for a carer after a care act too
    subject_after_verb: bool = False

    def __getitem__(self, name: str) -> WordList:
        try:
            return self.lists[name]
        except KeyError:
            raise MissingRules(self.lang, (name,)) from None


def _read_toml(path: Path) -> dict:
    """The file's data, parsed once per content: tomllib takes ~55 ms of CPU for the word
    files a command reads (the gate reads every language's), the same data kept as JSON
    in the user's cache (usercache, keyed by the bytes' digest; tables in the file's
    order) ~5 ms."""
    import hashlib
    import sys
    import tomllib

    from summarizer import usercache
    from summarizer.errors import UserError

    raw = path.read_bytes()
    key = f"{hashlib.sha256(raw).hexdigest()} {sys.version_info[:2]}"
    kept = usercache.read_entry("toml", key)
    if isinstance(kept, dict):
        return kept
    try:
        data = tomllib.loads(raw.decode())  # what tomllib.load does with the file
    except tomllib.TOMLDecodeError as exc:  # a word list a clinic added by hand
        raise UserError(f"invalid word lists: {exc}", str(path)) from None
    usercache.write_entry("toml", key, data, keep_order=True)  # tables are read in order
    return data


def words_dirs() -> list[Path]:
    """Where word lists are looked for, first found wins: the user's and the site's data
    folders (platformdirs: on Linux $XDG_DATA_HOME/summarizer/rulebook/words, then each
    of $XDG_DATA_DIRS), then the package's. A clinic adds a language there, without
    touching the installed package (hook for the langs engineer)."""
    from summarizer.data_folders import clinic_words_dirs

    return [*clinic_words_dirs(), WORDS_DIR]


def word_file(lang: str) -> Path | None:
    """The word-list file for a base language, from the first folder of words_dirs()."""
    return next((d / f"{lang}.toml" for d in words_dirs() if (d / f"{lang}.toml").is_file()),
                None)


def languages() -> tuple[str, ...]:
    """Languages with a word-list file."""
    return tuple(sorted({p.stem for d in words_dirs() for p in d.glob("*.toml")}))


def complete_languages() -> tuple[str, ...]:
    """Languages whose word file has every required list: the ones a reader that does not
    know a text's language reads all of. A clinic's file holding only some lists (crisis
    words for Italian) serves the readers that ask for those lists (in_every_language),
    and no one asks it for the rest."""
    return tuple(lang for lang in languages() if not missing_lists(lang))


@cache
def _language_data(lang: str) -> dict | None:
    path = word_file(lang)
    if path is None:
        return None
    return _read_toml(path)


def missing_lists(locale: str) -> tuple[str, ...]:
    """What the locale's language lacks ("" entries mean nothing is missing).

    Returns every required list and table name when there is no file at all.
    """
    data = _language_data(base_language(locale))
    if data is None:
        return REQUIRED_LISTS + REQUIRED_TABLES
    return tuple(n for n in REQUIRED_LISTS + REQUIRED_TABLES if n not in data)


@cache
def language(locale: str) -> Language:
    """The word lists for a locale's language; MissingRules if the file or a list is absent."""
    lang = base_language(locale)
    data = _language_data(lang)
    if data is None:
        raise MissingRules(lang, REQUIRED_LISTS + REQUIRED_TABLES, no_file=True)
    missing = missing_lists(lang)
    if missing:
        raise MissingRules(lang, missing)
    lists = {name: WordList(name, lang, tuple(data[name])) for name in REQUIRED_LISTS}
    lists.update(
        (name, WordList(name, lang, tuple(data.get(name, ())))) for name in OPTIONAL_LISTS
    )
    return Language(
        lang, lists,
        {str(k).casefold(): float(v) for k, v in data["number_words"].items()},
        {str(k).casefold(): str(v) for k, v in data["units"].items()},
        {str(k).casefold(): float(v) for k, v in data["fractions"].items()},
        {str(k).casefold(): float(v) for k, v in data["multiplier_words"].items()},
        bool(data.get("meaning_checks", False)),
        bool(data.get("nouns_capitalised", False)),
        int(data.get("compound_first_letters", 4)),
        bool(data.get("subject_after_verb", False)),
    )


@cache
def in_every_language(name: str) -> tuple[str, ...]:
    """The entries of list `name` in every language with a word file (each once): for
    readers that do not know a text's language, such as a phone number's surroundings.
    Each entry is checked: a file whose list is not a list of regular expressions is a
    UserError naming the file, the list and the entry."""
    from summarizer.errors import UserError

    out: dict[str, None] = {}
    for lang in languages():
        data = _language_data(lang) or {}
        entries = data.get(name, [])
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise UserError(f"{name} must be a list of strings", str(word_file(lang)))
        for entry in entries:
            try:
                regex_store.compile(entry)
            except re.error as exc:
                raise UserError(f"{name}: {entry!r} is not a valid pattern ({exc})",
                                str(word_file(lang))) from None
            out.setdefault(entry, None)
    return tuple(out)


@cache
def pattern_in_every_language(template: str, *names: str) -> CaselessPattern:
    """`template` with its i-th `{}` filled by the entries of list `names[i]` in every
    language (in_every_language: file order, each entry keeping the `\\b` it writes),
    compiled once per load and case-insensitive: for a module's pattern whose words a
    text of any language may use ("only", "nur", "seulement"). An empty list fills its
    place with what matches nothing. `{{` and `}}` write braces."""
    fills = ("|".join(in_every_language(n)) or r"(?!x)x" for n in names)
    return CaselessPattern(template.format(*fills))


@cache
def table_in_every_language(name: str, patterns: bool = True) -> dict[str, tuple[str, ...]]:
    """Table `name` of every language's word file, merged: key -> its entries (a string
    value is one entry; the same key in two languages gets both's), languages in order.
    With `patterns`, each entry must compile; a UserError line names the file otherwise."""
    from summarizer.errors import UserError

    out: dict[str, dict[str, None]] = {}
    for lang in languages():
        table = (_language_data(lang) or {}).get(name, {})
        if not isinstance(table, dict):
            raise UserError(f"[{name}] must be a table", str(word_file(lang)))
        for key, value in table.items():
            entries = [value] if isinstance(value, str) else value
            if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
                raise UserError(f"[{name}] {key}: must be a string or a list of strings",
                                str(word_file(lang)))
            for entry in entries:
                if patterns:
                    try:
                        regex_store.compile(entry)
                    except re.error as exc:
                        raise UserError(f"[{name}] {key}: {entry!r} is not a valid pattern "
                                        f"({exc})", str(word_file(lang))) from None
                out.setdefault(str(key), {}).setdefault(entry, None)
    return {key: tuple(entries) for key, entries in out.items()}


def section(locale: str, name: str) -> dict:
    """An optional table of a language's file (`section("en", "faithfulness")`), {} when
    the language or the table is absent: for checks that say themselves what they skip."""
    data = _language_data(base_language(locale))
    value = data.get(name) if data else None
    return value if isinstance(value, dict) else {}


def section_lists(locale: str, name: str, keys: tuple[str, ...]) -> dict[str, WordList] | None:
    """The lists `keys` of a language's optional table `name`, with its negation list
    under "negation"; None when the language has no such table or no word lists (the
    gate's FAITH-FORCE and FAITH-DIRECTION then check nothing in it)."""
    table = section(locale, name)
    if not table:
        return None
    try:
        negation = language(locale)["negation"]
    except MissingRules:
        return None
    lists = {key: WordList(f"{name}.{key}", locale, tuple(table.get(key, ()))) for key in keys}
    return {**lists, "negation": negation}


@cache
def numerals(locale: str) -> dict:
    """Number words and units of a language that has no word-list file yet (numerals.toml):
    enough to compare a translation's numbers with its source's. {} when none."""
    data = _read_toml(HERE / "numerals.toml")
    value = data.get(base_language(locale))
    return value if isinstance(value, dict) else {}


def words(locale: str, name: str) -> WordList:
    """One list (`words("en", "hype")`); MissingRules when the language lacks it."""
    return language(locale)[name]


# --------------------------------------------------------------------------- regions


@dataclass(frozen=True)
class Line:
    """A phone or text line: crisis, emergency or treatment referral."""

    number: str  # short-code digits, or E.164
    region: str
    role: str  # crisis | emergency | treatment-referral
    label: str
    channels: tuple[str, ...] = ("call",)
    serves: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()
    dialled_in: tuple[str, ...] = ()  # other regions where a bare mention is this line

    @property
    def short(self) -> bool:
        return not self.number.startswith("+")


@dataclass(frozen=True)
class Regulator:
    name: str
    region: str
    aliases: tuple[str, ...]
    terms: tuple[str, ...] = ()

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return regex_store.compile("|".join(self.aliases))


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    lines: tuple[Line, ...] = ()
    regulators: tuple[Regulator, ...] = ()
    eu: bool = False
    hints: tuple[str, ...] = ()  # regular expressions: a text speaks of this country
    named_by_regulators: bool = False  # ... and so does one naming its regulators

    @cached_property
    def hint(self) -> re.Pattern[str] | None:
        patterns = self.hints + (tuple(a for g in self.regulators for a in g.aliases)
                                 if self.named_by_regulators else ())
        return regex_store.compile("|".join(patterns)) if patterns else None

    def crisis_lines(self) -> tuple[Line, ...]:
        return tuple(ln for ln in self.lines if ln.role == "crisis")


@dataclass(frozen=True)
class Regions:
    by_code: dict[str, Region]
    eu_members: frozenset[str] = field(default_factory=frozenset)
    hint_order: tuple[str, ...] = ()

    def named_in(self, text: str) -> str:
        """The first region (in `hint_order`) whose hints `text` holds, or ""."""
        for code in self.hint_order:
            hint = self.by_code[code].hint
            if hint is not None and hint.search(text):
                return code
        return ""

    def get(self, code: str) -> Region | None:
        return self.by_code.get((code or "").upper())

    def lines(self) -> tuple[Line, ...]:
        """Every line of every region, in file order."""
        return tuple(ln for r in self.by_code.values() for ln in r.lines)

    def regulators(self) -> tuple[Regulator, ...]:
        return tuple(g for r in self.by_code.values() for g in r.regulators)

    def regulators_for(self, code: str) -> tuple[Regulator, ...]:
        """The region's own regulators, and the EMA's for an EU member."""
        code = (code or "").upper()
        wanted = [code] + (["EU"] if code in self.eu_members else [])
        return tuple(g for c in wanted if (r := self.by_code.get(c)) for g in r.regulators)

    @cached_property
    def _emergency(self) -> frozenset[str]:
        return frozenset(ln.number for ln in self.lines() if ln.role == "emergency")

    def emergency_numbers(self) -> frozenset[str]:
        """Every number some region lists as an emergency line."""
        return self._emergency

    def crisis_numbers(self, code: str) -> frozenset[str]:
        region = self.get(code)
        return frozenset(ln.number for ln in region.crisis_lines()) if region else frozenset()

    def home_region(self, number: str) -> str:
        """Where a bare mention of a short code is assumed to be: the first region listing it."""
        return next((ln.region for ln in self.lines() if ln.number == number), "")

    def emergency_lines(self, code: str) -> tuple[Line, ...]:
        """The region's own emergency lines, and the EU's (112) for a member state."""
        code = (code or "").upper()
        wanted = [code] + (["EU"] if code in self.eu_members else [])
        return tuple(ln for c in wanted if (r := self.by_code.get(c))
                     for ln in r.lines if ln.role == "emergency")


def is_emergency_number(number: str, region: str = "") -> bool:
    """Is `number` an emergency number (911, 112, 999, 000): one that works but is no
    crisis line? THE definition: the sources pipeline and the gate both ask here.

    With a region (the gate: a handout's region is known): a crisis line the rulebook
    lists for the region is never "the emergency number" (regions.toml is what we
    vouch for, with a cited source); an emergency line it lists for the region (or the
    EU's 112 for a member) is one; for any other number phonenumbers decides, because
    its metadata carries every country's emergency numbers from the national numbering
    plans (110 in Germany, 15/17/18 in France) and the rulebook lists only a few.

    Without a region (the sources pipeline: an article may not say which country a bare
    "call 112" is in): any region the rulebook knows lists it as an emergency line.
    The pipeline only ever finds short codes the rulebook lists, so nothing else can
    reach this question there.
    """
    digits = re.sub(r"[^\d*#]", "", number or "")  # a star code ("*4141") keeps its star
    if not digits or (number or "").strip().startswith("+"):
        return False  # a full international number is never a bare emergency code
    book = regions()
    if not region:
        return digits in book.emergency_numbers()
    if digits in book.crisis_numbers(region):
        return False
    if any(ln.number == digits for ln in book.emergency_lines(region)):
        return True
    import phonenumbers

    return phonenumbers.is_emergency_number(digits, region.upper())


# The keys regions.toml may hold (see its header), and what each must be ("strings": a
# list of strings).
_REGION_FILE_KEYS = {"eu": dict, "regions": dict, "hint_order": "strings"}
_REGION_KEYS = {"name": str, "lines": list, "regulators": list, "hints": "strings",
                "named_by_regulators": bool}
_LINE_KEYS = {"number": str, "spellings": "strings", "role": str, "label": str,
              "channels": "strings", "serves": "strings", "keywords": "strings",
              "dialled_in": "strings"}
_REGULATOR_KEYS = {"name": str, "aliases": "strings", "terms": "strings"}
_ROLES = ("crisis", "emergency", "treatment-referral")
_CHANNELS = ("call", "text", "chat")


def _check_table(table: object, keys: dict[str, type | str], required: tuple[str, ...],
                 where: str) -> None:
    """A UserError naming `where` for a table that is not one, an unknown key, a missing
    one, or a value of the wrong type."""
    from summarizer.errors import UserError

    if not isinstance(table, dict):
        raise UserError(f"{where} must be a table")
    for key, value in table.items():
        kind = keys.get(key)
        if kind is None:
            raise UserError(f"{where}: unknown key {key!r} (known: {', '.join(keys)})")
        if kind == "strings":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise UserError(f"{where}: {key!r} must be a list of strings")
        elif not isinstance(value, kind):  # type: ignore[arg-type]
            raise UserError(f"{where}: {key!r} must be a {kind.__name__}")  # type: ignore[union-attr]
    missing = [k for k in required if k not in table]
    if missing:
        raise UserError(f"{where}: missing {', '.join(map(repr, missing))}")


def _check_pattern(pattern: str, where: str) -> None:
    """A UserError naming `where` for a pattern a clinic wrote that does not compile."""
    from summarizer.errors import UserError

    try:
        regex_store.compile(pattern)
    except re.error as exc:
        raise UserError(f"{where}: {pattern!r} is not a valid pattern ({exc})") from None


def _checked_regions(data: dict, path: Path) -> dict:
    """regions.toml as read, after checking every key (a clinic adds a country by hand:
    a misspelt key or a pattern that does not compile is one clear line, never a
    region silently without its crisis line)."""
    from summarizer.errors import UserError

    _check_table(data, _REGION_FILE_KEYS, (), f"{path}")
    for code, raw in data.get("regions", {}).items():
        where = f"{path}: [regions.{code}]"
        _check_table(raw, _REGION_KEYS, (), where)
        for i, ln in enumerate(raw.get("lines", ()), 1):
            at = f"{where} line #{i} [lines]"
            _check_table(ln, _LINE_KEYS, ("number",), at)
            if ln.get("role", "crisis") not in _ROLES:
                raise UserError(f"{at}: role {ln['role']!r} is not one of {', '.join(_ROLES)}")
            bad = [c for c in ln.get("channels", ()) if c not in _CHANNELS]
            if bad:
                raise UserError(f"{at}: channel {bad[0]!r} is not one of {', '.join(_CHANNELS)}")
        for i, g in enumerate(raw.get("regulators", ()), 1):
            _check_table(g, _REGULATOR_KEYS, ("name", "aliases"),
                         f"{where} regulator #{i} [regulators]")
        for pattern in (*raw.get("hints", ()),
                        *(a for g in raw.get("regulators", ()) for a in g["aliases"])):
            _check_pattern(pattern, where)
    order = data.get("hint_order", [])
    known = data.get("regions", {})

    def hinted(raw: dict) -> bool:
        return bool(raw.get("hints") or raw.get("named_by_regulators"))

    for code in order:
        if not hinted(known.get(code, {})):
            raise UserError(f"{path}: hint_order names {code!r}, which has no hints")
    unordered = [c for c, raw in known.items() if hinted(raw) and c not in order]
    if unordered:
        raise UserError(f"{path}: [regions.{unordered[0]}] has hints but is not in hint_order")
    return data


@cache
def regions() -> Regions:
    data = _checked_regions(_read_toml(REGIONS_FILE), REGIONS_FILE)
    members = frozenset(data.get("eu", {}).get("members", ()))
    by_code: dict[str, Region] = {}
    for code, raw in data.get("regions", {}).items():
        lines = tuple(
            Line(number=str(ln["number"]), region=code, role=ln.get("role", "crisis"),
                 label=ln.get("label", ""), channels=tuple(ln.get("channels", ("call",))),
                 serves=tuple(ln.get("serves", ())), keywords=tuple(ln.get("keywords", ())),
                 spellings=tuple(ln.get("spellings", ())) or (str(ln["number"]),),
                 dialled_in=tuple(ln.get("dialled_in", ())))
            for ln in raw.get("lines", ()))
        regs = tuple(Regulator(g["name"], code, tuple(g["aliases"]), tuple(g.get("terms", ())))
                     for g in raw.get("regulators", ()))
        by_code[code] = Region(code, raw.get("name", code), lines, regs, code in members,
                               tuple(raw.get("hints", ())),
                               bool(raw.get("named_by_regulators", False)))
    return Regions(by_code, members, tuple(data.get("hint_order", ())))


_ON_RELOAD: list[Callable[[], None]] = []


def on_reload(forget: Callable[[], None]) -> None:
    """Have reload() call `forget` too: a module that keeps what it built from the word
    lists (compiled patterns, results) registers how to forget it (this package imports
    nothing of ours, so it cannot clear their caches itself)."""
    _ON_RELOAD.append(forget)


def reload() -> None:
    """Forget every file read: the next question reads the data again (tests, and a
    long-running process after a clinic edited its word lists), and what other modules
    built from it (on_reload)."""
    for cached in (_language_data, language, numerals, regions, drugs, in_every_language,
                   table_in_every_language, pattern_in_every_language):
        cached.cache_clear()
    for forget in _ON_RELOAD:
        forget()


# --------------------------------------------------------------------------- drugs


@dataclass(frozen=True)
class Drugs:
    """Drug names in every language, each form mapped to its canonical name."""

    forms: dict[str, str]  # regex form -> canonical name
    stems: tuple[str, ...] = ()  # INN endings: a drug not listed is still a drug
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # combination -> drugs

    @cached_property
    def _stem_pattern(self) -> re.Pattern[str]:
        if not self.stems:
            return re.compile(r"(?!x)x")
        return regex_store.compile(rf"\b[^\W\d_]{{2,}}(?:{_alternation(self.stems)})\b",
                                   re.IGNORECASE)

    def drug_like(self, text: str) -> dict[str, str]:
        """Words shaped like a drug's INN ("methylphenidate") that are not listed:
        casefolded -> as written."""
        out: dict[str, str] = {}
        for m in self._stem_pattern.finditer(text):
            word = m.group(0)
            if len(word) >= 7 and not self.pattern.fullmatch(word):
                out.setdefault(word.casefold(), word)
        return out

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return regex_store.compile(rf"\b(?:{_alternation(tuple(self.forms))})\b",
                                   re.IGNORECASE)

    def canonical(self, written: str) -> str:
        """The drug a matched form names: the first form (longest first, then in file
        order) that matches it whole. A plain ASCII word form that differs from `written`
        in more than case cannot match and is skipped uncompiled; the rest are compiled
        as the scan reaches them, and each answer is kept (compiling all ~180 forms up
        front cost ~15 ms of every run)."""
        known = self._names.get(written)
        if known is None:
            low = written.lower() if written.isascii() else None
            known = next((n for form, n, plain in self._order
                          if not (plain and low is not None and form.lower() != low)
                          and _whole(form).match(written)), written.lower())
            self._names[written] = known
        return known

    @cached_property
    def _names(self) -> dict[str, str]:
        return {}

    @cached_property
    def _order(self) -> tuple[tuple[str, str, bool], ...]:
        # longest form first: "艾司氯胺酮" (esketamine) also matches ketamine's "\w*氯胺酮\w*"
        # (form, name, plain: ASCII letters, digits and spaces only, so (?i) is lower())
        return tuple((form, name, form.isascii() and form.replace(" ", "").isalnum())
                     for form, name in sorted(self.forms.items(), key=lambda f: -len(f[0])))

    def named(self, text: str) -> dict[str, str]:
        """canonical name -> the form as written, for every drug `text` names (a
        combination's brand names each of its parts)."""
        out: dict[str, str] = {}
        for m in self.pattern.finditer(text):
            written = m.group(0)
            name = self.canonical(written)
            for part in self.parts.get(name, (name,)):
                out.setdefault(part, written)
        return out


@cache
def _whole(form: str) -> re.Pattern[str]:
    return regex_store.compile(rf"(?i)^(?:{form})$")


@cache
def drugs() -> Drugs:
    """The package's drugs.toml, then each data folder's (words_dirs' parents: a clinic
    adds a drug, or a form of a listed one, without touching the installed package)."""
    forms: dict[str, str] = {}
    stems: list[str] = []
    parts: dict[str, tuple[str, ...]] = {}
    extra = [d.parent / "drugs.toml" for d in words_dirs()[:-1]]
    for path in [HERE / "drugs.toml", *(p for p in reversed(extra) if p.is_file())]:
        data = _read_toml(path)
        for name, its_forms, its_parts in _checked_drugs(data, path):
            forms.update(dict.fromkeys(its_forms, name))
            if its_parts:
                parts[name] = its_parts
        stems += [str(s) for s in data.get("inn_stems", ())]
    return Drugs(forms, tuple(dict.fromkeys(stems)), parts)


_DRUG_KEYS = {"name": str, "forms": "strings", "parts": "strings"}


def _checked_drugs(data: dict, path: Path) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(name, forms, parts) of each [[drug]], checked as regions.toml is (_check_table,
    _check_pattern): a clinic's drug with no name, a misspelt key, forms that are not a
    list of strings or a form that is no valid pattern is one clear line naming the file."""
    from summarizer.errors import UserError

    out = []
    for i, d in enumerate(data.get("drug", ()), 1):
        where = f"{path}: drug #{i} [[drug]]"
        _check_table(d, _DRUG_KEYS, ("name",), where)
        if not d["name"]:
            raise UserError(f"{where}: 'name' is empty")
        for form in d.get("forms", ()):
            _check_pattern(form, where)
        out.append((d["name"], tuple(d.get("forms", ())), tuple(d.get("parts", ()))))
    return out
