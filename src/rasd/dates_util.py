"""Small helpers for the partial dates used in language data (YYYY, YYYY-MM, YYYY-MM-DD)."""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timezone
from typing import Any

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_partial(value: Any, *, end: bool = False) -> date | None:
    """``2016``, ``2016-06``, ``2016-06-27`` or a YAML date → a date (first or last day if ``end``).

    Raises ValueError on anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, int):
        value = str(value)
    m = _PARTIAL.match(str(value).strip())
    if not m:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = int(month)
    if day is None:
        return date(year, month, calendar.monthrange(year, month)[1]) if end else date(year, month, 1)
    return date(year, month, int(day))


_DMY = re.compile(r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)")
_YMD = re.compile(r"^(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?!\d)")


def parse_day(value: Any) -> date | None:
    """A calendar day from what inputs write: ``2016-12-10``, ``2016-12-10T10:18:00+01:00``, the
    day-first ``17/05/2015``, ``17-05-2015 10:30`` or ``17.05.2015`` (as Arab sites write it),
    ``2015/05/17``, a Unix timestamp, a date or datetime; None when it is none of these (or no
    such day, 31/02/2017)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    m = _DMY.match(text) or _YMD.match(text)
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"])) if m else None
    except ValueError:
        return None
