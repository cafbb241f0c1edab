"""The demo articles in samples/: their index, their gold file, and their places."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rasd.geo import Gazetteer

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
INDEX = [json.loads(line) for line in (SAMPLES / "index.jsonl").read_text(encoding="utf-8").splitlines()]
GOLD = [json.loads(line) for line in (SAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
EVENT_KEYS = {"source", "source_sector", "source_text", "target", "target_sector", "target_text", "roots",
              "cameo", "plover", "date", "location", "required", "symmetric", "evidence"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<[^>]+>", " ", text[text.index("<article>"):text.index("</article>")])
    return text


def test_index_lists_every_article_once():
    files = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    assert sorted(e["path"] for e in INDEX) == files
    assert 6 <= len(files) <= 10 and any(f.endswith(".html") for f in files)
    for entry in INDEX:
        assert set(entry) == {"id", "path", "published", "title", "url"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["published"])
        assert entry["url"].startswith("https://example.org/")
        assert entry["title"] in _body(SAMPLES / entry["path"])


@pytest.mark.parametrize("entry", INDEX, ids=lambda e: e["id"])
def test_article_length(entry):
    words = len(_body(SAMPLES / entry["path"]).split())
    assert 150 <= words <= 350, words


def test_html_sample_is_a_page():
    page = (SAMPLES / "004_berlin_conference_2020.html").read_text(encoding="utf-8")
    for part in ("<title>", 'property="article:published_time"', "<nav>", "<p>", "<footer>"):
        assert part in page


def test_gold_matches_the_index_and_the_format():
    assert [g["doc"] for g in GOLD] == [e["path"] for e in INDEX]
    for doc, entry in zip(GOLD, INDEX):
        assert doc["published"] == entry["published"]
        for ev in doc["events"]:
            assert set(ev) == EVENT_KEYS
            assert ev["cameo"][:2] == ev["roots"][0]
            assert ev["plover"] is None if ev["cameo"].startswith("01") else ev["plover"] in PLOVER
            assert ev["date"] is None or re.fullmatch(r"P(-\d+)?|\d{4}(-\d{2}(-\d{2})?)?", ev["date"])
            assert ev["source"] is None or re.fullmatch(r"[A-Z]{3}", ev["source"])


@pytest.mark.parametrize("doc", GOLD, ids=lambda d: d["doc"])
def test_gold_evidence_and_locations_are_in_the_article(doc):
    body = _body(SAMPLES / doc["doc"])
    gaz = Gazetteer.load()
    written = {loc.text for loc in gaz.find(body)}
    for ev in doc["events"]:
        first = ev["evidence"].split(" ... ")[0]
        assert first in body, first
        if ev["location"]:
            assert ev["location"] in body
            assert ev["location"] in written, (ev["location"], written)
