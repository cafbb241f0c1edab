"""When two event mentions report the same real-world event (the merge rule, ``docs/store.md``).

Two mentions merge when all of these hold:

1. **same CAMEO root** (``043`` and ``040`` merge; ``04`` and ``05`` do not);
2. **same dyad**: the source actors agree and the target actors agree — or, when either mention is
   symmetric (meetings, talks, calls, agreements), source of one with target of the other. Actors
   agree when their countries are equal (both unknown counts as equal) and their sectors are equal
   or one is unknown. A mention with neither country known merges only inside its own document;
3. **compatible dates**: both day-precise → at most one day apart; a month on either side → the
   same month; a year on either side → the same year, and only inside one document; unknown on
   either side → only inside one document;
4. **compatible places**: either unknown; otherwise not in two different countries, and either the
   same folded name, or both with coordinates no more than 50 km apart, or exactly one of them with
   coordinates (the other is a country-level or unresolved place).

The rule is a pure function of two :class:`Facet` values, so it is tested on pairs directly.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date

from rasd.model import Event
from rasd.text.normalize import fold

MAX_KM = 50.0


@dataclass(frozen=True, slots=True)
class Facet:
    """What the merge rule looks at in an event (a mention, or a stored merged event)."""

    root: str
    cameo: str
    source: tuple[str | None, str | None]  # (country, sector)
    target: tuple[str | None, str | None]
    symmetric: bool = False
    date: str | None = None
    precision: str | None = None  # day | month | year | None
    place: str | None = None  # the place's name as written
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def pair(self) -> str:
        return pair_key(self.source[0], self.target[0])

    @property
    def days(self) -> tuple[int, int] | None:
        return day_range(self.date, self.precision)


def pair_key(a: str | None, b: str | None) -> str:
    return "|".join(sorted((a or "-", b or "-")))


def day_range(value: str | None, precision: str | None) -> tuple[int, int] | None:
    """First and last day (ordinals) a date of this precision may mean; None when unknown."""
    if not value:
        return None
    try:
        year = int(value[:4])
        if precision == "day" or (precision is None and len(value) >= 10):
            d = date.fromisoformat(value[:10]).toordinal()
            return d, d
        if precision == "month" or (precision is None and len(value) == 7):
            month = int(value[5:7])
            first = date(year, month, 1)
            nxt = date(year + month // 12, month % 12 + 1, 1)
            return first.toordinal(), nxt.toordinal() - 1
        return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    except (ValueError, IndexError):
        return None


def facet_of(event: Event) -> Facet:
    src = event.source
    tgt = event.target
    d = event.date
    loc = event.location
    precision = d.precision if d and d.value else None
    return Facet(
        root=event.cameo[:2],
        cameo=event.cameo,
        source=(src.country, src.sector) if src else (None, None),
        target=(tgt.country, tgt.sector) if tgt else (None, None),
        symmetric=bool(event.symmetric),
        date=d.value if d and d.value else None,
        precision=precision,
        place=(loc.name or loc.text) if loc and (loc.name or loc.text) else None,
        place_country=loc.country if loc else None,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
    )


def _actor_ok(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    if a[0] != b[0]:
        return False
    return a[1] is None or b[1] is None or a[1] == b[1]


def dyad_compatible(a: Facet, b: Facet) -> bool:
    if _actor_ok(a.source, b.source) and _actor_ok(a.target, b.target):
        return True
    if a.symmetric or b.symmetric:
        return _actor_ok(a.source, b.target) and _actor_ok(a.target, b.source)
    return False


def dates_compatible(a: Facet, b: Facet, same_document: bool) -> bool:
    ra, rb = a.days, b.days
    if ra is None or rb is None:
        return same_document
    pa, pb = a.precision or "day", b.precision or "day"
    if "year" in (pa, pb):
        return same_document and a.date[:4] == b.date[:4]
    if "month" in (pa, pb):
        return a.date[:7] == b.date[:7]
    return abs(ra[0] - rb[0]) <= 1


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def places_compatible(a: Facet, b: Facet) -> bool:
    if a.place is None and a.lat is None or b.place is None and b.lat is None:
        return True
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    if a.place is not None and b.place is not None and fold(a.place).strip() == fold(b.place).strip():
        return True
    a_coords, b_coords = a.lat is not None and a.lon is not None, b.lat is not None and b.lon is not None
    if not a_coords and not b_coords:
        return False  # two different names, neither resolved
    if not (a_coords and b_coords):
        return True  # one is a country-level or unresolved place of the same country
    return km(a.lat, a.lon, b.lat, b.lon) <= MAX_KM


def same_event(a: Facet, b: Facet, same_document: bool = False) -> bool:
    """The merge rule: do mentions ``a`` and ``b`` report one real-world event?"""
    if a.root != b.root:
        return False
    if a.source[0] is None and a.target[0] is None and not same_document:
        return False
    return dyad_compatible(a, b) and dates_compatible(a, b, same_document) and places_compatible(a, b)


def absorb(kept: Facet, new: Facet) -> Facet:
    """The merged event's facet after adding a mention: the finer date, the more specific code,
    missing sectors and place filled in. Direction and countries stay those of the first mention."""
    out = kept
    if new.days is not None and (kept.days is None or _finer(new.precision, kept.precision)):
        out = replace(out, date=new.date, precision=new.precision)
    if kept.cameo.endswith("0") and len(kept.cameo) == 3 and not new.cameo.endswith("0") \
            and new.cameo[:2] == kept.cameo[:2]:
        out = replace(out, cameo=new.cameo)
    if kept.place is None and kept.lat is None and (new.place is not None or new.lat is not None):
        out = replace(out, place=new.place, place_country=new.place_country, lat=new.lat, lon=new.lon)
    crossed = not (_actor_ok(kept.source, new.source) and _actor_ok(kept.target, new.target))
    ns, nt = (new.target, new.source) if crossed else (new.source, new.target)
    if out.source[1] is None and ns[1] is not None:
        out = replace(out, source=(out.source[0], ns[1]))
    if out.target[1] is None and nt[1] is not None:
        out = replace(out, target=(out.target[0], nt[1]))
    return out


_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def _finer(p: str | None, q: str | None) -> bool:
    return _RANK.get(p, 3) < _RANK.get(q, 3)
