"""Self-medication recall of session 20 (selfmed20): general families found among the
released heldout16-20 folders' self-medication misses with the rules alone, each written
in short sentences of our own (en, es, fr, de), never one article's phrasing; and the
sentences that must stay no self-medication notice (a shop's line, a study's account,
someone else's stopping told as a story)."""

from __future__ import annotations

import pytest
from rules_helpers import kinds


# Conventions (e)/(f): an order to stop or take off the treatment, opening a clause, often
# with the signs that call for it and whom to call ("Stop use and see a doctor if…",
# "Suspenda el jarabe y…", "arrêtez la crème et…", "brechen Sie die Anwendung ab") is
# self-medication, what the reader does alone (every released folder labels it so; the
# rules read only "If <sign>, stop…": 28 of heldout16-20's 179 misses were stop-first).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Stop using the spray and call your GP if your nose starts to bleed.", "en"),
    ("Stop the capsules and talk to a pharmacist if you get a skin rash.", "en"),
    ("Stop melatonin and see your doctor if the nightmares carry on.", "en"),
    ("Stop use two days before any dental surgery.", "en"),
    ("Itching has been reported; in that case discontinue use.", "en"),
    ("If the eye turns red, rinse it with water and stop using the drops.", "en"),
    ("Suspenda el jarabe y llame a su médico si aparece una erupción.", "es"),
    ("Si notás palpitaciones, suspendé las gotas y consultá ese mismo día.", "es"),
    ("Deje de usar la crema si la piel se irrita.", "es"),
    ("Arrêtez la crème et consultez votre pharmacien si des plaques apparaissent.", "fr"),
    ("Si vous avez des vertiges, cessez de prendre le sirop.", "fr"),
    ("Retirez le patch immédiatement si la peau brûle.", "fr"),
    ("Wenn Ihnen schwindlig wird, brechen Sie die Anwendung ab und rufen Sie uns an.", "de"),
    ("Setzen Sie die Tropfen ab, wenn das Auge stark brennt.", "de"),
    ("Wer Herzrasen bekommt, muss das Spray sofort absetzen.", "de"),
])
def test_an_order_to_stop_the_treatment_is_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# Not an order to the reader: a shop's promise, a study or a clinician stopping something,
# someone's story, a habit to give up.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Stop the pain fast with our new formula!", "en"),
    ("Order now and get free delivery on your first box.", "en"),
    ("The trial was stopped early because the results were so clear.", "en"),
    ("His doctor told him to stop the tablets after a week.", "en"),
    ("I had to stop using it because of the smell.", "en"),
    ("Stop worrying about your joints and start living.", "en"),
    ("Los investigadores suspendieron el estudio a los seis meses.", "es"),
    ("La paciente dejó de usar la crema al tercer día.", "es"),
    ("Elle a arrêté le traitement au bout de deux semaines.", "fr"),
    ("Der Arzt setzte das Medikament nach drei Monaten ab.", "de"),
])
def test_a_stopping_told_or_sold_is_no_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# Leave to dose ("You may take it with or without food", "Puede tomarla con o sin
# comida", "Vous pouvez prendre les comprimés pendant les repas") is a permission, no
# self-medication notice: every released folder labels it so (selfmed20 tried it as an
# order of convention (g): 9 more found in heldout16-20, 66 false alarms elsewhere).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("You may take the tablets with or without food.", "en"),
    ("You can take it about an hour before bed.", "en"),
    ("Puede tomarla con o sin comida.", "es"),
    ("Vous pouvez prendre les comprimés pendant ou en dehors des repas.", "fr"),
    ("Sie dürfen die Tropfen bis zu viermal täglich anwenden.", "de"),
    ("Participants could take 500 mg twice a day for eight weeks.", "en"),
    ("Los participantes podían tomar 2 g al día durante el estudio.", "es"),
])
def test_leave_to_dose_is_no_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# Convention (g): care of the body the reader gives a treated part, with a time or manner
# ("Cool the scald under running water for twenty minutes", "Stérilisez le biberon…
# pendant 10 minutes", "Cubra la herida … cada día", "Kühlen Sie … 20 Minuten lang"):
# orders the use lists did not hold (heldout16-20: about 15 misses).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Cool the scald under running water for twenty minutes.", "en"),
    ("Cover the graze with a clean plaster every morning.", "en"),
    ("Check your feet every evening for cuts.", "en"),
    ("Stérilisez le biberon dans l'eau bouillante pendant 10 minutes.", "fr"),
    ("Couvrez la plaie avec un pansement propre chaque jour.", "fr"),
    ("Séchez bien la peau après chaque douche.", "fr"),
    ("Enfríe la zona con agua del grifo durante 20 minutos.", "es"),
    ("Cubra la herida con una gasa limpia cada día.", "es"),
    ("Kühlen Sie die Stelle 20 Minuten lang unter fließendem Wasser.", "de"),
    ("Messen Sie den Blutdruck zweimal am Tag.", "de"),
])
def test_body_care_with_a_time_or_manner_is_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Check our website every week for new offers.", "en"),
    ("Cover your costs with our monthly plan.", "en"),
    ("The nurse checks your feet every visit.", "en"),
])
def test_a_shop_or_a_clinicians_act_is_no_body_care_order(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# Asking a professional first, forbidding one remedy, in wordings the lists missed: two
# professionals joined by "o" ("Consulte con su médico o farmacéutico antes de…"), a
# German order on a verb in -eln ("Träufeln Sie kein Öl…"). (Widening `patient_acts` or
# the `self_medication` list, as "n'utilisez ni…", "a un menor" or "must not drink more
# than" would, makes the sentence an instruction whose stated harm is then only its
# reason: 4 labelled side effects lost over the released folders, so those were left.)
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Consulte con su médico o farmacéutico antes de tomar un jarabe para la tos.", "es"),
    ("Träufeln Sie kein Öl in das Ohr.", "de"),
])
def test_asking_first_and_forbidding_said_other_ways(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# Convention (g): when to take or use it said as a deadline or "as soon as" ("Take the
# pill as soon as you can, within 72 hours", "Tome la pastilla lo antes posible", "Prenez
# le comprimé dès que possible", "Nehmen Sie die Tablette so bald wie möglich"), for the
# first days ("Use a second method for the first seven days"), put on at a time ("Put it
# on 20 minutes before going out"), spaced from another medicine ("Space it two hours from
# iron tablets"): directions the lists did not hold.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Take the pill as soon as you can.", "en"),
    ("Take the second tablet within 12 hours of the first.", "en"),
    ("Use a second method of contraception for the first seven days.", "en"),
    ("Put it on 20 minutes before going out in the sun.", "en"),
    ("Space it at least two hours from iron tablets.", "en"),
    ("Heat the wheat pack for no more than one minute.", "en"),
    ("Tome la pastilla lo antes posible.", "es"),
    ("Prenez le comprimé dès que possible.", "fr"),
    ("Nehmen Sie die Tablette so bald wie möglich ein.", "de"),
])
def test_a_deadline_or_first_days_is_a_direction(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# Going on taking, or anyone stopping, forbidden in wordings the lists missed ("please
# don't keep taking the old tablets", "nobody should stop their inhaler because of…").
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Please don't keep taking the old painkillers to get to sleep.", "en"),
    ("Nobody should stop their inhaler because of one news story.", "en"),
])
def test_a_limit_or_going_on_forbidden(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Take our quiz as soon as you can.", "en"),
    ("Take action within 24 hours to claim your discount.", "en"),
    ("People who keep taking it for years have fewer relapses.", "en"),
    ("Nobody knows why the pill works better in the morning.", "en"),
])
def test_a_quiz_a_study_or_a_fact_stays_no_notice(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# An order to avoid something, opening a clause ("Avoid aspirin if…", "Evite el
# ibuprofeno…", "Évitez les sirops…", "Meiden Sie…"): what the reader keeps to alone,
# self-medication in every released folder (the lists read "avoid" only before a
# patient's act: 47 pooled misses). Not a precaution about driving, an operation avoided
# as an outcome, or someone else's avoiding.
@pytest.mark.parametrize(("sentence", "lang"), [
    ("Avoid aspirin if you have a stomach ulcer.", "en"),
    ("Rest the ankle and avoid ibuprofen for the first two days.", "en"),
    ("Evite el ibuprofeno durante el embarazo.", "es"),
    ("Évitez les sirops contre la toux qui contiennent de la codéine.", "fr"),
    ("Meiden Sie Schmerzmittel mit Acetylsalicylsäure vor der Operation.", "de"),
])
def test_an_order_to_avoid_is_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Avoid driving until you know how the tablets affect you.", "en"),
    ("Our clinic helps you avoid surgery.", "en"),
    ("Most people avoid the gel because of its smell.", "en"),
    ("Évitez de conduire si vous vous sentez somnolent.", "fr"),
    ("Evita manejar si te sentís mareado.", "es"),
])
def test_avoiding_driving_or_an_outcome_is_no_self_medication(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)
