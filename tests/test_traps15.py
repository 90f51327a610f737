"""Session 13 (traps15): crisis-line precision and contacts on real sentences of the
released folders, read from their files by path.

- Convention (d): a paragraph whose only lines are emergency numbers is no crisis-line
  notice, whatever else it names ("in danger right now", "struggling to breathe", "the
  national emergency hotline").
- A line's own word ("helpline", "hotline") names no crisis: an information helpline, a
  pharmacy's or a shop's hotline and a poisons line are no crisis lines.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.sources.disclaimers import find_disclaimers
from summarizer.sources.segment import segment_full

DATA = Path(__file__).parent / "data"


def line_of(path: str, needle: str) -> str:
    """The line of a released article holding `needle`, its markup dropped."""
    text = (DATA / path).read_text(encoding="utf-8")
    (line,) = [ln for ln in text.splitlines() if needle in ln]
    line = re.sub(r"<[^>]+>", "", line).replace("&middot;", "·").replace("&amp;", "&")
    return line.strip()


def crisis_notices(text: str, region: str) -> list:
    seg = segment_full(text, "txt")
    found, _ = find_disclaimers("s", text, seg.sentences, seg.block_of, region)
    return [d for d in found if d.kind == "crisis-line"]


@pytest.mark.parametrize(("path", "needle", "region"), [
    ("heldout15/en-gallstone-rats-press-release.html", "national emergency hotline", "PH"),
    ("train16/en-vaginal-steaming-studio.html", "in danger right now", "AU"),
    ("train19/en-sublingual-allergy-drops-online-shop.html", "thunderstorm asthma", "AU"),
    ("train21/en-older-adults-many-medicines-gp-blog.txt", "cannot be woken", "US"),
])
def test_a_paragraph_whose_only_line_is_an_emergency_number_is_no_crisis_line(
        path: str, needle: str, region: str) -> None:
    text = line_of(path, needle)
    assert crisis_notices(text, region) == [], text


@pytest.mark.parametrize(("path", "needle", "region"), [
    ("train17/en-memory-supplement-dementia-shop.html", "Alzheimer's Association helpline",
     "US"),
    ("heldout14/en-betahistine-meniere-qa.txt", "runs a helpline for information", "GB"),
    ("train10/en-sick-day-rules-kidney-leaflet.html", "Kidney Health Network SA helpline",
     "AU"),
    ("heldout14/en-smell-training-newsletter.html", "Pharmacy hotline", "SG"),
    ("train9/de-mometason-heuschnupfen-apotheke.html", "Bestell-Hotline", "DE"),
    ("heldout14/en-otc-hearing-aids-news.txt", "National Battery Ingestion Hotline", "US"),
    ("train17/en-care-home-falls-sleep-newsletter.html", "For dementia information", "IE"),
])
def test_a_helpline_that_names_no_crisis_is_no_crisis_line(
        path: str, needle: str, region: str) -> None:
    text = line_of(path, needle)
    assert crisis_notices(text, region) == [], text


@pytest.mark.parametrize(("text", "region", "number"), [
    # a crisis named in other words than the line's keeps an unlisted helpline
    ("If you are thinking about suicide, the Riverbend helpline is open on "
     "1-800-555-0199 day and night.", "US", "+18005550199"),
    # an emergency number beside a crisis line still leaves the line's notice
    ("If you are thinking about suicide, call Samaritans on 116 123, or 999 if your life "
     "is in danger.", "GB", "116123"),
])
def test_a_crisis_line_is_still_found(text: str, region: str, number: str) -> None:
    numbers = {c.number for d in crisis_notices(text, region) for c in d.contacts
               if c.role == "crisis"}
    assert number in numbers


def test_a_poisons_line_offered_after_a_crisis_line_is_no_crisis_line() -> None:
    """"And if a child … has swallowed …, call Poison Help at …" opens by offering one
    more line right after a crisis line's paragraph: still a poisons service."""
    path = "train16/en-myo-inositol-ovulation-forum.txt"
    text = (line_of(path, "text HOME to 741741") + "\n\n"
            + line_of(path, "supplement gummies, call Poison Help"))
    numbers = {c.number for d in crisis_notices(text, "US") for c in d.contacts
               if c.role == "crisis"}
    assert numbers == {"741741"}


def _honesty():  # type: ignore[no-untyped-def]
    import importlib.util
    import sys

    name = "honesty_traps15"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, Path(__file__).resolve().parents[1] / "benchmarks" / "honesty.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _article(labels: dict, *contacts: tuple[str, str]):  # type: ignore[no-untyped-def]
    from summarizer.model import CandidateDisclaimer, Contact, Span

    notice = CandidateDisclaimer("a", "crisis-line", Span(0, 1), "x", contacts=tuple(
        Contact(number, number, ("text",), "crisis", "", (), "GB", extra)
        for number, extra in contacts))
    h = _honesty()
    return h.Article("a", Path("a.txt"), labels, "x", [notice])


