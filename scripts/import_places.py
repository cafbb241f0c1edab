#!/usr/bin/env python3
"""Build rasd's place gazetteer from the GeoNames files in ``../shared/reference/gazetteers``.

Writes ``src/rasd/data/ar/places/imported/places.tsv``: one place a line, countries first, then
cities, each sorted by GeoNames id, so that the same inputs always give the same bytes (a test
re-runs :func:`build` in memory and compares it with the file on disk).

Columns (tab separated, ``|`` between list items)::

    geonames_id kind name country lat lon population feature names nisba capital_id

- ``kind`` is ``country`` or ``city``; ``country`` is ISO 3166-1 alpha-3.
- ``names`` are the Arabic names as GeoNames writes them (ar-like names only; names in other
  Arabic-script languages, names with non-Arabic letters and names shorter than 3 letters are
  left out); duplicates after folding are dropped, the first spelling kept.
- Countries come from countryInfo.tsv. Their Arabic names are taken from
  country_translations.json (key ``ar``), cldr-country-names-ar.csv and
  nationalities-ar-en.json; their nisba (masculine singular, no ال) from nationalities-ar-en.json
  when it is one word ending in ي (the file also lists «جزر», «سان» for island states).
  GeoNames gives no country centroid, so a country carries the coordinates of its capital (the
  PPLC city of the cities file, else the city named as capital in countryInfo.tsv, else none).
- Cities come from cities15000_arabic_script.tsv. All cities of the region rasd reads (Arab
  League members and neighbours, see ``REGION``) are kept; elsewhere only capitals, first-order
  administrative seats (PPLA) and cities of 100,000 people or more — small towns abroad add
  nothing to Arabic political news but false matches (US towns called Clinton, Salem, Lebanon).

Usage: ``python scripts/import_places.py [--reference DIR] [--out DIR]``.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.text.normalize import fold  # noqa: E402

DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference" / "gazetteers"
DEFAULT_OUT = ROOT / "src" / "rasd" / "data" / "ar" / "places" / "imported"
OUT_NAME = "places.tsv"

REGION = {
    # Arab League
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA",
    "SO", "SD", "SY", "TN", "AE", "YE",
    # neighbours that Arabic news of the region names often
    "TR", "IR", "IL", "TD", "NE", "ML", "ER", "ET", "SS", "EH", "CY", "MT",
}
MIN_POPULATION_ABROAD = 100_000
KEEP_FEATURES_ABROAD = {"PPLC", "PPLA"}
MIN_LETTERS = 3
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a]+(?: [\u0621-\u064a]+)*$")
COLUMNS = ["geonames_id", "kind", "name", "country", "lat", "lon", "population", "feature",
           "names", "nisba", "capital_id"]


def _clean_names(raw: list[str]) -> list[str]:
    """Arabic names kept for matching: Arabic letters only, at least 3 letters, unique once folded."""
    out: list[str] = []
    seen: set[str] = set()
    for name in raw:
        name = " ".join(name.replace("\u200e", "").replace("\u200f", "").split())
        key = fold(name)
        if not _ARABIC_NAME.match(key) or len(key.replace(" ", "")) < MIN_LETTERS or key in seen:
            continue
        seen.add(key)
        out.append(name)
    return out


def _read_cities(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _read_countries(path: Path) -> list[list[str]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def _fmt_coord(value: str) -> str:
    return f"{float(value):.5f}"


def build(reference: Path = DEFAULT_REFERENCE) -> dict[str, str]:
    """Return ``{file name: content}`` of the imported gazetteer (nothing is written)."""
    cities = _read_cities(reference / "cities15000_arabic_script.tsv")
    countries = _read_countries(reference / "countryInfo.tsv")
    translations = json.loads((reference / "country_translations.json").read_text(encoding="utf-8"))
    with (reference / "cldr-country-names-ar.csv").open(encoding="utf-8", newline="") as f:
        cldr = {row["id"]: row["value"] for row in csv.DictReader(f)}
    nationalities = {row["code"]: row for row in
                     json.loads((reference / "nationalities-ar-en.json").read_text(encoding="utf-8"))}

    iso3_of = {row[0]: row[1] for row in countries}
    capital_by_iso2: dict[str, dict[str, str]] = {}
    for city in cities:
        if city["feature_code"] == "PPLC":
            best = capital_by_iso2.get(city["country"])
            if best is None or int(city["population"] or 0) > int(best["population"] or 0):
                capital_by_iso2[city["country"]] = city
    by_english: dict[tuple[str, str], dict[str, str]] = {}
    for city in cities:
        by_english.setdefault((city["country"], city["name"]), city)

    lines: list[list[str]] = []
    for row in sorted(countries, key=lambda r: int(r[16])):
        iso2, iso3, name, capital_name, population, gid = row[0], row[1], row[4], row[5].strip(), row[7], row[16]
        nat = nationalities.get(iso2, {})
        names = _clean_names([translations.get(gid, {}).get("ar", ""), cldr.get(iso2, ""),
                              nat.get("country_ar", "")])
        if not names:
            continue
        capital = capital_by_iso2.get(iso2) or by_english.get((iso2, capital_name))
        nisba = [n for n in _clean_names([nat.get("natianality_ar", "")])
                 if " " not in n and fold(n).endswith("ي")]
        lat = _fmt_coord(capital["lat"]) if capital else ""
        lon = _fmt_coord(capital["lon"]) if capital else ""
        lines.append([gid, "country", name, iso3, lat, lon, population or "0", "PCLI",
                      "|".join(names), "|".join(nisba), capital["geonameid"] if capital else ""])

    kept: dict[int, list[str]] = {}
    for city in cities:
        iso2 = city["country"]
        if iso2 not in iso3_of:
            continue
        population = int(city["population"] or 0)
        if iso2 not in REGION and city["feature_code"] not in KEEP_FEATURES_ABROAD \
                and population < MIN_POPULATION_ABROAD:
            continue
        names = _clean_names(city["ar_like_names"].split("|"))
        if not names:
            continue
        gid = int(city["geonameid"])
        if gid in kept:  # the same city listed twice: merge its names
            merged = _clean_names(kept[gid][8].split("|") + names)
            kept[gid][8] = "|".join(merged)
            continue
        kept[gid] = [city["geonameid"], "city", city["name"], iso3_of[iso2], _fmt_coord(city["lat"]),
                     _fmt_coord(city["lon"]), str(population), city["feature_code"],
                     "|".join(names), "", ""]
    lines.extend(kept[gid] for gid in sorted(kept))

    out = io.StringIO()
    out.write("# generated by scripts/import_places.py from GeoNames (countryInfo.tsv, "
              "cities15000_arabic_script.tsv, country_translations.json; CC BY 4.0), CLDR country "
              "names (MIT) and Arabic-English nationalities (ISC). Do not edit: re-run the script; "
              "corrections go to ../curated/.\n")
    out.write("\t".join(COLUMNS) + "\n")
    for line in lines:
        out.write("\t".join(line) + "\n")
    return {OUT_NAME: out.getvalue()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    files = build(args.reference)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (args.out / name).write_text(content, encoding="utf-8")
        print(f"wrote {args.out / name}: {content.count(chr(10)) - 2} places, {len(content.encode())} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
