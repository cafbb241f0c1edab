"""Calendar arithmetic for resolving date expressions (pure functions, no Arabic in here)."""
from __future__ import annotations

from datetime import date, timedelta

from hijridate import Hijri, Gregorian


def day(d: date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def year(y: int) -> str:
    return f"{y:04d}"


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """The month k months after (y, m)."""
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def nearest_day(pub: date, m: int, d: int) -> date | None:
    """The date with this month and day closest to ``pub`` (ties go to the past)."""
    cands = [c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := safe_date(y, m, d))]
    if not cands:
        return None
    return min(cands, key=lambda c: (abs((c - pub).days), c > pub))


def nearest_month(pub: date, m: int) -> tuple[int, int]:
    """The (year, month) with this month closest to the month of ``pub`` (ties go to the past)."""
    cands = [(y, m) for y in (pub.year - 1, pub.year, pub.year + 1)]
    here = pub.year * 12 + pub.month

    def dist(c: tuple[int, int]) -> tuple[int, bool]:
        n = c[0] * 12 + c[1]
        return abs(n - here), n > here

    return min(cands, key=dist)


def last_day_before(pub: date, m: int, d: int) -> date | None:
    """The latest date with this month and day strictly before ``pub``."""
    for y in (pub.year, pub.year - 1, pub.year - 2, pub.year - 3, pub.year - 4):
        c = safe_date(y, m, d)
        if c and c < pub:
            return c
    return None


def first_day_after(pub: date, m: int, d: int) -> date | None:
    for y in (pub.year, pub.year + 1, pub.year + 2, pub.year + 3, pub.year + 4):
        c = safe_date(y, m, d)
        if c and c > pub:
            return c
    return None


def last_month_before(pub: date, m: int) -> tuple[int, int]:
    """The latest (year, month) with this month strictly before the month of ``pub``."""
    return (pub.year, m) if m < pub.month else (pub.year - 1, m)


def first_month_after(pub: date, m: int) -> tuple[int, int]:
    return (pub.year, m) if m > pub.month else (pub.year + 1, m)


def weekday_before(pub: date, wd: int, strict: bool) -> date:
    """The latest date with this weekday before ``pub`` (or on it when not ``strict``)."""
    back = (pub.weekday() - wd) % 7
    if back == 0 and strict:
        back = 7
    return pub - timedelta(days=back)


def weekday_after(pub: date, wd: int, strict: bool) -> date:
    ahead = (wd - pub.weekday()) % 7
    if ahead == 0 and strict:
        ahead = 7
    return pub + timedelta(days=ahead)


def week_anchor(pub: date, weeks: int) -> date:
    """The Thursday of the (Monday-first) week ``weeks`` weeks from the week of ``pub``.

    A week is reported as the month of its middle day: the middle decides the month of a week
    that straddles two months.
    """
    monday = pub - timedelta(days=pub.weekday())
    return monday + timedelta(days=7 * weeks + 3)


def hijri_to_gregorian(y: int, m: int, d: int) -> date | None:
    """A Hijri (Umm al-Qura) date as a Gregorian date, or None outside the tables (1343–1500 AH)."""
    try:
        g = Hijri(y, m, d).to_gregorian()
        return date(g.year, g.month, g.day)
    except (OverflowError, ValueError):
        return None


def hijri_year_of(d: date) -> int | None:
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (OverflowError, ValueError):
        return None
