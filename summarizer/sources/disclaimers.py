"""Candidate disclaimers: the safety statements a handout must carry, found in sources.

Kinds: crisis-line (with parsed contacts), regulatory (NOT-approved notices only; an
approval is never reported, see regulators.py), supervision, self-medication,
side-effects, educational. Boilerplate is NOT excluded here: a crisis line or an
"educational purposes only" notice often sits in a page footer. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from summarizer import rulebook
from summarizer.learned.features import neighbours
from summarizer.learned.notices import LEARNED, NOTHING, NoticeModel, Reading
from summarizer.learned.notices import current as current_model
from summarizer.model import CandidateDisclaimer, Contact, Cue, Sentence, Span
from summarizer.sources import concepts
from summarizer.sources.boilerplate import is_link_list
from summarizer.sources.contacts import (
    Found,
    add_channel,
    channels_named,
    continues,
    crisis_words,
    describes_a_line,
    find_contacts,
    inherit,
    is_emergency_number,
    keeps_a_number,
    poisons_only,
    region_hint,
)
from summarizer.sources.language import guess_language
from summarizer.sources.regulators import (  # the regulatory rules' own readings
    RegulatoryStatement,
    approved_by_another,
    denied_status,
    denies,
    legal_status,
    names_a_regulator,
    off_label_history,
    prescription_only,
    regulator_named,
    regulator_warning,
    regulatory_statements,
    says_a_use,
    says_an_approval,
    unattributed_not_approved,
)

_I = re.IGNORECASE
# Kind -> the rulebook lists whose words make a sentence that kind of notice (the words
# themselves live in summarizer/rulebook/words/<lang>.toml). Precautions after a dose
# ("do not drive until the next day", "someone must drive you home") are supervision.
KIND_LISTS: dict[str, tuple[str, ...]] = {
    "supervision": ("supervision", "precaution"),
    # (a medicine not for a group of people, "not for people with stomach ulcers": a
    # contraindication, no order; recall19)
    "self-medication": ("self_medication", "group_contraindications"),
    "side-effects": ("side_effects",),
}
# Lists whose matches are removed first: "reduces side effects" states no side effect;
# "for side effects, read the leaflet and ask your pharmacist" states none and forbids
# nothing. A sentence with such a match is not that kind for the model either.
KIND_EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "side-effects": ("side_effects_not", "referrals", "allergy_conditions"),
    # "Don't drink alcohol…" beside a driving precaution: that precaution's (see
    # _alcohol_alone); "the prescriber would need to check his heart rate before
    # starting": the clinician's check, no order to the reader
    "self-medication": ("referrals", "not_medicine_orders", "care_checks"),
    # "Your doctor will tell you how to lower the dose": told, not watched (session 14)
    "supervision": ("told_how",),
}
def educational() -> rulebook.CaselessPattern:
    """A site's legend, "for educational purposes only" and the like: furniture more than
    safety, not measured by the honesty benchmark (the word lists' `educational_legends`,
    every language; compiled once per rulebook load)."""
    return rulebook.pattern_in_every_language(r"\b(?:{})", "educational_legends")


def _rules(lang: str) -> rulebook.Language:
    """The language's lists, or English when the rulebook has none for it."""
    try:
        return rulebook.language(lang)
    except rulebook.MissingRules:
        return rulebook.language("en")


@lru_cache(maxsize=16)
def _improvements(lang: str) -> rulebook.WordList:
    """The words of an improvement ("lasting improvement", "una mejoría"): the
    faithfulness table's `change_better_words`, the one list of them (forgotten when the
    rulebook reloads)."""
    return rulebook.WordList("change_better_words", lang, tuple(
        rulebook.section(lang, "faithfulness").get("change_better_words", ())))


rulebook.on_reload(_improvements.cache_clear)


# Kinds whose sentences are not offered as claims as well (side effects are both: a
# risk is something the handout states, and something it must warn about).
NOT_CLAIMS = frozenset(
    {"crisis-line", "regulatory", "supervision", "self-medication", "educational"}
)
_WITHOUT = re.compile(r"(?:without|sin|sans|ohne)\b", _I)


_TO_BEFORE = re.compile(r"\bto\s+$", _I)


def _alcohol_alone(sentence: str, rules: rulebook.Language) -> tuple[str, ...]:
    """An order not to drink alcohol (rulebook not_medicine_orders) with no precaution
    beside it: self-medication, the reader mixing a drink with the medicine ("Avoid
    alcohol on the evenings you take it"; heldout10's and heldout11's labels). Beside a
    driving precaution ("Ne prenez pas d'alcool…, et ne conduisez pas…") it is part of
    that precaution, a supervision notice (heldout9's and the corpus's labels)."""
    # (not one reported of others: "asked participants to avoid alcohol")
    drinks = [(m.start(), m.end()) for m in rules["not_medicine_orders"].pattern.finditer(sentence)
              if not _TO_BEFORE.search(sentence, 0, m.start())]
    if not drinks or any(not any(s <= m.start() and m.end() <= e for s, e in drinks)
                         for m in rules["precaution"].pattern.finditer(sentence)):
        return ()
    return tuple(sentence[s:e] for s, e in drinks)


def _cue(kind: str, rx: rulebook.CaselessPattern, text: str) -> Cue | None:
    found = rx.findall(text)  # no capturing groups: whole matches
    return Cue(kind, tuple(dict.fromkeys(found))) if found else None


