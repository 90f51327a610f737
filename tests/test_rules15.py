"""Session 13 (rules15): convention (g), how-to-use instructions the reader carries out
alone ("Take the tablets with or just after food", "Replace the bottle every three
months") are self-medication notices, read by the rules in en, es, fr and de
(sources/concepts.how_to_use); and what must not read as one (codes, quizzes, site
instructions, lifestyle tips, what people in a study did).

The labelled sentences are read at test time from the released folders' label files, so
a test follows its label; the rest were written for these tests."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest
from rules_helpers import REPO, kinds, notices, with_model

DATA = REPO / "tests" / "data"


@cache
def _labels(folder: str, article: str) -> dict:
    return tomllib.loads((DATA / folder / f"{article}.toml").read_text(encoding="utf-8"))


def labelled(folder: str, article: str, opening: str) -> tuple[str, set[str], str]:
    """(sentence, its labelled kinds, language) of the notice opening with `opening`."""
    labels = _labels(folder, article)
    found = [n for n in labels.get("notices", []) if n["text"].startswith(opening)]
    assert found, f"{folder}/{article}: no labelled notice opens with {opening!r}"
    return found[0]["text"], {n["kind"] for n in found}, str(labels.get("lang", "en"))


HOW_TO_USE = [
    ("heldout14", "en-betahistine-meniere-qa", "Take the tablets with or just after food"),
    ("heldout14", "en-snoring-splint-clinic", "Clean the splint every morning"),
    ("heldout14", "en-sinus-rinse-shop", "Replace the bottle every three months"),
    ("heldout14", "en-smell-training-newsletter", "Take it with meals"),
    ("train10", "en-sildenafil-pharmacy-newsletter", "Take one tablet about an hour before"),
    ("train14", "en-collagen-joint-drink-shop", "Take calcium at least four hours apart"),
    ("train13", "en-pregnancy-nausea-pharmacy-newsletter", "Take 0.8 mg of folic acid"),
    ("train7", "en-chlorhexidine-mouthwash-dental-clinic", "Rinse with 10 ml"),
    ("heldout13", "es-ortoqueratologia-miopia-clinica", "Cambia el estuche cada tres meses"),
    ("heldout14", "es-parche-mareo-crucero-foro", "Póntelo en la piel seca"),
    ("heldout13", "es-suero-autologo-colirio-noticia", "Los frascos deben guardarse"),
    ("train14", "es-naltrexona-dosis-baja-autoinmune-foro", "Las cápsulas se guardan"),
    ("train15", "fr-hormones-thyroidiennes-magistrales-pharmacie", "Prenez les gélules à jeun"),
    ("train9", "fr-nitrofurantoine-cystite-pharmacie", "La nitrofurantoïne se prend"),
    ("heldout13", "fr-arbre-a-the-blepharite-pharmacie", "Utilisez une lingette matin"),
    ("train11", "de-leber-detox-tee-apotheke", "Nehmen Sie andere Arzneimittel mindestens"),
    ("train9", "de-mometason-heuschnupfen-apotheke", "Erwachsene sprühen einmal täglich"),
    ("heldout13", "de-augentrost-augentropfen-apotheke", "Nehmen Sie weiche Kontaktlinsen"),
    ("train9", "de-pantoprazol-sodbrennen-forum", "Die Tablette wird eine Stunde"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), HOW_TO_USE)
def test_a_labelled_how_to_use_instruction_is_self_medication(
        folder: str, article: str, opening: str) -> None:
    """Convention (g): the labels call these self-medication; the rules read them so."""
    sentence, labelled_kinds, lang = labelled(folder, article, opening)
    assert "self-medication" in labelled_kinds
    assert "self-medication" in kinds(sentence, lang)


WRITTEN = [
    ("Apply a thin layer twice a day.", "en"),
    ("Swallow the capsules whole with water.", "en"),
    ("You should take it with food.", "en"),
    ("The drops must be stored in the fridge once opened.", "en"),
    ("Aplique una capa fina dos veces al día.", "es"),
    ("Trague las cápsulas enteras con agua.", "es"),
    ("Appliquez une couche fine deux fois par jour.", "fr"),
    ("Avalez les gélules entières avec un verre d'eau.", "fr"),
    ("Tragen Sie die Creme zweimal täglich dünn auf.", "de"),
    ("Schlucken Sie die Kapseln unzerkaut mit Wasser.", "de"),
]


@pytest.mark.parametrize(("sentence", "lang"), WRITTEN)
def test_how_to_use_in_every_language(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


NOT_HOW_TO_USE = [
    # a shop's code, a quiz, the site itself
    ("Use code SAVE10 for 10% off your first order.", "en"),
    ("Take our quiz every month to track your skin.", "en"),
    ("Click here to read more about our clinic.", "en"),
    ("Use the form below to book a session this week.", "en"),
    ("Usa el código CUIDATE10 para un 10 % de descuento.", "es"),
    ("Geben Sie den Gutscheincode beim Bestellen ein, er gilt bis Ende März.", "de"),
    # what people in a study did
    ("Participants took 2 g daily for 12 weeks.", "en"),
    ("Los participantes tomaron 2 g al día durante 12 semanas.", "es"),
    ("Les participants prenaient 2 g par jour pendant douze semaines.", "fr"),
    ("Die Teilnehmenden nahmen zwölf Wochen lang täglich 2 g ein.", "de"),
    # lifestyle tips and recipes, no treatment used
    ("Take a walk every day after dinner.", "en"),
    ("Wear comfortable shoes every day.", "en"),
    ("Mix the flour and sugar, then bake for 20 minutes.", "en"),
    ("Drink eight glasses of water a day.", "en"),
    # a question
    ("Should I take it with food?", "en"),
]


@pytest.mark.parametrize(("sentence", "lang"), NOT_HOW_TO_USE)
def test_no_treatment_used_is_no_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


UNLABELLED = [
    # the writer's own habits, a diary the reader may keep: no label in their folders
    ("train18", "en-opioid-painkillers-after-surgery-qa", "I also take a sleeping pill"),
    ("train19", "en-chronic-hives-updosing-pharmacist-qa", "You can keep a simple photo diary"),
]


def _sentence_in(folder: str, article: str, opening: str) -> str:
    """The sentence of the article's text that opens with `opening` (to its full stop)."""
    path = next(p for p in (DATA / folder).glob(f"{article}.*") if p.suffix in {".txt", ".html"})
    text = path.read_text(encoding="utf-8")
    at = text.index(opening)
    return text[at:text.index(".", at) + 1]


