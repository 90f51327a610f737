"""Faithfulness: what a handout prints must say what its quote says (and a translation
what the source-language text says). Each "measured" case here passed the gate before.

Handouts are the bundled example (copied, then edited as a careless editor would) and
one built over a labelled corpus article; unit cases call the pure module directly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from faith_helpers import hand_pairs
from test_export import copy_example

from summarizer.checks import blocking, check_handout
from summarizer.cli import main
from summarizer.gate import faithfulness as faith
from summarizer.handout_file import load_handout, new_handout
from summarizer.model import Disclaimer, Handout, Span
from summarizer.sources.load import load_source

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def errors(path: Path, code: str, locale: str = "en") -> list:
    return [f for f in blocking(check_handout(load_handout(path)), locale) if f.code == code]


def test_example_is_faithful():
    from conftest import EXAMPLE

    findings = check_handout(load_handout(EXAMPLE))
    # FAITH-GARBLED warns of the crisis notice's garbled quote (test_faithfulness_garbled)
    assert not [f for f in findings if f.code.startswith("FAITH-") and f.code != "FAITH-GARBLED"]


# --------------------------------------------------------------------------- measured


def test_changed_duration_is_blocked(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """Measured: "up to two months" rewritten as "up to two years" was still ready."""
    def edit(h: Handout) -> None:
        claim = next(c for c in h.claims if c.id == "vanderbilt-mice")
        claim.text = claim.text.replace("two months", "two years")

    path = copy_example(tmp_path, edit)
    found = errors(path, "FAITH-NUMBER")
    assert [f.item for f in found] == ["vanderbilt-mice"]
    assert "'two years'" in found[0].message and "'two months'" in found[0].message
    capsys.readouterr()
    assert main(["check", str(path)]) == 1
    assert "en: blocked" in capsys.readouterr().out


def test_inverted_regulatory_notice_is_blocked(tmp_path: Path):
    """Measured: "has not been approved" -> "has been approved" was still ready."""
    def edit(h: Handout) -> None:
        h.disclaimers_of("regulatory")[0].text = (
            "The FDA has approved ketamine to treat depression or other mental health problems.")

    found = errors(copy_example(tmp_path, edit), "FAITH-POLARITY")
    assert [f.item for f in found] == ["not-fda-approved"]
    assert "not FDA approved" in found[0].message and "has approved" in found[0].message


def test_approval_sentence_cannot_source_a_not_approved_notice(tmp_path: Path):
    """Measured: an approval sentence quoted as the source of a "not approved" notice."""
    source = load_source(CORPUS / "en-zuranolone-news.txt")
    quote = ("The FDA approved zuranolone, sold as Zurzuvae, in 2023 as the first pill "
             "specifically for depression after childbirth.")
    start = source.text.index(quote)
    hdoc = new_handout(tmp_path / "z", [source], title="Zuranolone after childbirth")
    sid = hdoc.handout.sources[0].id
    hdoc.handout.disclaimers.append(Disclaimer(
        "not-approved", "regulatory", sid, Span(start, start + len(quote)), quote,
        "The FDA has not approved zuranolone for depression after childbirth."))
    hdoc.save()
    found = errors(hdoc.path, "FAITH-POLARITY")
    assert {f.item for f in found} == {"not-approved"}
    assert any("affirms the approval" in f.message and "FDA approved" in f.message
               and "has not approved" in f.message for f in found)


def test_rat_study_retagged_and_reworded_is_blocked(tmp_path: Path):
    """Measured: an animal study retagged human-observational, its animal word dropped."""
    def edit(h: Handout) -> None:
        claim = next(c for c in h.claims if c.id == "vanderbilt-mice")
        claim.evidence = "human-observational"
        claim.evidence_reason = "the editor thinks it applies to people"
        claim.text = "A second drug made ketamine work for up to two months."

    found = errors(copy_example(tmp_path, edit), "FAITH-POPULATION")
    assert [f.item for f in found] == ["vanderbilt-mice"]
    assert "mice'" in found[0].message  # 'lab mice' as the quote writes it


def test_translation_that_changes_a_number_is_blocked(tmp_path: Path):
    path = copy_example(tmp_path)
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    hdoc = load_handout(path)
    msgid = next(c.text for c in hdoc.handout.claims if c.id == "vanderbilt-mice")
    message = catalog[msgid]
    assert "dos meses" in message.string
    message.string = message.string.replace("dos meses", "dos años")
    with po.open("wb") as fh:
        write_po(fh, catalog)
    found = errors(path, "FAITH-TRANSLATION", "es")
    assert [(f.item, f.locale) for f in found] == [("vanderbilt-mice", "es")]
    assert "dos años" in found[0].message and "two months" in found[0].message
    assert not errors(path, "FAITH-TRANSLATION", "en")


def test_translation_that_swaps_the_drug_or_a_phone_number_is_blocked(tmp_path: Path):
    path = copy_example(tmp_path)
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    hdoc = load_handout(path)
    mice = next(c.text for c in hdoc.handout.claims if c.id == "vanderbilt-mice")
    spanish = next(d.text for d in hdoc.handout.disclaimers if d.id == "crisis-spanish")
    assert "ketamina" in catalog[mice].string and "628-9454" in catalog[spanish].string
    catalog[mice].string = catalog[mice].string.replace("ketamina", "esketamina")
    catalog[spanish].string = catalog[spanish].string.replace("628-9454", "628-9445")
    with po.open("wb") as fh:
        write_po(fh, catalog)
    found = {(f.item, f.message) for f in errors(path, "FAITH-TRANSLATION", "es")}
    assert any(item == "vanderbilt-mice" and "esketamina" in msg and "ketamine" in msg
               for item, msg in found)
    assert any(item == "crisis-spanish" and "9445" in msg and "9454" in msg
               for item, msg in found)


# --------------------------------------------------------------------------- pure module


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("with nearly 70% experiencing a reduction in symptoms", "About 7 in 10 felt better.", "en"),
    ("It lasted up to two months in some cases.", "It lasted up to 2 months in some people.",
     "en"),
    ("Some patients improved within two months.", "Some people felt better within 8 weeks.",
     "en"),
    ("about a third were still in remission", "about 1 in 3 were still well", "en"),
    ("una dosis única de 25 miligramos", "una sola dosis de 25 mg", "es"),
    ("a single dose of 25 mg", "one dose of twenty-five mg", "en"),
    ("The relief fades within a week.", "The relief fades within 7 days.", "en"),
    ("A second drug helped.", "Another drug helped a second group.", "en"),
    ("durante 35 días", "durante treinta y cinco días", "es"),
    ("una dosis de 25 mg", "una dosis de veinticinco mg", "es"),
    ("25 mg über 200 Tage", "fünfundzwanzig mg über zwei hundert Tage", "de"),
    ("25 mg pendant 35 jours", "vingt-cinq mg pendant trente-cinq jours", "fr"),
    ("Ketamine is not FDA approved for depression.",
     "The FDA has not approved ketamine for depression.", "en"),
    ("You may eat a light meal before your visit.", "You can eat a light meal before.", "en"),
])
def test_faithful_rewrites_pass(quote: str, text: str, lang: str):
    assert faith.check_rewrite(quote, text, lang) == []


@pytest.mark.parametrize(("quote", "text", "lang", "code", "names"), [
    ("with nearly 70% experiencing a reduction in symptoms", "About 9 in 10 felt better.",
     "en", "FAITH-NUMBER", ("9 in 10", "70 %")),
    ("Esketamine did not improve symptoms more than placebo.",
     "Ketamine improved symptoms more than a placebo.", "en", "FAITH-POLARITY",
     ("did not improve", "Ketamine improved")),
    ("Esketamine nasal spray eased symptoms within hours.",
     "Ketamine nasal spray eased symptoms within hours.", "en", "FAITH-DRUG",
     ("'Ketamine'", "'Esketamine'")),
    ("The drug may reduce drinking, a small study suggests.",
     "The drug reduces drinking.", "en", "FAITH-CERTAINTY", ("'may'",)),
    ("En ratas, el fármaco redujo la ansiedad.", "El fármaco redujo la ansiedad.", "es",
     "FAITH-POPULATION", ("'ratas'",)),
    ("Dans une étude chez la souris, l'effet a duré deux mois.",
     "L'effet a duré deux ans chez la souris.", "fr", "FAITH-NUMBER", ("deux ans", "deux mois")),
    ("Bei Mäusen hielt die Wirkung zwei Monate an.", "Bei Mäusen hielt sie 2 Jahre an.", "de",
     "FAITH-NUMBER", ("2 Jahre", "zwei Monate")),
    ("The relief fades within a week.", "The relief fades within a month.", "en",
     "FAITH-NUMBER", ("'a month'", "'a week'")),
])
def test_unfaithful_rewrites_name_both_sides(quote: str, text: str, lang: str, code: str,
                                             names: tuple[str, ...]):
    problems = [p for p in faith.check_rewrite(quote, text, lang) if p.code == code]
    assert problems, faith.check_rewrite(quote, text, lang)
    for name in names:
        assert name in problems[0].message


# --------------------------------------------------------------------------- evidence


def test_override_stronger_than_the_source_is_an_error(tmp_path: Path):
    """A mouse study retagged as a study in people, even with a reason, is refused."""
    def edit(h: Handout) -> None:
        claim = next(c for c in h.claims if c.id == "vanderbilt-mice")
        claim.evidence, claim.evidence_reason = "human-observational", "it will work in people"

    found = errors(copy_example(tmp_path, edit), "EVID-OVERRIDE-UNJUSTIFIED")
    assert [f.item for f in found] == ["vanderbilt-mice"]
    assert "animal" in found[0].message


def test_weaker_override_needs_a_reason_and_always_warns(tmp_path: Path):
    def edit(h: Handout) -> None:
        next(c for c in h.claims if c.id == "yale-saline").evidence = "human-observational"

    path = copy_example(tmp_path, edit)
    assert [f.item for f in errors(path, "EVID-OVERRIDE-UNJUSTIFIED")] == ["yale-saline"]
    hdoc = load_handout(path)
    next(c for c in hdoc.handout.claims if c.id == "yale-saline").evidence_reason = (
        "the article does not say how people were assigned")
    hdoc.save()
    findings = check_handout(load_handout(path))
    assert not [f for f in findings if f.code == "EVID-OVERRIDE-UNJUSTIFIED"]
    warned = [f for f in findings if f.code == "EVID-OVERRIDE"]
    assert [(f.item, f.severity) for f in warned] == [("yale-saline", "warning")]
    assert "how people were assigned" in warned[0].message


def test_every_level_has_a_phrase_and_opinion_is_the_articles():
    from summarizer import i18n
    from summarizer.model import EVIDENCE_KINDS

    assert set(i18n.EVIDENCE_PHRASES) == set(EVIDENCE_KINDS)
    assert i18n.EVIDENCE_PHRASES["opinion"] == "The article says:"
    assert "placebo" not in i18n.EVIDENCE_PHRASES["human-trial"]
    for locale in ("es", "fr"):
        assert i18n.app_catalog_status(locale).complete


def _pairs() -> list[dict]:
    import tomllib

    with (Path(__file__).resolve().parent / "data" / "gate_rewrites.toml").open("rb") as fh:
        return tomllib.load(fh)["rewrite"]


@pytest.mark.parametrize("pair", _pairs(), ids=lambda p: p["text"][:40])
def test_own_rewrites(pair: dict):
    problems = faith.check_rewrite(pair["quote"], pair["text"], pair["lang"], pair["kind"])
    assert bool(problems) == pair["unfaithful"], [p.message for p in problems]


def test_printed_phrase_follows_the_checked_tag():
    """The example's benefit claims are the articles' own statements (derived opinion):
    they print "The article says:", never a study phrase; the saline-controlled study
    prints as a comparison with a placebo, without claiming randomization it does not state."""
    from conftest import EXAMPLE

    from summarizer.render import render_html

    hdoc = load_handout(EXAMPLE)
    html = render_html(hdoc, "en")
    assert html.count("The article says:") == 2  # fast-relief, relief-fades (benefits)
    # yale-saline: a control group, randomization not stated -> controlled-trial; its
    # quote names no placebo, so the phrase claims none (summarizer.printed.evidence_msgid),
    # and its text describes the comparison itself ("gave some people ketamine and others
    # salt water"), so no phrase says it again (printed.lead_in, session 10's #16)
    assert "found: A study at Yale" not in html and "A study at Yale" in html
    assert "placebo" not in html.lower()
    # vanderbilt-mice: its text says "In a study in mice" itself, so the animal phrase is
    # not printed before it (summarizer.printed.lead_in; tests/test_evidence_lead_in.py)
    assert "A study in animals, not people, found:" not in html
    assert "In a study in mice" in html
    assert "Some experts think" not in html
    es = render_html(hdoc, "es", {m: m for m in hdoc.handout.texts()})
    assert es.count("El artículo dice:") == 2


def test_translation_keeps_polarity_and_population(tmp_path: Path):
    """A Spanish notice that says "approved" for the English "not approved", and a mouse
    claim whose Spanish drops the mice, are refused for Spanish only."""
    path = copy_example(tmp_path)
    po = path.parent / "locales" / "es" / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    hdoc = load_handout(path)
    fda = next(d.text for d in hdoc.handout.disclaimers if d.id == "not-fda-approved")
    mice = next(c.text for c in hdoc.handout.claims if c.id == "vanderbilt-mice")
    catalog[fda].string = "La FDA ha aprobado la ketamina para tratar la depresión."
    catalog[mice].string = ("Un segundo fármaco hizo que la ketamina funcionara hasta dos "
                            "meses.")
    with po.open("wb") as fh:
        write_po(fh, catalog)
    found = {f.item: f.message for f in errors(path, "FAITH-TRANSLATION", "es")}
    assert "denies the approval" in found["not-fda-approved"]
    assert "'mice'" in found["vanderbilt-mice"]
    assert not errors(path, "FAITH-TRANSLATION", "en")


def test_translation_keeps_a_hedge():
    assert faith.translation_problems("La ketamina puede aliviar la depresión.", "es",
                                      "Ketamine may ease depression.", "en") == []
    (problem,) = faith.translation_problems("La ketamina alivia la depresión.", "es",
                                            "Ketamine may ease depression.", "en")
    assert "'may'" in problem.message and "translation" in problem.message


# ------------------------------------------------- session 3: instructions, strength, groups
# Each pair below passed the gate before (tests/data/heldout2's misses, and pairs written
# for the check in en, es, fr, de); the faithful ones must keep passing.

INVERTED_INSTRUCTIONS = [
    ("Do not change the dose of your antidepressant or stop taking it when you start using "
     "the headset, unless your doctor tells you to.",
     "You can stop taking your antidepressant when you start using the headset.", "en"),
    ("No lo tome junto con un antidepresivo por su cuenta, porque la mezcla puede provocar un "
     "síndrome serotoninérgico.",
     "Puede tomarlo junto con un antidepresivo por su cuenta sin problema.", "es"),
    ("Patients were kept under observation for 30 minutes afterwards and were told not to "
     "drive for the rest of the day.",
     "Patients were watched for 30 minutes afterwards and could drive home right away.", "en"),
    ("N'arrêtez pas votre antidépresseur sans l'avis de votre médecin.",
     "Vous pouvez arrêter votre antidépresseur sans l'avis de votre médecin.", "fr"),
    ("Setzen Sie Ihr Antidepressivum nicht ohne Rücksprache mit Ihrem Arzt ab.",
     "Sie können Ihr Antidepressivum ohne Rücksprache mit Ihrem Arzt absetzen.", "de"),
    ("Do not stop clozapine suddenly on your own.", "Stop clozapine whenever you like.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), INVERTED_INSTRUCTIONS,
                         ids=lambda v: v[:30])
def test_a_prohibition_printed_as_a_permission_is_blocked(quote: str, text: str, lang: str):
    problems = faith.check_rewrite(quote, text, lang, "self-medication")
    assert {p.code for p in problems} == {"FAITH-POLARITY"}
    assert "forbids" in problems[0].message and "permits" in problems[0].message


KEPT_INSTRUCTIONS = [
    ("Don't stop your antidepressant because you bought a lamp.",
     "Buying a lamp is no reason to stop your antidepressant.", "en"),
    ("Do not stop taking an antidepressant you already use without talking to your doctor.",
     "Talk to your doctor before you stop an antidepressant you already take.", "en"),
    ("No lo tome junto con un antidepresivo por su cuenta, porque la mezcla puede provocar un "
     "síndrome serotoninérgico.",
     "No mezcle el hipérico con un antidepresivo por su cuenta: juntos pueden causar un "
     "síndrome serotoninérgico.", "es"),
    ("No suspenda ni cambie su antidepresivo por su cuenta mientras usa el equipo.",
     "Mientras use el equipo, no deje ni cambie su antidepresivo por su cuenta.", "es"),
    ("Setzen Sie Ihr Antidepressivum nicht ohne Rücksprache mit Ihrem Arzt ab.",
     "Ohne Rücksprache mit Ihrem Arzt dürfen Sie Ihr Antidepressivum nicht absetzen.", "de"),
    ("Do not drive or operate machinery until the next day, after a night of sleep.",
     "Wait until the next day, after a night of sleep, before you drive or use machines.", "en"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), KEPT_INSTRUCTIONS, ids=lambda v: v[:30])
def test_a_prohibition_kept_in_other_words_passes(quote: str, text: str, lang: str):
    # the handout's title says what "lo" is ("hipérico"), as the gate's context does
    assert faith.check_rewrite(quote, text, lang, "self-medication",
                               context="Hipérico para la depresión") == []


def test_the_instruction_reader_names_what_is_forbidden_and_permitted():
    def actions(found: dict[str, str]) -> set[str]:  # canonical actions, not verbs as written
        return {k for k in found if not k.startswith("verb:")}

    forbidden, allowed = faith.instructions(
        "Take it with food and do not drink alcohol while you take it.", "en")
    assert actions(forbidden) == {"drink"} and actions(allowed) == {"take"}
    assert "verb:drink" in forbidden
    forbidden, allowed = faith.instructions("You may not drive for 24 hours.", "en")
    assert actions(forbidden) == {"drive"} and not allowed


PROOF_OVER_WEAK_QUOTES = [
    ("A Finnish study that followed every person with schizophrenia in the national health "
     "records for more than a decade found that those who filled clozapine prescriptions had "
     "the lowest death rates of any antipsychotic group, although people were not randomly "
     "assigned to their medicine.",
     "A Finnish study proved that clozapine lowers the risk of death more than any other "
     "antipsychotic.", "en", "human-observational", "associational"),
    ("En un estudio abierto, 35 pacientes usaron el equipo portátil durante cuatro semanas sin "
     "ningún grupo de comparación, y 19 dijeron sentirse mucho mejor.",
     "Un estudio demostró que el equipo portátil cura la depresión en cuatro semanas.", "es",
     "uncontrolled-trial", "preliminary"),
    ("A separate analysis of health records from more than 80,000 patients found that people "
     "prescribed semaglutide were less likely to be diagnosed with alcohol problems over the "
     "following year.",
     "Health records from more than 80,000 patients show that semaglutide stops alcohol "
     "problems.", "en", "human-observational", "associational"),
    ("Eine Beobachtungsstudie fand, dass Lithium mit weniger Suiziden verbunden war.",
     "Eine Studie beweist, dass Lithium Suizide verhindert.", "de", "", "associational"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "evidence", "level"), PROOF_OVER_WEAK_QUOTES,
                         ids=lambda v: v[:30])
def test_proof_words_over_a_weak_quote_are_blocked(quote, text, lang, evidence, level):
    problems = faith.check_rewrite(quote, text, lang, evidence)
    certainty = [p.message for p in problems if p.code == "FAITH-CERTAINTY"]
    assert certainty and level in certainty[0], [p.message for p in problems]


def test_a_settled_trial_may_be_said_to_show_and_an_association_kept_passes():
    rct = ("In two randomized, double-blind trials, women who took zuranolone for 14 days had "
           "larger improvements in depression scores at day 15 than women who took a placebo.")
    assert faith.quote_certainty(rct, "en", "randomized-controlled") == ("settled", [])
    assert faith.check_rewrite(
        rct, "Two randomized trials showed that women who took zuranolone for 14 days improved "
        "more by day 15 than women who took a placebo.", "en", "randomized-controlled") == []
    assert faith.check_rewrite(
        "A separate analysis of health records from more than 80,000 patients found that "
        "people prescribed semaglutide were less likely to be diagnosed with alcohol problems "
        "over the following year.",
        "Health records of more than 80,000 patients showed that people prescribed "
        "semaglutide were less often diagnosed with alcohol problems in the next year.", "en",
        "human-observational") == []
    assert faith.check_rewrite(  # negated proof is no proof
        "Early studies suggest it may help.", "It may help, but this has not been proven.",
        "en") == []


def test_an_added_comparison_is_blocked_and_a_kept_one_passes():
    tms = ("A large trial compared real TMS with a sham coil that makes the same clicking "
           "sound, and patients who got real TMS improved more than those who got the sham "
           "treatment.")
    (p,) = faith.check_rewrite(tms, "A large trial found that patients who got real TMS "
                               "improved more than with any other depression treatment.", "en",
                               "controlled-trial")
    assert p.code == "FAITH-COMPARISON" and "any other" in p.message
    assert faith.check_rewrite(tms, "In a large trial, patients who got real TMS improved more "
                               "than patients who got a fake (sham) treatment.", "en",
                               "controlled-trial") == []
    review = ("Una revisión de 27 ensayos en los que se repartió al azar a los pacientes entre "
              "hipérico y placebo o un antidepresivo encontró que, en la depresión leve o "
              "moderada, el hipérico funcionó mejor que el placebo.")
    (p,) = faith.check_rewrite(review, "Una revisión de 27 ensayos al azar encontró que, en la "
                               "depresión leve o moderada, el hipérico funcionó mejor que los "
                               "antidepresivos.", "es", "randomized-controlled")
    assert p.code == "FAITH-COMPARISON" and "antidepresivo" in p.message and "placebo" in p.message


def test_a_changed_group_of_people_is_blocked():
    (p,) = faith.check_rewrite("Esketamine is not approved by the FDA for children and "
                               "teenagers.", "Esketamine is not approved by the FDA for adults.",
                               "en", "regulatory")
    assert p.code == "FAITH-POPULATION" and "'adults'" in p.message and "'children'" in p.message
    assert faith.check_rewrite(
        "The headset is not licensed by the MHRA for anyone under 18.",
        "The MHRA has not licensed the headset for children or teenagers.", "en",
        "regulatory") == []


def test_gate_blocks_proof_and_an_inverted_instruction_in_the_example(tmp_path: Path):
    def edit(h: Handout) -> None:
        claim = next(c for c in h.claims if c.id == "yale-saline")
        claim.text = "A study at Yale proved that ketamine cures depression."
        notice = h.disclaimers_of("self-medication")[0]
        notice.text = "You can take ketamine from any place or person you like."

    path = copy_example(tmp_path, edit)
    assert {f.item for f in errors(path, "FAITH-CERTAINTY")} == {"yale-saline"}
    (inverted,) = errors(path, "FAITH-POLARITY")
    assert "forbids" in inverted.message
    assert "take ketamine from an unknown source" in inverted.message


# ------------------------------------------------- translations in every shipped language
# Numbers (digits of any script, Chinese numerals, number words), phone numbers and drug
# names are checked for every locale; meaning (polarity, hedges, population) only where
# the rulebook has meaning-check lists, and a warning says so everywhere else.

MICE_EN = ("In a study in mice, a second drug made ketamine work for up to two months. This "
           "has not been tested in people.")
SAME_NUMBERS = [
    ("zh_Hans", "在一项小鼠研究中，另一种药让氯胺酮的作用持续了长达两个月。"
                "这还没有在人身上试验过。"),
    ("zh_Hans", "在一项小鼠研究中，另一种药让氯胺酮的作用持续了长达２个月。"),  # full-width digit
    ("zh_Hant", "在一項小鼠研究中，另一種藥讓氯胺酮的作用持續了長達兩個月。"),
    ("ar", "في دراسة على الفئران، جعل دواء ثانٍ الكيتامين يعمل لمدة تصل إلى شهرين."),
    ("ar", "في دراسة على الفئران، جعل دواء ثانٍ الكيتامين يعمل لمدة تصل إلى ٢ شهر."),
    ("ko", "쥐 연구에서 두 번째 약이 케타민의 효과를 최대 두 달 동안 늘렸습니다."),
    ("vi", "Trong một nghiên cứu trên chuột, một loại thuốc thứ hai giúp ketamine có tác dụng "
           "đến hai tháng."),
    ("ru", "В исследовании на мышах второй препарат продлил действие кетамина до двух месяцев."),
    ("pt", "Em um estudo com camundongos, um segundo remédio fez a cetamina agir por até dois "
           "meses."),
    ("tl", "Sa isang pag-aaral sa mga daga, pinatagal ng pangalawang gamot ang epekto ng "
           "ketamine hanggang dalawang buwan."),
    ("ht", "Nan yon etid sou sourit, yon dezyèm medikaman te fè ketamin nan mache pou jiska de "
           "mwa."),
]


@pytest.mark.parametrize(("lang", "translated"), SAME_NUMBERS, ids=lambda v: v[:12])
def test_a_translation_keeping_the_number_passes_in_any_script(lang: str, translated: str):
    problems = faith.translation_problems(translated, lang, MICE_EN, "en")
    assert [p.message for p in problems if "lost" in p.message or "added" in p.message
            or "names" in p.message] == []


CHANGED_NUMBERS = [
    ("zh_Hans", "另一种药让氯胺酮的作用持续了长达三个月。"),
    ("zh_Hans", "另一种药让氯胺酮的作用持续了长达 2 年。"),
    ("ar", "جعل دواء ثانٍ الكيتامين يعمل لمدة تصل إلى ٣ أشهر."),
    ("ko", "두 번째 약이 케타민의 효과를 최대 3개월 동안 늘렸습니다."),
    ("vi", "một loại thuốc thứ hai giúp ketamine có tác dụng đến ba tháng."),
    ("ru", "второй препарат продлил действие кетамина до трёх месяцев."),
    ("pt", "um segundo remédio fez a cetamina agir por até dois anos."),
    ("tl", "pinatagal ng pangalawang gamot ang epekto ng ketamine hanggang tatlong buwan."),
    ("ht", "yon dezyèm medikaman te fè ketamin nan mache pou jiska twa mwa."),
]


@pytest.mark.parametrize(("lang", "translated"), CHANGED_NUMBERS, ids=lambda v: v[:12])
def test_a_translation_changing_the_number_is_blocked_in_any_script(lang: str, translated: str):
    problems = faith.translation_problems(translated, lang, MICE_EN, "en")
    assert any("two months" in p.message for p in problems), [p.message for p in problems]


def test_phone_numbers_compare_across_digit_scripts():
    src = "For help in Spanish, call 1-888-628-9454. The call is free."
    same = "للحصول على المساعدة باللغة الإسبانية، اتصل بالرقم ١-٨٨٨-٦٢٨-٩٤٥٤. المكالمة مجانية."
    assert faith.translation_problems(same, "ar", src, "en") == []
    full_width = "如需西班牙语帮助，请拨打１-８８８-６２８-９４５４。"
    assert faith.translation_problems(full_width, "zh_Hans", src, "en") == []
    (p,) = faith.translation_problems("Để được trợ giúp bằng tiếng Tây Ban Nha, hãy gọi "
                                      "1-888-628-9455.", "vi", src, "en")
    assert "9455" in p.message and "9454" in p.message


def _with_locales(tmp_path: Path, *locales: str) -> Path:
    def edit(h: Handout) -> None:
        h.meta.locales = ["en", *locales]
    return copy_example(tmp_path, edit)


def _break(path: Path, locale: str, item: str, old: str, new: str) -> None:
    po = path.parent / "locales" / locale.replace("-", "_") / "LC_MESSAGES" / "handout.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    hdoc = load_handout(path)
    msgid = next(t for i, _, t in faith_items(hdoc) if i == item)
    assert old in catalog[msgid].string, (locale, catalog[msgid].string)
    catalog[msgid].string = catalog[msgid].string.replace(old, new)
    with po.open("wb") as fh:
        write_po(fh, catalog)


def faith_items(hdoc) -> list[tuple[str, str, str]]:
    from summarizer.gate.builtin import item_texts

    return list(item_texts(hdoc.handout))


# (locale, item, old, new, what the finding must name): the example's shipped catalogs
# broken as a careless translator would
BROKEN = [
    ("zh-Hans", "vanderbilt-mice", "2 个月", "6 个月", "'6 个月'"),
    ("zh-Hans", "crisis-spanish", "1-888-628-9454", "1-888-628-9445", "9445"),
    ("zh-Hans", "self-medication", "氯胺酮", "艾司氯胺酮", "esketamine"),
    ("ar", "vanderbilt-mice", "شهرين", "3 أشهر", "3 أشهر"),
    ("ar", "crisis-spanish", "1-888-628-9454", "1-888-628-9554", "9554"),
    ("ar", "self-medication", "بالكيتامين", "بالإسكيتامين", "esketamine"),
    ("vi", "vanderbilt-mice", "hai tháng", "sáu tháng", "sáu tháng"),
    ("vi", "crisis-spanish", "1-888-628-9454", "1-888-682-9454", "682"),
    ("vi", "self-medication", "ketamine", "esketamine", "esketamine"),
    ("ko", "vanderbilt-mice", "2개월", "2년", "년"),
    ("ko", "crisis-spanish", "1-888-628-9454", "1-800-628-9454", "800"),
    ("ko", "self-medication", "케타민", "에스케타민", "esketamine"),
]


@pytest.mark.parametrize(("locale", "item", "old", "new", "named"), BROKEN,
                         ids=lambda v: str(v)[:14])
def test_broken_translations_of_the_example_are_blocked(tmp_path: Path, locale: str, item: str,
                                                       old: str, new: str, named: str):
    path = _with_locales(tmp_path, locale)
    assert not errors(path, "FAITH-TRANSLATION", locale)  # as shipped: faithful
    _break(path, locale, item, old, new)
    found = errors(path, "FAITH-TRANSLATION", locale)
    assert [f.item for f in found] == [item], [f.message for f in found]
    assert named in found[0].message


def test_a_locale_without_meaning_lists_gets_a_warning_naming_what_is_not_checked(
        tmp_path: Path):
    # Italian has no meaning lists (every shipped language has had some since session 5)
    path = _with_locales(tmp_path, "zh-Hans", "it", "es")
    findings = check_handout(load_handout(path))
    partial = [f for f in findings if f.code == "FAITH-TRANSLATION-PARTIAL"]
    assert [(f.locale, f.severity) for f in partial] == [("it", "warning")]
    assert "polarity" in partial[0].message and "numbers" in partial[0].message


def test_a_translation_that_turns_a_prohibition_into_a_permission_is_blocked(tmp_path: Path):
    path = _with_locales(tmp_path, "es")
    _break(path, "es", "self-medication", "Nunca la tome si viene de",
           "Puede tomarla aunque venga de")
    (found,) = errors(path, "FAITH-TRANSLATION", "es")
    assert found.item == "self-medication"
    assert "forbids" in found.message and "Puede tomarla" in found.message


def test_numbers_phones_and_drugs_are_checked_without_word_lists():
    """Russian and Portuguese have no word-list file: their translations still keep the
    source's numbers, phone numbers and drugs (numerals.toml), and nothing more."""
    src = "Call 1-888-628-9454. Ketamine worked for up to two months in mice."
    ok = "Позвоните 1-888-628-9454. У мышей кетамин действовал до двух месяцев."
    assert faith.translation_problems(ok, "ru", src, "en") == []
    swapped = ok.replace("кетамин", "эскетамин")
    (p,) = faith.translation_problems(swapped, "ru", src, "en")
    assert "esketamine" in p.message and "ketamine" in p.message
    pt = "Ligue 1-888-628-9454. Em camundongos, a cetamina agiu por até dois meses."
    assert faith.translation_problems(pt, "pt", src, "en") == []
    assert faith.translation_problems(pt.replace("9454", "9455"), "pt", src, "en")