def test_contacts_are_counted_once_per_number_as_convention_b_says() -> None:
    """heldout15's peppermint Q&A labels Shout as { number = "85258" }; the tool reads
    "text SHOUT to 85258" with its keyword: one contact, the same number."""
    h = _honesty()
    path = "heldout15/en-peppermint-oil-ibs-qa.txt"
    assert "SHOUT to 85258" in (DATA / path).read_text(encoding="utf-8")
    plain = {"contacts": [{"number": "116123"}, {"number": "85258"}]}
    got = _article(plain, ("116123", ""), ("85258", "text SHOUT"))
    assert h.contact_problems([got]) == []
    # a number missing or given too many times is still a problem
    assert h.contact_problems([_article(plain, ("85258", "text SHOUT"))])
    # a keyword the label gives must be the one given
    keyed = {"contacts": [{"number": "85258", "extra": "text SHOUT"}]}
    assert h.contact_problems([_article(keyed, ("85258", "text SHOUT"))]) == []
    assert h.contact_problems([_article(keyed, ("85258", "text HELLO"))])


def test_a_crisis_line_of_a_region_the_rulebook_lacks_is_shown_as_written() -> None:
    """heldout15's press release is from the Philippines, a region regions.toml does not
    list. A Philippine crisis line's short number must still be found and shown, in the
    article's region, as written; in a region whose lines the rulebook lists, an unknown
    short number is not guessed to be one, and no year or count is read as a number."""
    path = "heldout15/en-gallstone-rats-press-release.html"
    assert "Philippines" in (DATA / path).read_text(encoding="utf-8")
    from summarizer.rulebook import regions

    assert not regions().crisis_numbers("PH")
    line = ("If you are having thoughts of suicide, call the crisis hotline at 1553 or "
            "0917 899 8727, any time.")
    got = {(c.number, c.region, c.role) for d in crisis_notices(line, "PH")
           for c in d.contacts}
    assert {("1553", "PH", "crisis"), ("+639178998727", "PH", "crisis")} <= got
    assert not {c.number for d in crisis_notices(line, "US") for c in d.contacts} & {"1553"}
    story = "In 2019, 1553 people with suicidal thoughts called the line."
    assert crisis_notices(story, "PH") == []


# ------------------------------------------------ site legends, prices, disclosures
def _label(path: str) -> dict:
    import tomllib

    return tomllib.loads((DATA / path).read_text(encoding="utf-8"))


def _labelled(path: str, key: str, opening: str) -> tuple[str, str]:
    """(sentence, lang) of a label file's `key` list, found by its opening words."""
    labels = _label(path)
    (text,) = [s if isinstance(s, str) else s["text"] for s in labels[key]
               if (s if isinstance(s, str) else s["text"]).startswith(opening)]
    return text, str(labels.get("lang", "en"))


def _claim_like_parts(text: str, lang: str) -> list[str]:
    from summarizer.sources.claims import is_claim_like

    seg = segment_full(text, "txt")
    return [s.text for s in seg.sentences if is_claim_like(s, lang)]


