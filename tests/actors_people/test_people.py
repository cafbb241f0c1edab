"""The people of the actor knowledge base: imported/people.yaml and curated/people/*.yaml.

Checks the files through the project's loader (unknown keys, dates, codes, overlapping roles fail
with file and line) and adds the rules of this part of the knowledge base: ids and Wikidata ids
unique, role codes made of a known country (or IGO) and a known CAMEO sector, every person dated
and active some time in 2010–2025, different people never sharing a name, and the imported file
equal to what its script writes today.
"""
from __future__ import annotations

import importlib.util
import shutil
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from rasd.actors.kb import ARAB_LEAGUE, KnowledgeBase, given_names, name_variants
from rasd.data import LINE, load_yaml
from rasd.text.normalize import fold, name_key

ROOT = Path(__file__).resolve().parents[2]
ACTORS = ROOT / "src" / "rasd" / "data" / "ar" / "actors"
IMPORTED = ACTORS / "imported" / "people.yaml"
CURATED = ACTORS / "curated" / "people"
NAMES_TSV = ACTORS / "curated" / "people-names-ar.tsv"
REFERENCE = ROOT.parent / "shared" / "reference"
PEOPLE_FILES = [IMPORTED, *sorted(CURATED.glob("*.yaml"))]

# Sectors: CAMEO's actor types (reference/gdelt/CAMEO.type.txt) and PTY, the team's code for
# parties (tests/data/dev/actor-mentions.tsv). Kept here so the test runs without ../shared.
CAMEO_SECTORS = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL",
    "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "AMN", "IRC",
    "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET",
}
SECTORS = CAMEO_SECTORS | {"PTY"}
EXTRA_COUNTRIES = {"IGO", "PSE", "XKX", "ESH", "TWN"}
FIRST, LAST = date(2010, 1, 1), date(2025, 12, 31)


def _entries() -> list[tuple[Path, dict]]:
    out = []
    for path in PEOPLE_FILES:
        doc = load_yaml(path)
        assert doc["kind"] == "person", path
        out.extend((path, e) for e in doc["entries"])
    return out


ENTRIES = _entries()


def _where(path: Path, entry: dict) -> str:
    return f"{path.relative_to(ROOT)}:{entry.get(LINE)} {entry.get('id')}"


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    """The people files alone, loaded by the project's own loader (which validates them)."""
    root = tmp_path_factory.mktemp("actors")
    (root / "imported").mkdir()
    (root / "curated" / "people").mkdir(parents=True)
    shutil.copy(IMPORTED, root / "imported" / IMPORTED.name)
    for path in CURATED.glob("*.yaml"):
        shutil.copy(path, root / "curated" / "people" / path.name)
    return KnowledgeBase.load(root)


def _countries() -> set[str]:
    path = REFERENCE / "gazetteers" / "countryInfo.tsv"
    if not path.exists():
        pytest.skip("../shared/reference is absent")
    codes = set(EXTRA_COUNTRIES)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes.add(line.split("\t")[1])
    return codes


def test_at_least_800_people_with_dated_roles(kb):
    people = [a for a in kb.actors.values() if a.kind == "person"]
    assert len(people) >= 800
    assert all(a.roles for a in people)
    assert sum(len(a.roles) for a in people) >= 900


def test_ids_unique_across_files():
    seen: dict[str, str] = {}
    for path, e in ENTRIES:
        assert e["id"] not in seen, f"{_where(path, e)} repeats {seen.get(e['id'])}"
        seen[e["id"]] = _where(path, e)


def test_ids_are_slugs():
    for path, e in ENTRIES:
        assert str(e["id"]).replace("-", "").isalnum() and str(e["id"]).islower(), _where(path, e)


def test_wikidata_ids_well_formed_and_unique():
    seen: dict[str, str] = {}
    for path, e in ENTRIES:
        q = e.get("wikidata")
        if q is None:
            continue
        assert isinstance(q, str) and q[0] == "Q" and q[1:].isdigit(), _where(path, e)
        assert q not in seen, f"{_where(path, e)}: {q} also on {seen[q]}"
        seen[q] = _where(path, e)


def test_role_codes_are_country_plus_known_sector():
    countries = _countries()
    cameo_types = REFERENCE / "gdelt" / "CAMEO.type.txt"
    listed = {ln.split("\t")[0] for ln in cameo_types.read_text(encoding="utf-8").splitlines()[1:] if ln}
    assert CAMEO_SECTORS <= listed
    for path, e in ENTRIES:
        for r in e["roles"]:
            code = r["code"]
            assert len(code) == 6, f"{_where(path, e)}: {code}"
            assert code[:3] in countries, f"{_where(path, e)}: unknown country in {code}"
            assert code[3:] in SECTORS, f"{_where(path, e)}: unknown sector in {code}"


