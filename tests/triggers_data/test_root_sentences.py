"""The root-sentence measurement (tests/data/dev/root-sentences.tsv, scripts/eval_roots.py): the
file is well formed, its offsets still point at their sentences, and the coder keeps the figures
measured when they were pinned (below what it does, to catch regressions). Needs ../shared."""
from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "data" / "dev" / "root-sentences.tsv"
CORPUS = ROOT.parent / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"
HELD = ROOT / "tests" / "data" / "dev" / "events-held.jsonl"

# Micro-averaged over the families 01-13 and 16, measured with scripts/eval_roots.py when pinned
# (second lexicon round, main ec1ed37 merged): dev P 0.676 R 0.486, test P 0.500 R 0.297; with main
# 65a886e merged: dev P 0.689 R 0.500, test P 0.500 R 0.312. Before
# that round, with the same labels: dev P 0.621 R 0.451, test P 0.486 R 0.281 (the earlier floor
# test P >= 0.53 no longer held after other branches merged). On 2026-12-02: dev P 0.718 R 0.556,
# test P 0.558 R 0.375. Floors a little below.
FLOORS = {
    "dev": {"precision": 0.69, "recall": 0.53},
    "test": {"precision": 0.53, "recall": 0.35},
}


def _eval_roots():
    spec = importlib.util.spec_from_file_location("eval_roots", ROOT / "scripts" / "eval_roots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


E = _eval_roots()
ROWS = E.load_rows(LABELS)


def test_rows_are_well_formed_and_balanced():
    assert len(ROWS) >= 300
    keys = set()
    for r in ROWS:
        assert set(r) == {"docno", "start", "end", "prefix", "roots", "split", "note"}
        assert 0 <= int(r["start"]) < int(r["end"]) and len(r["prefix"]) <= 20 and r["note"]
        assert r["split"] in ("dev", "test")
        for tok in r["roots"].split():
            assert re.fullmatch(r"(0[1-9]|1\d|20)\??", tok), (r["docno"], r["roots"])
        keys.add((r["docno"], r["start"]))
    assert len(keys) == len(ROWS)
    splits = Counter(r["split"] for r in ROWS)
    assert splits["test"] >= 100 and splits["dev"] >= 200
    traps = sum(not r["roots"].strip() for r in ROWS)
    assert traps >= len(ROWS) // 3  # sentences with the words of a family and no event
    required = Counter(f for r in ROWS for f in E.parse_roots(r["roots"])[0])
    assert all(required[f] >= 5 for f in ("02", "03", "04", "05", "10", "11", "12", "16"))


def test_held_out_articles_stay_out():
    held = {json.loads(line)["doc"] for line in open(HELD, encoding="utf-8") if line.strip()}
    assert not held & {r["docno"] for r in ROWS}


@pytest.fixture(scope="module")
def coded():
    if not CORPUS.exists():
        pytest.skip("../shared is absent")
    return E.code_rows(ROWS, CORPUS)


def test_offsets_re_extract_the_sentence(coded):
    for r, sentence, _ in coded:
        assert sentence.startswith(r["prefix"]), (r["docno"], r["start"])
        assert sentence == sentence.strip() and len(sentence) > 15
        assert not re.search(r"[.!?؟\n]", sentence), (r["docno"], r["start"])


@pytest.mark.parametrize("split", ["dev", "test"])
def test_interaction_families_keep_their_floors(coded, split):
    got = E.score(coded, split)["interaction"]
    for k, floor in FLOORS[split].items():
        assert got[k] >= floor, (split, k, got)
