"""A scan of 500 corpus articles: ordinary words must not come out as places.

This is how the guarded list of grammar.yaml was built: run the gazetteer over the Tunisian
corpus, look at what matches, and guard the names that are ordinary words. Skipped when
../shared is absent.
"""
from __future__ import annotations

import gzip
import json
import time
from collections import Counter
from pathlib import Path

import pytest

from rasd.geo import Gazetteer
from rasd.text.normalize import fold

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"
# the false places the unguarded gazetteer found most often in the corpus
ORDINARY = {fold(w) for w in ["سنة", "الخميس", "لاية", "إطار", "وان", "جنة", "بيان", "عنه", "دولة",
                              "جامعة", "المدينة", "أمل", "الجديدة", "بانه", "الثورة", "الساحل",
                              "الحد", "خبر", "الصور", "أشرف", "مالي", "السلط", "سلطات"]}


@pytest.fixture(scope="module")
def articles() -> list[str]:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is absent")
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 20:
                continue
            a = json.loads(line)
            out.append((a.get("title") or "") + "\n" + (a.get("text") or ""))
            if len(out) == 500:
                break
    return out


def test_no_ordinary_word_is_a_place(articles):
    gaz = Gazetteer.load()
    seen: Counter[str] = Counter()
    for text in articles:
        for loc in gaz.find(text, context_countries={"TUN"}):
            seen[fold(loc.text)] += 1
    wrong = {w: n for w, n in seen.items() if w in ORDINARY or any(w == p + o for o in ORDINARY for p in "وفبل")}
    assert not wrong, wrong
    # the corpus is Tunisian: Tunisian places must be found
    assert seen["تونس"] > 50 and seen["صفاقس"] + seen["سوسه"] > 10


def test_scan_speed(articles):
    gaz = Gazetteer.load()
    t = time.perf_counter()
    for text in articles:
        gaz.find(text)
    assert time.perf_counter() - t < 5.0  # about 0.4 s here; a regex per name would take minutes
