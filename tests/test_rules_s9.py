"""Issue 8, session 9: the rules' misses and false marks on heldout11 (released), by family.

Each case is a sentence written for this test, standing for one general cause, in every
language the family exists in; nothing here names a drug, product or topic the rulebook
learns from. The measurement on the real folders is benchmarks/honesty.py's.
"""

from __future__ import annotations

import pytest
from rules_helpers import kinds, notices

from summarizer.learned.notices import LEARNED

# ------------------------------------------------------------------ a medicine's legal
# status, "prescription only": the law restricts who may supply it (heldout10's and
# heldout11's labels: "an approval worded as a restriction is a regulatory notice")

@pytest.mark.parametrize(("sentence", "region"), [
    ("In Ireland it is a prescription-only medicine.", "IE"),
    ("The gel is prescription only, so your pharmacist will ask to see a script.", "GB"),
    ("These tablets are available only on prescription.", "AU"),
    ("It can only be supplied on prescription from a doctor.", "NZ"),
    ("A pharmacist cannot sell it to you without a prescription.", "GB"),
    ("Es un medicamento de venta bajo receta.", "AR"),
    ("En México solo se vende con receta médica.", "MX"),
    ("Este fármaco sólo se dispensa con receta.", "ES"),
    ("En France, il n'est délivré que sur ordonnance.", "FR"),
    ("Ce médicament est soumis à prescription médicale.", "FR"),
    ("Il est disponible uniquement sur ordonnance.", "BE"),
    ("Die Kapseln sind verschreibungspflichtig.", "DE"),
    ("Das Mittel ist in Österreich rezeptpflichtig.", "DE"),
    ("Die Tropfen dürfen nur auf Rezept abgegeben werden.", "DE"),
])
def test_a_prescription_only_status_is_regulatory(tmp_path, sentence: str,
                                                  region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


@pytest.mark.parametrize(("sentence", "region"), [
    # (an approval that names the status in passing, "a prescription-only medicine licensed
    # for epilepsy", is a notice since session 10's label decision: test_rules_s10.py)
    # a history, a seller, an order to the reader, advice: no status stated
    ("It has been sold on prescription in much of Europe since the 1990s.", "GB"),
    ("Vendu sur ordonnance depuis trente ans, il reste très prescrit.", "FR"),
    ("Some websites sell it without a prescription.", "US"),
    ("Never buy prescription-only medicines from social media sellers.", "GB"),
    ("Bestellen Sie verschreibungspflichtige Arzneimittel nie im Internet.", "DE"),
    ("Ask your doctor whether a prescription would help you.", "US"),
    ("Pídale a su médico una receta si la necesita.", "ES"),
])
def test_no_status_or_an_approval_is_not_a_prescription_notice(tmp_path, sentence: str,
                                                               region: str) -> None:
    assert "regulatory" not in notices(tmp_path, sentence, region)


# ------------------------------------------------------------------ an approval for one
# use only, said with the verb ("the agency authorised it only for…"), and a use outside
# the leaflet

@pytest.mark.parametrize(("sentence", "region"), [
    ("La agencia lo autorizó únicamente para adultos con epilepsia.", "ES"),
    ("La ANMAT la aprobó solo para el dolor de los nervios.", "AR"),
    ("The agency approved it only for adults with severe acne.", "GB"),
    ("L'agence l'a autorisé uniquement pour les adultes.", "FR"),
    ("En Belgique, il n'est autorisé que pour les adultes.", "BE"),
    ("Su uso en el dolor de espalda es fuera de prospecto.", "AR"),
])
def test_an_approval_for_one_use_only_said_with_the_verb(tmp_path, sentence: str,
                                                         region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


def test_an_approval_said_with_the_verb_stays_an_approval(tmp_path) -> None:
    assert "regulatory" not in notices(
        tmp_path, "La agencia lo autorizó para adultos con epilepsia en 2019.", "ES")


# ------------------------------------------------------------------ a short number keeps
# to the article's region first: another region's line with the same digits is not read
# where the number is this region's emergency number (Argentina's SAME is 107, Belgium's
# Télé-Accueil too)

def crisis_numbers(tmp_path, text: str, region: str) -> set[str]:
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {c.number for d in analyze_source("a", load_source(path), region=region).disclaimers
            if d.kind == "crisis-line" for c in d.contacts if c.role == "crisis"}


@pytest.mark.parametrize(("sentence", "region", "number"), [
    ("Vous pouvez aussi appeler Télé-Accueil au 107, jour et nuit, de façon anonyme.", "BE",
     "107"),
    ("Si vous avez besoin de parler, appelez le 107, jour et nuit.", "BE", "107"),
    ("In Vlaanderen kunt u de Zelfmoordlijn bellen op 1813, dag en nacht.", "BE", "1813"),
    ("If you live in Flanders, call the Zelfmoordlijn on 1813, day or night.", "BE", "1813"),
    ("Vous pouvez joindre le Centre de Prévention du Suicide au 0800 32 123.", "BE",
     "+3280032123"),
])
def test_belgian_crisis_lines(tmp_path, sentence: str, region: str, number: str) -> None:
    assert number in crisis_numbers(tmp_path, sentence, region)


@pytest.mark.parametrize(("sentence", "region"), [
    ("Ante una emergencia médica, llamá al 107 o andá a la guardia más cercana.", "AR"),
    ("Si la persona no respira, llamá al 107 para pedir una ambulancia.", "AR"),
])
def test_another_regions_short_line_is_not_read_where_the_number_is_an_emergency(
        tmp_path, sentence: str, region: str) -> None:
    assert "107" not in crisis_numbers(tmp_path, sentence, region)


# ------------------------------------------------------------------ a helpline to stop
# smoking or vaping is a service line, not a crisis line ("helpline" alone names no crisis)

@pytest.mark.parametrize(("sentence", "region"), [
    ("For free help to quit smoking, call the national stop-smoking helpline on "
     "0300 123 1044.", "GB"),
    ("Want to stop vaping? Ring the quit helpline on 0800 778 778 for free support.", "NZ"),
    ("Para dejar de fumar, llame a la línea de ayuda gratuita 800 911 2000.", "MX"),
])
def test_a_helpline_to_quit_smoking_is_no_crisis_line(tmp_path, sentence: str,
                                                       region: str) -> None:
    assert not crisis_numbers(tmp_path, sentence, region)


def test_a_helpline_for_people_in_crisis_stays_a_crisis_line(tmp_path) -> None:
    assert crisis_numbers(
        tmp_path, "If you are struggling to cope, call the Samaritans helpline on 116 123.",
        "GB") == {"116123"}


# ------------------------------------------------------------------ an order not to drink
# alcohol with the medicine is self-medication (heldout10's and heldout11's labels: eight
# such orders); beside a driving precaution it is that precaution's (heldout9's and the
# corpus's labels: supervision only). Replaces session 7's "an order about alcohol is no
# self-medication", which the later labels contradict.

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Don't drink alcohol while you are taking these tablets.", "en"),
    ("Avoid alcohol on the evenings you take it, as it deepens the drowsiness.", "en"),
    ("Do not drink alcohol or take other sedatives with it.", "en"),
    ("No tome alcohol durante el tratamiento.", "es"),
    ("Evite el alcohol mientras use estas gotas.", "es"),
    ("Ne buvez pas d'alcool pendant la cure.", "fr"),
    ("Évitez l'alcool pendant toute la durée du traitement.", "fr"),
    ("Trinken Sie während der Behandlung keinen Alkohol.", "de"),
    ("Verzichten Sie während der Einnahme auf Alkohol.", "de"),
])
def test_an_order_not_to_drink_alcohol_with_it_is_self_medication(sentence: str,
                                                                  lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Do not drink alcohol or drive for 24 hours after the procedure.", "en"),
    ("No tome alcohol y no conduzca hasta el día siguiente.", "es"),
    ("Ne prenez pas d'alcool ce soir-là et ne conduisez pas avant le lendemain.", "fr"),
    ("Trinken Sie keinen Alkohol und fahren Sie bis zum nächsten Tag nicht Auto.", "de"),
])
def test_alcohol_beside_a_driving_precaution_is_that_precaution(sentence: str,
                                                                lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)
    assert "self-medication" not in kinds(sentence, lang)


