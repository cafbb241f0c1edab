"""Every entry of the country, organization, group, institution and role files is valid: kinds,
unique ids, known keys, actor codes made of known CAMEO blocks, real dates, the counts the issue
asks for, and no surface form that means two different things."""
from __future__ import annotations

import csv
import re
from datetime import date

import pytest

from actors_data_helpers import ACTORS, FILES, REFERENCE, load_entries
from rasd.actors.kb import SECTORS, KnowledgeBase, _surfaces, country_of
from rasd.data import LINE, load_yaml
from rasd.dates_util import parse_partial
from rasd.text.normalize import fold

ISO_EXTRA = {"XKX"}  # Kosovo: user-assigned, not ISO 3166-1
PREFIXES = {"IGO", "NGO", "IMG"}
# codes of ours where CAMEO has none, each documented in the file that uses it
OWN_GROUPS = {"ISL"}  # ISIS (groups.yaml)


@pytest.mark.parametrize("rel, kind", FILES.items())
def test_file_declares_its_kind_and_a_source(rel, kind):
    doc = load_yaml(ACTORS / rel)
    assert doc["kind"] == kind
    assert doc.get("source"), f"{rel}: say where the facts come from"


@pytest.mark.parametrize("rel", FILES)
def test_ids_unique_within_file(rel):
    ids = [e["id"] for e in load_entries(rel)]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, f"{rel}: duplicate ids {dup}"


def test_ids_unique_across_org_and_role_files():
    seen: dict[str, str] = {}
    for rel in ("curated/organizations.yaml", "curated/institutions.yaml", "curated/groups.yaml", "curated/roles.yaml"):
        for e in load_entries(rel):
            assert e["id"] not in seen, f"{e['id']} in {rel} and {seen.get(e['id'])}"
            seen[e["id"]] = rel


def test_the_shipped_knowledge_base_loads(kb):
    stats = kb.stats()
    assert stats["country"] >= 250
    assert stats["role"] >= 150


def test_counts():
    assert len(load_entries("imported/countries.yaml")) >= 250
    assert len(load_entries("curated/organizations.yaml")) >= 60
    assert len(load_entries("curated/groups.yaml")) >= 40
    assert len(load_entries("curated/institutions.yaml")) >= 30
    assert len(load_entries("curated/roles.yaml")) >= 150


def test_countries_include_the_non_iso_and_disputed_ones(kb):
    for iso3 in ("PSE", "XKX", "ESH", "TWN", "COD", "SSD"):
        assert iso3 in kb.actors and kb.actors[iso3].kind == "country"


def test_country_codes_and_iso2():
    entries = load_entries("imported/countries.yaml")
    iso2 = [e["iso2"] for e in entries]
    assert len(iso2) == len(set(iso2))
    for e in entries:
        assert re.fullmatch(r"[A-Z]{3}", e["id"]) and re.fullmatch(r"[A-Z]{2}", e["iso2"]), e["id"]


def test_curated_countries_merge_into_imported_ones():
    imported = {e["id"] for e in load_entries("imported/countries.yaml")}
    for e in load_entries("curated/countries.yaml"):
        assert e["id"] in imported, f"line {e[LINE]}: {e['id']} is no imported country"
        assert e.get("merge") is True, f"line {e[LINE]}: a curated country entry merges"


def test_nisbas_are_bare_masculine_singulars():
    for rel in ("imported/countries.yaml", "curated/countries.yaml"):
        for e in load_entries(rel):
            for n in e.get("nisba", []):
                assert not n.startswith("ال") and n.endswith("ي") and " " not in n, f"{rel} {e['id']}: {n}"


def test_dropped_nisbas_drop_every_generated_form(kb):
    """The loader generates ة/ون/ين… from a nisba; a curated drop must take them all away."""
    for e in load_entries("curated/countries.yaml"):
        forms = {fold(x) for x in kb.actors[e["id"]].nisba}
        for d in e.get("drop", []):
            assert fold(d) not in forms, f"{e['id']}: {d} is still there"
        for d in e.get("drop", []):
            if d.endswith("ي") and " " not in d:
                for suffix in ("ة", "ون", "ين"):
                    assert fold(d + suffix) not in forms, f"{e['id']}: {d + suffix} survives the drop of {d}"


def _cameo_blocks() -> set[str]:
    blocks = set(SECTORS)
    gdelt = REFERENCE / "gdelt"
    for name in ("CAMEO.type.txt", "CAMEO.knowngroup.txt"):
        path = gdelt / name
        if path.exists():
            with open(path, encoding="utf-8") as f:
                blocks.update(row[0] for row in csv.reader(f, delimiter="\t") if row and row[0] != "CODE")
    return blocks


