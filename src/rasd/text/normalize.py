"""Matching forms of Arabic text.

The displayed text is never changed. :func:`normalize` builds a *matching form* of it in which
spelling variants that carry no meaning for matching are folded, with an offset map back to the
original, so that every match found in the matching form can be shown in the text the user wrote.

Folding rules (one table, applied character by character):

- diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel are dropped;
- alef forms أ إ آ ٱ → ا; alef maqsura ى → ي; ta marbuta ة → ه; hamza seats ؤ → و, ئ → ي;
- Persian/Urdu letters: ی ي ې → ي, ک → ك, ڤ → ف, پ → ب, گ → ك, چ → ج, ە → ه;
- Arabic-Indic and Persian digits → ASCII; Arabic comma, semicolon and question mark kept;
- typographic quotes and dashes unified; any run of white space stays as is (same length).

:func:`name_key` is a coarser key for foreign and family names (issue 3: شويغو/شويجو).
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

_DROP = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640", "\u200c", "\u200d",
                                                       "\u200e", "\u200f", "\u061c", "\ufeff"}
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه",
    "ؤ": "و",
    "ک": "ك", "گ": "ك", "ڭ": "ك",
    "ڤ": "ف", "ڥ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
    "–": "-", "—": "-", "‐": "-",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)

_TABLE = {ord(k): v for k, v in _MAP.items()}
_TABLE.update({ord(c): None for c in _DROP})


@dataclass(frozen=True, slots=True)
class Normalized:
    """A matching form and, for each of its characters, the offset it came from."""

    text: str
    origin: array  # origin[i] = offset in the source text of text[i]; origin[len(text)] = len(source)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the matching form back to a span of the source text."""
        if end <= start:
            pos = self.origin[start]
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> str:
    """The matching form of a string, without offsets (for lexicon keys)."""
    return text.translate(_TABLE)


_DROPPED = re.compile("[" + "".join(sorted(_DROP)) + "]+")


def normalize(text: str) -> Normalized:
    """The matching form of ``text`` with an offset map back to it.

    Every mapping is one character to one character; only dropped characters (diacritics,
    tatweel, direction marks) shift offsets, so the map is built from the runs between them."""
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        origin = array("i", range(len(text) + 1))
        return Normalized(folded, origin)
    origin = array("i")
    pos = 0
    for m in _DROPPED.finditer(text):
        origin.extend(range(pos, m.start()))
        pos = m.end()
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return Normalized(folded, origin)


_NAME_FOLD = str.maketrans({"غ": "ك", "ج": "ك", "ق": "ك", "ك": "ك", "ء": None, "ع": None,
                            "ث": "س", "ص": "س", "ذ": "ز", "ظ": "ز", "ض": "د", "ط": "ت"})
_VOWELS = set("اوي")


def name_key(name: str) -> str:
    """A coarse key for person and place names that merges transliteration variants.

    ``شويغو``, ``شويجو`` → same key; ``بوغدانوف``, ``بوجدانوف`` → same key; ``الباعور``, ``الباور``
    → same key; ``فائز``, ``فايز`` → same key. The article ``ال`` before a family name is dropped.
    Long vowels are dropped except at the start of a word, double letters collapsed; different
    consonant skeletons (فائز ≠ فارس) stay different.
    """
    words = []
    for word in fold(name).split():
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        elif word.startswith("ا") and len(word) > 4 and word[1] not in _VOWELS:
            word = word[1:]  # prothetic alef: امعيتيق = معيتيق
        word = word.translate(_NAME_FOLD)
        if not word:
            continue
        kept = [word[0]] + [c for c in word[1:] if c not in _VOWELS]
        collapsed = [c for i, c in enumerate(kept) if i == 0 or c != kept[i - 1]]
        words.append("".join(collapsed))
    return " ".join(words)
