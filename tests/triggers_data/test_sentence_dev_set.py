"""The development sentences the protest and violence triggers are tuned on
(tests/data/dev/protest-assault-dev.tsv): same columns and conventions as the 200 measurement
sentences (tests/data/dev/README.md), from other articles, and none from the held-out articles."""
from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from rasd.text.normalize import fold

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "dev"
CORPUS = ROOT.parent / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DEV / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows("protest-assault-dev.tsv")
MEASURED = _rows("protest-assault-sentences.tsv")
# a protest or violence word, folded (the negatives are traps that contain one)
WORDS = re.compile(fold("احتجاج|احتج|إضراب|أضرب|اعتصام|مسير|قطع الطر|غلق الطر|تظاهر|مظاهر|شغب|وقفة|تحرك"
                        "|هجوم|هجمات|هاجم|اعتداء|اعتدى|قتل|مقتل|اغتيال|اغتال|تفجير|انفجار|إطلاق النار|إطلاق نار"
                        "|اشتباك|مواجهات|مواجهة|إرهاب|طعن|ذبح|عنف|مصرع|قصف|اختطف|اختطاف|غارة|غارات|اغتصاب|معارك"
                        "|استهدف|براكاج|مهاجم|المحتج|تجمهر|سلاح أبيض"))


def test_rows_are_well_formed_and_balanced():
    assert len(ROWS) >= 200
    for r in ROWS:
        assert r["protest"] in ("yes", "no") and r["assault"] in ("yes", "no"), r
        assert 0 <= int(r["start"]) < int(r["end"]) and len(r["prefix"]) <= 20 and r["note"], r
    labels = Counter((r["protest"], r["assault"]) for r in ROWS)
    assert labels[("no", "no")] >= len(ROWS) // 2  # half are traps
    assert labels[("yes", "no")] + labels[("yes", "yes")] >= 100
    assert labels[("no", "yes")] + labels[("yes", "yes")] >= 100
    keys = [(r["docno"], r["start"]) for r in ROWS]
    assert len(keys) == len(set(keys))


def test_disjoint_from_the_measurement_and_the_held_articles():
    assert not {r["docno"] for r in ROWS} & {r["docno"] for r in MEASURED}
    with open(DEV / "events-held.jsonl", encoding="utf-8") as f:
        held = {json.loads(line)["doc"] for line in f if line.strip()}
    assert not {r["docno"] for r in ROWS} & held


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict]:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared is absent)")
    wanted = {r["docno"] for r in ROWS} | {r["docno"] for r in MEASURED}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        return {d["docno"]: d for d in map(json.loads, f) if d["docno"] in wanted}


def test_offsets_re_extract_the_sentences(corpus):
    for r in ROWS:
        sentence = corpus[r["docno"]]["text"][int(r["start"]):int(r["end"])]
        assert sentence.startswith(r["prefix"]), (r["docno"], r["start"])
        assert sentence == sentence.strip() and len(sentence) > 15
        if r["protest"] == "no" and r["assault"] == "no":
            assert WORDS.search(fold(sentence)), f"a trap without a protest or violence word: {sentence[:40]}"


def test_no_sentence_repeats_one_of_the_measurement(corpus):
    def text(r):
        return " ".join(corpus[r["docno"]]["text"][int(r["start"]):int(r["end"])].split())

    measured = {text(r) for r in MEASURED}
    assert not [r["docno"] for r in ROWS if text(r) in measured]
