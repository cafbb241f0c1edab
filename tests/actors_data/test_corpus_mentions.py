"""A hand-checked list of actor mentions in the Tunisian corpus (corpus_mentions.tsv) resolves to
the expected country and sector. The article text stays in ../shared: the test skips without it."""
from __future__ import annotations

import csv
import gzip
import json
import re
from datetime import date
from pathlib import Path

import pytest

from actors_data_helpers import ROOT

LIST = Path(__file__).resolve().parent / "corpus_mentions.tsv"
CORPUS = ROOT.parent / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"
# pinned at the measured accuracy (93.5% of 169 on 2026-11-23; 94.4% of the first 160); the misses are mostly capitals named as
# places that the actor stage does not mark locative (شرقي طرابلس، إلى الرياض، مؤتمر الدوحة)
FLOOR = 0.93


def _rows() -> list[dict]:
    with open(LIST, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_list_is_well_formed():
    rows = _rows()
    assert len(rows) >= 150
    for r in rows:
        assert int(r["start"]) < int(r["end"]) and r["text"].strip()
        assert re.fullmatch(r"[A-Z]{3}|-", r["country"]), r
        assert re.fullmatch(r"[A-Z]{3}|\*|", r["sector"]), r


@pytest.fixture(scope="module")
def articles() -> dict[int, str]:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared is absent)")
    wanted = {int(r["line"]) for r in _rows()}
    out = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted:
                out[i] = json.loads(line).get("text") or ""
    return out


def test_mentions_resolve(articles, mentions):
    rows = _rows()
    found_by_line = {i: mentions(text) for i, text in articles.items()}
    right, wrong = 0, []
    for r in rows:
        line, start, end = int(r["line"]), int(r["start"]), int(r["end"])
        assert articles[line][start:end] == r["text"], f"line {line}: the corpus changed under the list"
        best = max(found_by_line[line], key=lambda m: min(end, m.end) - max(start, m.start), default=None)
        if best is None or min(end, best.end) <= max(start, best.start):
            if r["country"] == "-":
                right += 1
                continue
            wrong.append((r["text"], r["country"], r["sector"], None, None))
            continue
        sector = None if best.locative else best.sector
        ok = best.country == r["country"] and (r["sector"] == "*" or (sector or "") == r["sector"])
        if ok:
            right += 1
        else:
            wrong.append((r["text"], r["country"], r["sector"], best.country, sector))
    accuracy = right / len(rows)
    assert accuracy >= FLOOR, f"{accuracy:.1%} of {len(rows)}; wrong: {wrong}"


# ---- the team's independent list: tests/data/dev/actor-mentions.tsv ----------------------------
DEV_LIST = ROOT / "tests" / "data" / "dev" / "actor-mentions.tsv"
# pinned at the measured rate (countries right for 288 of 312 on 2026-11-23, 92.3%). The list was
# written apart from the knowledge base; its misses are mostly Tunisian bodies named with no country
# in documents whose country the places do not settle (وزارة الداخلية، الحرس الوطني، النيابة العمومية
# with no Tunisian place in the sentence or article), see _dev_misses for the list.
DEV_FLOOR = 0.92


def _published(value: str | None) -> date | None:
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value or "") or None
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"(\d\d)/(\d\d)/(\d{4})", value or "")
    return date(int(m[3]), int(m[2]), int(m[1])) if m else None


def _context_country(doc, m) -> str | None:
    """A role phrase with no country takes the country of a place in its sentence, else the
    document's most named country (twice at least) — the rule the event stage applies."""
    for s in doc.sentences:
        if s.start <= m.start < s.end:
            here = next((p.country for p in doc.places if p.country and s.start <= p.start < s.end), None)
            if here:
                return here
    counts: dict[str, int] = {}
    for x in [x.country for x in doc.mentions if x.country and x.country != "IGO"] + \
             [p.country for p in doc.places if p.country]:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts, key=lambda c: counts[c], default=None)
    return best if best and counts[best] >= 2 else None


@pytest.fixture(scope="module")
def dev_docs(kb):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared is absent)")
    from rasd.actors.stage import ActorStage
    from rasd.geo import Gazetteer
    from rasd.grammar import Grammar
    from rasd.model import Document
    from rasd.pipeline import CleanStage, NormalizeStage, Pipeline, PlaceStage, SegmentStage

    pipe = Pipeline([CleanStage(enabled=False), NormalizeStage(), SegmentStage(), PlaceStage(Gazetteer.load()),
                     ActorStage(kb, Grammar.load())])
    wanted = {r["docno"] for r in _dev_rows()}
    out = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["docno"] in wanted:
                out[d["docno"]] = pipe.run(Document(id=d["docno"], raw=d.get("text") or "",
                                                    published=_published(d.get("time"))))
    return out


def _dev_rows() -> list[dict]:
    with open(DEV_LIST, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _dev_misses(docs) -> tuple[int, list[str]]:
    rows, misses = _dev_rows(), []
    for r in rows:
        doc = docs[r["docno"]]
        start, end = int(r["start"]), int(r["end"])
        assert doc.text[start:end] == r["mention"], f"{r['docno']}: the corpus changed under the list"
        best = max(doc.mentions, key=lambda m: min(end, m.end) - max(start, m.start), default=None)
        country = None
        if best is not None and min(end, best.end) > max(start, best.start):
            country = best.country
            if country is None and best.kind == "role":
                country = _context_country(doc, best)
        if country != (r["country"] or None):
            misses.append(f"{r['mention']} ({r['docno']}): {r['country'] or '-'} expected, "
                          f"{country or '-'} found in «{best.text if best else ''}»")
    return len(rows), misses


def test_the_dev_list_resolves(dev_docs):
    total, misses = _dev_misses(dev_docs)
    accuracy = 1 - len(misses) / total
    print(f"\ndev list: {total - len(misses)}/{total} = {accuracy:.1%}", *misses, sep="\n  ")
    assert accuracy >= DEV_FLOOR, f"{accuracy:.1%} of {total}; misses: {misses}"