@pytest.mark.parametrize(("folder", "article", "opening"), UNLABELLED)
def test_a_subjects_habit_or_a_diary_is_no_how_to_use(folder: str, article: str,
                                                      opening: str) -> None:
    sentence = _sentence_in(folder, article, opening)
    labels = _labels(folder, article)
    assert not any(n["text"] in sentence or sentence in n["text"]
                   for n in labels.get("notices", []))
    assert "self-medication" not in kinds(sentence)


def test_the_pipeline_gives_the_instruction_its_notice(tmp_path: Path) -> None:
    """Through analyze_source, as the benchmark reads an article (rules only)."""
    sentence, _, _ = labelled("heldout14", "en-sinus-rinse-shop",
                              "Replace the bottle every three months")
    assert "self-medication" in notices(tmp_path, sentence, "GB")


# ------------------------------------------------------------------ side effects that are
# none: a benefit (seed 003's ketamine sentence), an illness's red flags with a help order
# (convention (f)), the writer's own symptoms


def test_the_seed_benefit_sentence_gives_no_side_effect_with_or_without_the_model() -> None:
    """Seed 003: "ketamine can alleviate depression and anxiety symptoms within hours": what
    it relieves, no harm. The rules read none, and veto the shipped model, which read it
    (with its neighbours) as a side effect (session 12's closing note)."""
    from conftest import seed

    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    phrase = "can alleviate depression and anxiety symptoms within hours"
    analysis = analyze_source("seed", load_source(seed("003")))
    quoted = [d for d in analysis.disclaimers if phrase in d.quote]
    assert not [d for d in quoted if d.kind == "side-effects"]
    sentence = next(s.text for s in analysis.sentences if phrase in s.text)
    assert "side-effects" not in kinds(sentence)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Ketamine can alleviate depression and anxiety symptoms within hours.", "en"),
    ("El aceite puede aliviar el dolor y la ansiedad en pocos días.", "es"),
    ("Le gel soulage la douleur et les démangeaisons en quelques minutes.", "fr"),
    ("Das Spray kann Schmerzen und Juckreiz rasch lindern.", "de"),
])
def test_a_benefit_vetoes_a_model_reading_a_side_effect(monkeypatch: pytest.MonkeyPatch,
                                                       sentence: str, lang: str) -> None:
    assert "side-effects" not in with_model(monkeypatch, sentence, lang, "side-effects")


