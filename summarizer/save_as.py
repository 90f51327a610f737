"""Save-as takes the handout's own source snapshots along, so the copy is self-contained.

A handout keeps its sources in its folder (sources/, summarizer.sources.snapshot); a copy
that pointed back at the old folder would be refused by `check` (PROV-SOURCE-MISSING:
outside the copy's folder) and break when either folder moves. Sources in a library
folder stay where they are: the copy cites them by path, as the original did.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer import atomic
from summarizer.errors import SourceError

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument


@dataclass
class CopiedSources:
    """What save-as did with each source: carried into the new folder, or left cited
    where it is (a library folder, an absolute path)."""

    travelled: set[str] = field(default_factory=set)
    outside: list[str] = field(default_factory=list)


def copy_sources(hdoc: HandoutDocument, to_dir: Path) -> CopiedSources:
    """Copy every source file inside the handout's folder to the same relative place in
    `to_dir`; never over a different file (that source then stays cited where it is)."""
    done = CopiedSources()
    base = hdoc.base_dir.resolve()
    if base == to_dir.resolve():
        return done
    for ref in hdoc.handout.sources:
        try:
            resolved = hdoc.resolve_source_path(ref)
        except SourceError:
            continue  # not readable from here: the file keeps what it says
        if resolved is None:
            continue
        if Path(ref.path).is_absolute() or not resolved.is_relative_to(base):
            done.outside.append(ref.id)
            continue
        data = resolved.read_bytes()
        target = to_dir / ref.path
        if target.exists():
            if target.is_file() and not target.is_symlink() and target.read_bytes() == data:
                done.travelled.add(ref.id)
            continue
        atomic.write_bytes(target, data)
        done.travelled.add(ref.id)
    return done
