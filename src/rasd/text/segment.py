"""Sentences and tokens.

Sentences end at . ! ? ؟ … and at line breaks, but not inside «…» quotes, not in a decimal number
(3.5), and not after a one-letter abbreviation (د. = Dr.). Tokens are words (letters and digits,
clitics still attached; the matcher handles clitics) and single punctuation marks; each token keeps
its offsets in the cleaned text and its matching form.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from rasd.model import Sentence, Token
from rasd.text.normalize import Normalized

_ENDERS = set(".!?؟…")
# Punctuation tokens: what ends a clause or a phrase for the stages that read tokens.
PUNCTUATION = frozenset("،,.:؛;!?؟()[]")
_WORD = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
_MAX_QUOTE = 600  # a «quote» longer than this is taken as unbalanced and no longer protects


_MARKS = re.compile(r"[.!?؟…\n«»]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of ``text``, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth = 0
    opened_at = 0
    n = len(text)
    resume = 0
    for mark in _MARKS.finditer(text):
        i = mark.start()
        if i < resume:
            continue
        ch = text[i]
        if ch == "«":
            if depth == 0:
                opened_at = i
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
        elif ch == "\n":
            depth = 0
            spans.append((start, i))
            start = i + 1
        elif ch in _ENDERS:
            if depth and i - opened_at > _MAX_QUOTE:
                depth = 0
            if not depth and not _is_protected(text, i):
                end = i + 1
                while end < n and text[end] in _ENDERS:  # "!!" "؟!" "..."
                    end += 1
                while end < n and text[end] in "»\"'”)":
                    if text[end] == "»" and depth:
                        depth -= 1
                    end += 1
                spans.append((start, end))
                start = end
                resume = end
    spans.append((start, n))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_protected(text: str, i: int) -> bool:
    """A period that does not end a sentence: 3.5, a one-letter abbreviation (د.), a URL/domain."""
    if text[i] != ".":
        return False
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isdigit() and nxt.isdigit():
        return True
    if nxt.isalnum() and nxt.isascii() and prev.isascii() and prev.isalnum():
        return True  # example.org, U.S
    if prev.isalpha() and (i < 2 or not text[i - 2].isalnum()):
        return True  # one-letter abbreviation
    return False


def segment(text: str, norm: Normalized) -> tuple[list[Sentence], list[Token]]:
    """Sentences of ``text`` and the tokens of each, matched on the normalized form ``norm``."""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    origin = norm.origin
    same = len(norm.text) == len(text)  # nothing dropped: offsets are the same
    for index, (s, e) in enumerate(split_sentences(text)):
        sentences.append(Sentence(index, s, e))
        ns, ne = (s, e) if same else (bisect_left(origin, s, 0, len(norm.text)), bisect_left(origin, e, 0, len(norm.text)))
        if same:
            tokens.extend(Token(m.start(), m.end(), m.group(), index) for m in _WORD.finditer(norm.text, ns, ne))
            continue
        for m in _WORD.finditer(norm.text, ns, ne):
            ts, te = origin[m.start()], origin[m.end() - 1] + 1
            tokens.append(Token(ts, te, m.group(), index))
    return sentences, tokens
