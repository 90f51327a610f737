"""The evidence level a quote earns from its source, whatever tag the editor chose.

The gate compares the editor's tag with this verdict: an override needs a written
reason (a warning), and an override to a stronger level than the source supports is an
error. The sources pipeline proposes the same level, so `summarizer claims`, the editor
and the gate agree. Pure: a source's text and a span in, a verdict out.

How a level is read (every word from the rulebook, summarizer/rulebook/words/<lang>.toml):

1. the quote's own cues, strongest design first: animals; a lab setting (test tube,
   dish); randomized; controlled (placebo, sham, a comparison group); uncontrolled
   (open-label, "no placebo group", "was not randomized", "everyone knew what they
   got"); a case report; observational (survey, registry, records); people given a
   treatment in a study, design not stated (human-trial); people and what a study saw
   in them (human-observational);
   someone's view or sales talk (opinion); mechanism words (lab-mechanism).
   A design cue in scope of a negation ("had no placebo group", "no fue aleatorizado")
   does not count for its design; it makes the study uncontrolled unless another
   comparison stands ("worked as well as a common antidepressant, but was not
   randomized" is controlled, not randomized). A negation that denies a result compared
   with the design's group ("found no benefit over placebo", `design_versus`) leaves the
   design standing; "the placebo effect" (`design_phenomena`) names no design; a pilot
   (`design_pilot`) is open only when nothing randomized or placebo is said; people who
   chose for themselves (`design_self_selected`, "those who took it daily"; `already_users`
   beside a comparison verb) are observed; chance named by any instrument near who got
   what (`chance_words` with `allocation_words`: "a random draw deciding who got which")
   is randomization; two arms given different things told as a pair (`arm_pairs`: "gave
   some people ketamine and others salt water") are compared; people measured in a lab
   ("in a sleep lab") are people, and people named only to be denied ("not yet checked in
   people") are not; an animal's cells ("nerve fibres from rats") are a lab's; a clinic's
   report on its own patients is observed, but its treated series told with no
   comparison group, in the sentence or the next (`treated_series`: "93 patients treated
   for tennis elbow … with no comparison group"), is uncontrolled unless it reads back
   charts or records; a study that only denies chance and compares counted groups
   ("une étude non randomisée comparant 150 personnes … à 150") is controlled;
2. people in a study whose design the quote does not state take the design its
   paragraph states ("...every volunteer received 25 mg." after "...had no placebo
   group"), unless the sentence names other studies ("Earlier, smaller studies…",
   `other_studies`) or its own ("in a head-to-head study"); "a second trial with the
   same design" (`same_design`) and "in that trial" take the design told before;
3. a result told as a study's with no population of its own ("…, a university study
   suggests.", `study_says`) takes animals or a dish from the next sentence ("The work
   was done in mice."), as a lede of researchers announcing a finding does;
4. a quote with no cue of its own that continues its paragraph ("The benefit was still
   seen 45 days later.") or reports an outcome takes the level of the nearest sentence
   before it (or after it) that has one; observation words that only tell how a trial
   followed or asked its own people (`asked_acts`, "Participants were followed for a
   year") are the trial's, so neither they nor the result after them read as an
   observational study; a lede citing "a study" alone in its paragraph takes the design
   the next paragraphs tell;
5. otherwise opinion: nothing says where the claim comes from.

A headline the segmenter joined to the quote's sentence is not read as the quote's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from summarizer import regex_store, rulebook
from summarizer.model import Span


@dataclass(frozen=True, slots=True)
class EvidenceVerdict:
    level: str  # one of model.EVIDENCE_KINDS
    cues: tuple[str, ...] = ()  # the words that decided it, as written in the source
    reason: str = ""  # one line a reviewer reads: why this level
    opinion: bool = False  # the quote is the article's own view: print "The article says"


# What each level means to a reviewer, for the verdict's reason line.
_WHY: dict[str, str] = {
    "randomized-controlled": "randomized and controlled",
    "controlled-trial": "compared with a placebo, sham or other treatment; not randomized",
    "human-trial": "people were given the treatment; the design is not stated",
    "uncontrolled-trial": "no comparison group (open-label or uncontrolled)",
    "human-observational": "people were observed, not assigned a treatment",
    "case-report": "one person's case",
    "animal": "a study in animals",
    "lab-mechanism": "a lab or mechanism finding, not a result in people",
    "opinion": "a view, hope or sales talk; no study says it",
}
class _Vocabulary(NamedTuple):
    """The design vocabulary every language's word file writes (rulebook lists named in
    `_vocab`), read together: a quote's cue may be in any of them."""

    fake: rulebook.CaselessPattern  # a placebo, a sham, blinding, a device left off
    group: rulebook.CaselessPattern  # a group or an arm ("no comparison group")
    # a comparison or control group's first word ("Vergleichsgruppe", "groupe témoin"):
    # one denied leaves no arm a saline or dummy treatment could be (_own)
    comparison_group: rulebook.CaselessPattern
    # a fake, a control, a comparison, a treatment tested against another
    study_only: rulebook.CaselessPattern
    trial_noun: rulebook.CaselessPattern  # a design_trial word that names a trial (not a dose)
    compare_verb: rulebook.CaselessPattern  # "compared", "comparó", "a comparé", "verglich"
    comparison: rulebook.CaselessPattern  # "than those who", "compared with", "más que quienes"
    negative_cue: rulebook.CaselessPattern  # a cue that is a denial ("no control group")
    denied_after: rulebook.CaselessPattern  # a denial at the clause's end ("…gab es nicht.")
    bare_lab: rulebook.CaselessPattern  # a lab as a place ("a university lab", "Schlaflabor")
    than_hoped: rulebook.CaselessPattern  # "smaller than the team had hoped"


@lru_cache(maxsize=1)
def _vocab() -> _Vocabulary:
    """The design vocabulary (compiled once per rulebook load): Design words that only a
    treatment trial uses (a placebo, a sham, blinding: `fake_treatment_cues`) and those
    that only a study uses (those, and a control or comparison group: `study_only_cues`);
    the nouns of the design_trial lists that name a trial by themselves, and the acts of
    giving or testing a treatment on people ("gave the oil to 40 adults": `trial_nouns`);
    a study comparing, the verb, not the noun "sin grupo de comparación"
    (`compare_verbs`); a comparison of groups in words, not a placebo, a sham or a
    control group (`comparison_words`); a design cue that is a denial, which says what a
    study lacked, not that it was a trial (`negative_cues`); a denial after the cue at
    the clause's end, where German puts it (`denied_after`); a lab word that names a
    place where researchers work or people are measured, not a dish (`bare_lab_leads`,
    `bare_lab_words`, tried from a word's start only so a page of digits reads in linear
    time); a comparison with a hope, not the speaker's view (`than_hoped`)."""
    every = rulebook.pattern_in_every_language
    return _Vocabulary(
        every("(?:{})", "fake_treatment_cues"),
        every("(?:{})", "group_cues"),
        every("(?:{})", "comparison_group_cues"),
        every("(?:{}|{})", "fake_treatment_cues", "study_only_cues"),
        every("(?:{})", "trial_nouns"),
        every(r"\b(?:{})\b", "compare_verbs"),
        every("(?:{})", "comparison_words"),
        every(r"(?:{})\b", "negative_cues"),
        every(r"\s+(?:\w+\s+)?(?:{})\s*[.;,:)]", "denied_after"),
        every("(?:{})?(?:{})", "bare_lab_leads", "bare_lab_words"),
        every("(?:{})", "than_hoped"))


def _fake(cue: str, r: rulebook.Language) -> bool:
    """Is a design cue a fake treatment: a placebo, a sham, blinding, a device left off,
    or one of the language's placebo_names ("a fake spray", "sin principio activo")?"""
    return bool(_vocab().fake.search(cue) or r["placebo_names"].pattern.search(cue))


