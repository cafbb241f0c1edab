"""Events of a dyad per period: counts per quad class, mean Goldstein, the most-reported events.

An event falls in the period of its date when its precision allows it: a month-precise date counts
for its month, quarter and year; a year-precise date only for its year; the rest is ``undated``.
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

from rasd.errors import StoreError
from rasd.store.records import EventRecord, Timeline, TimelineBucket

PERIODS = ("month", "quarter", "year")


def period_of(value: str | None, precision: str | None, by: str) -> tuple[int, int] | None:
    """(year, index) of the period a date falls in — index is the month, quarter or 0."""
    if not value:
        return None
    precision = precision or {10: "day", 7: "month", 4: "year"}.get(len(value))
    year = int(value[:4])
    if by == "year":
        return year, 0
    if precision not in ("day", "month"):
        return None
    month = int(value[5:7])
    return (year, month) if by == "month" else (year, (month - 1) // 3 + 1)


def label(p: tuple[int, int], by: str) -> str:
    year, i = p
    return {"month": f"{year}-{i:02d}", "quarter": f"{year}-Q{i}", "year": f"{year}"}[by]


def first_day(p: tuple[int, int], by: str) -> str:
    year, i = p
    month = {"month": i, "quarter": 3 * (i - 1) + 1, "year": 1}[by]
    return date(year, month, 1).isoformat()


def _next(p: tuple[int, int], by: str) -> tuple[int, int]:
    year, i = p
    if by == "year":
        return year + 1, 0
    size = 12 if by == "month" else 4
    return (year, i + 1) if i < size else (year + 1, 1)


def build_timeline(a: str, b: str, by: str, events: Sequence[EventRecord], top: int = 3) -> Timeline:
    if by not in PERIODS:
        raise StoreError(f"timeline by {by!r}: use one of {', '.join(PERIODS)}")
    groups: dict[tuple[int, int], list[EventRecord]] = {}
    undated = 0
    for e in events:
        p = period_of(e.date, e.date_precision, by)
        if p is None:
            undated += 1
        else:
            groups.setdefault(p, []).append(e)
    buckets = []
    if groups:
        p, last = min(groups), max(groups)
        while p <= last:
            evs = groups.get(p, [])
            quad = tuple(sum(1 for e in evs if e.quad_class == q) for q in (1, 2, 3, 4))
            scores = [e.goldstein for e in evs if e.goldstein is not None]
            ranked = sorted(evs, key=lambda e: (-e.num_articles, -e.num_mentions, e.id))
            buckets.append(TimelineBucket(
                period=label(p, by), start=first_day(p, by), n_events=len(evs),
                n_mentions=sum(e.num_mentions for e in evs), quad=quad,  # type: ignore[arg-type]
                mean_goldstein=round(sum(scores) / len(scores), 2) if scores else None,
                top=tuple(ranked[:top])))
            p = _next(p, by)
    return Timeline(a.upper(), b.upper(), by, tuple(buckets), undated)