# ------------------------------------------------- batch 2 misses (written before the fix)


@pytest.mark.parametrize(("quote", "text", "lang"), [
    ("Do not give melatonin to a child unless a doctor has looked into their sleep problem "
     "first.", "It is fine to give melatonin to a child with a sleep problem.", "en"),
    ("Si toma antidepresivos, no los cambie por kratom ni los mezcle con él sin hablar con su "
     "médico.", "Si toma antidepresivos, puede mezclarlos con kratom.", "es"),
], ids=["give", "mezclar"])
def test_a_verb_no_list_names_is_still_an_instruction(quote: str, text: str, lang: str):
    (p,) = faith.check_rewrite(quote, text, lang, "self-medication")
    assert p.code == "FAITH-POLARITY" and "forbids" in p.message


def test_a_cause_over_an_observational_quote_is_blocked_unless_the_text_denies_it():
    quote = ("A study that looked back at the health records of 9,000 adults found that people "
             "who took melatonin for years had a higher rate of heart failure, but it cannot "
             "show that melatonin caused it.")
    found = faith.check_rewrite(quote, "Taking melatonin for years causes heart failure, a "
                                "study of 9,000 adults found.", "en", "human-observational")
    assert {p.code for p in found} == {"FAITH-CERTAINTY"}
    assert any("'causes'" in p.message for p in found)
    assert faith.check_rewrite(quote, "In the health records of 9,000 adults, people who took "
                               "melatonin for years had heart failure more often. The study "
                               "cannot tell if melatonin was the cause.", "en",
                               "human-observational") == []
    omega = ("En un estudio que siguió durante diez años a 20.000 mujeres, las que comían "
             "pescado dos veces por semana tuvieron menos depresión, aunque también hacían más "
             "ejercicio.")
    (p,) = faith.check_rewrite(omega, "Comer pescado dos veces por semana previene la "
                               "depresión, según un estudio con 20.000 mujeres.", "es",
                               "human-observational")
    assert "'previene'" in p.message and "observational" in p.message


