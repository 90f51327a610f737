"""The trained check on faithfulness (gate/faith_model.py, FAITH-MEANING): it speaks on a
safety notice's printed text where every rule is silent, and only there (since session 12
as an error that blocks export and counts in check_rewrite: tests/test_faith13.py).

The pairs are heldout13's (tests/data/heldout13/rewrites.toml), released after it was
measured: unfaithful rewrites the rules passed, in three languages, each worded in a way
no phrase family named ("you can warm the mask", "just stop your drops", "es raro y casi
nadie lo nota"), and plain rewrites that must still pass.
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids

from summarizer.gate import faith_model
from summarizer.gate.faithfulness import check_rewrite

# (quote, unfaithful text, lang, notice kind): the rules alone pass each one
MISSED_BY_RULES = [
    ("Never heat the mask in a microwave or oven; overheating can cause burns to the "
     "eyelids.",
     "You can warm the mask in the microwave for extra heat.", "en", "self-medication"),
    ("If you become pregnant or are planning to, talk to your ophthalmologist about your "
     "glaucoma treatment.",
     "If you become pregnant, just stop your glaucoma drops.", "en", "supervision"),
    ("If you wear soft contact lenses, take them out before putting the drop in and wait "
     "ten minutes before putting them back.",
     "You can leave soft contact lenses in when you put the drop in.", "en",
     "self-medication"),
    ("Patients should be wary of clinics or websites offering \"retina-regenerating\" "
     "drops or injections; anyone offered such a treatment should ask their eye "
     "specialist first.",
     "Patients can try retina-regenerating drops or injections offered by clinics or "
     "websites.", "en", "supervision"),
    ("El efecto adverso más frecuente es ardor o picazón al aplicarla, que suele calmarse "
     "con las semanas.",
     "El ardor al aplicarla es raro y casi nadie lo nota.", "es", "side-effects"),
    ("High-dose formulas with beta-carotene are not suitable for people who smoke or who "
     "smoked in the past, because beta-carotene has been linked to a higher risk of lung "
     "cancer in smokers.",
     "High-dose formulas with beta-carotene are not suitable for children, because of a "
     "higher risk of lung cancer.", "en", "self-medication"),
    ("El colirio de suero autólogo no es un medicamento comercializado: se prepara en el "
     "servicio de farmacia del hospital, bajo prescripción de un oftalmólogo, para un "
     "paciente concreto.",
     "El colirio de suero autólogo es un medicamento que se prepara en la farmacia.", "es",
     "regulatory"),
    ("Die meisten Augentrost-Augentropfen sind als homöopathische Arzneimittel registriert, "
     "ohne dass eine Wirksamkeit geprüft und ohne dass ein Anwendungsgebiet genehmigt "
     "wurde.",
     "Augentrost-Augentropfen sind als Arzneimittel mit geprüfter Wirksamkeit gegen "
     "gereizte Augen zugelassen.", "de", "regulatory"),
]

# (quote, faithful plain rewrite, lang, notice kind)
PLAIN = [
    ("Low-dose atropine for myopia is not approved by the FDA; in the US it is prescribed "
     "off-label and made up by compounding pharmacies.",
     "The FDA has not approved low-dose atropine for short-sightedness. In the US, doctors "
     "prescribe it off-label and special compounding pharmacies make it.", "en",
     "regulatory"),
    ("Common side effects are mild: light sensitivity in bright sun, and a little blurring "
     "when reading up close for the first weeks.",
     "The usual side effects are mild. Bright sunlight may feel too bright, and close-up "
     "reading may be a bit blurry in the first weeks.", "en", "side-effects"),
    ("Never heat the mask in a microwave or oven; overheating can cause burns to the "
     "eyelids.",
     "Never warm the mask in a microwave or an oven: if it gets too hot, it can burn your "
     "eyelids.", "en", "self-medication"),
    ("Si estás embarazada o dando la teta, contáselo a tu oftalmóloga antes de empezar.",
     "Si estás embarazada o dando el pecho, avisale a tu oftalmóloga antes de empezar.",
     "es", "supervision"),
]


# Read as changed at the warning's threshold (session 11), not at the blocking one the
# model is shipped with since session 12 (budget 0.02, scores below it): the price of
# blocking few faithful rewrites (scripts/train_faith_model.py). Session 13's model (trained
# with heldout15, train20, train21 too, same budget) scores the colirio pair 2.32 against
# its threshold 2.51 (session 12's: 2.75 against 2.51): marginal either way. Session 18's
# (heldout18 and heldout19 too, same budget; threshold 1.95) scores the retina pair 2.08 and
# the colirio pair 2.69, above it (session 16's scored them 2.22 and 2.48 against 2.07:
# they passed as xfail's XPASS): both read as changed now, asserted. The glaucoma and
# beta-carotene pairs stay below (1.76, 1.51).
BELOW_THRESHOLD = {1, 5}



@pytest.mark.parametrize(("quote", "text", "lang", "kind"), MISSED_BY_RULES, ids=ids)
def test_rules_alone_miss_it(quote: str, text: str, lang: str, kind: str, rules_alone):
    # why the model is there: each of these goes through the rules
    assert not blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), [
    pytest.param(*pair, marks=pytest.mark.xfail(reason="below the blocking threshold"))
    if i in BELOW_THRESHOLD else pair for i, pair in enumerate(MISSED_BY_RULES)], ids=ids)
def test_the_model_reads_what_the_rules_miss(quote: str, text: str, lang: str, kind: str):
    why = faith_model.meaning_problem(quote, text, lang)
    assert why and "the quote" in why, (text, why)
    assert blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), PLAIN, ids=ids)
def test_plain_rewrites_pass(quote: str, text: str, lang: str, kind: str):
    assert not check_rewrite(quote, text, lang, kind)
    assert faith_model.meaning_problem(quote, text, lang) == ""


def test_claims_are_left_to_the_rules():
    # a claim's text sums up its quote in other words (the example handout's, loose by
    # design, read as changed at session 11's threshold): the gate does not ask
    from conftest import EXAMPLE

    from summarizer.checks import check_handout
    from summarizer.handout_file import load_handout

    assert "claim" not in faith_model.ASKED
    assert not [f for f in check_handout(load_handout(EXAMPLE)) if f.code == "FAITH-MEANING"]


def test_another_language_gets_no_model_opinion():
    model = faith_model.current()
    assert model is not None and "it" not in model.langs
    quote = "Non usare le gocce se hai un'infiammazione dell'occhio."
    assert faith_model.meaning_problem(quote, "Puoi usare le gocce.", "it") == ""


def test_a_translation_gets_no_model_opinion():
    # the quote in English, the text in Spanish: no word of one is in the other
    quote, text = ("Never heat the mask in a microwave or oven; overheating can cause "
                   "burns to the eyelids.",
                   "Nunca calientes la máscara en el microondas ni en el horno: si se "
                   "calienta demasiado, puede quemarte los párpados.")
    assert faith_model.meaning_problem(quote, text, "en") == ""


def test_the_model_off_says_nothing(monkeypatch: pytest.MonkeyPatch):
    quote, text, lang, _ = MISSED_BY_RULES[0]
    monkeypatch.setenv(faith_model.ENV, "off")
    faith_model.forget()
    assert faith_model.meaning_problem(quote, text, lang) == ""
    monkeypatch.delenv(faith_model.ENV)
    faith_model.forget()
    assert faith_model.meaning_problem(quote, text, lang)


def test_differences_read_numbers_by_value():
    # "fifteen minutes" is the quote's "15 minutes", not a number added and one dropped
    feats = faith_model.differences("Check it every 15 minutes.",
                                    "Check it every fifteen minutes.", "en")
    assert "+NUM" not in feats and "-NUM" not in feats
    feats = faith_model.differences("Check it every 15 minutes.",
                                    "Check it every 50 minutes.", "en")
    assert "+NUM" in feats and "-NUM" in feats
    # a phone number grouped another way is the same number
    feats = faith_model.differences("Call Samaritans free on 116 123.",
                                    "Call Samaritans on 116123, it is free.", "en")
    assert "+NUM" not in feats and "-NUM" not in feats


def test_differences_see_a_negation_go():
    feats = faith_model.differences("Do not drive after the drops.",
                                    "Drive after the drops.", "en")
    assert {"neg<", "neg0", "-¬drive"} <= set(feats)


def test_a_share_in_every_hundred_is_the_quotes_one_in_fifty():
    # heldout13's faithful rewrite, blocked for '2' and '100': "2 in every 100" is a share
    quote = ("Serious complications after cataract surgery are uncommon, but about 1 in 50 "
             "patients has a problem such as infection, swelling or a detached retina that "
             "needs more treatment.")
    text = ("Serious problems after cataract surgery are not common, but about 2 in every "
            "100 patients get one, such as infection, swelling or a detached retina, and "
            "need more treatment.")
    assert not blocked(quote, text, "en", "side-effects")
    # and a share that is not the quote's is still blocked
    assert blocked(quote, text.replace("2 in every", "20 in every"), "en", "side-effects")
    assert blocked(quote, text.replace("2 in every 100", "1 out of every 5"), "en",
                   "side-effects")