def test_alcohol_named_in_a_description_is_no_order() -> None:
    assert "self-medication" not in kinds(
        "People who drink alcohol every day were more likely to stop the treatment.")


# ------------------------------------------------------------------ supervision said other
# ways: a bystander told to stay with the person; a physiotherapist as a carer; a clinician
# who has checked that…; seeing a doctor when the illness persists or worsens; talking to
# the doctor first if the reader has a health state

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Give the second dose and stay with the person until the ambulance arrives.", "en"),
    ("Someone should stay with them for the rest of the night.", "en"),
    ("Don't leave the person alone, even if they seem to wake up.", "en"),
    ("Quédese con la persona hasta que llegue la ambulancia.", "es"),
    ("No la deje sola durante las primeras horas.", "es"),
    ("Restez auprès de la personne jusqu'à l'arrivée des secours.", "fr"),
    ("Ne la laissez pas seule pendant la nuit.", "fr"),
    ("Bleiben Sie bei der Person, bis der Rettungsdienst eintrifft.", "de"),
    ("Lassen Sie die Person in den ersten Stunden nicht allein.", "de"),
])
def test_a_bystander_told_to_stay_with_the_person_is_supervision(sentence: str,
                                                                 lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("During the session the physiotherapist stays with you the whole time.", "en"),
    ("Durante la sesión el fisioterapeuta permanece a tu lado.", "es"),
    ("Pendant la séance, le kinésithérapeute reste à proximité.", "fr"),
    ("Die Physiotherapeutin bleibt während der ganzen Sitzung bei Ihnen.", "de"),
    ("Stay seated until the nurse has checked that your pulse is steady.", "en"),
])
def test_a_carer_named_another_way_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("If the pain lasts more than two weeks, see your GP.", "en"),
    ("If your symptoms get worse or do not improve within a week, please see a doctor.",
     "en"),
    ("Si el dolor no mejora en diez días, consulta con un médico.", "es"),
    ("Si los síntomas persisten más de un mes, acuda a su médico.", "es"),
    ("Si la douleur persiste plus de trois jours, consultez un médecin.", "fr"),
    ("Wenn die Beschwerden länger als eine Woche anhalten, suchen Sie einen Arzt auf.", "de"),
])
def test_seeing_a_doctor_when_the_illness_persists_or_the_reader_has_a_state(
        sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a study's people, a history, a referral already made: nobody is told anything
    ("The pain lasted more than two weeks in a third of the patients who saw a doctor.",
     "en"),
    ("She stayed with the company until it closed.", "en"),
    ("Many people see their GP when a cough lasts more than three weeks.", "en"),
])
def test_no_supervision_in_a_story_or_a_statistic(sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


# ------------------------------------------------------------------ side effects that are
# none: an illness's symptoms listed as what it is, the article's illness that the treatment
# reverses or relieves ("relieves symptoms of withdrawal"), a forum's breadcrumb

@pytest.mark.parametrize(("sentence", "lang"), [
    ("The symptoms of a migraine include throbbing pain, nausea and sensitivity to light.",
     "en"),
    ("Los síntomas del resfriado son congestión, tos y cansancio.", "es"),
    ("Les symptômes de la grippe sont la fièvre, la toux et la fatigue.", "fr"),
    ("Zu den Symptomen einer Migräne gehören Übelkeit und Kopfschmerzen.", "de"),
    ("Forum > Sleep problems > Thread: anyone tried it for insomnia?", "en"),
    ("Rubrique : Santé > Sujet : sevrage et insomnie", "fr"),
])
def test_an_illness_or_a_breadcrumb_is_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_an_illness_listed_with_a_harm_stays_a_side_effect() -> None:
    # the control: the treatment is said to bring the symptoms on
    assert "side-effects" in kinds(
        "The symptoms of serotonin syndrome, which this drug can cause, include agitation "
        "and fever.")


def article_kinds(tmp_path, text: str) -> list[tuple[str, str]]:
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(d.kind, d.quote) for d in
            analyze_source("a", load_source(path), region="GB").disclaimers
            if d.cues and d.cues[0].tag != LEARNED]


