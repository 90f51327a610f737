"""Actionability of a handout: the PEMAT-P items a program can judge, and those it cannot.

PEMAT-P (the Patient Education Materials Assessment Tool for printable materials,
Shoemaker, Wolf & Brach, AHRQ 2013/2014) rates actionability with items 20-26. A
program can judge whether the handout names an action, speaks to the reader when it
does, breaks actions into steps, gives contacts and questions to ask; whether a
checklist, a worked calculation, a chart or a picture would help needs a person.

Each item is "met", "not met" or "needs a person", with the reason and, where one
exists, the span of the sentence that decided it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from summarizer.readability._lazy import lazy

MET, NOT_MET, PERSON = "met", "not met", "needs a person"
STATUSES = (MET, NOT_MET, PERSON)

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that start an instruction to the reader (imperative), per language.
_IMPERATIVES = {
    "en": _words(
        "call text ask talk tell take keep go see stop avoid don't do get make write bring "
        "check follow use read seek contact visit speak find watch wait learn plan store "
        "throw lock book schedule list share note start try eat drink rest sleep call "
        "never always let remember be have report discuss consider give put leave"
    ),
    "es": _words(
        "llame llama pregunte pregunta hable habla consulte consulta diga dile tome toma "
        "no evite evita busque busca acuda acude lleve lleva siga sigue use usa lea lee "
        "escriba escribe vaya ve mantenga mantén informe pida pide guarde guarda anote "
        "anota comparta comparte visite visita espere espera recuerde recuerda nunca "
        "siempre tenga ten hable envíe envía deje deja vigile vigila"
    ),
}
_YOU_ACTION = {
    "en": lazy(r"\byou (?:should|can|could|may|might|need to|must|will need to|have to|"
                     r"want to|could also)\s+\w+", re.IGNORECASE),
    "es": lazy(r"\b(?:usted|tú) (?:debe|puede|podría|necesita|tiene que|debería)\s+\w+|"
                     r"\b(?:debe|puede|necesita|tiene que|debería)s? \w+r(?:se|le|lo|la)?\b",
                     re.IGNORECASE),
}
_STEP_MARKERS = {
    "en": lazy(r"^\s*(?:\d+[.)]|[-*•])\s+|\b(?:first|second|third|then|next|after that|"
                     r"finally|step \d+)\b", re.IGNORECASE | re.MULTILINE),
    "es": lazy(r"^\s*(?:\d+[.)]|[-*•])\s+|\b(?:primero|segundo|tercero|luego|después|"
                     r"a continuación|por último|finalmente|paso \d+)\b",
                     re.IGNORECASE | re.MULTILINE),
}
_CONTACT = lazy(r"\+?\d[\d\s().-]{1,14}\d|\bhttps?://\S+|\bwww\.\S+|\b\S+@\S+\.\w+")

ITEMS = (
    ("clear-action", 20, "The material clearly identifies at least one action the user can take."),
    ("addresses-reader", 21, "The material addresses the user directly when describing actions."),
    ("steps", 22, "The material breaks down any action into manageable, explicit steps."),
    ("contacts", None, "The material says whom to contact and how (a phone number, a text "
                       "line, a website)."),
    ("questions-to-ask", None, "The material gives questions to ask a doctor or nurse."),
    ("tangible-tool", 23, "The material provides a tangible tool (a checklist, a planner) "
                          "whenever it could help the user take action."),
    ("calculations", 24, "The material provides simple instructions or examples of how to "
                         "perform calculations."),
    ("charts-explained", 25, "The material explains how to use the charts, graphs, tables or "
                             "diagrams to take actions."),
    ("visual-aids", 26, "The material uses visual aids whenever they could make it easier to "
                        "act on the instructions."),
)


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    pemat: int | None  # the PEMAT-P item number, None for the extra items
    item: str
    status: str  # "met" | "not met" | "needs a person"
    why: str
    span: tuple[int, int] | None = None  # the sentence that decided it

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "pemat_item": self.pemat, "item": self.item,
                "status": self.status, "why": self.why,
                "span": list(self.span) if self.span else None}


_CLAUSE_START = lazy(r"(?:^|[,:;]\s*)[\"'“‘¿¡(]*([^\W\d_]+(?:['’][^\W\d_]+)?)")


def is_action(sentence: str, lang: str) -> bool:
    """An instruction to the reader: an imperative first word or "you should …"."""
    imperatives = _IMPERATIVES.get(lang)
    if imperatives is not None:
        # the first word of the sentence or of a clause after a comma or colon
        # ("If you feel worse, call 988"; "Veterans: press 1")
        for m in _CLAUSE_START.finditer(sentence):
            if m.group(1).lower().replace("’", "'") in imperatives:
                return True
    you = _YOU_ACTION.get(lang)
    return bool(you and you.search(sentence))


def assess(report: object, text: str, *, contacts: int = 0, questions: int = 0) -> list[Item]:
    """PEMAT-P actionability of an analysed handout text.

    `contacts`: contacts the handout lists outside its text (crisis lines); `questions`:
    claims in its "questions" section.
    """
    lang: str = report.lang  # type: ignore[attr-defined]
    sentences = report.sentences  # type: ignore[attr-defined]
    judged = lang in _IMPERATIVES
    actions = [s for s in sentences if is_action(s.text, lang)] if judged else []
    third = [n for n in report.notes if n.kind == "person-centred"]  # type: ignore[attr-defined]
    out: list[Item] = []
    text_ = dict((i, (p, t)) for i, p, t in ITEMS)

    def add(key: str, status: str, why: str, span: tuple[int, int] | None = None) -> None:
        pemat, item = text_[key]
        out.append(Item(key, pemat, item, status, why, span))

    if not judged:
        add("clear-action", PERSON, f"no instruction patterns for language {lang!r}")
        add("addresses-reader", PERSON, f"no instruction patterns for language {lang!r}")
        add("steps", PERSON, f"no instruction patterns for language {lang!r}")
    else:
        if actions:
            first = actions[0]
            add("clear-action", MET, f"an action: “{_short(first.text)}”",
                (first.start, first.end))
        elif third:
            add("clear-action", NOT_MET, "advice is given about patients, not to the reader",
                (third[0].start, third[0].end))
        else:
            add("clear-action", NOT_MET, "no sentence tells the reader what to do")
        if third:
            add("addresses-reader", NOT_MET,
                f"{len(third)} sentence(s) give advice about “patients” or “people”",
                (third[0].start, third[0].end))
        elif actions:
            add("addresses-reader", MET, "every action speaks to the reader")
        else:
            add("addresses-reader", NOT_MET, "no action to address")
        markers = _STEP_MARKERS[lang]
        stepped = [s for s in actions if markers.search(text, max(0, s.start - 8), s.end)]
        if len(actions) >= 2 and (stepped or _listed(text, actions)):
            add("steps", MET, f"{len(actions)} actions, in steps or a list",
                (actions[0].start, actions[-1].end))
        elif actions:
            add("steps", PERSON, f"{len(actions)} action(s) without numbered steps: does any "
                "need breaking down?")
        else:
            add("steps", NOT_MET, "no action to break into steps")
    found = contacts + len(_CONTACT.findall(text))
    add("contacts", MET if found else NOT_MET,
        f"{found} phone number(s) or address(es)" if found else "no phone number or website")
    asked = questions + sum(1 for s in sentences if s.text.rstrip().endswith("?"))
    add("questions-to-ask", MET if asked else NOT_MET,
        f"{asked} question(s) to ask" if asked else "no questions for the reader to ask")
    add("tangible-tool", PERSON, "whether a checklist or planner would help is a judgement")
    add("calculations", PERSON, "whether the reader must calculate anything is a judgement")
    add("charts-explained", PERSON, "the printed handout's charts are not known here")
    add("visual-aids", PERSON, "whether a picture would help is a judgement")
    return out


def summary(items: list[Item]) -> dict[str, object]:
    """The JSON form: every item, and the PEMAT score over the items judged."""
    met = sum(1 for i in items if i.status == MET)
    judged = sum(1 for i in items if i.status != PERSON)
    return {"items": [i.to_dict() for i in items], "met": met, "judged": judged,
            "score": round(met / judged, 3) if judged else None}


def _listed(text: str, actions: list) -> bool:
    """Actions on lines of their own, one after another (a list without bullets)."""
    starts = [text.rfind("\n", 0, s.start) + 1 for s in actions]
    return sum(1 for s, a in zip(starts, actions, strict=True) if s == a.start) >= 2


def _short(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def handout_text(handout: object, translate: dict[str, str] | None = None
                 ) -> tuple[str, int, int]:
    """(text a patient reads, contacts listed, questions-section claims) of a Handout.

    One paragraph per item, in print order: summary, safety notices, then the claims
    section by section. With `translate` (msgid -> translation), the text in that
    language; strings without a translation are left out.
    """
    from summarizer.model import SECTIONS

    h: Any = handout
    parts: list[str] = [h.meta.summary] if h.meta.summary else []
    parts += [d.text for d in h.disclaimers]
    for section in SECTIONS:
        parts += [c.text for c in h.claims_in(section)]
    if translate is not None:
        parts = [translate.get(p, "") for p in parts]
    contacts = sum(len(d.contacts) for d in h.disclaimers)
    questions = sum(1 for c in h.claims_in("questions")
                    if (translate.get(c.text, "") if translate is not None else c.text).strip())
    return "\n\n".join(p.strip() for p in parts if p.strip()), contacts, questions
