"""Finding the date expressions of a text and resolving them against the publication date.

:func:`find_dates` runs the rules of :mod:`rasd.time.grammar` over the matching form of the text,
resolves each match with the resolver of its rule (a rule may refuse a match: a bare «مارس» with
no context, «اليوم الوطني»), keeps the longest of overlapping matches, and finally resolves the
anaphoric ones («في اليوم نفسه») against the expression before them.

Precision is one of day / month / year:
- a calendar week (الأسبوع الماضي) is reported as the month of its middle day, precision month;
- a counted distance is exact: قبل أسبوع is seven days before publication, precision day;
- the start or end of a year (بداية العام الجاري, موفى 2015) is its first or last month;
- a month or day without a year is the occurrence nearest to the publication date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rasd.model import DateValue
from rasd.text.normalize import Normalized, fold, normalize
from rasd.time import calendar as cal
from rasd.time.grammar import RULES, Grammar, default_grammar
from rasd.time.lexicon import key

Resolved = tuple[str | None, str | None, str]  # value, precision, source

NO_PUBLICATION = "relative:no-publication-date"
_NO_PUB: Resolved = (None, None, NO_PUBLICATION)
_DIR_NAME = {"past": "last", "next": "next", "current": "current"}
_DIR_STEP = {"past": -1, "next": 1, "current": 0}
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_NOT_WEEKDAY_AFTER = re.compile(r"\s*(?:عشر|والعشرين|معا|منهما|منهم)(?!\w)")


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str  # matching form
    pub: date | None
    g: Grammar


def _day(d: date | None, source: str) -> Resolved | None:
    return (cal.day(d), "day", source) if d else None


def _month_value(ym: tuple[int, int], source: str) -> Resolved:
    return cal.month(*ym), "month", source


def _part_of_year(y: int, part: str | None, source: str) -> Resolved:
    if part == "start":
        return cal.month(y, 1), "month", f"{source}+start"
    if part == "end":
        return cal.month(y, 12), "month", f"{source}+end"
    return cal.year(y), "year", source + (f"+{part}" if part else "")


def _tail_year(m: re.Match[str], c: _Ctx) -> tuple[int | None, str | None]:
    """The year given after a month: (year, how) — how is None for a written year."""
    lex = c.g.lexicon
    if m["year"]:
        return int(m["year"]), None
    if m["ythis"] or m["ydir"]:
        d = "current" if m["ythis"] else lex.direction[key(m["ydir"])]
        if c.pub is None:
            return None, "no-pub"
        return c.pub.year + _DIR_STEP[d], _DIR_NAME[d]
    return None, None


def _dmy(m: re.Match[str], c: _Ctx) -> Resolved | None:
    lex = c.g.lexicon
    mon = lex.months[key(m["month"])]
    d = int(m["day"]) if m["day"] else lex.ordinal_days[key(m["ordinal"])]
    if not 1 <= d <= 31:
        return None
    y, how = _tail_year(m, c)
    if how == "no-pub":
        return _NO_PUB
    if y is not None:
        return _day(cal.safe_date(y, mon, d), "explicit:day-month-year" if how is None
                    else f"day-month:year-{how}")
    if c.g.name_before.search(c.text, max(0, m.start() - 16), m.start()):
        return None  # شارع 9 أفريل, ثورة 14 جانفي: a name
    if c.pub is None:
        return _NO_PUB
    if m["dir"]:
        direction = lex.direction[key(m["dir"])]
        found = {"past": cal.last_day_before, "next": cal.first_day_after}.get(direction)
        dt = found(c.pub, mon, d) if found else cal.safe_date(c.pub.year, mon, d)
        return _day(dt, f"day-month:{_DIR_NAME[direction]}")
    return _day(cal.nearest_day(c.pub, mon, d), "explicit:day-month")


def _dom(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """A day of the current, last or next month: الثاني من الشهر الجاري."""
    lex = c.g.lexicon
    d = int(m["day"]) if m["day"] else lex.ordinal_days[key(m["ordinal"])]
    if c.pub is None:
        return _NO_PUB
    direction = "current" if m["this"] else lex.direction[key(m["dir"])]
    y, mo = cal.shift_month(c.pub.year, c.pub.month, _DIR_STEP[direction])
    return _day(cal.safe_date(y, mo, d), f"day-of-month:{_DIR_NAME[direction]}")


def _numeric(m: re.Match[str], c: _Ctx) -> Resolved | None:
    if m["y"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
    return _day(cal.safe_date(y, mo, d), "explicit:numeric")


def _hijri(m: re.Match[str], c: _Ctx) -> Resolved | None:
    hm = c.g.lexicon.hijri_months[key(m["hmonth"])]
    d = int(m["day"]) if m["day"] else None
    if m["year"]:
        hy = int(m["year"])
        if d is None:
            g = cal.hijri_to_gregorian(hy, hm, 15)
            return (cal.month(g.year, g.month), "month", "hijri:month-year") if g else \
                (None, None, "hijri:out-of-range")
        g = cal.hijri_to_gregorian(hy, hm, d)
        return (cal.day(g), "day", "hijri:day-month-year") if g else (None, None, "hijri:out-of-range")
    if d is None:
        return None  # رمضان alone is the month of fasting, not a date
    if c.pub is None:
        return _NO_PUB
    hy = cal.hijri_year_of(c.pub)
    if hy is None:
        return None, None, "hijri:out-of-range"
    cands = [g for y in (hy - 1, hy, hy + 1) if (g := cal.hijri_to_gregorian(y, hm, d))]
    if not cands:
        return None
    best = min(cands, key=lambda g: (abs((g - c.pub).days), g > c.pub))
    return cal.day(best), "day", "hijri:day-month"


def _month(m: re.Match[str], c: _Ctx) -> Resolved | None:
    lex = c.g.lexicon
    form = key(m["month"])
    mon = lex.months[form]
    part = lex.period_parts[key(m["part"])] if m["part"] else None
    y, how = _tail_year(m, c)
    if how == "no-pub":
        return _NO_PUB
    if y is not None:
        return _month_value((y, mon), "explicit:month-year" if how is None else f"month:year-{how}")
    if m["dir"]:
        if c.pub is None:
            return _NO_PUB
        direction = lex.direction[key(m["dir"])]
        found = {"past": cal.last_month_before, "next": cal.first_month_after}.get(direction)
        ym = found(c.pub, mon) if found else (c.pub.year, mon)
        return _month_value(ym, f"month:{_DIR_NAME[direction]}")
    if not (m["shahr"] or part or m["month2"]):
        if form in lex.ambiguous_months:
            return None
        clitic = c.text[m.start():m.start("body")]
        before = c.text[max(0, m.start() - 12):m.start()]
        if not (set(clitic) & set("بلك") or c.g.before_month.search(before)):
            return None
    if c.pub is None:
        return _NO_PUB
    return _month_value(cal.nearest_month(c.pub, mon), "explicit:month")


def _weekday(m: re.Match[str], c: _Ctx) -> Resolved | None:
    lex = c.g.lexicon
    if _NOT_WEEKDAY_AFTER.match(c.text, m.end()):
        return None  # الاثنين عشر, بين الاثنين معا: numbers, not days
    wd = lex.weekdays[key(m["weekday"])]
    if c.pub is None:
        return _NO_PUB
    if m["dir"]:
        direction = lex.direction[key(m["dir"])]
        if direction == "past":
            return cal.day(cal.weekday_before(c.pub, wd, strict=True)), "day", "weekday:last"
        if direction == "next":
            return cal.day(cal.weekday_after(c.pub, wd, strict=True)), "day", "weekday:next"
        monday = c.pub - timedelta(days=c.pub.weekday())
        return cal.day(monday + timedelta(days=wd)), "day", "weekday:current"
    if _future_before(m, c):
        return cal.day(cal.weekday_after(c.pub, wd, strict=False)), "day", "weekday:coming"
    return cal.day(cal.weekday_before(c.pub, wd, strict=False)), "day", "weekday:recent"


def _future_before(m: re.Match[str], c: _Ctx) -> bool:
    """Is there a future marker in the same sentence, at most 80 characters before the match?"""
    lo = max(0, m.start() - 80)
    window = c.text[lo:m.start()]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    return c.g.future.search(window) is not None


def _relday(m: re.Match[str], c: _Ctx) -> Resolved | None:
    lex = c.g.lexicon
    form = key(m["rel"])
    offset, canonical = lex.relative_days[form]
    if not m["weekday"] and form.startswith("ال") and " " not in form:
        if offset == 0:
            if c.g.day_adjective.match(c.text, m.end()):
                return None  # اليوم الوطني, اليوم الأول, الليلة الفاصلة
        else:
            after = c.g.next_word.match(c.text, m.end())
            if after and after.group(1).startswith("ال"):
                return None  # الغد الأفضل, الأمس القريب
    if c.pub is None:
        return _NO_PUB
    return cal.day(c.pub + timedelta(days=offset)), "day", f"relative:{canonical}"


def _period(m: re.Match[str], c: _Ctx) -> Resolved | None:
    lex = c.g.lexicon
    unit = lex.periods[key(m["unit"] or m["unit2"])]
    part = lex.period_parts[key(m["part"])] if m["part"] else None
    if m["this"]:
        direction = "current"
    elif m["dir"]:
        direction = lex.direction[key(m["dir"])]
    elif part:
        direction = "current"  # مطلع الشهر, نهاية العام: of the current one
    else:
        return None
    if c.pub is None:
        return _NO_PUB
    step, source = _DIR_STEP[direction], f"period:{unit}-{_DIR_NAME[direction]}"
    if unit == "year":
        return _part_of_year(c.pub.year + step, part, source)
    if part:
        source += f"+{part}"
    if unit == "month":
        return _month_value(cal.shift_month(c.pub.year, c.pub.month, step), source)
    anchor = cal.week_anchor(c.pub, step)
    return _month_value((anchor.year, anchor.month), source)


def _ago(m: re.Match[str], c: _Ctx) -> Resolved | None:
    lex = c.g.lexicon
    unit, count = lex.units[key(m["unit"])]
    after = c.g.next_word.match(c.text, m.end())
    if after and after.group(1).startswith("ال"):
        return None  # قبل يوم الاقتراع: before the election day, not a day ago
    if m["num"]:
        n = int(m["num"]) if m["num"].isdigit() else lex.numbers[key(m["num"])]
    elif count is None:
        return None  # منذ أيام: vague
    else:
        n = count
    if not 0 < n <= 100:
        return None
    if c.pub is None:
        return _NO_PUB
    source = f"ago:{unit}"
    if unit == "day":
        return cal.day(c.pub - timedelta(days=n)), "day", source
    if unit == "week":
        return cal.day(c.pub - timedelta(days=7 * n)), "day", source
    if unit == "month":
        return _month_value(cal.shift_month(c.pub.year, c.pub.month, -n), source)
    return cal.year(c.pub.year - n), "year", source


def _year(m: re.Match[str], c: _Ctx) -> Resolved | None:
    if not (m["noun"] or m["part"]):
        if not m["prep"] or c.g.counted.match(c.text, m.end()):
            return None  # no year word before it, or it counts something: في 2000 حالة
    part = c.g.lexicon.period_parts[key(m["part"])] if m["part"] else None
    return _part_of_year(int(m["year"]), part, "explicit:year")


_RESOLVERS = {"dmy": _dmy, "dom": _dom, "numeric": _numeric, "hijri": _hijri, "month": _month,
              "weekday": _weekday, "relday": _relday, "period": _period, "ago": _ago, "year": _year}


@dataclass(slots=True)
class _Candidate:
    start: int  # in the matching form
    end: int
    rule: str
    match: re.Match[str]
    resolved: Resolved | None


def _anaphora(m: re.Match[str], prev: DateValue | None) -> Resolved:
    if prev is None or prev.value is None:
        return None, None, "anaphora:unresolved"
    if m["next"]:
        if prev.precision != "day":
            return None, None, "anaphora:unresolved"
        nxt = date.fromisoformat(prev.value) + timedelta(days=1)
        return cal.day(nxt), "day", "anaphora:next-day"
    unit = key(m["unit"] or m["unit2"])
    if unit == "الشهر" and prev.precision == "day":
        return prev.value[:7], "month", "anaphora"
    if unit in ("العام", "السنه") and prev.precision in ("day", "month"):
        return prev.value[:4], "year", "anaphora"
    return prev.value, prev.precision, "anaphora"


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """The longest of overlapping matches (then the earlier rule, then the earlier start)."""
    order = {name: i for i, name in enumerate(RULES)}
    kept: list[_Candidate] = []
    for cand in sorted(cands, key=lambda x: (x.start - x.end, order[x.rule], x.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    kept.sort(key=lambda x: x.start)
    return kept


def find_dates_in(text: str, norm: Normalized, published: date | None,
                  grammar: Grammar | None = None) -> list[DateValue]:
    """The date expressions of ``text`` whose matching form is ``norm`` (e.g. ``Document.norm``)."""
    g = grammar or default_grammar()
    if isinstance(published, datetime):
        published = published.date()
    ctx = _Ctx(norm.text, published, g)
    cands: list[_Candidate] = []
    windows = g.windows(norm.text)
    for rule, pattern in g.rules:
        resolver = _RESOLVERS.get(rule)
        for lo, hi in windows.get(rule, ()):
            for m in pattern.finditer(norm.text, lo, hi):
                resolved = resolver(m, ctx) if resolver else None
                if resolver and resolved is None:
                    continue
                cands.append(_Candidate(m.start("body"), m.end("body"), rule, m, resolved))
    out: list[DateValue] = []
    prev: DateValue | None = None
    for cand in _select(cands):
        value, precision, source = cand.resolved or _anaphora(cand.match, prev)
        start, end = norm.to_source(cand.start, cand.end)
        while end < len(text) and not fold(text[end]):
            end += 1  # keep the marks that folding dropped (the tatweel of هـ, a final tanwin)
        dv = DateValue(value, precision, text[start:end], source, start, end)
        out.append(dv)
        prev = dv
    return out


def find_dates(text: str, published: date | None) -> list[DateValue]:
    """Every date expression in ``text``, resolved against the publication date ``published``.

    Offsets are into ``text``. A relative expression with no publication date has value None
    and source ``"relative:no-publication-date"``.
    """
    return find_dates_in(text, normalize(text), published)