def _instruction(sentence: str, lang: str, rules: rulebook.Language) -> bool:
    """Is the sentence an order to the patient (whose stated danger is its reason, not a
    notice of its own)? A supervision notice's danger stays a side effect ("You are
    observed for two hours, because the spray can make you dizzy" is both)."""
    return bool(
        rules["self_medication"].search(sentence) or concepts.self_medication(sentence, lang)
        or concepts.clearance(sentence, lang)
    )


@lru_cache(maxsize=65536)
def _same_ask(words: str, ask: str) -> bool:
    """Is a self-medication cue the clearance's own asking ("check with your pharmacist
    before starting" holds "check with your pharmacist before")?"""
    return ask in words or words in ask


def _clearance_only(sentence: str, lang: str, rules: rulebook.Language) -> tuple[str, ...]:
    """A `concepts.clearance` ("If you have asthma, check with your pharmacist before
    starting") when the sentence forbids no act alone besides that asking, else ()."""
    clear = concepts.clearance(sentence, lang)
    if not clear:
        return ()
    cues = [*rules["self_medication"].find(sentence), *concepts.self_medication(sentence, lang)]
    return () if any(not _same_ask(w, clear[1]) for w in cues) else clear


def _told(sentence: str, rules: rulebook.Language) -> bool:
    """Is anyone told what to do or not to do? A prohibition or an instruction opening a
    clause ("Never buy…", "…, do not make up the dose", "Keep the tablets…", "Bewahren Sie
    … auf"), an asking ("check with your pharmacist"), acting alone ("on your own"), or a
    duty or a ban said of anyone ("It must not be taken with…", "darf nicht eingenommen
    werden"). Where none is, a model's self-medication reading is refused: "Patients who
    do not stop smoking recover more slowly" tells nobody anything. Until session 10 only
    prohibitions, askings and acting alone counted: that refused the model 59 of the 143
    self-medication notices of three folders it had not seen (heldout12, train7, train8)."""
    if (rules["ask_first"].search(sentence) or rules["alone"].search(sentence)
            or rules["asking_professional"].search(sentence)
            or rules["planned_with"].search(sentence) or rules["planning"].search(sentence)
            # ("mit dem Arzt einen Plan machen")
            or rules["obligations"].search(sentence)
            or rules["deontic_denials"].search(sentence)):
        return True
    starts = concepts.clause_starts(sentence)  # the rules' own clause reading
    for m in rules["prohibitions"].pattern.finditer(sentence):
        after = sentence[m.end():].split()[:1]
        if m.start() in starts and not (after and rules["articles"].pattern.fullmatch(after[0])):
            return True  # not "never a replacement for…": a description
    return any(m.start() in starts for m in rules["imperatives"].pattern.finditer(sentence))


def _people_sorted(sentence: str, rules: rulebook.Language) -> bool:
    """Do a prohibition's words follow a relative that sorts people by what they do
    ("People who do not take their medicine every day relapse more often", "los que no
    la toman")? A description: the shipped model of session 14 read that one past its
    "untold" threshold (3.42 against 2), for its "do not take"."""
    rel = rules["group_relatives"].pattern
    for m in rules["prohibitions"].pattern.finditer(sentence):
        before = sentence[:m.start()].split()[-1:]
        if before and rel.fullmatch(before[0]):
            return True
    return False


def _only_modal() -> tuple[rulebook.CaselessPattern, rulebook.CaselessPattern]:
    """"only" opening a professional's say (`only_words`), and a duty or leave said of the
    reader (`reader_modals`: "dürfen … nur nach Rücksprache … einnehmen"), not what a
    clinic does ("beginnen wir nur nach Rücksprache mit Ihrem Psychiater")."""
    return (rulebook.pattern_in_every_language(r"(?:{})\b", "only_words"),
            rulebook.pattern_in_every_language(r"\b(?:{})\b", "reader_modals"))


def _ordered_alone(sentence: str, lang: str, rules: rulebook.Language) -> tuple[str, ...]:
    """An order or a restriction not to act without a professional's say, in a wording
    no self-medication list holds ("Ne prenez pas de somnifères sans avis médical", "nur
    nach Rücksprache mit dem Arzt", "mit dem Arzt einen Plan zum Ausschleichen machen");
    not a fact ("Estas pastillas se venden sin receta"), nor beside real supervision."""
    said = concepts.asking_exception(sentence, lang) or concepts.planned(sentence, lang)
    if not said or concepts.watched(sentence, lang) or _status(sentence):
        return ()  # (nor "délivré que sur ordonnance": a legal status, regulatory)
    if not concepts.asking_exception(sentence, lang) and concepts.planned_care(sentence, lang):
        return ()  # "plan any change with your doctor": supervision, the (a') table
    if _told(sentence, rules) or rules["forbid"].search(sentence):
        return said
    only, modal = _only_modal()
    if only.match(said[0]) and modal.search(sentence):
        return said
    return ()


