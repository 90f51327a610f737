"""Traps the held-out set released this session (bones and joints) found (session 14,
evid16), each written here as a family:

- a site's disclaimer about itself ("These statements are provided for information only.
  Results may vary.", a forum's "messages do not replace a consultation") is page
  furniture: masked, so never proposed as a claim (still searched for notices), in en,
  es, fr and de; a treatment said not to replace another is no such line;
- an exclamation that tells the writer's own result sells even when it opens on an
  order ("Get onto X, my knee healed in a week!!"); a page's "Book now!" does not.
"""

from __future__ import annotations

import pytest

from summarizer.sources.boilerplate import is_furniture_text
from summarizer.sources.claims import flag_claim


@pytest.mark.parametrize("line", [
    "These statements are provided for information only. Results may vary.",
    "Results may vary.",
    "Content on this page is for general information only.",
    "Posts by our volunteers are general information and do not replace advice from your "
    "own doctor.",
    "JointTalk est un forum d'entraide. Les messages ne remplacent pas une consultation.",
    "Les réponses publiées ici ne remplacent pas l'avis de votre médecin.",
    "Lo que se publica acá no reemplaza la consulta con tu médico.",
    "Las respuestas de la moderación son orientativas y no sustituyen una consulta.",
    "Die Beiträge in diesem Forum ersetzen keine ärztliche Beratung.",
])
def test_a_site_disclaimer_about_itself_is_furniture(line: str) -> None:
    assert is_furniture_text(line)


@pytest.mark.parametrize("line", [
    "A heat pack does not replace the exercises your physiotherapist gave you.",
    "Les oméga-3 pourraient aider un peu, mais ils ne remplacent pas un traitement.",
    "El ibuprofeno alivia el dolor, pero no sustituye al reposo.",
    "Results may vary from person to person, and in the trial a third saw no benefit.",
])
def test_a_treatment_that_does_not_replace_another_is_no_furniture(line: str) -> None:
    assert not is_furniture_text(line)


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
