"""Safety notices and sales talk read as concepts, not as fixed phrases.

A phrase list finds "a nurse stays with you" but not "one of our nurses, who watches you
place the pads". Here a notice is a combination of the rulebook's concept lists
(summarizer/rulebook/words/<lang>.toml, optional keys) read with a little sentence
structure:

- supervision: someone who cares for the patient (`care_actors`) doing something to
  or for them (`care_acts`) later in the same clause;
- self-medication: a prohibition that opens a clause (`prohibitions`) followed closely
  by something a patient could do alone (`patient_acts`: imperatives, so "no cambie" is
  an order and "no cambia" a description), or asking a professional first (`ask_first`);
- side effects: besides the side-effect words, interactions and warning signs; a side
  effect in scope of a negation ("does not cause memory loss", "no tiene efectos
  secundarios") is denied, not stated;
- hype: promises (`hype_promises`), exclamations, and superlatives unless only
  clinicians or researchers are said to judge so (`experts` without `sellers`).

Pure functions; the patterns compile on first use (WordList.pattern is cached).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from summarizer import rulebook
from summarizer.evidence import last_words
from summarizer.sources.regulators import names_a_regulator

# Where a clause starts: the sentence's start, after punctuation that opens a clause, or
# after a coordinating word. A prohibition elsewhere ("people who do not respond") is
# not an order to the reader.
_CLAUSE_START = re.compile(
    r"[;:,—–(]\s*|\b(?:and|but|or|so|also|please|y|e|pero|o|u|as[ií]\s+que|adem[aá]s|por\s+eso)\s+",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:.!?]|\s[—–]\s")
_QUOTES = "\"“”«»„‘’'"
_NEGATIVE_SUBJECT = re.compile(r"^\W*\w")  # a clause that opens on a word (its subject)
ACT_WINDOW = 90  # characters after an actor in which its act must start
PROHIBITION_WINDOW = 8  # words between a prohibition and the act it forbids
NEGATION_WINDOW = 3  # words before a side effect that can deny it


def _rules(lang: str) -> rulebook.Language:
    try:
        return rulebook.language(lang)
    except rulebook.MissingRules:
        return rulebook.language("en")


def clause_head(text: str, start: int, stops: str = ",;:(") -> str:
    """The text from the last of `stops` before `start` up to it: the clause a word sits
    in. (Found from the end, not by splitting the whole prefix: a 1,500-character
    unpunctuated "sentence" has hundreds of words to test.)"""
    return text[max(text.rfind(c, 0, start) for c in stops) + 1:start]


def _clause_tail(text: str, start: int, limit: int) -> str:
    """The text after `start`, up to the end of its clause or `limit` characters."""
    tail = text[start:start + limit]
    end = _CLAUSE_END.search(tail)
    return tail[: end.start()] if end else tail


@lru_cache(maxsize=65536)
def supervision(sentence: str, lang: str) -> tuple[str, ...]:
    """"nurse … watches you": an actor and, later in its clause, what they do for you."""
    r = _rules(lang)
    acts = r["care_acts"].pattern
    actors = list(r["care_actors"].pattern.finditer(sentence))
    if r["obligations"].search(sentence):  # an escort the article requires
        actors += r["escorts"].pattern.finditer(sentence)
    for actor in actors:
        tail = _clause_tail(sentence, actor.end(), ACT_WINDOW)
        act = acts.search(tail)
        if act and not _negated(tail, act.start(), r) and not _research(tail, act.end()):
            return (actor.group(0), act.group(0))
    own = _own_clinician(sentence, r, lang)
    if own:
        return own
    if r.subject_after_verb:  # the subject may follow its verb ("debe seguirlo un
        # especialista", "betreut Sie unsere Diabetesberaterin": sup20)
        for act in acts.finditer(sentence):
            tail = _clause_tail(sentence, act.end(), 40)
            actor = r["care_actors"].pattern.search(tail)
            if actor and not _negated(sentence, act.start(), r) and not _research(
                    sentence, act.end()):
                return (act.group(0), actor.group(0))
    return ()


# What researchers go through: records of many people, earlier trials ("reviewed the
# results of twelve earlier trials", "revisaron los datos de 300 niños"), not a patient.
_RESEARCH_OBJECT = re.compile(
    r"(?i)\b(?:of|de)\s+(?:more\s+than\s+|over\s+|m[aá]s\s+de\s+)?(?:\d[\d,.]*|hundreds|thousands"
    r"|dozens|twelve|cientos|miles|decenas)\b|\b(?:trials|studies|ensayos|estudios)\b"
    r"|\bfor\s+(?:the|a|their)\s+study\b|\bpara\s+(?:el|un|su)\s+estudio\b"
)


def _research(text: str, pos: int) -> bool:
    """Does what follows an act (up to its clause's end) make it research, not care?"""
    return bool(_RESEARCH_OBJECT.search(_clause_tail(text, pos, 80)))


_FUTURE_ES = re.compile(r"(?i)\w+r(?:á|án)$")  # "citará", "valorarán"; not "para"
_CLITIC = re.compile(r"(?i)^(?:le|la|lo|les|los|las|se|me|te)$")


def _own_clinician(sentence: str, r: rulebook.Language, lang: str) -> tuple[str, ...]:
    """"Your doctor will want to see you…", "su médico valorará la causa": the patient's
    own clinician doing something for them (talking, advising or prescribing aside)."""
    modals, talk = r["care_modals"].pattern, r["talk_verbs"].pattern
    for actor in r["possessive_actors"].pattern.finditer(sentence):
        words = _clause_tail(sentence, actor.end(), 80).split()[:6]
        i = 0
        while i < len(words) and modals.fullmatch(words[i].strip(",")):
            i += 1
        while i < len(words) and _CLITIC.match(words[i]):
            i += 1
        if i >= len(words):
            continue
        verb = words[i].strip(",.;")
        modal_seen = i > 0 and not all(_CLITIC.match(w) for w in words[:i])
        if talk.fullmatch(verb) or not verb.isalpha():
            continue
        if modal_seen or (lang == "es" and _FUTURE_ES.match(verb)):
            return (actor.group(0), verb)
    return ()


def clause_starts(sentence: str) -> set[int]:
    """Where the sentence's clauses begin (after leading quotes and bullets, and after
    each clause opener): an order counts only there, for concepts and disclaimers."""
    starts = {len(sentence) - len(sentence.lstrip(_QUOTES + " ¿¡(-–—•·*"))}
    starts.update(m.end() for m in _CLAUSE_START.finditer(sentence))
    return starts


@lru_cache(maxsize=65536)
def clearance(sentence: str, lang: str) -> tuple[str, ...]:
    """Asking a clinician first because of a health state or an interaction named before
    it ("If you have heart trouble, talk to your GP before your first swim", "Si estás
    embarazada…, consulta a tu médico antes de usarlo", "it can add to the effect of
    sleeping pills, so check with your doctor first"): the clinician screens the patient,
    which is supervision, and the reader is told not to start alone, which is
    self-medication (an order that names the clinician is both: session 10's labels)."""
    r = _rules(lang)
    ask = r["ask_first"].search(sentence)
    if not ask:
        return ()
    # a health state, or an interaction the asking is for ("it could interfere with your
    # thyroid tablets, so have a word with your GP before you start")
    state = (r["health_states"].pattern.search(sentence, 0, ask.start())
             or r["interactions"].pattern.search(sentence, 0, ask.start())
             or _asked_under_a_condition(sentence, ask, r))
    return (state.group(0), ask.group(0)) if state else ()


def other_medicine_taken(sentence: str, lang: str) -> bool:
    """Is an order's condition the reader (or the one cared for) taking another medicine
    (`taking_conditions` and, before the clause ends, a class of medicines of the
    faithfulness table's `medicine_classes`: "If you take a blood thinner such as
    warfarin, check with your pharmacist before use, because clove oil may increase the
    risk of bleeding", "Si vous prenez un anticoagulant…")? The harm the order gives as
    its reason is an interaction, a side effect, as when the order names the combination
    itself (side26). A drug's name alone is not enough: "If you take valproate, do not
    stop it suddenly…" names the article's own treatment."""
    r = _rules(lang)
    for m in r["taking_conditions"].pattern.finditer(sentence):
        stop = min((i for i in (sentence.find(c, m.start()) for c in ",;:") if i >= 0),
                   default=len(sentence))
        if _medicine_classes(r.lang).search(sentence[m.start():stop]):
            return True
    return False


@lru_cache(maxsize=16)
def _medicine_classes(lang: str) -> rulebook.WordList:
    """Any class of medicines ("blood thinners", "anticoagulantes", "sleeping pills"): the
    faithfulness table's `medicine_classes`, the one list of them (forgotten when the
    rulebook reloads)."""
    table = rulebook.section(lang, "faithfulness").get("medicine_classes", {})
    return rulebook.WordList("medicine_classes", lang,
                             tuple(e for entries in table.values() for e in entries))


rulebook.on_reload(_medicine_classes.cache_clear)


def _asked_under_a_condition(sentence: str, ask: re.Match[str],
                             r: rulebook.Language) -> re.Match[str] | None:
    """The condition word of a plain asking order the sentence puts under a condition,
    whatever the state is ("Wenn Sie regelmäßig Medikamente einnehmen, fragen Sie vor der
    Anwendung Ihre Apotheke", "Talk to your doctor first if you find it hard to move"):
    the condition opens a clause before or after the asking. Not an asking denied ("do
    not start it without asking your doctor"): that forbids acting alone."""
    if r["negation"].search(clause_head(sentence, ask.start()) + " " + ask.group(0)):
        return None
    starts = clause_starts(sentence)
    for m in r["conditions"].pattern.finditer(sentence):
        between = sentence[ask.end():m.start()]
        if m.start() in starts or (m.start() >= ask.end() and len(between) < 40
                                   and "," not in between):
            return m  # (right after the asking: "Talk to your doctor first if you…")
    return None


@lru_cache(maxsize=65536)
def self_medication(sentence: str, lang: str) -> tuple[str, ...]:
    """A prohibition opening a clause, then a patient's act ("Do not change the dose",
    "Tampoco deje el antidepresivo"); or asking a professional first (a `clearance`
    too: "If you have asthma, check with your pharmacist before starting")."""
    r = _rules(lang)
    found = list(r["ask_first"].find(sentence))
    starts = clause_starts(sentence)
    acts = r["patient_acts"].pattern
    for m in r["prohibitions"].pattern.finditer(sentence):
        if m.start() not in starts:
            continue
        words = sentence[m.end():].split()[:PROHIBITION_WINDOW]
        if words and r["articles"].pattern.fullmatch(words[0]):
            continue  # "never a substitute for…", "no es una…": a description, no order
        window = _clause_tail(" ".join(words), 0, 200)
        act = acts.search(window)
        if act:
            found.append(f"{m.group(0)} {act.group(0)}")
    # a contraindication: a negated modal anywhere, then taking or using in its clause
    # ("It must not be taken with…", "no deben tomarse si…", "ne doit pas être prise",
    # "darf … nicht eingenommen werden", "dürfen kein … erhalten")
    # (not what it replaces: "should not be used as a substitute for a varied diet"; not
    # a regulator's restriction reported, "the HPRA says it must not be used in…": that
    # is its regulatory notice)
    reported = names_a_regulator(sentence)
    for m in r["contra_modals"].pattern.finditer(sentence) if not reported else ():
        window = _clause_tail(" ".join(sentence[m.end():].split()[:PROHIBITION_WINDOW]), 0, 200)
        act = r["taking_acts"].pattern.search(window) or acts.search(window)
        if act and not r["substitutes"].search(window):
            found.append(f"{m.group(0)} {act.group(0)}")
    alone = r["alone"].search(sentence)
    forbid = r["forbid"].search(sentence[: alone.start()]) if alone else None
    if forbid and alone:
        between = sentence[forbid.end(): alone.start()]
        if acts.search(between) or r["use_acts"].search(between):
            found.append(alone.group(0))  # "people … should not swap it … without their GP"
    return tuple(dict.fromkeys(found))


def _negated(text: str, start: int, r: rulebook.Language, window: int = NEGATION_WINDOW) -> bool:
    """Is the word at `start` denied by a negation in the few words before it, within
    its clause ("does not cause memory loss"; not "if you do not sleep, headaches"), or by
    the clause's subject ("None of the children had side effects", "Ninguno de…")?"""
    # "doesn't cause the same kind of dependence": the filler is no word between them
    clause = r["denial_fillers"].pattern.sub(" ", clause_head(text, start))
    before = last_words(clause, window)
    neg = r["negation"].pattern
    if any(neg.fullmatch(w.strip("\"“”«»'")) for w in before):
        return True
    return bool(_NEGATIVE_SUBJECT.match(clause) and r["negative_subjects"].pattern.match(
        clause.lstrip(" \"“”«»'(¿¡")))


def reason_clause(sentence: str, start: int, lang: str) -> bool:
    """Is `start` inside a clause giving the reason for an instruction ("Do not mix
    them, because the mix can cause…", "do not stop it suddenly: stopping can bring on
    seizures")? Such a danger explains the order."""
    head = sentence[:start]
    return ":" in head or ";" in head or bool(_rules(lang)["causal"].search(head))


_SO = re.compile(
    r"(?i)[,;]\s*(?:and\s+)?(?:so|therefore|which\s+is\s+why|that\s+is\s+why|as[ií]\s+que"
    r"|por\s+(?:eso|lo\s+tanto)|de\s+modo\s+que)\s+"
)


def reason_before_order(sentence: str, end: int, lang: str) -> bool:
    """Is the danger ending at `end` the reason for a prohibition after it ("X can lower
    its levels, so never start or stop either without asking")? The notice is the order.
    Not for a precaution ("…, so do not drive"): the harm is a side effect too."""
    so = _SO.search(sentence, end)
    r = _rules(lang)
    if not (so and r["prohibitions"].pattern.match(sentence, so.end())):
        return False
    # "can make you nod off, so you must not drive": a precaution against the harm, which
    # the reader must still be told (a driving order names no dose to take or leave)
    return not r["precaution"].search(sentence[so.end():so.end() + 40])


def checked_for(sentence: str, start: int, lang: str) -> bool:
    """Is the symptom at `start` what someone checks for ("to ask about your mood and
    any rash", "vigilar si aparece fiebre")? A check names a risk; it states none."""
    before = clause_head(sentence, start, ";:(")  # a list's commas stay in
    return bool(_rules(lang)["checked_for"].search(" ".join(last_words(before, 8))))


def denied(sentence: str, start: int, lang: str) -> bool:
    """Is the side effect at `start` denied ("no tiene efectos secundarios")?"""
    return _negated(sentence, start, _rules(lang))


@lru_cache(maxsize=65536)
def side_effect_extras(sentence: str, lang: str) -> tuple[re.Match[str], ...]:
    """Interactions, warning signs and harms said by their frame (`harm_frames`):
    side-effect notices without a side-effect word."""
    r = _rules(lang)
    mechanism = r["mechanism"].pattern
    # a harm said by its frame ("…has been reported in people taking…", "rare but
    # serious", "a habit I never had before"), unless the sentence reports an outcome
    # ("Better sleep has been reported…")
    frames = () if r["outcome"].search(sentence) else tuple(
        r["harm_frames"].pattern.finditer(sentence))
    # "raises dopamine levels in the brain" is how a drug acts, not an interaction
    return tuple(m for m in (*r["interactions"].pattern.finditer(sentence),
                             *r["warning_signs"].pattern.finditer(sentence), *frames,
                             *stop_signs(sentence, lang))
                 if not mechanism.search(m.group(0)))


def stop_signs(sentence: str, lang: str) -> tuple[re.Match[str], ...]:
    """Warning signs said by their frame: a condition naming a sign of harm, then an order
    to stop the treatment ("If a headache after the drops is severe…, stop using them and
    call…", "Si notás el ojo muy rojo…, suspendé el colirio"). The labels of every folder
    read "stop it and see a doctor" signs as side effects; without the stop ("If your
    vision gets worse, see your optometrist") the signs may be the illness's, a
    supervision notice only (session 11's released held-out set). A clinic's "call us if you
    get blistering" is one too, with the sign named ("call us if you have any questions"
    names none)."""
    r = _rules(lang)
    return tuple(m for m in r["stop_on_signs"].pattern.finditer(sentence)
                 if r["side_effects"].search(m.group(0)) or r["sign_words"].search(m.group(0)))


_TITLE_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]*")