class _Patterns(NamedTuple):
    continuing: re.Pattern[str]
    earlier: rulebook.CaselessPattern
    result: rulebook.CaselessPattern
    none_given: rulebook.CaselessPattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The patterns of the word lists read in every language (compiled once per rulebook
    load): a sentence opening by pointing back (`continuing_openers`); a study named
    before ("in those trials", "los participantes del ensayo": `earlier_determiners`,
    `earlier_study_nouns`, `earlier_participants`); a result stated as a share or a
    comparison ("52% of those on the cream", "compared with 20%": `percent_words`,
    `result_phrases`), which reports the study the sentence before it set up; none of a
    group given something (`none_given`)."""
    every = rulebook.pattern_in_every_language
    return _Patterns(
        # (matched at a sentence's start: faster as written than through a lowercased copy)
        every(r"^(?:{})\b", "continuing_openers").exact,
        every(r"\b(?:{})\s+(?:\w+\s+)?(?:{})\b|\b(?:{})", "earlier_determiners",
              "earlier_study_nouns", "earlier_participants"),
        # (?<!\d): a number is tried from its start only (the same matches); from every
        # digit, a page of digits took time growing with the square of its length
        every(r"(?<!\d)\d+(?:[.,]\d+)?\s*(?:%|(?:{})\b)|\b(?:{})", "percent_words",
              "result_phrases"),
        every(r"\b(?:{})", "none_given"))


NEGATION_WINDOW = 3  # words before a design cue that can negate it ("had no placebo group")


def _rules(lang: str) -> rulebook.Language:
    try:
        return rulebook.language(lang)
    except rulebook.MissingRules:
        return rulebook.language("en")


def last_words(text: str, n: int) -> list[str]:
    """The last `n` words of `text`, reading only its end."""
    tail = text[-40 * n:]
    words = tail.split()
    if len(tail) < len(text) and tail[:1].strip() and text[-len(tail) - 1].strip():
        words = words[1:]  # the cut fell inside a word
    return words[-n:]




def _negated(text: str, start: int, rules: rulebook.Language) -> bool:
    """Is the cue at `start` in scope of a negation in the few words before it?"""
    window = last_words(text[:start], NEGATION_WINDOW)
    # (a negation ends with its clause: "240 hombres … sin fiebre, repartidos al azar";
    # a list of designs goes on: "no placebo, sham or other comparison")
    cut = [i for i, w in enumerate(window) if w[-1:] in ",;:"]
    if cut and not (rules["negation"].pattern.fullmatch(window[cut[-1]].strip(",;:"))
                    or _vocab().study_only.search(window[cut[-1]])):
        window = window[cut[-1] + 1:]
    neg = rules["negation"].pattern
    denied = [i for i, w in enumerate(window) if neg.fullmatch(w.strip(",;:()\"“”«»"))]
    if not denied:  # "no placebo or other comparison group": the list's "no" denies it too
        wide = last_words(text[:start], 2 * NEGATION_WINDOW)
        ors = [i for i, w in enumerate(wide) if rules["or_words"].pattern.fullmatch(w)]
        if ors and len(wide) - ors[-1] <= NEGATION_WINDOW:
            window = wide[:ors[-1]][-NEGATION_WINDOW:]
            denied = [i for i, w in enumerate(window) if neg.fullmatch(w.strip(",;:()\"“”«»"))]
    if not denied:
        # "there was no group taking a placebo", "sin un grupo que tomara placebo": the
        # denied group's own words reach the cue
        wide = last_words(text[:start], 2 * NEGATION_WINDOW)
        for i, w in enumerate(wide):
            # the group within three words of the negation ("no group", "no hubo un grupo")
            heads = [j for j in range(i + 1, min(i + 4, len(wide)))
                     if _vocab().group.search(wide[j])]
            if (neg.fullmatch(w.strip(",;:()\"“”«»")) and heads
                    and not any(c in " ".join(wide[i:]) for c in ",;:()")):
                # what follows the group describes it ("that took a placebo", "que tomara
                # placebo"): a relative word there is no comparison
                relative = rules["relative_openers"].pattern
                window = [x for x in wide[heads[0]:] if not relative.fullmatch(x)]
                denied = [0]
    if denied:
        after = window[denied[-1] + 1:]
        if len(after) > 1 and rules["design_randomized"].pattern.fullmatch(after[0].strip(",;:")):
            # "Une étude non randomisée a comparé 400 patients…": the negation is the
            # chance word's, and denies chance only (side21)
            return False
        # "found no benefit over placebo": the negation denies the result compared with
        # the placebo group, which the study had
        between = " ".join(after)
        return not rules["design_versus"].pattern.search(between)
    # "nobody was given a dummy drip": the clause's subject denies it
    clause = text[max(text.rfind(c, 0, start) for c in ",;:(") + 1:start]
    return bool(rules["nobody"].search(clause) or _patterns().none_given.search(clause))


def _affirmed(name: str, text: str, rules: rulebook.Language) -> tuple[list[str], list[str]]:
    """(affirmed, negated) matches of one design list in `text`."""
    yes: list[str] = []
    no: list[str] = []
    for m in rules[name].pattern.finditer(text):
        denied = (_negated(text, m.start(), rules)
                  or bool(_vocab().denied_after.match(text, m.end())))
        (no if denied else yes).append(m.group(0))
    return yes, no


CHANCE_REACH = 8  # words between a chance word and the allocation it decides


def _chance_allocation(text: str, rules: rulebook.Language) -> list[str]:
    """Chance named by any instrument near who got what ("with a random draw deciding who
    got which", "assigned by sealed random envelopes", "per Zufallsliste entschieden,
    wer … bekam"), neither denied ("not assigned by a random draw"): the words from one
    to the other. Read together, so neither a chance word alone ("a random sample") nor
    an allocation alone ("does not say how patients were assigned") is randomization."""
    if not rules["chance_words"].search(text):
        return []
    allocations = list(rules["allocation_words"].pattern.finditer(text))
    out: list[str] = []
    for c in rules["chance_words"].pattern.finditer(text) if allocations else ():
        for a in allocations:
            first, last = (c, a) if c.start() < a.start() else (a, c)
            between = text[first.end():last.start()]
            if len(between.split()) > CHANCE_REACH or any(p in between for p in ".;:"):
                continue
            if not (_negated(text, first.start(), rules) or _negated(text, last.start(), rules)):
                out.append(text[first.start():last.end()])
                break
    return out


def _randomized(text: str, rules: rulebook.Language) -> tuple[list[str], list[str]]:
    """(affirmed, negated) randomization: the rulebook's phrases, else chance near an
    allocation (_chance_allocation)."""
    yes, no = _affirmed("design_randomized", text, rules)
    if not yes and not no:
        yes = _chance_allocation(text, rules)
    return yes, no


_TO_COMMA_OR_FIVE_WORDS = re.compile(r"[^,]*(?=,)|(?:\s*\S+){0,5}")


def names_placebo(quote: str, lang: str) -> bool:
    """Does the quote itself say the comparison was a placebo or sham (not denied: "had
    no placebo group")? Only then may a comparison print as one with a fake treatment;
    "than those who took bupropion alone" compared two medicines."""
    rules = _rules(lang)
    # "Unlike earlier placebo-controlled trials, this one…": another study's design,
    # to the comma (or five words on, where none comes)
    quote = _without_contrast(quote, rules)
    affirmed, _ = _affirmed("placebo_names", _no_phenomena(quote, rules), rules)
    return bool(affirmed)


def _without_contrast(sentence: str, rules: rulebook.Language, studies_only: bool = False
                      ) -> str:
    """The sentence with what a contrast opens blanked, to its comma or five words on
    ("Unlike earlier placebo-controlled trials, this study followed 500 users"), offsets
    kept. With `studies_only`, only a contrast with other studies ("Unlike the placebo
    group, those on the drug improved" names this study's own arm)."""
    for m in rules["contrast_openers"].pattern.finditer(sentence):
        end = _TO_COMMA_OR_FIVE_WORDS.match(sentence, m.end()).end()  # type: ignore[union-attr]
        clause = sentence[m.end():end]
        if studies_only and not (rules["study"].search(clause)
                                 or _vocab().trial_noun.search(clause)):
            continue
        sentence = sentence[:m.start()] + " " * (end - m.start()) + sentence[end:]
    return sentence


_QUOTES = "\"“”«»„‘’'"
# A quotation's closing marks ("…”", "…»", German "„…“").
_CLOSERS = "\"”»’“"
# Who said it, after a quotation's close: a verb, then a person named with a capital
# ("», rappelle Mme Dufresne", "“, betont der Kinderarzt Dr. Baumgartner", "", resume el
# infectólogo Martín Quiroga"): the attribution by its form, whatever the verb.
_ATTRIBUTION = re.compile(r"^\s*[,–—]?\s*(?P<verb>[^\W\d_A-Z][\w’'-]*)\s+(?:\w+\s+){0,3}?[A-Z]\w")
# A testimonial signed before its words ("Ann, Perth: Helps a bit…", "Jonas, 31: Nach
# langen Tagen…"): a first name, then a place or an age, then a colon.
_SIGNED = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]*)?),\s+(?:[A-Z][\w’'-]+|\d{1,3}):\s")
# A quotation opened after a colon ("…, was more cautious: “Many drops…”").
_COLON_QUOTE = re.compile(r":\s*[\"“«„]")
QUOTE_REACH = 3  # sentences after a quotation's first in which it may close


def direct_speech(sentence: str, lang: str, after: Sequence[str] = ()) -> tuple[str, ...]:
    """The speech words of a quotation with who said it ("“…,” said the founder",
    "«…», cuenta Marta", "«…», rappelle Mme Dufresne"), also when the quotation closes in
    a later sentence ("“For an 80-year-old, … stay. This is a cheap pill,” said Dr. Osei")
    or opens after a colon that follows a person ("A retina specialist was more cautious:
    “…”"), or (): what someone says is their view."""
    s = sentence.strip()
    r = _rules(lang)
    if s and s[0] not in _QUOTES:
        signed = _SIGNED.match(s)
        if signed:
            return (signed.group("name"),)
        colon = _COLON_QUOTE.search(s)
        if colon is None or not s[colon.end():].strip():
            return ()
        # the lead names who speaks and tells no study of its own ("In a survey, 500
        # doctors were asked: “…”" is the survey's)
        lead = s[:colon.start()]
        own = _own(lead, lang)
        if own is not None and own.level != "opinion":
            return ()
        return (*r["experts"].find(lead), *r["researchers"].find(lead), *r["speech"].find(lead))
    if not s:
        return ()
    close = max(s.rfind(q) for q in _CLOSERS)
    if close <= 0:
        # the quotation goes on into the next sentences: its close says who spoke
        for later in after[:QUOTE_REACH]:
            later = later.strip()
            close = max(later.rfind(q) for q in _CLOSERS)
            if close >= 0:
                s = later
                break
            if later[:1] in _QUOTES:
                return ()
        else:
            return ()
    tail = s[close + 1: close + 80]
    said = r["speech"].find(tail)
    if said:
        return tuple(said)
    named = _ATTRIBUTION.match(tail)
    return (named.group("verb"),) if named else ()


def _speaker_before(sentence: str, before: Sequence[str], after: Sequence[str],
                    lang: str) -> tuple[str, ...]:
    """The words naming who speaks, in the sentence just before a quotation that says no
    speaker after its close ("Dr. X, a surgeon who was not involved, urged caution. "Many
    treatments have worked in mice and then failed in people. …""): an expert, a
    researcher, someone outside the study or a speech verb there (`experts`,
    `researchers`, `uninvolved`, `speech`); (). A quotation that never closes within
    QUOTE_REACH sentences is no one's."""
    s = sentence.strip()
    if not before or not s or s[0] not in _QUOTES:
        return ()
    if max(s.rfind(q) for q in _CLOSERS) <= 0 and not any(
            max(later.rfind(q) for q in _CLOSERS) >= 0 for later in after[:QUOTE_REACH]):
        return ()
    r = _rules(lang)
    lead = before[-1]
    return tuple(w for name in ("uninvolved", "experts", "researchers", "speech")
                 for w in r[name].find(lead))


@dataclass(frozen=True, slots=True)
class _Own:
    """A sentence's own verdict: its level, the words, and whether a study in people
    leaves its design to the paragraph."""

    level: str
    words: tuple[str, ...]
    open_design: bool = False


def without_permission(sentence: str, lang: str) -> str:
    """The sentence with its permission phrases ("you may eat", "puede tomar") blanked."""
    return _rules(lang)["permission"].pattern.sub(" ", sentence)


def _no_phenomena(sentence: str, r: rulebook.Language) -> str:
    """The sentence with phrases that hold a design word but name no design ("the
    placebo effect") blanked, offsets kept."""
    return r["design_phenomena"].pattern.sub(lambda m: " " * len(m.group(0)), sentence)


@lru_cache(maxsize=65536)
def _own(sentence: str, lang: str) -> _Own | None:
    """The level a sentence states by itself, or None when it states none."""
    r = _rules(lang)
    # (another study's design in a contrast is not this sentence's: "Unlike earlier
    # placebo-controlled trials, this study followed 500 users for a year")
    sentence = _without_contrast(_no_phenomena(sentence, r), r, studies_only=True)
    found: dict[str, tuple[str, ...]] = {}

    def words(name: str) -> tuple[str, ...]:
        """The list's matches in the sentence, each list read once."""
        if name not in found:
            found[name] = tuple(r[name].find(sentence))
        return found[name]

    animal = words("animal")
    # "human stem cells", "células de piel humana": material from people, not people;
    # "not yet checked in people": people named only to deny them
    people = words("people")
    if people:
        kept = _without_denied_people(r["human_material"].pattern.sub(
            lambda m: " " * len(m.group(0)), sentence), r)
        if kept != sentence:
            people = tuple(r["people"].find(kept))
    setting = words("lab_setting")
    in_vitro = [w for w in setting if not _vocab().bare_lab.fullmatch(w)]
    if in_vitro and not people:
        return _Own("lab-mechanism", tuple(in_vitro))  # "slices of mouse brain in a dish"
    material = ([m.group(0) for m in r["animal_material"].pattern.finditer(sentence)]
                if animal else [])
    if material and not people:
        # "nerve fibres from rats", "células de rata": an animal's cells are a lab's
        return _Own("lab-mechanism", tuple(material))
    if animal and not (people and words("design_randomized")):
        return _Own("animal", animal)
    if setting and not (people and _people_in_a_lab(sentence, r)):
        # (people measured in a lab, "slept longer in a sleep lab", are people studied)
        return _Own("lab-mechanism", setting)
    rand_yes, rand_no = _randomized(sentence, r)
    ctrl_yes, ctrl_no = _affirmed("design_controlled", sentence, r)
    if not ctrl_yes:
        ctrl_yes = _versus_medicine(sentence, r)
    if not rand_yes and any(_vocab().comparison_group.search(w) and _vocab().group.search(w)
                            for w in [*ctrl_no, *(u for u in words("design_uncontrolled")
                                                  if _vocab().negative_cue.match(u))]):
        # "In einer offenen Studie ohne Vergleichsgruppe erhielten 60 Patienten …
        # Kochsalzlösung": with no comparison group, the saline is what everyone got, no
        # control (side21)
        ctrl_yes = [w for w in ctrl_yes if not _fake(w, r)]
    if not rand_yes:
        # "…, but the report didn't say how women ended up in each group": the study made
        # the groups it compares, however it did
        ctrl_yes = [*ctrl_yes, *r["allocation_unstated"].find(sentence)]
    if not ctrl_yes:
        # "gave half the volunteers the drug and the other half plain water": two arms
        # given different things are compared, whatever the other got (the pair is read
        # with its giving verb: "some patients improved and others did not" is none)
        ctrl_yes = r["arm_pairs"].find(sentence)
    if rand_yes and not (people or ctrl_yes or words("study") or words("design_trial")
                         or words("finding")):
        # chance with no one studied and nothing given ("a laptop was drawn at random
        # among the customers") is a prize draw, not a trial's allocation
        rand_yes = []
    unctrl = words("design_uncontrolled")
    # (a follow-up denied, "the children were not followed up for long", observes no one)
    observed = (tuple(_affirmed("design_observational", sentence, r)[0])
                or _records_studied(sentence, lang))
    pre_post: tuple[str, ...] = ()
    if not rand_yes and not any(_fake(w, r) for w in ctrl_yes):
        # "a pilot study ... split by chance ... a sham group" is randomized: a pilot is
        # a small study, open only when nothing says otherwise
        unctrl = tuple(dict.fromkeys(unctrl + words("design_pilot")))
        # (people followed before and after a treatment are measured, not observed: "A
        # clinical study that followed 28 people…, measuring their breathing pauses before
        # and after treatment")
        watched = [w for w in observed if not r["followed_over_time"].search(w)]
        if people and not watched and not unctrl and (
                words("study") or words("finding") or _counted_people(lang).search(sentence)):
            # the same people measured before and after it, in a study or a counted group:
            # nothing to compare with but themselves (counts before and after a change in
            # the law are observed; "take one before and after each meal" is advice)
            pre_post = words("design_pre_post")
            unctrl = pre_post
    # A registry, survey or chart review that compares groups ("lower rates than people
    # who took...") or had no control group is still observation: no one was assigned.
    # Only a randomization, a placebo or sham, or an explicit trial design (open-label,
    # single-arm) makes it a trial.
    explicit_trial = [w for w in unctrl if not _vocab().negative_cue.match(w)]
    # "no one was given a dummy lozenge": denying a placebo or sham says a treatment was
    # given, so the study is a trial without a control, not an observation
    denied_control = [w for w in ctrl_no if _fake(w, r)]
    chose = (words("design_self_selected")
             if people and not rand_yes and not explicit_trial else ())
    if people and not rand_yes and not explicit_trial and not chose \
            and _vocab().compare_verb.search(sentence):
        # "compared people who already took it with people who did not": groups that
        # chose ("patients already on antidepressants added SAMe" is a trial's background)
        chose = words("already_users")
    if chose and (words("study") or words("finding")):
        # "191 people who already microdosed on their own, with no placebo": no one was
        # given anything, so a missing placebo says nothing of a trial
        return _Own("human-observational", chose)
    if (people and not rand_yes and not explicit_trial and not denied_control
            and (any(_vocab().negative_cue.match(w) and _vocab().group.search(w) for w in unctrl)
                 or any(_vocab().group.search(w) for w in ctrl_no))):
        # people followed with no comparison group: a clinic's patients in routine care
        # are observed ("siguió a 150 pacientes de consultas de Galicia"), and so is a
        # clinic's report on its patients ("A report from a sleep clinic, which did not
        # use a comparison group, found that 40 of 62 patients…"); the people a study
        # followed are a trial without one ("Otro estudio, sin grupo de comparación,
        # siguió a 25 pacientes…"), as in English
        treated = r["treated_series"].search(sentence)
        if treated and not _records_studied(sentence, lang):
            # "Our own audit of 93 patients treated for tennis elbow … found that 78 said
            # they were better at three months, with no comparison group": a clinic's
            # treated series told to a time point is a trial without a control (its
            # charts or records read back, or figures with no such denial, stay observed)
            return _Own("uncontrolled-trial", tuple(dict.fromkeys(
                (treated.group(0), *[w for w in unctrl if _vocab().group.search(w)],
                 *[w for w in ctrl_no if _vocab().group.search(w)]))))
        follow = words("followed_over_time")
        routine = r["routine_patients"].search(sentence)
        if follow and routine:
            return _Own("human-observational", (*follow, routine.group(0)))
        report = r["clinic_reports"].search(sentence)
        if report and not _given(sentence, r):
            return _Own("human-observational", (report.group(0),))
        if follow and observed and all(r["followed_over_time"].search(w) for w in observed):
            observed = ()
    if (observed and not rand_yes and not explicit_trial and not denied_control
            and not any(_fake(w, r) for w in ctrl_yes)):
        return _Own("human-observational", observed)
    if (unctrl and not rand_yes and not ctrl_yes and not ctrl_no and people
            and all(r["design_randomized"].search(w) for w in unctrl)
            and (observed or (words("followed_over_time")
                              and _counted_people(lang).search(sentence)))):
        # "In einer Auswertung unserer eigenen Behandlungen …, die nicht randomisiert war",
        # "A clinic followed 210 young women … but the study was not randomized": records
        # or a counted group followed, whose only design word denies chance, observe
        return _Own("human-observational", tuple(dict.fromkeys(
            (*(observed or words("followed_over_time")), *unctrl))))
    # Selling words ("a breakthrough", "the most effective") in a sentence that states no
    # design of its own are the speaker's view, even beside a trial's report.
    hype = () if rand_yes or ctrl_yes or unctrl else words("hype")
    if hype:
        return _Own("opinion", hype)
    if not (words("study") or words("design_trial") or words("finding")
            or (people and _counted_people(lang).search(sentence))):
        # "compared to those receiving therapy alone" compares nothing unless a study does
        # (or a counted group: "were compared with the standard ones in 120 patients");
        # a placebo, a sham, a control group or another group given something ("A second
        # group of 60 got salt water") is a study's by itself
        ctrl_yes = [w for w in ctrl_yes
                    if _vocab().study_only.search(w) or _fake(w, r) or _vocab().group.search(w)]
    if (ctrl_yes and people and not rand_yes and not unctrl
            and all(_vocab().comparison.search(w) for w in ctrl_yes)
            and _compares_groups(sentence, ctrl_yes, r)
            and not any(_vocab().trial_noun.search(w) for w in words("design_trial"))
            and (words("study") or words("finding"))):
        # "a study of 60,000 adults found that those who kept taking it … than those who
        # stopped": groups that chose for themselves, compared; no one was assigned
        return _Own("human-observational", people + tuple(ctrl_yes), open_design=True)
    # "A small randomized trial comparing rosemary oil with minoxidil …, but it had no
    # placebo group": randomized between two treatments, no placebo among them
    no_fake_only = bool(unctrl) and all(_vocab().negative_cue.match(w) and _fake(w, r)
                                        for w in unctrl)
    if rand_yes and (not unctrl or (no_fake_only and any(not _fake(w, r) for w in ctrl_yes))):
        return _Own("randomized-controlled", tuple(dict.fromkeys(rand_yes + ctrl_yes)))
    # (the denial of chance in words of its own, "un estudio no aleatorizado", is a
    # negative cue, but denies only chance: the groups a study compares stand)
    chance_denied = explicit_trial or (
        list(unctrl) if all(r["design_randomized"].search(w) for w in unctrl) else [])
    if (chance_denied and not rand_yes and not ctrl_no and people
            and all(_chance_word(w, r) for w in chance_denied)
            and (words("study") or words("design_trial"))
            and _counted_people(lang).search(sentence)):
        # "une étude non randomisée comparant 150 personnes … à 150 qui …", "Un estudio no
        # aleatorizado … comparó a 90 alumnas que … con 85 que no": a study that only
        # denies chance and compares counted groups is controlled, not open
        compared = [m.group(0) for m in _vocab().compare_verb.finditer(sentence)]
        # (side20: or a second group counted after the first, "90 pacientes recibieron la
        # terapia y 85 el tratamiento habitual": two arms, compared)
        compared = compared or _second_group(sentence, lang)
        if compared:
            return _Own("controlled-trial", tuple(dict.fromkeys(compared + chance_denied)))
    if explicit_trial and not rand_yes and not any(_fake(w, r) for w in ctrl_yes):
        # "an open-label trial … compared with their own months without it": an explicit
        # open design outranks a comparison that names no placebo, sham or control group;
        # a design told only by "before and after" yields to one its paragraph states
        return _Own("uncontrolled-trial", tuple(dict.fromkeys(explicit_trial)),
                    open_design=bool(pre_post))
    if (not ctrl_yes and rand_no and people and not unctrl and not ctrl_no
            and (words("study") or words("design_trial"))):
        # "Another study compared 70 people who trained with 40 who chose not to, without
        # any random assignment": groups compared, not randomized
        ctrl_yes = [m.group(0) for m in _vocab().compare_verb.finditer(sentence)]
    if ctrl_yes:
        return _Own("controlled-trial", tuple(dict.fromkeys(ctrl_yes + rand_no)))
    negated = [*rand_no, *ctrl_no]
    # "no placebo group", "not randomized": a trial without a comparison; "followed 300
    # patients without a comparison group" with no treatment given stays observational.
    if unctrl or (negated and (rand_no or words("design_trial")
                               or any(_fake(w, r) for w in ctrl_no)
                               # "a clinic report, which did not use a comparison group,
                               # found that 40 of 62 patients…": treated, not compared
                               or (people and any(_vocab().group.search(w) for w in ctrl_no)
                                   and not words("design_case_report")
                                   and not words("followed_over_time")))):
        return _Own("uncontrolled-trial", tuple(dict.fromkeys([*unctrl, *negated])))
    case = words("design_case_report")
    if case:
        return _Own("case-report", case)
    if observed:
        return _Own("human-observational", observed)
    # (blanking permissions and "than hoped" only removes words: a sentence with no view
    # word keeps none, and the long permission list is read only when there is one)
    opinion = tuple(r["opinion"].find(
        _vocab().than_hoped.sub(" ", without_permission(sentence, lang)))
    ) if r["opinion"].search(sentence) else ()
    if people:
        trial = _given(sentence, r)
        study = words("study")
        # a dose or a session is a trial's only inside a study ("patients must return for
        # more doses" is advice, "a single dose eased depression in their study" is not)
        planned = words("plans")  # "plans a trial in people": no finding yet
        if trial and not planned and (study or any(_vocab().trial_noun.search(w) for w in trial)):
            return _Own("human-trial", people + trial, open_design=True)
        if trial and not opinion and r["outcome"].search(sentence) \
                and _counted_people(lang).search(sentence):
            # "Twelve patients received six infusions, and eight improved": a counted
            # group given the treatment and how it did is a study's report, not advice
            return _Own("human-trial", people + trial, open_design=True)
        dosed = _DOSED_VOLUNTEERS.search(sentence)
        if dosed and not opinion and not planned and _counted_people(lang).search(sentence):
            # "In 12 healthy volunteers, a single dose raised…": volunteers are recruited
            # to be given something, and a counted group of them given a dose is a trial
            return _Own("human-trial", tuple(dict.fromkeys((*people, dosed.group(0)))),
                        open_design=True)
        # (a counted group followed over time is observed: "Entre 5.000 adultos seguidos
        # durante diez años", as "Among 5,000 adults followed for ten years")
        finding = words("finding") or (words("followed_over_time")
                                       if _counted_people(lang).search(sentence) else ())
        if not finding and not trial and study and _counted_people(lang).search(sentence):
            # "Dans une étude portant sur 1 300 patients…, les réactions … n'étaient pas
            # plus fréquentes que chez les autres patients": how often something came in a
            # study's counted people, no one given anything (side21)
            finding = words("rate_findings")
        if finding and not opinion:
            return _Own("human-observational", people + finding, open_design=True)
        studied = [w for w in study if not r["researchers"].pattern.fullmatch(w)]
        if studied and not opinion and (r["outcome"].search(sentence)
                                        or r["result_verbs"].search(sentence)):
            # "In a study of 40 patients, symptoms improved within a week": people in a
            # study and how they did; the design is the paragraph's, if it says one
            return _Own("human-trial", people + study, open_design=True)
    mechanism = words("mechanism")
    hedged = all(r["hedges"].pattern.fullmatch(w) for w in opinion)
    if opinion and hedged and r["group_references"].search(sentence):
        # "…in 81% of the oil group and 62% of those who used nothing, which suggests…":
        # a study arm's result, hedged in its reading, is still the study's result
        opinion = ()
    if opinion and not (mechanism and _EXPLAINS.search(sentence) and hedged):
        return _Own("opinion", opinion)
    if mechanism:
        # "binds to serotonin receptors, which may explain its effect": a mechanism told
        # as the explanation, hedged, is still one ("scientists believe…" stays a view,
        # and "the combination can cause too much serotonin" is a warning)
        return _Own("lab-mechanism", mechanism)
    return None


RECORD_REACH = 4  # words between an inquiry ("a review of") and the recorded thing


@lru_cache(maxsize=16)
def _record_study(lang: str) -> re.Pattern[str]:
    r = _rules(lang)
    return regex_store.compile(
        rf"{r['inquiry_nouns'].pattern.pattern}\W*(?:\S+\s+){{0,{RECORD_REACH}}}?"
        rf"{r['recorded_things'].pattern.pattern}|{r['records_from'].pattern.pattern}",
        re.IGNORECASE)


def _records_studied(sentence: str, lang: str) -> tuple[str, ...]:
    """An inquiry into what a health system records ("a review of 2,300 operations", "a
    study of state coronial records", "eine Auswertung von Arzneimitteldaten") or records
    from counted places ("Records from 41 care homes"): read back after the fact, no one
    was given anything by a study. Not when trials follow ("an analysis of data from 12
    trials" pools trials, whatever their design)."""
    out: list[str] = []
    for m in _record_study(lang).finditer(sentence):
        tail = " ".join(sentence[m.end():].split()[:RECORD_REACH])
        if not _vocab().trial_noun.search(tail):
            out.append(m.group(0))
    return tuple(out)


# A lab as the place people were measured: "in a sleep lab", "en un laboratorio del
# sueño", "im Schlaflabor", or a laboratory study ("a laboratory study", "un estudio de
# laboratorio"); not a lab that speaks ("anunció un laboratorio universitario").
_IN_PLACE = re.compile(
    r"(?i)\b(?:in|at|en|dans|im|au)\s+(?:(?:the|a|an|el|un|una|le|la|les|l[’'])\s*)?(?:\w+\s+)?$")


@lru_cache(maxsize=16)
def _lab_study(lang: str) -> re.Pattern[str]:
    """A study named right after a lab word ("a laboratory study") or right before it
    ("un estudio de laboratorio"): matched at the start of the words after it, searched
    at the end of the words before it."""
    r = _rules(lang)
    return re.compile(rf"^\s+{r['lab_study_after'].pattern.pattern}"
                      rf"|{r['lab_study_before'].pattern.pattern}\s+$", re.IGNORECASE)


def _people_in_a_lab(sentence: str, r: rulebook.Language) -> bool:
    """Is every lab word of the sentence a place where people were measured (a bare lab
    after "in", or a laboratory study), so the people are studied, not cells?"""
    for m in r["lab_setting"].pattern.finditer(sentence):
        if not _vocab().bare_lab.fullmatch(m.group(0)):
            return False
        before = sentence[max(0, m.start() - 30):m.start()]
        lab_study = _lab_study(r.lang)
        if not (_IN_PLACE.search(before) or lab_study.match(sentence[m.end():m.end() + 12])
                or lab_study.search(before)):
            return False
    return True


# A place before a population ("in people", "en personas", "chez l'homme", "am Menschen").
_POPULATION_AT = re.compile(r"(?i)(?:\bin|\ben|\bchez|\bam|\ban|\bbei|\bon|\bsur)\s+$")


# "without", "sin": a negation that gives a property ("personas sin hogar"), not a denial.
_WITHOUT = re.compile(r"(?i)without|sin|sans|ohne")


def _denies(text: str, r: rulebook.Language) -> bool:
    """Does `text` hold a negation that denies (not "without")?"""
    return any(not _WITHOUT.fullmatch(m.group(0)) for m in r["negation"].pattern.finditer(text))


def _without_denied_people(sentence: str, r: rulebook.Language) -> str:
    """The sentence with people named only to deny them blanked ("a finding not yet
    checked in people", "algo que no se ha probado en personas", "was am Menschen noch
    nicht geprüft wurde"): a population the finding does not reach, named bare after
    "in" with no number, with a negation in its clause (before it, or after it where
    German puts it). Offsets kept."""
    out = sentence
    if not r["negation"].search(sentence):
        return out
    for m in r["people"].pattern.finditer(sentence):
        if not _POPULATION_AT.search(sentence[max(0, m.start() - 6):m.start()]):
            continue
        start = max(sentence.rfind(c, 0, m.start()) for c in ",;:(") + 1
        end = min([i for i in (sentence.find(c, m.end()) for c in ",;:.)") if i >= 0]
                  or [len(sentence)])
        clause = sentence[start:m.start()]
        if any(ch.isdigit() for ch in clause[-20:]):
            continue  # "did not help in 40 patients": people studied
        if _denies(clause, r) or _denies(sentence[m.end():end], r):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# A mechanism told as the reason a treatment works ("which may explain its effect", "lo
# que podría explicar", "ce qui pourrait expliquer", "was seine Wirkung erklären könnte").
_EXPLAINS = re.compile(r"(?i)\b(?:explain\w*|explic\w+|expliqu\w+|erkl[äa]r\w+)")


# Volunteers and a dose in one sentence ("12 healthy volunteers, a single dose"), any order.
_DOSED_VOLUNTEERS = re.compile(
    r"(?i)\b(?:volunteers?|voluntari[oa]s|volontaires|freiwillige[n]?|proband(?:en|innen))\b"
    r"(?=.*\b(?:doses?|dosis|dosen|infusions?|infusi[oó]n|perfusions?|injections?|inyecci[oó]n"
    r"|injektion(?:en)?)\b)")


MEDICINE_REACH = 4  # words after "as well as" in which the other medicine is named


def _versus_medicine(sentence: str, r: rulebook.Language) -> list[str]:
    """"worked as well as sertraline", "aussi efficace que la sertraline": a comparison of
    effect with a medicine named in the next few words (rulebook drugs.toml or an INN
    ending), as the comparison and the medicine's name; [] when none is named ("eased
    anxiety as well as sleep problems")."""
    out: list[str] = []
    for m in r["as_good_as"].pattern.finditer(sentence):
        tail = " ".join(sentence[m.end():].split()[:MEDICINE_REACH])
        drugs = rulebook.drugs()
        named = drugs.pattern.search(tail)
        name = named.group(0) if named else next(iter(drugs.drug_like(tail).values()), "")
        if name:
            out.append(f"{m.group(0)} {name}")
    return out


@lru_cache(maxsize=16)
def _counted_people(lang: str) -> re.Pattern[str]:
    """A number, in digits or words, before the people it counts ("Twelve patients",
    "40 veterans", "doce pacientes")."""
    r = _rules(lang)
    numbers = "|".join(sorted((re.escape(w) for w in r.number_words), key=len, reverse=True))
    return regex_store.compile(
        rf"(?<!\w)(?:\d[\d.,]*|{numbers})\s+(?:[\w-]+\s+){{0,2}}?(?:{r['people'].pattern.pattern})",
        re.IGNORECASE)


_NON = re.compile(r"(?i)^non[\s-]?")


def _chance_word(cue: str, r: rulebook.Language) -> bool:
    """Is a design cue a word of chance (`design_randomized`), perhaps denied by a "non"
    prefix ("non-randomised", "non randomisé")?"""
    return bool(r["design_randomized"].search(cue) or r["design_randomized"].search(
        _NON.sub("", cue)))


def _second_group(sentence: str, lang: str) -> list[str]:
    """A second group counted after a sentence's first counted people, joined to it
    (`list_joins`) and told by its people or, elliptically, by an article before what it
    got ("70 patients had the injections and 65 the usual physiotherapy", "80 patients ont
    reçu la cure et 75 le traitement habituel"); not a share of the first ("and 58
    percent responded"). [the join and the number] or []."""
    first = _counted_people(lang).search(sentence)
    if not first:
        return []
    second = _second_count(lang).search(sentence, first.end())
    return [second.group(0)] if second else []


@lru_cache(maxsize=16)
def _second_count(lang: str) -> re.Pattern[str]:
    """A join, then a number before people or an article (_second_group)."""
    r = _rules(lang)
    numbers = "|".join(sorted((re.escape(w) for w in r.number_words), key=len, reverse=True))
    joins = "|".join(r["list_joins"].entries) or "(?!x)x"
    heads = "|".join((*r["articles"].entries, *r["determiners"].entries,
                      *r["definite_articles"].entries)) or "(?!x)x"
    return re.compile(
        rf"\b(?:{joins})\s+(?:\d[\d.,]*|{numbers})\s+(?:(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{r['people'].pattern.pattern})|(?:{heads})\b)", re.IGNORECASE)


rulebook.on_reload(_second_count.cache_clear)


def _compares_groups(sentence: str, cues: Sequence[str], r: rulebook.Language) -> bool:
    """Does every comparison compare groups of people ("than those who stopped"), not
    one treatment with another ("compared the oil with sertraline in 80 patients")?"""
    for cue in cues:
        at = sentence.find(cue)
        near = cue + " " + " ".join(sentence[at + len(cue):].split()[:2]) if at >= 0 else cue
        if not (r["group_words"].search(near) or r["people"].search(near)):
            return False
    return True


def _given(sentence: str, r: rulebook.Language) -> tuple[str, ...]:
    """The sentence's design_trial words, less those that define a group by what its
    people did ("found that those who took it daily…"): a study that sorts people by
    what they chose observes them; one that gave them something is a trial."""
    rel = r["group_relatives"].pattern
    def relative(start: int) -> bool:
        # the word before ("those who took") or, verb last, the clause's first ("Menschen,
        # die es täglich nahmen")
        clause = sentence[sentence.rfind(",", 0, start) + 1:start].split()
        before = last_words(sentence[:start], 1)
        return any(rel.fullmatch(w.strip(",;")) for w in [*before, *clause[:1]])

    # ("researchers who gave the drug to 132 teenagers" gave it: a trial's act)
    out = [m.group(0) for m in r["design_trial"].pattern.finditer(sentence)
           if _vocab().trial_noun.search(m.group(0)) or not relative(m.start())]
    return tuple(dict.fromkeys(out))


_DESIGNS = ("randomized-controlled", "controlled-trial", "uncontrolled-trial", "case-report")


def classify(
    sentence: str, before: Sequence[str] = (), after: Sequence[str] = (), lang: str = "en",
    earlier: Sequence[str] = (),
    following: Sequence[str] = (),
) -> tuple[str, tuple[str, ...], str]:
    """(level, cue words, how it was decided) for a sentence in its paragraph.

    `before` and `after` are the paragraph's other sentences, in text order; `earlier`
    the paragraph before it, read only for a sentence about "those trials", or by one that
    opens its paragraph and continues the one before ("The extract cut anxiety by 60%." on
    its own line after the zebrafish paragraph: its last sentence). `following` are the
    next few sentences of the article, read only by a lede announcing what researchers
    found without saying in whom: it reports the study the article tells next.
    """
    own = _own(sentence, lang)
    if own is not None and own.level == "human-observational" and (before or earlier) \
            and _measures_trial_people(sentence, lang):
        # "…took the spray or a placebo. Participants were followed for a year.": the
        # trial's own people followed or asked, not a study of its own (in its paragraph,
        # or, opening one, the paragraph before)
        design = _trial_before([*(before or earlier), sentence], lang)
        if design is not None:
            return design.level, own.words + design.words, "paragraph"
    if earlier and own is not None and own.level == "controlled-trial" and (
            _patterns().earlier.search(sentence)):
        # "…any better than the placebo in those trials": the trials named before, and
        # randomized there
        for other in [*reversed(before), *reversed(earlier)]:
            o = _own(other, lang)
            if o is not None and o.level == "randomized-controlled":
                return o.level, own.words + o.words, "paragraph"
    if (own is not None and own.level == "controlled-trial" and (before or earlier)
            and not _introduces_study(sentence, lang) and not _names_study(sentence, lang)
            # ("…, proches du placebo dans la plupart des essais": other studies, pooled
            # in a phrase anywhere, not the randomized one told before)
            and not _rules(lang)["other_studies"].search(sentence)
            # ("…, sans préciser comment les enfants avaient été répartis": the sentence
            # says the allocation is unknown, whatever design came before)
            and not _rules(lang)["allocation_unstated"].search(sentence)):
        # a result after its randomized design ("…randomly assigned to the spray or a
        # placebo. The trial lasted 12 weeks. After a month, 40% of those on the spray…,
        # against 15% on placebo"), in its paragraph back to the study's first sentence
        # or, opening one, at the end of the paragraph before
        for other in reversed(before) if before else earlier[-1:]:
            o = _own(other, lang)
            if o is not None and o.level in _DESIGNS:
                if o.level == "randomized-controlled":
                    return o.level, own.words + o.words, "paragraph"
                break
            if _introduces_study(other, lang):
                break
    if own is not None and own.level == "controlled-trial":
        # "…took the drops or a placebo. Who got which was decided by lot.": the same
        # study's allocation, told next (not another study's)
        chance = _chance_next(after, lang)
        if chance:
            return "randomized-controlled", own.words + chance, "next sentence"
    flags = _flags(sentence, lang)
    if flags.same_design:
        # "A second trial with the same design found…": the design told before it
        for other in [*reversed(before), *reversed(earlier)]:
            o = _own(other, lang)
            if o is not None and o.level in _DESIGNS and o.level != "case-report":
                return o.level, o.words, "paragraph"
    speech = direct_speech(sentence, lang, after) or _speaker_before(sentence, before, after, lang)
    told = _first_person_story(sentence, own, lang)
    if told:
        return "opinion", told, "sentence"  # someone's own story or view, no study
    if speech and (own is None or own.level not in _DESIGNS or own.level == "case-report"):
        return "opinion", speech, "sentence"  # a quotation is its speaker's view
    reported = _reported_view(sentence, own, lang)
    if reported:
        return "opinion", reported, "sentence"  # "…, a dermatologist not involved, said that…"
    # (`following` last in each test: derive_evidence reads it only when asked)
    if _announces_finding(sentence, own, lang) and following:
        for other in following[:LEDE_REACH]:
            o = _own(other, lang)
            if o is not None and (o.level == "animal" or (
                    o.level in _DESIGNS and o.level != "case-report")):
                return o.level, o.words, "article"
    if (own is not None and own.level == "lab-mechanism"
            and not flags.lab_setting and _announces_finding(sentence, None, lang) and following):
        # "Investigadores aseguran haber descubierto una molécula que revierte la
        # depresión. La probaron en ratones.": the molecule is what they found, the next
        # sentence says in whom
        o = _own(following[0], lang)
        if o is not None and o.level == "animal":
            return o.level, o.words, "next sentence"
    if (not before and (own is None or own.level == "opinion"
                        # (a mechanism word in researchers' announcement, "Scientists reverse
                        # ageing: 'zombie cell' cocktail…"; not cells in a dish)
                        or (own.level == "lab-mechanism" and not flags.lab_setting
                            and _rules(lang)["researchers"].search(sentence))
                        or _only_hoped_for(sentence, own, lang))
            and _claims_a_finding(sentence, lang) and following):
        # "Ancient herb restores erectile function…, study finds", "A combination … restored
        # normal nerve function, offering new hope to millions": a result claimed in no one,
        # opening its paragraph, reports the study the article tells next (in rats)
        for other in following[:LEDE_REACH]:
            o = _own(other, lang)
            if o is not None and (o.level == "animal" or (
                    o.level in _DESIGNS and o.level != "case-report")):
                return o.level, o.words, "article"
    if flags.cites_study and following and (
            own is None or own.level == "opinion"
            # "The molecule reversed hearing loss, according to a new study.": a
            # mechanism word names what was found, not in whom
            or (own.level == "lab-mechanism" and not flags.lab_setting)):
        # "Creatine lifts low mood in days, a university study suggests. The work was done
        # in mice.": the next sentence says in whom
        o = _own(following[0], lang)
        if o is not None and (o.level == "animal" or (
                o.level == "lab-mechanism"
                and not all(_vocab().bare_lab.fullmatch(w) for w in o.words))):
            return o.level, o.words, "next sentence"
    if (own is None or own.open_design) and earlier and _patterns().earlier.search(sentence):
        # "In that trial, the drug cut relapses by half." opening its paragraph: the
        # trial the paragraph before describes
        for other in [*reversed(before), *reversed(earlier)]:
            o = _own(other, lang)
            if o is not None and o.level in _DESIGNS and o.level != "case-report":
                return o.level, (own.words if own else ()) + o.words, "paragraph"
    # (the sentences after it up to one that opens another study: "…la mitad dijo marearse
    # menos. En otro estudio que comparó…" is not the first result's design)
    nearest = [*reversed(before), *_same_study(after, lang)]
    if own is not None and own.open_design:
        # "Un estudio que revisó datos de 4.000 pacientes…" is a study of its own: only
        # the sentences after it, up to another study, tell its design ("In a study, 40
        # adults took the capsules… There was no placebo group.")
        others = nearest
        if _introduces_study(sentence, lang):
            others = []
            for other in after:
                if _introduces_study(other, lang):
                    break
                others.append(other)
        for other in others:
            if _introduces_study(other, lang):
                continue  # "Another study...", "En un ensayo...": not the same study
            o = _own(other, lang)
            if o is not None and o.level in _DESIGNS and o.level != "case-report":
                return o.level, own.words + o.words, "paragraph"
        if not after and _rules(lang)["study_says"].search(sentence) and following:
            # a lede that reports "a study" ("…, according to a study led by researchers
            # at X.") alone in its paragraph: the next paragraphs tell that study's design
            # ("The trial enrolled 212 adults. Participants were randomly assigned…"), up
            # to another study
            for other in following[:LEDE_REACH]:
                if _introduces_study(other, lang):
                    break
                o = _own(other, lang)
                if o is not None and o.level in _DESIGNS and o.level != "case-report":
                    return o.level, own.words + o.words, "article"
        return own.level, own.words, "sentence"
    if (own is not None and own.level == "human-observational" and after
            and _rules(lang)["treated_series"].search(sentence)
            and not _records_studied(sentence, lang)):
        # "En nuestra propia serie, 72 pacientes tratados … respondieron una encuesta a los
        # seis meses… No hubo un grupo de comparación…": the treated series' missing
        # comparison, told next, makes it a trial without a control, as in one sentence
        o = _own(after[0], lang)
        if o is not None and o.level == "uncontrolled-trial" and not _rules(lang)[
                "people"].search(after[0]) and all(
                    _vocab().group.search(w) for w in o.words):
            return o.level, own.words + o.words, "next sentence"
    if own is not None:
        return own.level, own.words, "sentence"
    if flags.planned:
        # "The team now plans a trial in people.": a study still to come reports nothing
        return "opinion", flags.planned, "sentence"
    denied = _rules(lang)["no_evidence"].find(sentence)
    if denied:
        # "no hay estudios que muestren que…", "there is no evidence that…": the article's
        # judgement that no study says it, not a result of the study beside it
        return "opinion", tuple(denied), "sentence"
    continuing = continues(sentence)
    r = _rules(lang)
    # a result: an outcome, a share or comparison in numbers, or a share of the group
    # studied opening the sentence ("Two thirds said they felt calmer")
    result = bool(r["outcome"].search(sentence) or _patterns().result.search(sentence)
                  or r["result_shares"].pattern.match(sentence.lstrip(" \"“«'"))
                  # the study's people followed ("Se siguió a los participantes un año")
                  or (r["followed_over_time"].search(sentence) and r["people"].search(sentence)
                      and not _counted_people(lang).search(sentence)))
    # a sentence naming a study's arm ("Falls were a third less common in the mirabegron
    # group") or a measure changed by an amount ("Blood pressure fell by 10 points") is a
    # study's result, and continues the study before it as one pointing back does
    continuing = continuing or flags.names_arm or flags.changed
    result = result or flags.names_arm or flags.changed
    if continuing or result:
        if continuing and result and not before:
            # a result opening its own paragraph reports the study just before it; a
            # plan or a remark ("The company plans to…") does not
            nearest = [*after, *earlier[-1:]]
        for other in nearest:
            o = _own(other, lang)
            if o is not None:
                if _first_person_story(other, o, lang):
                    # "Stem cells saved my knee… The knee has been worse ever since.": a
                    # story goes on, and is still no study
                    return "opinion", (), "paragraph"
                if o.level == "human-observational" and other in before:
                    # "…took the spray or a placebo. The researchers also surveyed their
                    # partners. Those on the spray slept longer.": how the trial measured
                    # is no study of its own; its result is the trial's
                    design = _trial_before(before[:before.index(other) + 1], lang)
                    if design is not None:
                        return design.level, design.words, "paragraph"
                return o.level, o.words, "paragraph"
    return "opinion", (), "no evidence cue"


def _same_study(after: Sequence[str], lang: str) -> list[str]:
    """The sentences of `after` before the first that opens another study ("En otro
    estudio…", "Another trial…"): only they can tell the design of what comes before."""
    out: list[str] = []
    for other in after:
        if _introduces_study(other, lang):
            break
        out.append(other)
    return out


# A sentence that opens on something new ("A separate survey…", "One review…", "Un
# registro…"): its observation is its own.
@lru_cache(maxsize=16)
def _opens_new(lang: str) -> re.Pattern[str]:
    """The language's new_openers at a sentence's start, or after its first phrase."""
    openers = _rules(lang)["new_openers"].pattern.pattern
    return re.compile(rf"^\W*(?:[^,.;:]{{0,40}},\s*)?{openers}", re.IGNORECASE)


def _measures_trial_people(sentence: str, lang: str) -> bool:
    """Do the sentence's observation words only tell how people already in a study were
    followed or asked ("Participants were followed for a year", "they were surveyed six
    months later"), with no study, no new counted group and no records of its own?"""
    r = _rules(lang)
    if (_opens_new(lang).match(sentence) or _introduces_study(sentence, lang)
            or _names_study(sentence, lang) or _counted_people(lang).search(sentence)):
        return False
    acts = r["followed_over_time"].pattern, r["asked_acts"].pattern
    cues = r["design_observational"].find(sentence) + r["followed_over_time"].find(sentence)
    return bool(cues) and all(any(a.fullmatch(c) for a in acts) for c in cues)


def _trial_before(before: Sequence[str], lang: str) -> _Own | None:
    """The trial design stated earlier in the paragraph than its last sentence, when
    every sentence from there on tells the same study (none opens another), else None."""
    if _introduces_study(before[-1], lang) or _names_study(before[-1], lang):
        return None
    for other in reversed(before[:-1]):
        o = _own(other, lang)
        if o is not None and o.level in _DESIGNS and o.level != "case-report":
            return o
        if _introduces_study(other, lang):
            return None
    return None


LEDE_REACH = 4  # sentences after a lede in which the study it announces is told

# Levels a sentence in the first person may owe to words alone ("great mouse data", "stem
# cells saved my knee", "an enzyme"), or to its paragraph ("Had PRP in my left knee…").
_STORY_LEVELS = (None, "animal", "lab-mechanism", "human-trial")


def _first_person_story(sentence: str, own: _Own | None, lang: str) -> tuple[str, ...]:
    """The first-person words of a sentence told by someone about their own experience or
    view ("My honest view: … great mouse data …", "Stem cells saved my knee", "Had PRP in
    my left knee and it made a real difference"), when it names no study of its own: what
    a forum member or a pharmacist says of themselves is their view, not a study's level
    ("In my clinic we followed 200 patients" is observed and keeps its level); ()."""
    r = _rules(lang)
    level = getattr(own, "level", None)
    if level == "controlled-trial" and own is not None and not r["people"].search(sentence) \
            and all(_vocab().comparison.search(w) and not _fake(w, r) for w in own.words):
        # "I took these all winter and only had one cold, compared with three the year
        # before": the teller compared with their own past, no group was
        level = None
    if level not in _STORY_LEVELS:
        return ()
    found = r["first_person"].find(sentence)
    if (not found or _introduces_study(sentence, lang)
            # (a study named only to deny it, "hasn't been shown in a single good trial",
            # is no study of the teller's)
            or any(not _negated(sentence, m.start(), r)
                   for m in _study_named(lang).finditer(sentence))
            or _reports_finding(sentence, r)):  # "In mice, my team found…" reports a study
        return ()
    return tuple(found)


def _reports_finding(sentence: str, r: rulebook.Language) -> bool:
    """Does a finding word report a study's result? Not one denied ("hasn't been shown in a
    single good trial") nor one that people did ("the ones who found a treatment they could
    keep up with"): a relative after people, not after a study."""
    relative = r["group_relatives"].pattern
    for m in r["finding"].pattern.finditer(sentence):
        if _negated(sentence, m.start(), r):
            continue
        lead = last_words(sentence[:m.start()], 3)
        if lead and relative.fullmatch(lead[-1]) and not r["study"].search(" ".join(lead)) \
                and not r["design_trial"].search(" ".join(lead)):
            continue
        return True
    return False


REPORTED_REACH = 30  # words before a speech verb in which its speaker is named


def _reported_view(sentence: str, own: _Own | None, lang: str) -> tuple[str, ...]:
    """The speaker's words of a view reported without quotation marks, when the speaker
    is someone outside the study or company ("Dr. X, a virologist who was not involved,
    said that results in ferrets often fail…", `uninvolved`) or a person named by a
    pronoun opening the sentence ("She added that…", `speaker_pronouns`), and the
    sentence states no design of its own (animals or a dish named in a view are the
    view's examples); ()."""
    if own is not None and own.level not in ("opinion", "animal", "lab-mechanism"):
        return ()
    r = _rules(lang)
    said = r["speech"].pattern.search(sentence)
    if said is None or len(sentence[:said.start()].split()) > REPORTED_REACH:
        return ()
    subject = sentence[:said.start()]
    outside = r["uninvolved"].find(subject)
    if outside:
        return (*outside, said.group(0))
    first = subject.split()
    if len(first) == 1 and r["speaker_pronouns"].pattern.fullmatch(first[0]):
        return (first[0], said.group(0))
    return ()


@lru_cache(maxsize=16)
def _study_of_its_own(lang: str) -> re.Pattern[str]:
    """A study not mentioned before, anywhere in a sentence ("…; a trial that assigned
    1,731 couples at random…", "…, une étude où…"): a new study's determiner
    (`new_study_determiners`, every language's), a few words, a study noun (lang's)."""
    r = _rules(lang)
    nouns = f"{r['study'].pattern.pattern}|{r['design_trial'].pattern.pattern}"
    new = "|".join(rulebook.in_every_language("new_study_determiners")) or r"(?!x)x"
    return regex_store.compile(rf"\b(?:{new})\s+(?:\S+\s+){{0,2}}?(?:{nouns})", re.IGNORECASE)


def _chance_next(after: Sequence[str], lang: str) -> tuple[str, ...]:
    """The randomization words of the sentence right after a quote ("Who got which was
    decided by lot.", "Les groupes ont été tirés au sort."), when it tells the quote's
    study, not another ("Another study assigned 50 people at random…"); ()."""
    if not after or _introduces_study(after[0], lang) or _study_of_its_own(lang).search(after[0]):
        return ()
    yes, _ = _randomized(after[0], _rules(lang))
    return tuple(yes)


def _announces_finding(sentence: str, own: _Own | None, lang: str) -> bool:
    """"Researchers at X say they have identified a bacterium that could cure anxiety":
    researchers and a result, no population and no design of its own (a bare "university
    lab" is where they work, not a dish)."""
    r = _rules(lang)
    lab_speaks = own is not None and own.level == "lab-mechanism" and all(
        _vocab().bare_lab.fullmatch(w) for w in own.words)
    if own is not None and own.level != "opinion" and not lab_speaks:
        return False
    # a lab announcing a result in people it never studied ("logra que los niños con
    # autismo…, anunció un laboratorio") reports the study it tells next (in rats)
    return bool(r["researchers"].search(sentence) and r["result_verbs"].search(sentence)
                and (lab_speaks or not r["people"].search(sentence)))


def _only_hoped_for(sentence: str, own: _Own | None, lang: str) -> bool:
    """Is the sentence a trial in people only because of the people its result is for
    ("A compound … shrank swollen prostates …, offering new hope to millions of men")?
    Those are `beneficiaries`, not the people it was found in; a study's own thousands
    ("registers that have followed thousands of pregnancies") keep their level, as they
    are observed, not given anything."""
    if own is None or own.level != "human-trial":
        return False
    r = _rules(lang)
    hoped = r["beneficiaries"].pattern
    return bool(hoped.search(sentence)) and not r["people"].search(hoped.sub(" ", sentence))


def _claims_a_finding(sentence: str, lang: str) -> bool:
    """Does the sentence claim a result ("restores", "reversed", "wiped out") in no one it
    names, the people it is for aside ("offering hope to millions of men"), and is no one's
    quotation, story or claim?"""
    r = _rules(lang)
    # (what someone claims or says is theirs: "Stem cell clinics claim the injections regrow
    # cartilage" is the clinics' view, whatever study follows)
    if (sentence.lstrip()[:1] in _QUOTES or r["first_person"].search(sentence)
            or r["speech"].search(sentence)):
        return False
    # a result denied in its clause claims none ("No pill restores hearing once it is gone")
    if not any(not (r["negation"].search(clause) or r["nobody"].search(clause))
               for m in r["result_verbs"].pattern.finditer(sentence)
               for clause in (sentence[max(sentence.rfind(c, 0, m.start()) for c in ",;:") + 1:
                                       m.start()],)):
        return False
    return not r["people"].search(r["beneficiaries"].pattern.sub(" ", sentence))


@dataclass(frozen=True, slots=True)
class _Flags:
    """What classify reads of a sentence beside its own level, read once per sentence."""

    same_design: bool  # "a second trial with the same design"
    lab_setting: bool  # a dish or a lab named
    cites_study: bool  # "…, a university study suggests": a study's result, no population
    planned: tuple[str, ...]  # "the team plans a trial": a study still to come
    names_arm: bool  # "in the mirabegron group": an arm of a study told before
    changed: bool  # "Blood pressure fell by 10 points": a measure a study changed


@lru_cache(maxsize=65536)
def _flags(sentence: str, lang: str) -> _Flags:
    r = _rules(lang)
    return _Flags(
        bool(r["same_design"].search(sentence)),
        bool(r["lab_setting"].search(sentence)),
        bool(r["study_says"].search(sentence) and not r["people"].search(sentence)),
        tuple(r["plans"].find(sentence)),
        bool(r["group_references"].search(sentence)),
        bool(r["result_changes"].search(sentence)))


def continues(sentence: str) -> bool:
    """Does the sentence open by pointing back ("That lasted…", "El extracto…")?"""
    return bool(_patterns().continuing.match(sentence.strip(" \"“«'")))



@lru_cache(maxsize=16)
def _new_study_pattern(lang: str) -> re.Pattern[str]:
    r = _rules(lang)
    nouns = f"{r['study'].pattern.pattern}|{r['design_trial'].pattern.pattern}"
    # a determiner of a study not mentioned before ("In another trial", "Una segunda"),
    # every language's (new_study_leads, new_study_determiners); the nouns are lang's
    leads = "|".join(rulebook.in_every_language("new_study_leads")) or r"(?!x)x"
    new = "|".join(rulebook.in_every_language("new_study_determiners")) or r"(?!x)x"
    # (after a connective to its comma: "En cambio, un estudio…", "By contrast, a trial…")
    return regex_store.compile(
        rf"^\W*(?:[^\W\d][^,.;:]{{0,20}},\s*)?(?:(?:{leads})\s+)?(?:{new})\s+(?:\S+\s+){{0,3}}?"
        rf"(?:{nouns})", re.IGNORECASE)


def about_earlier(sentence: str) -> bool:
    """Does the sentence speak of a study named before it ("in those trials")?"""
    return bool(_patterns().earlier.search(sentence))


def reads_earlier(sentence: str, has_before: bool, lang: str = "en") -> bool:
    """Does the sentence take context from the paragraph before its own: it speaks of a
    study named before ("in those trials"), or opens its paragraph pointing back or with
    a comparison whose design the paragraph before states? One answer for the sources
    pipeline and the gate, so the level the editor proposes is the level the gate
    derives."""
    if _flags(sentence, lang).same_design:
        return True
    return bool(_patterns().earlier.search(sentence)) or (not has_before and (
        continues(sentence) or _flags(sentence, lang).names_arm or _flags(sentence, lang).changed
        or getattr(_own(sentence, lang), "level", "") == "controlled-trial"))


@lru_cache(maxsize=65536)
def _introduces_study(sentence: str, lang: str) -> bool:
    """Does the sentence open on a study of its own ("Another trial found...") or on
    other studies ("Earlier, smaller studies that...")?"""
    return bool(_new_study_pattern(lang).match(sentence) or _other_studies(lang).match(sentence))


def _names_study(sentence: str, lang: str) -> bool:
    """Does the sentence name a study of its own anywhere ("When it was tested against
    diazepam in a head-to-head study…", "For cluster headache, a study of 43 patients
    compared…"), so it is no result of the one told before?"""
    return bool(_study_named(lang).search(sentence))


@lru_cache(maxsize=16)
def _study_named(lang: str) -> re.Pattern[str]:
    r = _rules(lang)
    nouns = f"{r['study'].pattern.pattern}|{r['design_trial'].pattern.pattern}"
    return regex_store.compile(
        rf"\b(?:in|en|dans)\s+(?:a|an|un|una|une|einer)\s+(?:\S+\s+){{0,3}}?(?:{nouns})\b"
        # a study with a count of its own people ("a study of 43 patients", "un estudio
        # de 40 pacientes", "une étude de 40 patients", "eine Studie mit 40 Patienten")
        rf"|\b(?:a|an|un|una|une|eine[rn]?)\s+(?:\S+\s+){{0,2}}?(?:{r['study'].pattern.pattern})"
        r"\s+(?:of|with|in|on|de|con|en|sur|chez|mit|an|bei)\s+(?:\S+\s+){0,2}?\d",
        re.IGNORECASE)


@lru_cache(maxsize=16)
def _other_studies(lang: str) -> re.Pattern[str]:
    """Other studies than the one told, in the sentence's first words."""
    other = _rules(lang)["other_studies"].pattern.pattern
    return re.compile(rf"^\W*(?:\w+\W+){{0,2}}?(?:{other})", re.IGNORECASE)


def _paragraph(text: str, span: Span) -> tuple[int, int]:
    """Bounds of the paragraph around `span`, as the sources pipeline reads it (so the
    editor's proposed level and the gate's agree): the segmenter's block within the
    blank-line paragraph, which tells a hand-wrapped paragraph from extracted HTML's one
    paragraph per line under headings without a final period (a headline once made a
    whole article one paragraph)."""
    start = text.rfind("\n\n", 0, span.start)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", span.end)
    end = len(text) if end < 0 else end
    inside = [(s, e) for s, e in _block_spans(text[start:end])
              if s + start < span.end and e + start > span.start]
    if inside:
        return start + inside[0][0], start + inside[-1][1]
    return start, end


@lru_cache(maxsize=256)
def _block_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    """The segmenter's blocks of a blank-line paragraph, kept: an HTML article is often
    one such paragraph, read again for each of its quotes."""
    from summarizer.sources.segment import blocks

    return tuple((b.span.start, b.span.end) for b in blocks(paragraph, "txt"))


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of each sentence of `text`, kept for the next quote of the
    same paragraph."""
    from summarizer.sources.segment import segment

    return tuple((s.span.start, s.span.end, s.text) for s in segment(text, "txt"))


class _Following(Sequence[str]):
    """The sentences after a quote: its paragraph's, then the next 1,500 characters',
    segmented only when classify asks (a lede or a study's result with no population)."""

    def __init__(self, after: list[str], text: str, p_end: int) -> None:
        self._after, self._text, self._p_end = after, text, p_end
        self._all: list[str] | None = None

    def _sentences(self) -> list[str]:
        if self._all is None:
            out = list(self._after)
            if len(out) < LEDE_REACH:
                out += [s for _, _, s in _sentences(self._text[self._p_end:self._p_end + 1500])]
            self._all = out[:LEDE_REACH]
        return self._all

    def __len__(self) -> int:
        return len(self._sentences())

    def __bool__(self) -> bool:
        return bool(self._after) or bool(self._sentences())

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        return self._sentences()[i]


def _after_headline(text: str, start: int, quote_start: int) -> int:
    """Where the quote's sentence starts when the segmenter joined a headline to it ("A
    breath of xenon wipes out fear memories, opening a revolutionary new era\nA single
    breath of xenon gas erased…"): a quote that opens a line, after a line with no
    sentence end, starts its own sentence there, so the headline's selling words are not
    read as the quote's. A hand-wrapped sentence breaks mid-sentence, never before a
    quote that opens with a capital."""
    if quote_start <= start or text[quote_start - 1] != "\n":
        return start
    line = text[start:quote_start].rstrip()
    if not line or line[-1] in ".!?:;…。！？\"”»'’" \
            or not text[quote_start:quote_start + 1].isupper():
        return start
    return quote_start


def derive_evidence(source_text: str, span: Span, lang: str = "en") -> EvidenceVerdict:
    """The level the quote at `span` supports, read from it and its paragraph."""
    quote = source_text[span.start:span.end]
    p_start, p_end = _paragraph(source_text, span)
    paragraph = source_text[p_start:p_end]
    before: list[str] = []
    after: list[str] = []
    q_start, q_end = span.start, span.end  # widened to whole sentences: a part of a
    for a, b, s in _sentences(paragraph):  # sentence is read with the rest of it
        a, b = a + p_start, b + p_start
        if b <= span.start:
            before.append(s)
        elif a >= span.end:
            after.append(s)
        else:
            q_start, q_end = min(q_start, a), max(q_end, b)
    q_start = _after_headline(source_text, q_start, span.start)
    if (span.start == 0 or source_text[span.start - 1] == "\n") and (
            source_text[span.end:span.end + 1] in ("", "\n")) and (
            source_text[span.start:span.start + 1] in _QUOTES):
        # a quotation that is whole lines (a signed testimonial between two other lines
        # of extracted text) is its own sentence: the segmenter may have joined its
        # neighbours' words to it ("« … » (Nadia, Morges)\nX est inscrite au registre…")
        q_start, q_end = span.start, span.end
    quote = source_text[q_start:q_end] or quote
    earlier: list[str] = []
    if p_start > 0 and reads_earlier(quote, bool(before), lang):
        e_start, e_end = _paragraph(source_text, Span(max(0, p_start - 2), max(0, p_start - 2)))
        earlier = [s for _, _, s in _sentences(source_text[e_start:e_end])]
    following = _Following(after, source_text, p_end)
    level, words, how = classify(quote, before, after, lang, earlier, following)
    reason = f"{_WHY[level]} ({how}" + (f": {', '.join(words)})" if words else ")")
    return EvidenceVerdict(level, words, reason, opinion=level == "opinion")


_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def stated_level(text: str, lang: str) -> str | None:
    """The level the first sentence of `text` states by itself when it names its own
    study ("In a placebo-controlled trial, …", "A survey of 2,000 adults found…"), else
    None; None too for a language without word lists. The printed lead-in is left out
    when it would say the same again (summarizer.printed.lead_in)."""
    lang = rulebook.base_language(lang)
    if lang not in rulebook.languages():
        return None
    first = _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0]
    if not (_study_named(lang).search(first) or _new_study_pattern(lang).match(first)
            or _rules(lang)["design_observational"].search(first)):
        return None
    own = _own(first, lang)
    return own.level if own is not None else None


def hedge_words(sentence: str, lang: str = "en") -> tuple[str, ...]:
    """The words that make a sentence uncertain ("may ease", "podría"), from the
    rulebook's hedges; "may" that grants permission ("you may eat a light meal") and an
    approximation before a number ("up to 2 hours", "about 40%") are not hedges."""
    rules = _rules(lang)
    text = without_permission(sentence, lang)
    out: list[str] = []
    for m in rules["hedges"].pattern.finditer(text):
        rest = text[m.end():m.end() + 24].split()
        someday = rules["someday"].pattern.match(text[m.end():].lstrip())  # "could one day"
        # (a hedge of several words opens a clause, "es posible que una parte…", "it is
        # possible that a third…": a number after it is no approximation)
        if rest and not someday and " " not in m.group(0).strip() and (
                rest[0][0].isdigit() or rest[0].lower() in rules.number_words
                or rest[0].lower() in {"a", "an", "un", "una", "half", "third", "quarter"}):
            continue
        out.append(m.group(0))
    return tuple(dict.fromkeys(out))


# Results kept per input read the word lists: a reload forgets them (and the paragraphs'
# sentences with them, so nothing read before a reload is kept after it).
for _kept in (_patterns, _vocab, _own, _flags, _introduces_study, _new_study_pattern,
              _other_studies, _study_named, _counted_people, _block_spans, _sentences,
              _lab_study, _opens_new, _record_study, _study_of_its_own):
    rulebook.on_reload(_kept.cache_clear)