def _a_story_of_acting_alone(sentence: str, words: Sequence[str],
                             rules: rulebook.Language) -> bool:
    """Are a sentence's self-medication words only someone's acting alone ("por su
    cuenta", "on his own"), told as what happened, with no order, asking or duty in it?"""
    if not all(rules["alone"].pattern.fullmatch(w) for w in words):
        return False
    starts = concepts.clause_starts(sentence)
    ordered = any(m.start() in starts for m in rules["prohibitions"].pattern.finditer(sentence))
    return not (ordered or rules["ask_first"].search(sentence)
                or rules["obligations"].search(sentence)
                or rules["negative_subjects"].search(sentence))  # "piden que nadie empiece…"


def _not_states(found: list[re.Match[str]], text: str, asked: tuple[str, ...],
                lang: str) -> list[re.Match[str]]:
    """The side-effect matches that are not symptoms named between a clearance's health
    state and its asking, with no harm said between the state and them."""
    state, ask = text.find(asked[0]), text.find(asked[1])
    if state < 0 or ask < 0:
        return found
    extras = {(m.start(), m.end()) for m in concepts.side_effect_extras(text, lang)}
    return [m for m in found if (m.start(), m.end()) in extras
            or not state <= m.start() < ask
            or concepts.harm_stated(text[state:m.start()], lang)]


# A site's breadcrumb ("Board: Detox and withdrawal > Thread: …", "Inicio > Salud"):
# where the page sits, no sentence.
_BREADCRUMB = re.compile(r"\S\s+[>›]\s+\S")


def _side_effect_context(sentence: str, lang: str) -> bool:
    """A sentence whose symptoms are no warning whatever its words: about the time of
    life, the illness before treatment, a published case, a study's finding, a site's
    breadcrumb."""
    return (bool(_BREADCRUMB.search(sentence)) or concepts.life_stage(sentence, lang)
            or concepts.before_treatment(sentence, lang)
            or (concepts.case_report(sentence, lang)
                and not concepts.cases_reported(sentence, lang))
            or concepts.study_finding(sentence, lang)
            or concepts.describes_illness(sentence, lang)
            or concepts.own_complaint(sentence, lang)
            or concepts.symptoms_of_the_illness(sentence, lang) or concepts.asks(sentence)
            or concepts.illness_red_flag(sentence, lang))


class _Model:
    """The notice model in use (or None) as a cache key: the same object, whatever its
    contents (a model's weights are not hashable; a reloaded or other file is another)."""

    __slots__ = ("model",)

    def __init__(self, model: NoticeModel | None) -> None:
        self.model = model

    def __hash__(self) -> int:
        return id(self.model)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Model) and other.model is self.model


@lru_cache(maxsize=65536)
def _model_reading(sentence: str, lang: str, model: _Model, before: str = "",
                   after: str = "") -> Reading:
    """What the model reads in one sentence, once (sentence_kinds, _learned_regulatory).
    A site's legend ("for educational purposes only", "Always seek the advice of your
    physician… regarding a medical condition") is no notice of any kind the model may add
    (lead, session 10: a retrained model read seed 003's as supervision)."""
    if model.model is None:
        return NOTHING
    reading = model.model.read(sentence, lang, before, after)
    if reading.kinds and educational().search(sentence):
        return Reading((), reading.doubts)
    return reading


def sentence_kinds(sentence: str, lang: str = "en", *, use_model: bool = True,
                   before: str = "", after: str = "") -> tuple[tuple[str, Cue], ...]:
    """(kind, cue) for the word-list kinds in one sentence, read with `lang`'s rules and,
    unless `use_model` is False, the trained model (which may read the sentence's
    neighbours in its paragraph, `before` and `after`: learned.features.neighbours);
    cached (per sentence, language, model in use and the neighbours it reads) because
    web pages repeat their notices and the TUI re-analyses unchanged text."""
    model = _Model(current_model() if use_model else None)
    return _sentence_kinds(sentence, lang, model, *_read_around(model, before, after))


def _read_around(model: _Model, before: str, after: str) -> tuple[str, str]:
    """The neighbours the model in use reads ("" for the others: no other cache key)."""
    return model.model.neighbours(before, after) if model.model else ("", "")


