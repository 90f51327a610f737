"""Session 10, issue 8 "recall without noise": text the loader dropped, side effects that
are not side effects, and page furniture proposed as claims. Every sentence here is
written for this file (en/es/fr/de), never a held-out article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.sources.analyze import analyze_source
from summarizer.sources.load import load_source
from summarizer.sources.page_notices import MARKER


def _page(tmp_path: Path, body: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(f"<!doctype html><html><head><title>T</title></head><body>{body}"
                    "</body></html>", encoding="utf-8")
    return path


_ARTICLE = ("<main><article><h1>Heat pads for back pain</h1>"
            + "".join(f"<p>{s}</p>" for s in (
                "Many people with back pain use a heat pad in the evening.",
                "A heat pad warms the muscles of the lower back for about twenty minutes.",
                "The pads come in several sizes and can be reused for a year.",
                "Some people prefer a warm bath, which works in much the same way.",
                "Physiotherapists often suggest gentle stretching as well.",
            )) + "</article></main>")
_ARTICULO = ("<main><article><h1>Almohadillas térmicas para el dolor de espalda</h1>"
             + "".join(f"<p>{s}</p>" for s in (
                 "Muchas personas con dolor de espalda usan una almohadilla por la noche.",
                 "La almohadilla calienta los músculos de la espalda durante veinte minutos.",
                 "Las almohadillas se venden en varios tamaños y duran un año.",
                 "Algunas personas prefieren un baño caliente, que funciona de la misma forma.",
                 "Los fisioterapeutas también suelen recomendar estiramientos suaves.",
             )) + "</article></main>")


# ----------------------------------------------------- 1. text the loader drops

@pytest.mark.parametrize("line", [
    # a regulator's reporting scheme, or a product legend, in a shop's footer
    "Report any problem with this device to the MHRA Yellow Card scheme.",
    "Side effects can be reported to the FDA's MedWatch programme.",
    "Este producto no está destinado a diagnosticar, tratar, curar ni prevenir "
    "ninguna enfermedad, según la COFEPRIS.",
    "These products are not intended to diagnose, treat, cure or prevent any disease.",
])
def test_a_footer_legend_or_a_regulators_line_is_kept_for_notices(
        tmp_path: Path, line: str) -> None:
    page = _page(tmp_path, _ARTICLE + f"<footer><p>Warmly Ltd, 4 Dock Road, Leeds.</p>"
                 f"<p>{line}</p></footer>")
    text = load_source(page).text
    outside = text.split(MARKER, 1)
    assert len(outside) == 2 and line in outside[1]
    assert "4 Dock Road" not in text  # an address is still left out


def test_every_readers_comment_is_kept_outside_the_article(tmp_path: Path) -> None:
    """A harm told in a reader's own words, which no rule knows, still reaches the
    notices' search (the model may read it); a comments heading does not."""
    comment = ("Après deux mois, j'avais des mouvements de la mâchoire que je ne "
               "maîtrisais plus.")
    body = _ARTICLE.replace("</main>", "") + (
        "<section class='comments' id='comments'><h2>2 commentaires</h2>"
        f"<div class='comment'><p>Lucie : {comment}</p></div></section></main>")
    text = load_source(_page(tmp_path, body)).text
    article, outside = text.split(MARKER, 1)
    assert comment in outside and comment not in article
    assert "2 commentaires" not in outside


@pytest.mark.parametrize(("comment", "lang"), [
    ("I got a pounding headache the first three nights, then it settled.", "en"),
    ("Please do not take it together with your sleeping pills, ask your doctor first.",
     "en"),
    ("A mí me dio muchas náuseas la primera semana y lo tuve que dejar.", "es"),
])
def test_a_readers_comment_is_searched_for_notices_never_for_claims(
        tmp_path: Path, comment: str, lang: str) -> None:
    body = (_ARTICULO if lang == "es" else _ARTICLE).replace("</main>", "") + (
        "<section class='comments' id='comments'><h2>3 comments</h2>"
        "<div class='comment'><p><b>ana_r</b> - Thanks, very useful.</p></div>"
        f"<div class='comment'><p><b>mark.t</b> - {comment}</p></div></section></main>")
    source = load_source(_page(tmp_path, body))
    assert comment in source.text.split(MARKER, 1)[-1]
    an = analyze_source("page", source)
    at = source.text.index(comment)
    assert any(d.span.start <= at < d.span.end for d in an.disclaimers), an.disclaimers
    assert not any(c.span.start <= at < c.span.end for c in an.claims)


# ------------------------------------- 2. the illness's own symptoms are no side effect