@pytest.mark.parametrize(("path", "opening"), [
    # prices
    ("heldout14/en-snoring-splint-clinic.toml", "Assessment €95."),
    ("heldout15/en-fatty-liver-scan-clinic.toml", "FibroScan and consultation"),
    ("heldout15/es-sibo-enzimas-clinica.toml", "Test de aire espirado"),
    ("train18/es-sedacion-dental-clinica.toml", "Sedación con óxido nitroso"),
    ("train21/en-typhoid-rabies-travel-vaccine-clinic.toml", "Consultation $95"),
    # a site's or forum's legend
    ("heldout15/en-ibs-hypnotherapy-app-forum.toml", "Posts reflect the views"),
    ("heldout15/es-test-celiaquia-casero-foro.toml", "Los mensajes expresan"),
    ("heldout15/fr-charbon-ballonnements-forum.toml", "Les messages n'engagent"),
    ("heldout15/en-peppermint-oil-ibs-qa.toml", "AskThePharmacist.co.uk is run by"),
    ("heldout14/en-tinnitus-supplement-forum.toml", "RingingEars.ca is a peer-support"),
    ("train15/en-glucose-monitor-non-diabetic-shop.toml", "Reviews are from verified"),
    ("train15/fr-hormones-thyroidiennes-magistrales-pharmacie.toml", "Les avis reflètent"),
    ("train17/en-mistletoe-injections-chemo-clinic.toml", "Patient stories are"),
    ("train17/es-entrenamiento-cerebral-memoria-clinica.toml", "Los testimonios reflejan"),
    ("train18/en-gastric-balloon-forum.toml", "Lighter Together AU"),
    ("train20/en-asthma-preventer-inhaler-forum.toml", "Please read our community"),
    ("train21/en-fever-medicines-toddler-parents-forum.toml", "Medicines information on"),
    ("train21/fr-antibiotiques-arret-precoce-forum.toml", "Ce fil est suivi par"),
    # who paid, who owns what
    ("heldout15/en-gallstone-rats-press-release.toml", "Two of the authors"),
    ("heldout15/en-h-pylori-home-test-news.toml", "This story was produced"),
    ("train21/en-flu-nasal-spray-ferrets-press-release.toml", "Dr. Mehrotra holds"),
    ("train21/en-flu-nasal-spray-ferrets-press-release.toml", "Saptarishi Biolabs is"),
    # where and when it is sold, who pays
    ("train19/en-fungal-nail-laser-press-release.toml", "LumaNail 1064 will be available"),
    ("train19/en-peanut-oral-immunotherapy-clinic.toml", "Initial consultation €220"),
    ("train18/en-knee-replacement-rehab-clinic.toml", "Prehab assessment"),
    ("train18/en-wound-spray-rats-press-release.toml", "The work was funded"),
    # a newsdesk's address, a statutory formula (convention (c))
    ("train17/en-scalp-cooling-chemo-news.toml", "Got a story?"),
    ("train19/en-psoriasis-biologic-herbal-cream-news.toml", "Have a tip?"),
    ("heldout15/en-milk-thistle-liver-shop.toml", "Always read the label"),
    ("heldout15/de-flohsamen-verstopfung-apotheke.toml", "Zu Risiken und Nebenwirkungen"),
])
def test_a_legend_a_price_or_a_disclosure_is_no_claim(path: str, opening: str) -> None:
    text, lang = _labelled(path, "not_claims", opening)
    assert _claim_like_parts(text, lang) == []


@pytest.mark.parametrize(("path", "opening"), [
    ("train18/en-gastric-balloon-forum.toml", "Worst $4k I ever spent"),
])
def test_a_labelled_claim_with_a_price_stays_a_claim(path: str, opening: str) -> None:
    text, lang = _labelled(path, "claims", opening)
    assert _claim_like_parts(text, lang)


@pytest.mark.parametrize(("path", "needle", "region", "number"), [
    # national lines the rulebook now lists, given under a heading with no crisis word
    ("heldout14/en-sinus-rinse-shop.html", "Beyond Blue: 1300", "AU", "+611300224636"),
    ("heldout14/en-sinus-rinse-shop.html", "13YARN, run by", "AU", "139276"),
    ("heldout14/en-ear-candling-news.txt", "Youthline: 0800", "NZ", "+64800376633"),
    ("heldout14/es-drenajes-oido-ninos-noticia.txt", "Fundación ANAR en el", "ES",
     "+34900202010"),
])
def test_a_listed_national_line_is_a_crisis_line_without_a_crisis_word(
        path: str, needle: str, region: str, number: str) -> None:
    text = line_of(path, needle)
    numbers = {c.number for d in crisis_notices(text, region) for c in d.contacts
               if c.role == "crisis"}
    assert number in numbers, text


def test_an_information_helpline_offered_after_a_crisis_line_is_no_crisis_line() -> None:
    """heldout14's Ménière's Q&A: "The … Society also runs a helpline for information
    about the condition on …" after the crisis lines' paragraph."""
    path = "heldout14/en-betahistine-meniere-qa.txt"
    text = (line_of(path, "SHOUT to 85258") + "\n\n"
            + line_of(path, "runs a helpline for information"))
    numbers = {c.number for d in crisis_notices(text, "GB") for c in d.contacts
               if c.role == "crisis"}
    assert "+441306876883" not in numbers and "85258" in numbers


