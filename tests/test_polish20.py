"""A new user's (nurse, clinic staff) findings, polish20: regions, language typos,
titles, registration notices, storage directions."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.handout_file import load_handout

ARTICLE = (
    "Ketamine and depression\n\n"
    "A randomized trial in 40 adults compared ketamine with saline infusions.\n"
)


# ---------------------------------------------------------------- 1. UK is GB


def test_canonical_region_takes_uk_as_gb() -> None:
    from summarizer.locale_codes import canonical_region

    assert canonical_region("UK") == "GB"
    assert canonical_region(" uk ") == "GB"
    assert canonical_region("gb") == "GB"
    assert canonical_region("es") == "ES"
    assert canonical_region("usa") is None
    assert canonical_region("XX") is None


def test_new_takes_region_uk_and_stores_gb(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(src), "--region", "UK"]) == 0
    assert load_handout(tmp_path / "h").handout.meta.region == "GB"


def test_a_bad_region_error_suggests_the_close_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(src), "--region", "usa"]) == 2
    assert "did you mean US?" in capsys.readouterr().err


def test_the_details_dialog_takes_uk_as_gb() -> None:
    from summarizer.editing import parse_meta

    parsed = parse_meta({"region": "uk", "title": "T", "locales": "en"}, "en")
    assert parsed["region"] == "GB"


def test_disclaimers_region_uk_is_gb(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from summarizer.commands import _sources
    from summarizer.sources import analyze

    seen: list[str] = []

    def fake(sources, region="", before=None):  # type: ignore[no-untyped-def]
        seen.append(region)
        return {}

    monkeypatch.setattr(analyze, "analyze_sources", fake)
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    _sources.load_and_analyze([str(src)], region="uk")
    assert seen == ["GB"]


def test_a_hand_edited_region_uk_is_refused_with_did_you_mean_gb(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(src), "--region", "GB"]) == 0
    toml = tmp_path / "h" / "handout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('region = "GB"', 'region = "UK"'),
                    encoding="utf-8")
    from summarizer.errors import HandoutError

    with pytest.raises(HandoutError, match="did you mean GB"):
        load_handout(tmp_path / "h")


# ---------------------------------------------------------------- 2. frr for fr


def test_near_language_names_the_shipped_code_a_rare_one_is_a_letter_from() -> None:
    from summarizer.locale_codes import near_language

    shipped = ["en", "es", "fr", "de"]
    assert near_language("frr", shipped) == "fr"
    assert near_language("fur", shipped) == "fr"
    assert near_language("frr-DE", shipped) == "fr"
    assert near_language("fr", shipped) is None  # itself
    assert near_language("es-US", shipped) is None  # a region of a shipped language
    assert near_language("he", shipped) is None  # two letters: a different language
    assert near_language("pt", shipped) is None


def _handout(tmp_path: Path) -> Path:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(src)]) == 0
    return tmp_path / "h"


def test_translations_init_frr_warns_it_is_north_frisian_and_still_adds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    h = _handout(tmp_path)
    capsys.readouterr()
    assert main(["translations", "init", str(h), "--locale", "frr"]) == 0
    err = capsys.readouterr().err
    assert "frr is Northern Frisian" in err and "did you mean fr?" in err
    assert "frr" in load_handout(h).handout.meta.locales  # valid codes are not refused


def test_translations_init_fr_says_nothing_of_the_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    h = _handout(tmp_path)
    capsys.readouterr()
    assert main(["translations", "init", str(h), "--locale", "fr"]) == 0
    assert "did you mean" not in capsys.readouterr().err


def test_new_locale_frr_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["new", str(tmp_path / "h"), "--sources", str(src),
                 "--locale", "en", "--locale", "frr"]) == 0
    assert "did you mean fr?" in capsys.readouterr().err


# ---------------------------------------------------------------- 3. the title's drug


def _filler(n: int, topic: str) -> str:
    return " ".join(f"Point {i} about {topic} is worth keeping in mind." for i in range(n))


def test_one_drug_of_several_named_late_in_a_long_article_is_not_its_title(
    tmp_path: Path,
) -> None:
    """An article about a season or a habit that names one listed drug in a few of its
    many sentences, well after its opening, is not about that drug."""
    text = ("Staying well in a cold snap\n\n"
            + _filler(30, "keeping warm") + "\n\n"
            "If you take metformin, keep eating regular meals. People on metformin who "
            "skip meals can feel unwell. Ask your pharmacist about metformin and fasting.\n\n"
            + _filler(10, "checking on neighbours"))
    from summarizer.handout_title import drug_title

    assert drug_title([text]) == ""
    src = tmp_path / "cold.txt"
    src.write_text(text, encoding="utf-8")
    assert main(["new", str(tmp_path / "cold-weather"), "--sources", str(src)]) == 0
    assert load_handout(tmp_path / "cold-weather").handout.meta.title == "Cold weather"


def test_a_drug_in_the_opening_sentence_still_titles_a_long_article() -> None:
    from summarizer.handout_title import drug_title

    text = ("Paracetamol for fever in adults\n\n" + _filler(40, "fever")
            + " Paracetamol can harm the liver in overdose.")
    assert drug_title([text]) == "Paracetamol"


def test_a_drug_named_often_still_titles_an_article_that_opens_without_it() -> None:
    from summarizer.handout_title import drug_title

    text = ("Your questions answered\n\n" + _filler(6, "asking")
            + " Metformin lowers blood sugar. Metformin can upset the stomach. Take "
              "metformin with food. Metformin is taken once or twice a day.")
    assert drug_title([text]) == "Metformin"


# ---------------------------------------------------------------- 4. registration is no study

REGISTRATIONS = [
    ("All our repellents are registered with INVIMA.", "en"),
    ("Our products appear in the national register of medicines.", "en"),
    ("Todos nuestros repelentes tienen registro sanitario INVIMA.", "es"),
    ("Este repelente tiene registro INVIMA vigente.", "es"),
    ("El número de registro sanitario aparece en la etiqueta.", "es"),
    ("El producto está inscrito en el registro de la AEMPS.", "es"),
    ("Tous nos répulsifs sont enregistrés auprès de l'ANSM.", "fr"),
    ("Ce produit est inscrit au registre des biocides de l'ANSES.", "fr"),
    ("Alle unsere Mückenschutzmittel sind bei der BAuA registriert.", "de"),
    ("Das Mittel ist im Register der BAuA eingetragen.", "de"),
]


@pytest.mark.parametrize(("sentence", "lang"), REGISTRATIONS)
def test_a_product_registration_is_not_tagged_as_a_study(sentence: str, lang: str) -> None:
    from evidence_helpers import alone

    assert alone(sentence, lang) == "opinion"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Un registro de 2.000 pacientes encontró menos caídas.", "es"),
    ("Un registre national de 5 000 patients a montré moins de chutes.", "fr"),
    ("Ein Register mit 3.000 Patienten zeigte weniger Stürze.", "de"),
    ("A registry of 2,000 patients found fewer falls.", "en"),
])
def test_a_registry_of_patients_is_still_observed(sentence: str, lang: str) -> None:
    from evidence_helpers import alone

    assert alone(sentence, lang) == "human-observational"