def in_a_name(text: str, start: int, end: int, lang: str = "") -> bool:
    """Is the match at `start:end` part of a Title Case name ("© 2026 Dizzy Heights
    Notes", "the Sleepy Owl Book Club"): capitalised mid-sentence, beside another
    capitalised word? A blog's or a club's name states no symptom. Not in German, which
    capitalises every noun ("Der Blutdruck kann … steigen")."""
    if lang == "de":
        return False
    if not text[start:start + 1].isupper() or not text[:start].strip(" \"“”«»'(¿¡-–—•*"):
        return False
    before = text[:start].rstrip(" ").split(" ")[-1] if text[:start].endswith(" ") else ""
    after = text[end:].split(" ", 1)[1] if text[end:].startswith(" ") else ""
    return bool((_TITLE_WORD.fullmatch(before) and before != "I")
                or _TITLE_WORD.match(after))


def reported(sentence: str, start: int, lang: str) -> bool:
    """Is the harm at `start` only reported: what the writer read or heard ("I've read it
    can cause a bad rash"), or a warning the drug once carried ("For years the drug
    carried a boxed warning about depression")? It states no side effect of its own."""
    r = _rules(lang)
    return any(m.end() <= start for name in ("hearsay", "past_warnings")
               for m in r[name].pattern.finditer(sentence, 0, start))