@lru_cache(maxsize=65536)
def _sentence_kinds(sentence: str, lang: str, model: _Model, before: str = "",
                    after: str = "") -> tuple[tuple[str, Cue], ...]:
    rules = _rules(lang)
    out = []
    clear = _clearance_only(sentence, lang, rules)
    reading = _model_reading(sentence, lang, model, before, after)
    learned = dict(reading.kinds)
    for kind, names in KIND_LISTS.items():
        text = sentence
        vetoed = False
        for name in KIND_EXCEPTIONS.get(kind, ()):
            cut = rules[name].pattern.sub(" ", text)
            # the rules read this sentence as NOT this kind, whatever a model says:
            # "reduces side effects" states none. An alcohol order beside a precaution
            # is left to the model: the labels read it both ways (_alcohol_alone)
            vetoed |= cut != text and name != "not_medicine_orders" and not (
                # an allergy the reader has beside a harm said ("Do not use it if you are
                # allergic to daisies, because it can cause an allergic rash"): the harm is
                # the order's reason, left to the model as every order's is (side20)
                name == "allergy_conditions" and concepts.harm_stated(sentence, lang))
            text = cut
        if kind == "side-effects":
            if concepts.about_animals(sentence, lang):
                continue  # "In rats, it reversed memory problems": a result, not a warning
            # a denied side effect ("does not cause memory loss") is not stated
            reasons: list[re.Match[str]] = []
            found = [m for m in rules["side_effects"].pattern.finditer(text)
                     if not (concepts.denied(text, m.start(), lang)
                             or concepts.checked_for(text, m.start(), lang))]
            found += [m for m in concepts.side_effect_extras(text, lang)  # not denied
                      if not (concepts.levels_in_a_study(m.group(0), sentence, lang)
                              or concepts.denied(text, m.start(), lang))]
            seen = bool(found) or bool(rules["side_effects"].search(text))
            # the illness treated ("made to stop headaches", "anti-seizure") is no harm
            found = [m for m in found if not (concepts.treated(text, m.start(), m.end(), lang)
                                              or concepts.in_a_name(text, m.start(), m.end(), lang)
                                              or concepts.service_condition(text, m.start(), lang)
                                              or concepts.reported(text, m.start(), lang))]
            if found and rules["permission"].search(sentence) and not (
                    _instruction(sentence, lang, rules) or rules["precaution"].search(sentence)):
                # "you may take it with food if you feel queasy": the symptom is when the
                # leave applies, unless the treatment is said to bring it ("…if they make
                # you drowsy")
                found = [m for m in found if not (
                    concepts.condition_clause(text, m.start(), lang)
                    and not concepts.harm_stated(text[:m.start()], lang))]
            if found and (_instruction(sentence, lang, rules)
                          or rules["precaution"].search(sentence)):
                # "Do not stop it suddenly, because stopping can bring on seizures": the
                # danger is the instruction's reason, the notice is the instruction; "do
                # not drive if you feel dizzy": the symptom is when the order applies.
                # A combination forbidden keeps the harm it gives as its reason ("…with
                # sleeping pills, because together they slow breathing"): an interaction,
                # a side effect too
                # (rules10, session 10: so does keeping it from children, "…lejos de los
                # chicos: una sobredosis es muy peligrosa", heldout11/12's and the corpus's
                # labels)
                mixing = bool(rules["combinations"].search(sentence)
                              or rules["storage_orders"].search(sentence)
                              # (side26: or another medicine the reader takes, "If you
                              # take a blood thinner…, because it may increase bleeding")
                              or concepts.other_medicine_taken(sentence, lang))
                found = [m for m in found if not concepts.condition_clause(text, m.start(), lang)]
                # (session 11: heldout10-13 label most of those reasons side effects too,
                # older folders not; the rules leave them to the model, not vetoing it)
                reasons = [m for m in found if (
                    (not mixing and concepts.reason_clause(text, m.start(), lang))
                    or concepts.reason_before_order(text, m.end(), lang))]
                found = [m for m in found if m not in reasons]
            if found and (asked := concepts.clearance(sentence, lang)):
                # "If you have epilepsy, a heart condition or low blood pressure, get
                # advice from your GP first": the reader's states, not the drug's harms
                # (an interaction there, "it could interfere with them", stays)
                found = _not_states(found, text, asked, lang)
            # the symptoms are no warning whatever the words (_side_effect_context): a
            # time of life ("…are common in the years around the menopause"), the illness
            # before treatment ("Before the implant, he had tremors"), a published case (a
            # claim, case report), a study's finding ("a review of records found more
            # overdoses"), a question ("…, ¿puede ser por la pastilla?"), a breadcrumb, an
            # illness's red flag ("If your symptoms last more than 10 days, see your GP",
            # convention (f)), the illness described, the writer's own complaint or
            # symptoms given to the illness; or relief ("Le gel soulage la douleur et les
            # démangeaisons")
            no_warning = _side_effect_context(sentence, lang)
            relief = concepts.benefit_only(sentence, lang)
            # a referral for signs no treatment is named beside ("Go to A&E straight away if
            # you have numbness…", convention (f)) is supervision, and no side effect the
            # rules read; the labels read some such signs as the treatment's in an article
            # about one, so the model is left free (rules16, session 14: vetoing it lost 13
            # labelled side effects over the released folders)
            referred = bool(concepts.referral(sentence, lang))
            if no_warning or relief or referred:
                found = []
            words = [m.group(0) for m in found]
            if words and kind in reading.doubts and not any(
                    rules["side_effect_terms"].search(w) for w in words) and not rules[
                    "harm_shares"].search(sentence):
                # the model (train9's hook) reads no warning at all: the illness the
                # article treats, a product's promise, a forum's heading; never where the
                # cue names side effects ("can lead to unwanted side effects, including…")
                words, vetoed = [], True
            # symptoms the rules saw and rejected (denied, treated, a study's finding, a
            # case, a life stage) veto the model too; an order's reason does not
            vetoed |= (seen and not words and not reasons and not referred) or no_warning
            # a benefit named where the rules see no harm ("it can bring on lasting
            # improvement") is no warning, whatever the model reads (lead, session 11:
            # the retrained model read that one as a harm)
            vetoed |= not seen and bool(_improvements(rules.lang).search(sentence))
            # what it relieves, no harm said ("ketamine can alleviate depression and
            # anxiety symptoms within hours": session 13, a model read it as a harm)
            vetoed |= not seen and relief
        else:
            words = [w for name in names for w in rules[name].find(text)]
        if kind == "supervision":
            words += concepts.supervision(sentence, lang)
            words += concepts.checks(sentence, lang)
            words += concepts.planned_care(sentence, lang)  # the (a') table, session 13
            referred = concepts.referral(sentence, lang)  # an illness's red flags, (f)
            if referred and "side-effects" in learned and kind not in learned and not (
                    concepts.illness_red_flag(sentence, lang)):
                # the model, reading the paragraph, takes the signs for the treatment's
                # ("Go to A&E straight away if you vomit blood" on a blood thinner's page);
                # not signs the rules give to the illness ("…, because it may be
                # infected": side19)
                referred = ()
            words += referred
            words += concepts.mood_referral(sentence, lang)  # rules16, session 14
            if clear and not concepts.asked_only(sentence, lang):
                words += clear  # "see your GP before booking if you…": seen, not asked (a')
            if words and all(_WITHOUT.match(w) for w in words) and _not_approved(sentence):
                continue  # "not authorised for use at home without supervision": regulatory
            if (words or kind in learned) and (concepts.alone_forbidden(sentence, lang)
                                               or concepts.asked_only(sentence, lang)):
                # "Do not stop it without talking to your doctor", "unless your doctor
                # says", "plan the taper with your doctor": an order not to act alone,
                # self-medication only, whatever the model reads (session 11's labels);
                # so is asking or telling a professional first, the professional doing
                # nothing themselves ("If you have asthma, check with your pharmacist
                # before starting", "Tell us if you take blood thinners"): convention
                # (a'), session 12
                words, vetoed = [], True
        elif kind == "self-medication":
            words += _alcohol_alone(sentence, rules)
            # a driving precaution forbids no medicine ("No manejes ni uses maquinaria")
            unprecautioned = rules["precaution"].pattern.sub(
                lambda m: " " * len(m.group(0)), text)
            words += concepts.self_medication(unprecautioned, lang)
            # how to use it, as the reader does alone ("Take the tablets with food",
            # "Replace the bottle every three months"): convention (g), session 13
            words += [w for w in concepts.how_to_use(unprecautioned, lang) if w not in words]
            # stopping or taking off the treatment, as the reader does alone ("Stop use and
            # see a doctor if…", "Suspenda el jarabe y…"): conventions (e)/(f), selfmed20
            words += [w for w in concepts.stop_order(sentence, lang) if w not in words]
            # avoiding something, as the reader does alone ("Avoid ibuprofen if…", "Evite la
            # codeína…"): selfmed20
            words += [w for w in concepts.avoid_order(unprecautioned, lang) if w not in words]
            if not words:  # "Do not swallow the oil": an act forbidden (rules26)
                words += concepts.forbidden_act(sentence, lang)
            if clear:  # "If you have asthma, check with your pharmacist before starting":
                # the clinician screens (supervision), the reader does not start alone
                words += [w for w in clear[1:] if not any(_same_ask(w, x) for x in words)]
            # the reader telling or asking a professional ("Tell your pharmacist if you use
            # other eye drops", "sollte das dem Arzt sagen"): not acting alone (a')
            words += [w for w in concepts.told_to_ask(sentence, lang)
                      if not any(_same_ask(w, x) for x in words)]
            if not words:
                words += _ordered_alone(sentence, lang, rules)
            if words and _a_story_of_acting_alone(sentence, words, rules):
                words, vetoed = [], True  # "La paciente lo dejó por su cuenta y empeoró"
        if words:
            out.append((kind, Cue(kind, tuple(dict.fromkeys(words)))))
        elif (kind == "self-medication" and not _told(sentence, rules)
              and (kind not in reading.sure or _people_sorted(sentence, rules))):
            # "People who do not take their medicine relapse": nobody is told anything,
            # unless the model is sure past its stricter "untold" threshold (session 14:
            # "Not for use in children under 12", notices.KindModel.untold) and no
            # prohibition's words sort people
            pass
        elif kind in learned and not vetoed:
            # a wording no rule knows ("leave the car keys alone"): the model's strongest
            # words are the cue, so the editor can show why
            out.append((kind, Cue(LEARNED, learned[kind])))
    legend = _cue("educational", educational(), sentence)
    if legend:
        out.append(("educational", legend))
    return tuple(out)


