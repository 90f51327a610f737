"""Regulatory statements: "not FDA approved" versus "approved by the FDA in 2019".

A handout must carry a notice that a use is NOT approved; an approval statement is a
different thing and must never be mistaken for that notice. Detection is per clause
("X was approved in 2019, but Y is not FDA approved" holds one of each) and negation
aware ("not", "n't", "never", "no", "yet to", "unapproved", "unlicensed", "off-label").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from summarizer import rulebook
from summarizer.rulebook import regions


def _every_language(name: str) -> str:
    """One alternation of a rulebook list over every language it has files for: an
    article may be in any of them, and approval words do not collide across languages."""
    return "|".join(
        f"(?:{rulebook.language(lang)[name].pattern.pattern})"
        for lang in rulebook.complete_languages()
    )


def _alts(name: str) -> str:
    """The entries of an optional list in every language, as one alternation."""
    return "|".join(sorted(rulebook.in_every_language(name), key=len, reverse=True)) or "(?!x)x"


@dataclass(frozen=True, slots=True)
class _Patterns:
    """What the regulatory rules read of the rulebook, built on first use and again
    after rulebook.reload() (they were module constants, built once at import: a
    clinic's edited word or regions file was not seen)."""

    # (canonical name, region ISO 3166 alpha-2 or "EU", pattern), from regions.toml
    # (where each agency's source is cited)
    regulators: tuple[tuple[str, str, str], ...]
    regulator_res: tuple[tuple[str, str, re.Pattern[str]], ...]
    any_regulator: re.Pattern[str]
    # (CaselessPattern: IGNORECASE matches, found first in the lowercased text)
    approval: rulebook.CaselessPattern
    approval_or_check: rulebook.CaselessPattern  # a named regulator's check is a status too
    negation: rulebook.CaselessPattern
    not_only: re.Pattern[str]  # "not only approved": no negation
    noun: re.Pattern[str]  # "approval has not been granted": an approval noun
    only: re.Pattern[str]  # "solo autoriza … para X, no para Y": one use only
    not_for: re.Pattern[str]
    not_bare: re.Pattern[str]  # "registered … for Parkinson's disease, not depression"
    by: re.Pattern[str]  # "approved by the…": the agent after a status
    status: re.Pattern[str]  # a status word, with no regulator named


@cache
def _p() -> _Patterns:
    regs = tuple((g.name, g.region, "|".join(g.aliases)) for g in regions().regulators())
    only, nots = _alts("restriction_only"), _alts("restriction_nots")
    return _Patterns(
        regulators=regs,
        regulator_res=tuple((name, region, re.compile(p)) for name, region, p in regs),
        any_regulator=re.compile("|".join(p for _, _, p in regs) or "(?!x)x"),
        approval=rulebook.CaselessPattern(_every_language("approval")),
        approval_or_check=rulebook.CaselessPattern(
            _every_language("approval") + "|" + _every_language("regulator_checks")),
        negation=rulebook.CaselessPattern(
            _every_language("negation") + rf"|\b(?:{_alts('status_negations')})"),
        not_only=re.compile(rf"\b(?:{_alts('not_only')})\b", re.IGNORECASE),
        noun=re.compile(rf"(?i){_alts('approval_nouns')}"),
        only=re.compile(rf"(?i)\b(?:{only})\b"),
        not_for=re.compile(rf"(?i)(?:,|\b(?:{_alts('restriction_joins')}))\s+(?:{nots})\s+"
                           rf"(?:{_alts('restriction_uses')})\b"),
        not_bare=re.compile(rf"(?i),\s+(?:{nots})\s+(?=\w)(?!(?:{only})\b)"),
        by=re.compile(rf"\s+(?:\w+\s+){{0,2}}?(?:{_alts('agent_words')})\s+"
                      rf"(?:(?:{_alts('agent_articles')})\s+)?", re.IGNORECASE),
        status=re.compile(rf"(?i){_alts('status_words')}"),
    )


def __getattr__(name: str) -> object:
    """REGULATORS, read from the rulebook when asked (it was a module constant; callers
    still import it)."""
    if name == "REGULATORS":
        return _p().regulators
    raise AttributeError(name)


_CLAUSE_SPLIT = re.compile(
    r";|\s[—–]\s|,?\s+\b(?:but|whereas|while|although|though|however|pero|aunque|mientras"
    r"|sin\s+embargo|mais|alors\s+que|aber|w[äa]hrend)\b",
    re.IGNORECASE,
)


@cache
def _use_ahead() -> re.Pattern[str]:
    """A use word then a word (rulebook restriction_uses: "für Epilepsie", "for adults")."""
    return re.compile(rf"\b(?:{_alts('restriction_uses')})\s+\w", re.IGNORECASE)


@cache
def _clause_split() -> re.Pattern[str]:
    """_CLAUSE_SPLIT, except before a refused use ("approved for depression, but not for
    insomnia", "pero no para", "mais pas pour", "aber nicht für"): the "but" joins that
    use to the approval it limits, in one clause."""
    nots, uses = _alts("restriction_nots"), _alts("restriction_uses")
    return re.compile(
        r";|\s[—–]\s|,?\s+\b(?:but|whereas|while|although|though|however|pero|aunque|mientras"
        r"|sin\s+embargo|mais|alors\s+que|aber|w[äa]hrend)\b"
        rf"(?!\s+(?:{nots})\s+(?:{uses})\b)",
        re.IGNORECASE,
    )


@cache
def _optional(name: str) -> rulebook.CaselessPattern | re.Pattern[str]:
    """One pattern of an optional rulebook list over every language, compiled on first
    use (refusals, uses outside a licence, clause-denying subjects, relative uses)."""
    entries = dict.fromkeys(e for lang in rulebook.complete_languages()
                            for e in rulebook.language(lang)[name].entries)
    if not entries:
        return re.compile(r"(?!x)x")
    body = "|".join(sorted(entries, key=len, reverse=True))
    if name == "negative_subjects":  # "No spray sold here is…", not "No, it is approved";
        # also opening a joined clause ("…, and no one has authorized it", "y ningún…")
        joins = "|".join(rulebook.in_every_language("clause_joins")) or "(?!x)x"
        return re.compile(rf"(?:^|[,;]|\b(?:{joins})\s)\W*(?:{body})\b(?!\s*,)",
                          re.IGNORECASE)
    if name == "use_relatives":  # "a use for which it is not", "para el que no está"
        return re.compile(rf"\b(?:{body})\s+(?:\S+\s+){{0,3}}$", re.IGNORECASE)
    return rulebook.CaselessPattern(rf"\b(?:{body})\b")


# A body's proper name: capitalised words or an acronym ("NAFDAC", "the KXB").
_BODY = re.compile(r"(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*))*")
_NUMBER_SIGN = re.compile(r"\b[Nn]os?\.\s?(?=\d)")


def _negations(clause: str, upto: int | None = None) -> list[str]:
    """Negation words in scope of an approval word: up to five words before it ("has not
    yet been approved", "no FDA-approved"), or after an approval noun ("approval has
    not been granted"); "unapproved" and "off-label" negate themselves. A "not" in a
    relative clause further away ("approved for adults who have not responded") does not.
    With `upto`, only approval words starting before it count (the clause stays whole:
    "cleared" is an approval word only before its use, "cleared for…").
    """
    # "registered in Ireland, no. 712345": a number's sign, no negation (same length)
    clause = _NUMBER_SIGN.sub(lambda m: " " * len(m.group(0)), clause)
    out: list[str] = [m.group(0) for m in _optional("refusals").finditer(clause)]
    subject = _optional("negative_subjects").search(clause)
    for m in _p().approval_or_check.finditer(clause):
        if upto is not None and m.start() >= upto:
            break
        word = m.group(0)
        if subject and subject.end() <= m.start():
            out.append(subject.group(0).strip(", "))  # "No spray sold here is approved"
        if _p().negation.fullmatch(word):
            out.append(word)
            continue
        before = " ".join(clause[: m.start()].split()[-5:])
        out += [n.group(0) for n in _p().negation.finditer(before)]
        if _p().noun.match(word):
            after = " ".join(clause[m.end() :].split()[:5])
            out += [n.group(0) for n in _p().negation.finditer(after)]
    return list(dict.fromkeys(out))


# "solo autoriza la testosterona para el hipogonadismo, no para el cansancio": an
# approval limited to one use and refused for another is a not-approved notice.
def _restricted(clause: str) -> list[str]:
    """An approval only for one use, "not for" another, or for a use then "not" another
    ("registered for Parkinson's disease, not depression"): the words that say so."""
    only, not_for = _p().only.search(clause), _p().not_for.search(clause)
    if only and not_for:
        return [only.group(0), not_for.group(0).lstrip(", ")]
    bare = not_for or _p().not_bare.search(clause)
    if bare and not not_for and _optional("negation_idioms").match(
            clause[bare.start():].lstrip(", ")):
        return []  # "approved for adults, not without debate": the approval stands
    # the first use may come after words of its own ("registrada en el Instituto de Salud
    # Pública para la esquizofrenia…, no para el insomnio")
    if bare and any(m.end() <= bare.start() and (
            use_follows(clause, m.end()) or _FOR_A_USE.search(clause, m.end(), bare.start())
            # the use said before its status ("für Epilepsie zugelassen, aber nicht für…")
            or _use_ahead().search(clause, 0, m.start()))
                    for m in _p().approval.finditer(clause)):
        return [bare.group(0).lstrip(", ")]
    return []


@dataclass(frozen=True, slots=True)
class RegulatoryStatement:
    """One regulator mentioned with an approval word in one clause."""

    regulator: str
    region: str
    approved: bool  # False: a not-approved notice; True: a statement of approval
    words: tuple[str, ...]  # the regulator, approval and negation words as written


def regulatory_statements(sentence: str) -> list[RegulatoryStatement]:
    """Approval and not-approved statements in a sentence, clause by clause."""
    if not _p().any_regulator.search(sentence):
        return []
    found = [(name, region, rx) for name, region, rx in _p().regulator_res if rx.search(sentence)]
    if not found:
        return []
    out: list[RegulatoryStatement] = []
    for clause in _clause_split().split(sentence):
        approvals = [m.group(0) for m in _p().approval_or_check.finditer(clause)]
        approvals += [m.group(0) for m in _optional("refusals").finditer(clause)]
        if not approvals:
            continue
        regs = [(n, r, rx.search(clause)) for n, r, rx in found]
        in_clause = [(n, r, m.group(0)) for n, r, m in regs if m]
        if not in_clause:
            # "Ketamine is not approved for depression" after "The FDA ..." in the same
            # sentence: the regulator is the sentence's, the approval is this clause's.
            in_clause = [(n, r, "") for n, r, _ in found]
        negs = (_negations(_p().not_only.sub("", clause)) or _restricted(clause)
                or [m.group(0) for m in _optional("unapproved_use").finditer(clause)])
        for name, region, written in in_clause:
            words = tuple(dict.fromkeys(w for w in (written, *approvals, *negs) if w))
            out.append(RegulatoryStatement(name, region, approved=not negs, words=words))
    return out


# What an approval is for ("not approved to treat…", "no está autorizado para…"): a use,
# so the statement is a medicine's status even when no agency is named.
_FOR_A_USE = re.compile(
    # a place may come first ("isn't licensed in the UK for…"): capitalised, so the
    # pattern's IGNORECASE is switched off for its first letters
    r"(?:\s+(?:in|en|within)\s+(?:the\s+)?(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*))*)?"
    # an adverb may come before the use ("licensed in Ireland specifically to treat…"), and
    # the use may be to prevent ("not approved to prevent sunburn"; reg20, session 19)
    r"\s+(?:(?:yet|so\s+far|as\s+yet|todav[ií]a|a[uú]n|specifically|currently|officially"
    r"|formally)\s+)?(?:for|to\s+(?:treat|prevent|be\s+used|be\s+sold)"
    r"|as\s+an?|in\s+(?:children|people|adults|teens|pregnan\w*)|para|como|pour|comme|f[üu]r|zur?)\b",
    re.IGNORECASE,
)
# A place after a status, ending it ("not approved in Europe."), but not a month or a day.
_IN_PLACE_END = re.compile(
    r"\s+(?:in|en)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b)(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)*\s*(?:[.;,:]|$)",
    re.IGNORECASE,
)


_MONTHS_AND_DAYS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@cache
def _place() -> re.Pattern[str]:
    """A country said before a status ("In Canada it is not licensed", "En Estados Unidos
    ni siquiera está autorizada", "aux États-Unis"): a lead (rulebook country_leads)
    then a capitalised name, not a month or a day."""
    return re.compile(rf"(?i:\b(?:{_alts('country_leads')}))\s+(?!{_MONTHS_AND_DAYS})"
                      r"[A-ZÀ-ÖØ-Þ][\w.-]*")


@cache
def _market() -> rulebook.CaselessPattern | re.Pattern[str]:
    """Selling words (rulebook market_words): a status when a country is named ("not
    marketed in the United States", "pas commercialisé aux États-Unis")."""
    return _optional("market_words")


@cache
def _use_after() -> rulebook.CaselessPattern | re.Pattern[str]:
    """What may stand between a status and its use, or be the use itself, from the
    rulebook: an object pronoun ("authorized it as…"), a treatment noun ("not an approved
    treatment for…", "an approved medicine"), a group of people ("en menores", "chez les
    enfants")."""
    def alts(name: str) -> str:
        return "|".join(rulebook.in_every_language(name)) or "(?!x)x"
    return rulebook.CaselessPattern(
        rf"(?:\s+(?:{alts('object_pronouns')}))?(?:\s+(?:{alts('treatment_nouns')}))?"
        rf"(?:{_FOR_A_USE.pattern})"
        rf"|\s+(?:{alts('treatment_nouns')})\b|\s+(?:{alts('status_groups')})\b")


@cache
def _noun_before() -> re.Pattern[str]:
    """A treatment noun right before a status ("ningún medicamento aprobado", "aucun
    médicament autorisé"): the use is the noun."""
    nouns = "|".join(rulebook.in_every_language("treatment_nouns")) or "(?!x)x"
    return re.compile(rf"\b(?:{nouns})\s+$", re.IGNORECASE)


@cache
def _object() -> rulebook.CaselessPattern | re.Pattern[str]:
    """A status's object: a product noun and its determiner (rulebook product_nouns)."""
    nouns = "|".join(rulebook.in_every_language("product_nouns")) or "(?!x)x"
    return rulebook.CaselessPattern(rf"\s+(?:{nouns})\b")


def _object_then_use(text: str, at: int) -> bool:
    """A status, its object, then the use ("approved the spray for children", "autorisé ce
    produit comme médicament"); not any object ("approved the budget for next year")."""
    obj = _object().match(text, at)
    return bool(obj) and use_follows(text, obj.end())


def use_follows(text: str, at: int) -> bool:
    """Does a status word ending at `at` say what for ("approved for depression", "as a
    treatment", "authorized it as…", "an approved medicine", "en menores de 18 años")?"""
    return bool(_FOR_A_USE.match(text, at) or _use_after().match(text, at))




@lru_cache(maxsize=65536)
def unattributed_not_approved(sentence: str) -> tuple[str, ...]:
    """The words of a not-approved statement that names no regulator ("Clozapine is not
    approved to treat older adults with dementia"), or (); the caller knows the region
    whose regulator it speaks of. Only a status word followed by a use counts."""
    if _p().any_regulator.search(sentence):
        # "n'est pas commercialisé aux États-Unis, et l'ANSM a réévalué…": the clause
        # not sold names no regulator
        return _not_sold_in_a_country(sentence)
    outside = _optional("unapproved_use").search(sentence)
    if outside:  # "prescribing it for back pain is off-label"
        return (outside.group(0),)
    by_role = _optional("regulator_words").search(sentence)  # "the agency refused…"
    refused = [m.group(0) for m in _optional("refusals").finditer(sentence)
               if by_role or _p().status.search(m.group(0))]
    if refused:  # "the agency declined to approve it"
        return tuple(refused)
    if not _p().status.search(sentence):
        return _not_sold_in_a_country(sentence)
    relative = _optional("use_relatives")
    for clause in _clause_split().split(_p().not_only.sub("", sentence)):
        for m in _p().approval.finditer(clause):
            if not _p().status.match(m.group(0)):
                continue
            # the use after the status ("not approved for…"), or before it ("a use
            # for which it is not licensed")
            before = clause[: m.start()]
            by = _p().by.match(clause[m.end():])  # "not approved by regulators"
            # the agent up to its comma: a role ("by regulators"), or a body the rulebook
            # does not know named beside one ("by the Pharmacy and Poisons Board of Kenya
            # or any other regulator")
            agent = clause[m.end() + by.end():].split(",")[0] if by is not None else ""
            by_role = bool(agent) and _optional("regulator_words").search(agent) is not None
            # a body the rulebook does not know, by its capitalised name, then the use
            # ("not approved by NAFDAC for any use"): rules17, session 15
            body = _BODY.match(clause, m.end() + by.end()) if by is not None else None
            by_role |= body is not None and use_follows(clause, body.end())
            group = _optional("status_groups").search(before)  # "bei Kindern nicht zugelassen"
            ahead = (_optional("use_before").search(before)  # "für Depressionen nicht zugelassen"
                     or _noun_before().search(before))  # "ningún medicamento aprobado"
            if not (use_follows(clause, m.end()) or _object_then_use(clause, m.end())
                    or relative.search(before) or group or ahead
                    or _IN_PLACE_END.match(clause, m.end()) or by_role
                    or _place().search(before)
                    # a status phrase that holds its use ("add depression to its licence")
                    or m.group(0).count(" ") >= 3):
                continue
            negs = _negations(clause, m.end()) or _restricted(clause)
            if negs:
                return (m.group(0), *negs)
    return _not_sold_in_a_country(sentence)


def _not_sold_in_a_country(sentence: str) -> tuple[str, ...]:
    """"Le médicament n'est pas commercialisé aux États-Unis": not sold where a country is
    named, a status without a regulator's name; the selling word and its negation."""
    for clause in _CLAUSE_SPLIT.split(_p().not_only.sub("", sentence)):
        for m in _market().finditer(clause):
            if not (_place().search(clause, m.end()) or _place().search(clause, 0, m.start())):
                continue
            before = " ".join(clause[: m.start()].split()[-5:])
            negs = [n.group(0) for n in _p().negation.finditer(before)]
            if negs:
                return (m.group(0), *negs)
    return ()


@lru_cache(maxsize=65536)
def prescription_only(sentence: str) -> tuple[str, ...]:
    """The words stating a medicine's legal status, prescription only ("it is a
    prescription-only medicine", "solo se dispensa con receta", "n'est délivré que sur
    ordonnance", "ist verschreibungspflichtig": rulebook prescription_status), or ().
    The law restricting who may supply it is a regulatory notice; a status said as an
    attribute of an approval, its approval word within three words ("a prescription-only
    medicine licensed for hair loss"), is a notice too: the status restricts whoever
    granted the licence (session 10's labels; an approval alone is still none)."""
    m = _optional("prescription_status").search(sentence)
    return (m.group(0),) if m else ()


_RESTRICTIVE = re.compile(r"\bqu(?:e\b|[’\x27])", re.IGNORECASE)  # "ne … que": only
# "il n'est plus remboursé qu'à 15 %": a rate paid, no refusal
_ONLY_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?(?:qu[e’\x27]|que\b)", re.IGNORECASE)


def denied_status(sentence: str) -> bool:
    """Does the sentence name a legal status only to deny it ("it is not a controlled
    substance like LSD")? A restriction denied restricts nothing: no notice (seed 003)."""
    if legal_status(sentence):
        return False
    undenied = " ".join(_p().negation.sub(" ", sentence).split())
    return bool(_optional("legal_statuses").search(undenied))


@lru_cache(maxsize=65536)
def legal_status(sentence: str) -> tuple[str, ...]:
    """The words of a legal status other than "not approved" or prescription only, or ():
    controlled, supplied only through a restricted programme, an unlicensed import for a
    named patient, illegal to import or buy, used off-label, a supplement's "not intended
    to diagnose…" (rulebook legal_statuses); not paid for by the public payer, a denial
    a few words before a funding word ("not funded by", "n'est pas remboursé", "werden
    … nicht übernommen"; rulebook funding_words); problems to be reported to a named
    regulator (rulebook report_verbs) or to a reporting scheme it names instead
    (`reporting_schemes`: "…to CARM, New Zealand's adverse reactions centre", side20). The
    law or the payer restricts the medicine."""
    for m in _optional("legal_statuses").finditer(sentence):
        before = " ".join(sentence[: m.start()].split()[-3:])
        # not "it is not a controlled substance"; "n'est accessible qu'en…" restricts
        if not _p().negation.search(before) or _RESTRICTIVE.search(before):
            return (m.group(0),)
    for clause in _CLAUSE_SPLIT.split(_p().not_only.sub("", sentence)):
        for f in _optional("funding_words").finditer(clause):
            if _ONLY_AFTER.match(clause, f.end()):
                continue
            near = " ".join(clause[: f.start()].split()[-5:]) + " " + " ".join(
                clause[f.end():].split()[:1])  # "werden … nicht übernommen", "no lo cubre"
            negs = [n.group(0) for n in _p().negation.finditer(near)]
            if negs:
                return (f.group(0), *negs)
    report = _optional("report_verbs").search(sentence)
    scheme = _optional("reporting_schemes").search(sentence) if report else None
    if report and (names_a_regulator(sentence) or (
            # (a report said beside the scheme, not the scheme's name alone: "report it
            # through the Yellow Card scheme" stays as before, heldout19's supervision)
            scheme and not (scheme.start() < report.end() and report.start() < scheme.end()))):
        return (report.group(0),)
    return ()

@cache
def _advice() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A regulator's name, up to three words (a date, "has"), then a word of advice
    (rulebook regulator_advice) or of advice against (advice_against)."""
    regs = "|".join(p for _, _, p in _p().regulators) or "(?!x)x"
    gap = r"(?:[\s,]+[\w’'-]+){0,3}?[\s,]+"
    return (re.compile(rf"(?:{regs}){gap}(?:{_alts('regulator_advice')})\b", re.IGNORECASE),
            re.compile(rf"(?:{regs}){gap}(?:{_alts('advice_against')})\b", re.IGNORECASE))


@lru_cache(maxsize=65536)
def regulator_warning(sentence: str) -> tuple[str, ...]:
    """The words of a regulator's warning that is no approval statement: a label's boxed
    warning, the law restricting a device to a prescriber's order (rulebook
    label_warnings), or a named regulator warning, reminding or advising that a medicine
    must not be used some way ("the FDA warned that it should not be used in
    children", "l'ANSM a rappelé que … ne doit pas"); () when there is none. A
    regulator's other words ("the FDA said it would decide by March") are not one."""
    label = _optional("label_warnings").search(sentence)
    if label and not any(p.start() <= label.start() < p.end()
                         for p in _optional("past_warnings").finditer(sentence)):
        return (label.group(0),)  # not "for years the drug carried a boxed warning"
    said, against = _advice()
    m = against.search(sentence)
    if m:
        return (m.group(0),)
    m = said.search(sentence)
    # what it says forbids a use ("should not", "ne doit pas"): not any "no" ("some of
    # these products contain no drug at all") or "without" ("los riesgos de tomarla sin
    # supervisión")
    forbid = _optional("forbid").search(sentence, m.end()) if m else None
    return (m.group(0), forbid.group(0)) if m and forbid else ()


def regulator_named(sentence: str) -> tuple[str, str] | None:
    """(name, region) of the first regulator the sentence names, or None."""
    found = [(m.start(), name, region) for name, region, rx in _p().regulator_res
             if (m := rx.search(sentence))]
    return min(found)[1:] if found else None


def names_a_regulator(sentence: str) -> bool:
    """Does the sentence name a regulator the rulebook knows ("the FDA", "Health Canada")?"""
    return _p().any_regulator.search(sentence) is not None


def says_an_approval(sentence: str) -> bool:
    """Does the sentence use an approval word ("approved", "autorizado", "zugelassen")?
    (sources/disclaimers._learned_regulatory: a status without one needs no denial.)"""
    return _p().approval.search(sentence) is not None


def off_label_history(sentence: str) -> bool:
    """Is "off-label" the sentence's only denial, told as a history ("it has been used
    off-label for many things"), not as a status ("is prescribed off-label")?"""
    return _only_off_label(_denial_words(sentence), sentence)


def _denial_words(sentence: str) -> list[str]:
    """The regulatory rules' negations in a sentence ("not", "nobody", "off-label")."""
    return [m.group(0) for m in _p().negation.finditer(sentence)]


def _only_off_label(negs: list[str], sentence: str) -> bool:
    """Are `negs` only "off-label" words, read as a history: the rules' unapproved-use
    status ("is prescribed off-label") is nowhere in the sentence? (denies and
    off_label_history share it.)"""
    return (bool(negs) and all("label" in n.lower() for n in negs)
            and not _optional("unapproved_use").search(sentence))


def says_a_use(sentence: str) -> bool:
    """Does a status word ("approved", "authorised", "registered") say what for ("for
    depression", "as a treatment", "para adultos"), here or up to three words on?"""
    for m in _p().approval.finditer(sentence):
        at = m.end()
        for _ in range(3):  # the use may follow its object ("authorized it as a…")
            if use_follows(sentence, at):
                return True
            word = _NEXT_WORD.match(sentence, at)
            if not word:
                break
            at = word.end()
    return False


_NEXT_WORD = re.compile(r"\s+\w+")


def approved_by_another(sentence: str) -> bool:
    """Is an approval word's agent named, and no regulator ("not approved by the
    insurer", "refused by the school board")?"""
    for m in _p().approval.finditer(sentence):
        by = _p().by.match(sentence, m.end())
        if by and not (_optional("regulator_words").match(sentence, by.end())
                       or _p().any_regulator.match(sentence, by.end())):
            return True
    return False


def denies(sentence: str) -> bool:
    """Does the sentence deny or restrict anything ("not", "nobody", "unlicensed": the
    regulatory rules' own negations)? A not-approved notice does. "Off-label" counts only
    as the rules read it, a status ("is prescribed off-label"), not a history ("has been
    used off-label for many things")."""
    negs = _denial_words(sentence)
    if any("label" not in n.lower() for n in negs):
        return True
    if _only_off_label(negs, sentence):
        return False
    return bool(negs) or bool(_optional("negative_subjects").search(sentence))


# Results kept per input read the word lists: a reload forgets them.
for _kept in (_p, _optional, _place, _market, _use_after, _noun_before, _object,
              unattributed_not_approved, _advice, regulator_warning, prescription_only,
              legal_status, _clause_split, _use_ahead):
    rulebook.on_reload(_kept.cache_clear)
