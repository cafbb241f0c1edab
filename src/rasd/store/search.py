"""Full-text search over documents (SQLite FTS5 on the folded text).

Arabic attaches conjunctions, prepositions and the article to the word (والحكومة، بالحكومة،
للحكومة). The index therefore holds, for every word of the folded text, the word itself and its
forms with a leading و/ف and then one of بال كال لل ال ب ل ك removed; a query word matches when any
of its own such forms is in the index. Words of a query are ANDed and ranked by BM25.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from rasd.text.normalize import fold, normalize

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CONJ = "وف"
_PREFIXES = ("بال", "كال", "فال", "لل", "ال", "ب", "ل", "ك")
_MIN_STEM = 2


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text).lower())


@lru_cache(maxsize=300_000)
def variants(word: str) -> tuple[str, ...]:
    """The word and its forms with leading clitics removed: والحكومة → والحكومة الحكومة حكومة."""
    out = [word]
    cur = word
    if len(cur) > 3 and cur[0] in _CONJ:
        cur = cur[1:]
        out.append(cur)
    for p in _PREFIXES:
        if cur.startswith(p) and len(cur) - len(p) >= _MIN_STEM:
            out.append(cur[len(p):])
            break
    return tuple(out)


def index_text(text: str) -> str:
    """What goes into the FTS column for ``text``: each word followed by its variants."""
    return index_words(words(text))


def index_words(ws: list[str]) -> str:
    return " ".join(chain.from_iterable(map(variants, ws)))


def match_query(query: str) -> str | None:
    """An FTS5 MATCH expression for a user query, or None when it has no word."""
    terms = words(query)
    if not terms:
        return None
    groups = []
    for t in terms:
        alts = dict.fromkeys(variants(t))
        groups.append("(" + " OR ".join(f'"{a}"' for a in alts) + ")")
    return " AND ".join(groups)


def snippet(text: str, query: str, width: int = 80) -> str:
    """A window of ``text`` around the first word of the query found in it (spelling-folded)."""
    if not text:
        return ""
    norm = normalize(text)
    folded = norm.text.lower()
    best = None
    for t in words(query):
        for v in variants(t):
            if len(v) < _MIN_STEM:
                continue
            i = folded.find(v)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, i + len(v))
    if best is None:
        return " ".join(text[:width].split())
    s, e = norm.to_source(*best)
    lo = max(0, s - width // 2)
    hi = min(len(text), e + width // 2)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + " ".join(text[lo:hi].split()) + suffix
