"""Candidate claims on the real seeds and on articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.model import CandidateClaim
from summarizer.sources.analyze import analyze_sources
from summarizer.sources.claims import classify_evidence, flag_claim, is_call_to_action
from summarizer.sources.ids import make_source_id
from summarizer.sources.load import load_paths

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
FURNITURE = [
    "Ad Blocker Detected",
    "top of page",
    "bottom of page",
    "Comments",
    "3 min read",
    "Instagram",
    "Staff Writer",
    "Nov 19, 2024",
    "illustration of a photo",
    "Some links may be sponsored",
    "Last Updated on",
    "disabling your ad blocker",
    "Sources:",
    "Zhou, et al.",
]


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, list[CandidateClaim]]:
    loaded, errors = load_paths([seeds_dir])
    assert not errors
    taken: set[str] = set()
    by_id = {}
    prefix = {}
    for src in loaded:
        sid = make_source_id(src, taken)
        taken.add(sid)
        by_id[sid] = src
        prefix[sid] = Path(src.path).name[:3]
    return {prefix[sid]: a.claims for sid, a in analyze_sources(by_id).items()}


def _claim(claims: list[CandidateClaim], fragment: str) -> CandidateClaim:
    (c,) = [c for c in claims if fragment in c.quote]
    return c


def test_no_boilerplate_among_seed_claims(seeds: dict[str, list[CandidateClaim]]) -> None:
    assert set(seeds) == {"000", "001", "002", "003", "004"}
    for claims in seeds.values():
        assert claims
        for c in claims:
            for junk in FURNITURE:
                assert junk.lower() not in c.quote.lower(), (junk, c.quote)


def test_vanderbilt_lab_mice_result_is_animal(seeds: dict[str, list[CandidateClaim]]) -> None:
    c = _claim(seeds["001"], "That extended the antidepressant effects of ketamine in lab mice")
    assert c.evidence == "animal"
    assert any(cue.tag == "animal" and "lab mice" in cue.words for cue in c.cues)


def test_yale_saline_controlled_results_are_controlled_not_randomized(
    seeds: dict[str, list[CandidateClaim]],
) -> None:
    # a saline control group, and no word that says the halves were randomized
    found = _claim(seeds["003"], "The researchers found that the group receiving ketamine")
    split = _claim(seeds["003"], "saline infusions as a control group")
    for c in (found, split):
        assert c.evidence == "controlled-trial"
        assert "control group" in c.cues[0].words


def test_hype_flags_with_cue_words(seeds: dict[str, list[CandidateClaim]]) -> None:
    for seed, word in [
        ("001", "revolutionary"),
        ("000", "game-changer"),
        ("004", "groundbreaking"),
        ("002", "breakthrough"),
        ("000", "remarkable"),
    ]:
        hyped = [c for c in seeds[seed] if "hype" in c.flags]
        cue_words = {
            w.lower() for c in hyped for cue in c.cues if cue.tag == "hype" for w in cue.words
        }
        assert word in cue_words, (seed, word)


def test_questions_and_calls_to_action_are_not_claims(
    seeds: dict[str, list[CandidateClaim]],
) -> None:
    quotes = [c.quote for c in seeds["002"]]
    assert not any("what makes it so powerful" in q for q in quotes)
    assert not any(q.startswith(("Join us", "Continue to support")) for q in quotes)
    # safety statements are disclaimers, not claims
    assert not any("not FDA approved" in q or "self-medicate" in q for q in quotes)


def test_mechanism_and_opinion_on_seeds(seeds: dict[str, list[CandidateClaim]]) -> None:
    assert _claim(seeds["001"], "BCI blocks a protein called DUSP6").evidence == "lab-mechanism"
    assert _claim(seeds["000"], "could be a game-changer").evidence == "opinion"


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        (
            "In a randomized, double-blind trial, 40 adults received ketamine or a placebo.",
            "randomized-controlled",
        ),
        ("In rats, the drug restored synapses within a day.", "animal"),
        (
            "Researchers followed 300 patients at one clinic without a comparison group.",
            "human-observational",
        ),
        ("Ketamine blocks NMDA receptors and raises BDNF.", "lab-mechanism"),
        ("We hope this could be the start of something big.", "opinion"),
        # seed noise: people and a study noun, but nothing studied or found
        ("Scientists have always been curious about how the human brain works.", "opinion"),
        ("Continued research and patient monitoring will play a pivotal role.", "opinion"),
        # a comparison is a controlled trial's only inside a study
        ("When combined with psychotherapy, patients experience enhanced outcomes compared to"
         " those receiving psychotherapy alone.", "opinion"),
        ("Traditional treatments often take weeks to show results for patients.", "opinion"),
    ],
)
def test_evidence_kinds_in_other_phrasings(sentence: str, evidence: str) -> None:
    assert classify_evidence(sentence)[0] == evidence


# Written after the rules, never used to tune them: 10 of 12 were right before the
# rulebook learnt "randomly allocated", "dummy pill" and "comparison arm".
@pytest.mark.parametrize(
    ("sentence", "lang", "evidence"),
    [
        ("In an open-label pilot, 18 veterans received six weekly infusions and most reported"
         " fewer nightmares.", "en", "uncontrolled-trial"),
        ("Participants were randomly allocated to the drug or a dummy pill.", "en",
         "randomized-controlled"),
        ("A 2019 cohort study of 4,000 nurses found no link between the supplement and mood.",
         "en", "human-observational"),
        ("Doctors described a 61-year-old man who developed hallucinations after his third dose.",
         "en", "case-report"),
        ("The trial did not include a comparison arm, so the improvement may reflect"
         " expectation.", "en", "uncontrolled-trial"),
        ("In zebrafish larvae, the compound reduced anxiety-like swimming.", "en", "animal"),
        ("Brain organoids grown in the lab showed more synapses after exposure.", "en",
         "lab-mechanism"),
        ("We think everyone deserves access to this life-changing treatment.", "en", "opinion"),
        ("Patients who got the real drug did better than those given a sugar pill.", "en",
         "controlled-trial"),
        ("En un ensayo sin grupo placebo, 15 pacientes recibieron la terapia.", "es",
         "uncontrolled-trial"),
        ("Los investigadores asignaron al azar a 80 adultos a recibir el fármaco o un placebo.",
         "es", "randomized-controlled"),
        ("Una encuesta a 2.000 personas reveló que pocas conocían el tratamiento.", "es",
         "human-observational"),
    ],
)
def test_design_levels_on_held_out_phrasings(sentence: str, lang: str, evidence: str) -> None:
    assert classify_evidence(sentence, lang=lang)[0] == evidence


def test_paragraph_context_only_for_sentences_referring_back() -> None:
    ctx = ["Researchers gave the drug to mice for a week."]
    assert classify_evidence("The results lasted two months.", ctx)[0] == "animal"
    assert classify_evidence("The results lasted two months.", ctx)[1].tag == "animal (paragraph)"
    assert classify_evidence("Depression affects many families.", ctx)[0] == "opinion"


def test_absolute_and_hype_in_own_article() -> None:
    flags, cues = flag_claim(
        "This revolutionary therapy is a miracle cure that always works and is completely safe."
    )
    assert flags == ("hype", "absolute")
    assert set(cues[1].words) == {"cure", "always", "completely safe"}
    assert flag_claim("Relief came after several weeks for some adults.") == ((), ())


def test_calls_to_action() -> None:
    assert is_call_to_action("To book an appointment, call our clinic at (617) 555-0142.")
    assert is_call_to_action("Join us as we learn more.")
    assert not is_call_to_action("Calls to the line rose by 20% in 2023.")


def test_own_articles_claims(tmp_path: Path) -> None:
    loaded, _ = load_paths([FIXTURES])
    result = analyze_sources({make_source_id(s, set()) + str(i): s for i, s in enumerate(loaded)})
    claims = [c for a in result.values() for c in a.claims]
    assert not any("Share this article" in c.quote or "4 min read" in c.quote for c in claims)
    trial = [c for c in claims if "saline control group found" in c.quote]
    assert trial and trial[0].evidence == "randomized-controlled"
