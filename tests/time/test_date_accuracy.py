"""Accuracy gate for time and place: date and location accuracy on matched events, pinned a little
below what rasd measured (``rasd eval GOLD --docs DOCS``; the same function runs here).

Measured when pinned: seeds date 0.920 (23/25; the two misses need «بداية العالم الجاري», a typo
for العام), location 1.000 (17/17); samples date 0.800 (20/25); dev set date 1.000 (19/19).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd import default_pipeline
from rasd.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

# name: (gold, docs, date floor, location floor or None)
GATES = {
    "seeds": (SHARED / "gold" / "seed-events.jsonl", SHARED / "seeds", 0.88, 1.0),
    "samples": (ROOT / "samples" / "gold.jsonl", ROOT / "samples", 0.76, 0.85),
    "dev": (ROOT / "tests" / "data" / "dev" / "events-dev.jsonl",
            SHARED / "corpus" / "jawharafm-2015-2017.jsonl.gz", 0.94, None),
}


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


@pytest.mark.parametrize("name", sorted(GATES))
def test_date_and_location_floors(pipeline, name: str) -> None:
    gold, docs, date_floor, place_floor = GATES[name]
    if not gold.exists() or not docs.exists():
        pytest.skip(f"{gold} or {docs} is not here")
    score = evaluate(gold, docs, pipeline)
    summary = {"date": score.date_accuracy, "location": score.location_accuracy,
               "wrong_dates": [(d.doc, g["date"], p) for d in score.docs for g, p in d.wrong_dates]}
    assert score.date_accuracy is not None and score.date_accuracy >= date_floor, summary
    if place_floor is not None:
        assert score.location_accuracy is not None and score.location_accuracy >= place_floor, summary


def test_every_matched_seed_event_with_a_gold_place_is_scored(pipeline) -> None:
    gold, docs = GATES["seeds"][:2]
    if not gold.exists() or not docs.exists():
        pytest.skip("../shared is absent")
    score = evaluate(gold, docs, pipeline)
    assert score.to_dict()["places_scored"] >= 17
    assert all(d.places_correct == d.places_scored for d in score.docs), \
        [(d.doc, d.wrong_places) for d in score.docs]
