"""Drug names: a combination is its parts, and a clinic adds names in its data folder.
Tester, session 6: drugs.toml filed plain "dextromethorphan" (a cough medicine) under
the combination dextromethorphan-bupropion and had no Italian "destrometorfano", so a
correct Italian translation was blocked ("the en text names bupropion,
dextromethorphan-bupropion"), and a clinic could not add a drug name without editing
the installed package."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import rulebook
from summarizer.errors import UserError
from summarizer.gate.faithfulness import translation_problems

SOURCE = "A tablet that combines dextromethorphan with bupropion eased depression in a trial."


def test_a_plain_ingredient_is_not_the_combination() -> None:
    assert set(rulebook.drugs().named("Dextromethorphan is in many cough syrups.")) == \
        {"dextromethorphan"}


def test_a_combination_brand_names_its_parts() -> None:
    assert set(rulebook.drugs().named("Auvelity is taken twice a day.")) == \
        {"dextromethorphan", "bupropion"}


def test_a_correct_italian_translation_names_the_same_drugs() -> None:
    italian = ("Una compressa che combina destrometorfano e bupropione ha alleviato la "
               "depressione in uno studio.")
    assert not [p for p in translation_problems(italian, "it", SOURCE, "en")
                if "names" in p.message]


def test_a_clinic_adds_a_drug_in_its_data_folder(user_rulebook: Path) -> None:
    text = "Exxua was approved for depression in 2023."
    assert "gepirone" not in rulebook.drugs().named(text)
    (user_rulebook / "drugs.toml").write_text(
        '[[drug]]\nname = "gepirone"\nforms = ["gepirone", "exxua"]\n\n'
        '[[drug]]\nname = "ketamine"\nforms = ["chetamina"]\n', encoding="utf-8")
    rulebook.reload()
    assert rulebook.drugs().named(text) == {"gepirone": "Exxua"}
    # a form added to a listed drug joins it; the package's forms stay
    assert set(rulebook.drugs().named("la chetamina e la ketamine")) == {"ketamine"}


@pytest.mark.parametrize("content", [
    '[[drug]]\nname = "x"\nforms = ["(unclosed"]\n',
    '[[drug]]\nname = "x"\nforms = "not a list"\n',
    '[[drug]]\nforms = ["nameless"]\n',
    "[[drug]\n",
])
def test_a_broken_drug_file_is_one_clear_error(user_rulebook: Path, content: str) -> None:
    path = user_rulebook / "drugs.toml"
    path.write_text(content, encoding="utf-8")
    rulebook.reload()
    with pytest.raises(UserError) as err:
        rulebook.drugs()
    assert str(path) in str(err.value) or path.name in str(err.value)