def test_a_result_the_quote_denies_for_one_thing_cannot_be_printed_for_it():
    quote = ("A review that pooled the results of four randomised, placebo-controlled trials "
             "found that adding modafinil to an antidepressant eased tiredness slightly, but it "
             "did not make a clear difference to depression itself.")
    (p,) = faith.check_rewrite(quote, "A review of four randomised trials found that adding "
                               "modafinil to an antidepressant improves depression.", "en",
                               "randomized-controlled")
    assert p.code == "FAITH-POLARITY" and "'depression'" in p.message
    assert faith.check_rewrite(quote, "A review of four randomised trials with a placebo found "
                               "that adding modafinil to an antidepressant helped tiredness a "
                               "little, but did not clearly help the depression.", "en",
                               "randomized-controlled") == []


def test_a_drug_no_list_knows_is_recognised_by_its_inn_ending():
    quote = ("In the UK, modafinil is licensed by the MHRA only for narcolepsy, and it is not "
             "licensed for depression or for improving concentration in healthy people.")
    (p,) = faith.check_rewrite(quote, "In the UK, methylphenidate is not licensed by the MHRA "
                               "for depression.", "en", "regulatory")
    assert p.code == "FAITH-DRUG" and "'methylphenidate'" in p.message and "modafinil" in p.message
    # a drug the quote names itself, by the same ending, passes
    assert faith.check_rewrite(
        "Patients on chlorpromazine improved less often.",
        "People who took chlorpromazine got better less often.", "en", "") == []


