"""Plain-language coaching: complex words by frequency, acronyms, notes, actionability."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.readability import Analyzer
from summarizer.readability.notes import natural_frequency

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ketamine-depression"
MEASURED = "Patients should ask their physician about SSRI doses. Nearly 70% of patients improved."


def hard(text: str, lang: str = "en") -> dict[str, str]:
    r = Analyzer(lang).analyze(text)
    return {h.word: h.reason for s in r.sentences for h in s.hard_words}


def notes(text: str, lang: str = "en", kind: str | None = None) -> list:
    r = Analyzer(lang).analyze(text)
    return [n for n in r.notes if kind is None or n.kind == kind]


def test_the_measured_example_flags_the_acronym_the_third_person_and_the_percentage() -> None:
    found = hard(MEASURED)
    assert found["SSRI"] == "acronym"
    person = notes(MEASURED, kind="person-centred")
    assert len(person) == 1
    assert MEASURED[person[0].start:person[0].end].startswith("Patients should")
    assert person[0].suggestion == "You should ask your physician about SSRI doses."
    number = notes(MEASURED, kind="number-format")
    assert len(number) == 1
    assert MEASURED[number[0].start:number[0].end] == "Nearly 70% of"
    assert number[0].suggestion.lower() == "about 7 in 10"
    fixed = MEASURED[:number[0].start] + number[0].suggestion + MEASURED[number[0].end:]
    assert fixed.endswith("About 7 in 10 patients improved.")


def test_hard_word_reasons_include_uncommon_and_acronym() -> None:
    found = hard("The MAOI blocker caused dysgeusia and hyposmia in a few people.")
    assert found["MAOI"] == "acronym"
    assert found["dysgeusia"] == "uncommon" and found["hyposmia"] == "uncommon"


def test_long_but_common_english_words_are_no_longer_flagged() -> None:
    found = hard("Everything about this information is necessary for everybody in America, "
                 "especially the community.")
    assert found == {}
    assert "long word" not in hard(Path(REPO.parent / "shared" / "seeds" /
                                        "002_7f7951ef72781818.txt").read_text()).values()


def test_spanish_rare_words_outside_the_list_are_caught() -> None:
    found = hard("La disgeusia es frecuente, pero el tratamiento suele ayudar a la familia.", "es")
    assert found.get("disgeusia") == "uncommon"
    assert "tratamiento" not in found and "familia" not in found


@pytest.mark.parametrize(("lang", "text", "rare", "common"), [
    ("fr", "Le médecin parle de la dysgueusie avec la famille.", "dysgueusie", "famille"),
    ("de", "Der Arzt spricht mit der Familie über Dysgeusie draußen.", "Dysgeusie", "draußen"),
    ("pt", "O médico falou com a família sobre a disgeusia.", "disgeusia", "família"),
    ("it", "Il medico parla con la famiglia della disgeusia.", "disgeusia", "famiglia"),
    ("ru", "Врач говорил с семьёй о дисгевзии.", "дисгевзии", "Врач"),
    ("zh", "医生说氯胺酮可以缓解抑郁。", "氯胺酮", "医生"),
])
def test_uncommon_words_in_other_languages(lang: str, text: str, rare: str, common: str) -> None:
    found = hard(text, lang)
    assert found.get(rare) == "uncommon", found
    assert common not in found


def test_numbers_names_and_defined_words_are_not_hard() -> None:
    text = ("Dr. Krystal and Professor Zarate measured 250,000 cells in 2019. "
            "Esketamine (a nasal spray) is one choice. Esketamine works fast for Krystal.")
    found = hard(text)
    assert "250,000" not in found and "2019" not in found
    assert "Krystal" not in found and "Zarate" not in found
    assert "Esketamine" not in found  # a jargon term the text defines is not hard either
    before = "Arketamine works fast. Arketamine, a new drug, is one choice."
    assert hard(before).get("Arketamine") == "uncommon"  # used before it is defined: flagged
    r = Analyzer("en").analyze(before)
    assert [h.span.start for s in r.sentences for h in s.hard_words] == [0]


def test_acronyms_are_flagged_until_expanded_once() -> None:
    text = ("Ask about SSRIs. Selective serotonin reuptake inhibitors (SSRIs) treat depression. "
            "SSRIs take weeks. The FDA (Food and Drug Administration) checks them. The FDA is "
            "strict. Call the US line.")
    r = Analyzer("en").analyze(text)
    flagged = [(h.word, h.span.start) for s in r.sentences for h in s.hard_words
               if h.reason == "acronym"]
    assert flagged == [("SSRIs", text.index("SSRIs"))]


def test_plain_alternatives_still_come_from_the_jargon_lists() -> None:
    found = hard("The physician gave an intravenous infusion.")
    assert found["physician"] == "jargon" and found["intravenous"] == "jargon"


def test_natural_frequencies() -> None:
    assert natural_frequency(70) == ("7 in 10", True)
    assert natural_frequency(68)[0] == "7 in 10" and not natural_frequency(68)[1]
    assert natural_frequency(3) == ("3 in 100", True)
    assert natural_frequency(0.5) == ("5 in 1,000", True)


def test_number_format_relative_risk_and_spanish() -> None:
    rel = notes("The drug cut the risk of relapse by 50%. It works twice as fast.",
                kind="number-format")
    assert rel and rel[0].suggestion is None and "absolute" in rel[0].message
    es = notes("El 70 % de los pacientes mejoró.", "es", kind="number-format")
    assert es[0].suggestion == "7 de cada 10"
    es_person = notes("Los pacientes deben hablar con su médico.", "es", kind="person-centred")
    assert es_person[0].suggestion == "Usted debe hablar con su médico."


def test_long_paragraph_and_lexical_density_notes() -> None:
    para = " ".join(f"You can call us on day {i}." for i in range(8))
    long_p = notes(para + "\n\nShort one here.", kind="long-paragraph")
    assert len(long_p) == 1 and (long_p[0].start, long_p[0].end) == (0, len(para))
    dense = ("Ketamine administration necessitates continuous cardiovascular monitoring, "
             "psychiatric evaluation, dosage titration, adverse event documentation, "
             "treatment-resistant depression diagnosis confirmation, insurance authorization "
             "procedures, clinical outcome measurement, patient eligibility determination.")
    r = Analyzer("en").analyze(dense)
    assert r.lexical_density > 0.6
    assert [n.kind for n in r.notes if n.kind == "lexical-density"] == ["lexical-density"]
    plain = "You can ask your doctor if it is right for you. It may help you feel better soon."
    assert Analyzer("en").analyze(plain).lexical_density < 0.5


def test_json_documents_the_stable_kinds(tmp_path: Path, capsys) -> None:
    f = tmp_path / "m.txt"
    f.write_text(MEASURED, encoding="utf-8")
    assert main(["readability", str(f), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {n["kind"] for n in data["report"]["notes"]}
    assert {"person-centred", "number-format"} <= kinds
    reasons = {h["reason"] for s in data["report"]["sentences"] for h in s["hard_words"]}
    assert "acronym" in reasons
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for kind in ("person-centred", "number-format", "long-paragraph", "lexical-density",
                 "uncommon", "acronym", "actionability", "needs a person"):
        assert f"`{kind}`" in readme or f'"{kind}"' in readme, kind


def test_actionability_of_the_example_handout(capsys) -> None:
    for target in (EXAMPLE, EXAMPLE / "handout.toml"):
        assert main(["readability", str(target), "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        items = {i["id"]: i for i in data["actionability"]["items"]}
        assert {i["status"] for i in items.values()} <= {"met", "not met", "needs a person"}
        assert items["clear-action"]["status"] == "met"
        assert items["contacts"]["status"] == "met"
        assert items["questions-to-ask"]["status"] == "met"
        assert items["visual-aids"]["status"] == "needs a person"
        assert items["clear-action"]["pemat_item"] == 20


def test_actionability_not_met_without_actions(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "h"
    shutil.copytree(EXAMPLE, folder)
    toml = folder / "handout.toml"
    text = toml.read_text(encoding="utf-8")
    import tomlkit

    doc = tomlkit.parse(text)
    for c in doc["claims"]:
        c["text"] = "Patients should ask their physician about the drug."
        c["section"] = "benefits"
    for d in doc["disclaimers"]:
        d["text"] = "The drug is studied in trials."
        d["contacts"] = []
    toml.write_text(tomlkit.dumps(doc), encoding="utf-8")
    main(["readability", str(folder), "--json"])
    data = json.loads(capsys.readouterr().out)
    items = {i["id"]: i["status"] for i in data["actionability"]["items"]}
    assert items["addresses-reader"] == "not met"
    assert items["contacts"] == "not met"
    assert items["questions-to-ask"] == "not met"


def test_quantified_subjects_are_facts_not_advice() -> None:
    assert notes("Many people need to come back. Some patients can feel sick.",
                 kind="person-centred") == []
    assert notes("Muchas personas necesitan más dosis.", "es", kind="person-centred") == []


def test_a_handout_is_scored_in_a_language_of_its_catalogs(capsys) -> None:
    assert main(["readability", str(EXAMPLE), "--lang", "es", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["report"]["lang"] == "es"
    text = " ".join(s["text"] for s in data["report"]["sentences"])
    assert "ketamina" in text.lower() and "the " not in text
    assert {i["id"] for i in data["actionability"]["items"]} >= {"clear-action", "contacts"}
