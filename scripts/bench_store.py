"""Benchmark the whole ingest (coding included) into a fresh store.

    python scripts/bench_store.py [-n 10161] [--corpus ../shared/corpus/jawharafm-2015-2017.jsonl.gz]
                                  [--db PATH] [--store-only]

Reads N corpus articles (fields docno, text, time, title, url), ingests them into a temporary
database with ``Pipeline.default()`` and prints articles/s for the whole ingest and the database
size. ``--store-only`` replaces the coder by a stand-in that only cleans nothing and segments, to
measure the store's own share. The corpus is never copied into the project.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.model import Document, Sentence  # noqa: E402
from rasd.store import Store  # noqa: E402
from rasd.text.segment import split_sentences  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"


class SegmentOnly:
    name = "segment-only"

    def run(self, doc: Document) -> Document:
        doc.text = doc.raw.strip()
        doc.sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(split_sentences(doc.text))]
        return doc


def read(path: Path, n: int) -> list[dict]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            out.append({"id": rec["docno"], "text": rec["text"], "published": rec.get("time"),
                        "title": rec.get("title"), "url": rec.get("url")})
            if len(out) >= n:
                break
    return out


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10161)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--store-only", action="store_true")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"bench_store: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    docs = read(args.corpus, args.n)
    if args.store_only:
        pipeline = SegmentOnly()
    else:
        from rasd.pipeline import Pipeline
        t = time.perf_counter()
        pipeline = Pipeline.default()
        print(f"pipeline built in {time.perf_counter() - t:.2f} s")
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = Path(tmp.name) / "bench.db"
    with Store(args.db) as store:
        start = time.perf_counter()
        report = store.ingest(docs, pipeline)
        seconds = time.perf_counter() - start
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = store.counts()
    total = size(args.db)
    print(f"{len(docs)} articles in {seconds:.1f} s: {len(docs) / seconds:.0f} articles/s "
          f"({'store only' if args.store_only else 'coding included'}, one process)")
    print(f"new {report.new}, duplicate {report.duplicate}, near-duplicate {report.near_duplicate}, "
          f"failed {report.failed}; events {counts['events']}, mentions {counts['mentions']}")
    print(f"database {total / 1e6:.1f} MB ({total / max(1, len(docs)) / 1e3:.1f} kB/article) at {args.db}")
    if report.failed:
        for f in store_failures(args.db)[:5]:
            print(f"  failed: {f}")
    if tmp is not None:
        tmp.cleanup()
    return 0


def store_failures(path: Path) -> list[str]:
    with Store(path) as s:
        return [f"{f.doc_id} {f.stage} {f.error}: {f.message[:120]}" for f in s.failures()]


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    raise SystemExit(main())