@pytest.mark.parametrize(
    ("quote", "text", "kind"),
    hand_pairs("rephrasings-that-looked-like-changes", "quote", "text", "kind"),
    ids=["again", "more-than-n", "than-expected", "no-group-in-quote"])
def test_faithful_rephrasings_that_looked_like_changes_pass(quote: str, text: str, kind: str):
    assert faith.check_rewrite(quote, text, "en", kind) == []


def test_a_small_effect_printed_as_a_big_one_is_blocked():
    quote = ("Depression ratings improved more in people whose stimulators were on, although the "
             "gap between the groups was smaller than the team had hoped.")
    (p,) = faith.check_rewrite(quote, "The stimulator clearly works: depression ratings improved "
                               "a lot more when it was on.", "en", "randomized-controlled")
    assert "bigger" in p.message and "smaller than the team had hoped" in p.message
    assert faith.check_rewrite(quote, "Depression ratings improved more when the stimulator was "
                               "on, but the difference was smaller than hoped.", "en",
                               "randomized-controlled") == []


def test_teenagers_are_not_children_under_13_but_both_are_under_18():
    ect = ("ECT devices are cleared by the FDA for severe depression in adults, but they are not "
           "cleared for use in children under 13.")
    (p,) = faith.check_rewrite(ect, "The FDA has cleared ECT devices for severe depression in "
                               "adults and teenagers.", "en", "regulatory")
    assert p.code == "FAITH-POPULATION" and "'teenagers'" in p.message
    assert faith.check_rewrite(ect, "The FDA has cleared ECT devices for severe depression in "
                               "adults, but not for children under 13.", "en", "regulatory") == []


