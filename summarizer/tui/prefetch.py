"""The handout's sources, read while the editor starts: in a forked child, on the other
core, while this process imports Textual and paints the first screen.

Reading the sources and their cached analyses (summarizer.sources.analysis_cache) costs
the editor's process ~15 ms of its one interpreter lock after the first screen (the
code fingerprint alone hashes 1 MB of code and word lists); on a cold cache, the whole
analysis. With SUMMARIZER_PREFETCH=1 and an idle core (`use_prefetch`; off by default:
it measured no gain on the 2-core VM), `summarizer edit` forks a child for it just after
reading handout.toml, before Textual is imported (the process has one thread then, so
forking is safe); the
child sends back the sources, the stored form of their analyses and the errors as one
MessagePack message and exits. The editor's source worker takes that message after the
first screen (a blocking read off the UI thread); if the child failed, or the platform
cannot fork, the worker reads the sources itself (`read_sources`), as it always did.
Nothing here imports Textual. No Textual code runs in the child.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from summarizer.forked import Forked

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument
    from summarizer.model import LoadedSource

Loaded = tuple[dict[str, "LoadedSource"], dict[str, Any], dict[str, str]]


def read_sources(hdoc: HandoutDocument) -> Loaded:
    """Every registered source of `hdoc`, loaded and analysed (both from the user's
    cache when unchanged), and one line for each source that cannot be read."""
    from summarizer.errors import UserError
    from summarizer.sources.analysis_cache import analyze_sources_cached, load_source_cached

    sources: dict[str, LoadedSource] = {}
    errors: dict[str, str] = {}
    for ref in list(hdoc.handout.sources):
        try:  # resolving applies the library rule (summarizer.paths): may refuse
            path = hdoc.resolve_source_path(ref)
            if path is None:
                errors[ref.id] = "No file for this source (only its citation is kept)."
                continue
            sources[ref.id] = load_source_cached(path)
        except UserError as exc:
            errors[ref.id] = str(exc)
    analyses = analyze_sources_cached(sources, region=hdoc.handout.meta.region)
    return sources, analyses, errors


class Prefetch(Forked):
    """A forked child reading `hdoc`'s sources; `result()` collects them once."""

    @classmethod
    def start(cls, hdoc: HandoutDocument) -> Prefetch | None:
        """Fork the reader; None where forking is unsafe or fails (summarizer.forked).
        Call it before any thread is started."""
        forked = Forked.fork(lambda: _payload(hdoc))
        return cls(*forked) if forked is not None else None

    def result(self) -> Loaded | None:
        """Wait for the child (blocking: call it off the UI thread) and decode what it
        sent; None if it failed or was already collected."""
        data = self.read()
        if data is None:
            return None
        import msgspec

        from summarizer.sources import analysis_cache as ac

        try:
            sources, entries, errors = _decoder().decode(data)
            return sources, ac.from_entries(sources, entries), errors
        except (msgspec.DecodeError, msgspec.ValidationError, KeyError):
            return None


def use_prefetch() -> bool:
    """Whether `summarizer edit` forks the reader: only when SUMMARIZER_PREFETCH=1 and a
    core is idle (load average of the last minute + 1 <= CPUs). Measured on the shared
    2-core VM (benchmarks/startup.py's runs, 13 interleaved, load 1.2): sources usable
    1.63x a bare app with the child against 1.56x without, 362 ms CPU in all against
    325 ms (the child imports, fingerprints and encodes what the editor then decodes);
    at load 7.5, 1234 ms against 1095 ms. So it is off until a machine shows a gain."""
    if os.environ.get("SUMMARIZER_PREFETCH") != "1":
        return False
    try:
        return os.getloadavg()[0] + 1 <= (os.cpu_count() or 1)
    except OSError:
        return False


def _decoder() -> Any:
    import msgspec

    from summarizer.model import LoadedSource
    from summarizer.sources.analysis_cache import Entry

    return msgspec.msgpack.Decoder(
        tuple[dict[str, LoadedSource], dict[str, Entry], dict[str, str]])


def _payload(hdoc: HandoutDocument) -> bytes:
    """In the child: the sources, the stored form of their analyses and the errors, as
    one MessagePack message (a failure here sends nothing: the parent reads them)."""
    # nothing of the child reaches the editor's screen (a library warning, logging's
    # last-resort handler, a C library's message): its output goes nowhere
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    import gc

    gc.enable()  # the parent paused the collector for its start-up; a cold
    # analysis here makes real garbage
    import msgspec

    from summarizer.sources.analysis_cache import to_entries

    sources, analyses, errors = read_sources(hdoc)
    return msgspec.msgpack.encode((sources, to_entries(analyses), errors))
