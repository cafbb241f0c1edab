"""Accuracy gate: the measured floors, scored with the project's own evaluation.

The floors are what rasd measured when they were pinned; a change that drops below one fails.
Measure with: rasd eval GOLD --docs DOCS (the same function runs here).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd import default_pipeline
from rasd.evaluate import evaluate

# (gold, docs, precision floor, recall floor, date-accuracy floor or None)
GATES = {
    "seeds": ("gold/seed-events.jsonl", "seeds", 0.94, 0.90, 0.87),
}


ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def shared_or_skip(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is absent)")
    return path


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def test_seed_floors(pipeline):
    gold = shared_or_skip("gold", "seed-events.jsonl")
    docs = shared_or_skip("seeds")
    _, _, p_floor, r_floor, d_floor = GATES["seeds"]
    score = evaluate(gold, docs, pipeline)
    assert score.precision >= p_floor, score.to_dict()
    assert score.recall >= r_floor, score.to_dict()
    if d_floor is not None:
        assert (score.date_accuracy or 0) >= d_floor


def test_sample_articles_score(pipeline):
    gold = ROOT / "samples" / "gold.jsonl"
    if not gold.exists():
        pytest.skip("no samples/gold.jsonl")
    score = evaluate(gold, ROOT / "samples", pipeline)
    assert score.precision >= 0.74 and score.recall >= 0.79, score.to_dict()


# The team's Tunisian development sets (tests/data/dev): (file, precision floor, recall floor).
# Measured when pinned (2026-12-02, commit 5453210): dev P 0.845 R 0.811, dev2 P 0.802 R 0.822,
# dev3 P 0.743 R 0.717, dev4 P 0.811 R 0.824, dev5 P 0.620 R 0.658, dev6 P 0.659 R 0.644, dev7
# P 0.626 R 0.506, dev8 P 0.551 R 0.577, dev9 P 0.654 R 0.417, dev10 P 0.701 R 0.406 (measured once
# unseen before they were opened: dev4 P 0.639 R 0.574, dev5 P 0.434 R 0.408, dev6 P 0.464 R 0.458,
# dev7 P 0.500 R 0.386, dev8 P 0.513 R 0.507, dev9 P 0.605 R 0.383, dev10 P 0.657 R 0.359).
# The held sets are reported, never gated: a floor on them would invite tuning on them.
DEV_FLOORS = [
    ("events-dev.jsonl", 0.81, 0.79),
    ("events-dev2.jsonl", 0.78, 0.80),
    ("events-dev3.jsonl", 0.72, 0.69),
    ("events-dev4.jsonl", 0.79, 0.80),
    ("events-dev5.jsonl", 0.60, 0.63),
    ("events-dev6.jsonl", 0.63, 0.62),
    ("events-dev7.jsonl", 0.60, 0.48),
    ("events-dev8.jsonl", 0.53, 0.55),
    ("events-dev9.jsonl", 0.62, 0.39),
    ("events-dev10.jsonl", 0.68, 0.38),
]


@pytest.mark.parametrize("name, p_floor, r_floor", DEV_FLOORS)
def test_team_dev_set_floors(pipeline, name, p_floor, r_floor):
    corpus = shared_or_skip("corpus", "jawharafm-2015-2017.jsonl.gz")
    score = evaluate(ROOT / "tests" / "data" / "dev" / name, corpus, pipeline)
    assert score.precision >= p_floor and score.recall >= r_floor, score.to_dict()


# The labelled sentences of scripts/eval_sentences.py: (file, protest P, protest R, assault P, assault R).
# Measured when pinned (all 200 rows read: the file is parsed without quoting since a prefix may open
# with a quotation mark): the 200 sentences protest P 0.957 R 0.900, assault P 0.854 R 0.820; the
# development sentences protest P 0.922 R 0.881, assault P 0.869 R 0.823.
SENTENCE_FLOORS = [
    ("protest-assault-sentences.tsv", 0.94, 0.88, 0.84, 0.80),
    ("protest-assault-dev.tsv", 0.90, 0.86, 0.85, 0.80),
]


@pytest.fixture(scope="module")
def sentence_scorer():
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_sentences", ROOT / "scripts" / "eval_sentences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, pp, pr, ap, ar", SENTENCE_FLOORS)
def test_protest_and_assault_sentence_floors(sentence_scorer, pipeline, name, pp, pr, ap, ar):
    corpus = shared_or_skip("corpus", "jawharafm-2015-2017.jsonl.gz")
    labels = ROOT / "tests" / "data" / "dev" / name
    assert len(sentence_scorer.read_rows(labels)) >= 200  # every row read
    got = sentence_scorer.score(labels, corpus, pipe=pipeline)
    assert got["protest"]["precision"] >= pp and got["protest"]["recall"] >= pr, got
    assert got["assault"]["precision"] >= ap and got["assault"]["recall"] >= ar, got
