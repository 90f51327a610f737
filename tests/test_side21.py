"""Side-effect false alarms, evidence levels and hype of session 20 (side21), read on the
folders' own sentences (tests/data/heldout21): a symptom that did not come, a test's
reading measured, a reaction a medicine blocks, a warning people were given in the past,
a testimonial's relief, a class of procedures named by its risk, more tests a finding
leads to; evidence levels and hype of the same folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from rules_helpers import kinds, with_model
from test_side26 import sentence

DATA = Path(__file__).resolve().parent / "data"


# Sentences that state no side effect, whatever their symptom words, for the rules and
# when a model reads one: the rules see why it is none (side_effects_not, treats,
# checked_for, past_warnings, benefit_frames).
NO_SIDE_EFFECT = [
    # a symptom that did not come ("… statt zu erbrechen")
    ("heldout21", "de-mrt-kinder-narkose-videobrille-nachrichten", "„Diesmal war er"),
    # a test's reading measured
    ("heldout21", "en-allergy-skin-prick-test-gp-blog", "After 15 minutes she measures"),
    # a reaction a medicine blocks
    ("heldout21", "en-allergy-skin-prick-test-gp-blog", "Antihistamines block"),
    # what people were warned of for decades, now reported as a belief
    ("heldout21", "en-ct-contrast-dye-kidneys-news", "The iodine-based dye injected"),
    # more tests a finding leads to
    ("heldout21", "en-whole-body-mri-screening-clinic", "Most findings, such as"),
    # a class of procedures named by its risk
    ("heldout21", "es-anticoagulantes-antes-de-procedimientos-noticia",
     "Para procedimientos con más riesgo"),
    # a testimonial's relief
    ("heldout21", "en-gadolinium-detox-capsules-shop", "Miracle in a bottle"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), NO_SIDE_EFFECT)
def test_no_side_effect_is_read(monkeypatch: pytest.MonkeyPatch, folder: str, article: str,
                                opening: str) -> None:
    text, lang = sentence(folder, article, opening)
    assert "side-effects" not in kinds(text, lang)
    assert "side-effects" not in with_model(monkeypatch, text, lang, "side-effects")


# The same words where a harm is said stay side effects.
@pytest.mark.parametrize(("text", "lang"), [
    ("It can block your nose and cause a rash.", "en"),
    ("The dye can lead to kidney damage.", "en"),
    ("El procedimiento tiene riesgo de sangrado.", "es"),
    ("The headache is gone, but the cream gave me a rash.", "en"),
    ("Patients were warned that it could cause a sudden drop in kidney function.", "en"),
    ("Das Mittel kann Erbrechen auslösen.", "de"),
])
def test_a_harm_said_stays_a_side_effect(text: str, lang: str) -> None:
    assert "side-effects" in kinds(text, lang)


def _labels(folder: str, article: str) -> dict:
    import tomllib

    return tomllib.loads((DATA / folder / f"{article}.toml").read_text(encoding="utf-8"))


# Evidence levels heldout21 labels and the rules missed: a comparison group denied beside
# a saline everyone got, chance denied beside groups compared, records read back said by
# the verb, a study over procedures done, how often something came in a study's counted
# people, a share in counts after its design, a need ended or a body taught in no one.
EVIDENCE = [
    ("de-herzkatheter-vorbereitung-praxisklinik", "In einer offenen Studie ohne"),
    ("fr-produit-de-contraste-iode-lettre-pharmacie", "Une étude non randomisée a comparé"),
    ("es-dialisis-peritoneal-en-casa-foro", "En nuestra unidad revisamos"),
    ("fr-biopsie-sein-anticoagulant-forum", "Pour vous rassurer : dans une étude"),
    ("fr-produit-de-contraste-iode-lettre-pharmacie", "Dans une étude portant sur 1 300"),
    ("de-mrt-kinder-narkose-videobrille-nachrichten", "Mit Videobrille gelang"),
    # a headline and its lede claiming a result in no one: the mouse study told next
    ("en-transplant-tolerance-mice-press-release", "Hyderabad scientists end"),
    ("en-transplant-tolerance-mice-press-release", "A single two-week course"),
]


@pytest.mark.parametrize(("article", "opening"), EVIDENCE)
def test_the_labelled_evidence_level_is_derived(article: str, opening: str) -> None:
    from summarizer.evidence import derive_evidence
    from summarizer.model import Span
    from summarizer.sources.load import load_source

    labels = _labels("heldout21", article)
    (claim,) = [c for c in labels["claims"] if c["text"].startswith(opening)]
    (path,) = [p for p in (DATA / "heldout21").glob(article + ".*")
               if p.suffix in {".txt", ".html"}]
    text = load_source(path).text
    at = text.find(claim["text"])
    assert at >= 0
    got = derive_evidence(text, Span(at, at + len(claim["text"])), labels["lang"])
    assert got.level == claim["evidence"], got.reason


@pytest.mark.parametrize(("text", "lang", "level"), [
    # saline as a control arm, a comparison group denied elsewhere: still controlled
    ("A study gave 60 patients the drug and 60 saline, with no untreated group.", "en",
     "controlled-trial"),
    # a rate in counted people given the treatment: no observation
    ("In a study, 40 patients were given the cream, and rashes were no more common than "
     "before.", "en", "human-trial"),
])
def test_other_designs_stay(text: str, lang: str, level: str) -> None:
    from summarizer.evidence import classify

    assert classify(text, (), (), lang)[0] == level


# Hype words in an idiom of luck, a place's name or a pharmacist's plain judgement sell
# nothing; a product promised to rebuild or dissolve an organ or a lump is hype, reported
# or not (heldout21's, heldout18's and heldout14's labels).
@pytest.mark.parametrize(("folder", "article", "opening", "hype"), [
    ("heldout21", "es-anticoagulantes-antes-de-procedimientos-noticia", "\"Me salvé", False),
    ("heldout18", "de-zuckertest-schwangerschaft-praxis", "Sie finden uns im", False),
    # a pharmacist's plain judgement, as a doctor's or a psychiatrist's
    ("heldout14", "fr-mal-de-gorge-test-pharmacie", "« Pour la grande majorité", False),
    ("heldout21", "es-dialisis-peritoneal-en-casa-foro", "Una vecina también", True),
    ("heldout21", "fr-biopsie-sein-anticoagulant-forum", "Méfiez-vous par contre", True),
])
def test_hype_as_labelled(folder: str, article: str, opening: str, hype: bool) -> None:
    from summarizer.sources.claims import flag_claim

    labels = _labels(folder, article)
    (text,) = [s for s in (*labels.get("hype", ()), *labels.get("hype_free", ()))
               if s.startswith(opening)]
    assert ("hype" in flag_claim(text, labels["lang"])[0]) is hype
    assert (text in labels.get("hype", ())) is hype


@pytest.mark.parametrize(("text", "lang"), [
    ("Dieses Mittel wirkt Wunder!", "de"),
    ("Un remedio milagroso.", "es"),
    ("« Le meilleur complément du marché ! », promet le vendeur.", "fr"),
])
def test_hype_words_alone_stay_hype(text: str, lang: str) -> None:
    from summarizer.sources.claims import flag_claim

    assert "hype" in flag_claim(text, lang)[0]


def test_a_denied_regeneration_is_no_hype() -> None:
    from summarizer.sources.claims import flag_claim

    assert "hype" not in flag_claim("Ningún producto regenera los riñones.", "es")[0]