def anecdote(sentence: str, lang: str) -> bool:
    """The writer's own story ("I started sea swimming in Brighton last October, after two
    years of feeling flat"): opens on the narrator and states no outcome, view, sales
    talk or study, so there is nothing in it to cite."""
    r = _rules(lang)
    opening = r["narrators"].pattern.match(sentence.lstrip(" \t-–—•*"))
    if not opening or not opening.group(0)[:1].isupper():
        return False
    return not any(r[name].search(sentence) for name in (
        "outcome", "opinion", "hype", "study", "finding", "design_trial", "cure",
        "result_verbs", "side_effects", "hype_promises"))


# "In rats,", "Studies in mice", "En ratas con estrés": a setting opening the sentence.
_SETTING = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:in|en|dans|chez|bei|among|entre)\s+(?:\w+\s+){0,3}", re.IGNORECASE
)


def about_animals(sentence: str, lang: str) -> bool:
    """A sentence set in animals or cells and not in people ("In rats, clozapine reversed
    memory problems", "Studies in mice…"): a study's result, not a warning to the patient."""
    m = _SETTING.match(sentence)
    if not m:
        return False
    r = _rules(lang)
    head = sentence[: m.end() + 40]
    return bool(r["animal"].search(head) or r["lab_setting"].search(head)) and not (
        r["people"].search(sentence)
    )


# -------------------------------------------------------------------------------- hype


def _joined(langs: tuple[str, ...], name: str) -> rulebook.CaselessPattern | re.Pattern[str]:
    """One pattern of a list's entries in `langs` (one compile, not one per language:
    start-up cost matters to the CLI and the editor)."""
    entries = dict.fromkeys(e for lang in langs for e in rulebook.language(lang)[name].entries)
    if not entries:
        return re.compile(r"(?!x)x")
    return rulebook.CaselessPattern(
        rf"\b(?:{'|'.join(sorted(entries, key=len, reverse=True))})\b")


class _Lazy(dict):
    """A language set's hype concepts, each compiled when first read."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        super().__init__()
        self.langs = langs

    def __missing__(self, name: str) -> rulebook.CaselessPattern | re.Pattern[str]:
        self[name] = _joined(self.langs, name)
        return self[name]


@cache
def _hype_patterns(lang: str = "") -> _Lazy:
    """The article's language and English, or every language when it is not known."""
    known = rulebook.complete_languages()
    return _Lazy(tuple(dict.fromkeys((lang, "en"))) if lang in known else known)


def promises(sentence: str, lang: str = "") -> tuple[str, ...]:
    """Promises that sell an outcome ("for good", "desde el primer día")."""
    found = _hype_patterns(lang)["hype_promises"].finditer(sentence)
    return tuple(dict.fromkeys(m.group(0) for m in found))


# (German closes „…“ with the sign English opens with)
_QUOTED = re.compile(r"[\"“«„‘][^\"”»“«]{3,}\s[^\"”»“«]{2,}[\"”»’“]")


def _advertises() -> rulebook.CaselessPattern:
    """Advertising told as such ("advertises it as", "promet l'un d'eux", "verspricht ein
    Anbieter"): the word lists' `advertising_words`, every language, compiled once per
    rulebook load."""
    return rulebook.pattern_in_every_language(r"\b(?:{})\b", "advertising_words")


def seller_talk(sentence: str, lang: str = "") -> tuple[str, ...]:
    """A seller's words in a sentence: a quotation a seller promises, markets or calls
    ("their adverts promise “a calmer you by next week”"), or a seller's superlative
    ("«el más completo de México», asegura el director de la clínica")."""
    p = _hype_patterns(lang)
    # who speaks or acts, not someone the quotation mentions ("“Most of my customers
    # like it as a ritual,” says our pharmacist": the customers are quoted, not quoting)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    seller = next((m for m in p["sellers"].finditer(sentence)
                   if not any(a <= m.start() < b for a, b in quoted)), None)
    if not seller:
        # "advertises it as “the end of hangovers”": advertising is selling, whoever does it
        sells = _advertises().search(sentence)
        return (sells.group(0),) if sells and _QUOTED.search(sentence) else ()
    if _QUOTED.search(sentence) and (verb := p["sales_verbs"].search(sentence)):
        return (seller.group(0), verb.group(0))
    who = next((m for m in p["testifiers"].finditer(sentence)
                if not any(a <= m.start() < b for a, b in quoted)), None)
    if quoted and who:
        return (who.group(0),)  # "«…», escribe una clienta": a customer's praise sells
    if (sup := p["superlative_phrases"].search(sentence)) and not experts_judge(sentence, lang):
        return (seller.group(0), sup.group(0))
    return ()


def exclaims(sentence: str) -> bool:
    """An exclamation ("…in just three weeks!", "¡Adiós a…!")."""
    s = sentence.strip().rstrip(_QUOTES + ")] ")
    return s.endswith("!") or "¡" in sentence or quoted_exclamation(sentence)


def quoted_exclamation(sentence: str) -> bool:
    """An exclamation quoted in the sentence ("“Focus in minutes!” read one advert"): what
    an advert or a seller cried, whatever the reporting words around it."""
    return bool(re.search(r"!\s*[\"”»’']", sentence))


def testifies(sentence: str, lang: str = "") -> bool:
    """Does the writer speak of themselves ("my graft healed twice as fast", "me quitó el
    dolor")? An exclamation that tells one's own result sells, even when it opens on an
    order ("Get onto collagen, my knee healed in a week!!"): a testimonial, not a page's
    "Book now!"."""
    return bool(_hype_patterns(lang)["first_person"].search(sentence))


def superlative(word: str, lang: str = "") -> bool:
    """Is a hype cue a superlative ("the most effective", "la mejor")?"""
    return bool(_hype_patterns(lang)["superlatives"].search(word))


def experts_judge(sentence: str, lang: str = "") -> bool:
    """Do only clinicians or researchers judge here ("psychiatrists say it is still the
    most effective medicine"), with no seller, customer or advert speaking?"""
    p = _hype_patterns(lang)
    # "it's the best drug in the world, the doctors exaggerate": the writer judges
    return bool(p["experts"].search(sentence)) and not (
        p["sellers"].search(sentence) or p["first_person"].search(sentence))



# ------------------------------------------------------------- the illness treated

TREAT_WINDOW = 3  # words before a symptom in which a treating word makes it the illness
_COUNT_OF = re.compile(
    r"(?i)\b(?:number|frequency|rate|count|amount|n[uú]mero|frecuencia|cantidad)\s+(?:of|de)(?:\s+(?:the|los|las))?$"
    # the symptoms of an illness ("relieves the symptoms of alcohol withdrawal"): look past
    # them too, and past one word naming the illness's kind
    r"|\b(?:symptoms|signs|s[ií]ntomas|signos|sympt[ôo]mes|signes|Symptome)\s+(?:of|de|des|du|der|des)"
    r"(?:\s+(?:the|los|las|la|el|l[’']|le|les))?(?:\s+[\w-]+)?$"
)


def _clause_before(text: str, start: int, words: int) -> str:
    return " ".join(last_words(clause_head(text, start), words))


LIST_REACH = 160  # characters of a clause a list before a symptom is looked for in


@lru_cache(maxsize=16)
def _list_tail(lang: str) -> re.Pattern[str]:
    """A list's items up to its last one: "anxiety, sleep or ", "la tensión, la diabetes o
    las " (items of one or two words, commas between, the language's `list_joins` word and
    perhaps an article before the last)."""
    joins = "|".join(_rules(lang)["list_joins"].entries) or "(?!x)x"
    return re.compile(rf"(?:[\w’'-]+(?:\s+[\w’'-]+)?,\s+)+[\w’'-]+(?:\s+[\w’'-]+)?,?\s+"
                      rf"(?:{joins})(?:\s+\w+)?\s+$", re.IGNORECASE)



def treated(text: str, start: int, end: int, lang: str) -> bool:
    """Is the symptom at `start:end` the illness a treatment is for ("made to stop
    headaches", "had half as many seizures", "anti-seizure medicines", "seizures that
    were not controlled")?"""
    r = _rules(lang)
    before = _clause_before(text, start, TREAT_WINDOW)
    if _COUNT_OF.search(before):  # "cut the number of seizures": look past the count
        before = _clause_before(text, start, TREAT_WINDOW + 3)
    if r["treats"].search(before):
        return True
    # the last item of a list ("a medicine for anxiety, sleep or seizures"): the words
    # before the list's first comma
    head = clause_head(text, start, ";:(")
    # only the clause's last LIST_REACH characters are searched: the search tries every
    # position and each reads the items to the clause's end, for every symptom, so "a
    # rash, a rash, …" over a page took minutes; a longer list reads as no treatment's
    listed = _list_tail(lang).search(head, max(0, len(head) - LIST_REACH))
    if listed:
        first = head[: listed.start() + listed.group(0).index(",")]
        if r["treats"].search(" ".join(last_words(first, TREAT_WINDOW + 2))):
            return True
    if _treated_list(lang).search(head[-LIST_REACH:]):
        return True  # any item of a list a treating word opens ("ease sweating, chills, a …")
    after = len(text[end:]) - len(text[end:].lstrip())
    return bool(r["treated_after"].pattern.match(text, end + after))


