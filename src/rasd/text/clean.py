"""Clutter removal for scraped news pages, line by line, with a map back to the raw text.

A line is article body unless a rule says it is clutter; each dropped line is recorded with its
raw span and its reason. The rules read the line's features — its words (``data/ar/clutter.yaml``),
its length, script, final punctuation, position and repetition:

- ``latin``: mostly Latin script (English photo captions, a "Sputnik" credit line);
- ``no-letters``: no letter at all (rules, bullets, a bare number);
- ``date-widget``: a line that is only a date near the top, or a labelled date line
  («نشر في: …», «آخر تحديث …»). Returned in ``header_dates`` for the publication-date cascade: it
  may be the site's clock, not the article's date;
- ``breadcrumb``: ``الرئيسية / أخبار / …`` navigation;
- ``prompt``: a short line made of widget words (share, follow, comment, print, social networks,
  site navigation), or beginning like one («تابعنا على …»);
- ``related``: a related-stories heading, «اقرأ أيضا: …» on one line, and the headline-like lines
  after a heading (up to the article's next body paragraph; to the end when the heading closes
  the page);
- ``tags``: a tag list line (أوسمة الخبر …);
- ``footer``: a copyright line; an outlet's about-us paragraph (several about-us words, fewer when
  at the end of the page);
- ``masthead``: a masthead title line (رئيس التحرير …) and the short name line after it;
- ``caption`` and ``byline``: a photo or video credit; an author's credit line (كتب: …);
- ``repeated``: a short line met twice apart (a masthead printed twice, a section name);
- ``duplicate``: a later copy of a line already kept (a headline printed twice keeps its first copy);
- ``leading-fragment`` / ``trailing-fragment``: one or two words without final punctuation before
  the first or after the last body line (a section or category name).

Kept lines are unchanged but for trimming white space; the cleaned text joins them with ``\\n``.
The text keeps no other line separator, so ``text.split("\\n")`` gives the kept lines.
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

_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_TRIM = frozenset(" \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                  "\u200a\u200b\u200c\u200d\u200e\u200f\u202f\u205f\u2060\u3000\ufeff\u061c\u202a"
                  "\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_WORDS = re.compile(r"[^\W_]+")
_BARE_DROP = re.compile(r"[\d\W_]+")
_DAY = r"(?:ال)?(?:سبت|احد|أحد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه)"
_DATE = (r"(?:\d{1,2}\s*[/\-. ]\s*(?:\d{1,2}|[\u0600-\u06FF]+(?:\s*\([\u0600-\u06FF]+\))?)\s*[/\-. ,،]\s*\d{2,4}"
         r"|\d{4}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,2}|[\u0600-\u06FF]+\s+\d{1,2}\s*[,،]\s*\d{4})")
_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|مساء|صباحا|صباحاً|AM|PM|am|pm|GMT|[+-]\d{2}:?\d{2})?)"
_DATE_ONLY = re.compile(
    rf"^[\s\W]*(?:{_DAY}\s*[,،\-]?\s*)?(?:{_DATE})(?:\s*[-–|,،@]?\s*(?:الساعة\s*)?{_TIME})?[\s\W]*$")
_HAS_DATE = re.compile(rf"{_DATE}|\d{{1,2}}:\d{{2}}|\d{{4}}")
_SINCE = re.compile(r"^\W*منذ\s+\d+\s+\w+\W*$")
_BREADCRUMB_SEP = re.compile(r"\s[/>»›|\\]\s")
_CLOSERS = "\"'»”’)]}›>\u200f\u200e "
_FINAL = frozenset(".!?؟")
_TOP = 6  # lines at the top where a masthead, a date widget or a category stands


@dataclass(frozen=True, slots=True)
class ClutterWords:
    """The clutter vocabulary (``data/ar/clutter.yaml``), folded for matching."""

    prompts: frozenset[str]
    prompt_starts: frozenset[str]
    related: frozenset[str]
    tags: frozenset[str]
    copyright: frozenset[str]
    masthead: frozenset[str]
    about: frozenset[str]
    breadcrumb_roots: frozenset[str]
    captions: frozenset[str]
    bylines: frozenset[str]
    date_labels: frozenset[str]

    @classmethod
    def load(cls, path: Path | None = None) -> "ClutterWords":
        return _load(path or DATA_DIR / "ar" / "clutter.yaml")


@lru_cache(maxsize=4)
def _load(path: Path) -> ClutterWords:
    doc = load_yaml(path) or {}
    if not isinstance(doc, dict):
        raise LexiconError(str(path), 1, "expected a mapping of clutter kinds")
    keys = set(ClutterWords.__slots__)
    unknown = set(doc) - keys - {"__line__"}
    if unknown:
        raise LexiconError(str(path), 1, f"unknown key(s): {', '.join(sorted(unknown))}")
    missing = keys - set(doc)
    if missing:
        raise LexiconError(str(path), 1, f"missing key(s): {', '.join(sorted(missing))}")
    values = {}
    for k in keys:
        words = set()
        for w in as_list(doc[k]):
            if not isinstance(w, str) or not _bare(_key(w)):
                raise LexiconError(str(path), doc.get("__line__"), f"{k}: not a phrase: {w!r}")
            words.add(_bare(_key(w)))
        values[k] = frozenset(words)
    return ClutterWords(**values)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The article body of a page and the way back to the page."""

    text: str
    origin: array  # origin[i] = offset in raw of text[i]; origin[len(text)] = len(raw)
    dropped: tuple[tuple[int, int, str], ...]  # (raw start, raw end, reason), in raw order
    header_dates: tuple[str, ...] = field(default=())  # date lines dropped from the page's header

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the cleaned text back to a span of the raw text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def _key(s: str) -> str:
    return " ".join(fold(s).lower().replace("ـ", "").split())


