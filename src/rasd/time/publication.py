"""The publication date of an article, and the date of one event.

:func:`publication_date` is a cascade; it returns the date and the step that gave it:

1. ``input``      — the date given with the article;
2. ``html-meta``  — a published-date field of the page's metadata;
3. ``dateline``   — a date on a header line of the text (a short line that is mostly a date, or a
                    line with a cue such as «نشر في»), unless the body contradicts its weekday:
                    «اليوم الجمعة» under a header of a Tuesday is a site's date widget
                    (``dateline-rejected:weekday``);
4. ``unknown``    — no evidence: ``(None, "unknown")``; the date is unknown and said so, never
                    today's date (``dateline-rejected:weekday`` when the only header date was a
                    widget).

The date of each event is attached by the event stage (``rasd.events.dates._attach_date``).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Mapping

from rasd.text.normalize import normalize
from rasd.time.grammar import Grammar, default_grammar
from rasd.time.lexicon import key
from rasd.time.resolve import find_dates_in

# Metadata fields that carry the publication date, best first (compared in lower case).
META_KEYS = ("article:published_time", "og:article:published_time", "datepublished",
             "date_published", "published_time", "publish_date", "publish-date", "publishdate",
             "pubdate", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date",
             "sailthru.date", "parsely-pub-date", "article.published", "date", "created")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)(?!\d)")
HEADER_LINES = 10  # non-empty lines read for a dateline
SHORT_LINE = 60  # a line this short that is mostly a date is a dateline
HEADER_LINE = 160  # a longer line is a paragraph, even with a cue word
_DIGIT = re.compile(r"\d")
UNKNOWN = "unknown"  # the step when there is no evidence


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _meta_date(value: object, g: Grammar) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = normalize(value).text
    for pattern, order in ((_ISO, (0, 1, 2)), (_DMY, (2, 1, 0))):
        m = pattern.search(text)
        if m:
            parts = [int(m.group(i + 1)) for i in order]
            try:
                return date(*parts)
            except ValueError:
                continue
    for dv in find_dates_in(value, normalize(value), None, g):
        if dv.precision == "day" and dv.value:
            return date.fromisoformat(dv.value)
    return None


def from_meta(html_meta: Mapping[str, object], g: Grammar | None = None) -> date | None:
    """The publication date in HTML metadata (a mapping of field name to value), if any."""
    g = g or default_grammar()
    fields = {str(k).strip().lower(): v for k, v in html_meta.items()}
    for name in META_KEYS:
        if name in fields:
            found = _meta_date(fields[name], g)
            if found:
                return found
    return None


def _header_lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            spans.append((pos, pos + len(line.rstrip())))
            if len(spans) == HEADER_LINES:
                break
        pos += len(line)
    return spans


def implied_weekdays(text: str, g: Grammar | None = None,
                     skip: tuple[int, int] | None = None) -> set[int]:
    """Weekdays of publication stated by the body: «اليوم الجمعة» → Friday, «أمس الخميس» → Friday."""
    g = g or default_grammar()
    lex = g.lexicon
    norm = normalize(text)
    found = set()
    for m in g.rule("relday").finditer(norm.text):
        if not m["weekday"]:
            continue
        start, _ = norm.to_source(m.start("body"), m.end("body"))
        if skip and skip[0] <= start < skip[1]:
            continue
        offset, _canonical = lex.relative_days[key(m["rel"])]
        found.add((lex.weekdays[key(m["weekday"])] - offset) % 7)
    return found


def dateline(text: str, g: Grammar | None = None) -> tuple[date | None, str | None]:
    """A publication date written on a header line of ``text``, checked against the body."""
    g = g or default_grammar()
    rejected = None
    for lo, hi in _header_lines(text):
        line = text[lo:hi]
        if hi - lo > HEADER_LINE or not _DIGIT.search(line):
            continue  # a paragraph, or no digits (a written date of a day has some)
        norm = normalize(line)
        cue = g.publication_cue.search(norm.text) is not None
        for dv in find_dates_in(line, norm, None, g):
            if dv.precision != "day" or not dv.value or not dv.source.startswith("explicit"):
                continue
            if not cue and (len(line.strip()) > SHORT_LINE or 3 * (dv.end - dv.start) < len(line.strip())):
                continue
            found = date.fromisoformat(dv.value)
            stated = implied_weekdays(text, g, skip=(lo, hi))
            if stated and found.weekday() not in stated:
                rejected = "dateline-rejected:weekday"
                continue
            return found, "dateline"
    return None, rejected


def publication_date(text: str, given: date | None = None,
                     html_meta: Mapping[str, object] | None = None) -> tuple[date | None, str | None]:
    """The publication date of an article and the step of the cascade that gave it.

    Returns ``(date, "input" | "html-meta" | "dateline")``, or ``(None, "unknown")`` with no
    evidence, or ``(None, "dateline-rejected:weekday")`` when the only header date contradicts the
    body.
    """
    if given is not None:
        return _as_date(given), "input"
    g = default_grammar()
    if html_meta:
        found = from_meta(html_meta, g)
        if found:
            return found, "html-meta"
    found, step = dateline(text, g)
    return found, step or UNKNOWN