def test_a_benefit_beside_a_harm_stays_a_side_effect(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "It can ease the pain, but it can cause drowsiness and dizziness."
    assert "side-effects" in with_model(monkeypatch, sentence, "en", "side-effects")


RED_FLAGS = [
    ("heldout14", "en-sinus-rinse-shop", "If your symptoms last more than 10 days"),
    ("train12", "en-colloidal-silver-immune-forum", "See a doctor if she's under three months"),
    ("train9", "en-loperamide-travellers-diarrhoea-qa", "Seek medical help quickly if"),
    ("train8", "es-antibioticos-sin-receta-farmacia", "Si tenés fiebre alta que no baja"),
    ("train3", "fr-melatonine-forte-dose-temoignage", "Si l'insomnie dure plus d'un mois"),
    ("train9", "de-mometason-heuschnupfen-apotheke", "Bessern sich die Beschwerden"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), RED_FLAGS)
def test_an_illness_red_flag_with_a_help_order_is_no_side_effect(
        folder: str, article: str, opening: str) -> None:
    """Convention (f): labelled, but not as side effects; the rules agree."""
    sentence, labelled_kinds, lang = labelled(folder, article, opening)
    assert "side-effects" not in labelled_kinds
    assert "side-effects" not in kinds(sentence, lang)


TREATMENT_SIGNS = [
    ("heldout14", "en-sinus-rinse-shop", "Stop rinsing and see a doctor"),
    ("train3", "en-valerian-sleep-blog", "Give it up and see your doctor"),
    ("train13", "es-melanotan-inyecciones-bronceado-noticia", "Acuda a urgencias si tras"),
    ("corpus", "en-lamotrigine-leaflet", "Get medical help the same day if a rash"),
]


@pytest.mark.parametrize(("folder", "article", "opening"), TREATMENT_SIGNS)
def test_a_treatments_warning_signs_stay_side_effects(folder: str, article: str,
                                                      opening: str) -> None:
    """Convention (f): a treatment's warning signs with a help order are side effects."""
    sentence, labelled_kinds, lang = labelled(folder, article, opening)
    assert "side-effects" in labelled_kinds
    assert "side-effects" in kinds(sentence, lang)


OWN_SYMPTOMS = [
    ("train15", "en-berberine-blood-sugar-forum", "I'm always thirsty", "en"),
    ("train19", "en-chronic-hives-updosing-pharmacist-qa", "\"I've had hives almost every",
     "en"),
    ("train19", "fr-regime-histamine-mastocytes-forum", "Depuis l'été j'ai des bouffées", "fr"),
]


@pytest.mark.parametrize(("folder", "article", "opening", "lang"), OWN_SYMPTOMS)
def test_the_writers_own_symptoms_are_no_side_effect(folder: str, article: str,
                                                     opening: str, lang: str) -> None:
    sentence = _sentence_in(folder, article, opening)
    assert not any(n["kind"] == "side-effects" and (n["text"] in sentence
                                                   or sentence in n["text"])
                   for n in _labels(folder, article).get("notices", []))
    assert "side-effects" not in kinds(sentence, lang)


# ------------------------------------------------------------------ the (a') table:
# planning a change with a professional keeps supervision; beside an order not to act
# alone, or said as a change that should be planned with one, it is self-medication only

PLANNING = [
    ("Please plan it with a drug service or your GP.", "en"),
    ("Planifica el cambio de dosis con tu médico.", "es"),
    ("Planifiez la diminution avec votre médecin.", "fr"),
    ("Machen Sie mit Ihrem Arzt einen Plan für die Umstellung.", "de"),
]


@pytest.mark.parametrize(("sentence", "lang"), PLANNING)
def test_planning_with_a_professional_keeps_supervision(sentence: str, lang: str) -> None:
    found = kinds(sentence, lang)
    assert "supervision" in found
    assert "self-medication" not in found


def test_a_labelled_plan_with_the_doctor_is_supervision() -> None:
    sentence, labelled_kinds, lang = labelled(
        "train1", "en-bupropion-quit-smoking-pharmacy", "Cutting back on alcohol is wise")
    assert "supervision" in labelled_kinds
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("train4", "en-gabapentin-forum", "Please don't drop it all at once"),
    ("train4", "de-pregabalin-absetzen-forum", "Bitte nicht auf einmal absetzen"),
])
def test_a_plan_beside_an_order_not_to_act_alone_is_self_medication_only(
        folder: str, article: str, opening: str) -> None:
    sentence, labelled_kinds, lang = labelled(folder, article, opening)
    assert labelled_kinds == {"self-medication"}
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found


