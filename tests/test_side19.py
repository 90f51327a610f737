"""Side-effect false alarms of session 18 (side19), by family, on short invented sentences:
what the rules read, and what they let through of a notice model that reads a side effect
in every sentence (rules_helpers.with_model). Families found on heldout16-19 (released)."""

from __future__ import annotations

import pytest
from rules_helpers import kinds, with_model

SE = "side-effects"

# An illness's warning signs sent to a professional with a reason that names another
# cause or what the illness may need ("because it may be infected", "car il peut s'agir
# de…", "denn dahinter kann eine andere Erkrankung stecken"): the signs are the illness's,
# no side effect, whatever a model reads (red_flag_cues; help_orders for the orders).
OTHER_CAUSE = [
    ("See your GP if the cut becomes hot and swollen over a day, because it may "
     "be infected.", "en"),
    ("If your eyes feel sore or sensitive to light, see a doctor soon, as you may "
     "need an eye specialist.", "en"),
    ("Acuda a su médico si la herida se pone roja y tiene fiebre, porque puede "
     "ser una infección.", "es"),
    ("Acude a consulta el mismo día si la piel se llena de ampollas, porque puede "
     "ser una infección.", "es"),
    ("Cualquier lunar que sangre debe verlo el médico sin esperar, porque puede "
     "ser algo más.", "es"),
    ("Si tiene fiebre y el pecho sigue rojo, acuda a su médico, porque puede "
     "necesitar un antibiótico.", "es"),
    ("Si toute la famille se gratte la nuit, montrez-vous vite au médecin, car il "
     "peut s'agir d'une infection.", "fr"),
    ("Si la peau devient rouge et gonflée, consultez le jour même, car une "
     "infection peut s'installer.", "fr"),
    ("Wenn die Flecken jedes Jahr stärker werden, lassen Sie das hautärztlich "
     "abklären, denn dahinter kann eine andere Erkrankung stecken.", "de"),
    ("Gehen Sie zur Ärztin, wenn die Stelle rot und heiß wird, denn es könnte "
     "eine Infektion sein.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), OTHER_CAUSE)
def test_signs_sent_to_a_doctor_for_another_cause_are_no_side_effect(
    monkeypatch: pytest.MonkeyPatch, text: str, lang: str
) -> None:
    assert SE not in kinds(text, lang)
    assert SE not in with_model(monkeypatch, text, lang, SE)


# The treatment's own signs stay side effects, a reason given or not.
TREATMENT_SIGNS = [
    ("If you get a rash after taking the tablets, see a doctor, because it may be "
     "an allergic reaction.", "en"),
    ("Si después de tomar las pastillas le sale una erupción, acuda a su médico, "
     "porque puede ser una alergia.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), TREATMENT_SIGNS)
def test_the_treatments_signs_stay_side_effects(text: str, lang: str) -> None:
    assert SE in kinds(text, lang)


@pytest.mark.parametrize(("text", "lang"), [OTHER_CAUSE[0], OTHER_CAUSE[5]])
def test_a_referral_for_another_cause_stays_supervision_whatever_a_model_reads(
    monkeypatch: pytest.MonkeyPatch, text: str, lang: str
) -> None:
    # a model reading the signs as the treatment's drops a referral (disclaimers,
    # convention (f)); signs the rules give to another cause keep it
    assert "supervision" in kinds(text, lang)
    assert "supervision" in with_model(monkeypatch, text, lang, SE)


# Fewer problems said of a way to take it ("might cause fewer stomach problems"), a
# harm's word in a syndrome's name ("toxic shock syndrome": the illness, not a toxic
# product), and a symptom that is when the treatment is used ("taken only while you are
# bleeding"): no side effect stated (side_effects_not; the side_effects entries).
NO_HARM_STATED = [
    ("Taking it every other day might cause fewer stomach problems.", "en"),
    ("Tomarlo en días alternos puede causar menos molestias de estómago.", "es"),
    ("La prendre un jour sur deux peut provoquer moins de troubles digestifs.", "fr"),
    ("Die Einnahme jeden zweiten Tag kann weniger Magenbeschwerden verursachen.", "de"),
    ("Unlike the pill, it contains no hormones and is taken only while you are bleeding.", "en"),
    ("No lleva hormonas y se toma solo mientras dura el sangrado.", "es"),
    ("Il ne contient pas d'hormones et se prend seulement pendant les saignements.", "fr"),
    ("Es enthält keine Hormone und wird nur während der Blutung eingenommen.", "de"),
    ("If you have ever had toxic shock syndrome, do not use tampons.", "en"),
    ("Si alguna vez tuvo un síndrome de shock tóxico, no use tampones.", "es"),
    ("Si vous avez déjà eu un syndrome du choc toxique, n'utilisez pas de tampon.", "fr"),
    ("Wenn Sie schon einmal ein toxisches Schocksyndrom hatten, verwenden Sie "
     "keine Tampons.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NO_HARM_STATED)
def test_no_harm_stated(text: str, lang: str) -> None:
    assert SE not in kinds(text, lang)


# ... and a harm stated beside them stays one.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The tablets can cause nausea, but taken every other day they cause "
         "fewer stomach problems.", "en"),
        ("Tampons can rarely cause toxic shock syndrome, a toxic reaction to bacteria.", "en"),
        ("It is taken only while you are bleeding and can cause nausea.", "en"),
        ("Ce produit est toxique pour le foie.", "fr"),
    ],
)
def test_a_harm_beside_them_stays(text: str, lang: str) -> None:
    assert SE in kinds(text, lang)


# Harms the rules did not read: the skin irritated, a treatment that leaves marks, an
# illness that comes back worse when the treatment stops (rebound).
HARMS = [
    ("These creams irritate the skin a lot during treatment.", "en"),
    ("Esas cremas irritan bastante la piel durante el tratamiento.", "es"),
    ("Ces crèmes irritent beaucoup la peau pendant le traitement.", "fr"),
    ("Diese Cremes reizen die Haut während der Behandlung stark.", "de"),
    ("Used for a long time, it can leave grey-blue marks that are hard to remove.", "en"),
    ("Usada por mucho tiempo, puede dejar manchas gris azuladas que cuesta mucho sacar.", "es"),
    ("Utilisée longtemps, elle peut laisser des taches gris-bleu difficiles à enlever.", "fr"),
    ("Lange angewendet, kann sie graublaue Flecken hinterlassen, die schwer zu "
     "entfernen sind.", "de"),
    ("When you stop it suddenly, the eczema often comes back worse than before.", "en"),
    ("Al dejarlo de golpe, la dermatitis suele volver peor que antes.", "es"),
    ("Si on l'arrête d'un coup, l'eczéma revient souvent pire qu'avant.", "fr"),
    ("Setzt man sie plötzlich ab, kommt das Ekzem oft schlimmer als vorher zurück.", "de"),
    ("Es común que la piel se ponga roja las primeras semanas.", "es"),
    ("Il est fréquent que la peau devienne rouge les premières semaines.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), HARMS)
def test_harms_said_in_other_words(text: str, lang: str) -> None:
    assert SE in kinds(text, lang)


# Signs sent back to the clinic that gave the treatment ("ring the clinic", "llámenos"):
# a complication of its treatment, a side effect, whatever cause the reason names.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If the area becomes hot and swollen, ring the clinic the same day, as "
         "this can be an infection that needs antibiotics.", "en"),
        ("Si tiene fiebre o escalofríos, llámenos el mismo día, porque puede "
         "tratarse de una infección.", "es"),
        ("Si la zone devient rouge et gonflée, appelez-nous le jour même, car il "
         "peut s'agir d'une infection.", "fr"),
        ("Wenn Sie Fieber oder Schüttelfrost bekommen, rufen Sie uns am selben "
         "Tag an, denn es könnte eine Infektion sein.", "de"),
    ],
)
def test_signs_sent_back_to_the_treating_clinic_stay_side_effects(text: str, lang: str) -> None:
    assert SE in kinds(text, lang)


# The illness's own harms and causes: an untreated illness that harms ("untreated
# rosacea can thicken the skin"), symptoms that may have a cause to treat, a spot that
# changes in size or colour shown to a doctor, a remedy's promise ("banishes cramps"),
# a symptom no remedy changed ("no difference to my cramps"): no side effect, whatever a
# model reads (illness_harms, not_the_treatment, red_flag_cues, benefit_frames,
# side_effects_not).
ILLNESS = [
    ("Over many years, untreated eczema can thicken the skin of the hands.", "en"),
    ("Con los años, la rosácea sin tratar puede engrosar la piel de la nariz.", "es"),
    ("Avec les années, une rosacée non traitée peut épaissir la peau du nez.", "fr"),
    ("Über die Jahre kann eine unbehandelte Rosazea die Haut der Nase verdicken.", "de"),
    ("Itching that goes on can have a cause that needs treating.", "en"),
    ("Un picor que dura puede tener una causa que hay que tratar.", "es"),
    ("Des démangeaisons qui durent peuvent avoir une cause à traiter.", "fr"),
    ("Anhaltender Juckreiz kann eine behandelbare Ursache haben.", "de"),
    ("Show a doctor any mole that is new, changing in size or colour, or bleeding.", "en"),
    ("Cualquier lunar que cambie de tamaño o de color o que sangre debe verlo el médico.",
     "es"),
    ("Montrez vite au médecin un grain de beauté qui change de taille ou de couleur, ou qui "
     "saigne.", "fr"),
    ("Lassen Sie ein Muttermal ärztlich untersuchen, wenn sich Größe oder Farbe verändern "
     "oder es blutet.", "de"),
    ("Our formula banishes cramps, mood swings and bloating in one cycle.", "en"),
    ("Gave it three cycles and saw no difference to my cramps at all.", "en"),
    ("Lo tomé tres meses y no noté ninguna diferencia en mis dolores de cabeza.", "es"),
    ("Je l'ai pris trois mois sans aucune différence sur mes démangeaisons.", "fr"),
    ("Ich habe es drei Monate genommen und keinen Unterschied bei meinen Kopfschmerzen "
     "bemerkt.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), ILLNESS)
def test_the_illness_own_harms_and_causes_are_no_side_effect(
    monkeypatch: pytest.MonkeyPatch, text: str, lang: str
) -> None:
    assert SE not in kinds(text, lang)
    assert SE not in with_model(monkeypatch, text, lang, SE)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Untreated, the infection can spread, and the antibiotic can cause diarrhoea.", "en"),
        ("If you get a rash after using the cream, show it to your doctor.", "en"),
        ("The tablets made no difference to my pain, but they did cause nausea.", "en"),
    ],
)
def test_a_treatments_harm_beside_the_illness_stays(text: str, lang: str) -> None:
    assert SE in kinds(text, lang)


# A heading that says what the advice below is for ("For itchy bites:") and a remedy
# that does not keep a symptom away ("it won't stop the bite from swelling"): the
# symptoms are the illness's, no harm stated (side_effects_not).
FOR_AND_PREVENTED = [
    ("For itchy bites:", "en"),
    ("Para las picaduras con picor:", "es"),
    ("Pour les piqûres qui démangent :", "fr"),
    ("Bei Juckreiz und Schwellung:", "de"),
    ("A cold compress may calm the itch, but it won't stop the bite from swelling.", "en"),
    ("Una compresa fría calma el picor, pero no evita que la picadura se hinche.", "es"),
    ("Une compresse froide calme la démangeaison, mais n'empêche pas la piqûre de gonfler.",
     "fr"),
    ("Ein kalter Umschlag lindert den Juckreiz, verhindert aber nicht, dass der Stich "
     "anschwillt.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), FOR_AND_PREVENTED)
def test_what_it_is_for_and_what_it_does_not_prevent_are_no_side_effect(
    text: str, lang: str
) -> None:
    assert SE not in kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("For some people, the tablets cause nausea.", "en"),
        ("For the first days: expect nausea and dizziness.", "en"),
    ],
)
def test_a_harm_after_for_stays(text: str, lang: str) -> None:
    assert SE in kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Desde hace días llora casi sin parar por la noche, encoge las piernas y se pone roja.",
         "es"),
        ("Il pleure tous les soirs, replie les jambes et devient tout rouge.", "fr"),
    ],
)
def test_a_child_who_turns_red_crying_is_no_side_effect(text: str, lang: str) -> None:
    # the skin turning red is a treatment's harm; a child turning red as it cries is not
    assert SE not in kinds(text, lang)