def test_only_from_licensed_sellers_restates_not_from_unlicensed_ones():
    quote = ("No compre ketamina a vendedores sin licencia ni la mezcle con alcohol u otros "
             "sedantes.")
    assert faith.check_rewrite(quote, "Compre la ketamina solo a vendedores con licencia, y "
                               "nunca la mezcle con alcohol ni con otros sedantes.", "es",
                               "self-medication") == []
    assert faith.check_rewrite(quote, "Puede comprar ketamina a vendedores sin licencia.", "es",
                               "self-medication")


def test_korean_day_counts_and_native_numbers_are_numbers():
    src = "You stay in hospital for two days, and the effect lasts up to six months."
    ok = "이틀 동안 입원하며, 효과는 최대 여섯 달 동안 지속됩니다."
    assert faith.translation_problems(ok, "ko", src, "en") == []
    (p,) = faith.translation_problems(ok.replace("이틀", "사흘"), "ko", src, "en")
    assert "'two days'" in p.message and "사흘" in p.message


# ------------------------------------------------- what is not known, safety, opposites

NOT_KNOWN = [
    ("There is no evidence that CBD treats anxiety in people.",
     "CBD treats anxiety in people.",
     "There is no good evidence that CBD helps anxiety in people.", "en", ""),
    ("The trial lasted only eight weeks, so long-term effects are unknown.",
     "The effects last for years.",
     "The trial lasted only eight weeks, so we do not know the long-term effects.", "en",
     "randomized-controlled"),
    ("The supplement has not been tested in pregnant women.",
     "The supplement is safe in pregnancy.",
     "No one has tested the supplement in pregnant women.", "en", "side-effects"),
    ("No hay pruebas de que el CBD trate la ansiedad en personas.",
     "El CBD trata la ansiedad en personas.",
     "No se ha demostrado que el CBD trate la ansiedad en personas.", "es", ""),
]


