"""Paths and small helpers shared by the tests of the actor data files (imported by module name:
tests/ has no packages)."""
from __future__ import annotations

from pathlib import Path

from rasd.data import load_yaml

ROOT = Path(__file__).resolve().parents[2]
ACTORS = ROOT / "src" / "rasd" / "data" / "ar" / "actors"
REFERENCE = ROOT.parent / "shared" / "reference"
# the files of this room, with the kind each must declare
FILES = {
    "imported/countries.yaml": "country",
    "curated/countries.yaml": "country",
    "curated/organizations.yaml": "org",
    "curated/institutions.yaml": "org",
    "curated/groups.yaml": "org",
    "curated/roles.yaml": "role",
}


def load_entries(rel: str) -> list[dict]:
    doc = load_yaml(ACTORS / rel)
    return doc["entries"]


