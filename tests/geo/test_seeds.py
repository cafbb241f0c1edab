"""Every seed event whose gold location is given gets that place (skipped without ../shared).

The trigger is taken as the first word of the gold evidence, the sentence as the text between the
nearest full stops or line breaks around it; meetings (CAMEO 04) may fall back on the article's
host city, as the events stage is told to do in rasd.geo.location.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.geo import Gazetteer, event_location, find_dateline, find_visit_host

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "gold" / "seed-events.jsonl"


def _cases():
    if not GOLD.exists():
        return []
    out = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for n, ev in enumerate(doc["events"]):
            if ev["location"]:
                out.append(pytest.param(doc["doc"], ev, id=f"{doc['doc'][:3]}-{n}"))
    return out


@pytest.mark.skipif(not GOLD.exists(), reason="../shared is absent")
@pytest.mark.parametrize("doc,event", _cases())
def test_seed_event_location(doc, event):
    gaz = Gazetteer.load()
    text = (SHARED / "seeds" / doc).read_text(encoding="utf-8")
    places = gaz.find(text)
    evidence = event["evidence"].split(" ... ")[0]
    for k in (4, 3, 2):  # the gold drops quotes the article has: keep its first words
        if evidence in text:
            break
        evidence = " ".join(evidence.split()[:k])
    i = text.index(evidence)
    start = max(text.rfind(".", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [x for x in (text.find(".", i + len(evidence)), text.find("\n", i + len(evidence))) if x >= 0]
    end = min(ends) if ends else len(text)
    trigger = evidence.split()[0]
    t = text.index(trigger, i)
    host = find_visit_host(text, places) if event["cameo"].startswith("04") else None
    loc = event_location(text[start:end], t, t + len(trigger), places, offset=start,
                         dateline=find_dateline(text, places), visit_host=host)
    expected = gaz.find(event["location"])[0]
    assert loc is not None and (loc.name, loc.country) == (expected.name, expected.country)