@lru_cache(maxsize=16)
def _treated_list(lang: str) -> re.Pattern[str]:
    """A treating word, then list items up to the one at the end ("relieve itching, a
    burning feeling and "): items of one to three words, commas or the language's
    `list_joins` between them, an article perhaps before the last."""
    r = _rules(lang)
    joins = "|".join(r["list_joins"].entries) or "(?!x)x"
    art = "|".join(r["articles"].entries) or "(?!x)x"
    # an item's words are never the joining word: "o y o y o y …" would otherwise split
    # every way at once (a 146-character Spanish sentence took 22 s in sentence_kinds)
    word = rf"(?!(?:{joins})\b)[\w’'-]+"
    item = rf"{word}(?:\s+{word}){{0,2}}"
    return re.compile(rf"\b(?:{r['treats'].pattern.exact.pattern})\s+"
                      rf"(?:{item}(?:\s*,\s+|\s+(?:{joins})\s+))+(?:(?:{art})\s+)?$",
                      re.IGNORECASE)


def harm_stated(sentence: str, lang: str) -> bool:
    """Does the sentence say a harm ("can bring on", "side effects", "al dejarlo de
    golpe"), so an illness's name in it may be a side effect after all?"""
    return bool(_rules(lang)["harm_cues"].search(sentence))


def _stem(word: str) -> str:
    return re.sub(r"(?:es|s)$", "", word.casefold())


def same_symptom(a: str, b: str) -> bool:
    """"headaches" and "Headache" are one symptom."""
    return _stem(a) == _stem(b)


def condition_clause(sentence: str, start: int, lang: str) -> bool:
    """Is `start` inside an order's condition ("… or longer if you still feel dizzy")?"""
    return bool(_rules(lang)["conditions"].search(_clause_before(sentence, start, 12)))



_PHONE = re.compile(r"\d(?:[\s.-]?\d){2,}")


def service_condition(sentence: str, start: int, lang: str) -> bool:
    """Is the harm at `start` only the condition of a phone line the sentence gives ("En
    caso de intoxicación, el Servicio de Información Toxicológica atiende en el 91 562 04
    20", "If someone has taken too much, call 13 11 26")? It says when to call a service,
    not that the treatment does harm."""
    if not (_PHONE.search(sentence, start)
            or _rules(lang)["service_contacts"].pattern.search(sentence, start)):
        return False  # (a service named to contact is one too: "contact your poison centre")
    # "For a life-threatening emergency, call 999", "Ante una posible sobredosis, llama
    # al…": the clause holding the harm opens on a lead saying when to call; "llamá al
    # Centro Nacional de Intoxicaciones: 0800…": the harm names the service called;
    # "Intoxicaciones: CITUC, +56…": the harm is the label of a number (session 11)
    r = _rules(lang)
    head = clause_head(sentence, start).lstrip(" \t\"“«¿¡")
    return (condition_clause(sentence, start, lang)
            or bool(r["service_leads"].pattern.match(head))
            or bool(r["call_words"].search(head)) or _labels_a_number(sentence, start))


# A harm heading a line: "Poisoning: 13 11 26", "Centro de Intoxicaciones: 0800…"
_LABEL = re.compile(r"[^\S\n]*[\w'’ -]{0,60}?:\s")
LABEL_WORDS = 5  # a label's words at most; "The cream can cause a severe rash: call…" states


def _labels_a_number(sentence: str, start: int) -> bool:
    """Is the harm at `start` in a short label opening its line, before a colon?"""
    label = _LABEL.match(sentence, sentence.rfind("\n", 0, start) + 1)
    return bool(label) and label.end() > start and len(label.group(0).split()) <= LABEL_WORDS


def describes_illness(sentence: str, lang: str) -> bool:
    """Does the sentence describe an illness, what it is or how many it affects
    ("Psychotic depression, in which low mood comes with hallucinations, affects one in
    200 adults"), no harm of a treatment said? Its symptoms are the illness's."""
    return (bool(_rules(lang)["illness_descriptions"].search(sentence))
            and not harm_stated(sentence, lang))


def symptoms_of_the_illness(sentence: str, lang: str) -> bool:
    """Does the sentence give its symptoms to the illness ("…are signs of the arthritis
    itself", "…font partie de l'arthrose") or deny them to the treatment ("…not side
    effects of the spray", "nicht vom Medikament"), with no harm of a treatment said
    outside that denial ("…, but the tablets can cause bleeding")? Who causes the symptom
    is the illness: no side effect, whatever the symptom's words."""
    r = _rules(lang)
    denials = [m.span() for m in r["not_the_treatment"].pattern.finditer(sentence)]
    # (rules16, session 14: or an illness the subject of a harm, "Arthritis itself can cause
    # tiredness", in a sentence naming no treatment: the harm is the illness's)
    denials += _illness_harms(sentence, r)
    if not denials and not r["illness_attributions"].search(sentence):
        return False
    rest = sentence
    for s, e in denials:  # "not side effects" states no harm
        rest = rest[:s] + " " * (e - s) + rest[e:]
    return not any(not _negated(rest, m.start(), r)
                   for m in r["harm_cues"].pattern.finditer(rest))


def _illness_harms(sentence: str, r: rulebook.Language) -> list[tuple[int, int]]:
    """Where an illness is the subject of a harm (`illness_harms`: "kidney disease can
    damage the heart", "Les crises elles-mêmes peuvent entraîner des chutes"), or a
    symptom is (`sign_words` in the harm's subject: "Heavy bleeding can leave women
    exhausted", "El dolor menstrual intenso puede causar náuseas"; rules18, session 17),
    when the sentence names no treatment (`treatment_mentions`, a drug of the rulebook or
    a word shaped like one): "Ibuprofen itself can cause bleeding" is the drug's harm."""
    found, pattern, at = [], r["illness_harms"].pattern, 0
    while m := pattern.search(sentence, at):  # overlapping: "Left untreated, a lack of…"
        found.append(m.span())
        at = m.start() + 1
    subject = harm_subject(sentence, r.lang)
    if subject and r["sign_words"].search(sentence[subject[0]:subject[1]]) and not (
            _treatment_named(sentence[subject[0]:subject[1]], r)):
        found.append((subject[0], subject[2]))  # (not "Opioid pain medicines can cause…")
    if not found or names_a_treatment(sentence, r):
        return []
    return found


def _treatment_named(phrase: str, r: rulebook.Language) -> bool:
    """Does a harm's subject name a treatment or a product by its noun ("Opioid pain
    medicines", "Iron tablets": `treatment_nouns`, `product_nouns`)?"""
    return bool(r["treatment_nouns"].search(phrase) or r["product_nouns"].search(phrase))


def names_a_treatment(sentence: str, r: rulebook.Language) -> bool:
    """Does the sentence name a treatment (`treatment_mentions`: "the tablets", "after a
    dose"), a drug of the rulebook or a word shaped like one?"""
    if r["treatment_mentions"].search(sentence):
        return True
    drugs = rulebook.drugs()
    return bool(drugs.pattern.search(sentence) or drugs.drug_like(sentence))


SUBJECT_WORDS = 5  # words of the noun phrase opening a sentence that a harm is said of
_SUBJECT_BREAK = re.compile(r"[,;:()\[\]]")
_SUBJECT_OPENERS = " \t\n\"“”«»„‘’'¿¡*-–—"


def harm_subject(sentence: str, lang: str) -> tuple[int, int, int] | None:
    """The short noun phrase opening a sentence and the harm said of it (`subject_harms`:
    "Heavy bleeding | can leave women exhausted", "PMS | can bring on bloating", "Des règles
    très abondantes | peuvent entraîner une anémie"): (the phrase's start, its end, the
    harm verb's end), or None when no harm verb follows a phrase of at most SUBJECT_WORDS
    words with no clause break in it. Who the phrase is, illness or treatment, is the
    reader's question (_illness_harms, illness_treated)."""
    r = _rules(lang)
    m = r["subject_harms"].search(sentence)
    if not m:
        return None
    head = sentence[:m.start()]
    words = head.split()
    if not words or len(words) > SUBJECT_WORDS or _SUBJECT_BREAK.search(head):
        return None
    start = len(head) - len(head.lstrip(_SUBJECT_OPENERS))
    return start, len(head.rstrip()), m.end()


def _subject_phrase(sentence: str, r: rulebook.Language) -> str:
    """The harm's subject (harm_subject) without its opening articles and determiners
    ("An adrenal crisis" -> "adrenal crisis"); "" for none, or for a pronoun or a
    determiner alone ("It can cause…", "That can lead to…")."""
    subject = harm_subject(sentence, r.lang)
    if not subject:
        return ""
    words = sentence[subject[0]:subject[1]].split()
    openers = (r["articles"].pattern, r["determiners"].pattern, r["continuing_openers"].pattern)
    while words and any(p.fullmatch(words[0]) for p in openers):
        words = words[1:]
    if not words or (len(words) == 1 and r["object_pronouns"].pattern.fullmatch(words[0])):
        return ""
    return " ".join(words)