@pytest.mark.parametrize(("quote", "wrong", "right", "lang", "kind"), NOT_KNOWN,
                         ids=lambda v: v[:24])
def test_what_the_quote_says_is_not_known_cannot_be_stated(quote, wrong, right, lang, kind):
    found = faith.check_rewrite(quote, wrong, lang, kind)
    assert found and {p.code for p in found} == {"FAITH-CERTAINTY"}
    assert faith.check_rewrite(quote, right, lang, kind) == []


def test_a_dropped_unknown_about_something_else_passes():
    assert faith.check_rewrite("The drug improved sleep, but its effect on mood is unknown.",
                               "The drug improved sleep.", "en", "randomized-controlled") == []


@pytest.mark.parametrize(("quote", "wrong", "right", "lang"), [
    ("Side effects are rare.", "There are no side effects.", "Side effects are uncommon.", "en"),
    ("The risk of addiction is low but not zero.", "There is no risk of addiction.",
     "The risk of addiction is small, but it is there.", "en"),
    ("Los efectos secundarios son raros.", "No tiene efectos secundarios.",
     "Los efectos secundarios son poco frecuentes.", "es"),
], ids=["rare", "low", "raros"])
def test_no_risk_is_not_a_small_risk(quote: str, wrong: str, right: str, lang: str):
    found = faith.check_rewrite(quote, wrong, lang, "side-effects")
    assert any(p.code == "FAITH-CERTAINTY" and "no risk" in p.message for p in found)
    assert faith.check_rewrite(quote, right, lang, "side-effects") == []