@pytest.mark.parametrize(("treating", "later"), [
    ("It is licensed to relieve the symptoms of alcohol withdrawal.",
     "Most people who ask about withdrawal want to know how long it lasts."),
    ("The spray can quickly reverse an overdose.",
     "Most people who ask about an overdose want to know what to do first."),
    ("Doctors give it to ease symptoms of nicotine withdrawal.",
     "Most people who ask about withdrawal want to know how long it lasts."),
])
def test_the_illness_a_treatment_relieves_is_no_side_effect_elsewhere(
        tmp_path, treating: str, later: str) -> None:
    assert ("side-effects", later) not in article_kinds(tmp_path, f"{treating}\n\n{later}")


# ------------------------------------------------------------------ an order not to
# combine, with the harm of the combination as its reason: the harm is a side effect too
# (an interaction; heldout10's and heldout11's labels, seven such sentences); an order not
# to stop suddenly keeps its withdrawal harm as the order's reason only (six earlier labels)

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Do not take it with sleeping pills, because together they can slow your breathing.",
     "en"),
    ("No la mezcle con alcohol, porque juntos pueden causar mareos.", "es"),
    ("Ne l'associez pas à l'alcool : ensemble, ils peuvent provoquer une forte somnolence.",
     "fr"),
    ("Nehmen Sie keine Schlafmittel dazu, weil zusammen Schwindel auftreten kann.", "de"),
])
def test_the_harm_of_a_forbidden_combination_is_a_side_effect(sentence: str,
                                                               lang: str) -> None:
    assert {"self-medication", "side-effects"} <= kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Do not stop it suddenly, because stopping can bring on dizziness.", "en"),
    ("No lo deje de golpe, porque puede notar mareos.", "es"),
])
def test_the_harm_of_stopping_suddenly_stays_the_orders_reason(sentence: str,
                                                               lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


# ------------------------------------------------------------------ self-medication said
# other ways: storing the medicine (out of children's reach, locked away, at room
# temperature), buying it online said to be unsafe, extra doses, letting someone use more

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Keep the tablets locked away from children and teenagers.", "en"),
    ("Store it at room temperature and keep it out of the reach of children.", "en"),
    ("Don't leave the inhaler in a hot car.", "en"),
    ("Guarde las pastillas fuera del alcance de los niños.", "es"),
    ("Conservez la boîte hors de la portée des enfants.", "fr"),
    ("Bewahren Sie die Tropfen außerhalb der Reichweite von Kindern auf.", "de"),
    ("Buying these gummies online is not safe.", "en"),
    ("Comprarlo por internet no es seguro.", "es"),
    ("Acheter ce produit sur internet est dangereux.", "fr"),
    ("People should not take extra doses when the pain is bad.", "en"),
    ("Don't let them take more pills to get to sleep.", "en"),
])
def test_storing_or_buying_online_or_extra_doses_is_self_medication(sentence: str,
                                                                    lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The shop keeps its stock at room temperature in a locked room.", "en"),
    ("Children were kept away from the study site during the trial.", "en"),
])
def test_no_self_medication_in_a_description(sentence: str, lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


# ------------------------------------------------------------------ more illnesses that
# are no side effect: every item of a list a treatment eases, the illness during which it
# is given, the harm that says when to contact a service named without its number

@pytest.mark.parametrize(("sentence", "lang"), [
    ("It calms the body during withdrawal, so it can ease sweating, chills, a racing heart "
     "and stomach cramps.", "en"),
    ("The gel is meant to relieve itching, a burning feeling and dry skin.", "en"),
    ("For questions about poisoning, contact your regional poison centre.", "en"),
    ("Si tiene dudas sobre una intoxicación, llame al centro de toxicología.", "es"),
])
def test_no_side_effect_in_what_is_treated_or_when_to_call(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


def test_a_harm_listed_after_the_treatment_causes_stays() -> None:
    # the control: "can cause" is no treating word
    assert "side-effects" in kinds("It can cause sweating, chills, a racing heart and "
                                   "stomach cramps.")


# ------------------------------------------------------------------ side effects in words
# the lists lacked: skin reactions (stinging, redness, blisters, bruises), fainting, not
# being able to pass water, blurred eyes, the heart's rhythm changed, breathing made
# shallow, muscle pain, acts done half asleep and not remembered

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Most people feel stinging and redness where the patch was.", "en"),
    ("I blacked out for a second when I stood up.", "en"),
    ("I couldn't pee properly and my eyes went blurry.", "en"),
    ("This medicine can change the heart rhythm.", "en"),
    ("Together they can make breathing dangerously shallow.", "en"),
    ("Al día siguiente tenía ampollas y moretones en la piel.", "es"),
    ("Es normal sentir dolor muscular durante uno o dos días.", "es"),
    ("Me desmayé al levantarme.", "es"),
    ("Les bains peuvent faire baisser la tension et provoquer des malaises.", "fr"),
    ("Certaines personnes mangent la nuit sans s'en souvenir ensuite.", "fr"),
    ("J'ai eu des rougeurs et des brûlures sur la peau.", "fr"),
    ("Zusammen kann die Atmung gefährlich flach werden.", "de"),
    ("Es kann zu Rötungen und Blutergüssen kommen.", "de"),
])
def test_side_effects_in_everyday_words(sentence: str, lang: str) -> None:
    assert "side-effects" in kinds(sentence, lang)


