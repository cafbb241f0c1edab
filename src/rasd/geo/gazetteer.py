"""Place names in Arabic text: a gazetteer of countries and cities, matched in one pass.

Data (``src/rasd/data/ar/places/``):

- ``imported/places.tsv`` — written by ``scripts/import_places.py`` from GeoNames (never by hand);
- ``curated/places.yaml`` — places the reference lacks, extra names, wrong names, country fixes;
- ``curated/grammar.yaml`` — guarded names (ordinary words that are also places), place nouns,
  the words between a place and its country, and the words :mod:`rasd.geo.location` reads.

Matching. Every Arabic name is folded (:func:`rasd.text.normalize.fold`) into one Aho–Corasick
automaton run once over the folded text. A hit counts only on word boundaries, after the
proclitics و ف ب ل ك (and their pairs وب ول فب …) — or, for a name that starts with ال, after
و ف ب ك and in the form لل (للزاوية). Overlapping hits: the longest wins, then the leftmost.

Resolution of a name shared by several places, in this order:

1. a country written right after the name («طرابلس اللبنانية», «طرابلس، لبنان», «بنغازي شرقي
   ليبيا») or before it as «العاصمة الليبية طرابلس»;
2. the caller's ``context_countries`` (an article about Lebanon);
3. the countries of the unambiguous places named elsewhere in the same text, by count;
4. a country before a city of the same name (تونس is Tunisia, «تونس العاصمة» is Tunis);
5. population.

Countries are places too. GeoNames gives no centroid, so **a country carries the coordinates of
its capital** (and the country's own GeoNames id). «العاصمة الروسية» and the like are read as the
capital city of the country.

Guarded names (``grammar.yaml: guarded``) are ordinary words, given names or media names that
GeoNames also lists as places (صور, جمال, البيضاء, الجزيرة …): they count only with a country right
after them, a place noun before them («مدينة صور»), or — for names marked ``context: true`` — when
the caller's context countries include the place's country.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import ahocorasick

from rasd.data import DATA_DIR, LINE, as_list, check_keys, load_yaml
from rasd.errors import LexiconError
from rasd.model import Location
from rasd.text.normalize import Normalized, fold, normalize

PLACES_DIR = DATA_DIR / "ar" / "places"
IMPORTED = PLACES_DIR / "imported" / "places.tsv"
CURATED = PLACES_DIR / "curated" / "places.yaml"
GRAMMAR = PLACES_DIR / "curated" / "grammar.yaml"

_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))
# (ك «like» is left out: a place is hardly compared to, and ك + a name is often a word: كبار، كمال)
_PREFIXES_PLAIN = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
_PREFIXES_AL = frozenset({"", "و", "ف", "ب", "وب", "فب"})
_PREFIXES_LL = frozenset({"", "و", "ف"})
_NISBA_WORD = re.compile(r"[\u0621-\u064a]*ال[\u0621-\u064a]+(?:ي|يه|يون|يين)(?![\u0621-\u064a])")
_PREPOSITIONS = frozenset({"في", "الي", "من", "وفي", "والي", "ومن", "نحو", "داخل", "عبر"})
_NOT_ACCUSATIVE = frozenset({"كما", "بينما", "اما", "اذا", "لذا", "ايضا", "مثلما", "عندما", "حينما",
                             "انما", "ربما", "هكذا", "طالما", "كلما", "اما", "وكذا", "قريبا", "حاليا",
                             "مجددا", "مؤخرا", "سابقا", "لاحقا", "رسميا", "اليا"})
_STRIP = ("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "فب", "ول",
          "فل", "و", "ف", "ب", "ل")


@dataclass(frozen=True, slots=True)
class Place:
    """One entry of the gazetteer."""

    geonames_id: int | None
    kind: str  # country | city
    name: str  # English GeoNames name
    country: str  # ISO alpha-3
    lat: float | None
    lon: float | None
    population: int = 0
    feature: str = ""
    nisba: tuple[str, ...] = ()
    capital_id: int | None = None

    def location(self, text: str, start: int, end: int) -> Location:
        return Location(text=text, name=self.name, country=self.country, lat=self.lat, lon=self.lon,
                        geonames_id=self.geonames_id, start=start, end=end)


@dataclass(frozen=True, slots=True)
class _Key:
    """What an automaton key stands for."""

    places: tuple[Place, ...]
    guarded: bool = False
    context_ok: bool = False  # a guarded name unlocked by the caller's context countries
    preposition_ok: bool = False  # a guarded name unlocked by a preposition before it
    capital_of: str | None = None  # «العاصمة الروسية»: the capital of this country


@dataclass(slots=True)
class _Hit:
    start: int  # in the folded text
    end: int
    key: _Key
    place: Place | None = None
    country_hint: str | None = None
    hint_strong: bool = False  # a nisba, or a country after a separator or filler word
    noun_before: bool = False


@dataclass(slots=True)
class _Builder:
    places: dict[str, Place] = field(default_factory=dict)  # uid → place
    names: dict[str, list[str]] = field(default_factory=dict)  # uid → names
    context_names: dict[str, list[str]] = field(default_factory=dict)


def _uid(place_id: Any, name: str) -> str:
    return f"g{place_id}" if place_id is not None else f"c:{name}"


def _read_imported(path: Path, b: _Builder) -> None:
    try:
        f = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise LexiconError(str(path), None, f"cannot read the gazetteer: {exc}") from None
    with f:
        lines = (line for line in f if not line.startswith("#"))
        for lineno, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 3):
            try:
                place = Place(
                    geonames_id=int(row["geonames_id"]), kind=row["kind"], name=row["name"],
                    country=row["country"],
                    lat=float(row["lat"]) if row["lat"] else None,
                    lon=float(row["lon"]) if row["lon"] else None,
                    population=int(row["population"] or 0), feature=row["feature"],
                    nisba=tuple(n for n in row["nisba"].split("|") if n),
                    capital_id=int(row["capital_id"]) if row["capital_id"] else None)
            except (KeyError, ValueError, TypeError) as exc:
                raise LexiconError(str(path), lineno, f"bad gazetteer row: {exc}") from None
            uid = _uid(place.geonames_id, place.name)
            b.places[uid] = place
            b.names[uid] = [n for n in row["names"].split("|") if n]


_ADD_KEYS = {"id", "name", "country", "lat", "lon", "population", "feature", "names", "note",
             "context_names"}


def _apply_curated(path: Path, b: _Builder) -> None:
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise LexiconError(str(path), None, "expected a mapping")
    check_keys(data, {"source", "add", "aliases", "drop", "countries"}, path)
    by_country = {p.country: uid for uid, p in b.places.items() if p.kind == "country"}
    for entry in as_list(data.get("add")):
        check_keys(entry, _ADD_KEYS, path)
        try:
            lat, lon = entry["lat"], entry["lon"]
            if (lat is None) != (lon is None):
                raise ValueError("lat and lon are both given or both null")
            # null coordinates: a place the reference files give none for (its country is known)
            place = Place(geonames_id=entry["id"], kind="city", name=str(entry["name"]),
                          country=str(entry["country"]), lat=None if lat is None else float(lat),
                          lon=None if lon is None else float(lon),
                          population=int(entry.get("population") or 0), feature=str(entry.get("feature", "")))
        except (KeyError, ValueError, TypeError) as exc:
            raise LexiconError(str(path), entry.get(LINE), f"bad place: {exc}") from None
        if place.country not in by_country:
            raise LexiconError(str(path), entry.get(LINE), f"unknown country {place.country}")
        uid = _uid(place.geonames_id, place.name)
        b.places[uid] = place
        b.names[uid] = [str(n) for n in as_list(entry.get("names"))]
        b.context_names[uid] = [str(n) for n in as_list(entry.get("context_names"))]
    for section in ("aliases", "drop"):
        for entry in as_list(data.get(section)):
            check_keys(entry, {"id", "names"}, path)
            uid = _uid(entry.get("id"), "")
            if uid not in b.places:
                raise LexiconError(str(path), entry.get(LINE), f"{section}: unknown GeoNames id {entry.get('id')}")
            names = [str(n) for n in as_list(entry.get("names"))]
            if section == "aliases":
                b.names[uid] += names
            else:
                gone = {fold(n) for n in names}
                missing = gone - {fold(n) for n in b.names[uid]}
                if missing:
                    raise LexiconError(str(path), entry.get(LINE), f"drop: no such name {sorted(missing)}")
                b.names[uid] = [n for n in b.names[uid] if fold(n) not in gone]
    for entry in as_list(data.get("countries")):
        check_keys(entry, {"country", "capital_id", "names", "nisba", "nisba_drop"}, path)
        uid = by_country.get(entry.get("country"))
        if uid is None:
            raise LexiconError(str(path), entry.get(LINE), f"unknown country {entry.get('country')}")
        place = b.places[uid]
        if entry.get("capital_id") is not None:
            capital = b.places.get(_uid(entry["capital_id"], ""))
            if capital is None:
                raise LexiconError(str(path), entry.get(LINE), f"unknown capital id {entry['capital_id']}")
            place = replace(place, capital_id=capital.geonames_id, lat=capital.lat, lon=capital.lon)
        dropped = {fold(n) for n in as_list(entry.get("nisba_drop"))}
        nisba = [n for n in place.nisba if fold(n) not in dropped] + [str(n) for n in as_list(entry.get("nisba"))]
        b.places[uid] = replace(place, nisba=tuple(dict.fromkeys(nisba)))
        b.names[uid] += [str(n) for n in as_list(entry.get("names"))]


@dataclass(frozen=True, slots=True)
class PlaceGrammar:
    """Word lists of ``curated/grammar.yaml`` (folded, clitics not included)."""

    guarded: frozenset[str]
    guarded_context: frozenset[str]
    guarded_preposition: frozenset[str]
    place_nouns: frozenset[str]
    area_nouns: frozenset[str]
    country_fillers: tuple[tuple[str, ...], ...]
    noun_attached: frozenset[str]
    visit_words: frozenset[str]
    visit_fillers: frozenset[str]
    locative_words: frozenset[str] = frozenset()
    witness_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _load_shipped() -> "Gazetteer":
    return _load(Path(IMPORTED), Path(CURATED), Path(GRAMMAR))


def _load_grammar(path: Path) -> PlaceGrammar:
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise LexiconError(str(path), None, "expected a mapping")
    keys = {"source", "guarded", "place_nouns", "area_nouns", "country_fillers", "noun_attached", "visit_words",
            "visit_fillers", "locative_words", "witness_verbs"}
    check_keys(data, keys, path)
    guarded, guarded_context, guarded_preposition = set(), set(), set()
    for item in as_list(data.get("guarded")):
        if isinstance(item, dict):
            check_keys(item, {"name", "context", "preposition"}, path)
            name = fold(str(item["name"]))
            guarded.add(name)
            if item.get("context"):
                guarded_context.add(name)
            if item.get("preposition"):
                guarded_preposition.add(name)
        else:
            guarded.add(fold(str(item)))

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in as_list(data.get(key)))

    fillers = tuple(sorted({tuple(fold(str(w)).split()) for w in as_list(data.get("country_fillers"))},
                           key=len, reverse=True))
    return PlaceGrammar(frozenset(guarded), frozenset(guarded_context), frozenset(guarded_preposition),
                        words("place_nouns"), words("area_nouns"), fillers,
                        words("noun_attached"), words("visit_words"), words("visit_fillers"),
                        words("locative_words"), words("witness_verbs"))


def strip_clitics(word: str) -> str:
    """A folded word without its proclitics (و ف ب ل ال), kept at 2 letters at least."""
    for pre in _STRIP:
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            return word[len(pre):]
    return word


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of Arabic words and of single punctuation marks in ``text[start:end]``."""
    out, i = [], start
    while i < end:
        ch = text[i]
        if ch in _LETTERS:
            j = i
            while j < end and text[j] in _LETTERS:
                j += 1
            out.append((i, j))
            i = j
        elif ch.isspace():
            i += 1
        else:
            out.append((i, i + 1))
            i += 1
    return out


