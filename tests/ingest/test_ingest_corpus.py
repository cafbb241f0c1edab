"""The whole corpus (JSON lines, gzipped) reads with no crash (skips when ../shared is absent)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from rasd.ingest import Failure, read

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is absent")
def test_corpus_reads_without_a_crash():
    docs, reasons = 0, Counter()
    for item in read([CORPUS]):
        if isinstance(item, Failure):
            reasons[item.reason] += 1
        else:
            docs += 1
    assert docs + sum(reasons.values()) == 10_161
    assert set(reasons) <= {"no text"}  # 23 records of the corpus have an empty text
    assert docs >= 10_100
