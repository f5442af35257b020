"""Whole-document duplicates: exact re-ingests and the same story from two outlets.

- ``content_hash``: sha256 of the normalised body (case, quotes, spaces), for exact
  re-ingest detection.
- near-duplicates: MinHash signatures over word 5-gram shingles of the body, banded
  for locality-sensitive lookup, and a pair is a duplicate when the estimated Jaccard
  similarity of the two shingle sets is at least ``JACCARD_THRESHOLD``. The earliest
  document seen is the canonical one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Iterable, Optional

import numpy as np

from dragoman.models import Document

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: pairs above ~0.42 Jaccard almost always meet in a band
JACCARD_THRESHOLD = 0.5
# Bodies with fewer shingles than this are compared by content hash only.
MIN_SHINGLES = 5

_PRIME = np.uint64(4294967291)  # largest prime below 2^32
_rng = np.random.default_rng(20111025)
_A = _rng.integers(1, 1 << 31, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, size=NUM_PERM, dtype=np.uint64)

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalise_body(body: str) -> str:
    s = unicodedata.normalize("NFKC", body).translate(_QUOTES).lower()
    return re.sub(r"\s+", " ", s).strip()


def content_hash(body: str) -> str:
    return hashlib.sha256(normalise_body(body).encode("utf-8")).hexdigest()


def shingles(body: str, k: int = SHINGLE_WORDS) -> set[int]:
    """Word k-grams of the body (words lower-cased, punctuation dropped), as 32-bit hashes."""
    words = re.findall(r"\w+", normalise_body(body))
    if len(words) < k:
        return set()
    out = set()
    for i in range(len(words) - k + 1):
        h = hashlib.blake2b(" ".join(words[i : i + k]).encode("utf-8"), digest_size=4).digest()
        out.add(int.from_bytes(h, "little"))
    return out


def minhash(sh: set[int]) -> np.ndarray:
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    # (a*x + b) mod p: products fit in uint64 as a < 2^31 and x < 2^32
    vals = (_A[:, None] * x[None, :] + _B[:, None]) % _PRIME
    return vals.min(axis=1)


def jaccard(a: set, b: set) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class NearDuplicateIndex:
    """Streaming index: ``add(doc)`` returns the id of an earlier duplicate, or None."""

    def __init__(self, threshold: float = JACCARD_THRESHOLD, bands: int = BANDS):
        if NUM_PERM % bands:
            raise ValueError("bands must divide the number of permutations")
        self.threshold = threshold
        self.bands = bands
        self.rows = NUM_PERM // bands
        self.hashes: dict[str, str] = {}
        self.buckets: list[dict[bytes, list[str]]] = [dict() for _ in range(bands)]
        self.signatures: dict[str, np.ndarray] = {}
        self.canonical: dict[str, str] = {}

    def add(self, doc: Document) -> Optional[str]:
        h = doc.content_hash or content_hash(doc.body)
        if h in self.hashes and self.hashes[h] != doc.id:
            return self._record(doc.id, self.hashes[h])
        self.hashes.setdefault(h, doc.id)
        sh = shingles(doc.body)
        if len(sh) < MIN_SHINGLES:
            return None
        sig = minhash(sh)
        best, best_sim = None, 0.0
        seen: set[str] = set()
        keys = []
        for b in range(self.bands):
            key = sig[b * self.rows : (b + 1) * self.rows].tobytes()
            keys.append(key)
            for other in self.buckets[b].get(key, ()):
                if other in seen or other == doc.id:
                    continue
                seen.add(other)
                sim = float(np.mean(self.signatures[other] == sig))
                if sim >= self.threshold and sim > best_sim:
                    best, best_sim = other, sim
        self.signatures[doc.id] = sig
        for b, key in enumerate(keys):
            self.buckets[b].setdefault(key, []).append(doc.id)
        if best is not None:
            return self._record(doc.id, best)
        return None

    def _record(self, doc_id: str, other: str) -> str:
        canon = self.canonical.get(other, other)
        self.canonical[doc_id] = canon
        return canon


def find_near_duplicates(docs: Iterable[Document], threshold: float = JACCARD_THRESHOLD) -> dict[str, str]:
    """{doc id: id of the earlier document it duplicates}; the first seen is canonical."""
    index = NearDuplicateIndex(threshold=threshold)
    out: dict[str, str] = {}
    for d in docs:
        dup = index.add(d)
        if dup:
            out[d.id] = dup
    return out


def mark_duplicates(docs: list[Document], threshold: float = JACCARD_THRESHOLD) -> list[Document]:
    """Copies of ``docs`` with ``duplicate_of`` and ``content_hash`` filled."""
    docs = [d if d.content_hash else d.model_copy(update={"content_hash": content_hash(d.body)}) for d in docs]
    dups = find_near_duplicates(docs, threshold=threshold)
    return [d.model_copy(update={"duplicate_of": dups.get(d.id)}) for d in docs]
