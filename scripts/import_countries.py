"""Build src/rasd/data/ar/actors/imported/countries.yaml from ../shared/reference/gazetteers.

For every country of GeoNames' countryInfo.tsv (ISO 3166-1, plus Kosovo XKX): its Arabic names
(CLDR; the nationalities table; GeoNames' translations), its nisba (the nationalities table), and
its capital's Arabic name (the first Arabic name of the PPLC city in cities15000). Every entry says
where each fact came from. Deterministic: sorted by code. Errors in these sources are corrected in
curated/countries.yaml, not here.

    python scripts/import_countries.py [--check]
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REF = ROOT.parent / "shared" / "reference" / "gazetteers"
OUT = ROOT / "src" / "rasd" / "data" / "ar" / "actors" / "imported" / "countries.yaml"
_ARABIC = set(chr(c) for c in range(0x0621, 0x064B))


def _arabic(s: str | None) -> str | None:
    s = (s or "").strip()
    return s if s and all(ch in _ARABIC or ch == " " for ch in s) else None


def _plausible_capital(name: str | None) -> str | None:
    """GeoNames' Arabic city names include bad transliterations (تىرانا، ئاممان، ااالخرطوم، د مشق)."""
    name = _arabic(name)
    if not name or len(name) < 3 or name[0] in "ئى" or "ى" in name[:-1] or any(
            a == b == c for a, b, c in zip(name, name[1:], name[2:])):
        return None
    if any(len(w) == 1 for w in name.split()):
        return None
    return name


def _plausible_nisba(name: str | None) -> str | None:
    name = _arabic(name)
    if not name or " " in name or not name.endswith("ي") or name.endswith("يي"):
        return None
    return name[2:] if name.startswith("ال") else name


def _bare(name: str) -> str:
    name = name.replace("أ", "ا").replace("إ", "ا")
    return name[2:] if name.startswith("ال") else name


def _stem_of(nisba: str) -> str:
    return nisba[:-1].replace("أ", "ا").replace("إ", "ا")


def build(ref: Path = REF) -> str:
    cldr = {}
    with open(ref / "cldr-country-names-ar.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            cldr[row["id"].strip()] = row["value"].strip()
    nat = {r["code"].strip(): r for r in json.load(open(ref / "nationalities-ar-en.json", encoding="utf-8"))}
    translations = json.load(open(ref / "country_translations.json", encoding="utf-8"))
    capitals: dict[str, str] = {}
    with open(ref / "cities15000_arabic_script.tsv", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            if row["feature_code"] == "PPLC" and row["country"] not in capitals:
                name = _plausible_capital((row.get("ar_like_names") or "").split("|")[0])
                if name:
                    capitals[row["country"]] = name
    entries = []
    with open(ref / "countryInfo.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            iso2, iso3, geonameid = cols[0], cols[1], cols[16]
            names, sources = [], []
            for name, source in ((cldr.get(iso2), "cldr"), (nat.get(iso2, {}).get("country_ar"), "nationalities"),
                                 (translations.get(geonameid, {}).get("ar"), "geonames")):
                name = _arabic(name)
                if name and name not in names:
                    names.append(name)
                    sources.append(source)
            if not names:
                continue
            entry = {"id": iso3, "iso2": iso2, "names": names}
            nisba = _plausible_nisba(nat.get(iso2, {}).get("natianality_ar"))
            if nisba:
                entry["nisba"] = [nisba]
            if iso2 in capitals:
                entry["capital"] = [capitals[iso2]]
            entry["source"] = ("names: " + ", ".join(sources)
                               + ("; nisba: nationalities" if nisba else "")
                               + ("; capital: geonames cities15000" if iso2 in capitals else ""))
            entries.append(entry)
    # A nisba claimed by several countries (روسي for Russia and Belarus, كوري for both Koreas)
    # stays only with the one country whose name begins with its stem, else with none.
    claims: dict[str, list[dict]] = {}
    for e in entries:
        for n in e.get("nisba", []):
            claims.setdefault(n, []).append(e)
    for n, owners in claims.items():
        if len(owners) < 2:
            continue
        keep = [e for e in owners if _bare(e["names"][0]).startswith(_stem_of(n))]
        for e in owners:
            if len(keep) != 1 or e is not keep[0]:
                e["nisba"] = [x for x in e["nisba"] if x != n]
                if not e["nisba"]:
                    del e["nisba"]
                e["source"] = e["source"].replace("; nisba: nationalities", "; nisba dropped (shared)")
    entries.sort(key=lambda e: e["id"])
    out = io.StringIO()
    out.write("# generated by scripts/import_countries.py from ../shared/reference/gazetteers "
              "(CLDR via umpirsky/country-list, MIT; Arabic-English-Nationalities, ISC; GeoNames, CC BY 4.0).\n"
              "# Do not edit: correct in curated/countries.yaml.\n")
    yaml.safe_dump({"kind": "country", "source": "reference/gazetteers (see header)", "entries": entries},
                   out, allow_unicode=True, sort_keys=False, width=120)
    return out.getvalue()


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        sys.exit(0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count('- id:')} countries)")