def illness_treated(sentence: str, lang: str, article: str) -> bool:
    """Is the sentence's harm said of the illness its article treats, no treatment named
    in it ("Heavy periods can leave you drained" where a coil is "authorised … for heavy
    periods", "Teething can make babies grumpy" beside a gel that "eases teething")? The
    phrase opening the sentence (harm_subject) follows, somewhere in the article, the
    words that lead to an illness (`illness_leads`: "women with", "symptoms of",
    "approved for"; an article or determiner perhaps between): the harm is the illness's,
    no side effect (heldout18's convention; rules18, session 17). So is an illness or an
    exposure the article protects against (side20: "sunscreens that claim to protect
    against sunburn", "protejan contra el dengue", "der FSME-Impfung": `illness_leads`, or
    `illness_trails` after its name), the phrase perhaps cut before its setting ("Sunburn
    | in childhood raises the risk of melanoma": `subject_settings`)."""
    r = _rules(lang)
    phrase = _subject_phrase(sentence, r)
    if not phrase or names_a_treatment(sentence, r) or _treatment_named(phrase, r):
        return False
    return any(_treated_phrase(lang, p).search(article) for p in _illness_phrases(phrase, r))


def _illness_phrases(phrase: str, r: rulebook.Language) -> tuple[str, ...]:
    """A harm's subject, and its words before a setting ("Sunburn in childhood" ->
    "Sunburn"), when one opens after its first word."""
    words = phrase.split()
    cut = next((i for i, w in enumerate(words[1:], 1)
                if r["subject_settings"].pattern.fullmatch(w)), 0)
    return (phrase, " ".join(words[:cut])) if cut else (phrase,)


@lru_cache(maxsize=4096)
def _treated_phrase(lang: str, phrase: str) -> re.Pattern[str]:
    """An illness's leading words (`illness_leads`), perhaps an article or a determiner,
    then `phrase` as whole words; or `phrase` then the words after an illness's name
    (`illness_trails`: "FSME-Impfung")."""
    r = _rules(lang)
    words = r"\s+".join(re.escape(w) for w in phrase.split())
    lead = r["illness_leads"].pattern.exact.pattern
    dets = "|".join((*r["articles"].entries, *r["determiners"].entries,
                     *r["definite_articles"].entries)) or "(?!x)x"
    trails = "|".join(r["illness_trails"].entries)
    after = rf"|\b{words}\s*(?:{trails})\b" if trails else ""
    return re.compile(rf"{lead}\s*(?:(?:{dets})(?:\s+|(?<=[’'])))?{words}\b{after}", re.IGNORECASE)



_ASKED = re.compile(r"\?[\s\"”’'»)\]]*$")


def asks(sentence: str) -> bool:
    """Is the sentence a question ("…, ¿puede ser por la pastilla?", "Is the tingling
    caused by the tablets?")? It asks whether a symptom is a harm; it states none (no
    labelled side-effect notice of any folder is a question)."""
    return bool(_ASKED.search(sentence))


def disclosure(sentence: str, lang: str) -> bool:
    """Is the sentence a disclosure, who funded or sponsored the work ("The study was
    funded by…", "Interessenkonflikte: keine"), reporting no finding? It is no claim."""
    r = _rules(lang)
    return bool(r["disclosures"].search(sentence)) and not r["finding"].search(sentence)


def own_complaint(sentence: str, lang: str) -> bool:
    """Is the sentence the writer introducing themselves and their complaint ("I'm 58
    and I've had trouble staying asleep for years", "Tengo 41 años, ando con
    ansiedad"), with no treatment taken and no harm said? The symptoms are what they
    seek help for."""
    r = _rules(lang)
    # (session 13: or telling of their own symptoms, `own_symptoms`: "I've had hives
    # almost every day for three months", "Hace un año que tengo hinchazón")
    # (and no harm said by its frame: "Now I have a shopping habit I never had before the
    # tablets")
    return (bool(r["self_introductions"].search(sentence) or r["own_symptoms"].search(sentence))
            and not (harm_stated(sentence, lang) or r["use_acts"].search(sentence)
                     or r["harm_frames"].search(sentence)))


def checks(sentence: str, lang: str) -> tuple[str, ...]:
    """A check or test and when it is done ("an ECG before you start", "un análisis de
    orina antes de empezar", "back to clinic every three months for blood tests"): the
    patient is watched over between doses."""
    r = _rules(lang)
    test = r["medical_tests"].search(sentence)
    when = r["test_times"].search(sentence) if test else None
    if not (test and when) or _RESEARCH_OBJECT.search(sentence):
        return ()  # "an analysis of 90,000 prescriptions": research, not a patient's check
    return (test.group(0), when.group(0))


_STUDY_NOUN = re.compile(
    r"(?i)\b(?:stud(?:y|ies)|trials?|review|analy[sz]is|survey|records|regist\w+|estudios?"
    r"|ensayos?|an[aá]lisis|revisi[oó]n|encuesta|registros?|[ée]tudes?|studien?)\b"
)
_STUDY_LEVELS = frozenset({"randomized-controlled", "controlled-trial", "uncontrolled-trial",
                           "human-observational", "human-trial"})


@lru_cache(maxsize=1)
def _side_effect_names() -> re.Pattern[str]:
    """Words naming harms as side effects, in every language (rulebook side_effect_names:
    "side effects", "the most common problems"); was a pattern in this function."""
    names = "|".join(rulebook.in_every_language("side_effect_names")) or "(?!x)x"
    return re.compile(rf"(?i)\b(?:{names})")


def study_finding(sentence: str, lang: str) -> bool:
    """A study's finding about a harm ("A review of coroners' reports found that overdose
    was involved in…", "Un análisis de las recetas encontró más sobredosis"): a claim with
    its evidence level, not a warning, unless it names side effects as such."""
    from summarizer.evidence import classify

    r = _rules(lang)
    if not (r["finding"].search(sentence) and _STUDY_NOUN.search(sentence)):
        return False
    if r["side_effects"].search(r["side_effects_not"].pattern.sub(" ", sentence)) and (
            _side_effect_names().search(sentence)):
        return False  # "the most common side effects in the trials were…": a warning
    return classify(sentence, (), (), lang)[0] in _STUDY_LEVELS


def case_report(sentence: str, lang: str) -> bool:
    """A published case of one person ("Doctors described a 62-year-old woman who…"): a
    claim with its own evidence level (case report), not a warning to the reader."""
    from summarizer.evidence import classify

    return classify(sentence, (), (), lang)[0] == "case-report"


def cases_reported(sentence: str, lang: str) -> bool:
    """Harms told as cases reported in general (`reported_cases`: "deaths have been
    reported", "se han descrito casos raros de daño en el hígado", "plusieurs cas … ont
    été signalés"): a case report's evidence, and still a warning to the reader (the
    labels of every folder), unlike one person's case described."""
    return bool(_rules(lang)["reported_cases"].search(sentence))


# "…are common in the years around the menopause", "son frecuentes durante el embarazo":
# symptoms a time of life brings, named as such.
_LIFE_STAGE = re.compile(
    r"(?i)\b(?:are|is|son|es)\s+(?:very\s+|quite\s+|muy\s+)?(?:common|usual|frequent|comunes|frecuentes"
    r"|habituales)\s+(?:in|during|around|before|after|at|en|durante|antes\s+de|tras)\s+"
    r"(?:the\s+(?:years?|months?|time)\s+(?:around|before|after|of)\s+|l[oa]s?\s+(?:años|meses)\s+"
    r"(?:de|previos\s+a|antes\s+de)\s+)?(?:the\s+|la\s+|el\s+)?(?:(?:peri|post)?menopaus\w*|pregnancy"
    r"|puberty|adolescence|old\s+age|later\s+life|winter|embarazo|pubertad|adolescencia|vejez"
    r"|invierno)\b"
)


def life_stage(sentence: str, lang: str) -> bool:
    """Does the sentence name symptoms a time of life brings ("Low mood and irritability
    are common in the years around the menopause"), no harm of a treatment said?"""
    return bool(_LIFE_STAGE.search(sentence)) and not harm_stated(sentence, lang)


def before_treatment(sentence: str, lang: str) -> bool:
    """Does the sentence tell the time before a treatment ("Before the implant, he had
    tremors", "Antes del tratamiento, tenía dolores de cabeza"), no harm said?"""
    r = _rules(lang)
    # not the asking's own "before" ("check with your doctor before taking it": an order)
    asks = [(m.start(), m.end()) for m in r["ask_first"].pattern.finditer(sentence)]
    told = any(not any(a <= m.start() < e for a, e in asks)
               for m in r["before_treatment"].pattern.finditer(sentence))
    return told and not harm_stated(sentence, lang)


