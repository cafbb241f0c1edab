"""The place each event gets through the whole pipeline: name, country, coordinates (±0.05°) and
GeoNames id (sentences are our own)."""
from __future__ import annotations

from datetime import date

import pytest

from rasd.model import Document
from rasd.pipeline import Pipeline

MOSCOW = ("Moscow", "RUS", 55.752, 37.618, 524901)
ANKARA = ("Ankara", "TUR", 39.920, 32.854, 323786)
TRI_LY = ("Tripoli", "LBY", 32.887, 13.187, 2210247)
TRI_LB = ("Tripoli", "LBN", 34.434, 35.844, 266826)
KASSERINE = ("Kasserine", "TUN", 35.168, 8.837, 2473457)

# text, trigger, expected place
CASES = [
    # «في / بـ + place» near the trigger
    ("التقى السفير الروسي في طرابلس رئيس المجلس الرئاسي الليبي فائز السراج.", "التقى", TRI_LY),
    ("نفذ عدد من العاطلين عن العمل وقفة احتجاجية أمام مقر الولاية في القصرين.", "وقفة احتجاجية", KASSERINE),
    # طرابلس of Lebanon, by the places and the nisba adjectives around it
    ("اشتباكات في طرابلس شمال لبنان. واستقبل الرئيس اللبناني وفدا سوريا في طرابلس.", "واستقبل", TRI_LB),
    ("استقبل الرئيس اللبناني في طرابلس وفدا سوريا.", "استقبل", TRI_LB),
    # the dateline of the article
    ("موسكو - سبوتنيك. التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود تشاووش أوغلو.", "التقى",
     MOSCOW),
    ("أنقرة (وكالات) - استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الروسي سيرغي لافروف.", "استقبل",
     ANKARA),
    # the host city of the visit the article reports
    ("وصل رئيس الحكومة الليبية إلى موسكو أمس.\n\nوأجرى رئيس الحكومة الليبية مباحثات مع وزير الخارجية "
     "الروسي سيرغي لافروف.", "وأجرى", MOSCOW),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_event_place(pipeline, text, trigger, expected) -> None:
    doc = pipeline.run(Document(id="t", raw=text, published=date(2021, 4, 17)))
    events = [e for e in doc.events if e.trigger.text == trigger]
    assert events, [(e.trigger.text, e.location) for e in doc.events]
    loc = events[0].location
    name, country, lat, lon, gid = expected
    assert loc is not None and (loc.name, loc.country, loc.geonames_id) == (name, country, gid), loc
    assert loc.lat == pytest.approx(lat, abs=0.05) and loc.lon == pytest.approx(lon, abs=0.05)
    assert doc.text[loc.start:loc.end] == loc.text
    record = events[0].to_record()["location"]
    assert (record["name"], record["lat"], record["lon"]) == (loc.name, loc.lat, loc.lon)
