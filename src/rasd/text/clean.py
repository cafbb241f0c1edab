"""Clutter removal for scraped news pages, line by line, with a map back to the raw text.

A line is article body unless a rule says it is clutter; each dropped line is recorded with its
reason. The rules read the line's features — its words (``data/ar/clutter.yaml``), its length,
script, punctuation, position and repetition:

- ``latin``: mostly Latin script (English photo captions, a "Sputnik" credit line);
- ``date-widget``: a line that is only a date, near the top (returned in ``header_dates`` for the
  publication-date cascade: it may be the site's clock, not the article's date);
- ``repeated``: a short line met twice (mastheads, section names); a longer line met again keeps
  its first copy (a headline printed twice);
- ``breadcrumb``: ``الرئيسية / أخبار / …`` navigation;
- ``prompt``: a short share/follow/comment/print line;
- ``tags``: a tag list line (أوسمة الخبر …);
- ``related``: a related-stories heading, and the story list after it when it closes the page;
- ``footer``: an outlet's about-us or copyright line;
- ``trailing-fragment``: one or two words without punctuation closing the page (a category name).

Kept lines are unchanged; the cleaned text joins them with ``\\n``.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasd.data import DATA_DIR, as_list, load_yaml
from rasd.errors import LexiconError
from rasd.text.normalize import fold

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LATIN = re.compile(r"[A-Za-z]")
_WORDS = re.compile(r"[^\W_]+")
_DATE_ONLY = re.compile(
    r"^[\s\W]*(?:(?:ال)?(?:سبت|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)\s*[,،\-]?\s*)?"
    r"(?:\d{1,2}\s*[/\-. ]\s*(?:\d{1,2}|[\u0600-\u06FF]+)\s*[/\-. ]\s*\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*[-–|,،]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|AM|PM|am|pm)?)?[\s\W]*$")
_BREADCRUMB_SEP = re.compile(r"\s[/>»›|]\s")
_END_PUNCT = set(".!?؟:…\"»)'")
_TOP = 6  # lines at the top where a masthead or a date widget stands


@dataclass(frozen=True, slots=True)
class ClutterWords:
    prompts: frozenset[str]
    related: frozenset[str]
    tags: frozenset[str]
    footer: frozenset[str]
    breadcrumb_roots: frozenset[str]

    @classmethod
    @lru_cache(maxsize=2)
    def load(cls, path: Path | None = None) -> "ClutterWords":
        path = path or DATA_DIR / "ar" / "clutter.yaml"
        doc = load_yaml(path) or {}
        keys = set(cls.__slots__)
        unknown = set(doc) - keys - {"__line__"}
        if unknown:
            raise LexiconError(str(path), 1, f"unknown key(s): {', '.join(sorted(unknown))}")
        return cls(**{k: frozenset(_key(str(w)) for w in as_list(doc.get(k))) for k in keys})


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    origin: array  # origin[i] = offset in raw of text[i]; origin[len(text)] = len(raw)
    dropped: tuple[tuple[int, int, str], ...]  # (raw start, raw end, reason)
    header_dates: tuple[str, ...] = field(default=())


def _key(s: str) -> str:
    return " ".join(fold(s).lower().replace("ـ", "").split())


def _line_spans(raw: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\r\n|\n|\r", raw):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(raw)))
    return spans


def clean(raw: str, words: ClutterWords | None = None) -> Cleaned:
    """The article body of a scraped page (see the module doc for the rules)."""
    words = words or ClutterWords.load()
    spans = []
    for s, e in _line_spans(raw):
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    lines = [raw[s:e] for s, e in spans]
    keys = [_key(x) for x in lines]
    reasons: list[str | None] = [None] * len(lines)
    header_dates: list[str] = []
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    seen: set[str] = set()
    n = len(lines)
    related_from = None
    for i, (line, key) in enumerate(zip(lines, keys)):
        n_words = len(_WORDS.findall(line))
        reason = _line_reason(line, key, n_words, i, words)
        if reason is None and i < _TOP + 2 and _DATE_ONLY.match(line):
            reason = "date-widget"
            header_dates.append(line)
        if reason is None and counts[key] > 1:
            if n_words <= 6:
                reason = "repeated"
            elif key in seen:
                reason = "repeated"
        if reason == "related" and i >= n * 0.5 and related_from is None:
            related_from = i
        seen.add(key)
        reasons[i] = reason
    if related_from is not None:
        for j in range(related_from, n):
            reasons[j] = reasons[j] or "related"
    # one or two words without punctuation closing the page: a category or a widget label
    j = n - 1
    while j >= 0 and (reasons[j] is not None or (len(_WORDS.findall(lines[j])) <= 2 and lines[j][-1] not in _END_PUNCT)):
        if reasons[j] is None:
            reasons[j] = "trailing-fragment"
        j -= 1
        if j < n - 4:
            break
    return _assemble(raw, spans, reasons, header_dates)


def _line_reason(line: str, key: str, n_words: int, index: int, words: ClutterWords) -> str | None:
    letters_ar = len(_ARABIC.findall(line))
    letters_la = len(_LATIN.findall(line))
    if letters_la > letters_ar:
        return "latin"
    if n_words == 0:
        return "empty"
    if _BREADCRUMB_SEP.search(line):
        first = _key(_BREADCRUMB_SEP.split(line)[0])
        if first in words.breadcrumb_roots or len(_BREADCRUMB_SEP.findall(line)) >= 2:
            return "breadcrumb"
    head = key.rstrip(" :.-|")
    if n_words <= 5 and (head in words.prompts or any(key.startswith(p + " ") for p in words.prompts if len(p) > 4)):
        return "prompt"
    if any(key.startswith(t) for t in words.tags) and n_words <= 25 and line[-1] not in ".؟!":
        return "tags"
    if head in words.related:
        return "related"
    if any(f in key for f in words.footer) and (n_words <= 60):
        return "footer"
    return None


def _assemble(raw: str, spans, reasons, header_dates) -> Cleaned:
    parts: list[str] = []
    origin = array("i")
    dropped = []
    for (s, e), reason in zip(spans, reasons):
        if reason is not None:
            dropped.append((s, e, reason))
            continue
        if parts:
            parts.append("\n")
            origin.append(s - 1 if s > 0 else 0)
        parts.append(raw[s:e])
        origin.extend(range(s, e))
    origin.append(len(raw))
    return Cleaned("".join(parts), origin, tuple(dropped), tuple(header_dates))
