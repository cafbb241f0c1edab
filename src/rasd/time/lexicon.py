"""The date vocabulary (``data/ar/dates.yaml``), validated and folded for matching.

Every form is stored in its matching form (:func:`rasd.text.normalize.fold`, inner white space
collapsed), so that a captured piece of folded text can be looked up directly.
A malformed file raises :class:`DateLexiconError` naming the file and the line.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from rasd.text.normalize import fold

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "ar" / "dates.yaml"

_STR_LISTS = ("hijri_marks", "gregorian_marks", "day_parts", "this", "ago", "approx", "year_nouns",
              "year_preps", "not_year_after", "day_adjectives", "names_before_day", "future_markers", "publication_cues")
_TOP = {"months", "hijri_months", "weekdays", "relative_days", "direction", "periods", "units",
        "numbers", "ordinal_days", "period_parts", "anaphora", "attachment", *_STR_LISTS}
_ATTACHMENT = {"relatives", "subordinators", "nested", "earlier", "meeting_frames", "meeting_nouns", "pluperfect",
               "present"}


class DateLexiconError(ValueError):
    """dates.yaml is malformed: the message names the file, the line and the problem."""


def key(form: str) -> str:
    """The lookup key of a form: folded, inner white space collapsed."""
    return " ".join(fold(form).split())


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """Folded forms mapped to what they mean."""

    months: dict[str, int]  # يناير / جانفي / كانون الثاني → 1
    ambiguous_months: frozenset[str]
    hijri_months: dict[str, int]
    hijri_marks: tuple[str, ...]
    gregorian_marks: tuple[str, ...]
    weekdays: dict[str, int]  # Monday 0 … Sunday 6
    relative_days: dict[str, tuple[int, str]]  # form → (offset in days, canonical form)
    day_parts: tuple[str, ...]
    direction: dict[str, str]  # form → past | next | current
    this: tuple[str, ...]
    periods: dict[str, str]  # العام → year
    units: dict[str, tuple[str, int | None]]  # form → (unit, count: 1, 2 or None for plurals)
    ago: tuple[str, ...]
    approx: tuple[str, ...]
    numbers: dict[str, int]
    ordinal_days: dict[str, int]
    period_parts: dict[str, str]  # form → start | middle | end
    year_nouns: tuple[str, ...]
    year_preps: tuple[str, ...]
    not_year_after: tuple[str, ...]
    day_adjectives: tuple[str, ...]
    names_before_day: tuple[str, ...]
    anaphora_same: tuple[str, ...]
    anaphora_same_before: tuple[str, ...]
    anaphora_units: tuple[str, ...]
    anaphora_next_day: tuple[str, ...]
    future_markers: tuple[str, ...]
    publication_cues: tuple[str, ...]
    attachment: dict[str, frozenset[str]]  # relatives, subordinators … (see dates.yaml)


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: yaml.Node, message: str) -> DateLexiconError:
        return DateLexiconError(f"{self.path}:{node.start_mark.line + 1}: {message}")

    def mapping(self, node: yaml.Node, allowed: set[str] | None, required: set[str] = frozenset(),
                where: str = "") -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{where}: expected a mapping")
        out: dict[str, yaml.Node] = {}
        for k, v in node.value:
            name = k.value
            if allowed is not None and name not in allowed:
                raise self.fail(k, f"{where}: unknown key {name!r} (allowed: {', '.join(sorted(allowed))})")
            if name in out:
                raise self.fail(k, f"{where}: key {name!r} given twice")
            out[name] = v
        missing = required - out.keys()
        if missing:
            raise self.fail(node, f"{where}: missing key(s) {', '.join(sorted(missing))}")
        return out

    def strings(self, node: yaml.Node, where: str) -> list[str]:
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            raise self.fail(node, f"{where}: expected a non-empty list of words")
        out = []
        for item in node.value:
            if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
                raise self.fail(item, f"{where}: expected a word")
            out.append(str(item.value))
        return out

    def integer(self, node: yaml.Node, lo: int, hi: int, where: str) -> int:
        try:
            value = int(node.value)
        except (TypeError, ValueError):
            raise self.fail(node, f"{where}: expected a whole number") from None
        if not lo <= value <= hi:
            raise self.fail(node, f"{where}: {value} is outside {lo}..{hi}")
        return value

    def numbered(self, node: yaml.Node, field: str, lo: int, hi: int, where: str,
                 extra: set[str] = frozenset()) -> list[tuple[int, list[str], dict[str, yaml.Node]]]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{where}: expected a list")
        out, seen = [], set()
        for item in node.value:
            m = self.mapping(item, {field, "names", *extra}, {field, "names"}, where)
            n = self.integer(m[field], lo, hi, f"{where}.{field}")
            if n in seen:
                raise self.fail(m[field], f"{where}: {field} {n} given twice")
            seen.add(n)
            out.append((n, self.strings(m["names"], f"{where}.names"), m))
        return out


def _put(table: dict, form: str, value: Any, checker: _Checker, node: yaml.Node, where: str) -> None:
    k = key(form)
    if k in table and table[k] != value:
        raise checker.fail(node, f"{where}: {form!r} already means {table[k]!r}")
    table[k] = value


def load_lexicon(path: Path | str = DEFAULT_PATH) -> DateLexicon:
    """Read and validate a dates.yaml file."""
    path = Path(path)
    ck = _Checker(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DateLexiconError(f"{path}: not valid YAML: {exc}") from None
    if root is None:
        raise DateLexiconError(f"{path}: empty file")
    top = ck.mapping(root, _TOP, _TOP, "dates.yaml")

    months: dict[str, int] = {}
    ambiguous: set[str] = set()
    for n, names, m in ck.numbered(top["months"], "month", 1, 12, "months", {"ambiguous"}):
        for name in names:
            _put(months, name, n, ck, m["names"], "months")
        if "ambiguous" in m:
            for name in ck.strings(m["ambiguous"], "months.ambiguous"):
                if key(name) not in months:
                    raise ck.fail(m["ambiguous"], f"months.ambiguous: {name!r} is not a name of this month")
                ambiguous.add(key(name))
    hijri: dict[str, int] = {}
    for n, names, m in ck.numbered(top["hijri_months"], "month", 1, 12, "hijri_months"):
        for name in names:
            _put(hijri, name, n, ck, m["names"], "hijri_months")
    weekdays: dict[str, int] = {}
    for n, names, m in ck.numbered(top["weekdays"], "weekday", 0, 6, "weekdays"):
        for name in names:
            _put(weekdays, name, n, ck, m["names"], "weekdays")
    relative: dict[str, tuple[int, str]] = {}
    for n, names, m in ck.numbered(top["relative_days"], "offset", -7, 7, "relative_days"):
        for name in names:
            _put(relative, name, (n, names[0]), ck, m["names"], "relative_days")

    direction: dict[str, str] = {}
    dmap = ck.mapping(top["direction"], {"past", "next", "current"}, {"past", "next", "current"}, "direction")
    for kind, node in dmap.items():
        for form in ck.strings(node, f"direction.{kind}"):
            _put(direction, form, kind, ck, node, "direction")
    periods: dict[str, str] = {}
    pmap = ck.mapping(top["periods"], {"week", "month", "year"}, {"week", "month", "year"}, "periods")
    for unit, node in pmap.items():
        for form in ck.strings(node, f"periods.{unit}"):
            _put(periods, form, unit, ck, node, "periods")
    units: dict[str, tuple[str, int | None]] = {}
    umap = ck.mapping(top["units"], {"day", "week", "month", "year"}, {"day", "week", "month", "year"}, "units")
    for unit, node in umap.items():
        forms = ck.mapping(node, {"one", "two", "plural"}, {"one", "two", "plural"}, f"units.{unit}")
        for kind, count in (("one", 1), ("two", 2), ("plural", None)):
            for form in ck.strings(forms[kind], f"units.{unit}.{kind}"):
                _put(units, form, (unit, count), ck, forms[kind], "units")
    numbers: dict[str, int] = {}
    ck.mapping(top["numbers"], None, where="numbers")
    for k_node, v_node in top["numbers"].value:
        _put(numbers, k_node.value, ck.integer(v_node, 1, 100, "numbers"), ck, k_node, "numbers")
    ordinals: dict[str, int] = {}
    ck.mapping(top["ordinal_days"], None, where="ordinal_days")
    for k_node, v_node in top["ordinal_days"].value:
        _put(ordinals, k_node.value, ck.integer(v_node, 1, 31, "ordinal_days"), ck, k_node, "ordinal_days")
    parts: dict[str, str] = {}
    ppmap = ck.mapping(top["period_parts"], {"start", "middle", "end"}, {"start", "middle", "end"}, "period_parts")
    for kind, node in ppmap.items():
        for form in ck.strings(node, f"period_parts.{kind}"):
            _put(parts, form, kind, ck, node, "period_parts")
    ana = ck.mapping(top["anaphora"], {"same", "same_before", "units", "next_day"},
                     {"same", "same_before", "units", "next_day"}, "anaphora")
    lists = {name: tuple(dict.fromkeys(key(f) for f in ck.strings(top[name], name))) for name in _STR_LISTS}
    att = ck.mapping(top["attachment"], _ATTACHMENT, _ATTACHMENT, "attachment")
    attachment = {name: frozenset(key(f) for f in ck.strings(node, f"attachment.{name}"))
                  for name, node in att.items()}

    def folded(node: yaml.Node, where: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(key(f) for f in ck.strings(node, where)))

    return DateLexicon(
        months=months, ambiguous_months=frozenset(ambiguous), hijri_months=hijri,
        hijri_marks=lists["hijri_marks"], gregorian_marks=lists["gregorian_marks"],
        weekdays=weekdays, relative_days=relative, day_parts=lists["day_parts"],
        direction=direction, this=lists["this"], periods=periods, units=units, ago=lists["ago"], approx=lists["approx"],
        numbers=numbers, ordinal_days=ordinals, period_parts=parts,
        year_nouns=lists["year_nouns"], year_preps=lists["year_preps"], not_year_after=lists["not_year_after"],
        day_adjectives=lists["day_adjectives"], names_before_day=lists["names_before_day"],
        anaphora_same=folded(ana["same"], "anaphora.same"),
        anaphora_same_before=folded(ana["same_before"], "anaphora.same_before"),
        anaphora_units=folded(ana["units"], "anaphora.units"),
        anaphora_next_day=folded(ana["next_day"], "anaphora.next_day"),
        future_markers=lists["future_markers"], publication_cues=lists["publication_cues"],
        attachment=attachment,
    )


@lru_cache(maxsize=4)
def default_lexicon() -> DateLexicon:
    """The shipped vocabulary (read once)."""
    return load_lexicon(DEFAULT_PATH)
