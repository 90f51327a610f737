"""A grade's band says the same thing the gate does: the target is "grade 8 or
below", so 8.3 is above it, but it is not "grades 9-10" (tester11 saw "Grade 8.3:
fairly hard (grades 9-10)")."""

from __future__ import annotations

import re

import pytest

from summarizer.model import HandoutMeta
from summarizer.readability import formulas as F


def _grades_named(band: str) -> list[int]:
    return [int(g) for g in re.findall(r"\d+", band)]


@pytest.mark.parametrize("grade", [6.0, 7.2, 8.0, 8.3, 8.84, 9.5, 10.0, 10.4, 12.0, 13.7])
def test_the_band_never_names_a_grade_range_the_grade_is_outside(grade: float) -> None:
    band = F.grade_band(grade)
    named = _grades_named(band)
    if "above" in band:
        assert grade > named[0], band
        if len(named) > 1:
            assert grade <= named[1], band
    elif "or below" in band:
        assert grade <= named[0], band
    else:
        raise AssertionError(f"band names no bound: {band}")


def test_the_band_agrees_with_the_gate_target() -> None:
    """Over the handout's target grade the band says so; at it, it is plain."""
    meta = HandoutMeta(id="x", title="x")
    target, ceiling = meta.target_grade, meta.max_grade
    assert "plain" in F.grade_band(target)
    assert "plain" not in F.grade_band(target + 0.3)
    assert str(int(ceiling)) in F.grade_band(ceiling)
