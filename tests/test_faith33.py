"""faith33: an order printed as its contrary act is blocked (FAITH-POLARITY).

The quote tells the reader to avoid, stop, keep on, postpone, bring, tell, wait or get
urgent care; the unfaithful rewrite permits the act, orders the opposite one or says it
is not needed ("Emportez" -> "Laissez à la maison", "avoid fruit" -> "eat plenty of
fruit"). Every pair is a rewrite of the released folders (tests/data/<folder>/
rewrites.toml), read from the file: the faithful rewrite of the same quote still passes.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from summarizer.gate.faithfulness import check_rewrite, contrary_act_problems

DATA = Path(__file__).parent / "data"

# (folder, article, how the rewrite's text begins, faithful?)
PAIRS = [
    ('heldout19', 'en-underarm-sweating-microwave-clinic',
     'For the first two days, hold a wrapped ice pack on the area ', True),
    ('heldout19', 'en-underarm-sweating-microwave-clinic',
     'Put ice directly on the skin and go back to heavy exercise t', False),
    ('heldout19', 'fr-demangeaisons-seniors-pharmacie',
     'Si vous vous sentez somnolent après en avoir pris, ne prenez', True),
    ('heldout19', 'fr-demangeaisons-seniors-pharmacie',
     "La somnolence après un antihistaminique n'empêche pas de con", False),
    ('heldout20', 'de-zeckenbiss-fsme-impfung-nachrichten',
     'Borreliose behandelt man mit Antibiotika; nehmen Sie die Tab', True),
    ('heldout20', 'de-zeckenbiss-fsme-impfung-nachrichten',
     'Eine Borreliose wird mit Antibiotika behandelt; sobald die R', False),
    ('heldout21', 'de-mrt-kinder-narkose-videobrille-nachrichten',
     'Rufen Sie sofort die Rettung, wenn Ihr Kind zu Hause mehrmal', True),
    ('heldout21', 'de-mrt-kinder-narkose-videobrille-nachrichten',
     'Wenn das Kind zu Hause mehrmals erbricht oder kaum aufwacht,', False),
    ('heldout21', 'en-bowel-prep-colonoscopy-pharmacist-qa',
     'In the two days before the test, eat white bread, white rice', True),
    ('heldout21', 'en-bowel-prep-colonoscopy-pharmacist-qa',
     'For the two days before the test, eat plenty of fruit, veget', False),
    ('train26', 'en-sickle-cell-hydroxyurea-adults-news',
     'In a pain crisis at home, drink lots of water, keep warm and', True),
    ('train26', 'en-sickle-cell-hydroxyurea-adults-news',
     'During a pain crisis at home, take extra opioid doses if the', False),
    ('train26', 'fr-rappel-coqueluche-adultes-lettre-pharmacie',
     'Avec de la fièvre le jour du rendez-vous, repoussez le vacci', True),
    ('train26', 'fr-rappel-coqueluche-adultes-lettre-pharmacie',
     'Si vous avez de la fièvre, faites quand même le vaccin le jo', False),
    ('train26', 'fr-vivre-sans-rate-vaccins-forum',
     "Mettez l'antibiotique de réserve dans votre bagage à main.", True),
    ('train26', 'fr-vivre-sans-rate-vaccins-forum',
     "Laissez l'antibiotique de réserve à la maison pendant le voy", False),
    ('train27', 'en-anti-snoring-smart-pillow-shop',
     'CPAP users can use the pillow with their mask, as long as th', True),
    ('train27', 'en-anti-snoring-smart-pillow-shop',
     'Once you have the pillow you can stop wearing your CPAP mask', False),
    ('train27', 'en-asthma-gut-bacterium-mice-press-release',
     "If the reliever doesn't ease an attack, or the lips go blue,", True),
    ('train27', 'en-asthma-gut-bacterium-mice-press-release',
     "An asthma attack that doesn't ease after the reliever can be", False),
    ('train27', 'fr-ppc-apnee-du-sommeil-lettre-prestataire',
     'Le médecin du sommeil vous reçoit trois mois après le démarr', True),
    ('train27', 'fr-ppc-apnee-du-sommeil-lettre-prestataire',
     'Après le début du traitement, aucun suivi par le médecin du ', False),
]


def _rewrite(folder: str, article: str, text: str) -> dict:
    """The labelled rewrite itself, so the test reads the real quote and kind."""
    rows = tomllib.loads((DATA / folder / "rewrites.toml").read_text())["rewrite"]
    return next(r for r in rows if r["article"] == article and r["text"].startswith(text))


@pytest.mark.parametrize(("folder", "article", "text", "faithful"), PAIRS)
def test_contrary_act_blocked_and_faithful_kept(folder: str, article: str, text: str,
                                                faithful: bool) -> None:
    r = _rewrite(folder, article, text)
    found = check_rewrite(r["quote"], r["text"], article[:2], r.get("kind", ""))
    assert bool(found) is not faithful, found


def test_the_order_kept_or_denied_is_no_contrary() -> None:
    """A text that keeps the order, or a quote whose order is itself denied, is left alone."""
    assert not contrary_act_problems("Keep taking it; you can stop only when the doctor says.",
                                     "en", "Keep taking it as prescribed.", "en")
    assert not contrary_act_problems("Leave the spare tablets at home.", "en",
                                     "Do not bring the spare tablets.", "en")
    assert not contrary_act_problems("Don't go back to heavy exercise the same day.", "en",
                                     "Avoid heavy exercise for three days.", "en")