@lru_cache(maxsize=65536)
def _sentence_contacts(sentence: str, region: str) -> tuple[tuple[Found, ...], tuple[str, ...]]:
    """Contacts and crisis words of one sentence; cached like `sentence_kinds`, because
    a long page repeats its footer and the TUI re-analyses unchanged text."""
    found = tuple(find_contacts(sentence, region))
    return found, crisis_words(sentence)


@lru_cache(maxsize=4096)
def _offered_contacts(sentence: str, region: str) -> tuple[Found, ...]:
    """Contacts of a sentence offering one more line after a crisis line."""
    return tuple(find_contacts(sentence, region, crisis_context=True))


@lru_cache(maxsize=65536)
def _not_approved(sentence: str) -> tuple[RegulatoryStatement, ...]:
    return tuple(st for st in regulatory_statements(sentence) if not st.approved)


def _crisis_groups(
    source_id: str,
    sentences: Sequence[Sentence],
    block_of: Sequence[int],
    text: str,
    default_region: str,
) -> tuple[list[CandidateDisclaimer], set[int]]:
    """Crisis-line statements, one per paragraph or list item, with all their contacts.

    Within a paragraph the statement runs from the first sentence that names a crisis or
    a contact to the last one; "Or text 838255." and "Or chat online." continue the
    contact before them (same service, same people served). A paragraph right after a
    crisis line that opens by offering one more ("También puedes llamar a … al 600 360
    7777") continues it too: its lines are crisis lines, in a notice of their own.
    """
    out: list[CandidateDisclaimer] = []
    used: set[int] = set()
    by_block: dict[int, list[int]] = {}
    for i, b in enumerate(block_of):
        by_block.setdefault(b, []).append(i)
    last_crisis: int | None = None  # the last sentence of the last crisis-line notice
    for idxs in by_block.values():
        contacts: list[Contact] = []
        relevant: list[int] = []
        crisis_words: list[str] = []
        chain_first: int | None = None  # index in `contacts` of the current chain's head
        for i in idxs:
            sent = sentences[i]
            if sent.heading:
                continue
            found, crisis = _sentence_contacts(sent.text, default_region)
            if found and keeps_a_number(sent.text):
                continue  # "I've saved Samaritans on 116 123 in my phone": the writer's note
            words = list(crisis)
            after_chain = bool(relevant) and relevant[-1] == i - 1
            # the paragraph after a crisis line offering one more: a crisis line of its
            # own (its own name and people served)
            after_notice = not relevant and last_crisis == i - 1
            offered = (after_chain or after_notice) and continues(sent.text)
            continuing = offered and after_chain
            one_more = offered and after_notice
            if offered and not found and any(c.role == "crisis" for c in contacts):
                # "You can also SMS 31393 and a counsellor will call you back.": a bare
                # short number offered right after a crisis line is read as one
                found = _offered_contacts(sent.text, default_region)
            if found:
                for f in found:
                    c = f.contact
                    if continuing and contacts:
                        c = inherit(c, contacts[-1])
                    elif one_more and c.role == "general" and not poisons_only(sent.text):
                        c = replace(c, role="crisis")
                    contacts.append(c)
                if not continuing:
                    chain_first = len(contacts) - len(found)
                relevant.append(i)
            elif continuing and chain_first is not None:
                for channel in channels_named(sent.text):
                    contacts[chain_first] = add_channel(contacts[chain_first], channel)
                relevant.append(i)
            elif words:
                relevant.append(i)
            crisis_words += words
        if not any(c.role == "crisis" for c in contacts):
            continue
        if all(is_emergency_number(c.number) for c in contacts if c.role == "crisis"):
            # "For a medical emergency, call 911": an ambulance, no crisis line; nor "If
            # you are in danger right now, call 000" (label convention (d): a paragraph
            # whose only line is an emergency number is no crisis-line notice)
            continue
        last_crisis = relevant[-1]
        start, end = sentences[relevant[0]].span.start, sentences[relevant[-1]].span.end
        # an emergency number beside the line ("…, or 999 if your life is in danger")
        # stays in the notice, as what it is: an emergency contact, no crisis line
        # (label convention (d), session 12; rulebook.is_emergency_number decides), under
        # its own name, not the crisis line's ("Samaritans on 116 123, or dial 999")
        unique = [replace(c, role="emergency", label=_emergency_label(c))
                  if c.role == "crisis" and rulebook.is_emergency_number(c.number, c.region)
                  else c
                  for c in merge_contacts(contacts)]
        region = next((c.region for c in unique if c.role == "crisis"), "")
        cues = (
            Cue("crisis-line", tuple(dict.fromkeys(crisis_words + [c.display for c in unique]))),
        )
        out.append(
            CandidateDisclaimer(
                source_id=source_id,
                kind="crisis-line",
                span=Span(start, end),
                quote=text[start:end],
                contacts=tuple(unique),
                region=region,
                cues=cues,
            )
        )
        used.update(range(relevant[0], relevant[-1] + 1))
    return out, used