def _bare(key: str) -> str:
    """A key without digits and punctuation: the words only."""
    return " ".join(_BARE_DROP.sub(" ", key).split())


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    key: str
    bare: str
    words: int
    final: bool  # ends a sentence (. ! ? ؟ before any closing quote or bracket)
    ellipsis: bool  # ends with … or ...

    @property
    def headline_like(self) -> bool:
        return (not self.final or self.ellipsis) and self.words <= 30

    @property
    def body_like(self) -> bool:
        return self.final and not self.ellipsis and self.words >= 10


def _lines(raw: str) -> list[_Line]:
    out = []
    start = 0
    for m in [*_LINE_BREAK.finditer(raw), None]:
        s, e = start, (m.start() if m else len(raw))
        if m:
            start = m.end()
        while s < e and (raw[s] in _TRIM or raw[s].isspace()):
            s += 1
        while e > s and (raw[e - 1] in _TRIM or raw[e - 1].isspace()):
            e -= 1
        if e <= s:
            continue
        text = raw[s:e]
        key = _key(text)
        tail = text.rstrip(_CLOSERS)
        ellipsis = tail.endswith("…") or tail.endswith("..")
        out.append(_Line(s, e, text, key, _bare(key), len(_WORDS.findall(text)),
                         bool(tail) and tail[-1] in _FINAL, ellipsis))
    return out


def _starts(bare: str, phrases: frozenset[str], max_words: int = 5) -> str | None:
    """The longest phrase that ``bare`` begins with (on word boundaries)."""
    words = bare.split()
    for n in range(min(max_words, len(words)), 0, -1):
        head = " ".join(words[:n])
        if head in phrases:
            return head
    return None


def _covered(bare: str, phrases: frozenset[str]) -> bool:
    """Whether ``bare`` is a sequence of phrases only (a row of widget words)."""
    words = bare.split()
    if not words:
        return False
    ok = [True] + [False] * len(words)
    for i in range(len(words)):
        if not ok[i]:
            continue
        for j in range(i + 1, min(i + 5, len(words)) + 1):
            if " ".join(words[i:j]) in phrases:
                ok[j] = True
    return ok[-1]