# ------------------------------------------------------------------ harms told as cases
# reported in general are warnings (labelled side effects); one person's case described
# is a claim (case report), no warning

@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("train15", "en-chelation-heart-clinic", "Deaths have been reported overseas"),
    ("corpus", "en-ibogaine-retreat", "Ibogaine can disturb the heart's rhythm"),
    ("heldout14", "fr-spray-nasal-rebond-forum", "Plusieurs cas d'AVC"),
])
def test_harms_reported_as_cases_stay_side_effects(folder: str, article: str,
                                                   opening: str) -> None:
    sentence, labelled_kinds, lang = labelled(folder, article, opening)
    assert "side-effects" in labelled_kinds
    assert "side-effects" in kinds(sentence, lang)


def test_one_persons_case_described_is_no_side_effect() -> None:
    sentence = _sentence_in("heldout3", "en-adhd-stimulants-news", "Doctors in Texas described")
    assert "side-effects" not in kinds(sentence)


@pytest.mark.parametrize(("folder", "article", "opening", "lang"), [
    ("train19", "en-chronic-hives-updosing-pharmacist-qa", "In a trial of 320 people", "en"),
    ("heldout14", "es-parche-mareo-crucero-foro", "En otro estudio que comparó", "es"),
    ("heldout13", "fr-ketotifene-conjonctivite-forum", "Dans un essai où 220", "fr"),
])
def test_a_result_that_is_relief_is_no_side_effect(folder: str, article: str, opening: str,
                                                   lang: str) -> None:
    """A study's result told as relief ("had far fewer itchy days", "ayudó un poco con las
    náuseas", "les démangeaisons étaient nettement moins fortes"): no harm said."""
    sentence = _sentence_in(folder, article, opening)
    assert not any(n["kind"] == "side-effects" and (n["text"] in sentence
                                                   or sentence in n["text"])
                   for n in _labels(folder, article).get("notices", []))
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("folder", "article", "opening"), [
    ("train12", "en-acetazolamide-altitude-trekking-forum", "The usual preventive dose is"),
    ("train9", "en-tamsulosin-prostate-news", "The capsule is taken once a day"),
    ("heldout13", "fr-ketotifene-conjonctivite-forum", "La dose habituelle est"),
])
def test_the_usual_dose_and_a_duty_to_take_it_so_are_how_to_use(folder: str, article: str,
                                                                 opening: str) -> None:
    sentence, labelled_kinds, lang = labelled(folder, article, opening)
    assert "self-medication" in labelled_kinds
    assert "self-medication" in kinds(sentence, lang)


def test_taken_to_hospital_is_no_how_to_use() -> None:
    assert "self-medication" not in kinds(
        "A child who has needed epinephrine must be taken to hospital and watched for at "
        "least four hours, because symptoms can come back.")
    assert "self-medication" in kinds("Psyllium should be taken with a full glass of water.")