def test_no_difference_cut_keeps_the_reviews_negation() -> None:
    # "no difference to my X" is cut from what the rules read, but its "no" is left:
    # a review's harm after it stays read as before the cut (heldout19 labels the
    # review a claim, no notice)
    assert SE not in kinds("Took it for two months, no change to my spots and I bruised "
                           "easily on my shins.", "en")


# Signs that last more than so many hours, sent to a doctor: the illness's red flag, as
# days and weeks already were (red_flag_cues).
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If you soak a pad every hour for more than two hours, or you feel dizzy or faint, "
         "get medical care the same day.", "en"),
        ("Si empapa una compresa cada hora durante más de dos horas, o se marea, acuda a "
         "urgencias.", "es"),
        ("Si vous saignez abondamment pendant plus de deux heures ou avez des vertiges, "
         "consultez le jour même.", "fr"),
    ],
)
def test_signs_lasting_hours_sent_to_a_doctor_are_no_side_effect(
    monkeypatch: pytest.MonkeyPatch, text: str, lang: str
) -> None:
    assert SE not in kinds(text, lang)
    assert SE not in with_model(monkeypatch, text, lang, SE)


def test_hours_after_a_dose_stay_side_effects() -> None:
    assert SE in kinds("If you feel dizzy for more than two hours after a dose, see your "
                       "doctor.", "en")
