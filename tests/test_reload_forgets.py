"""rulebook.reload() forgets every result computed from the word lists. Polish engineer,
session 6: after analysing the seeds and reloading, 15 caches in concepts, disclaimers,
regulators, evidence, boilerplate and analyze still held results read with the old lists
(a test's custom word file, or a clinic's edited one, was not seen by them)."""

from __future__ import annotations

import functools
import gc
from pathlib import Path

from conftest import SEEDS

from summarizer import rulebook
from summarizer.sources.analyze import analyze_sources
from summarizer.sources.load import load_paths

# Pure helpers whose answers do not depend on any word list.
# (month names come from Babel's CLDR tables, not from the rulebook)
PURE = {"summarizer.sources.language.guess_language", "summarizer.sources.dates.month_numbers"}
# The sources pipeline's caches; the gate's are keyed by the rulebook data they read
# (a reload makes new data objects), the rulebook's own by a string.
PIPELINE = ("summarizer.sources.", "summarizer.evidence.", "summarizer.learned.")


def _holding() -> set[str]:
    out = set()
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):
            name = f"{getattr(obj, '__module__', '')}.{obj.__qualname__}"
            if name.startswith(PIPELINE) and obj.cache_info().currsize:
                out.add(name)
    return out


def test_reload_leaves_no_result_of_the_old_lists() -> None:
    loaded, _ = load_paths([str(p) for p in sorted(Path(SEEDS).glob("*"))])
    analyze_sources({f"s{i}": s for i, s in enumerate(loaded)})
    assert len(_holding() - PURE) > 10  # the analysis filled them
    rulebook.reload()
    assert _holding() - PURE == set()