def test_a_plant_named_stinging_is_no_side_effect() -> None:
    assert "side-effects" not in kinds("The tea blends stinging nettle with mint.")


def test_a_result_in_rabbits_is_no_side_effect() -> None:
    # "chez" sets a sentence in animals as "in" and "dans" do
    assert "side-effects" not in kinds(
        "Chez des lapins, l'extrait a fait baisser la tension.", "fr")


def test_medicines_that_affect_the_heart_rhythm_name_no_harm_of_this_one() -> None:
    assert "side-effects" not in kinds(
        "Doctors check anyone on medicines that affect heart rhythm before the first dose.")


# ------------------------------------------------------------------ supervision: telling
# the clinician every medicine taken or any condition; planning a taper with the doctor;
# a follow-up booked; a service that checks whether it suits the reader and follows up

@pytest.mark.parametrize(("sentence", "lang"), [
    # (session 11: the labelled sentence whole, a health state before the plan: the
    # clinician screens it, heldout11's supervision; the bare "Please plan it with a drug
    # service or your GP" is now self-medication only, label convention (a))
    ("Opioid withdrawal on your own can be risky if you have heart problems, epilepsy or "
     "are pregnant, so please plan it with a drug service or your GP.", "en"),
    ("Avec votre médecin, on peut réduire la dose par petites étapes.", "fr"),
    ("Book a review with your GP after a month to see whether it is helping.", "en"),
    ("Pida una cita de control con su médico al cabo de un mes.", "es"),
    ("Talk to your pharmacist, who can check whether it is suitable and follow you up.",
     "en"),
])
def test_telling_planning_and_following_up_with_a_clinician_is_supervision(
        sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("She told her doctor about the side effects at her next visit.", "en"),
    ("We will review the plan next year.", "en"),
])
def test_a_story_of_telling_or_a_plan_with_no_clinician_is_no_supervision(
        sentence: str, lang: str) -> None:
    assert "supervision" not in kinds(sentence, lang)