def _service_lines(sentences: Sequence[Sentence], block_of: Sequence[int], region: str,
                   taken: set[int]) -> set[int]:
    """The sentences giving a named line that is no crisis line (a drug and alcohol
    helpline, regions.toml's treatment-referral lines: "call the SAMHSA National Helpline
    at 1-800-662-4357"), and the sentence right after one in its paragraph that says what
    the line offers ("It is free, confidential and open 24 hours a day"). A contact is
    never a claim; no notice either (no crisis line: corpus en-semaglutide-alcohol's trap).
    `taken`: the crisis-line notices' sentences."""
    out: set[int] = set()
    for i, sent in enumerate(sentences):
        if i in taken or sent.heading:
            continue
        found, _ = _sentence_contacts(sent.text, region)
        named = any(f.contact.role == "treatment-referral" or f.contact.label for f in found)
        if named or (i - 1 in out and block_of[i - 1] == block_of[i] and not found
                     and describes_a_line(sent.text)):
            out.add(i)
    return out


def _contact_key(c: Contact) -> tuple[str, str]:
    """One route to one service: the number and any instruction ("then press 1")."""
    return c.number, c.extra


def merge_contacts(contacts: Sequence[Contact]) -> list[Contact]:
    """One contact per number and instruction, in first-seen order.

    "Call or text the 988 Suicide & Crisis Lifeline at 988" names 988 twice, once inside
    the line's name; "1-833-TLC-MAMA (1-833-852-6262)" writes one number two ways. The
    merged contact keeps every channel, the first name given and everyone it serves.
    """
    merged: dict[tuple[str, str], Contact] = {}
    for c in contacts:
        key = _contact_key(c)
        first = merged.get(key)
        if first is None:
            merged[key] = c
            continue
        merged[key] = replace(
            first,
            channels=tuple(dict.fromkeys((*first.channels, *c.channels))),
            label=first.label or c.label,
            serves=tuple(dict.fromkeys((*first.serves, *c.serves))),
            role="crisis" if "crisis" in (first.role, c.role) else first.role,
        )
    return list(merged.values())


