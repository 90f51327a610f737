"""Sentence and text notes: what to change beyond the words, with a fix where one exists.

Stable kinds (the JSON's "kind"; the README lists them):
- "person-centred": advice about "patients" or "people" in the third person; the fix
  speaks to the reader ("Patients should ask their doctor" -> "You should ask your
  doctor"). SHeLL's person-centred language check.
- "number-format": a percentage of people, better as a natural frequency ("70% of
  patients" -> "7 in 10 patients"; Gigerenzer & Hoffrage 1995, and the IPDAS
  standards for patient decision aids), or a relative change ("50% lower risk",
  "twice as likely") that needs the absolute risks beside it (no automatic fix: the
  starting risk is not in the sentence).
- "long-sentence": more than 20 words. "passive-voice": a passive construction.
- "long-paragraph": more than LONG_PARAGRAPH_SENTENCES sentences or
  LONG_PARAGRAPH_WORDS words between blank lines.
- "lexical-density": content words over all words above LEXICAL_DENSITY_HIGH (dense,
  noun-heavy writing; Halliday's measure as SHeLL reports it).
- "no-sentence-ends": most of the text is one run without a full stop; no grade is given.

A note's span is [start, end) in the analysed text; `suggestion`, when set, is the
text to put in place of that span (the editor applies it with one key).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from summarizer.readability._lazy import lazy

NOTE_KINDS = (  # text-level kinds first: at the same offset they sort first
    "no-sentence-ends",
    "lexical-density",
    "long-paragraph",
    "person-centred",
    "number-format",
    "long-sentence",
    "passive-voice",
)
LONG_PARAGRAPH_SENTENCES = 5
LONG_PARAGRAPH_WORDS = 100
LEXICAL_DENSITY_HIGH = 0.6
LEXICAL_DENSITY_MIN_WORDS = 20  # below this the ratio says little
RUN_ON_WORDS = 80  # a "sentence" longer than this is text without sentence ends


@dataclass(frozen=True, slots=True)
class Note:
    kind: str
    start: int
    end: int
    message: str
    suggestion: str | None = None  # replaces text[start:end]

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "span": [self.start, self.end], "message": self.message,
                "suggestion": self.suggestion}


# ---------------------------------------------------------------- person-centred

# Advice to everyone in the third person; a quantified subject ("many people need …",
# "muchas personas necesitan …") states a fact about some, and is left alone.
_EN_SUBJECT = (r"(?<!\bmost )(?<!\bmany )(?<!\bsome )(?<!\bfew )(?:the |all |older |adult )?"
               r"(?:patients?|people|persons?|individuals?|participants?|users?|adults?|"
               r"clients?|sufferers|one)")
_EN_MODALS = {
    "should": "should", "must": "must", "can": "can", "could": "could", "may": "may",
    "might": "might", "need to": "need to", "needs to": "need to", "will": "will",
    "have to": "have to", "has to": "have to", "ought to": "should",
    "are advised to": "should", "is advised to": "should", "are encouraged to": "can",
    "are recommended to": "should", "would": "would", "shall": "should",
}
_EN_ADVICE = lazy(
    rf"\b{_EN_SUBJECT}\s+(?:who [^,.;]{{1,40}}?\s+)?"
    rf"({'|'.join(sorted(map(re.escape, _EN_MODALS), key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_EN_PRONOUNS = [
    (lazy(r"\b(?:his or her|his/her|her or his)\b", re.I), "your"),
    (lazy(r"\b(?:he or she|he/she|she or he)\b", re.I), "you"),
    (lazy(r"\btheir\b", re.I), "your"),
    (lazy(r"\btheirs\b", re.I), "yours"),
    (lazy(r"\bthemselves\b", re.I), "yourself"),
    (lazy(r"\bthey\b", re.I), "you"),
    (lazy(r"\bthem\b", re.I), "you"),
    (lazy(r"\bthey're\b", re.I), "you're"),
]
_ES_SUBJECT = (r"(?<!\bmuchos )(?<!\bmuchas )(?<!\balgunos )(?<!\balgunas )(?<!\bunos )"
               r"(?<!\bunas )(?:(?:los|las|todos los|todas las)\s+)?"
               r"(?:pacientes|personas|usuari[oa]s|participantes|enferm[oa]s|adult[oa]s)")
_ES_VERBS = {
    "deben": "debe", "deberían": "debería", "pueden": "puede", "podrían": "podría",
    "tienen que": "tiene que", "necesitan": "necesita", "han de": "ha de",
    "deben de": "debe", "tendrían que": "tendría que", "conviene que": "conviene que",
}
_ES_ADVICE = lazy(
    rf"\b{_ES_SUBJECT}\s+({'|'.join(sorted(map(re.escape, _ES_VERBS), key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_ES_PRONOUNS = [(lazy(r"\bellos\b|\bellas\b", re.I), "usted")]


def _cap(text: str, like: str) -> str:
    return text[:1].upper() + text[1:] if like[:1].isupper() else text


@lru_cache(maxsize=65536)
def person_centred(sentence: str, lang: str) -> tuple[tuple[int, int, str, str | None], ...]:
    """(start, end, message, rewrite of the whole sentence) for third-person advice."""
    if lang == "en":
        m = _EN_ADVICE.search(sentence)
        if m is None:
            return ()
        modal = _EN_MODALS[m.group(1).lower()]
        head = _cap(f"you {modal}", m.group(0))
        rest = sentence[m.end():]
        for pat, rep in _EN_PRONOUNS:
            rest = pat.sub(lambda x, rep=rep: _cap(rep, x.group(0)), rest)
        fixed = sentence[:m.start()] + head + rest
        msg = "Speak to the reader: “you should …” instead of advice about “patients”."
    elif lang == "es":
        m = _ES_ADVICE.search(sentence)
        if m is None:
            return ()
        verb = _ES_VERBS[m.group(1).lower()]
        head = _cap(f"usted {verb}", m.group(0))
        rest = sentence[m.end():]
        for pat, rep in _ES_PRONOUNS:
            rest = pat.sub(rep, rest)
        fixed = sentence[:m.start()] + head + rest
        msg = "Hable al lector: «usted debe …» en lugar de consejos sobre «los pacientes»."
    else:
        return ()
    return ((0, len(sentence), msg, fixed if fixed != sentence else None),)


# ---------------------------------------------------------------- number format

_NUM = r"(\d+(?:[.,]\d+)?)"
_EN_HEDGES = ("about", "around", "approximately", "roughly", "nearly", "almost", "some",
              "close to", "just under", "just over")
_EN_BOUNDS = ("more than", "over", "less than", "fewer than", "under", "up to", "at least")
_EN_PERCENT = lazy(
    rf"\b(?:({'|'.join(_EN_HEDGES + _EN_BOUNDS)})\s+)?{_NUM}\s?(?:%|\s?percent\b|\s?per cent\b)"
    r"(\s+of\b(?!\s+(?:the|those|these|them|all|their|our)\b))?",
    re.IGNORECASE,
)
_EN_RELATIVE = lazy(
    rf"{_NUM}\s?(?:%|percent|per cent)\s+(?:lower|higher|less|more|fewer|greater|reduction|"
    r"increase|drop|rise|decrease|improvement|relative)\b|"
    rf"\b(?:risk|chance|odds|likelihood|rate)s?\b[^.;]{{0,40}}?\bby\s+{_NUM}\s?(?:%|percent)|"
    r"\b(?:\d+(?:\.\d+)?|two|three|four|five|six|ten)[- ](?:fold|times)\s+(?:more|less|higher|"
    r"lower|as|greater|the)\b|\b(?:twice|half) as (?:likely|many|much)\b|"
    r"\b(?:doubles?|doubled|triples?|tripled|halves|halved)\s+(?:the |their |your )?"
    r"(?:risk|chance|odds)\b",
    re.IGNORECASE,
)
_ES_HEDGES = ("alrededor de", "cerca de", "casi", "aproximadamente", "unos", "unas")
_ES_BOUNDS = ("más de", "menos de", "hasta", "al menos")
_ES_PERCENT = lazy(
    rf"\b(?:({'|'.join(_ES_HEDGES + _ES_BOUNDS)})\s+)?(?:(?:el|un)\s+)?{_NUM}\s?"
    r"(?:%|\s?por\s?ciento\b)(\s+de(?:\s+(?:los|las))?\b)?",
    re.IGNORECASE,
)
_ES_RELATIVE = lazy(
    rf"{_NUM}\s?(?:%|por ciento)\s+(?:menos|más|menor|mayor)\b|"
    rf"\b(?:riesgo|probabilidad|posibilidad)\w*\b[^.;]{{0,40}}?\ben (?:un|el)\s+{_NUM}\s?%|"
    r"\b(?:\d+|dos|tres|cuatro|cinco|diez) veces (?:más|menos|mayor|menor)\b|"
    r"\b(?:el doble|la mitad|el triple) de(?:l)? (?:riesgo|probabilidad)",
    re.IGNORECASE,
)
_ANY_PERCENT = lazy(rf"{_NUM}\s?%")
_PERCENT_WORDS = lazy(rf"{_NUM}\s?(?:%|per\s?cent\b|por\s?ciento\b|pour\s?cent\b|Prozent\b)",
                      re.IGNORECASE)
# A verb of change just before a percentage: the change of an average ("pain fell by
# 29%"), which is no share of people, so no natural frequency ("3 in 10") fits it.
_CHANGE_BEFORE = lazy(
    r"\b(?:fell|falls?|dropped|drops?|declined|declines?|decreased|decreases?|improved|"
    r"improves?|increased|increases?|rose|rises?|reduced|reduces?|lowered|lowers?|cut|"
    r"went (?:up|down)|grew|shrank|"  # en
    r"baj[óa]|bajaron|disminuy[óe]|disminuyeron|redujo|reducen?|se redujo|mejor[óa]|"
    r"mejoraron|aument[óa]|aumentaron|subi[óo]|subieron|cay[óo]|cayeron|"  # es
    r"baiss[ée]e?|diminu[ée]e?|réduite?|augment[ée]e?|amélior[ée]e?|chut[ée]e?|recul[ée]|"
    r"a (?:baissé|diminué|augmenté|chuté|reculé)|"  # fr
    r"sanken?|sinkt|fiel(?:en)?|stiegen?|steigt|verringerte?n?|verbesserte?n?|"
    r"reduziert|gesenkt|gestiegen|gesunken)"  # de
    r"(?:\s+(?:by|en|de|um|of|con))?(?:\s+(?:un|el|une?|about|around|roughly|nearly|"
    r"almost|casi|alrededor de|environ|etwa|rund))?\s+$",
    re.IGNORECASE,
)
_CHANGE_NOTE = {
    "en": "A change in an average, not a share of people: keep the percentage (or say "
          "“by about a quarter”); never write it as “3 in 10 people”.",
    "es": "Un cambio en una media, no una parte de las personas: deje el porcentaje (o "
          "«en alrededor de una cuarta parte»); nunca «3 de cada 10 personas».",
}


def natural_frequency(percent: float) -> tuple[str, bool]:
    """70 -> ("7 in 10", exact); 68 -> ("7 in 10", approximate); 3 -> ("3 in 100", …)."""
    if percent >= 99.5:
        return "10 in 10", percent == 100
    for denom in (10, 100, 1000, 10000):
        k = percent * denom / 100
        if denom == 10 and k >= 1 and abs(k - round(k)) <= 0.25:
            return f"{round(k)} in 10", k == round(k)
        if denom > 10 and round(k) >= 1:
            return f"{round(k):,} in {denom:,}", abs(k - round(k)) < 1e-9
    return "fewer than 1 in 10,000", False


def _as_number(text: str) -> float | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if 0 < value <= 100 else None


@lru_cache(maxsize=65536)
def number_format(sentence: str, lang: str) -> tuple[tuple[int, int, str, str | None], ...]:
    """(start, end, message, replacement) for percentages and relative changes."""
    out: list[tuple[int, int, str, str | None]] = []
    if "%" not in sentence and "percent" not in sentence.lower() and "ciento" not in sentence \
            and not re.search(r"fold|times|twice|half|doubl|tripl|veces|doble|mitad", sentence):
        return ()
    relative = _EN_RELATIVE if lang == "en" else _ES_RELATIVE if lang == "es" else None
    taken: list[tuple[int, int]] = []
    if relative is not None:
        for m in relative.finditer(sentence):
            taken.append(m.span())
            out.append((m.start(), m.end(),
                        "A relative change says little alone: give the absolute risks "
                        "(for example “from 4 in 100 to 2 in 100”)." if lang == "en" else
                        "Un cambio relativo dice poco solo: dé los riesgos absolutos "
                        "(por ejemplo «de 4 de cada 100 a 2 de cada 100»).", None))
    for m in _PERCENT_WORDS.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue  # a relative risk, said above
        if _CHANGE_BEFORE.search(sentence[max(0, m.start() - 40):m.start()]):
            taken.append(m.span())
            out.append((m.start(), m.end(), _CHANGE_NOTE.get(lang, _CHANGE_NOTE["en"]), None))
    pat = _EN_PERCENT if lang == "en" else _ES_PERCENT if lang == "es" else None
    if pat is None:
        for m in _ANY_PERCENT.finditer(sentence):
            if any(s <= m.start() < e for s, e in taken):
                continue
            out.append((m.start(), m.end(), "A percentage: a natural frequency "
                        "(7 in 10) is easier to picture.", None))
        return tuple(out)
    for m in pat.finditer(sentence):
        if any(s <= m.start(2) < e for s, e in taken):
            continue
        value = _as_number(m.group(2))
        if value is None:
            continue
        freq, exact = natural_frequency(value)
        hedge = (m.group(1) or "").lower()
        if lang == "es":
            freq = freq.replace(" in ", " de cada ")
            if hedge in _ES_BOUNDS:
                lead = hedge + " "
            elif hedge or not exact:
                lead = "alrededor de "
            else:
                lead = ""
            msg = "Un porcentaje: una frecuencia natural («7 de cada 10») se entiende mejor."
        else:
            if hedge in _EN_BOUNDS:
                lead = hedge + " "
            elif hedge or not exact:
                lead = "about "
            else:
                lead = ""
            msg = "A percentage: a natural frequency (“7 in 10”) is easier to picture."
        suggestion = None
        if m.group(3):  # "70% of [patients]": the frequency reads on
            suggestion = _cap(lead + freq, m.group(0))
        out.append((m.start(), m.end(), msg, suggestion))
    out.sort()
    return tuple(out)


# ---------------------------------------------------------------- lexical density

_DATA = Path(__file__).resolve().parent / "data"


@cache
def function_words(lang: str) -> frozenset[str] | None:
    """Grammatical words of a language (data/function_<lang>.txt), None without a list."""
    path = _DATA / f"function_{lang}.txt"
    if not path.is_file():
        return None
    return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


_TOKEN = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def lexical_density(text: str, lang: str) -> float | None:
    """Share of content words among the words of `text`; None without a word list.

    Without a list of function words for the language, the words wordfreq rates above
    Zipf 6 (the most frequent hundred or so: articles, pronouns, auxiliaries) stand in.
    """
    words, grammatical = density_counts(text, lang)
    if grammatical < 0 or not words:
        return None
    return (words - grammatical) / words


@lru_cache(maxsize=65536)
def density_counts(text: str, lang: str) -> tuple[int, int]:
    """(words, grammatical words) of a text; grammatical -1 without a word list.
    Cached by text: a report sums its sentences' counts."""
    words = _TOKEN.findall(text)
    fw = function_words(lang)
    if fw is not None:
        return len(words), sum(1 for w in words if w.lower().replace("’", "'") in fw)
    from summarizer.readability.store import frequencies

    freq = frequencies(lang)
    if freq is None:
        return len(words), -1
    return len(words), sum(1 for w in words if freq.zipf(w.lower()) >= 6.0)