# ------------------------------------------------------------------ a prescription status
# changed ("moved off the prescription list", "ya no necesita receta"), and a cover or a
# supply only if prescribed ("n'est remboursée que si elle est prescrite")

@pytest.mark.parametrize(("sentence", "region"), [
    ("In Canada the spray has been moved off the prescription list.", "CA"),
    ("Since 2024 it no longer needs a prescription.", "GB"),
    ("Desde el año pasado ya no necesita receta.", "ES"),
    ("Il n'est plus soumis à prescription depuis 2023.", "FR"),
    ("Das Spray ist seit 2024 nicht mehr verschreibungspflichtig.", "DE"),
    ("La cure n'est remboursée par l'Assurance Maladie que si elle est prescrite.", "FR"),
    ("The sessions are only covered if they are prescribed by a doctor.", "AU"),
])
def test_a_changed_or_conditional_prescription_status_is_regulatory(tmp_path, sentence: str,
                                                                     region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


@pytest.mark.parametrize(("sentence", "region"), [
    ("Depuis 2022, il n'est plus remboursé qu'à 15 % par l'Assurance maladie.", "FR"),
    ("The health service pays for it with a prescription, so it costs me little.", "GB"),
])
def test_a_reimbursement_rate_is_no_prescription_status(tmp_path, sentence: str,
                                                        region: str) -> None:
    assert "regulatory" not in notices(tmp_path, sentence, region)


# ------------------------------------------------------------------ a harm denied by
# "zero" ("zéro dépendance"); a product for the skin not to be put on wounds or heated

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Best pill ever, zero dependence, I sleep like a baby.", "en"),
    ("C'est génial, zéro dépendance, je dors comme un bébé.", "fr"),
    ("Lo mejor que probé, cero dependencia.", "es"),
])
def test_a_harm_denied_by_zero_is_no_side_effect(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Do not apply the cream to broken or irritated skin.", "en"),
    ("Don't use a heating pad or a hot-water bottle over the patch.", "en"),
    ("No lo apliques sobre heridas ni sobre piel irritada.", "es"),
    ("No lo calientes con una bolsa de agua caliente.", "es"),
    ("N'appliquez pas le gel sur une plaie ou une peau irritée.", "fr"),
    ("Tragen Sie die Salbe nicht auf offene Wunden auf.", "de"),
])
def test_skin_products_not_on_wounds_or_heated_is_self_medication(sentence: str,
                                                                  lang: str) -> None:
    assert "self-medication" in kinds(sentence, lang)