def _after(key: str, phrase_words: int) -> str:
    """What follows the first ``phrase_words`` words of a key (with its punctuation)."""
    rest = key
    for _ in range(phrase_words):
        m = re.search(r"[^\W\d_]+", rest)
        if not m:
            return ""
        rest = rest[m.end():]
    return rest.lstrip()


def _line_reason(ln: _Line, index: int, w: ClutterWords) -> str | None:
    text, key, bare, n = ln.text, ln.key, ln.bare, ln.words
    ar = la = 0
    for word in _WORDS.findall(text):
        if _ARABIC.match(word):
            ar += 1
        elif _LATIN.match(word):
            la += 1
    if index < _TOP + 2 and _DATE_ONLY.match(text):
        return "date-top"
    if la > ar and (n <= 25 or la > 2 * ar):
        return "latin"
    if ar == 0 and la == 0 and not any(c.isdigit() for c in text):
        return "no-letters"
    if n <= 10 and _covered(bare, w.prompts):
        return "prompt"
    if n <= 8 and _starts(bare, w.prompt_starts):
        return "prompt"
    if n <= 30 and _BREADCRUMB_SEP.search(text):
        parts = [p for p in _BREADCRUMB_SEP.split(text) if p.strip()]
        first = _bare(_key(parts[0])) if parts else ""
        if len(parts) >= 2 and (first in w.breadcrumb_roots
                                or (index < _TOP and len(parts) >= 3 and not ln.final
                                    and all(len(p.split()) <= 6 for p in parts[:-1]))):
            return "breadcrumb"
    head = _starts(bare, w.related)
    if head is not None:
        if head == bare:
            return "related-heading"
        rest = _after(key, len(head.split()))
        if rest[:1] in (":", "-", "–", "|", "»", ">") and n <= 35:
            return "related"
    head = _starts(bare, w.tags)
    if head is not None and n <= 30 and not (ln.final and not ln.ellipsis):
        rest = _after(key, len(head.split()))
        if rest.startswith(":") or (" " in head and rest):
            return "tags"
    if n <= 15 or "©" in text:
        if any(c in bare for c in w.copyright) or "©" in text or "(c)" in key:
            return "footer"
    if n <= 8 and _starts(bare, w.masthead):
        return "masthead"
    head = _starts(bare, w.captions, 3)
    if head is not None and n <= 15:
        rest = _after(key, len(head.split()))
        if not rest or rest[:1] in (":", "-", "–", "/", "|", ")", "(") or text[:1] in "([":
            return "caption"
    head = _starts(bare, w.bylines, 2)
    if head is not None and n <= 7 and not ln.final:
        rest = _after(key, len(head.split()))
        if rest[:1] in (":", "-", "–", "/", "|") or (n <= 4 and index < _TOP):
            return "byline"
    if n <= 14:
        head = _starts(bare, w.date_labels, 3)
        if head is not None:
            rest = _after(key, len(head.split()))
            if _HAS_DATE.search(rest) and len(_bare(rest).split()) <= 8:
                return "date-widget"
        if _SINCE.match(key):
            return "date-widget"
    return None


def clean(raw: str, words: ClutterWords | None = None) -> Cleaned:
    """The article body of a scraped page (see the module doc for the rules)."""
    w = words or ClutterWords.load()
    lines = _lines(raw)
    reasons: list[str | None] = [_line_reason(ln, i, w) for i, ln in enumerate(lines)]
    about_hits = [sum(1 for c in w.about if c in ln.bare) if ln.words >= 5 else 0 for ln in lines]
    _mark_context(lines, reasons, about_hits)
    header_dates = tuple(ln.text for ln, r in zip(lines, reasons) if r == "date-widget")
    return _assemble(raw, lines, reasons, header_dates)


