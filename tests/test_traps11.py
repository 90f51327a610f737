"""Session 11, issue 8 traps: crisis contacts once per number (an emergency number or a
poisons line is no crisis contact, a line named where its number stands, a bare SMS
number) and page furniture or hype read right. Every sentence is written for this file
(en, es, fr, de), never an article's of the labelled folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.sources.analyze import analyze_source
from summarizer.sources.claims import flag_claim
from summarizer.sources.contacts import continues, find_contacts
from summarizer.sources.load import load_source


def crisis_numbers(tmp_path: Path, text: str, region: str) -> list[str]:
    """The crisis contacts (number, then extra) the pipeline gives for an article."""
    path = tmp_path / "article.txt"
    path.write_text("A note for readers\n\n" + text + "\n", encoding="utf-8")
    an = analyze_source("a", load_source(path), region=region)
    return [c.number + (f" {c.extra}" if c.extra else "")
            for d in an.disclaimers if d.kind == "crisis-line"
            for c in d.contacts if c.role == "crisis"]


@pytest.mark.parametrize(("sentence", "region"), [
    ("If a toddler has swallowed some of the liquid, ring the Poisons Information Helpline "
     "on 0861 555 777.", "ZA"),
    ("If your child got into the cleaning cupboard, call the poison centre on 01 809 2166 "
     "or 112 in an emergency.", "IE"),
    ("Si un niño se ha tragado el producto, llame al Servicio de Información Toxicológica, "
     "91 562 04 20.", "ES"),
    ("En cas d'intoxication, appelez le centre antipoison de Paris au 01 40 05 48 48.", "FR"),
    ("Bei einer Vergiftung erreichen Sie den Giftnotruf unter 030 19240.", "DE"),
    # an emergency named, no crisis: a clinic's own line
    ("For dental emergencies after hours, phone our practice on 04 555 0188.", "NZ"),
])
def test_poisons_line_or_emergency_line_is_no_crisis_line(sentence: str, region: str) -> None:
    assert [f.contact.number for f in find_contacts(sentence, region)
            if f.contact.role == "crisis"
            and f.contact.number not in ("112", "911", "999", "000")] == []


def test_a_crisis_named_beside_a_poisoning_keeps_its_line() -> None:
    sentence = ("If you took too many tablets because you want to end your life, "
                "the Samaritans helpline is on 0330 094 5717.")
    assert [f.contact.role for f in find_contacts(sentence, "GB")] == ["crisis"]


def test_too_much_offers_no_more_line() -> None:
    """"too much" is no "too" (also): the sentence offers no further crisis line."""
    assert not continues("If someone has had too much of the syrup, call 1-800-222-1222.")
    assert continues("You can reach them by text too: 741741.")


@pytest.mark.parametrize(("text", "region", "want"), [
    # a line named where its number stands, its own article lower case mid-sentence
    ("Wenn dir alles zu viel wird, hilft die Dargebotene Hand Tag und Nacht unter 143.",
     "CH", ["143"]),
    # Germany's child and youth line (the EU's 116 111) and its parents' line
    ("Jugendliche erreichen die Nummer gegen Kummer kostenlos unter 116 111.",
     "DE", ["116111"]),
    ("Wenn Sie als Mutter oder Vater in einer Krise sind, hilft das Elterntelefon unter "
     "0800 111 0 550.", "DE", ["+498001110550"]),
    # an SMS number right after a text word, no keyword to send
    ("If you are thinking about suicide, phone the SADAG helpline on 0800 567 567 or SMS "
     "31393 for a call back.", "ZA", ["+27800567567", "31393"]),
])
def test_lines_named_and_bare_sms_numbers(tmp_path: Path, text: str, region: str,
                                          want: list[str]) -> None:
    assert sorted(crisis_numbers(tmp_path, text, region)) == sorted(want)


def test_a_smoking_line_in_german_is_no_crisis_line() -> None:
    sentence = "Für Fragen zum Aufhören gibt es das Rauchfrei-Telefon unter 0800 8 31 31 31."
    assert [f.contact.role for f in find_contacts(sentence, "DE")] != ["crisis"]


# --- page furniture said in a sentence: never a claim ------------------------------------

def claim_quotes(tmp_path: Path, body: str) -> list[str]:
    """The claims the pipeline proposes for a plain-text article."""
    path = tmp_path / "article.txt"
    path.write_text(body + "\n", encoding="utf-8")
    return [c.quote for c in analyze_source("a", load_source(path)).claims]


_PROSE = ("Pelvic floor exercises help many women with a weak bladder after childbirth. "
          "A physiotherapist can check that the muscles are squeezed the right way.")


@pytest.mark.parametrize("furniture", [
    "Your earlier reply with a link to an online shop has been removed by the moderators.",
    "Thread locked by the moderation team after repeated advertising.",
    "Having problems viewing this newsletter? Read it in your web browser.",
    "TummyTalk.co.uk is an independent site run by two nurses and funded by readers.",
    "Our answers here are only general information and may not fit your own situation.",
    "Send me a message for my free seven-day smoothie plan, ladies.",
    "This week only: 15% off every pelvic trainer in our online shop.",
    "We accept all major cards, bank transfers and payments by phone.",
    "Got a story about your local surgery? Email the newsdesk any time.",
    "Congratulations, that is a huge milestone for anyone recovering from surgery.",
    "Here is what parents really need to know before the school term starts.",
    "El hilo ha sido cerrado por la moderación por publicidad repetida.",
    "Aceptamos tarjetas, transferencias y pagos contra reembolso en toda la península.",
    "Sujet verrouillé par la modération après plusieurs messages publicitaires.",
    "Rappel de la charte du forum : aucune vente entre membres, merci de votre compréhension.",
    "Schreibt mir gerne eine PN, dann schicke ich euch den Link zu meinem Shop.",
    "Dieses Thema wurde von der Moderation geschlossen, weil Werbung gepostet wurde.",
    "Sexual health clinic booking line: 028 9555 0143.",
])
def test_furniture_in_a_sentence_is_no_claim(tmp_path: Path, furniture: str) -> None:
    quotes = claim_quotes(tmp_path, f"{_PROSE}\n\n{furniture}\n\n{_PROSE}")
    assert not any(furniture[:40] in q for q in quotes)
    assert any("physiotherapist" in q for q in quotes)  # the article's own claims stay


def test_a_heading_run_into_its_byline_is_no_claim(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><article><h1>Bouillottes et douleurs de règles</h1>"
                    "<p>Par Hélène Marchand, sage-femme</p>"
                    f"<p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>",
                    encoding="utf-8")
    quotes = [c.quote for c in analyze_source("a", load_source(path)).claims]
    assert not any("Marchand" in q for q in quotes)


# --- a cure denied in a relative clause is no hype ---------------------------------------

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Doctors stress that there is no herbal tea that cures an underactive thyroid.", "en"),
    ("The authors add that no claim of a cure can be made from twelve mice.", "en"),
    ("El ministerio recuerda que no existe ninguna crema que cure la psoriasis para siempre.",
     "es"),
    ("Il n'existe aucune tisane qui « guérit » l'hypertension.", "fr"),
    ("Es gibt kein Nahrungsergänzungsmittel, das Arthrose heilt.", "de"),
])
def test_a_denied_cure_in_a_relative_clause_is_no_hype(sentence: str, lang: str) -> None:
    assert "hype" not in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("This herbal tea cures an underactive thyroid in three weeks.", "en"),
    ("There is no waiting list, and our drip cures fatigue for good.", "en"),
    ("Esta crema cura la psoriasis para siempre.", "es"),
])
def test_a_cure_sold_stays_hype(sentence: str, lang: str) -> None:
    assert "hype" in flag_claim(sentence, lang)[0]


# --- hype a seller says or a promise of no harm: flagged ---------------------------------

@pytest.mark.parametrize(("sentence", "lang"), [
    ("Several websites praise a \"liver reset\" powder that they call \"the end of bloating\".",
     "en"),
    ("Copper insoles are sold online as a \"natural painkiller\" for sore knees.", "en"),
    ("My celery juice plan clears eczema in a month with zero side effects.", "en"),
    ("The company says its patch is offering new hope to millions of people with gout.",
     "en"),
    ("Unas páginas web venden un té que, según dicen, \"limpia los riñones sin efectos "
     "secundarios\".", "es"),
    ("Certains sites internet vantent une huile qui « fait repousser les cheveux en un mois ».",
     "fr"),
    ("Ein Anbieter verspricht, seine Kapseln „stärken die Gelenke ohne Nebenwirkungen“.",
     "de"),
])
def test_seller_hype_and_harmless_promises_are_flagged(sentence: str, lang: str) -> None:
    assert "hype" in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In the trial, fewer people on the patch than on placebo reported side effects.", "en"),
    ("El ensayo terminó sin efectos secundarios graves en ninguno de los dos grupos.", "es"),
    ("One of the researchers described the result as \"a modest first step\".", "en"),
])
def test_findings_about_side_effects_are_no_hype(sentence: str, lang: str) -> None:
    assert "hype" not in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Shops push \"gut-healing\" broths that promise calmer bowels in a week with no side "
     "effects; none has been shown to work.", "en"),
    ("Some clinics sell \"vision-restoring\" drops that claim to cure glaucoma; eye "
     "specialists say no drop or pill can cure it.", "en"),
    ("Hay webs que venden un jarabe que promete dormir \"sin efectos secundarios\"; ninguno "
     "ha demostrado funcionar.", "es"),
])
def test_seller_hype_refuted_in_the_next_clause_is_no_hype(sentence: str, lang: str) -> None:
    assert "hype" not in flag_claim(sentence, lang)[0]


def test_a_refutation_beside_new_hype_keeps_the_hype() -> None:
    assert "hype" in flag_claim(
        "Doctors say no diet can cure diabetes, but our shake is a miracle.", "en")[0]


@pytest.mark.parametrize("page", [
    "<h1>Warm packs for period pain</h1><p>Bay Weekly · Health · By Ana Ruiz · 3 May 2026</p>",
    "<p>Report a post | Privacy | Terms</p><p>Family planning clinic booking line: "
    "028 9555 0177.</p>",
])
def test_a_line_run_into_a_strip_or_contact_line_is_no_claim(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><article>{page}<p>{_PROSE}</p></article></body></html>",
                    encoding="utf-8")
    quotes = [c.quote for c in analyze_source("a", load_source(path)).claims]
    assert not any("Ruiz" in q or "booking" in q for q in quotes)


# --- "may"/"puede"/"peut" granting permission is no hedge; "it's possible that" is one ----

@pytest.mark.parametrize(("sentence", "lang", "hedged"), [
    ("Se puede poner el mismo día que la vacuna del tétanos, en el otro brazo.", "es", False),
    ("Se pueden hacer gárgaras con agua tibia y sal varias veces al día.", "es", False),
    ("Votre enfant peut boire et manger normalement deux heures après le vaccin.", "fr", False),
    ("It's possible that the new patch will help some people sleep.", "en", True),
    ("Se puede producir una reacción en la piel durante los primeros días.", "es", True),
    ("Ce sirop peut provoquer une somnolence chez l'enfant.", "fr", True),
])
def test_permission_is_no_hedge(sentence: str, lang: str, hedged: bool) -> None:
    from summarizer.evidence import hedge_words

    assert bool(hedge_words(sentence, lang)) is hedged


def test_a_vanity_number_spelt_as_one_word() -> None:
    """"1 866 APPELLE (277-3553)": the letters run on as one word, the digits grouped."""
    found = find_contacts("Si vous avez des idées suicidaires, composez le 1 866 APPELLE "
                          "(277-3553), jour et nuit.", "CA")
    assert [f.contact.number for f in found] == ["+18662773553"]
    assert [f.contact.number for f in find_contacts(
        "Call 1-800-662-HELP (4357) for treatment referrals.", "US")] == ["+18006624357"]


@pytest.mark.parametrize("text", [
    "Thanks for the question, Mia; it is one of the most common creams we are asked about.",
    "Send us your question using the form at the bottom of this page.",
    "Answers are general information and cannot replace a visit to your own doctor.",
])
def test_a_reply_greeting_a_form_and_a_qa_legend_are_no_claims(text: str) -> None:
    from summarizer.model import Sentence, Span
    from summarizer.sources.claims import is_claim_like

    assert not is_claim_like(Sentence(Span(0, len(text)), text), "en")


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Una amiga me contó que en un blog decían que el ajo \"curaba\" la hipertensión.", "es"),
    ("La marca asegura en su envase que \"acaba con los resfriados en dos días\".", "es"),
    ("Sur un forum, on lisait que ce sirop « guérissait » l'asthme.", "fr"),
    ("In einem Video hieß es, der Tee „heilte“ die Migräne vollständig.", "de"),
])
def test_cure_in_another_tense_and_a_pack_selling_are_hype(sentence: str, lang: str) -> None:
    assert "hype" in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("\"This could be the beginning of the end of hay fever,\" the company's founder said.",
     "en"),
    ("The gel made the warts disappear completely in most of the rats, opening the door to "
     "a new era of skin care.", "en"),
    ("My physio said the magnet wrap worked like nothing else ever has, better than any pill.",
     "en"),
    ("Para mi madre esa pomada fue mano de santo contra los sabañones.", "es"),
    ("Selon le communiqué, cette crème ouvre la porte à une nouvelle ère contre les rides.",
     "fr"),
    ("Der Hersteller nennt das Serum einen Jungbrunnen für die Haut.", "de"),
])
def test_breakthrough_idioms_are_hype(sentence: str, lang: str) -> None:
    assert "hype" in flag_claim(sentence, lang)[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The rash usually disappears within a week once the cream is stopped.", "en"),
    ("The clinic opened its doors to new patients in March.", "en"),
])
def test_plain_sentences_near_those_idioms_are_no_hype(sentence: str, lang: str) -> None:
    assert "hype" not in flag_claim(sentence, lang)[0]


def test_a_quotation_named_as_a_claim_is_spoken_about() -> None:
    """'That "turns back the clock" line comes from …': the quoted words are the topic."""
    assert "hype" not in flag_claim('That "turns back the clock" line comes from an advert '
                                    "nobody has checked.", "en")[0]
    assert "hype" in flag_claim('The advert says the cream "turns back the clock" on your '
                                "skin.", "en")[0]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("\"Calling this a breakthrough cure would be premature,\" the lead author said.", "en"),
    ("Llamarlo una cura sería prematuro, advierte la investigadora.", "es"),
    ("Parler de guérison serait prématuré, selon l'équipe.", "fr"),
    ("Es eine Heilung zu nennen, wäre verfrüht, sagt die Forscherin.", "de"),
])
def test_a_name_judged_premature_is_no_hype(sentence: str, lang: str) -> None:
    assert "hype" not in flag_claim(sentence, lang)[0]