def _side_effect(sentence: str, lang: str) -> bool:
    from summarizer.sources.disclaimers import sentence_kinds

    return any(kind == "side-effects" for kind, _ in sentence_kinds(sentence, lang))


@pytest.mark.parametrize(("sentence", "lang"), [
    # the symptoms said to be the illness's, or said not to be the treatment's
    ("Stiff joints and aching in the morning are signs of the arthritis itself.", "en"),
    ("Sneezing, an itchy nose and watery eyes are part of hay fever, not side effects "
     "of the spray.", "en"),
    ("The tiredness and low mood you notice in winter are symptoms of the seasonal "
     "illness you are treating.", "en"),
    ("The dizziness you get when you stand up comes from the ear problem, not from "
     "the tablets.", "en"),
    ("La tos, la fiebre y el cansancio son síntomas de la propia gripe, no efectos "
     "de la vacuna.", "es"),
    ("El picor y el enrojecimiento de la piel son parte del eccema, no una reacción "
     "a la crema.", "es"),
    ("Les douleurs articulaires et la raideur du matin font partie de l'arthrose "
     "elle-même.", "fr"),
    ("La fatigue et les nausées sont des symptômes de la grossesse, pas des effets "
     "indésirables du traitement.", "fr"),
    ("Juckreiz und gerötete Haut sind typische Beschwerden der Neurodermitis, nicht "
     "vom Medikament.", "de"),
    ("Müdigkeit und Kopfschmerzen gehören zur Erkältung und sind keine Nebenwirkung "
     "der Tabletten.", "de"),
])
def test_the_illnesss_own_symptoms_are_no_side_effect(sentence: str, lang: str) -> None:
    assert not _side_effect(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a harm of the treatment said beside an illness's symptom stays a side effect
    ("Stiffness is part of the arthritis, but the tablets can cause stomach bleeding.",
     "en"),
    ("Headaches are a common side effect of the spray, not a sign of the illness.", "en"),
    ("La tos es parte de la gripe, pero la vacuna puede causar fiebre y dolor en el "
     "brazo.", "es"),
    ("La fatigue fait partie de la maladie, mais le traitement peut provoquer des "
     "nausées.", "fr"),
    ("Juckreiz gehört zur Neurodermitis, aber die Creme kann Hautbrennen verursachen.",
     "de"),
])
def test_a_treatments_harm_beside_the_illnesss_symptom_stays(sentence: str,
                                                              lang: str) -> None:
    assert _side_effect(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # side effects limited or reduced, and their examples with them
    ("Taking the tablet with food limits the side effects, such as heartburn.", "en"),
    # (a seller's name that starts like a softening verb: "CalmWave eases…")
    ("CalmWave eases the side effects people get from strong painkillers, such as "
     "stomach upset.", "en"),
    ("Our customers say the balm reduces the side effects they used to get from their "
     "old gel, like dry skin.", "en"),
    ("Tomarlo con comida limita los efectos secundarios que suele dar, como la acidez.",
     "es"),
    ("Le prendre au repas limite les effets indésirables que l'on ressent parfois, "
     "comme les brûlures d'estomac.", "fr"),
    ("Die Einnahme zum Essen begrenzt die Nebenwirkungen, die viele sonst spüren, wie "
     "Sodbrennen.", "de"),
    # side effects to report: where to report them, no harm stated (a regulatory line)
    ("You can report a suspected side effect to the medicines regulator online.", "en"),
    ("Puede notificar las sospechas de reacciones adversas al centro de "
     "farmacovigilancia.", "es"),
    ("Vous pouvez déclarer un effet indésirable sur le portail de signalement.", "fr"),
    ("Nebenwirkungen können online an die Arzneimittelbehörde gemeldet werden.", "de"),
])
def test_side_effects_limited_or_reported_are_none_stated(sentence: str, lang: str) -> None:
    assert not _side_effect(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The tablets can cause heartburn, so take them with food to limit it.", "en"),
    ("Report side effects such as a rash or a high fever to your doctor at once.", "en"),
    ("Avise a su médico si nota efectos secundarios como fiebre o manchas en la piel.",
     "es"),
])
def test_a_harm_named_beside_a_limit_or_a_report_stays(sentence: str, lang: str) -> None:
    assert _side_effect(sentence, lang)


# ----------------------------------------- 3. hype rejected, and page furniture

