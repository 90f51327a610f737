"""`summarizer new` without --title: a title a nurse educator would keep or edit.

The folder's name is often a short handle ("DXM", "ketamine-2025"): `str.capitalize`
turned "DXM" into "Dxm". An article's headline is no better default: it is the
article's framing ("Revolutionary Findings: …"), and the gate checks the title like
every printed string. So the default is the drug the sources are about, as they write
it, else the folder's name made readable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.handout_file import load_handout


def _new(tmp_path: Path, folder: str, *sources: Path, extra: tuple[str, ...] = ()) -> str:
    target = tmp_path / folder
    assert main(["new", str(target), "--sources", *map(str, sources), *extra]) == 0
    return load_handout(target).handout.meta.title


def _article(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_seed_articles_make_a_ketamine_handout(tmp_path: Path, seeds_dir: Path) -> None:
    assert _new(tmp_path, "Dxm", seeds_dir) == "Ketamine"


def test_a_spanish_handout_takes_the_drug_as_its_articles_write_it(tmp_path: Path) -> None:
    article = _article(tmp_path, "es.txt",
                       "La ketamina alivia la depresión en pocas horas. Un estudio con 40 "
                       "personas comparó la ketamina con un placebo. Los médicos vigilan "
                       "a cada paciente durante dos horas después de cada dosis de ketamina.")
    assert _new(tmp_path, "dxm", article, extra=("--locale", "es")) == "Ketamina"


def test_the_drug_most_articles_name_wins(tmp_path: Path) -> None:
    one = _article(tmp_path, "a.txt", "Dextromethorphan is sold in cough syrups. People "
                   "who take too much dextromethorphan may feel confused.")
    two = _article(tmp_path, "b.txt", "Doctors warn that dextromethorphan and bupropion "
                   "can interact. Ask before you combine them.")
    three = _article(tmp_path, "c.txt", "High doses of dextromethorphan cause hallucinations "
                     "in some teenagers, a survey found.")
    assert _new(tmp_path, "DXM", one, two, three) == "Dextromethorphan"


@pytest.mark.parametrize(("folder", "title"), [
    ("DXM", "DXM"), ("dxm", "Dxm"), ("sleep-hygiene_tips", "Sleep hygiene tips"),
    ("Sleep  and  you", "Sleep and you"), ("pain--relief", "Pain relief"),
])
def test_without_a_drug_the_folder_name_is_made_readable(tmp_path: Path, folder: str,
                                                         title: str) -> None:
    article = _article(tmp_path, "sleep.txt", "Going to bed at the same time each night "
                       "helps many people sleep. Screens before bed can keep you awake.")
    assert _new(tmp_path, folder, article) == title


def test_a_given_title_is_kept(tmp_path: Path, seeds_dir: Path) -> None:
    assert _new(tmp_path, "k", seeds_dir, extra=("--title", "Ketamine: what to know")) \
        == "Ketamine: what to know"


def test_new_says_which_title_it_chose(tmp_path: Path, seeds_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    _new(tmp_path, "dxm", seeds_dir)
    assert "title: Ketamine (change it with f2 in the editor, or --title)" in \
        capsys.readouterr().out


def test_a_drug_named_once_in_passing_is_not_the_title(tmp_path: Path) -> None:
    """Tester, session 8: an article about the supplement NAC (not in drugs.toml) says
    once that doctors give it for "paracetamol (acetaminophen) overdose"; the handout
    was titled "Acetaminophen", and the PDF printed that over a sheet about NAC. A drug
    named in one sentence of all the sources is an aside, not what they are about."""
    nac = _article(tmp_path, "nac.md",
                   "# NAC for hair-pulling\n\nN-acetylcysteine (NAC) is an amino acid "
                   "supplement. Doctors give it in hospital to treat paracetamol "
                   "(acetaminophen) overdose. In a small trial, NAC eased hair-pulling. NAC "
                   "may cause nausea. Talk to your doctor before you take NAC.")
    assert _new(tmp_path, "nac-handout", nac) == "Nac handout"
    clip = _article(tmp_path, "clip.txt", "A clip worn on the ear may ease anxiety, a small "
                    "trial found. It is not approved by the FDA.")
    assert _new(tmp_path, "two", nac, clip) == "Two"


def test_a_drug_named_in_two_sentences_of_one_article_still_titles_it(tmp_path: Path) -> None:
    article = _article(tmp_path, "mel.txt", "Melatonin may help some people sleep, a small "
                       "trial found. Melatonin is not approved by the FDA for insomnia.")
    assert _new(tmp_path, "sleep", article) == "Melatonin"