def report_density(report: object) -> float | None:
    """Lexical density of an analysed text, from its sentences' cached counts."""
    lang: str = report.lang  # type: ignore[attr-defined]
    total = gram = 0
    for s in report.sentences:  # type: ignore[attr-defined]
        n, g = density_counts(s.text, lang)
        if g < 0:
            return None
        total += n
        gram += g
    return (total - gram) / total if total else None


_PARAGRAPH_BREAK = lazy(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (text between blank lines), stripped."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            s = pos + (len(chunk) - len(chunk.lstrip()))
            out.append((s, pos + len(chunk.rstrip())))
        if m:
            pos = m.end()
    return out


# ---------------------------------------------------------------- all notes


def text_notes(report: object, text: str) -> list[Note]:
    """Every note for an analysed text, in text order (text-level notes first)."""
    lang: str = report.lang  # type: ignore[attr-defined]
    sentences = report.sentences  # type: ignore[attr-defined]
    out: list[Note] = []
    words = report.words  # type: ignore[attr-defined]
    run_on = sum(s.words for s in sentences if s.words > RUN_ON_WORDS)
    if words and run_on * 2 > words:
        out.append(Note("no-sentence-ends", 0, len(text.rstrip()),
                        f"No sentence ends: {run_on} of {words} words run on without a full "
                        "stop, so no grade is given. Split the text into sentences."))
    density = report.lexical_density  # type: ignore[attr-defined]  # report_density, once
    if density is not None and words >= LEXICAL_DENSITY_MIN_WORDS and \
            density > LEXICAL_DENSITY_HIGH:
        out.append(Note("lexical-density", 0, len(text.rstrip()),
                        f"Dense text: {density:.0%} content words (aim for "
                        f"{LEXICAL_DENSITY_HIGH:.0%} or less). Use more everyday verbs and "
                        "fewer nouns in a row."))
    i, count = 0, len(sentences)
    for ps, pe in paragraphs(text):
        while i < count and sentences[i].start < ps:
            i += 1
        j = i
        while j < count and sentences[j].start < pe:
            j += 1
        n_sent, n_words = j - i, sum(s.words for s in sentences[i:j])
        i = j
        if n_sent > LONG_PARAGRAPH_SENTENCES or n_words > LONG_PARAGRAPH_WORDS:
            out.append(Note("long-paragraph", ps, pe,
                            f"Long paragraph: {n_sent} sentences, {n_words} words. "
                            f"Keep to {LONG_PARAGRAPH_SENTENCES} sentences or fewer, "
                            "one idea each."))
    for s in sentences:
        st = s.start
        for a, b, msg, fix in person_centred(s.text, lang):
            out.append(Note("person-centred", st + a, st + b, msg, fix))
        for a, b, msg, fix in number_format(s.text, lang):
            out.append(Note("number-format", st + a, st + b, msg, fix))
        if s.long and s.words <= RUN_ON_WORDS:
            out.append(Note("long-sentence", st, s.end,
                            f"Long sentence: {s.words} words (aim for 20 or fewer)."))
        if s.passive:
            out.append(Note("passive-voice", st, s.end,
                            "Passive voice: say who does what."))
    order = {k: i for i, k in enumerate(NOTE_KINDS)}
    out.sort(key=lambda n: (n.start, order[n.kind]))
    return out