def test_roles_dated_not_inverted_and_in_period(kb):
    for a in kb.actors.values():
        for r in a.roles:
            assert r.start is not None, f"{a.path}:{a.line} {a.id}: role {r.code} without from"
            assert r.end is None or r.start <= r.end, f"{a.path}:{a.line} {a.id}: {r.code} inverted"
        assert any(r.start <= LAST and (r.end is None or r.end >= FIRST) for r in a.roles), \
            f"{a.path}:{a.line} {a.id}: no role in 2010–2025"


def test_curated_roles_have_titles():
    for path, e in ENTRIES:
        for r in e["roles"]:
            assert r.get("title"), f"{_where(path, e)}: role {r['code']} without title"


def _variants(e: dict, name) -> set[str]:
    """The variants the knowledge base compiles for one name of entry ``e``."""
    return name_variants(str(name), any(str(r["code"])[:3] in ARAB_LEAGUE for r in e.get("roles") or []), GIVEN)


GIVEN = given_names(KnowledgeBase.load().actors.values())


def test_different_people_never_share_a_name():
    """No surface form the matcher compiles (a name and its ال/غ-ج variants, folded) is two people's."""
    owner: dict[str, str] = {}
    for path, e in ENTRIES:
        for k in {fold(v) for n in e["names"] for v in _variants(e, n)}:
            assert k not in owner or owner[k] == e["id"], f"{_where(path, e)}: name {k!r} also {owner[k]}"
            owner[k] = e["id"]


# Different people whose names the coarse transliteration key (rasd.text.normalize.name_key: ع
# dropped, ص→س, long vowels dropped …) merges. Listed so that a new clash is seen and decided on:
# either the names are written apart (a middle name) or the pair is added here.
KNOWN_NAME_KEY_CLASHES: set[frozenset[str]] = {
    frozenset({"mohammed-al-bowardi", "mohamed-elbaradei"}),  # البواردي / البرادعي
    frozenset({"abdullah-al-thani", "abdullah-ii"}),  # عبد الله الثني / عبد الله الثاني
    frozenset({"michael-fallon", "michael-flynn"}),  # مايكل فالون / مايكل فلين
    frozenset({"adnan-mansour", "adnene-mansar"}),  # عدنان منصور (Lebanon) / عدنان منصر (Tunisia)
}


def test_name_key_clashes_are_known():
    owner: dict[str, str] = {}
    clashes: set[frozenset[str]] = set()
    for _, e in ENTRIES:
        for k in {name_key(v) for n in e["names"] for v in _variants(e, n)}:
            if k in owner and owner[k] != e["id"]:
                clashes.add(frozenset({owner[k], e["id"]}))
            owner.setdefault(k, e["id"])
    new = clashes - KNOWN_NAME_KEY_CLASHES
    assert not new, f"people merged by name_key: {sorted(sorted(c) for c in new)}"


def test_short_forms_designate_one_person():
    full = {fold(v) for _, e in ENTRIES for n in e["names"] for v in _variants(e, n)}
    seen: dict[str, str] = {}
    for path, e in ENTRIES:
        for s in e.get("short") or []:
            f = fold(str(s))
            assert f not in seen, f"{_where(path, e)}: short {s} also short of {seen[f]}"
            seen[f] = e["id"]
            # a short form is a family name, not a first name or a full name of someone else
            assert f not in full or any(fold(str(n)) == f for n in e["names"]), f"{_where(path, e)}: {s}"
            assert len(f) >= 3, f"{_where(path, e)}: short {s} too short"


def test_names_are_arabic_script():
    for path, e in ENTRIES:
        for n in [*e["names"], *(e.get("short") or [])]:
            assert all("\u0600" <= c <= "\u06ff" or c == " " for c in str(n)), f"{_where(path, e)}: {n!r}"


def test_imported_file_is_what_the_script_writes():
    if not (REFERENCE / "leaders" / "world-leaders-wikidata.csv").exists():
        pytest.skip("../shared/reference is absent")
    spec = importlib.util.spec_from_file_location("import_leaders", ROOT / "scripts" / "import_leaders.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    assert mod.build(REFERENCE) == IMPORTED.read_text(encoding="utf-8"), \
        "imported/people.yaml differs: re-run scripts/import_leaders.py (never edit it by hand)"


def test_names_tsv_rows_are_used_or_curated():
    """Every Arabic name row joins a table row or is superseded by a curated entry (no dead rows)."""
    if not (REFERENCE / "leaders" / "world-leaders-wikidata.csv").exists():
        pytest.skip("../shared/reference is absent")
    table = (REFERENCE / "leaders" / "world-leaders-wikidata.csv").read_text(encoding="utf-8")
    for n, line in enumerate(NAMES_TSV.read_text(encoding="utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            assert f",{line.split(chr(9))[0]}," in table, f"{NAMES_TSV.name}:{n}: not in the leaders table"


def test_one_file_per_country_or_group():
    by_file: dict[str, set[str]] = defaultdict(set)
    for path, e in ENTRIES:
        if path.parent == CURATED:
            by_file[path.stem].add(e["roles"][-1]["code"][:3])
    assert by_file, "no curated people"
