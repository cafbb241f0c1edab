"""The date grammar: a few compiled regular expressions over the matching form of a text.

Each rule is one regex built from the vocabulary in ``dates.yaml``. It runs over the folded text
(:func:`rasd.text.normalize.normalize`), so its alternatives are folded too. Every rule has a
group ``body`` (the expression as shown to the user, without a leading clitic or preposition) and
named groups that :mod:`rasd.time.resolve` reads. Rules:

``dmy``       [weekday] day [و day2] [من] [شهر] month [(month)] [year | من هذا العام | الماضي…]
``dom``       day من الشهر الجاري / الماضي / المقبل (الثاني من الشهر الجاري)
``numeric``   15/04/2021, 15-04-2021, 15.04.2021, 2021-04-15
``hijri``     [day] hijri-month [hijri year] [هـ]
``month``     [بداية…] [شهر] month [(month)] [year | الماضي…]
``weekday``   [مساء] [يوم] weekday [الماضي | المقبل]
``relday``    [مساء] [يوم] اليوم | أمس | أول أمس | غدا … [weekday]
``period``    [بداية…] (هذا العام | العام الماضي | الأسبوع المقبل | الشهر الجاري …)
``ago``       منذ | قبل [نحو] [n] unit
``year``      [في | عام | سنة …] 2013
``anaphora``  في اليوم نفسه, ذات اليوم, الفترة نفسها, اليوم الموالي
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import ahocorasick

from rasd.time.lexicon import DateLexicon, default_lexicon

# A word starts here: no letter or digit before it (a decimal point or a slash neither), then
# the clitics that may stick to it (و ف, then ب ل ك).
_START = r"(?<![\w.,/])(?:[وف]?[بلك]?)"
_END = r"(?!\w)"
_SEP = r"\s*[,،]?\s*"
_YEAR = r"(?:19|20)\d\d(?!\d)"

RULES = ("dmy", "dom", "numeric", "hijri", "month", "weekday", "relday", "period", "ago", "year", "anaphora")


def alt(forms: Iterable[str]) -> str:
    """A non-capturing alternation of folded forms, longest first; spaces match any white space."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in uniq) + ")"


