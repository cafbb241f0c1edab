"""A phrase ruler over the token stream, aware of Arabic clitics.

All keys of a lexicon go into one Aho–Corasick automaton (pyahocorasick, in C) run once over the
document's *token stream*: the matching forms of its tokens joined by single spaces. A hit counts
only where it lines up with token boundaries, allowing the proclitics and enclitics of its class:

- ``noun``: (و|ف)(ب|ل|ك)(ال) or (و|ف)لل before; a pronoun enclitic or the accusative alef
  (وفدا) after; a key ending in ة/ه
  also matches its construct form with an enclitic (بعثة → بعثتها);
- ``name``: (و|ف)(ب|ل|ك) before, no article unless the name has it; nothing after (روسيا, لافروف);
- ``verb`` (present tense): (و|ف)(س|ل) before (س marks the future); an object enclitic after;
- ``past``: (و|ف) before (the future س and the ل of purpose only go with the present, so سلامة is
  no «س + لام + ه»); an object enclitic after;
- ``word``: (و|ف) before, nothing after.

``للوفاق`` is found by the key ``الوفاق`` through an extra key without the alef of the article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import ahocorasick

from rasd.model import Token
from rasd.text.normalize import fold

ENCLITICS = ("", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "ك", "نا")
# The first-person ي is left out on purpose: news text rarely says "my", and ي on a noun is far more
# often a nisba (اجتماع → اجتماعي "social"); verbs take the object form ني.
_PRE = {
    "noun": re.compile(r"(?:[وف]?(?:[بكل]?(?:ال)?|لل))"),
    "name": re.compile(r"(?:[وف]?[بكل]?)"),  # a name takes no article it does not have: المالي ≠ مالي
    "verb": re.compile(r"(?:[وف]?[سل]?)"),
    "past": re.compile(r"(?:[وف]?(?:لقد|قد)?)"),  # not ل: «لدعم» is «to support», not «لـ دعم»
    "word": re.compile(r"[وف]?"),
    "ll": re.compile(r"[وف]?ل"),  # the extra key of an ال-key: لل = ل + ال
}
_SUF_OK = {"noun": set(ENCLITICS) | {"ا"}, "name": {""}, "verb": set(ENCLITICS) | {"ني"},
           "past": set(ENCLITICS) | {"ني"},
           "word": {""},
           "t": set(ENCLITICS) - {""}}


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # index of the first token (in the token list given to find)
    last: int  # index of the last token (inclusive)
    prefix: str  # proclitics on the first token
    suffix: str  # enclitics on the last token
    key: str
    value: Any


class TokenStream:
    """The matching forms of a token list joined by spaces, with a map back to token indices."""

    __slots__ = ("text", "starts", "ends", "marbuta")

    def __init__(self, tokens: Sequence[Token], source: str | None = None):
        starts, ends, parts, pos = [], [], [], 0
        for tok in tokens:
            starts.append(pos)
            parts.append(tok.norm)
            pos += len(tok.norm)
            ends.append(pos)
            pos += 1
        self.text = " ".join(parts)
        self.starts = starts
        self.ends = ends
        # tokens written with a final ta marbuta (ة), whose folded ه is no pronoun: وعودة ≠ وعود + ه
        self.marbuta = {i for i, tok in enumerate(tokens) if source is not None and source[tok.end - 1:tok.end] == "ة"} \
            if source is not None else set()

    def token_at(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1


class PhraseMatcher:
    """Keys (phrases in ordinary spelling) → values, matched with clitics in one pass."""

    def __init__(self) -> None:
        self._keys: dict[str, list[tuple[str, str, Any]]] = {}  # stream key → [(cls, suffix_cls, value)]
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, phrase: str, value: Any, cls: str = "noun") -> None:
        if cls not in ("noun", "name", "verb", "past", "word"):
            raise ValueError(f"unknown match class {cls!r}")
        key = " ".join(fold(phrase).split())
        if not key:
            return
        self._put(key, cls, cls, value)
        if key.startswith("ال") and len(key) > 3 and cls in ("noun", "name"):
            self._put(key[1:], "ll", cls, value)
        if (cls == "noun" or (cls == "verb" and " " in key)) and key.endswith("ه") and len(key) > 2:
            self._put(key[:-1] + "ت", cls, "t", value)  # بعثة → بعثتها; عن رغبة → عن رغبتها
        if cls in ("noun",) and key.endswith("اء") and len(key) > 3:
            self._put(key[:-1] + "ي", cls, "t", value)  # استياء → استيائها
            self._put(key[:-1] + "و", cls, "t", value)  # استياء → استياؤه
        self._automaton = None

    def _put(self, key: str, pre: str, suf: str, value: Any) -> None:
        self._keys.setdefault(key, []).append((pre, suf, value))

    def __len__(self) -> int:
        return len(self._keys)

    def build(self) -> "PhraseMatcher":
        automaton = ahocorasick.Automaton()
        for key, values in self._keys.items():
            automaton.add_word(key, (key, values))
        automaton.make_automaton()
        self._automaton = automaton
        return self

    def find(self, stream: TokenStream) -> list[Match]:
        """Every hit in the stream that lines up with token boundaries (overlaps included)."""
        if self._automaton is None:
            self.build()
        text = stream.text
        out: list[Match] = []
        if not text or not self._keys:
            return out
        for end_pos, (key, values) in self._automaton.iter(text):
            start = end_pos - len(key) + 1
            end = end_pos + 1
            first = stream.token_at(start)
            last = stream.token_at(end_pos)
            prefix = text[stream.starts[first]:start]
            suffix = text[end:stream.ends[last]]
            if suffix.endswith("ه") and last in stream.marbuta:
                continue
            for pre, suf, value in values:
                if suffix and "ال" in prefix:
                    continue  # a definite noun takes no enclitic: الاجتماعي is no «the meeting + ي»
                if (not prefix or _PRE[pre].fullmatch(prefix)) and suffix in _SUF_OK[suf]:
                    if pre == "ll" and not prefix:
                        continue
                    if pre == "ll":
                        prefix = prefix + "ا"  # report the article the extra key swallowed
                    out.append(Match(first, last, prefix, suffix, key, value))
        return out


def longest(matches: Iterable[Match], rank=lambda m: 0) -> list[Match]:
    """Non-overlapping matches: longest first (in tokens), then by rank, then the longer key."""
    ordered = sorted(matches, key=lambda m: (-(m.last - m.first), rank(m), -len(m.key), m.first))
    taken: list[Match] = []
    used: set[int] = set()
    for m in ordered:
        span = range(m.first, m.last + 1)
        if any(i in used for i in span):
            continue
        used.update(span)
        taken.append(m)
    taken.sort(key=lambda m: m.first)
    return taken