def _hype(sentence: str, lang: str) -> bool:
    from summarizer.sources.claims import flag_claim

    return "hype" in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    # a label the article (or its expert) rejects, a claim judged wrong after it
    ('Fans on social media call the patch a "miracle fix", a label most doctors reject.',
     "en"),
    ('Some sellers say the tea is "a revolutionary cure for stress", a claim experts '
     "dismiss.", "en"),
    ('The online reviews saying the drops "work wonders overnight" are simply wrong.', "en"),
    ("En las redes llaman a la crema «un milagro para la piel»; eso es falso.", "es"),
    ("Sur les forums, on présente ce sirop comme un remède miracle ; c'est faux.", "fr"),
    ("In Gruppen wird das Öl als Wundermittel gegen Angst gefeiert; das ist falsch.",
     "de"),
    # an impression conceded, then undercut
    ('"Twenty extra minutes of sleep sounds amazing, but it was only nine people," she '
     "said.", "en"),
    ("Suena increíble, pero el estudio solo duró dos semanas.", "es"),
    ("Ça semble miraculeux, mais l'essai ne comptait que douze personnes.", "fr"),
    # what the writer read or heard, not what the article says
    ("I did read online that the patch was a miracle cure, which is why I'm asking.", "en"),
    ("Half the internet told me it was a miracle, so I asked my doctor.", "en"),
    ("Leí en un foro que era una cura milagrosa, por eso pregunto.", "es"),
    ("J'ai lu sur internet que c'était un remède miracle, d'où ma question.", "fr"),
    ("Ich habe im Internet gelesen, dass es ein Wundermittel sei, deshalb frage ich.",
     "de"),
    ("Das klingt sensationell, aber die Studie hatte nur zehn Teilnehmer.", "de"),
])
def test_hype_reported_and_rejected_is_not_the_articles(sentence: str, lang: str) -> None:
    assert not _hype(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("This miracle patch melts stress away, and it is simply the best on the market.",
     "en"),
    ("Es un milagro para la piel, y nadie lo ha superado.", "es"),
    ("Ce sirop miracle calme l'angoisse en une nuit.", "fr"),
    ("Das Wundermittel wirkt sofort und ohne Nebenwirkungen.", "de"),
])
def test_hype_the_article_says_itself_is_flagged(sentence: str, lang: str) -> None:
    assert _hype(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # hearsay passed on without a doubt beside it is the writer's hype too
    ("I heard that this tea is a miracle cure for anxiety, with no risks at all.", "en"),
    ("On m'a dit que c'est un sirop miracle, sans aucun risque.", "fr"),
])
def test_hype_passed_on_without_doubt_is_flagged(sentence: str, lang: str) -> None:
    assert _hype(sentence, lang)


def _claim_like(sentence: str, lang: str) -> bool:
    from summarizer.model import Sentence, Span
    from summarizer.sources.claims import is_claim_like

    return is_claim_like(Sentence(Span(0, len(sentence)), sentence), lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # a reply's greeting or thanks, a newsletter's hello
    ("Thanks for your message, Tom, a lot of readers ask the same.", "en"),
    ("Hello from everyone at the Harbour Street pharmacy team,", "en"),
    ("Gracias por tu consulta, Marta, es una duda muy habitual.", "es"),
    ("Hola Julián, tu médica tiene razón en pedirte el análisis.", "es"),
    ("Bonjour Lina, votre médecin a bien fait de vous en parler.", "fr"),
    ("Merci pour votre question, elle revient souvent au comptoir.", "fr"),
    ("Hallo Jonas, Ihre Apothekerin hat völlig recht mit ihrem Hinweis.", "de"),
    ("Danke für Ihre Frage, die uns sehr oft gestellt wird.", "de"),
    # a forum's or a site's own rules and nature
    ("This forum does not replace a visit to your own doctor.", "en"),
    ("CalmTalk is a peer support community, not a medical service.", "en"),
    ("Este grupo no sustituye la consulta con un profesional de la salud.", "es"),
    ("Règles du groupe : les messages ne remplacent pas l'avis d'un médecin.", "fr"),
    ("Dieses Forum ersetzt keine ärztliche Beratung.", "de"),
    # a postal address
    ("Harbour Health Weekly, 14 Quay Road, Portsmouth, PO1 2AB.", "en"),
    ("Farmacia del Sol, Calle Mayor 12, 28013 Madrid.", "es"),
    ("Pharmacie des Alpes, 3 rue du Lac, 1204 Genève.", "fr"),
    # an advert's label
    ("Sponsored: Get our Deep Rest Tea, two boxes for the price of one!", "en"),
    ("Publicidad: prueba nuestras gomitas para dormir con un 20 % de descuento.", "es"),
    ("Anzeige: Jetzt unsere Schlaftropfen zum Sonderpreis bestellen.", "de"),
])
def test_forum_and_newsletter_furniture_is_no_claim(sentence: str, lang: str) -> None:
    assert not _claim_like(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In the trial, people who used the patch slept 20 minutes longer than with a sham.",
     "en"),
    ("El foro de pacientes publicó que el 40 % dejó el tratamiento por las náuseas.",
     "es"),
])
def test_a_finding_is_still_a_claim(sentence: str, lang: str) -> None:
    assert _claim_like(sentence, lang)