# A rule runs only in windows around the hits of its gate (a plain alternation, which the regex
# engine scans fast): this many characters before a hit and at least this many after it.
WINDOW_BEFORE = 64
WINDOW_AFTER = 80
_SPACE = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class Grammar:
    lexicon: DateLexicon
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    gate_words: ahocorasick.Automaton  # word → (length, rules whose every match contains it)
    gate_digits: tuple[tuple[str, re.Pattern[str]], ...]  # rules gated by a digit pattern
    next_word: re.Pattern[str]  # the word after a match
    before_month: re.Pattern[str]  # a preposition right before a bare month name
    name_before: re.Pattern[str]  # شارع, ثورة … right before a day and month: a name, not a date
    future: re.Pattern[str]  # a future marker in the words before a bare day name
    publication_cue: re.Pattern[str]  # a header line that announces the publication date
    counted: re.Pattern[str]  # what a number counts (في 2000 حالة): then it is no year
    day_adjective: re.Pattern[str]  # اليوم الوطني, اليوم الأول: a day, not today

    def rule(self, name: str) -> re.Pattern[str]:
        """The compiled regex of one rule."""
        return dict(self.rules)[name]

    def windows(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """For each rule, disjoint spans of ``text`` around the hits of its gate words.

        A rule runs only there: a hit is a whole word (clitics allowed before it), and a span
        reaches ``WINDOW_BEFORE`` characters before it and at least ``WINDOW_AFTER`` after it, up
        to the next space.
        """
        hits: dict[str, list[tuple[int, int]]] = {}
        for end, (length, rules) in self.gate_words.iter(text):
            start = end + 1 - length
            if _whole_word(text, start, end + 1):
                for rule in rules:
                    hits.setdefault(rule, []).append((start, end + 1))
        for rule, pattern in self.gate_digits:
            found = [m.span() for m in pattern.finditer(text)]
            if found:
                hits[rule] = found
        return {rule: _spans(text, found) for rule, found in hits.items()}


def _whole_word(text: str, start: int, end: int) -> bool:
    if end < len(text) and text[end].isalpha():
        return False
    i = start - 1
    for clitics in ("بلك", "وف"):  # at most one of each, in this order backwards
        if i >= 0 and text[i] in clitics:
            i -= 1
    return i < 0 or not text[i].isalnum()


def _spans(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(hits):
        lo = max(0, start - WINDOW_BEFORE)
        if out and lo <= out[-1][1]:
            if end + WINDOW_AFTER <= out[-1][1]:
                continue
            lo = out.pop()[0]
        space = _SPACE.search(text, end + WINDOW_AFTER)
        out.append((lo, space.start() if space else len(text)))
    return out


def _gate_automaton(gates: dict[str, Iterable[str]]) -> ahocorasick.Automaton:
    """An automaton of gate words: the longest word of each form (rarer than the first)."""
    words: dict[str, set[str]] = {}
    for rule, forms in gates.items():
        for form in forms:
            word = max(form.split(), key=len)
            words.setdefault(word, set()).add(rule)
    automaton = ahocorasick.Automaton()
    for word, rules in words.items():
        automaton.add_word(word, (len(word), tuple(sorted(rules))))
    automaton.make_automaton()
    return automaton


def build(lex: DateLexicon) -> Grammar:
    month = alt(lex.months)
    month2 = rf"(?:\s*[(/]\s*(?P<month2>{month})\s*\)?)?"
    weekday = alt(lex.weekdays)
    daypart = alt(lex.day_parts)
    direction = alt(lex.direction)
    this = alt(lex.this)
    year_periods = alt(k for k, v in lex.periods.items() if v == "year")
    parts = alt(lex.period_parts)
    gmark = alt(lex.gregorian_marks)
    # what may come before an explicit date: مساء اليوم، الاثنين 5 ديسمبر
    prefix = (rf"(?:{daypart}\s+)?(?:(?:يوم|اليوم|امس|غدا){_SEP})?"
              rf"(?:(?P<weekday>{weekday})(?:\s+{direction})?(?:\s+الموافق(?:\s*ل)?)?{_SEP})?")
    year_tail = (rf"(?:{_SEP}(?:من\s+)?(?:(?:عام|العام|سنه|السنه)\s+)?(?P<year>{_YEAR})"
                 rf"(?:\s*{gmark}{_END})?"
                 rf"|\s+من\s+(?:(?P<ythis>{this})\s+{year_periods}"
                 rf"|{year_periods}\s+(?P<ydir>{direction})))")
    modifier = rf"\s+(?P<dir>{direction})"

    day = (rf"(?:(?P<day>\d{{1,2}})(?:\s*(?:و|-|الي|حتي)\s*(?P<day2>\d{{1,2}}))?"
           rf"|(?P<ordinal>{alt(lex.ordinal_days)}))")
    rules = {
        "dmy": (rf"{prefix}{day}\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{month}){month2}"
                rf"(?:{year_tail}|{modifier})?"),
        "dom": (rf"{prefix}{day}\s+من\s+(?:(?P<this>{this})\s+الشهر|الشهر\s+(?P<dir>{direction}))"),
        "numeric": (rf"{prefix}(?:(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})"
                    rf"|(?P<y2>{_YEAR})(?P<sep2>[/.-])(?P<m2>\d{{1,2}})(?P=sep2)(?P<d2>\d{{1,2}}))"
                    r"(?![/.-]\d)"),
        "hijri": (rf"{prefix}(?:(?P<day>\d{{1,2}})\s+(?:من\s+)?)?(?:شهر\s+)?(?P<hmonth>{alt(lex.hijri_months)})"
                  rf"(?:\s+(?:(?:سنه|عام)\s+)?(?P<year>1(?:3[4-9]|4\d)\d|1500)(?!\d)"
                  rf"(?:\s*(?P<mark>{alt(lex.hijri_marks)}){_END})?)?"),
        "month": (rf"(?:(?P<part>{parts})\s+)?(?:(?P<shahr>شهر)\s+)?(?P<month>{month}){month2}"
                  rf"(?:{year_tail}|{modifier})?"),
        "weekday": rf"(?:{daypart}\s+)?(?:يوم\s+)?(?P<weekday>{weekday})(?:{modifier})?",
        "relday": (rf"(?:{daypart}\s+)?(?:يوم\s+)?(?P<rel>{alt(lex.relative_days)})"
                   rf"(?:{_SEP}(?P<weekday>{weekday}))?"),
        "period": (rf"(?:(?P<part>{parts})\s+)?(?:(?P<this>{this})\s+(?P<unit>{alt(lex.periods)})"
                   rf"|(?P<unit2>{alt(lex.periods)})(?:\s+(?P<dir>{direction}))?)"),
        "ago": (rf"(?P<ago>{alt(lex.ago)})\s+(?:{alt(lex.approx)}\s+)?"
                rf"(?:(?P<num>\d{{1,3}}|{alt(lex.numbers)})\s+)?(?P<unit>{alt(lex.units)})"
                rf"(?!\w)(?!\s*\d)(?!\s+(?:من|علي){_END})"),
        "year": (rf"(?:(?P<part>{parts})\s+)?(?:(?P<noun>{alt(lex.year_nouns)})\s+)?(?P<year>{_YEAR})"
                 rf"(?:\s*{gmark}(?!\w))?"
                 r"(?!\s*[-/.,]\s*\d)"),
        "anaphora": (rf"(?:(?P<before>{alt(lex.anaphora_same_before)})\s+(?P<unit>{alt(lex.anaphora_units)})"
                     rf"|(?P<unit2>{alt(lex.anaphora_units)})\s+(?P<after>{alt(lex.anaphora_same)})"
                     rf"|(?P<next>{alt(lex.anaphora_next_day)}))(?!\s+من{_END})"),
    }
    lead = {  # words that may stand before the body without being part of it
        "year": rf"(?:(?P<prep>{alt(lex.year_preps)})\s+)?",
        "anaphora": r"(?:في\s+)?",
    }
    compiled = tuple(
        (name, re.compile(_START + lead.get(name, "") + f"(?P<body>{rules[name]})" + _END))
        for name in RULES)
    gates = {
        "dmy": lex.months, "month": lex.months, "dom": ["الشهر"], "hijri": lex.hijri_months, "weekday": lex.weekdays,
        "relday": lex.relative_days, "period": lex.periods, "ago": lex.ago,
        "anaphora": [*lex.anaphora_same, *lex.anaphora_same_before, *lex.anaphora_next_day],
    }
    return Grammar(
        lexicon=lex,
        rules=compiled,
        gate_words=_gate_automaton(gates),
        gate_digits=(("numeric", re.compile(r"\d[/.-]\d")), ("year", re.compile(r"(?:19|20)\d\d"))),
        next_word=re.compile(r"\s*([^\s\d\W]\w*)"),
        before_month=re.compile(r"(?<!\w)[وف]?(?:في|خلال|منذ|حتي|قبل|بعد|من|الي|غايه|شهر)\s+$"),
        future=re.compile(alt(lex.future_markers) + _END),
        name_before=re.compile(r"(?<!\w)[وفبلك]?(?:ال)?" + alt(lex.names_before_day) + r"\s+$"),
        counted=re.compile(r"\s*(?:%|" + alt(lex.not_year_after) + _END + ")"),
        day_adjective=re.compile(r"\s*(?:ال\w*ي|" + alt([*lex.day_adjectives, *lex.ordinal_days]) + ")" + _END),
        publication_cue=re.compile(r"(?<!\w)" + alt(lex.publication_cues) + _END),
    )


@lru_cache(maxsize=4)
def default_grammar() -> Grammar:
    return build(default_lexicon())
