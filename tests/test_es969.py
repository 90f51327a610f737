"""es969: the Spanish care act "(le|la|lo|les) + med…/mid…" meant the verb medir (a
professional measuring you: "le medirá la tensión"), but its prefix also read the nouns
"la medida", "la media", "la medicación", "la medicina" as a care act, so a doctor named
near them made the sentence supervision. Sentences of our own."""

from __future__ import annotations

import pytest
from rules_helpers import kinds


@pytest.mark.parametrize("sentence", [
    "Tu médico te dirá la medida de la dosis.",
    "Tome la medicación con agua, como le indicó su médico.",
    "Su médico conoce la medicina que usted toma cada día.",
    "El farmacéutico prepara la medicación para todo el mes.",
])
def test_nouns_after_article_are_no_measuring(sentence: str) -> None:
    assert "supervision" not in kinds(sentence, "es")


@pytest.mark.parametrize("sentence", [
    "La enfermera le medirá la tensión cada 15 minutos.",
    "El médico le mide el azúcar en cada consulta.",
    "La enfermera la midió antes de la primera dosis.",
    "Después de la inyección, la enfermera les medirán la temperatura.",
])
def test_measuring_the_patient_stays_supervision(sentence: str) -> None:
    assert "supervision" in kinds(sentence, "es")