_LEVELS = re.compile(r"(?i)\b(?:levels?|concentrations?|niveles?|concentraci[oó]n)\b")


def levels_in_a_study(words: str, sentence: str, lang: str) -> bool:
    """A level raised or lowered in a study's report ("blood tests in the study showed
    lower levels of inflammation") is a result, not one medicine changing another's."""
    return bool(_LEVELS.search(words)) and bool(_rules(lang)["study"].search(sentence))


# Results kept per input read the word lists: a reload forgets them.
for _kept in (supervision, clearance, self_medication, side_effect_extras, _hype_patterns,
              _list_tail, _side_effect_names, _treated_list, _treated_phrase):
    rulebook.on_reload(_kept.cache_clear)


SAY_WINDOW = 6  # words after "without"/"sin"/"ohne" in which the professional's say comes
_FIRST_WORDS = re.compile(rf"\s*(?:\S+\s+){{0,{SAY_WINDOW - 1}}}\S+")


@lru_cache(maxsize=65536)
def asking_exception(sentence: str, lang: str) -> tuple[str, ...]:
    """A professional's say as the one exception to an act ("do not take it without
    talking to your doctor", "unless your doctor says", "sin consultar a su médico",
    "sans avis médical", "ohne Rücksprache mit Ihrem Arzt", "nur nach ärztlichem Rat"):
    the words from the exception to the professional, or ()."""
    r = _rules(lang)
    say = r["professional_say"].pattern
    for m in r["ask_exceptions"].pattern.finditer(sentence):
        first = _FIRST_WORDS.match(_clause_tail(sentence, m.end(), 120))
        s = say.search(first.group(0)) if first else None
        if s:
            return (sentence[m.start(): m.end() + s.end()],)
    return ()


@lru_cache(maxsize=65536)
def watched(sentence: str, lang: str) -> bool:
    """Does the sentence state real supervision: someone monitoring, observing, testing
    or examining the patient, care in hospital or given by a professional, a check and
    when it is done, a precaution after a dose?"""
    r = _rules(lang)
    return bool(r["watching"].search(sentence) or r["precaution"].search(sentence)
                or checks(sentence, lang))


@lru_cache(maxsize=65536)
def planned(sentence: str, lang: str) -> tuple[str, ...]:
    """A change the reader is to plan or talk over with a professional ("a switch should
    be planned with the doctor", "mit dem Arzt einen Plan zum Ausschleichen machen"): not
    acting alone, said as an asking; not after a health state ("if you have heart
    problems…, so please plan it with your GP": the clinician screens it, session 10's
    both)."""
    r = _rules(lang)
    plan = r["planned_with"].search(sentence) or r["planning"].search(sentence)
    if plan and not r["health_states"].pattern.search(sentence, 0, plan.start()):
        return (plan.group(0),)
    return ()


def _forbids(sentence: str, lang: str) -> bool:
    """Does the sentence forbid an act alone (a prohibition opening a clause, a forbidding
    word, the self-medication list or concept: "don't stop it suddenly")?"""
    r = _rules(lang)
    starts = clause_starts(sentence)
    if (r["forbid"].search(sentence) or r["self_medication"].search(sentence)
            or self_medication(sentence, lang)
            or any(m.start() in starts for m in r["prohibitions"].pattern.finditer(sentence))):
        return True
    # a negation among a clause's first words ("Bitte nicht auf einmal absetzen, …")
    negation, fillers = r["negation"].pattern, r["order_fillers"].pattern
    for start in starts:
        for word in sentence[start:start + 40].split()[:2]:
            if negation.fullmatch(word.strip(",;:")):
                return True
            if not fillers.fullmatch(word.strip(",;:")):
                break
    return False


@lru_cache(maxsize=65536)
def planned_care(sentence: str, lang: str) -> tuple[str, ...]:
    """The (a') table (tests/data/corpus/README.md, "Session 12"): planning a change with a
    professional (`planning`: "plan any change with your doctor", "mit dem Arzt einen Plan
    machen"), no order not to act alone beside it, keeps supervision: the professional
    decides the change with the reader. Beside such an order ("don't stop it suddenly;
    plan the taper with your doctor") it is the order's exception, self-medication only
    (convention (a), `alone_forbidden`). The planning's words, or ()."""
    r = _rules(lang)
    plan = r["planning"].search(sentence)
    if not plan or r["planned_with"].search(sentence) or _forbids(sentence, lang):
        return ()
    return (plan.group(0),)


@lru_cache(maxsize=65536)
def alone_forbidden(sentence: str, lang: str) -> tuple[str, ...]:
    """An order not to act alone whose professional is only to be asked: "do not X
    without talking to your doctor" and the like ("unless your doctor says", "plan the
    taper with your doctor", "don't change the dose yourself; your GP can adjust it"),
    with no real supervision stated (`watched`). Such a sentence is self-medication only,
    not supervision (tests/data/corpus/README.md, session 11, convention (a)); "If you
    have asthma, ask your pharmacist before starting", an asking with no denial, stays
    both. The words that say it, or ()."""
    r = _rules(lang)
    if watched(sentence, lang):
        return ()
    said = asking_exception(sentence, lang)
    if said:
        return said
    plan = planned(sentence, lang)
    if plan and not planned_care(sentence, lang):
        return plan
    # a denial opening a clause ("Don't stop it suddenly; your GP will tell you how") and
    # a professional beside it
    if not r["care_actors"].search(sentence):
        return ()
    if clearance(sentence, lang):
        return ()  # "If you have asthma, ask your pharmacist before…": both (session 10)
    # the reader's act forbidden (a prohibition opening a clause, then a patient's act;
    # not "if your symptoms do not improve"), other than by asking
    # (an order with a denial, the professional named after it and not under a condition:
    # not "if a child swallows some, contact a doctor at once", an emergency's care)
    asked = set(r["ask_first"].find(sentence))
    for w in (*self_medication(sentence, lang), *r["self_medication"].find(sentence)):
        at = sentence.find(w.split()[0]) if w.strip() else -1  # ("Ne arrêtez" for "Ne l'arrêtez")
        if w in asked or at < 0 or not r["negation"].search(w):
            continue
        actor = r["care_actors"].pattern.search(sentence, at + len(w))
        if actor and not r["conditions"].search(clause_head(sentence, actor.start())):
            return (w,)
    return ()


@lru_cache(maxsize=65536)
def asking(sentence: str, lang: str) -> tuple[str, ...]:
    """The reader asking, telling or getting the say of a professional ("check with your
    pharmacist before", "tell your doctor about every medicine", "demandez-nous conseil",
    "sollte das dem Arzt sagen", "unless your doctor says so"): the patient's act, the
    professional only asked. The words that say it, or ()."""
    r = _rules(lang)
    told = r["asking_professional"].find(sentence) if _about_own_care(sentence, r) else ()
    found = [*told, *r["ask_first"].find(sentence), *asking_exception(sentence, lang)]
    clear = clearance(sentence, lang)
    return tuple(dict.fromkeys([*found, *clear[1:]]))


def _about_own_care(sentence: str, r: rulebook.Language) -> bool:
    """Is a telling or an asking about the reader's treatment, states or other medicines,
    or a question the professional answers ("Tell your pharmacist if you use other eye
    drops", "ask … whether you need a single dose")? Not "If symptoms persist, talk to
    your health professional" nor "Consulte a su médico": seeing a doctor, unchanged."""
    return any(r[name].search(sentence) for name in (
        "health_states", "interactions", "product_nouns", "treatment_nouns", "use_acts",
        "asking_about"))


@lru_cache(maxsize=65536)
def professional_acts(sentence: str, lang: str) -> tuple[str, ...]:
    """What a professional does themselves in the sentence: watches, tests, examines,
    follows up, keeps the patient, prescribes, refers, decides or adjusts a dose ("your
    GP will check your blood pressure", "a nurse stays with you", "only they should
    decide that"); the rulebook's `supervision` words, `care_acts` by a `care_actors`,
    a check and its time, and `professional_steps`. The words, or ()."""
    r = _rules(lang)
    return tuple(dict.fromkeys([
        *r["supervision"].find(sentence), *r["precaution"].find(sentence),
        *supervision(sentence, lang), *checks(sentence, lang),
        *r["watching"].find(sentence), *r["professional_steps"].find(sentence)]))


@lru_cache(maxsize=65536)
def asked_only(sentence: str, lang: str) -> tuple[str, ...]:
    """Asking a professional first, telling them, or acting only with their say, with
    nothing the professional does themselves: self-medication only, no supervision
    (label convention (a'), tests/data/corpus/README.md, "Session 12": "If you have
    asthma, check with your pharmacist before starting", "Tell us if you take blood
    thinners"). A sentence that also names the professional's own act ("…, and have your
    blood pressure checked") keeps both. The asking's words, or ()."""
    said = asking(sentence, lang)
    if not said or professional_acts(sentence, lang):
        return ()
    r = _rules(lang)
    first = r["ask_first"].search(sentence) or asking_exception(sentence, lang)
    if not first and _harm_asked_about(sentence, lang):
        return ()  # (asking first under a symptom is asking first: "Ask a doctor before
        # use if you have nausea")
    return said