# ------------------------------------------------------------------------------ hype
@pytest.mark.parametrize(("path", "opening"), [
    ("heldout15/en-gallstone-rats-press-release.toml", '"This could be the end of'),
    ("heldout15/en-milk-thistle-liver-shop.toml", "LiverGuard is our strongest"),
    ("heldout15/es-test-celiaquia-casero-foro.toml", "A mí me pasó lo mismo"),
    ("heldout14/en-sinus-rinse-shop.toml", "Nose has never been clearer"),
    ("train16/en-testosterone-booster-pharmacist-qa.toml", "These boosters saved"),
    ("train18/en-wound-spray-rats-press-release.toml", '"We believe VranaHeal'),
    ("train21/en-fever-medicines-toddler-parents-forum.toml", "Honestly a lifesaver"),
    ("train21/es-candidiasis-vaginal-oral-farmacia.toml", "100 % recomendado"),
    ("train16/fr-clomifene-applis-fertilite-forum.toml", "C'est naturel, aucun risque"),
    ("heldout14/en-tinnitus-supplement-forum.toml", "The box says"),
    ("train19/en-fungal-nail-laser-press-release.toml", '"This changes everything'),
    # a German noun's capital after a sentence's end names nothing
    ("train15/de-zimt-blutzucker-apotheke.toml", "„Seit ich Zimt nehme"),
])
def test_hype_is_flagged(path: str, opening: str) -> None:
    from summarizer.sources.claims import flag_claim

    text, lang = _labelled(path, "hype", opening)
    assert "hype" in flag_claim(text, lang)[0]


@pytest.mark.parametrize(("path", "opening"), [
    # an illness passing by itself is no cure sold
    ("heldout14/de-mittelohr-zwiebel-apotheke.toml", "Die gute Nachricht"),
    ("heldout14/fr-mal-de-gorge-test-pharmacie.toml", "Bonne nouvelle"),
    # a cure nothing has been shown to bring, a pill that does not exist
    ("heldout14/en-tinnitus-supplement-forum.toml", "Just a reminder for anyone"),
    ("train7/es-insulina-glargina-foro.toml", "No existe ninguna insulina"),
    ("train11/es-quemagrasas-noticia.toml", '"No existe una pastilla'),
])
def test_an_illness_healing_by_itself_is_no_hype(path: str, opening: str) -> None:
    from summarizer.sources.claims import flag_claim

    text, lang = _labelled(path, "hype_free", opening)
    assert "hype" not in flag_claim(text, lang)[0]


# ------------------------------------------------------------- 'may' that is no hedge
@pytest.mark.parametrize(("path", "opening", "hedged"), [
    ("heldout15/en-fatty-liver-scan-clinic.toml", "You may be able to claim", False),
    ("heldout14/en-snoring-splint-clinic.toml", "You may be able to claim", False),
    ("train16/en-pelvic-floor-trainer-press-release.toml", "Some medical schemes may", False),
    # hedges beside them stay hedges
    ("heldout15/en-fatty-liver-scan-clinic.toml", "These are our own results", True),
    ("train16/en-pelvic-floor-trainer-press-release.toml", "Leaking urine together", True),
])
def test_money_one_may_get_back_is_no_hedge(path: str, opening: str, hedged: bool) -> None:
    from summarizer.evidence import hedge_words

    text, lang = _labelled(path, "hedges", opening)
    assert bool(hedge_words(text, lang)) is hedged


def test_the_gate_says_a_crisis_line_of_a_region_it_lacks_cannot_be_checked() -> None:
    """A Philippine handout (heldout15's region, not in regions.toml) giving the short
    number its source gave: the gate must not say the number does not work (it does not
    know), but that the rulebook lists no lines for the region; a US line still does not
    work there."""
    from conftest import EXAMPLE

    from summarizer.checks import check_handout
    from summarizer.handout_file import load_handout
    from summarizer.model import Contact

    doc = load_handout(EXAMPLE)
    doc.handout.meta.region = "PH"
    notice = doc.handout.disclaimers_of("crisis-line")[0]
    notice.contacts = [Contact("1553", "1553", ("call",), "crisis", "", (), "PH")]
    notice.text = "If you are thinking of suicide, call the crisis hotline at 1553."
    found = [f.message for f in check_handout(doc) if f.code.startswith("SAFETY")]
    about = [m for m in found if "1553" in m]
    assert about and all("cannot be checked" in m and "no crisis lines for PH" in m
                         for m in about), found
    assert not any("1553 is not a working" in m or "1553 does not work" in m for m in found)
    assert any("988 is not a working crisis number in PH" in m for m in found), found


def test_a_bare_text_number_offered_after_a_crisis_line_is_its_contact() -> None:
    """heldout15's South African newsletter: "… SADAG's Suicide Crisis Helpline is free on
    0800 567 567 … You can also SMS 31393 and a counsellor will call you back." """
    path = "heldout15/en-cranberry-dmannose-newsletter.html"
    text = line_of(path, "SMS 31393")
    numbers = {c.number for d in crisis_notices(text, "ZA") for c in d.contacts
               if c.role == "crisis"}
    assert {"+27800567567", "31393"} <= numbers, numbers
