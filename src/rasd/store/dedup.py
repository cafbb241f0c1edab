"""Exact and near-duplicate documents.

Exact: the sha256 of the raw text. Near: MinHash (datasketch) over word 3-shingles of the folded
cleaned text. Signatures are stored with their document (``doc_minhash``, in the document's
transaction); locality-sensitive hashing runs in memory: each signature is cut into ``BANDS`` bands
of ``ROWS`` values, each band hashed to one 64-bit key, and :class:`LshIndex` finds the stored
documents sharing a key (it is rebuilt from ``doc_minhash`` when an ingest starts — fast, and
always consistent with the committed documents). A candidate is a near duplicate when the MinHash
estimate of the Jaccard similarity reaches the threshold. With 32 bands of 4 rows, a pair with
Jaccard 0.6 becomes a candidate with probability 0.99, one with Jaccard 0.3 with probability 0.23.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter
from dataclasses import dataclass

from rasd.errors import StoreError
from rasd.text.normalize import fold

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 3
MIN_SHINGLES = 8  # shorter texts are only checked for exact copies
SEED = 1

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def content_hash(raw: str) -> str:
    return hashlib.sha256(raw.strip().encode("utf-8")).hexdigest()


# Shingle hashes are built from word hashes (crc32 of each word, once per word) combined with odd
# 64-bit multipliers, keeping the high 32 bits: the same shingle always gets the same hash, and
# datasketch's affine32 scheme mixes it again before permuting.
_MULT = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9)
_BAND_MULT = (0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x2545F4914F6CDD1D, 0x9E3779B97F4A7C15)


def _identity(x: int) -> int:
    return x


def band_keys(values: "object") -> "object":
    """Band keys of signatures: an (n, NUM_PERM) uint array → (n, BANDS) int64 array."""
    import numpy as np
    v = np.asarray(values, dtype=np.uint64).reshape(len(values), BANDS, ROWS)
    mult = np.array(_BAND_MULT[:ROWS], dtype=np.uint64)
    salt = np.arange(BANDS, dtype=np.uint64) * np.uint64(_MULT[0])
    keys = (v * mult).sum(axis=2, dtype=np.uint64) ^ salt
    return keys.view(np.int64)


@dataclass(frozen=True, slots=True)
class Signature:
    values: bytes  # NUM_PERM uint32, little endian

    def array(self) -> "object":
        import numpy as np
        return np.frombuffer(self.values, dtype="<u4")

    def bands(self) -> list[int]:
        """One signed 64-bit key per band."""
        return band_keys(self.array()[None, :])[0].tolist()

    def similarity(self, other: "Signature") -> float:
        import numpy as np
        a, b = self.array(), other.array()
        return float(np.count_nonzero(a == b)) / len(a)


class LshIndex:
    """Band keys → document numbers: a sorted array for what was loaded, a dict for what was added."""

    def __init__(self) -> None:
        import numpy as np
        self._np = np
        self._keys = np.empty(0, dtype=np.int64)
        self._nums = np.empty(0, dtype=np.int64)
        self._recent: dict[int, list[int]] = {}
        self.size = 0

    def load(self, rows: list[tuple[int, bytes]]) -> None:
        """Replace the index by the signatures given as (document number, signature bytes)."""
        np = self._np
        self._recent = {}
        self.size = len(rows)
        if not rows:
            self._keys = np.empty(0, dtype=np.int64)
            self._nums = np.empty(0, dtype=np.int64)
            return
        sigs = np.frombuffer(b"".join(r[1] for r in rows), dtype="<u4").reshape(len(rows), -1)
        flat = band_keys(sigs).ravel()
        order = np.argsort(flat, kind="stable")
        self._keys = flat[order]
        self._nums = np.repeat(np.array([r[0] for r in rows], dtype=np.int64), BANDS)[order]

    def add(self, num: int, sig: Signature, keys: list[int] | None = None) -> None:
        for k in keys if keys is not None else sig.bands():
            self._recent.setdefault(k, []).append(num)
        self.size += 1

    def candidates(self, sig: Signature, limit: int = 20, keys: list[int] | None = None) -> list[int]:
        """Documents sharing at least one band with ``sig``, most shared bands first."""
        np = self._np
        keys = keys if keys is not None else sig.bands()
        counts: Counter[int] = Counter()
        if len(self._keys):
            arr = np.array(keys, dtype=np.int64)
            lo = np.searchsorted(self._keys, arr, "left")
            hi = np.searchsorted(self._keys, arr, "right")
            for a, b in zip(lo.tolist(), hi.tolist()):
                if b > a:
                    counts.update(self._nums[a:b].tolist())
        for k in keys:
            hit = self._recent.get(k)
            if hit:
                counts.update(hit)
        return [n for n, _ in counts.most_common(limit)]


class MinHasher:
    """Builds MinHash signatures with datasketch (the permutations are made once).

    ``scheme`` names how the values were made; signatures of two schemes cannot be compared, so
    the store records it and refuses to mix them.
    """

    def __init__(self, num_perm: int = NUM_PERM, seed: int = SEED):
        try:
            import datasketch
            import numpy as np
            from datasketch import MinHash
        except ImportError:
            raise StoreError("near-duplicate detection needs datasketch: pip install 'rasd[store]'") from None
        try:
            self._template = MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity, scheme="affine32")
            self.scheme = "affine32"
        except TypeError:  # datasketch < 2.0
            self._template = MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity)
            self.scheme = "legacy"
        self.scheme += f"/{num_perm}/{seed}/w{SHINGLE}/crc32/u4"
        self.version = getattr(datasketch, "__version__", "?")
        self._np = np
        self._mult = [np.uint64(m) for m in _MULT[:SHINGLE]]
        self._words: dict[str, int] = {}

    def shingle_hashes(self, text: str, words: list[str] | None = None) -> "object":
        """The distinct 32-bit hashes of the word shingles of ``text`` (a numpy array); ``words``,
        when given, are its folded lower-case words already split."""
        np = self._np
        cache = self._words
        if len(cache) > 1_000_000:
            cache.clear()
        if words is None:
            words = _WORD.findall(fold(text).lower())
        hashes = [cache.get(w) for w in words]
        if None in hashes:
            for i, h in enumerate(hashes):
                if h is None:
                    w = words[i]
                    hashes[i] = cache[w] = zlib.crc32(w.encode("utf-8"))
        wh = np.array(hashes, dtype=np.uint64)
        n = len(wh) - SHINGLE + 1
        if n <= 0:
            return np.unique(wh.sum(dtype=np.uint64, keepdims=True) * self._mult[0] >> np.uint64(32)) if len(wh) else wh
        acc = np.zeros(n, dtype=np.uint64)
        for i, m in enumerate(self._mult):
            acc += wh[i:i + n] * m
        return np.unique(acc >> np.uint64(32))

    def signature(self, text: str, words: list[str] | None = None) -> Signature | None:
        """The signature of a text, or None when it has too few shingles to judge."""
        sh = self.shingle_hashes(text, words)
        if len(sh) < MIN_SHINGLES:
            return None
        m = self._template.copy()
        m.update_batch(sh.tolist())
        return Signature(m.hashvalues.astype("<u4").tobytes())
