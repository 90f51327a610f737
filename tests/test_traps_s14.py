"""Traps the held-out set released this session (bones and joints) found (session 14,
evid16), each written here as a family:

- a site's disclaimer about itself ("These statements are provided for information only.
  Results may vary.", a forum's "messages do not replace a consultation", "X est un forum
  d'entraide") is never proposed as a claim (a shop's legend line is page furniture; the
  rest is `site_disclaimers` / `site_furniture`), in en, es, fr and de; a treatment said
  not to replace another may still be one;
- a reply's thanks ("Gracias Adriana, …", "Greg, thanks for writing in") and a byline's
  strip with a date ("Posted by … · 24 November 2026 · 11 comments") are no claims;
- an exclamation that tells the writer's own result sells even when it opens on an
  order ("Get onto X, my knee healed in a week!!"); a page's "Book now!" does not.
"""

from __future__ import annotations

import pytest

from summarizer.evidence import hedge_words
from summarizer.model import Sentence, Span
from summarizer.sources.boilerplate import is_furniture_text
from summarizer.sources.claims import flag_claim, is_claim_like


def claim_like(text: str, lang: str) -> bool:
    return is_claim_like(Sentence(Span(0, len(text)), text), lang)


@pytest.mark.parametrize("line", [
    "These statements are provided for information only. Results may vary.",
    "Content on this page is for general information only.",
])
def test_a_shops_legend_line_is_furniture(line: str) -> None:
    assert is_furniture_text(line)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Results may vary.", "en"),
    ("Posts by our volunteers are general information and do not replace advice from your "
     "own doctor.", "en"),
    ("This column gives general information and isn't a substitute for your own doctor's "
     "advice.", "en"),
    ("JointTalk est un forum d'entraide.", "fr"),
    ("Les réponses publiées ici ne remplacent pas l'avis de votre médecin.", "fr"),
    ("Les informations de cette page ne remplacent pas l'avis de votre pharmacien.", "fr"),
    ("Les messages de notre pharmacienne modératrice sont des informations générales et ne "
     "remplacent pas une consultation.", "fr"),
    ("Lo que se publica acá no reemplaza la consulta con tu médico.", "es"),
    ("Las respuestas de la moderación son orientativas y no sustituyen una consulta.", "es"),
    ("Die Beiträge in diesem Forum ersetzen keine ärztliche Beratung.", "de"),
])
def test_a_site_disclaimer_about_itself_is_no_claim(sentence: str, lang: str) -> None:
    assert not claim_like(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("A heat pack does not replace the exercises your physiotherapist gave you.", "en"),
    ("Vitamin D is not a substitute for the tablets your doctor prescribed.", "en"),
    ("Les oméga-3 pourraient aider un peu, mais ils ne remplacent pas un traitement.", "fr"),
    ("El ibuprofeno alivia el dolor, pero no sustituye al reposo.", "es"),
    ("Results may vary from person to person, and in the trial a third saw no benefit.",
     "en"),
])
def test_a_treatment_that_does_not_replace_another_may_be_a_claim(sentence: str,
                                                                    lang: str) -> None:
    assert claim_like(sentence, lang)


# --- a reply's thanks and a byline's strip are no claims --------------------------------


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Gracias Adriana, guardado el teléfono.", "es"),
    ("Rappel de la charte : pas de publicité, pas de vente entre membres.", "fr"),
    ("Muchas gracias, Marta, me sirvió mucho tu respuesta.", "es"),
    ("Greg, thanks for writing in, and please don't feel you'd be bothering your doctor.",
     "en"),
    ("Posted by Leanne Marsh, Nurse Practitioner (Cardiology), Brisbane · 24 November 2026 "
     "· 11 comments", "en"),
    ("Publié le 26 novembre 2026 à 07 h 15 · Lecture 5 min · Partager", "fr"),
])
def test_thanks_and_a_byline_strip_are_no_claims(sentence: str, lang: str) -> None:
    assert not claim_like(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Gracias a la pastilla dormí toda la noche por primera vez en meses.", "es"),
    ("Thanks to the new cream, my rash cleared in a week.", "en"),
])
def test_thanks_to_a_treatment_may_be_a_claim(sentence: str, lang: str) -> None:
    assert claim_like(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Get onto fish oil and a massage gun, my shoulder healed in half the time and I was "
     "back swimming in a month!!", "en"),
    ("Try the knee sleeve, my pain was gone in two days!", "en"),
    ("Probá el colágeno, ¡a mí me sacó el dolor en una semana!", "es"),
])
def test_an_order_that_tells_ones_own_result_is_hype(sentence: str, lang: str) -> None:
    assert "hype" in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize("sentence", [
    "Book your free assessment today!",
    "Call us now!",
])
def test_a_page_order_exclaimed_is_no_hype(sentence: str) -> None:
    assert "hype" not in flag_claim(sentence, "en")[0]


# --- hedges: a clause of possibility followed by a number, German and Spanish modals -----


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Es posible que una parte de los dolores diarios se deba al propio analgésico.", "es"),
    ("It is possible that a third of the headaches come from the painkillers themselves.",
     "en"),
    ("Si estás embarazada, podrías necesitar un poco más de hierro.", "es"),
    ("Viele Zerrungen dürften nach zwei Wochen auch ohne Behandlung abheilen.", "de"),
    ("Womöglich hilft die Wärme dem Muskel beim Entspannen.", "de"),
    ("Viele Zerrungen heilen wohl in zwei Wochen ab.", "de"),
])
def test_a_hedge_is_read(sentence: str, lang: str) -> None:
    assert hedge_words(sentence, lang)


@pytest.mark.parametrize("sentence", [
    "Sie dürfen die Tablette mit etwas Wasser nehmen.",
    "Nach der Massage fühle ich mich wohl.",
])
def test_a_german_permission_or_wellbeing_is_no_hedge(sentence: str) -> None:
    assert not hedge_words(sentence, "de")
