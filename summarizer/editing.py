"""Every change an editor makes to a handout, as a command with an undo history.

A command names what it changes by id (a claim, a notice, a metadata field, one string
of one language), never by position on a screen, so a change can only land where it
was made. `History` applies commands to a `Draft` (the handout model plus translations
not yet written to their catalogs) and can take each one back. Pure: no Textual, no
file I/O; the editor saves the draft, the tests drive it directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from summarizer.history import (  # re-exported: summarizer.editing.History, ...
    Command,
    Draft,
    EditError,
    History,  # noqa: F401
)
from summarizer.model import (
    EVIDENCE_KINDS,
    SECTIONS,
    CandidateClaim,
    CandidateDisclaimer,
    Claim,
    Contact,
    Disclaimer,
    Handout,
    LoadedSource,
    Sentence,
    SourceRef,
    Span,
)

# --------------------------------------------------------------------------- commands


def _section_slot(claims: list[Claim], section: str) -> int:
    """Index after the last claim whose section prints at or before `section`."""
    order = SECTIONS.index(section)
    return max((i + 1 for i, c in enumerate(claims)
                if c.section in SECTIONS and SECTIONS.index(c.section) <= order), default=0)


@dataclass
class SetClaimText(Command):
    claim_id: str
    text: str
    typed: bool = False  # came from typing in the claim's own box (the box already shows it)
    fresh: bool = False  # typed over the whole text (select all): starts its own undo step
    _old: str | None = None

    label = "edit claim text"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.claim_id

    def apply(self, draft: Draft) -> None:
        claim = draft.claim(self.claim_id)
        if self._old is None:
            self._old = claim.text
        claim.text = self.text

    def revert(self, draft: Draft) -> None:
        draft.claim(self.claim_id).text = self._old or ""

    def absorb(self, later: Command) -> bool:
        if (isinstance(later, SetClaimText) and later.claim_id == self.claim_id
                and self.typed and later.typed and not later.fresh):
            self.text = later.text
            return True
        return False


@dataclass
class SetNoticeText(Command):
    notice_id: str
    text: str
    typed: bool = False
    fresh: bool = False  # typed over the whole text (select all): starts its own undo step
    _old: str | None = None

    label = "edit notice text"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.notice_id

    def apply(self, draft: Draft) -> None:
        notice = draft.notice(self.notice_id)
        if self._old is None:
            self._old = notice.text
        notice.text = self.text

    def revert(self, draft: Draft) -> None:
        draft.notice(self.notice_id).text = self._old or ""

    def absorb(self, later: Command) -> bool:
        if (isinstance(later, SetNoticeText) and later.notice_id == self.notice_id
                and self.typed and later.typed and not later.fresh):
            self.text = later.text
            return True
        return False


@dataclass
class AddClaim(Command):
    claim: Claim
    _index: int = -1

    label = "add claim"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.claim.id

    def apply(self, draft: Draft) -> None:
        if self.claim.section not in SECTIONS:
            raise EditError(f"unknown section {self.claim.section!r}")
        if any(c.id == self.claim.id for c in draft.handout.claims):
            raise EditError(f"claim {self.claim.id!r} exists")
        self._index = _section_slot(draft.handout.claims, self.claim.section)
        draft.handout.claims.insert(self._index, self.claim)

    def revert(self, draft: Draft) -> None:
        draft.handout.claims.remove(self.claim)


@dataclass
class RemoveClaim(Command):
    claim_id: str
    _claim: Claim | None = None
    _index: int = -1

    label = "remove claim"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.claim_id

    def apply(self, draft: Draft) -> None:
        self._claim = draft.claim(self.claim_id)
        self._index = draft.handout.claims.index(self._claim)
        del draft.handout.claims[self._index]

    def revert(self, draft: Draft) -> None:
        assert self._claim is not None
        draft.handout.claims.insert(self._index, self._claim)


@dataclass
class MoveClaim(Command):
    """Swap with the neighbouring claim of the same section (delta -1 or +1)."""

    claim_id: str
    delta: int

    label = "move claim"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.claim_id

    def _swap(self, draft: Draft, delta: int) -> None:
        claims = draft.handout.claims
        idx = claims.index(draft.claim(self.claim_id))
        same = [i for i, c in enumerate(claims) if c.section == claims[idx].section]
        pos = same.index(idx) + delta
        if not 0 <= pos < len(same):
            raise EditError("already at the end of its section")
        other = same[pos]
        claims[idx], claims[other] = claims[other], claims[idx]

    def apply(self, draft: Draft) -> None:
        self._swap(draft, self.delta)

    def revert(self, draft: Draft) -> None:
        self._swap(draft, -self.delta)


@dataclass
class SetSection(Command):
    claim_id: str
    section: str
    _old: str = ""
    _index: int = -1

    label = "change section"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.claim_id

    def apply(self, draft: Draft) -> None:
        if self.section not in SECTIONS:
            raise EditError(f"unknown section {self.section!r}")
        claim = draft.claim(self.claim_id)
        claims = draft.handout.claims
        self._old, self._index = claim.section, claims.index(claim)
        claims.remove(claim)
        claim.section = self.section
        claims.insert(_section_slot(claims, self.section), claim)

    def revert(self, draft: Draft) -> None:
        claim = draft.claim(self.claim_id)
        draft.handout.claims.remove(claim)
        claim.section = self._old
        draft.handout.claims.insert(self._index, claim)


@dataclass
class SetEvidence(Command):
    """The evidence level the handout states for a claim, with the editor's reason when
    it differs from what the source supports (`derived`); no reason is needed to go back
    to the derived level, and then the reason is cleared."""

    claim_id: str
    evidence: str
    reason: str = ""
    derived: str = ""
    _old: tuple[str, str] = ("", "")

    label = "change evidence"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.claim_id

    def apply(self, draft: Draft) -> None:
        if self.evidence not in EVIDENCE_KINDS:
            raise EditError(f"unknown evidence level {self.evidence!r}")
        reason = " ".join(self.reason.split())
        if self.derived and self.evidence == self.derived:
            reason = ""
        elif self.derived and not reason:
            raise EditError("say why the source supports a different level than "
                            f"{self.derived!r}")
        claim = draft.claim(self.claim_id)
        self._old = (claim.evidence, claim.evidence_reason)
        claim.evidence, claim.evidence_reason = self.evidence, reason

    def revert(self, draft: Draft) -> None:
        claim = draft.claim(self.claim_id)
        claim.evidence, claim.evidence_reason = self._old


@dataclass
class AttachNotice(Command):
    notice: Disclaimer

    label = "attach notice"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.notice.id

    def apply(self, draft: Draft) -> None:
        if any(d.id == self.notice.id for d in draft.handout.disclaimers):
            raise EditError(f"notice {self.notice.id!r} exists")
        draft.handout.disclaimers.append(self.notice)

    def revert(self, draft: Draft) -> None:
        draft.handout.disclaimers.remove(self.notice)


@dataclass
class DetachNotice(Command):
    notice_id: str
    _notice: Disclaimer | None = None
    _index: int = -1

    label = "remove notice"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.notice_id

    def apply(self, draft: Draft) -> None:
        self._notice = draft.notice(self.notice_id)
        self._index = draft.handout.disclaimers.index(self._notice)
        del draft.handout.disclaimers[self._index]

    def revert(self, draft: Draft) -> None:
        assert self._notice is not None
        draft.handout.disclaimers.insert(self._index, self._notice)


@dataclass
class RemoveContact(Command):
    """Take one contact (by number) off a notice: a number the notice's own sentence
    does not give, or one the handout should not print."""

    notice_id: str
    number: str
    _contact: Contact | None = None
    _index: int = -1

    label = "remove contact"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.notice_id

    def apply(self, draft: Draft) -> None:
        contacts = draft.notice(self.notice_id).contacts
        self._index = next((i for i, c in enumerate(contacts) if c.number == self.number), -1)
        if self._index < 0:
            raise EditError(f"notice {self.notice_id!r} has no contact {self.number!r}")
        self._contact = contacts.pop(self._index)

    def revert(self, draft: Draft) -> None:
        assert self._contact is not None
        draft.notice(self.notice_id).contacts.insert(self._index, self._contact)


@dataclass
class AddSources(Command):
    """Register sources (already kept in the handout's folder); undo unregisters them
    (the kept files stay for a redo; the editor removes the ones no saved handout points
    at when it closes: `files`)."""

    refs: list[SourceRef]
    files: list[str] = field(default_factory=list)  # the snapshots written for `refs`

    label = "add source"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return self.refs[0].id if self.refs else ""

    def apply(self, draft: Draft) -> None:
        taken = {s.id for s in draft.handout.sources}
        if any(r.id in taken for r in self.refs):
            raise EditError("a source with that id is already registered")
        draft.handout.sources.extend(self.refs)

    def revert(self, draft: Draft) -> None:
        for ref in self.refs:
            draft.handout.sources.remove(ref)


# Metadata fields an editor sets, with how a typed value becomes the model's value.
META_FIELDS: tuple[str, ...] = ("title", "summary", "region", "locales", "organization",
                                "date", "target_grade", "max_grade")


class MetaError(EditError):
    """Handout details that cannot be kept: `problems` maps each bad field to why (what
    the details dialog shows beside that field); the message names the first."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(next(iter(self.problems.values()), "not a valid value"))


def meta_problem(key: str, value: Any, source_locale: str) -> str | None:
    """Why a model value cannot be the handout's `key`, by the schema's own rules
    (summarizer.schema: a file the editor saves must open again), or None."""
    from summarizer import schema

    if key not in META_FIELDS:
        return f"{key!r} is not a handout setting"
    if key in ("title", "summary", "organization"):
        text = str(value)
        if key == "title" and not text.strip():
            return "the title cannot be empty"
        if not re.fullmatch(schema.NO_CONTROLS, text):
            return f"{key}: no control characters"
        if len(text) > (1000 if key == "title" else 100_000):
            return f"{key}: too long"
    elif key == "region":
        if not (re.fullmatch(r"[A-Z]{2}", str(value)) and schema.known_region(str(value))):
            from summarizer.locale_codes import region_suggestion

            near = region_suggestion(str(value))
            hint = f"did you mean {near}?" if near else "use one such as US, GB or ES"
            return f"region: {value!r} is not a country code; {hint}"
    elif key == "date":
        if not schema.valid_iso_date(str(value)):
            return f"date: {value!r} is not a date that exists (YYYY-MM-DD, or empty)"
    elif key == "locales":
        bad = [loc for loc in value if not schema.known_locale(loc)]
        if bad:
            return f"languages: {bad[0]!r} is not a language code (e.g. en, es, es-US)"
        if source_locale not in value:
            return f"languages must include the source language {source_locale!r}"
        if len(value) > 50:
            return "languages: at most 50"
    elif not (isinstance(value, float | int) and 1 <= value <= 20):
        return f"{key.replace('_', ' ')}: between 1 and 20"
    return None


def parse_meta(values: dict[str, str], source_locale: str) -> dict[str, Any]:
    """Typed form values -> model values; MetaError says what is wrong with each bad
    field (every field is checked, so the dialog can mark them all at once)."""
    out: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for key, raw in values.items():
        if key not in META_FIELDS:
            problems[key] = f"{key!r} is not a handout setting"
            continue
        text = " ".join(str(raw).split())
        value: Any = text
        if key == "region":
            from summarizer.locale_codes import canonical_region

            value = canonical_region(text) or text.upper()  # "UK" is stored as GB
        elif key == "locales":
            from summarizer.schema import canonical_locale

            typed = [p for p in re.split(r"[,\s]+", text) if p]
            bad = [p for p in typed if canonical_locale(p) is None]
            if bad:
                problems[key] = (f"languages: {bad[0]!r} is not a language code "
                                 "(e.g. en, es, es-US)")
                continue
            # one spelling, each once: "EN, zh_Hans" is ["en", "zh-Hans"]
            value = list(dict.fromkeys(str(canonical_locale(p)) for p in typed))
        elif key in ("target_grade", "max_grade"):
            try:
                value = float(text)
            except ValueError:
                problems[key] = f"{key.replace('_', ' ')}: a number such as 8, not {text!r}"
                continue
        problem = meta_problem(key, value, source_locale)
        if problem:
            problems[key] = problem
            continue
        out[key] = value
    target = out.get("target_grade")
    limit = out.get("max_grade")
    if target is not None and limit is not None and target > limit:
        problems["target_grade"] = "the target grade cannot be above the maximum grade"
    if problems:
        raise MetaError(problems)
    return out


@dataclass
class SetMeta(Command):
    """Change handout settings; `values` are model values (see parse_meta)."""

    values: dict[str, Any]
    _old: dict[str, Any] = field(default_factory=dict)

    label = "change handout details"
    subject = "meta"

    def apply(self, draft: Draft) -> None:
        meta = draft.handout.meta
        problems = {key: problem for key, value in self.values.items()
                    if (problem := meta_problem(key, value, meta.source_locale))}
        after = replace(meta, **{k: v for k, v in self.values.items() if k in META_FIELDS})
        if not problems and after.target_grade > after.max_grade:
            problems["target_grade"] = "the target grade cannot be above the maximum grade"
        if problems:  # the model never holds what the file could not (then) open
            raise MetaError(problems)
        self._old = {k: getattr(meta, k) for k in self.values}
        draft.handout.meta = replace(meta, **self.values)

    def revert(self, draft: Draft) -> None:
        draft.handout.meta = replace(draft.handout.meta, **self._old)


@dataclass
class SetTranslation(Command):
    """One string of one language, kept in the draft until the next save. `msgstr` None:
    nothing pending for it (the catalog's text stands, a fuzzy one stays fuzzy)."""

    locale: str
    msgid: str
    msgstr: str | None
    typed: bool = False
    fresh: bool = False  # typed over the whole text (select all): starts its own undo step
    _old: str | None = None
    _had: bool = False

    label = "translate"

    @property
    def subject(self) -> str:  # type: ignore[override]
        return f"{self.locale}:{self.msgid}"

    def apply(self, draft: Draft) -> None:
        table = draft.translations.setdefault(self.locale, {})
        self._had = self.msgid in table
        self._old = table.get(self.msgid)
        if self.msgstr is not None:
            table[self.msgid] = self.msgstr
            return
        table.pop(self.msgid, None)
        if not table:
            draft.translations.pop(self.locale, None)

    def revert(self, draft: Draft) -> None:
        table = draft.translations.setdefault(self.locale, {})
        if self._had:
            table[self.msgid] = self._old or ""
        else:
            table.pop(self.msgid, None)
            if not table:
                draft.translations.pop(self.locale, None)

    def absorb(self, later: Command) -> bool:
        if (isinstance(later, SetTranslation) and self.typed and later.typed
                and not later.fresh and (later.locale, later.msgid) == (self.locale, self.msgid)):
            self.msgstr = later.msgstr
            return True
        return False


@dataclass
class RecoverWork(Command):
    """Unsaved work found in a recovery file, taken back as one step: undo returns to
    the file as saved (and redo to the recovered work)."""

    handout: Handout
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    _old: tuple[Handout, dict[str, dict[str, str]]] | None = None

    label = "recover unsaved work"
    subject = "recovery"

    @staticmethod
    def _swap_in(draft: Draft, handout: Handout,
                 translations: dict[str, dict[str, str]]) -> None:
        # In place: the draft's handout is the object the editor saves from
        for name in ("meta", "sources", "claims", "disclaimers"):
            setattr(draft.handout, name, getattr(handout, name))
        draft.translations.clear()
        draft.translations.update({k: dict(v) for k, v in translations.items()})

    def apply(self, draft: Draft) -> None:
        now = draft.handout
        self._old = (Handout(now.meta, list(now.sources), list(now.claims),
                             list(now.disclaimers)),
                     {k: dict(v) for k, v in draft.translations.items()})
        self._swap_in(draft, self.handout, self.translations)

    def revert(self, draft: Draft) -> None:
        assert self._old is not None
        self._swap_in(draft, *self._old)


# --------------------------------------------------------------------------- history


# --------------------------------------------------------------------------- builders


def _slug(text: str, limit: int = 4) -> str:
    """The first few words of `text`, without its control sequences (a quote may hold
    "␛[31m": its "31m" is no word)."""
    from summarizer.terminal import mask_controls

    words = re.findall(r"[a-z0-9]+", mask_controls(text).lower())
    stop = {"the", "a", "an", "of", "and", "or", "to", "in", "is", "for", "it", "its", "on"}
    kept = [w for w in words if w not in stop][:limit] or ["item"]
    return "-".join(kept)[:40].strip("-") or "item"


def unique_id(handout: Handout, text: str) -> str:
    """A readable id from the text, unique among claims and notices."""
    taken = {c.id for c in handout.claims} | {d.id for d in handout.disclaimers}
    base = _slug(text)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _overlaps(a: Span, b: Span) -> bool:
    return (a.start < b.end and b.start < a.end) or a.start == b.start


def claim_citing(handout: Handout, source_id: str, span: Span) -> Claim | None:
    """The claim already quoting (part of) this stretch of the source, if any."""
    return next((c for c in handout.claims
                 if c.source == source_id and _overlaps(c.span, span)), None)


def notice_citing(handout: Handout, source_id: str, span: Span, kind: str) -> Disclaimer | None:
    return next((d for d in handout.disclaimers if d.source == source_id and d.kind == kind
                 and _overlaps(d.span, span)), None)


def notice_quoting(handout: Handout, source_id: str, span: Span) -> Disclaimer | None:
    """The safety notice of any kind already printed from this stretch of the source: the
    sentence is on the handout once, with the safety notices, not again as a claim."""
    return next((d for d in handout.disclaimers
                 if d.source == source_id and _overlaps(d.span, span)), None)


def new_claim(handout: Handout, source_id: str, sentence: Sentence, section: str,
              candidate: CandidateClaim | None = None,
              source: LoadedSource | None = None) -> Claim:
    """A claim citing the sentence; its plain text starts as the quote, to be rewritten.
    EditError when the sentence is already a claim (one sentence, one claim). `source`
    (when given) supplies the quote's page in a paged source such as a PDF."""
    if section not in SECTIONS:
        raise EditError(f"unknown section {section!r}")
    quote = candidate.quote if candidate else sentence.text
    span = candidate.span if candidate else sentence.span
    existing = claim_citing(handout, source_id, span)
    if existing is not None:
        raise EditError(f"already in the handout as claim “{existing.id}”")
    notice = notice_quoting(handout, source_id, span)
    if notice is not None:
        raise EditError(f"already printed as the safety notice “{notice.id}”")
    return Claim(id=unique_id(handout, quote), section=section, source=source_id, span=span,
                 quote=quote, evidence=candidate.evidence if candidate else "opinion",
                 text=quote, flags=list(candidate.flags) if candidate else [],
                 page=source.page_at(span.start) if source is not None else 0)


def mentions(text: str, contact: Contact) -> bool:
    """Whether `text` gives this contact: its number as displayed, or (for a full phone
    number) its last ten digits in the text's digits ('1-888-628-9454')."""
    if contact.display and contact.display.split(" (")[0] in text:
        return True
    digits = re.sub(r"\D", "", contact.number)
    return len(digits) >= 7 and digits[-10:] in re.sub(r"\D", "", text)


def new_notice(handout: Handout, source_id: str, sentence: Sentence, kind: str,
               candidate: CandidateDisclaimer | None = None,
               source: LoadedSource | None = None) -> Disclaimer:
    """A notice from the chosen sentence, with the contacts of the analysed notice around
    it that the sentence itself gives. The analysed notice may span a whole paragraph
    (a crisis line and a treatment-referral line): attaching one sentence takes that
    sentence only, so its rewrite is checked against what it says."""
    use = candidate if candidate is not None and candidate.kind == kind else None
    span, quote = sentence.span, sentence.text
    existing = notice_citing(handout, source_id, span, kind)
    if existing is not None:
        raise EditError(f"already attached as notice “{existing.id}”")
    return Disclaimer(id=unique_id(handout, f"{kind} {quote}"), kind=kind, source=source_id,
                      span=span, quote=quote, text=quote,
                      contacts=[c for c in use.contacts if mentions(quote, c)] if use else [],
                      regulator=use.regulator if use else "",
                      page=source.page_at(span.start) if source is not None else 0)
