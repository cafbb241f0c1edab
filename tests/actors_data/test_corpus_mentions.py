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


HELD = ROOT / "tests" / "data" / "dev" / "events-held.jsonl"


def test_the_list_keeps_out_of_the_held_set():
    """No row may come from an article of the held-out event set (its content is never shown)."""
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared is absent)")
    with open(HELD, encoding="utf-8") as f:
        held = {json.loads(line)["doc"] for line in f if line.strip()}
    lines = {int(r["line"]) for r in _rows()}
    bad = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in lines and json.loads(line)["docno"] in held:
                bad.append(i)
    assert not bad, f"rows from held-out articles (corpus lines {bad}): drop them"


@pytest.fixture(scope="module")
def articles(coder) -> dict[int, object]:
    """corpus line → the article coded up to the actor stage (published date and places included)."""
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared is absent)")
    wanted = {int(r["line"]) for r in _rows()}
    out = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted:
                d = json.loads(line)
                out[i] = coder(d["docno"], d.get("text") or "", _published(d.get("time")))
    return out


def _resolved(doc, start: int, end: int):
    """The mention that overlaps [start, end) most, and its country and sector as the event stage
    reads them: a role with no country of its own takes its context's (_context_country)."""
    best = max(doc.mentions, key=lambda m: min(end, m.end) - max(start, m.start), default=None)
    if best is None or min(end, best.end) <= max(start, best.start):
        return None, None, None
    country = best.country
    if country is None and best.kind == "role":
        country = _context_country(doc, best)
    return best, country, (None if best.locative else best.sector)


def _misses(articles) -> list[tuple]:
    wrong = []
    for r in _rows():
        line, start, end = int(r["line"]), int(r["start"]), int(r["end"])
        doc = articles[line]
        assert doc.text[start:end] == r["text"], f"line {line}: the corpus changed under the list"
        best, country, sector = _resolved(doc, start, end)
        if best is None:
            if r["country"] != "-":
                wrong.append((line, r["text"], r["country"], r["sector"], None, None))
            continue
        if not (country == r["country"] and (r["sector"] == "*" or (sector or "") == r["sector"])):
            wrong.append((line, r["text"], r["country"], r["sector"], country, sector))
    return wrong


def test_mentions_resolve(articles):
    total, wrong = len(_rows()), _misses(articles)
    accuracy = 1 - len(wrong) / total
    print(f"\ncorpus list: {total - len(wrong)}/{total} = {accuracy:.1%}", *wrong, sep="\n  ")
    assert accuracy >= FLOOR, f"{accuracy:.1%} of {total}; wrong: {wrong}"


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
def coder(kb):
    """(docno, text, published) → the document coded by the stages up to actors, places included."""
    from rasd.actors.stage import ActorStage
    from rasd.geo import Gazetteer
    from rasd.grammar import Grammar
    from rasd.model import Document
    from rasd.pipeline import CleanStage, NormalizeStage, Pipeline, PlaceStage, SegmentStage

    pipe = Pipeline([CleanStage(enabled=False), NormalizeStage(), SegmentStage(), PlaceStage(Gazetteer.load()),
                     ActorStage(kb, Grammar.load())])
    return lambda docno, text, published: pipe.run(Document(id=docno, raw=text, published=published))


@pytest.fixture(scope="module")
def dev_docs(coder):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared is absent)")
    wanted = {r["docno"] for r in _dev_rows()}
    out = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["docno"] in wanted:
                out[d["docno"]] = coder(d["docno"], d.get("text") or "", _published(d.get("time")))
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
        best, country, _ = _resolved(doc, start, end)
        if country != (r["country"] or None):
            misses.append(f"{r['mention']} ({r['docno']}): {r['country'] or '-'} expected, "
                          f"{country or '-'} found in «{best.text if best else ''}»")
    return len(rows), misses


def test_the_dev_list_resolves(dev_docs):
    total, misses = _dev_misses(dev_docs)
    accuracy = 1 - len(misses) / total
    print(f"\ndev list: {total - len(misses)}/{total} = {accuracy:.1%}", *misses, sep="\n  ")
    assert accuracy >= DEV_FLOOR, f"{accuracy:.1%} of {total}; misses: {misses}"