def _harm_asked_about(sentence: str, lang: str) -> bool:
    """Is a harm or a warning sign the asking's condition ("Tell your doctor at once if you
    get a fever", "Wenn Sie sich … hoffnungslos fühlen, sprechen Sie … mit Ihrer Ärztin")?
    Reporting a harm or seeing a doctor for it is no asking first: (a') leaves it as it
    was."""
    r = _rules(lang)
    if r["health_states"].search(sentence) or r["interactions"].search(sentence):
        return False  # "If you have glaucoma or a heart rhythm problem, …": a state
    harms = [*r["side_effects"].pattern.finditer(sentence),
             *r["warning_signs"].pattern.finditer(sentence)]
    if any(condition_clause(sentence, m.start(), lang) for m in harms) or stop_signs(
            sentence, lang):
        return True
    # a harm said, and no state or other medicine the asking is for ("Allergic reactions
    # … can happen days after an injection, so tell your doctor right away")
    return bool(harms)


@lru_cache(maxsize=65536)
def told_to_ask(sentence: str, lang: str) -> tuple[str, ...]:
    """The reader ordered to tell or ask a professional, who only answers ("If you take a
    blood thinner, tell your pharmacist", "sollte das dem Arzt sagen"): the
    `asking_professional` words of an `asked_only` sentence that open a clause (perhaps
    after `order_fillers`: "so always tell…") or follow a duty in it. Not a report ("many
    customers tell us…"), nor a noun ("no reemplaza la consulta médica"). The words, or ()."""
    if not asked_only(sentence, lang):
        return ()
    r = _rules(lang)
    starts = clause_starts(sentence)
    fillers = r["order_fillers"].pattern
    out = []
    for m in r["asking_professional"].pattern.finditer(sentence):
        head = clause_head(sentence, m.start(), ",;:(")
        start = max((s for s in starts if s <= m.start()), default=0)
        between = sentence[start:m.start()].split()
        if sentence[m.end():].lstrip().startswith(":"):
            continue  # "Ask the Pharmacist: …", a column's title
        if (len(between) <= 2 and all(fillers.fullmatch(w) for w in between)) or r[
                "obligations"].search(head):
            out.append(m.group(0))
    return tuple(out)


# a clause opened by punctuation, not by a bare "and"/"also" (which may join a subject's
# verbs: "I also take…"), a quote or a bullet
_PUNCTUATION = frozenset(';:,—–(•·*"“”«»')
# a filler word before an order ("Always", "then"): a short word, so a run of thousands
# of characters with no space ("1,1,1,…") is not read to its end from every clause
_FILLER_WORD = re.compile(r"\s*(\S{1,40})\s+")


def _punctuated(sentence: str, start: int) -> bool:
    """Is the clause at `start` opened by punctuation (or the sentence's start)? Read
    back from `start` over spaces only: a search of all the text before each clause
    start took the square of the sentence's length (review13)."""
    i = start
    while i and sentence[i - 1].isspace():
        i -= 1
    return (not i or sentence[i - 1] in _PUNCTUATION
            or (sentence[i - 1] == "-" and i > 1 and sentence[i - 2].isspace()))


# where an instruction's clause ends: not at a decimal point ("Take 0.8 mg…")
_USE_END = re.compile(r"[;:!?]|\.(?!\d)|\s[—–]\s")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
USE_WINDOW = 160  # characters after a treatment-use verb in which its direction is read
_OPENING_WORDS = 3  # filler words ("always", "please", "then") before an order


def _use_tail(text: str, start: int) -> str:
    """The text after `start` up to the end of its clause, at most USE_WINDOW characters."""
    tail = text[start:start + USE_WINDOW]
    end = _USE_END.search(tail)
    return tail[: end.start()] if end else tail


def _order_at(sentence: str, start: int, r: rulebook.Language) -> re.Match[str] | None:
    """A treatment-use order (`use_orders`) opening the clause at `start`, perhaps after
    up to three `order_fillers` ("Always take…", "so then use…")."""
    fillers, orders = r["order_fillers"].pattern, r["use_orders"].pattern
    pos = start
    for _ in range(_OPENING_WORDS):
        if order := orders.match(sentence, pos):
            return order  # ("Apply" is no filler, though it ends in -ly)
        m = _FILLER_WORD.match(sentence, pos)
        if not (m and fillers.fullmatch(m.group(1).strip(",\"“”«»'"))):
            return None
        pos = m.end()
    return orders.match(sentence, pos)


def _direction(tail: str, r: rulebook.Language) -> re.Match[str] | None:
    """A dose, a time, a manner or a place to keep it (`use_directions`) in an order's
    clause, when what the verb takes is no activity or site (`use_not_objects`: "Take a
    walk every day", "Use our tool")."""
    if r["use_not_objects"].pattern.match(tail.lstrip()):
        return None
    return r["use_directions"].pattern.search(tail)


def _final_order(sentence: str, r: rulebook.Language) -> tuple[str, ...]:
    """An order said by an infinitive closing its clause, no one named to do it ("Jede
    Portion in 150 ml Wasser einrühren", "Andere Arzneimittel zwei Stunden danach
    einnehmen"): a clause ending on `use_final_orders` with no `use_final_blockers` (a
    subject or a finite verb: "Sie sollten…", "wird … eingenommen")."""
    finals, blockers = r["use_final_orders"].pattern, r["use_final_blockers"].pattern
    for clause in re.split(r"[,;:]|\.(?!\d)", sentence):
        words = _WORD.findall(clause)
        if len(words) < 3 or not finals.fullmatch(words[-1]) or blockers.search(clause):
            continue
        if where := r["use_directions"].pattern.search(clause):
            return (words[-1], where.group(0))
    return ()


def benefit_only(sentence: str, lang: str) -> bool:
    """Does the sentence say what a treatment relieves (`benefit_frames`: "ketamine can
    alleviate depression and anxiety symptoms within hours", "puede aliviar el dolor"),
    with no harm said? The symptoms there are what it is for, no side effect."""
    return bool(_rules(lang)["benefit_frames"].search(sentence)) and not harm_stated(
        sentence, lang)


def illness_red_flag(sentence: str, lang: str) -> bool:
    """Convention (f): an illness's red flags with an order to get help ("Pain in the
    upper right belly lasting more than a few hours … should be seen the same day", "If
    your symptoms last more than 10 days, see your GP") are no side effects: a help order
    (`help_orders`, or a `warning_signs` frame) in a sentence that names no treatment
    taken or used (`treatment_mentions`) and says no harm, when the signs are the
    illness's by how they are said (`red_flag_cues`: lasting more than so long, not
    getting better, "red-flag symptoms", a doctor rather than a treatment bought or a
    test done at home). A treatment's warning signs ("If you get a rash after taking it,
    stop and see a doctor") stay side effects; so do signs with no such cue, which the
    labels read as the treatment's in an article about one; so do signs sent back to the
    clinic that gave it (`provider_callbacks`: "ring the clinic", "llámenos"; side19)."""
    r = _rules(lang)
    if not ((r["help_orders"].search(sentence) or r["warning_signs"].search(sentence))
            and r["red_flag_cues"].search(sentence)):
        return False
    return not (r["treatment_mentions"].search(sentence) or r["provider_callbacks"].search(
        sentence) or harm_stated(sentence, lang))


@lru_cache(maxsize=65536)
def referral(sentence: str, lang: str) -> tuple[str, ...]:
    """Convention (f): an order to see a professional or go to a service
    (`referral_orders` opening a clause, or `referral_duties`: "See your GP the same week
    if you also have a fever…", "Hay que acudir a urgencias o al pediatra el mismo día
    si…", "Consultez sans attendre si…", "Gehen Sie zur Hausärztin, wenn…") is a referral,
    supervision: a professional examines the reader. Not when a treatment is named or a
    harm said (`treatment_mentions`, a drug of the rulebook: the signs are the treatment's,
    side effects; a danger given as the order's reason after it, "…, because it may be a
    clot", is the illness's: `_before_reason`), nor in a crisis or an emergency
    (`referral_not`: "In an emergency, call 999 or go to A&E", convention (d)), nor a
    question. (the order,) or ()."""
    r = _rules(lang)
    if asks(sentence) or r["referral_not"].search(sentence) or len(sentence.split()) < 6:
        return ()  # (nor a legend's bare "Consulte a su médico.")
    if (stop_signs(sentence, lang) or r["self_medication"].search(sentence)
            or self_medication(sentence, lang)) and not r["red_flag_cues"].search(sentence):
        # "…, deje de tomarla y acuda a su médico": the treatment's signs; but a remedy
        # that is not working, stopped for a doctor ("Wenn die Beschwerden nach drei Tagen
        # nicht besser sind, brechen Sie die Einnahme ab und gehen Sie zur Ärztin"), is a
        # referral too (convention (f); rules17, session 15)
        return ()
    found = next(_clause_orders(sentence, r["referral_orders"].pattern, r),
                 None) or r["referral_duties"].pattern.search(sentence)
    if not found or r["treatment_mentions"].search(sentence) or harm_stated(
            _before_reason(sentence, found.end(), r), lang):
        return ()
    if rulebook.drugs().pattern.search(sentence):
        return ()
    return (found.group(0),)