class Gazetteer:
    """Countries and cities with Arabic names; :meth:`find` reads them in a text."""

    def __init__(self, places: Iterable[Place], keys: dict[str, _Key], grammar: PlaceGrammar,
                 nisba: dict[str, str]):
        self.places = tuple(places)
        self.grammar = grammar
        self._keys = keys
        self._nisba = nisba  # folded nisba form (no ال) → country
        self._by_id = {p.geonames_id: p for p in self.places if p.geonames_id is not None}
        self._countries = {p.country: p for p in self.places if p.kind == "country"}
        automaton = ahocorasick.Automaton()
        for key, value in keys.items():
            automaton.add_word(key, (key, value, False))
            if key.startswith("ال") and len(key) > 3:
                automaton.add_word("ل" + key[1:], (key, value, True))  # للزاوية
        automaton.make_automaton()
        self._automaton = automaton

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, imported: Path = IMPORTED, curated: Path = CURATED, grammar: Path = GRAMMAR) -> "Gazetteer":
        """The gazetteer of the shipped data files (built once per set of paths, then shared)."""
        if imported is IMPORTED and curated is CURATED and grammar is GRAMMAR:
            return _load_shipped()  # the common case, on hot paths: no path objects to build
        return _load(Path(imported), Path(curated), Path(grammar))

    @classmethod
    def build(cls, imported: Path, curated: Path, grammar: Path) -> "Gazetteer":
        b = _Builder()
        _read_imported(imported, b)
        _apply_curated(curated, b)
        gram = _load_grammar(grammar)
        grouped: dict[str, list[Place]] = {}
        context_only: dict[str, list[Place]] = {}
        for uid, place in b.places.items():
            for name in b.names.get(uid, ()):
                key = " ".join(fold(name).split())
                if place not in grouped.setdefault(key, []):
                    grouped[key].append(place)
            for name in b.context_names.get(uid, ()):
                context_only.setdefault(" ".join(fold(name).split()), []).append(place)
        unknown = gram.guarded - set(grouped)
        if unknown:
            raise LexiconError(str(grammar), None, f"guarded names not in the gazetteer: {sorted(unknown)}")
        keys: dict[str, _Key] = {}
        for key, places in grouped.items():
            keys[key] = _Key(tuple(sorted(places, key=_rank)), guarded=key in gram.guarded,
                             context_ok=key in gram.guarded_context,
                             preposition_ok=key in gram.guarded_preposition)
        for key, places in context_only.items():
            if key not in keys:
                keys[key] = _Key(tuple(places), guarded=True, context_ok=True)
        # a nisba shared by several countries (روسي: Russia and, wrongly, Belarus) goes to the
        # most populous one; curated ``nisba_drop`` removes it where that is wrong too
        nisba: dict[str, Place] = {}
        countries = sorted((p for p in b.places.values() if p.kind == "country"), key=_rank)
        for place in countries:
            for n in place.nisba:
                for form in (fold(n), fold(n) + "ه"):
                    nisba.setdefault(form, place)
        by_id = {p.geonames_id: p for p in b.places.values() if p.geonames_id is not None}
        for form, place in nisba.items():
            capital = by_id.get(place.capital_id)
            if capital is not None and form.endswith("ه"):
                keys.setdefault(f"العاصمه ال{form}", _Key((capital,), capital_of=place.country))
        return cls(b.places.values(), keys, gram, {k: p.country for k, p in nisba.items()})

    # ------------------------------------------------------------------ lookup
    def place(self, geonames_id: int) -> Place | None:
        return self._by_id.get(geonames_id)

    def country(self, iso3: str) -> Place | None:
        return self._countries.get(iso3)

    def candidates(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name`` (any spelling), best-ranked first, without context."""
        key = self._keys.get(" ".join(fold(name).split()))
        return key.places if key else ()

    def nisba_country(self, word: str) -> str | None:
        """The country of a nisba adjective (الليبية, روسي, اللبناني), or None."""
        word = fold(word)
        return self._nisba.get(strip_clitics(word)) or self._nisba.get(word)

    def find(self, text: str, *, context_countries: set[str] | None = None,
             norm: Normalized | None = None) -> list[Location]:
        """Every place named in ``text``, in order, with offsets into ``text``.

        ``norm`` may pass the matching form of ``text`` when the caller has it already.
        """
        norm = norm if norm is not None else normalize(text)
        folded = norm.text
        context = set(context_countries or ())
        hits = [h for h in self._scan(folded) if not self._accusative_nisba(text, norm, h)]
        self._drop_capital_descriptors(folded, hits)
        for hit in hits:
            if hit.country_hint is None:
                hit.country_hint, hit.hint_strong = self._country_after(folded, hit, hits)
            hit.noun_before = hit.noun_before or self._noun_before(folded, hit.start)
        kept: list[_Hit] = []
        for hit in hits:
            key = hit.key
            if key.guarded and not (hit.hint_strong or hit.noun_before):
                if not (key.context_ok and any(p.country in context for p in key.places)) \
                        and not (key.preposition_ok and self._preposition_before(folded, hit.start)):
                    continue
            kept.append(hit)
        counts: dict[str, int] = {}
        for hit in kept:
            countries = {p.country for p in hit.key.places}
            if len(countries) == 1:
                country = next(iter(countries))
                counts[country] = counts.get(country, 0) + 1
        nisbas: dict[str, int] = {}
        if any(len({p.country for p in hit.key.places}) > 1 for hit in kept):
            nisbas = self._nisba_counts(folded)  # طرابلس … «الرئيس اللبناني»: Lebanon
        out = []
        for hit in kept:
            place = self._resolve(hit, context, counts, nisbas)
            if place is None:
                continue
            start, end = norm.to_source(hit.start, hit.end)
            out.append(place.location(text[start:end], start, end))
        return out

    # ------------------------------------------------------------------ internals
    def _scan(self, folded: str) -> list[_Hit]:
        raw: list[_Hit] = []
        n = len(folded)
        for last, (key, value, ll_form) in self._automaton.iter(folded):
            surface = ("ل" + key[1:]) if ll_form else key
            start, end = last - len(surface) + 1, last + 1
            if end < n and folded[end] in _LETTERS:
                continue
            tok = start
            while tok > 0 and folded[tok - 1] in _LETTERS:
                tok -= 1
            prefix = folded[tok:start]
            allowed = _PREFIXES_LL if ll_form else (_PREFIXES_AL if key.startswith("ال") else _PREFIXES_PLAIN)
            if prefix not in allowed:
                continue
            raw.append(_Hit(start, end, value))
        raw.sort(key=lambda h: (h.start, -(h.end - h.start)))
        hits: list[_Hit] = []
        for hit in sorted(raw, key=lambda h: (-(h.end - h.start), h.start)):
            if all(hit.end <= o.start or hit.start >= o.end for o in hits):
                hits.append(hit)
        hits.sort(key=lambda h: h.start)
        return hits

    def _accusative_nisba(self, text: str, norm: Normalized, hit: _Hit) -> bool:
        """«وفدا ليبيا», «دعما روسيا»: a country name that is also its nisba with the accusative
        tanwin (ليبيًّا, روسيًّا) after an indefinite accusative noun is an adjective, not a place."""
        key = hit.key
        if len(key.places) != 1 or key.places[0].kind != "country":
            return False
        folded = norm.text
        word = folded[hit.start:hit.end]
        if not any(word == fold(n) + "ا" for n in key.places[0].nisba):
            return False
        _, end = norm.to_source(hit.start, hit.end)
        if end < len(text) and text[end] == "\u064b":  # written with tanwin: ليبياً
            return True
        tok = hit.start
        while tok > 0 and folded[tok - 1] in _LETTERS:
            tok -= 1
        if tok != hit.start:
            return False
        words = _words(folded, max(0, tok - 30), tok)
        if not words:
            return False
        prev = folded[words[-1][0]:words[-1][1]]
        return len(prev) > 2 and prev.endswith("ا") and prev not in _NOT_ACCUSATIVE

    def _drop_capital_descriptors(self, folded: str, hits: list[_Hit]) -> None:
        """«العاصمة الليبية طرابلس»: keep طرابلس (as Libya's), drop the descriptor mention."""
        i = 0
        while i < len(hits) - 1:
            hit, nxt = hits[i], hits[i + 1]
            if hit.key.capital_of and not folded[hit.end:nxt.start].strip():
                nxt.country_hint = hit.key.capital_of
                nxt.hint_strong = True
                nxt.noun_before = True
                del hits[i]
                continue
            i += 1

    def _fillers_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The country fillers indexed by their first word (longest first), built once."""
        cached = self.__dict__.get("_fillers_index")
        if cached is None:
            index: dict[str, list[tuple[str, ...]]] = {}
            for filler in self.grammar.country_fillers:
                index.setdefault(filler[0], []).append(filler)
            cached = {k: tuple(v) for k, v in index.items()}
            self.__dict__["_fillers_index"] = cached
        return cached

    def _country_after(self, folded: str, hit: _Hit, hits: list[_Hit]) -> tuple[str | None, bool]:
        """The country written right after a place, and whether that is strong evidence (a nisba,
        or a country after a comma or a filler word: «طرابلس، لبنان», «صور جنوب لبنان»)."""
        words = _words(folded, hit.end, min(len(folded), hit.end + 60))
        texts = [folded[s:e] for s, e in words]
        by_first = self._fillers_by_first()
        i, skipped = 0, False
        while i < len(words):
            w = texts[i]
            if w in ("،", ",", "(", "-", "/"):
                i += 1
                skipped = True
                continue
            matched = False
            stripped = strip_clitics(w)
            for filler in by_first.get(stripped, ()) + (by_first.get(w, ()) if w != stripped else ()):
                n = len(filler)
                if (stripped == filler[0] and tuple(texts[i + 1:i + n]) == filler[1:]) or (n == 1 and w == filler[0]):
                    i += n
                    matched = skipped = True
                    break
            if matched:
                continue
            country = self.nisba_country(w)
            if country:
                return country, True
            for other in hits:
                if other.start <= words[i][0] < other.end:
                    kinds = {p.kind for p in other.key.places}
                    if kinds == {"country"}:
                        return other.key.places[0].country, skipped
            return None, False
        return None, False

    def _noun_before(self, folded: str, start: int) -> bool:
        tok = start
        while tok > 0 and folded[tok - 1] in _LETTERS:
            tok -= 1
        words = _words(folded, max(0, tok - 30), tok)
        if not words:
            return False
        s, e = words[-1]
        return strip_clitics(folded[s:e]) in self.grammar.place_nouns or folded[s:e] in self.grammar.place_nouns

    def _preposition_before(self, folded: str, start: int) -> bool:
        tok = start
        while tok > 0 and folded[tok - 1] in _LETTERS:
            tok -= 1
        if folded[tok:start] in ("ب", "وب", "فب"):
            return True
        words = _words(folded, max(0, tok - 12), tok)
        return bool(words) and folded[words[-1][0]:words[-1][1]] in _PREPOSITIONS

    def _nisba_counts(self, folded: str) -> dict[str, int]:
        """How many nisba adjectives of each country the text has (الليبية, اللبناني)."""
        counts: dict[str, int] = {}
        for m in _NISBA_WORD.finditer(folded):
            country = self._nisba.get(strip_clitics(m.group()))
            if country:
                counts[country] = counts.get(country, 0) + 1
        return counts

    def _resolve(self, hit: _Hit, context: set[str], counts: dict[str, int],
                 nisbas: dict[str, int] | None = None) -> Place | None:
        places = list(hit.key.places)
        if hit.country_hint:
            narrowed = [p for p in places if p.country == hit.country_hint]
            if narrowed:
                places = narrowed
            elif hit.key.guarded:
                return None
        if len(places) > 1 and context:
            narrowed = [p for p in places if p.country in context]
            if narrowed:
                places = narrowed
        for weights in (counts, nisbas or {}):  # other places first, then nisba adjectives
            if len(places) > 1:
                best = max(weights.get(p.country, 0) for p in places)
                if best:
                    places = [p for p in places if weights.get(p.country, 0) == best]
        return places[0] if places else None


def _rank(place: Place) -> tuple[int, float, int]:
    """Countries first, then by population (largest first), then by id for stability."""
    return (0 if place.kind == "country" else 1, -math.log10(place.population + 1), place.geonames_id or 0)


@lru_cache(maxsize=4)
def _load(imported: Path, curated: Path, grammar: Path) -> Gazetteer:
    return Gazetteer.build(imported, curated, grammar)