def _mark_context(lines: list[_Line], reasons: list[str | None], about_hits: list[int]) -> None:
    n = len(lines)
    # a date alone on a line is the site's date widget only in the page's header, before the body
    seen_body = False
    for i, ln in enumerate(lines):
        if reasons[i] == "date-top":
            reasons[i] = None if seen_body else "date-widget"
        elif reasons[i] is None and ln.words >= 6 and (ln.final or ln.text.rstrip(_CLOSERS).endswith(":")):
            seen_body = True  # a sentence (a headline has no final stop)
    # the short name line under a masthead title
    for i in range(n - 1):
        nxt = lines[i + 1]
        if reasons[i] == "masthead" and reasons[i + 1] is None and i + 1 < _TOP + 4 \
                and nxt.words <= 3 and not nxt.final:
            reasons[i + 1] = "masthead"
    # repetition: short lines met apart are page furniture; later copies of a line are duplicates
    where: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        where.setdefault(ln.key, []).append(i)
    for key, idx in where.items():
        if len(idx) < 2:
            continue
        ln = lines[idx[0]]
        short = ln.words <= 6 and not ln.final
        apart = any(b - a > 1 for a, b in zip(idx, idx[1:]))
        if short and (ln.words <= 2 or apart):
            for i in idx:
                reasons[i] = reasons[i] or "repeated"
            continue
        # a copy right under its original, or a paragraph met again, is a duplicate; short
        # list items met twice (specifications, results) are left alone
        for a, b in zip(idx, idx[1:]):
            if b - a == 1 or ln.words >= 25 or (a == _first_kept(reasons) and b < _TOP + 2):
                reasons[b] = reasons[b] or "duplicate"
    # about-us footers: three about-us words anywhere, two among the last lines of the page
    for i in range(n):
        if reasons[i] is None and (about_hits[i] >= 3 or (about_hits[i] >= 2 and i >= n - 3)):
            reasons[i] = "footer"
    # related-stories headings and the lists after them
    for i in range(n):
        if reasons[i] != "related-heading":
            continue
        closing = i >= n / 2
        j = i + 1
        while j < n:
            ln = lines[j]
            if reasons[j] is not None and reasons[j] != "related-heading":
                j += 1
                continue
            if reasons[j] == "related-heading":
                break
            if ln.body_like and (not closing or (j + 1 < n and lines[j + 1].body_like
                                                 and reasons[j + 1] is None)):
                break
            reasons[j] = "related"
            j += 1
    for i in range(n):
        if reasons[i] == "related-heading":
            reasons[i] = "related"
    # one or two words without final punctuation before the first or after the last body line
    body = [i for i in range(n) if reasons[i] is None and lines[i].words >= 3]
    if body:
        for i in range(body[0]):
            if reasons[i] is None and lines[i].words <= 2 and not lines[i].final:
                reasons[i] = "leading-fragment"
        for i in range(body[-1] + 1, n):
            if reasons[i] is None and lines[i].words <= 2 and not lines[i].final:
                reasons[i] = "trailing-fragment"


def _first_kept(reasons: list[str | None]) -> int:
    return next((i for i, r in enumerate(reasons) if r is None), -1)


def _assemble(raw: str, lines: list[_Line], reasons: list[str | None],
              header_dates: tuple[str, ...]) -> Cleaned:
    parts: list[str] = []
    origin = array("i")
    dropped = []
    for ln, reason in zip(lines, reasons):
        if reason is not None:
            dropped.append((ln.start, ln.end, reason))
            continue
        if parts:
            parts.append("\n")
            origin.append(ln.start - 1)
        parts.append(ln.text)
        origin.extend(range(ln.start, ln.end))
    origin.append(len(raw))
    return Cleaned("".join(parts), origin, tuple(dropped), header_dates)