@pytest.mark.parametrize(("quote", "wrong", "right", "lang"), [
    ("Stop taking it and call your doctor if you get a rash.",
     "If you get a rash, keep taking it.",
     "If you get a rash, stop taking it and call your doctor.", "en"),
    ("You should keep taking your usual medicines unless the team tells you otherwise.",
     "You can stop your usual medicines.",
     "Keep taking your usual medicines unless the team says otherwise.", "en"),
    ("Siga tomando su medicación habitual salvo que el equipo le indique lo contrario.",
     "Puede dejar su medicación habitual.",
     "No deje su medicación habitual salvo que el equipo se lo indique.", "es"),
], ids=["rash", "keep-taking", "siga-tomando"])
def test_stop_and_continue_are_opposite_instructions(quote: str, wrong: str, right: str,
                                                     lang: str):
    (p,) = faith.check_rewrite(quote, wrong, lang, "self-medication")
    assert p.code == "FAITH-POLARITY" and "opposite" in p.message
    assert faith.check_rewrite(quote, right, lang, "self-medication") == []


def test_an_object_kept_under_its_own_negation_is_no_inversion():
    assert faith.check_rewrite("Do not take the tablet on an empty stomach; take it with food.",
                               "Take the tablet with food, not on an empty stomach.", "en",
                               "side-effects") == []


def test_a_statement_about_one_group_printed_for_everyone_is_blocked():
    (p,) = faith.check_rewrite("The drug is approved only for adults.",
                               "The drug is approved for everyone.", "en", "regulatory")
    assert p.code == "FAITH-POPULATION" and "'everyone'" in p.message


def test_a_source_language_without_faithfulness_lists_is_named(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch):
    """A clinic's word file for a new source language, complete but for the [faithfulness]
    table: the gate says which checks do not run rather than passing them silently."""
    path = copy_example(tmp_path)
    assert not [f for f in check_handout(load_handout(path))
                if f.code == "FAITH-RULES-PARTIAL"]
    monkeypatch.setattr(faith, "section", lambda lang, name: {})
    (found,) = [f for f in check_handout(load_handout(path)) if f.code == "FAITH-RULES-PARTIAL"]
    assert found.severity == "warning" and "permits" in found.message


@pytest.mark.parametrize(("quote", "wrong", "right", "kind", "code"), [
    ("The pill cut migraine days by two per month on average.",
     "The pill cut migraine days by five per month on average.",
     "On average, people had 2 fewer migraine days a month on the pill.",
     "randomized-controlled", "FAITH-NUMBER"),
    ("Nearly 40 percent of patients responded.", "Most patients responded.",
     "About 4 in 10 patients responded.", "uncontrolled-trial", "FAITH-NUMBER"),
    ("Bupropion may help some smokers quit.", "Varenicline may help some smokers quit.",
     "Bupropion may help some people who smoke to stop.", "", "FAITH-DRUG"),
    ("Patients with heart problems should not use it.",
     "Patients with heart problems can use it.",
     "If you have heart problems, do not use it.", "side-effects", "FAITH-POLARITY"),
], ids=["bare-number", "most", "inn-icline", "can-use"])
def test_more_changes_in_plain_words(quote: str, wrong: str, right: str, kind: str, code: str):
    found = faith.check_rewrite(quote, wrong, "en", kind)
    assert code in {p.code for p in found}, [p.message for p in found]
    assert faith.check_rewrite(quote, right, "en", kind) == []


@pytest.mark.parametrize(("quote", "text", "kind"), [
    ("In mice and monkeys, related drugs reduce alcohol intake, apparently by dampening the "
     "brain's reward response.",
     "In mice and monkeys, similar drugs made the animals drink less alcohol, it seems by "
     "calming the brain's reward system.", "animal"),
    ("Zuranolone is not approved by the FDA for major depression in general, only for "
     "postpartum depression.",
     "The FDA has approved zuranolone only for depression after giving birth, not for major "
     "depression in general.", "regulatory"),
    ("XR-17 has not been approved by the MHRA or any other medicines regulator, and it is not "
     "available to patients.",
     "No medicines regulator, including the MHRA, has approved XR-17, and patients cannot get "
     "it.", "regulatory"),
], ids=["it-seems", "approved-only-for", "no-regulator"])
def test_faithful_notices_that_were_blocked_pass(quote: str, text: str, kind: str):
    assert faith.check_rewrite(quote, text, "en", kind) == []


def test_a_negative_subject_still_inverts_when_dropped():
    quote = ("XR-17 has not been approved by the MHRA or any other medicines regulator, and it "
             "is not available to patients.")
    assert faith.check_rewrite(quote, "The MHRA has approved XR-17.", "en", "regulatory")


def test_a_negated_possibility_is_no_hedge():
    quote = ("Otro estudio en Madrid, con 20 voluntarios, no tenía grupo placebo, así que no se "
             "puede saber qué parte del efecto se debe al fármaco.")
    assert faith.check_rewrite(quote, "Otro estudio en Madrid con 20 voluntarios no tuvo grupo "
                               "placebo, por lo que no se sabe cuánto del efecto se debe al "
                               "fármaco.", "es", "uncontrolled-trial") == []
    assert faith.check_rewrite("El fármaco puede aliviar el dolor.", "El fármaco alivia el "
                               "dolor.", "es", "uncontrolled-trial")


@pytest.mark.parametrize(("quote", "wrong", "right", "kind", "lang"), [
    ("A trained technician stays in the room for every session and can stop the machine at "
     "once.", "You do the sessions on your own; no technician needs to be in the room.",
     "A trained technician is in the room for every session and can stop the machine at once.",
     "supervision", "en"),
    ("If you take prescription lithium, your doctor will order blood tests every few months "
     "to check your lithium level and kidney function.",
     "If you take prescription lithium, your doctor will order blood tests every few years.",
     "If you take lithium on prescription, your doctor will check your blood every few months.",
     "supervision", "en"),
    ("La ashwagandha puede causar molestias de estómago, somnolencia y, en casos raros, daño "
     "en el hígado.", "La ashwagandha no daña el hígado.",
     "La ashwagandha puede dar molestias de estómago y sueño y, pocas veces, dañar el hígado.",
     "side-effects", "es"),
    ("Some people lose memories of events from the weeks around the treatment course, and for "
     "a few people some of these memories do not come back.",
     "Any memories lost around the treatment always come back.",
     "Some people forget things from the weeks around the treatment, and a few never get some "
     "of these memories back.", "side-effects", "en"),
    ("One of our patients, a 52-year-old teacher, described in a published case report how "
     "her depression lifted during her fourth week of sessions.",
     "TMS lifts depression by the fourth week of sessions.",
     "In a published case report, one patient described how her depression lifted in her "
     "fourth week of TMS sessions.", "case-report", "en"),
    ("Depression scores fell by 30 percent.", "Depression scores fell by 30 points.",
     "Depression scores went down by 30%.", "randomized-controlled", "en"),
], ids=["on-your-own", "few-years", "no-dana", "come-back", "one-case", "points"])
def test_batch_six_changes(quote: str, wrong: str, right: str, kind: str, lang: str):
    assert faith.check_rewrite(quote, wrong, lang, kind, context="TMS")
    assert faith.check_rewrite(quote, right, lang, kind, context="TMS") == []


