"""The merge rule on pairs of mentions that must and must not be one event."""
from __future__ import annotations

import pytest

from store_helpers import event
from rasd.store.merge import absorb, day_range, facet_of, same_event

TRIPOLI = dict(place="طرابلس", place_country="LBY", lat=32.8872, lon=13.1913)
TAJOURA = dict(place="تاجوراء", place_country="LBY", lat=32.8817, lon=13.3506)  # ~15 km east
BENGHAZI = dict(place="بنغازي", place_country="LBY", lat=32.1167, lon=20.0667)

MUST_MERGE = [
    ("same dyad, root, day", event("RUSGOV", "LBYGOV", "043", "2020-06-04"),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04")),
    ("a day apart", event("RUSGOV", "LBYGOV", "043", "2020-06-04"),
     event("RUSGOV", "LBYGOV", "043", "2020-06-05")),
    ("same root, other code", event("RUSGOV", "LBYGOV", "040", "2020-06-04"),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04")),
    ("symmetric, reversed", event("RUSGOV", "LBYGOV", "043", "2020-06-04", symmetric=True),
     event("LBYGOV", "RUSGOV", "043", "2020-06-04", symmetric=True)),
    ("one symmetric is enough", event("RUSGOV", "LBYGOV", "043", "2020-06-04", symmetric=True),
     event("LBYGOV", "RUSGOV", "040", "2020-06-04")),
    ("sector unknown on one side", event("RUS", "LBYGOV", "043", "2020-06-04"),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04")),
    ("month and a day in it", event("RUSGOV", "LBYGOV", "057", "2020-06"),
     event("RUSGOV", "LBYGOV", "057", "2020-06-21")),
    ("same place name, folded", event("RUSGOV", "LBYGOV", "043", "2020-06-04", place="طرابلس"),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04", place="طرابلس")),
    ("places 15 km apart", event("RUSGOV", "LBYGOV", "043", "2020-06-04", **TRIPOLI),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04", **TAJOURA)),
    ("one place unknown", event("RUSGOV", "LBYGOV", "043", "2020-06-04", **TRIPOLI),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04")),
    ("country-level place", event("RUSGOV", "LBYGOV", "043", "2020-06-04", place="ليبيا", place_country="LBY"),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04", **BENGHAZI)),
    ("IGO target", event("RUSGOV", "IGOUNO", "111", "2021-03-02"), event("RUS", "IGO", "112", "2021-03-03")),
]

MUST_NOT_MERGE = [
    ("other root", event("RUSGOV", "LBYGOV", "043", "2020-06-04"),
     event("RUSGOV", "LBYGOV", "057", "2020-06-04")),
    ("two days apart", event("RUSGOV", "LBYGOV", "043", "2020-06-04"),
     event("RUSGOV", "LBYGOV", "043", "2020-06-06")),
    ("reversed, not symmetric", event("RUSGOV", "LBYGOV", "112", "2020-06-04"),
     event("LBYGOV", "RUSGOV", "112", "2020-06-04")),
    ("other target country", event("RUSGOV", "LBYGOV", "043", "2020-06-04"),
     event("RUSGOV", "TURGOV", "043", "2020-06-04")),
    ("other sectors", event("LBYMIL", "RUSGOV", "043", "2020-06-04"),
     event("LBYGOV", "RUSGOV", "043", "2020-06-04")),
    ("target missing on one side", event("RUSGOV", "LBYGOV", "043", "2020-06-04"),
     event("RUSGOV", None, "043", "2020-06-04")),
    ("other month", event("RUSGOV", "LBYGOV", "057", "2020-06"),
     event("RUSGOV", "LBYGOV", "057", "2020-07-01")),
    ("both undated, other documents", event("RUSGOV", "LBYGOV", "043"), event("RUSGOV", "LBYGOV", "043")),
    ("undated and dated", event("RUSGOV", "LBYGOV", "043"), event("RUSGOV", "LBYGOV", "043", "2020-06-04")),
    ("year precision across documents", event("RUSGOV", "LBYGOV", "057", "2020"),
     event("RUSGOV", "LBYGOV", "057", "2020-06-04")),
    ("places 1000 km apart", event("RUSGOV", "LBYGOV", "043", "2020-06-04", **TRIPOLI),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04", **BENGHAZI)),
    ("places in other countries", event("RUSGOV", "LBYGOV", "043", "2020-06-04", place="موسكو", place_country="RUS"),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04", place="طرابلس", place_country="LBY")),
    ("two unresolved names", event("RUSGOV", "LBYGOV", "043", "2020-06-04", place="سرت"),
     event("RUSGOV", "LBYGOV", "043", "2020-06-04", place="مصراتة")),
    ("no actor at all", event(None, None, "043", "2020-06-04"), event(None, None, "043", "2020-06-04")),
]


@pytest.mark.parametrize("why,a,b", MUST_MERGE, ids=[c[0] for c in MUST_MERGE])
def test_must_merge(why, a, b):
    fa, fb = facet_of(a), facet_of(b)
    assert same_event(fa, fb) and same_event(fb, fa), why


@pytest.mark.parametrize("why,a,b", MUST_NOT_MERGE, ids=[c[0] for c in MUST_NOT_MERGE])
def test_must_not_merge(why, a, b):
    fa, fb = facet_of(a), facet_of(b)
    assert not same_event(fa, fb) and not same_event(fb, fa), why


@pytest.mark.parametrize("a,b", [
    (event("RUSGOV", "LBYGOV", "043"), event("RUSGOV", "LBYGOV", "043")),
    (event("RUSGOV", "LBYGOV", "043"), event("RUSGOV", "LBYGOV", "043", "2020-06-04")),
    (event("RUSGOV", "LBYGOV", "057", "2020"), event("RUSGOV", "LBYGOV", "057", "2020-06-04")),
    (event(None, None, "043", "2020-06-04"), event(None, None, "043", "2020-06-04")),
])
def test_inside_one_document_unknown_and_coarse_dates_merge(a, b):
    assert same_event(facet_of(a), facet_of(b), same_document=True)


def test_absorb_takes_the_finer_date_the_specific_code_and_the_missing_place():
    kept = facet_of(event("RUS", "LBYGOV", "040", "2020-06"))
    new = facet_of(event("LBYGOV", "RUSGOV", "043", "2020-06-04", symmetric=True, **TRIPOLI))
    merged = absorb(kept, new)
    assert (merged.date, merged.precision, merged.cameo) == ("2020-06-04", "day", "043")
    assert merged.place == "طرابلس" and merged.lat == pytest.approx(32.8872)
    assert merged.source == ("RUS", "GOV") and merged.target == ("LBY", "GOV")  # crossed, sectors filled


@pytest.mark.parametrize("value,precision,days", [
    ("2020-02", "month", 29), ("2021-02", "month", 28), ("2020-12", "month", 31), ("2020", "year", 366),
    ("2020-06-04", "day", 1), ("2020-06-04", None, 1), (None, None, None), ("bad", "day", None),
])
def test_day_range(value, precision, days):
    rng = day_range(value, precision)
    assert (rng[1] - rng[0] + 1 if rng else None) == days
