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
from rules_helpers import REPO, kinds, notices

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
    ("heldout15", "en-h-pylori-home-test-news", "Take every dose for the full 14 days"),
    ("heldout15", "en-ibs-hypnotherapy-app-forum", "Take other medicines at least two hours"),
    ("train13", "en-pregnancy-nausea-pharmacy-newsletter", "Take 0.8 mg of folic acid"),
    ("train7", "en-chlorhexidine-mouthwash-dental-clinic", "Rinse with 10 ml"),
    ("heldout13", "es-ortoqueratologia-miopia-clinica", "Cambia el estuche cada tres meses"),
    ("heldout14", "es-parche-mareo-crucero-foro", "Póntelo en la piel seca"),
    ("heldout13", "es-suero-autologo-colirio-noticia", "Los frascos deben guardarse"),
    ("train14", "es-naltrexona-dosis-baja-autoinmune-foro", "Las cápsulas se guardan"),
    ("heldout15", "fr-gastro-enfant-rehydratation-pharmacie", "Donnez-le par petites"),
    ("heldout15", "fr-gastro-enfant-rehydratation-pharmacie", "Un sachet préparé se conserve"),
    ("heldout13", "fr-arbre-a-the-blepharite-pharmacie", "Utilisez une lingette matin"),
    ("heldout15", "de-flohsamen-verstopfung-apotheke", "Andere Arzneimittel eine halbe"),
    ("heldout15", "de-flohsamen-verstopfung-apotheke", "Jede Portion in mindestens"),
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
    ("heldout15", "en-peppermint-oil-ibs-qa", "You can also keep a food and symptom diary"),
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