def _before_reason(sentence: str, end: int, r: rulebook.Language) -> str:
    """The sentence up to the reason an order ending at `end` gives after it ("See a
    doctor the same day if…, because rarely a pregnancy can develop outside the womb"):
    the danger that explains a referral is the illness's, no harm said (sup20); a
    treatment named there is still read (`treatment_mentions`, on the whole sentence)."""
    because = r["causal"].pattern.search(sentence, end)
    return sentence[:because.start()] if because else sentence


@lru_cache(maxsize=65536)
def mood_referral(sentence: str, lang: str) -> tuple[str, ...]:
    """The reader's low mood or worry to bring to a professional (`mood_referrals`:
    "please tell your GP how you're feeling", "If the low mood hangs around, mention it to
    your GP", "parlez-en à votre médecin : … ne plus dormir"): a referral, supervision, as
    every folder labels it. Not a warning sign on a treatment ("Tell your doctor if you
    feel low … while on the tablet": a condition after the order, `referral_conditions`,
    or a treatment named). (the words,) or ()."""
    r = _rules(lang)
    found = r["mood_referrals"].pattern.search(sentence)
    if not found or r["referral_conditions"].search(sentence) or r[
            "treatment_mentions"].search(sentence) or asks(sentence):
        return ()
    return (found.group(0),)


def _clause_orders(sentence: str, pattern: rulebook.CaselessPattern, r: rulebook.Language,
                   ) -> Iterator[re.Match[str]]:
    """The matches of an order's `pattern` that open a clause, or stand after words that
    only soften or time it (_after_fillers): an order given to the reader, not one told
    of ("His doctor told him to stop the tablets")."""
    starts = clause_starts(sentence)
    return (m for m in pattern.finditer(sentence)
            if m.start() in starts or _after_fillers(sentence, m.start(), r))


def _after_fillers(sentence: str, start: int, r: rulebook.Language) -> bool:
    """Do only words that soften or time an order ("please", "then": `order_fillers`)
    stand between `start` and its clause's start?"""
    words = clause_head(sentence, start, ",;:(").split()
    return bool(words) and len(words) <= 2 and all(
        r["order_fillers"].pattern.fullmatch(w) for w in words)


@lru_cache(maxsize=65536)
def how_to_use(sentence: str, lang: str) -> tuple[str, ...]:
    """Convention (g): a positive how-to-use instruction the patient carries out alone
    ("Take the tablets with or just after food", "Replace the bottle every three
    months", "Apply a thin layer twice a day", "Nehmen Sie die Kapseln unzerkaut mit
    Wasser ein") is a self-medication notice: an order (`use_orders`, opening a clause;
    German's "nehmen Sie" anywhere, `use_orders_inverted`), a duty on the reader
    (`use_duties` then `use_forms`: "you should take it with food", "debe tomarse en
    ayunas"), how it is used said impersonally (`use_statements`: "se toma en ayunas",
    "s'applique en couche fine") or an infinitive order (`use_final_orders`), with a
    dose, time, manner or storage direction (`use_directions`) in its clause. Not a code
    or a quiz ("Use code SAVE10", "Take our quiz"), a question, nor what people in a
    study did ("participants took 2 g daily": no order, no duty). (verb, direction) or
    ()."""
    r = _rules(lang)
    if asks(sentence) or r["promo_code_words"].search(sentence):
        return ()
    ordered = False  # has an earlier clause given an order ("Wash it and rinse…")?
    for start in sorted(clause_starts(sentence)):
        if start and not ordered and not _punctuated(sentence, start):
            continue  # "I also take a pill most nights", "to count and measure…"
        order = _order_at(sentence, start, r)
        if order and (where := _direction(_use_tail(sentence, order.end()), r)):
            return (order.group(0), where.group(0))
        ordered |= bool(order or r["imperatives"].pattern.match(sentence, start))
    for order in r["use_orders_inverted"].pattern.finditer(sentence):
        if where := _direction(_use_tail(sentence, order.end()), r):
            return (order.group(0), where.group(0))
    for duty in r["use_duties"].pattern.finditer(sentence):
        tail = _use_tail(sentence, duty.end())
        form = r["use_forms"].pattern.search(tail)
        if form and (where := r["use_directions"].pattern.search(tail)) and not r[
                "use_not_objects"].pattern.match(tail[form.end():].lstrip()):
            return (f"{duty.group(0)} {form.group(0)}", where.group(0))
    for said in r["use_statements"].pattern.finditer(sentence):
        if where := r["use_directions"].pattern.search(_use_tail(sentence, said.start())):
            return (said.group(0), where.group(0))
    return _final_order(sentence, r)


@lru_cache(maxsize=65536)
def stop_order(sentence: str, lang: str) -> tuple[str, ...]:
    """Conventions (e)/(f): an order to stop or take off the treatment (`stop_orders`)
    opening a clause, or after a word that only softens or times it ("Stop use and see a
    doctor if…", "…; in that case discontinue use", "Si notás…, suspendé las gotas",
    "Arrêtez la crème et…", "brechen Sie die Anwendung ab", "muss das Spray sofort
    absetzen") is self-medication, what the reader does alone, whatever follows it (a sign
    named is a side effect too). Not a story or a study ("His doctor told him to stop the
    tablets", "The trial was stopped early"): those open no clause with the order.
    (selfmed20: 28 of the released heldout16-20's 179 self-medication misses with the
    rules alone opened with the stop; the rules read only "If <sign>, stop…".)"""
    r = _rules(lang)
    m = next(_clause_orders(sentence, r["stop_orders"].pattern, r), None)
    return (m.group(0),) if m else ()


@lru_cache(maxsize=65536)
def avoid_order(sentence: str, lang: str) -> tuple[str, ...]:
    """An order to avoid something (`avoid_orders`) opening a clause, or after a word that
    only softens or times it ("Avoid ibuprofen if you have a stomach ulcer", "…, and avoid
    rubbing the treated area", "Evite la codeína mientras…", "évitez le soleil", "meiden Sie
    starke Sonne"): self-medication, what the reader keeps to alone (every released folder
    labels it so; `prohibitions` read "avoid" only before a patient's act). Not someone
    else's avoiding ("Most people avoid it") nor a participle ("avoiding the eyes"): those
    open no clause with the order. (selfmed20)"""
    r = _rules(lang)
    for m in _clause_orders(sentence, r["avoid_orders"].pattern, r):
        # (not "Avoid driving until…": a precaution; nor "avoid surgery": an outcome)
        if not r["avoided_not"].pattern.match(sentence[m.end():].lstrip()):
            return (m.group(0),)
    return ()


# What may stand before a sentence's opening prohibition: quotes, bullets, a dash.
_LEAD = " \"“”«»„‘’'(-–—•·*"


@lru_cache(maxsize=65536)
def forbidden_act(sentence: str, lang: str) -> tuple[str, ...]:
    """A sentence that opens by forbidding the reader an act with the body or a remedy
    ("Do not swallow the oil, because…", "Don't smoke, vape or drink through a straw for
    72 hours", "Never put essential oils inside your nose"): self-medication, what the
    reader must not do alone, whatever the act (`opening_prohibitions`, then a word that is
    no feeling, no waiting and no driving: `unforbidden_acts`; a driving precaution is
    one). A word in the past ("Never felt better", "Never again") orders nothing.
    (prohibition, act) or ()."""
    r = _rules(lang)
    start = len(sentence) - len(sentence.lstrip(_LEAD))
    m = r["opening_prohibitions"].pattern.match(sentence, start)
    if not m:
        return ()
    rest = sentence[m.end():].lstrip()
    word = re.match(r"[^\W\d_]+", rest)
    # (the act opens the sentence when the prohibition comes after it, "Geben Sie … nicht":
    # its capital is the sentence's; elsewhere a capital is a name, "Never Again")
    opens = m.end() == start
    if word is None or not (opens or word.group(0).islower()) or r[
            "unforbidden_acts"].pattern.match(rest):
        return ()
    if r["precaution"].search(sentence):
        return ()  # "Do not drive…", "Ne prenez pas d'alcool…, et ne conduisez pas": a
        # precaution, and what is forbidden beside it is left to the model
    return (m.group(0), word.group(0))


for _kept in (asking_exception, watched, planned, planned_care, alone_forbidden, asking,
              professional_acts, asked_only, told_to_ask, how_to_use, referral, forbidden_act,
              mood_referral, stop_order, avoid_order):  # (as above)
    rulebook.on_reload(_kept.cache_clear)