# ------------------------------------- 2b. harms said by their frame, not their word

@pytest.mark.parametrize(("sentence", "lang"), [
    # a harm reported with the treatment, whatever its name
    ("Liver inflammation has been reported in people taking the capsules.", "en"),
    ("Compulsive shopping has been described with this group of medicines.", "en"),
    ("Se han descrito casos de pancreatitis con este medicamento.", "es"),
    ("Des cas d'hépatite ont été signalés chez des patients traités par ce sirop.", "fr"),
    ("Unter der Einnahme wurden Fälle von Leberentzündung berichtet.", "de"),
    # rare but dangerous: a harm named by its weight
    ("Rare but serious: a sudden drop in white blood cells.", "en"),
    ("Poco frecuente, pero grave, es la inflamación del páncreas.", "es"),
    ("Rare mais grave : une chute brutale des globules blancs.", "fr"),
    ("Selten, aber gefährlich ist ein starker Abfall der weißen Blutkörperchen.", "de"),
    # a reader's own new harm since the treatment
    ("Now I have a shopping habit I never had before the tablets.", "en"),
    ("Ahora tengo unos tics que nunca había tenido antes de las gotas.", "es"),
    ("J'ai maintenant des tics que je n'avais jamais eus avant ce traitement.", "fr"),
    ("Jetzt habe ich eine Spielsucht, die ich vorher nie hatte.", "de"),
])
def test_a_harm_said_by_its_frame_is_a_side_effect(sentence: str, lang: str) -> None:
    from summarizer.sources.disclaimers import sentence_kinds

    assert any(kind == "side-effects"
               for kind, _ in sentence_kinds(sentence, lang, use_model=False))


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Better sleep has been reported in people taking the capsules.", "en"),
    ("I now sleep through the night, which I never managed before the patch, and it "
     "helped my mood.", "en"),
    ("Se han descrito mejoras del sueño con este medicamento.", "es"),
])
def test_a_benefit_in_the_same_frame_is_none(sentence: str, lang: str) -> None:
    assert not _side_effect(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # the symptom said to have lessened: what the treatment is for
    ("A survey of 200 users found that their headaches were less frequent after a month.",
     "en"),
    ("After ten years of daily back pain, I finally had a pain-free weekend.", "en"),
    ("En la encuesta, los dolores de cabeza fueron menos frecuentes al mes.", "es"),
    ("Dans l'enquête, les maux de tête étaient moins fréquents après un mois.", "fr"),
    ("In der Umfrage waren die Kopfschmerzen nach einem Monat seltener.", "de"),
    # a question asks, it states no harm
    ("Is the tingling in my hands caused by the tablets?", "en"),
    ("Lo que siento en las piernas, el hormigueo y los calambres, ¿puede ser por la "
     "crema?", "es"),
    ("Les vertiges que j'ai le matin, est-ce que ça peut venir du patch ?", "fr"),
    ("Kann der Schwindel am Morgen von den Tropfen kommen?", "de"),
    # what a medicine is used for, said with the verb at the end (German)
    ("Das Mittel wird bei Kopfschmerzen, Zahnschmerzen und hohem Fieber eingesetzt.",
     "de"),
    ("Die Tropfen werden gegen Übelkeit und Schwindel auf Reisen verwendet.", "de"),
])
def test_a_symptom_lessened_asked_about_or_treated_is_no_side_effect(
        sentence: str, lang: str) -> None:
    assert not _side_effect(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Headaches were more frequent in the first week on the tablets.", "en"),
    # a harm's rate compared between doses is still a harm
    ("Nausea was less common at the lower dose.", "en"),
    ("Las náuseas fueron más leves con la dosis baja.", "es"),
    ("Das Mittel wird bei Kopfschmerzen eingesetzt, kann aber Schwindel verursachen.",
     "de"),
])
def test_a_harm_beside_a_lessened_or_treated_symptom_stays(sentence: str, lang: str) -> None:
    assert _side_effect(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("After two months of taking it, I had terrible nausea every morning.", "en"),
    ("Tras dos meses de tomarla, tuve náuseas todas las mañanas.", "es"),
])
def test_months_on_the_treatment_then_a_harm_stays(sentence: str, lang: str) -> None:
    assert _side_effect(sentence, lang)
