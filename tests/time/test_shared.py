"""Runs over the shared seeds and corpus (skipped when ../shared is absent)."""
from __future__ import annotations

import gzip
import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from rasd.time import find_dates, publication_date
from rasd.time.publication import from_meta

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus" / "jawharafm-2015-2017.jsonl.gz"
GOLD = SHARED / "gold" / "seed-events.jsonl"


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold is absent")
@pytest.mark.parametrize(("doc", "text", "value"), [
    ("000", "تشرين أول (أكتوبر) 2013", "2013-10"),
    ("001", "اليوم الجمعة", "P"),
    ("001", "يوم الأربعاء الماضي", "P-2"),
    ("002", "اليوم السبت", "P"),
    ("002", "الخميس الماضي", "P-2"),
    ("003", "اليوم الاثنين", "P"),
    ("003", "اليوم نفسه", "P"),
    ("004", "أمس", "P-1"),
    ("004", "19 يناير (كانون الثاني) من هذا العام", "2020-01-19"),
    ("004", "مايو (أيار) 2019", "2019-05"),
])
def test_seed_expressions(doc: str, text: str, value: str) -> None:
    gold = {json.loads(line)["doc"][:3]: json.loads(line) for line in GOLD.read_text("utf-8").splitlines()}
    [path] = (SHARED / "seeds").glob(f"{doc}_*.txt")
    pub = date.fromisoformat(gold[doc]["published"]) if gold[doc]["published"] else None
    found = {d.text: d.value for d in find_dates(path.read_text(encoding="utf-8"), pub)}
    if value.startswith("P"):
        from datetime import timedelta
        value = (pub - timedelta(days=int(value[2:] or 0))).isoformat()
    assert found[text] == value


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is absent")
def test_corpus_sample_runs_clean() -> None:
    total = resolved = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in itertools.islice(f, 300):
            art = json.loads(line)
            text, pub = art["text"], from_meta({"date": art["time"]})
            assert pub is not None, art["time"]
            for d in find_dates(text, pub):
                assert d.text == text[d.start:d.end]
                total += 1
                resolved += d.value is not None
                if d.source.startswith("relative:") and d.precision == "day":
                    assert abs((date.fromisoformat(d.value) - pub).days) <= 2
            publication_date(text)
    assert total > 300 and resolved / total > 0.9
