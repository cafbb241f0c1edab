#!/usr/bin/env python3
"""Build ``src/rasd/data/ar/actors/imported/people.yaml`` from the world-leaders table.

Inputs
- ``../shared/reference/leaders/world-leaders-wikidata.csv``: heads of state and government with
  Wikidata ids, offices and start/end years (English labels, CC0 Wikidata facts).
- ``../shared/reference/gazetteers/countryInfo.tsv``: English country name → ISO alpha-3.
- ``src/rasd/data/ar/actors/curated/people-names-ar.tsv``: the Arabic names, keyed by Wikidata id
  (columns ``wikidata  id  names  short``; ``|`` between list items; ``#`` starts a comment line).
- ``src/rasd/data/ar/actors/curated/people/*.yaml``: hand-curated people. A Wikidata id found
  there is *not* imported: the curated entry (exact dates, more roles) wins.

Rules
- A table row becomes a role ``<ISO3>GOV`` with the office's Arabic title and the row's years
  (``from: 2017``, ``to: 2022``; an empty end year leaves the role open).
- Only offices held some time in 2010–2025 are kept; rows of entities without an ISO code
  (Abkhazia, Transnistria …) and officeholders without Arabic names in the TSV are skipped.
- Rows of one person are merged into one entry; roles are sorted by start, entries by id, so the
  same inputs always give the same bytes (a test re-runs :func:`build` in memory).

Usage: ``python scripts/import_leaders.py [--reference DIR] [--out FILE]``.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference"
ACTORS = ROOT / "src" / "rasd" / "data" / "ar" / "actors"
DEFAULT_OUT = ACTORS / "imported" / "people.yaml"
NAMES_TSV = ACTORS / "curated" / "people-names-ar.tsv"
CURATED_DIR = ACTORS / "curated" / "people"
FIRST_YEAR, LAST_YEAR = 2010, 2025

# English country labels of the leaders table that countryInfo.tsv spells otherwise.
COUNTRY_ALIASES = {
    "People's Republic of China": "CHN", "United States of America": "USA",
    "Kingdom of Denmark": "DNK", "Kingdom of the Netherlands": "NLD", "Republic of Ireland": "IRL",
    "Republic of the Congo": "COG", "Democratic Republic of the Congo": "COD", "East Timor": "TLS",
    "Ivory Coast": "CIV", "The Bahamas": "BHS", "The Gambia": "GMB", "State of Palestine": "PSE",
    "Federated States of Micronesia": "FSM", "Czech Republic": "CZE", "Eswatini": "SWZ",
    "São Tomé and Príncipe": "STP", "Vatican City": "VAT", "Sahrawi Arab Democratic Republic": "ESH",
    "Kosovo": "XKX", "Taiwan": "TWN", "North Korea": "PRK", "South Korea": "KOR",
    "North Macedonia": "MKD", "Cape Verde": "CPV", "Myanmar": "MMR", "Laos": "LAO",
    "Brunei": "BRN", "Russia": "RUS", "Syria": "SYR", "Iran": "IRN", "Vietnam": "VNM",
    "Moldova": "MDA", "Tanzania": "TZA", "Bolivia": "BOL", "Venezuela": "VEN",
}

# Office label (lower case, English) → Arabic title, first match wins.
TITLES: list[tuple[str, str]] = [
    (r"supreme leader of iran", "المرشد الأعلى"),
    (r"supreme leader", "الزعيم"),
    (r"chairman of the presidential council", "رئيس المجلس الرئاسي"),
    (r"chairman of the council of ministers", "رئيس مجلس الوزراء"),
    (r"president of the executive yuan", "رئيس الوزراء"),
    (r"federal chancellor", "المستشار"),
    (r"prime minister|premier|taoiseach|chief minister|minister of state of monaco", "رئيس الوزراء"),
    (r"vice[- ]president", "نائب الرئيس"),
    (r"president|o le ao o le malo", "الرئيس"),
    (r"emperor", "الإمبراطور"),
    (r"emir", "الأمير"),
    (r"sultan", "السلطان"),
    (r"king|monarch|ngwenyama|druk gyalpo|yang di-pertuan agong", "الملك"),
    (r"prince|co-prince", "الأمير"),
    (r"governor-general", "الحاكم العام"),
    (r"pope", "البابا"),
    (r"member of the swiss federal council", "عضو المجلس الاتحادي"),
    (r"captain regent", "القائد الوصي"),
]
_QID = re.compile(r"^Q\d+$")


@dataclass(slots=True)
class Person:
    id: str
    wikidata: str
    names: list[str]
    short: list[str]
    roles: list[dict[str, object]] = field(default_factory=list)


def title_of(office: str) -> str:
    low = office.lower()
    for pattern, title in TITLES:
        if re.search(pattern, low):
            return title
    raise ValueError(f"no Arabic title for office {office!r}: add it to TITLES")


def read_countries(reference: Path) -> dict[str, str]:
    out = dict(COUNTRY_ALIASES)
    with open(reference / "gazetteers" / "countryInfo.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            out.setdefault(cols[4], cols[1])
    return out


def read_names(path: Path) -> dict[str, tuple[str, list[str], list[str]]]:
    """wikidata → (id, names, short) from the curated TSV."""
    out: dict[str, tuple[str, list[str], list[str]]] = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3 or not _QID.match(cols[0]):
                raise ValueError(f"{path}:{n}: expected wikidata, id, names[, short]")
            if cols[0] in out:
                raise ValueError(f"{path}:{n}: {cols[0]} listed twice")
            names = [x.strip() for x in cols[2].split("|") if x.strip()]
            short = [x.strip() for x in cols[3].split("|") if x.strip()] if len(cols) > 3 else []
            out[cols[0]] = (cols[1].strip(), names, short)
    return out


def curated_ids(directory: Path) -> tuple[set[str], set[str]]:
    """The Wikidata ids and entry ids already in curated person files."""
    qids: set[str] = set()
    ids: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in doc.get("entries") or []:
            ids.add(str(entry.get("id")))
            if entry.get("wikidata"):
                qids.add(str(entry["wikidata"]))
    return qids, ids


def _year(value: str) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def build(reference: Path = DEFAULT_REFERENCE, names_tsv: Path = NAMES_TSV,
          curated_dir: Path = CURATED_DIR) -> str:
    """The text of imported/people.yaml."""
    countries = read_countries(reference)
    arabic = read_names(names_tsv)
    skip_qids, skip_ids = curated_ids(curated_dir)
    people: dict[str, Person] = {}
    with open(reference / "leaders" / "world-leaders-wikidata.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            qid = (row.get("officeholder") or "").strip()
            iso3 = countries.get((row.get("country") or "").strip())
            if not iso3 or qid not in arabic or qid in skip_qids:
                continue
            start, end = _year(row.get("start_year") or ""), _year(row.get("end_year") or "")
            if (start and start > LAST_YEAR) or (end and end < FIRST_YEAR):
                continue
            pid, names, short = arabic[qid]
            if pid in skip_ids:
                raise ValueError(f"{qid}: id {pid!r} is also a curated entry with another Wikidata id")
            person = people.setdefault(qid, Person(pid, qid, names, short))
            role: dict[str, object] = {"code": iso3 + "GOV"}
            if start:
                role["from"] = start
            if end:
                role["to"] = end
            role["title"] = title_of(row.get("positionLabel") or "")
            if role not in person.roles:
                person.roles.append(role)
    return _dump(sorted(people.values(), key=lambda p: p.id))


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def _dump(people: list[Person]) -> str:
    out = io.StringIO()
    out.write("# Generated by scripts/import_leaders.py — do not edit; edit the inputs and re-run.\n")
    out.write("kind: person\n")
    out.write("source: ../shared/reference/leaders/world-leaders-wikidata.csv (Wikidata, CC0) joined with"
              " curated/people-names-ar.tsv (Arabic names by the team)\n")
    out.write("entries:\n" if people else "entries: []\n")
    for p in people:
        out.write(f"  - id: {p.id}\n")
        out.write(f"    names: {_flow(p.names)}\n")
        if p.short:
            out.write(f"    short: {_flow(p.short)}\n")
        out.write(f"    wikidata: {p.wikidata}\n")
        out.write("    roles:\n")
        for r in sorted(p.roles, key=lambda r: (int(r.get('from') or 0), str(r['title']))):
            parts = [f"{k}: {v}" for k, v in r.items()]
            out.write("      - {" + ", ".join(parts) + "}\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    text = build(args.reference)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {text.count('  - id: ')} people")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
