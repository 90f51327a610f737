"""French, Spanish and German quotation marks end and open sentences as English ones do.
Train engineer, session 6: a sentence opening with « or „ was not split from the one
before it, so a quoted notice in a French or German article merged into a long sentence
(and a claim's quote grew to both)."""

from __future__ import annotations

import pytest

from summarizer.sources.segment import segment


@pytest.mark.parametrize(("text", "expected"), [
    ("Il le dit. « Puis j'ai eu peur », raconte-t-elle. « Le matin, rien. »",
     ["Il le dit.", "« Puis j'ai eu peur », raconte-t-elle.", "« Le matin, rien. »"]),
    ("« C'est fini. » Puis il est parti.", ["« C'est fini. »", "Puis il est parti."]),
    ("Er sagte es. „Dann hatte ich Angst“, erzählt sie. „Morgens nichts.“ Dann ging er.",
     ["Er sagte es.", "„Dann hatte ich Angst“, erzählt sie.", "„Morgens nichts.“",
      "Dann ging er."]),
    ("Sie sagte: »Nie wieder.« Dann ging sie.", ["Sie sagte: »Nie wieder.«", "Dann ging sie."]),
    ("Lo dijo. «Luego tuve miedo», cuenta. «Por la mañana, nada.» Y se fue.",
     ["Lo dijo.", "«Luego tuve miedo», cuenta.", "«Por la mañana, nada.»", "Y se fue."]),
    ('He said it. "Then I was scared," she says. "Nothing in the morning."',
     ["He said it.", '"Then I was scared," she says.', '"Nothing in the morning."']),
])
def test_quoted_sentences_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(text, "txt")] == expected
