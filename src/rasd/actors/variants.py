"""Transliteration variants of people's names found by a folding key, not listed one by one.

The press spells a foreign name as it hears it: فرانسوا/فرنسوا هولاند/هولند، إيمانويل/إيمانوال
ماكرون، ديمتري/دميتري بيسكوف، كيم جونغ/جونج أون. Listing every spelling is hopeless; instead the
knowledge base compiles *keys* of each full name, and the actor stage keys the document's token
stream the same way (one str.translate and one regex over the whole text, then one Aho–Corasick
pass per key):

- the consonant key (people, organizations, countries, capitals): ص→س، ط→ت، ظ→ض، the g of
  foreign names ق/غ→ج, ء dropped (السليطي/السليتي، خلبوس/خلبوص، بيونغ/بيونج، زكرياء/زكريا); ك
  stays ك (جمال ≠ كمال), ث and ذ stay (ثامر ≠ سامر);
- the vowel key (people from outside the Arab League only): the consonant key without the long
  vowels ا و ي after a word's first letter, so that فرانسوا = فرنسوا and نتنياهو = نتانياهو.
  Arab names keep their vowels: حسن ≠ حسين، سليم ≠ سالم, and علي العريض must not become «على
  العرض»; Arabic names of organizations neither (الجامعة العربية ≠ الجمعية العربية).

A key that two people share (عدنان منصور، عدنان منصر) is dropped: such names are matched as
written only. Only full names of two words or more are keyed, never a family name alone.
"""
from __future__ import annotations

import re
from typing import Iterable

import ahocorasick

from rasd.text.matcher import Match, TokenStream
from rasd.text.normalize import fold

_CONSONANTS = (("ص", "س"), ("ط", "ت"), ("ظ", "ض"), ("ق", "ج"), ("غ", "ج"), ("ء", ""))
# a long vowel after a word's first letter, but not the alef of an article after a proclitic
# (والسراج، بالسراج keep their ال as السراج does)
_VOWELS = re.compile(r"\B[وي]|\B(?:(?<!\s[وفبكل])(?<!\s[وف][بكل])ا|ا(?!ل))")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")  # as before a name


def consonant_key(text: str) -> str:
    """The consonant key of folded text (the number of words does not change). A chain of
    str.replace: ten passes in C are many times faster than one str.translate on Arabic text."""
    for a, b in _CONSONANTS:
        text = text.replace(a, b)
    return text


def vowel_key(text: str) -> str:
    """The consonant key with the long vowels after each word's first letter dropped."""
    return _drop_vowels(consonant_key(text))


def _drop_vowels(key: str) -> str:
    return _VOWELS.sub("", " " + key)[1:]


class NameKeys:
    """The folding keys of full names, and their search in a document's token stream.

    One automaton holds the vowel keys of all names. A hit is a foreign name; for an Arab name or
    an organization it must also match its consonant key (the vowels as written), which is checked
    on the few hits there are."""

    def __init__(self) -> None:
        # vowel key → [(actor id, value, consonant key that must match, or None)]
        self._entries: dict[str, list[tuple[str, object, str | None]]] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._size = 0

    def add(self, names: Iterable[str], actor_id: str, value: object, *, vowels: Iterable[str] = ()) -> None:
        """Key the full names (two words or more) of one actor by their consonant key, and the
        names in ``vowels`` (a foreign person's, as written) by their vowel key alone where it is
        long enough to tell a name: seven letters or more in two words of three, or in three words
        one of them of four (فرنس هلند، جن اف لدرن; not خلس اكر = خلاص أجور, كن سك = كان السائق)."""
        loose = {consonant_key(f) for f in (" ".join(fold(n).split()) for n in vowels) if " " in f}
        for k in {consonant_key(f) for f in (" ".join(fold(n).split()) for n in names) if " " in f} | loose:
            key = _drop_vowels(k)
            words = key.split()
            strong = len(key) - len(words) + 1 >= 7 and (sum(len(w) >= 3 for w in words) >= 2 or
                                                        max(map(len, words)) >= 4 and sum(len(w) >= 2 for w in words) >= 3)
            entry = (actor_id, value, None if (k in loose and strong) else k)
            if entry not in self._entries.setdefault(key, []):
                self._entries[key].append(entry)

    def build(self) -> "NameKeys":
        automaton = ahocorasick.Automaton()
        for key, entries in self._entries.items():
            loose = {a for a, _, must in entries if must is None}
            by_consonants: dict[str, set[str]] = {}
            for a, _, must in entries:
                if must is not None:
                    by_consonants.setdefault(must, set()).add(a)
            kept = [(a, v, must) for a, v, must in entries
                    if (must is None and len(loose) == 1) or (must is not None and len(by_consonants[must]) == 1)]
            if kept:
                automaton.add_word(key, (key, kept))
                self._size += 1
        if self._size:
            automaton.make_automaton()
            self._automaton = automaton
        return self

    def find(self, stream: TokenStream) -> list[Match]:
        """Names whose key the keys of the stream's tokens spell, on token boundaries (with the
        proclitics a name takes); token indices are those of ``stream``."""
        if self._automaton is None:
            return []
        consonants = consonant_key(stream.text)
        text = _drop_vowels(consonants)
        words: list[str] | None = None
        out: list[Match] = []
        for end, (key, entries) in self._automaton.iter(text):
            start = end - len(key) + 1
            if end + 1 < len(text) and text[end + 1] != " ":
                continue
            prefix = text[text.rfind(" ", 0, start) + 1:start]
            if prefix not in _PROCLITICS:
                continue
            first = text.count(" ", 0, start)
            last = first + key.count(" ")
            found = []
            for actor_id, value, must in entries:
                if must is not None:
                    if words is None:
                        words = consonants.split(" ")
                    if " ".join(words[first:last + 1])[len(prefix):] != must:
                        continue
                found.append((actor_id, value))
            if len({a for a, _ in found}) == 1:
                out.append(Match(first, last, prefix, "", key, found[0][1]))
        return out

    def __len__(self) -> int:
        return self._size
