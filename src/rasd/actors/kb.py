"""The actor knowledge base: countries, organizations, role nouns and people, with dated roles.

Loaded from ``data/ar/actors/{imported,curated}/*.yaml`` (format: ``docs/data-formats.md``),
validated entry by entry, and compiled into one :class:`~rasd.text.matcher.PhraseMatcher`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterator

from rasd.data import DATA_DIR, LINE, as_list, check_keys, load_yaml
from rasd.dates_util import parse_partial
from rasd.errors import LexiconError
from rasd.model import Role
from rasd.actors.variants import NameKeys
from rasd.text.matcher import PhraseMatcher
from rasd.text.normalize import fold

SECTORS = {
    "GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "BUS", "MED", "CVL", "INS", "SPY", "UAF",
    "AGR", "CRM", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "REF", "MOD", "RAD", "SEP",
    "IGO", "NGO", "NGM", "MNC", "IMG", "INT", "PKO", "UIS", "SET", "UNO", "AMN", "IRC", "GRP",
    "PTY", "REL", "TER", "SPO", "ELC",
}
_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
KINDS = ("country", "org", "role", "person")
_ENTRY_KEYS = {
    "country": {"id", "iso2", "names", "nisba", "nisba_plural", "capital", "note", "source", "merge",
                "drop", "guarded_nisba"},
    "org": {"id", "names", "short", "code", "sector", "from", "to", "note", "source", "wikidata", "context", "codes"},
    "role": {"id", "names", "sector", "note", "source", "defer", "place", "adjective", "written", "country",
             "portfolio", "counterpart", "counted", "needs_country"},
    "person": {"id", "names", "short", "wikidata", "roles", "note", "source"},
}
_ROLE_KEYS = {"code", "from", "to", "title", "concurrent", "note"}


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    kind: str  # country | org | role | person
    names: tuple[str, ...]
    short: tuple[str, ...] = ()
    code: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    start: date | None = None
    end: date | None = None
    nisba: tuple[str, ...] = ()
    capital: tuple[str, ...] = ()
    guarded_nisba: tuple[str, ...] = ()  # nisba forms that are common words: a nisba only after a state role (الجيش المالي)
    wikidata: str | None = None
    context: tuple[str, ...] = ()  # an org only in documents that name one of these countries
    # role nouns only:
    written: tuple[str, ...] = ()  # forms matched only where the text spells them so (والي ≠ وإلى)
    defer: tuple[str, ...] = ()  # sectors of a following member that override the role's own (أعوان الحرس → COP)
    place: str | None = None  # "true": a territorial body named like its place (معتمدية); "strict": only before a place
    adjective: bool = False  # its definite form after a definite noun is an adjective (الانتخابات البلدية)
    portfolio: bool = False  # it names its office with لـ (وزيرا للدفاع، كاتب الدولة للهجرة)
    counterpart: bool = False  # with a pronoun it is the other side's, not the possessor's (نظيره)
    counted: bool = False  # an actor only after a number (20 مسلحا), else an adjective (هجوما مسلحا)
    needs_country: bool = False  # an actor only in a phrase that names its country (طائرات أمريكية)
    path: str = ""
    line: int = 0

    @property
    def country(self) -> str | None:
        return country_of(self.code)


@dataclass(frozen=True, slots=True)
class Surface:
    """What one matched surface form means."""

    actor: Actor
    kind: str  # country | capital | nisba | org | org-short | role | person | person-short
    priority: int  # lower wins among equally long matches
    written: str | None = None  # the form counts only where the text spells it so (والي, not وإلى)
    marbuta: bool = False  # the form ends in ة: a token ending in ه is another word (طلبه "his request" ≠ طلبة)
    guarded: bool = False  # a nisba that counts only right after a definite role of ``nisba_heads`` (الجيش المالي)


# Among equally long matches: full names first; a nisba before a short name it shares
# (السفير السوداني is Sudan's ambassador, not al-Sudani's).
_PRIORITY = {"person": 0, "org": 1, "country": 2, "capital": 3, "nisba": 4, "person-short": 5, "org-short": 6,
             "role": 7, "key": 8}


def country_of(code: str | None) -> str | None:
    """The country of an actor code: its first three letters; none for an international
    militarized group (IMG: ISIS, al-Qaeda), whose members have no state."""
    if not code or code.startswith("IMG"):
        return None
    return code[:3]


def nisba_forms(base: str) -> list[str]:
    """روسي → روسي روسية روسيان روسيتان روسيون روسيين روسيات (the article and clitics are the matcher's)."""
    return [base, base + "ة", base + "ان", base + "تان", base + "ون", base + "ين", base + "ات"]


_ABU = ("أبو", "أبي", "أبا")  # the kunya in its three cases: أبو عياض، المكنى بأبي عياض، رأى أبا عياض


# Members of the Arab League: their people's given names take the article in the press of the
# Maghreb (الناجي جلول، المنجي الرحوي) as often as not; foreign given names never do.
ARAB_LEAGUE = frozenset("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split())


def name_variants(name: str, arabic: bool = False, given: frozenset[str] = frozenset()) -> set[str]:
    """Spelling variants of a person's name the press uses: g as غ/ج, ال on a family name and, for
    an Arab (``arabic``), on a given or middle name (الناجي جلول/ناجي جلول), the case of a kunya
    (أبو/أبي/أبا عياض), الرحمن/الرحمان. A family name stays with its article where without it it
    is a given name (``given``): محمد الناصر is not محمد ناصر."""
    out = {name, name.replace("الرحمن", "الرحمان"), name.replace("الرحمان", "الرحمن")}
    for n in list(out):
        if "غ" in n:
            out.add(n.replace("غ", "ج"))
        if "ج" in n and "غ" not in n:
            out.add(n.replace("ج", "غ"))
    for n in list(out):
        words = n.split()
        if len(words) >= 2:
            last = words[-1]
            if last.startswith("ال") and len(last) > 4 and fold(last[2:]) not in given:
                out.add(" ".join(words[:-1] + [last[2:]]))
            elif not last.startswith("ال"):
                out.add(" ".join(words[:-1] + ["ال" + last]))
    for n in list(out):
        words = n.split()
        if arabic and len(words) >= 2 and words[0] not in _ABU and words[0] != "عبد":
            first = words[0]
            if first.startswith("ال") and len(first) > 4:
                out.add(" ".join([first[2:]] + words[1:]))
            elif not first.startswith("ال") and len(first) > 2:
                out.add(" ".join(["ال" + first] + words[1:]))
    for n in list(out):
        words = n.split()
        if arabic and len(words) >= 3:  # محمد الصالح العرفاوي، صبري الباش طبجي: the middle name too
            for i in range(1, len(words) - 1):
                w = words[i]
                if w.startswith("ال") and len(w) > 4:
                    out.add(" ".join(words[:i] + [w[2:]] + words[i + 1:]))
                elif not w.startswith("ال") and len(w) > 2 and w not in _ABU and words[i - 1] not in ("عبد", "بن"):
                    out.add(" ".join(words[:i] + ["ال" + w] + words[i + 1:]))
    for n in list(out):
        words = n.split()
        for i, w in enumerate(words[:-1]):
            if w in _ABU:
                for case in _ABU:
                    out.add(" ".join(words[:i] + [case] + words[i + 1:]))
    return out


@dataclass(slots=True)
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    matcher: PhraseMatcher = field(default_factory=PhraseMatcher)
    name_keys: NameKeys = field(default_factory=NameKeys)  # folding keys of full names (variants.py)
    place_words: frozenset[str] = frozenset()  # words after which a territorial body is a place (من ولاية)
    event_nouns: frozenset[str] = frozenset()  # nouns after which a capital names a meeting (مؤتمر الدوحة)
    not_actors: tuple[str, ...] = ()  # phrases that hold a country's form but name no actor (القنب الهندي)
    object_nouns: frozenset[str] = frozenset()  # definite nouns shaped like adjectives that end a role phrase (القضية)
    nisba_heads: frozenset[str] = frozenset()  # role ids after which a guarded nisba counts (army, president …)
    titles: frozenset[str] = frozenset()  # honorifics and ranks between a role and a name (الشيخ، الدكتور)
    number_words: frozenset[str] = frozenset()  # words of a count after which a `counted` role is one (عشرين مسلحا)
    state_nouns: frozenset[str] = frozenset()  # nouns of a state after بـ inside a role phrase (بالمملكة البلجيكية)

    # ---- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, root: Path | None = None) -> "KnowledgeBase":
        root = root or DATA_DIR / "ar" / "actors"
        kb = cls()
        pending_merges: list[tuple[Path, dict[str, Any]]] = []
        files = sorted((root / "imported").glob("*.yaml")) + sorted((root / "curated").rglob("*.yaml"))
        for path in files:
            doc = load_yaml(path)
            if isinstance(doc, dict):
                kb.place_words |= {fold(str(w)) for w in as_list(doc.get("place_words"))}
                kb.event_nouns |= {fold(str(w)) for w in as_list(doc.get("event_nouns"))}
                kb.not_actors += tuple(str(w) for w in as_list(doc.get("not_actors")))
                kb.object_nouns |= {fold(str(w)) for w in as_list(doc.get("object_nouns"))}
                kb.titles |= {fold(str(w)) for w in as_list(doc.get("titles"))}
                kb.nisba_heads |= {str(w) for w in as_list(doc.get("nisba_heads"))}
                kb.state_nouns |= {fold(str(w)) for w in as_list(doc.get("state_nouns"))}
                kb.number_words |= {fold(str(w)) for w in as_list(doc.get("number_words"))}
            for kind, entry in _entries(path, doc):
                if kind == "country" and (entry.get("merge") or entry.get("drop")):
                    pending_merges.append((path, entry))
                    continue
                actor = _build(kind, entry, path)
                if actor.id in kb.actors:
                    raise LexiconError(str(path), entry.get(LINE), f"duplicate id {actor.id!r}")
                kb.actors[actor.id] = actor
        for path, entry in pending_merges:
            kb._merge_country(path, entry)
        for rid in sorted(kb.nisba_heads):
            if getattr(kb.actors.get(rid), "kind", None) != "role":
                raise LexiconError(str(root / "curated" / "countries.yaml"), None, f"nisba_heads: {rid!r} is no role id")
        kb._compile()
        return kb

    def _merge_country(self, path: Path, entry: dict[str, Any]) -> None:
        old = self.actors.get(entry["id"])
        if old is None:
            if entry.get("merge"):
                raise LexiconError(str(path), entry.get(LINE), f"merge into unknown country {entry['id']!r}")
            return
        drop = {fold(form) for x in as_list(entry.get("drop")) for form in [str(x)] + nisba_forms(str(x))}

        def merged(a: tuple[str, ...], b: list[str]) -> tuple[str, ...]:
            seen: dict[str, str] = {}
            for x in list(a) + b:
                if fold(x) not in drop:
                    seen.setdefault(fold(x), x)
            return tuple(seen.values())

        self.actors[old.id] = Actor(
            old.id, "country", merged(old.names, as_list(entry.get("names"))),
            code=old.code, nisba=merged(old.nisba, _nisbas(entry)),
            capital=merged(old.capital, as_list(entry.get("capital"))), path=old.path, line=old.line,
            guarded_nisba=old.guarded_nisba + tuple(f for b in as_list(entry.get("guarded_nisba")) for f in nisba_forms(str(b))))

    def _compile(self) -> None:
        m, keys = PhraseMatcher(), NameKeys()
        given = given_names(self.actors.values())
        for actor in self.actors.values():
            if actor.kind == "person":
                arabic = any(r.country in ARAB_LEAGUE for r in actor.roles)
                variants = {v for n in actor.names for v in name_variants(n, arabic, given)}
                for v in variants:
                    m.add(v, Surface(actor, "person", _PRIORITY["person"], marbuta=v.endswith("ة")), "name")
                for n in actor.short:
                    for v in name_variants(n, arabic, given) if " " in n else {n}:
                        m.add(v, Surface(actor, "person-short", _PRIORITY["person-short"], marbuta=v.endswith("ة")), "name")
                keys.add(variants, actor.id, Surface(actor, "person", _PRIORITY["key"]),
                         vowels=() if arabic else actor.names)
                continue
            for surface, kind, cls in _surfaces(actor):
                m.add(surface, Surface(actor, kind, _PRIORITY[kind], marbuta=surface.endswith("ة")), cls)
            for form in actor.guarded_nisba:
                m.add(form, Surface(actor, "nisba", _PRIORITY["nisba"], marbuta=form.endswith("ة"), guarded=True), "noun")
            for form in actor.written:
                m.add(form, Surface(actor, "role", _PRIORITY["role"], written=form), "noun")
            if actor.kind in ("org", "country"):
                keys.add(actor.names, actor.id, Surface(actor, actor.kind, _PRIORITY["key"]))
                keys.add(actor.capital, actor.id, Surface(actor, "capital", _PRIORITY["key"]))
        nothing = Actor("~not-an-actor", "none", self.not_actors)
        for phrase in self.not_actors:
            m.add(phrase, Surface(nothing, "none", -1), "noun")
        self.matcher = m.build()
        self.name_keys = keys.build()

    # ---- queries -------------------------------------------------------------------------
    def resolve(self, actor: Actor, when: date | None) -> tuple[Role | None, str | None]:
        """The role ``actor`` held on ``when``: (role, note). Note says how it was chosen."""
        if not actor.roles:
            return None, None
        if when is None:
            return max(actor.roles, key=lambda r: r.start or date.min), "role:latest"
        held = [r for r in actor.roles if (r.start is None or r.start <= when) and (r.end is None or when <= r.end)]
        if held:
            return max(held, key=lambda r: r.start or date.min), None
        before = [r for r in actor.roles if r.start is None or r.start <= when]
        if before:
            return max(before, key=lambda r: r.end or date.max), "role:nearest"
        return min(actor.roles, key=lambda r: r.start or date.min), "role:nearest"

    def stats(self) -> dict[str, int]:
        counts = {k: 0 for k in KINDS}
        for a in self.actors.values():
            counts[a.kind] += 1
        counts["roles"] = sum(len(a.roles) for a in self.actors.values())
        counts["nisbas"] = sum(1 for a in self.actors.values() if a.nisba)
        counts["surface_forms"] = len(self.matcher)
        counts["name_keys"] = len(self.name_keys)
        return counts


def _entries(path: Path, doc: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if doc is None:
        return
    if not isinstance(doc, dict) or doc.get("kind") not in KINDS or not isinstance(doc.get("entries"), list):
        raise LexiconError(str(path), 1, "expected a mapping with kind (country|org|role|person) and entries")
    extra = {"role": {"place_words", "not_actors", "object_nouns", "titles", "state_nouns", "number_words"}, "country": {"event_nouns", "not_actors", "nisba_heads"}}.get(doc["kind"], set())
    check_keys(doc, {"kind", "source", "entries", "note"} | extra, path)
    for entry in doc["entries"]:
        if not isinstance(entry, dict) or not entry.get("id"):
            raise LexiconError(str(path), getattr(entry, "get", lambda *_: None)(LINE), "entry without id")
        check_keys(entry, _ENTRY_KEYS[doc["kind"]], path)
        yield doc["kind"], entry


def _nisbas(entry: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for base in as_list(entry.get("nisba")):
        out.extend(nisba_forms(str(base)))
    out.extend(str(x) for x in as_list(entry.get("nisba_plural")))
    return out


def _date(entry: dict[str, Any], key: str, path: Path, line: int | None, *, end: bool = False) -> date | None:
    try:
        return parse_partial(entry.get(key), end=end)
    except ValueError as exc:
        raise LexiconError(str(path), line, f"{key}: {exc}") from None


def _check_code(code: str, path: Path, line: int | None) -> None:
    if not _CODE.match(code):
        raise LexiconError(str(path), line, f"bad actor code {code!r} (e.g. RUSGOV, LBYMIL, IGOUNO)")


def sector_of(code: str) -> str | None:
    """The sector of an actor code (TUNPTYENN → PTY), if its second block is one."""
    return code[3:6] if len(code) >= 6 and code[3:6] in SECTORS else None


_sector_of = sector_of


def _build(kind: str, entry: dict[str, Any], path: Path) -> Actor:
    line = entry.get(LINE)
    names = tuple(str(x) for x in as_list(entry.get("names")))
    if not names:
        raise LexiconError(str(path), line, f"{entry['id']}: no names")
    base = dict(id=str(entry["id"]), kind=kind, names=names, path=str(path), line=line or 0)
    sector = entry.get("sector")
    if sector is not None and sector not in SECTORS:
        raise LexiconError(str(path), line, f"unknown sector {sector!r}")
    if kind == "country":
        code = str(entry["id"])
        if not re.match(r"^[A-Z]{3}$", code):
            raise LexiconError(str(path), line, f"country id must be ISO alpha-3, not {code!r}")
        return Actor(**base, code=code, nisba=tuple(_nisbas(entry)),
                     capital=tuple(str(x) for x in as_list(entry.get("capital"))),
                     guarded_nisba=tuple(f for b in as_list(entry.get("guarded_nisba")) for f in nisba_forms(str(b))))
    if kind == "role":
        defer = tuple(str(x) for x in as_list(entry.get("defer")))
        for d in defer:
            if d not in SECTORS and d != "any":
                raise LexiconError(str(path), line, f"{entry['id']}: unknown sector {d!r} in defer")
        place = entry.get("place")
        if place not in (None, True, "strict"):
            raise LexiconError(str(path), line, f"{entry['id']}: place must be true or strict, not {place!r}")
        country = entry.get("country")
        if country is not None and not re.match(r"^[A-Z]{3}$", str(country)):
            raise LexiconError(str(path), line, f"{entry['id']}: country must be ISO alpha-3, not {country!r}")
        return Actor(**base, sector=sector, defer=defer, code=None if country is None else str(country) + (sector or ""), place=None if place is None else ("strict" if place == "strict" else "true"),
                     adjective=bool(entry.get("adjective")), portfolio=bool(entry.get("portfolio")),
                     counterpart=bool(entry.get("counterpart")), counted=bool(entry.get("counted")),
                     needs_country=bool(entry.get("needs_country")),
                     written=tuple(str(x) for x in as_list(entry.get("written"))))
    if kind == "org":
        code = entry.get("code")
        if not code:
            raise LexiconError(str(path), line, f"{entry['id']}: an org needs a code")
        _check_code(str(code), path, line)
        start, end = _date(entry, "from", path, line), _date(entry, "to", path, line, end=True)
        if start and end and end < start:
            raise LexiconError(str(path), line, f"{entry['id']}: ends before it starts")
        context = tuple(str(x) for x in as_list(entry.get("context")))
        for c in context:
            if not re.match(r"^[A-Z]{3}$", c):
                raise LexiconError(str(path), line, f"{entry['id']}: context must list ISO alpha-3 codes, not {c!r}")
        return Actor(**base, short=tuple(str(x) for x in as_list(entry.get("short"))), code=str(code),
                     sector=sector or _sector_of(str(code)), start=start, end=end,
                     wikidata=entry.get("wikidata"), context=context, roles=_org_codes(entry, path))
    # person
    roles = []
    for r in as_list(entry.get("roles")):
        if not isinstance(r, dict) or "code" not in r:
            raise LexiconError(str(path), line, f"{entry['id']}: a role needs a code")
        check_keys(r, _ROLE_KEYS, path)
        rline = r.get(LINE, line)
        code = str(r["code"])
        _check_code(code, path, rline)
        start, end = _date(r, "from", path, rline), _date(r, "to", path, rline, end=True)
        if start and end and end < start:
            raise LexiconError(str(path), rline, f"{entry['id']}: role {code} ends before it starts")
        roles.append((Role(code, country_of(code), _sector_of(code), start, end, r.get("title")),
                      bool(r.get("concurrent"))))
    for i, (a, ca) in enumerate(roles):
        for b, cb in roles[i + 1:]:
            if a.code != b.code and not (ca or cb) and _overlap(a, b):
                raise LexiconError(str(path), line, f"{entry['id']}: roles {a.code} and {b.code} overlap"
                                   " (mark one concurrent: true if both were held)")
    wikidata = entry.get("wikidata")
    if wikidata is not None and not re.match(r"^Q\d+$", str(wikidata)):
        raise LexiconError(str(path), line, f"bad wikidata id {wikidata!r}")
    return Actor(**base, short=tuple(str(x) for x in as_list(entry.get("short"))),
                 roles=tuple(r for r, _ in roles), wikidata=wikidata,
                 code=roles[-1][0].code if roles else None)


def _org_codes(entry: dict[str, Any], path: Path) -> tuple[Role, ...]:
    """An organization's dated codes (a party in government: TUNPTY from one day to another); its
    `code` holds outside them. The periods may not overlap."""
    out = []
    for r in as_list(entry.get("codes")):
        if not isinstance(r, dict) or "code" not in r:
            raise LexiconError(str(path), entry.get(LINE), f"{entry['id']}: a dated code needs a code")
        check_keys(r, {"code", "from", "to", "note"}, path)
        rline = r.get(LINE, entry.get(LINE))
        code = str(r["code"])
        _check_code(code, path, rline)
        if country_of(code) != country_of(str(entry["code"])):
            raise LexiconError(str(path), rline, f"{entry['id']}: dated code {code} of another country")
        start, end = _date(r, "from", path, rline), _date(r, "to", path, rline, end=True)
        if start and end and end < start:
            raise LexiconError(str(path), rline, f"{entry['id']}: code {code} ends before it starts")
        out.append(Role(code, country_of(code), _sector_of(code), start, end, None))
    for i, a in enumerate(out):
        for b in out[i + 1:]:
            if _overlap(a, b):
                raise LexiconError(str(path), entry.get(LINE), f"{entry['id']}: dated codes {a.code} and {b.code} overlap")
    return tuple(out)


def org_code(actor: Actor, when: date | None) -> str | None:
    """The code an organization had on ``when``: a dated code's, else its own."""
    if when is not None:
        for r in actor.roles:
            if (r.start is None or r.start <= when) and (r.end is None or when <= r.end):
                return r.code
    return actor.code


def _overlap(a: Role, b: Role) -> bool:
    a0, a1 = a.start or date.min, a.end or date.max
    b0, b1 = b.start or date.min, b.end or date.max
    # touching ends (one role ends the day the next starts) are not an overlap
    return a0 < b1 and b0 < a1 and not (a1 == b0 or b1 == a0)


def given_names(actors) -> frozenset[str]:
    """The given names of the knowledge base's Arab people (the first word of their names, folded)."""
    return frozenset(fold(n.split()[0]) for a in actors if a.kind == "person" and
                     any(r.country in ARAB_LEAGUE for r in a.roles) for n in a.names if " " in n)


def _surfaces(actor: Actor) -> Iterator[tuple[str, str, str]]:
    """The surface forms of a country, organization or role noun (people's are compiled with their
    variants in KnowledgeBase._compile)."""
    if actor.kind == "country":
        for n in actor.names:
            yield n, "country", "name"
        for n in actor.nisba:
            yield n, "nisba", "noun"
        for n in actor.capital:
            yield n, "capital", "name"
    elif actor.kind == "org":
        for n in actor.names:
            yield n, "org", "name"
        for n in actor.short:
            yield n, "org-short", "name"
    elif actor.kind == "role":
        names = set(actor.names)
        for n in actor.names:
            yield n, "role", "noun"
            # the construct state of a sound plural drops its ن: «فلاحو طبلبة»، «محتجو الحوض المنجمي»
            if " " not in n and n.endswith("ون") and len(n) >= 6 and n[:-1] not in names:
                yield n[:-1], "role", "noun"