def _once_per_article(notices: list[CandidateDisclaimer]) -> list[CandidateDisclaimer]:
    """A contact already given by an earlier crisis notice is not given again (a page's
    footer often repeats the line its article gave)."""
    seen: set[tuple[str, str]] = set()
    out: list[CandidateDisclaimer] = []
    for d in notices:
        fresh = tuple(c for c in d.contacts if _contact_key(c) not in seen)
        seen.update(_contact_key(c) for c in d.contacts)
        out.append(d if len(fresh) == len(d.contacts) else replace(d, contacts=fresh))
    return out


def _illnesses(sentences: Sequence[Sentence], lang: str) -> tuple[str, ...]:
    """The symptoms an article names as what its treatment is for ("made to stop
    headaches", "anti-seizure medicines", "seizures that were not controlled")."""
    out: list[str] = []
    for sent in sentences:
        out += _treated_in(sent.text, lang)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def _treated_in(text: str, lang: str) -> tuple[str, ...]:
    """The symptoms one sentence names as treated; cached like `sentence_kinds`."""
    rules = _rules(lang)
    return tuple(m.group(0) for m in (*rules["side_effects"].pattern.finditer(text),
                                      *concepts.side_effect_extras(text, lang))
                 if concepts.treated(text, m.start(), m.end(), lang))


def _only_the_illness(cue: Cue, sentence: str, illness: Sequence[str], lang: str) -> bool:
    """Are all of a side-effect cue's words the article's illness, no harm said?"""
    return bool(illness) and all(
        any(concepts.same_symptom(w, i) for i in illness) for w in cue.words
    ) and not concepts.harm_stated(sentence, lang)


def is_safety_line(paragraph: str, region: str = "", lang: str = "") -> bool:
    """Does a paragraph (a page footer's or sidebar's) hold a notice of a measured kind?
    `lang` is the page's (a one-line testimonial has too few words to tell its own).

    Rules only: the answer decides which footer lines become part of a source's text,
    and so every later quote's offsets; a retrained model (or SUMMARIZER_NOTICE_MODEL)
    must not move them (reviewer, session 5)."""
    lang = lang or guess_language(paragraph)
    found, _ = _sentence_contacts(paragraph, region or region_hint(paragraph, "US"))
    if any(f.contact.role == "crisis" for f in found):
        return True
    if (_not_approved(paragraph) or unattributed_not_approved(paragraph)
            or regulator_warning(paragraph) or _status(paragraph)):
        return True  # also a shop's legend ("Este producto no es un medicamento")
    return any(kind in KIND_LISTS
               for kind, _ in sentence_kinds(paragraph, lang, use_model=False))


def stated_kinds(sentence: str, lang: str) -> frozenset[str]:
    """The notice kinds one sentence states, read as `find_disclaimers` reads a source's
    sentence (crisis lines aside: their numbers are checked as numbers). The gate asks it
    of a notice's quote and of its printed text (summarizer/notice_kinds.py)."""
    kinds = {kind for kind, _ in sentence_kinds(sentence, lang)}
    if (_not_approved(sentence) or unattributed_not_approved(sentence)
            or regulator_warning(sentence) or _status(sentence)
            or _learned_regulatory(sentence, lang)):
        kinds.add("regulatory")
    return frozenset(kinds)


def _learned_regulatory(sentence: str, lang: str, before: str = "",
                        after: str = "") -> tuple[str, ...]:
    """The model's cue words when it reads a regulatory notice the rules missed; () when
    it does not. A refusal with no regulator and no use is none ("Her leave was not
    approved in March"); an approval is left to the model, which the labels teach that "The
    FDA approved it in 2008" is none and "approved for depression; for migraine it is
    off-label" is one; a status needs no denial ("a Schedule 8 controlled
    drug", "only through a restricted programme", "report problems to the regulator").
    Until session 10 every model reading needed the denial and the regulator or use:
    that refused the model 26 of the 80 regulatory notices of three folders it had not
    seen (heldout12, train7, train8)."""
    model = _Model(current_model())
    learned = dict(_model_reading(sentence, lang, model, *_read_around(
        model, before, after)).kinds).get("regulatory")
    if not learned:
        return ()  # (nor on a site's legend: _model_reading)
    if approved_by_another(sentence):
        return ()  # "Her request was not approved by the insurer"
    if off_label_history(sentence):
        return ()  # "it has also been used off-label for many purposes": a history
    if denied_status(sentence):
        return ()  # "it is not a controlled substance like other hallucinogenic drugs"
    if says_an_approval(sentence) and denies(sentence) and not (
            names_a_regulator(sentence) or says_a_use(sentence)):
        return ()  # "Her leave from work was not approved in March": whose, for what?
    return learned


def _status(sentence: str) -> tuple[str, ...]:
    """A medicine's legal status that is no approval statement: prescription only, or
    another (controlled, not funded, an unlicensed import, reported to a regulator…)."""
    return prescription_only(sentence) or legal_status(sentence)


