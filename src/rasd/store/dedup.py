"""Exact and near-duplicate documents.

Exact: the sha256 of the raw text. Near: MinHash (datasketch) over word 3-shingles of the folded
cleaned text, with locality-sensitive hashing in the database: the signature is cut into
``BANDS`` bands of ``ROWS`` values, each band hashed to one 64-bit key stored in ``doc_lsh``. A
document sharing a key with a stored one is a candidate; it is a near duplicate when the MinHash
estimate of their Jaccard similarity reaches the threshold. With 32 bands of 4 rows, a pair with
Jaccard 0.6 becomes a candidate with probability 0.99, one with Jaccard 0.3 with probability 0.23.
"""
from __future__ import annotations

import hashlib
import re
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


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Word k-shingles of the folded text (letters and digits only, lower case)."""
    words = _WORD.findall(fold(text).lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


@dataclass(frozen=True, slots=True)
class Signature:
    values: bytes  # NUM_PERM uint64, little endian

    def bands(self) -> list[int]:
        """One signed 64-bit key per band (the band number is hashed in)."""
        width = ROWS * 8
        keys = []
        for b in range(BANDS):
            digest = hashlib.blake2b(bytes([b]) + self.values[b * width:(b + 1) * width], digest_size=8)
            keys.append(int.from_bytes(digest.digest(), "little", signed=True))
        return keys

    def similarity(self, other: "Signature") -> float:
        import numpy as np
        a = np.frombuffer(self.values, dtype="<u8")
        b = np.frombuffer(other.values, dtype="<u8")
        return float(np.count_nonzero(a == b)) / len(a)


class MinHasher:
    """Builds MinHash signatures with datasketch (the permutations are made once).

    ``scheme`` names how the values were made; signatures of two schemes cannot be compared, so
    the store records it and refuses to mix them.
    """

    def __init__(self, num_perm: int = NUM_PERM, seed: int = SEED):
        try:
            import datasketch
            from datasketch import MinHash
        except ImportError:
            raise StoreError("near-duplicate detection needs datasketch: pip install 'rasd[store]'") from None
        try:
            self._template = MinHash(num_perm=num_perm, seed=seed, scheme="affine32")
            self.scheme = "affine32"
        except TypeError:  # datasketch < 2.0
            self._template = MinHash(num_perm=num_perm, seed=seed)
            self.scheme = "legacy"
        self.scheme += f"/{num_perm}/{seed}/w{SHINGLE}"
        self.version = getattr(datasketch, "__version__", "?")

    def signature(self, text: str) -> Signature | None:
        """The signature of a text, or None when it has too few shingles to judge."""
        sh = shingles(text)
        if len(sh) < MIN_SHINGLES:
            return None
        m = self._template.copy()
        m.update_batch(list(sh))
        return Signature(m.hashvalues.astype("<u8").tobytes())