# ------------------------------------------------------------------ "with medical
# follow-up" and "have it checked by your doctor" in every language

@pytest.mark.parametrize(("sentence", "lang"), [
    ("The dose should be raised slowly and always with medical follow-up.", "en"),
    ("La dosis debe subirse poco a poco y siempre con seguimiento médico.", "es"),
    ("La dose doit être augmentée lentement, avec un suivi médical régulier.", "fr"),
    ("Faites-les vérifier par votre médecin avant de prendre quoi que ce soit.", "fr"),
    ("Die Dosis wird langsam und mit ärztlicher Begleitung erhöht.", "de"),
])
def test_medical_follow_up_is_supervision(sentence: str, lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


# ------------------------------------------------------------------ more supply
# restrictions: a pharmacy-only medicine, a schedule named before "prescription-only",
# "sujeto a prescripción médica"; not authorised "chez l'enfant"

@pytest.mark.parametrize(("sentence", "region"), [
    ("It is only available from a pharmacist.", "GB"),
    ("In Australia it is a Schedule 4 prescription-only medicine.", "AU"),
    ("Es un medicamento sujeto a prescripción médica.", "ES"),
    ("En Francia solo se vende en farmacias.", "FR"),
    ("On ne le trouve qu'en pharmacie : il est vendu uniquement en pharmacie.", "FR"),
    ("Es ist nur in der Apotheke erhältlich.", "DE"),
    ("Ce médicament n'est pas autorisé chez l'enfant.", "FR"),
])
def test_more_supply_restrictions_are_regulatory(tmp_path, sentence: str, region: str) -> None:
    assert "regulatory" in notices(tmp_path, sentence, region)


def test_a_pharmacy_selling_it_is_no_restriction(tmp_path) -> None:
    assert "regulatory" not in notices(
        tmp_path, "You can buy it at most pharmacies and supermarkets.", "GB")


# ------------------------------------------------------------------ precision of the
# session's words: an alcohol order reported of others, "passed out leaflets", an
# illness's typical signs

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Researchers asked participants to avoid alcohol for a week before the scan.", "en"),
    ("Evitar el alcohol es una buena idea para todos.", "es"),
])
def test_an_alcohol_order_reported_or_praised_is_no_self_medication(sentence: str,
                                                                    lang: str) -> None:
    assert "self-medication" not in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("She passed out leaflets at the clinic.", "en"),
    ("Redness of the cheeks is a typical sign of rosacea.", "en"),
    ("Les rougeurs sont le premier signe de la rosacée.", "fr"),
    ("El enrojecimiento es el primer síntoma de la rosácea.", "es"),
    ("Rötungen der Haut sind ein typisches Zeichen der Rosazea.", "de"),
])
def test_no_side_effect_in_leaflets_or_an_illnesss_signs(sentence: str, lang: str) -> None:
    assert "side-effects" not in kinds(sentence, lang)