def _regulator_of(sentence: str, region: str) -> tuple[str, str]:
    """(regulator, region) for a not-approved notice that names no regulator: the country
    the sentence names ("In Canada, no one has authorized it" in a US article is Health
    Canada's, not the FDA's: reviewer, session 5), else the article's region."""
    named = region_hint(sentence, "") or region
    regulator = next(iter(rulebook.regions().regulators_for(named)), None)
    return (regulator.name, regulator.region) if regulator else ("", named)


def _regulatory(source_id: str, sent: Sentence, regulator: str, region: str,
                words: tuple[str, ...]) -> CandidateDisclaimer:
    """A not-approved notice on one sentence, by a named regulator or the region's."""
    return CandidateDisclaimer(
        source_id=source_id,
        kind="regulatory",
        span=sent.span,
        quote=sent.text,
        regulator=regulator,
        region=region,
        cues=(Cue("not-approved", words),),
    )


def _emergency_label(contact: Contact) -> str:
    """The name the rulebook gives the emergency number in the contact's region, or none:
    a name the sentence gave belongs to the crisis line beside it."""
    lines = rulebook.regions().emergency_lines(contact.region) if contact.region else ()
    return next((ln.label for ln in lines if ln.number == contact.number), "")


def find_disclaimers(
    source_id: str,
    text: str,
    sentences: Sequence[Sentence],
    block_of: Sequence[int],
    default_region: str = "",
) -> tuple[list[CandidateDisclaimer], set[int]]:
    """All candidate disclaimers in order, and the sentence indexes that are not claims.

    `default_region` is the region a bare number belongs to when the text names no
    country; "" means guess from the whole text (falling back to US).
    """
    region = default_region or region_hint(text[:50000], "US")
    lang = guess_language(text)
    out, crisis_used = _crisis_groups(source_id, sentences, block_of, text, region)
    out = _once_per_article(out)
    not_claims = set(crisis_used) | _service_lines(sentences, block_of, region, crisis_used)
    illness: tuple[str, ...] | None = None  # read when a side effect is first found
    for i, sent in enumerate(sentences):
        if sent.heading or i in crisis_used or is_link_list(sent.text):
            continue  # "Read more: What an overdose looks like | …" heads other pages
        reported: set[str] = set()
        around = neighbours(sentences, block_of, i)  # what the model reads beside it
        for st in _not_approved(sent.text):
            if st.regulator not in reported:
                reported.add(st.regulator)
                out.append(_regulatory(source_id, sent, st.regulator, st.region, st.words))
                not_claims.add(i)
        if not reported and (words := unattributed_not_approved(sent.text)):
            # "X is not approved to treat…": the regulator of the country it names, else
            # the region's
            out.append(_regulatory(source_id, sent, *_regulator_of(sent.text, region), words))
            not_claims.add(i)
        if not reported and not words and (words := regulator_warning(sent.text)):
            # "The label carries a boxed warning…", "the FDA warned that it should not…"
            out.append(_regulatory(source_id, sent, *(
                regulator_named(sent.text) or _regulator_of(sent.text, region)), words))
            not_claims.add(i)
        if not reported and not words and (words := _status(sent.text)):
            # "En Chile es de venta bajo receta", "ist verschreibungspflichtig", "a
            # controlled drug", "not funded by": the law or the payer restricting it
            out.append(_regulatory(source_id, sent, *(
                regulator_named(sent.text) or _regulator_of(sent.text, region)), words))
            not_claims.add(i)
        if not reported and not words and (
                learned := _learned_regulatory(sent.text, lang, *around)):
            # "nobody has authorized it as a treatment": a wording no rule knows
            out.append(replace(
                _regulatory(source_id, sent, *_regulator_of(sent.text, region), ()),
                cues=(Cue(LEARNED, learned),)))
            not_claims.add(i)
        for kind, cue in sentence_kinds(sent.text, lang, before=around[0], after=around[1]):
            if kind == "side-effects":
                if illness is None:
                    illness = _illnesses(sentences, lang)
                if _only_the_illness(cue, sent.text, illness, lang):
                    continue  # "Ana had headaches every night" in an article on headaches
                if concepts.illness_treated(sent.text, lang, text):
                    continue  # "Heavy periods can leave you drained" beside a coil for them
            if cue:
                out.append(
                    CandidateDisclaimer(
                        source_id=source_id, kind=kind, span=sent.span, quote=sent.text, cues=(cue,)
                    )
                )
                if kind in NOT_CLAIMS:
                    not_claims.add(i)
    out.sort(key=lambda d: (d.span.start, d.kind))
    return out, not_claims


# Results kept per input read the word lists: a reload forgets them, and the whole
# analyses and furniture verdicts built on them (analyze and boilerplate import no
# rulebook of their own, to keep the editor's start-up light).
def _forget_analyses() -> None:
    from summarizer.learned import notices
    from summarizer.sources import analysis_cache, analyze, boilerplate

    analyze.forget()
    boilerplate.is_furniture_text.cache_clear()
    notices.forget()
    analysis_cache.code_fingerprint.cache_clear()  # it hashes the word files too


for _kept in (_same_ask, _sentence_contacts, _offered_contacts, _not_approved, _treated_in,
              _sentence_kinds, _model_reading):
    rulebook.on_reload(_kept.cache_clear)
rulebook.on_reload(_forget_analyses)