def test_an_age_written_without_years_is_the_same_age():
    quote = ("Researchers have also described a 34-year-old woman with bipolar disorder who "
             "became manic after two weeks of daily light therapy.")
    assert faith.check_rewrite(quote, "Researchers described a woman, 34, with bipolar disorder "
                               "who became manic after two weeks of daily light therapy.", "en",
                               "case-report") == []


@pytest.mark.parametrize(("quote", "wrong", "right", "kind", "lang"), [
    ("In dishes of nerve cells, HT-9 also switched on a protein that helps neurons grow new "
     "connections.",
     "HT-9 switches on a protein in your brain that helps nerve cells grow new connections.",
     "In nerve cells grown in lab dishes, HT-9 switched on a protein that helps them grow new "
     "connections.", "lab-mechanism", "en"),
    ("In a randomized trial of 450 adults with mild to moderate depression, people who used "
     "Calmly for 8 weeks had a larger drop in depression scores than people placed on a "
     "waiting list.",
     "In a randomized trial of 450 adults with severe depression, people who used Calmly for 8 "
     "weeks improved more than people on a waiting list.",
     "In a randomized trial of 450 adults with mild or moderate depression, people who used "
     "Calmly for 8 weeks improved more than people on a waiting list.",
     "randomized-controlled", "en"),
    ("A clinician reviews your session log and mood scores every week through the app.",
     "No one reviews your session log or mood scores.",
     "Every week, a clinician looks at your session log and mood scores in the app.",
     "supervision", "en"),
    ("No compre equipos de estimulación magnética en sitios de internet que no pidan una "
     "receta médica.",
     "Puede comprar el equipo en cualquier sitio de internet, aunque no le pidan receta.",
     "Si una página de internet no le pide receta médica, no le compre equipos de estimulación "
     "magnética.", "self-medication", "es"),
], ids=["dishes", "severity", "no-one-reviews", "aunque"])
def test_batch_eight_changes(quote: str, wrong: str, right: str, kind: str, lang: str):
    assert faith.check_rewrite(quote, wrong, lang, kind, context="HT-9 Calmly")
    assert faith.check_rewrite(quote, right, lang, kind, context="HT-9 Calmly") == []


def test_a_share_bound_the_quote_keeps_passes_and_one_it_breaks_is_blocked():
    quote = ("In a 2024 study at our partner clinic, 120 patients received five sessions a week "
             "for six weeks and 58 percent responded; the study was not randomized and every "
             "patient knew they were getting real TMS.")
    ok = ("In a study that was not randomized, more than half of 120 patients (58%) responded "
          "after six weeks of sessions, five a week.")
    assert faith.check_rewrite(quote, ok, "en", "uncontrolled-trial") == []
    for wrong in ("In a study that was not randomized, more than 90 percent of 120 patients "
                  "responded after six weeks of sessions, five a week.",
                  "In a study that was not randomized, fewer than half of 120 patients "
                  "responded after six weeks of sessions, five a week."):
        assert [p.code for p in faith.check_rewrite(quote, wrong, "en", "uncontrolled-trial")
                ] == ["FAITH-NUMBER"]


@pytest.mark.parametrize(("quote", "wrong", "right", "kind", "lang"),
                         hand_pairs("batch-nine", "quote", "wrong", "right", "kind", "lang"),
                         ids=["weekdays", "short-code", "aconsejan", "heparin", "ninos"])
def test_batch_nine_changes(quote: str, wrong: str, right: str, kind: str, lang: str):
    assert faith.check_rewrite(quote, wrong, lang, kind, context="kratom")
    assert faith.check_rewrite(quote, right, lang, kind, context="kratom") == []


def test_one_in_four_written_with_an_article_is_a_share():
    quote = ("a los seis meses, una de cada cuatro del grupo del folleto las había dejado, frente "
             "a una de cada veinte del otro grupo.")
    assert faith.check_rewrite(quote, "A los seis meses, 1 de cada 4 del grupo del folleto las "
                               "había dejado, frente a 1 de cada 20 del otro grupo.", "es",
                               "randomized-controlled") == []
    assert faith.check_rewrite(quote, "A los seis meses, 1 de cada 2 del grupo del folleto las "
                               "había dejado, frente a 1 de cada 20 del otro grupo.", "es",
                               "randomized-controlled")


def test_a_view_quoted_must_stay_someones_view():
    quote = ('"Clozapine gave me my life back. Nothing else even came close," said Dana, a '
             '34-year-old reader from Ohio.')
    (p,) = faith.check_rewrite(quote, "Clozapine gives people their life back.", "en", "opinion")
    assert p.code == "FAITH-CERTAINTY" and "'said'" in p.message
    assert faith.check_rewrite(quote, "One reader, Dana, said clozapine gave her life back.",
                               "en", "opinion") == []
    assert faith.check_rewrite("Our own patients tell us it is life-changing.",
                               "Esketamine is life-changing.", "en", "opinion", "esketamine")


@pytest.mark.parametrize(("quote", "text"), [
    ("Honestly, we think low-dose lithium is one of the most underrated tools for a calmer mind.",
     "The shop that sells it thinks low-dose lithium is underrated for a calmer mind."),
    ("I believe this could change how we treat depression within a decade.",
     "One expert believes this could change how depression is treated within ten years."),
    ("Many psychiatrists still call it the gold standard for preventing relapses.",
     "Many psychiatrists still see it as the best way to prevent relapses."),
], ids=["most-adjective", "decade", "see-it-as"])
def test_faithful_opinions_pass(quote: str, text: str):
    assert faith.check_rewrite(quote, text, "en", "opinion") == []


def test_a_decade_is_ten_years_not_two():
    assert faith.check_rewrite("I believe this could change how we treat depression within a "
                               "decade.", "One expert believes this could change how depression "
                               "is treated within two years.", "en", "opinion")


def test_a_crisis_number_its_quote_does_not_show_is_named(tmp_path: Path):
    """Tester, session 5: the example's veterans notice printed 'or text 838255' from the
    sentence after its quote; the review sheet showed the quote without it and nothing
    said so. A crisis contact its quote lacks is now a PROV-NUMBER-UNQUOTED warning."""
    def narrow(h: Handout) -> None:
        notice = next(d for d in h.disclaimers if d.id == "crisis-veterans")
        notice.quote = notice.quote.replace(" Or text 838255.", "")
        notice.span = Span(notice.span.start, notice.span.start + len(notice.quote))

    wide = [f for f in check_handout(load_handout(copy_example(tmp_path / "a")))
            if f.code == "PROV-NUMBER-UNQUOTED"]
    found = [f for f in check_handout(load_handout(copy_example(tmp_path / "b", narrow)))
             if f.code == "PROV-NUMBER-UNQUOTED"]
    assert wide == []
    assert [(f.item, f.severity) for f in found] == [("crisis-veterans", "warning")]
    assert "838255" in found[0].message