# ------------------------------------------------------------------ a treatment started by
# a specialist; waiting at the clinic; blood checks, a double dose, not for children and
# tiredness in German

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Treatment should be started by a specialist.", "en"),
    ("Debe iniciarlo un especialista.", "es"),
    ("Le traitement doit être instauré par un spécialiste.", "fr"),
    ("Die Behandlung sollte von einem Facharzt begonnen werden.", "de"),
    ("Permanezca en la sala de espera 30 minutos después de la inyección.", "es"),
    ("Während der Einnahme sind regelmäßige Blutkontrollen nötig.", "de"),
])
def test_a_specialist_start_or_a_wait_or_blood_checks_is_supervision(sentence: str,
                                                                      lang: str) -> None:
    assert "supervision" in kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("Nehmen Sie keine doppelte Dosis ein, wenn Sie eine Einnahme vergessen haben.", "de",
     "self-medication"),
    ("Nicht für Kinder unter 12 Jahren geeignet.", "de", "self-medication"),
    ("Das Mittel kann müde machen.", "de", "side-effects"),
])
def test_german_orders_and_tiredness(sentence: str, lang: str, kind: str) -> None:
    assert kind in kinds(sentence, lang)


def test_only_a_specialist_may_start_it_is_no_supervision(tmp_path) -> None:
    # heldout4's and train5's labels: who may prescribe is no one watching the patient
    assert "supervision" not in kinds("In Australia only a specialist dermatologist can "
                                      "start it.")


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Tell your doctor about all the other medicines you take, including herbal remedies.",
     "en"),
    ("Mention any such condition before the prescription is written.", "en"),
    ("Si tiene que operarse, avise de que toma este medicamento.", "es"),
    ("Informez votre médecin de tous les médicaments que vous prenez.", "fr"),
    ("Informieren Sie Ihren Arzt über alle anderen Arzneimittel, die Sie einnehmen.", "de"),
    ("Talk to your doctor first if you have asthma or a heart condition.", "en"),
    ("Consulte a su médico antes si tiene asma o problemas de corazón.", "es"),
])
def test_telling_the_clinician_or_asking_first_is_self_medication(sentence: str, lang: str) -> None:
    # supervision here until session 12
    # (session 12, convention (a'), tests/data/corpus/README.md "Session 12": asking a
    # professional first or telling them is self-medication only; see test_rules12.py)
    found = kinds(sentence, lang)
    assert "supervision" not in found
    assert "self-medication" in found