ORG_FILES = ("curated/organizations.yaml", "curated/institutions.yaml", "curated/groups.yaml")


@pytest.mark.parametrize("rel", ORG_FILES)
def test_org_codes_are_known_cameo_blocks(rel, kb):
    if not (REFERENCE / "gdelt" / "CAMEO.knowngroup.txt").exists():
        pytest.skip("../shared/reference/gdelt is absent: group codes cannot be checked")
    known = _cameo_blocks() | OWN_GROUPS
    countries = {a.id for a in kb.actors.values() if a.kind == "country"}
    for e in load_entries(rel):
        code = e["code"]
        assert re.fullmatch(r"(?:[A-Z]{3})+", code), f"{rel}:{e[LINE]} {code}"
        blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
        assert blocks[0] in countries | PREFIXES, f"{rel}:{e[LINE]} {code}: {blocks[0]} is no country nor IGO/NGO/IMG"
        for b in blocks[1:]:
            assert b in known, f"{rel}:{e[LINE]} {code}: {b} is no CAMEO type or known group"
        if e.get("sector") is not None:
            assert e["sector"] in SECTORS, f"{rel}:{e[LINE]} sector {e['sector']}"


def test_igo_and_ngo_codes_by_file():
    for e in load_entries("curated/organizations.yaml"):
        assert e["code"][:3] in {"IGO", "NGO"} or e["id"] == "sohr", e["id"]
    for e in load_entries("curated/institutions.yaml"):
        assert e["code"][:3] not in PREFIXES, e["id"]


def test_role_sectors_are_known():
    for e in load_entries("curated/roles.yaml"):
        assert "sector" in e, f"roles.yaml:{e[LINE]}: say the sector, or null for a generic head"
        assert e["sector"] is None or e["sector"] in SECTORS, f"roles.yaml:{e[LINE]}"


@pytest.mark.parametrize("rel", ORG_FILES)
def test_dates_are_real_and_ordered(rel):
    for e in load_entries(rel):
        start = parse_partial(e.get("from")) if e.get("from") is not None else None
        end = parse_partial(e.get("to"), end=True) if e.get("to") is not None else None
        for d in (start, end):
            assert d is None or date(1900, 1, 1) <= d <= date(2030, 12, 31), f"{rel}:{e[LINE]}"
        if start and end:
            assert start <= end, f"{rel}:{e[LINE]} {e['id']} ends before it starts"


def test_libyan_governments_follow_each_other(kb):
    gna, gnu = kb.actors["gna"], kb.actors["gnu"]
    assert gna.start == date(2015, 12, 17) and gna.end == date(2021, 3, 15)
    assert gnu.start == date(2021, 3, 15) and gnu.end is None
    assert gna.code == gnu.code == "LBYGOV"
    assert kb.actors["lby-hor"].code == "LBYLEG" and kb.actors["lna"].code == "LBYMIL"


def test_no_surface_form_means_two_actors(kb):
    """A form of a country, organization or role belongs to one actor only."""
    owner: dict[str, str] = {}
    clashes = []
    for a in kb.actors.values():
        if a.kind == "person":
            continue
        for surface, _, _ in _surfaces(a):
            key = " ".join(fold(surface).split())
            if owner.setdefault(key, a.id) != a.id:
                clashes.append((surface, owner[key], a.id))
    assert not clashes, clashes[:20]


def test_stateless_groups_have_no_country(kb):
    for gid in ("isis", "al-qaeda", "aqim"):
        assert country_of(kb.actors[gid].code) is None


def test_dated_org_codes_are_checked(tmp_path):
    """A dated code must be of the organization's country, and periods may not overlap."""
    from rasd.errors import LexiconError

    count = iter(range(10))

    def load(codes: str):
        root = tmp_path / f"kb{next(count)}"
        (root / "curated").mkdir(parents=True)
        (root / "imported").mkdir()
        (root / "curated" / "groups.yaml").write_text(
            "kind: org\nsource: test\nentries:\n"
            f"  - {{id: p, names: [حزب الاختبار], code: TUNOPP, codes: {codes}}}\n", encoding="utf-8")
        return KnowledgeBase.load(root)

    assert load("[{code: TUNPTY, from: 2015-01-01, to: 2016-01-01}]").actors["p"].roles[0].code == "TUNPTY"
    for bad in ("[{code: LBYPTY, from: 2015-01-01}]",
                "[{code: TUNPTY, from: 2015-01-01, to: 2016-01-01}, {code: TUNPTY, from: 2015-06-01, to: 2017-01-01}]"):
        with pytest.raises(LexiconError):
            load(bad)
