"""Benchmark: code the corpus on one core; print articles/s, sentences/s and peak memory.

    python scripts/bench.py [--limit N] [--corpus PATH]

A benchmark, not a test: numbers depend on the machine. The pipeline is built before the clock
starts (its build time is printed apart); one process, one core.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=0, help="code only the first N articles")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"bench: {args.corpus} not found", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    from rasd.dates_util import parse_day
    from rasd.model import Document
    from rasd.pipeline import Pipeline

    t0 = time.perf_counter()
    pipeline = Pipeline.default()
    build = time.perf_counter() - t0
    n_articles = n_sentences = n_events = n_chars = 0
    t0 = time.perf_counter()
    for rec in _records(args.corpus, args.limit):
        text = rec.get("text") or ""
        pub = parse_day(rec.get("time"))
        doc = pipeline.run(Document(rec.get("docno", str(n_articles)), text, published=pub))
        n_articles += 1
        n_sentences += len(doc.sentences)
        n_events += len(doc.events)
        n_chars += len(text)
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pipeline build      {build:8.2f} s")
    print(f"articles            {n_articles:8d}   ({n_chars / 1e6:.1f} M characters)")
    print(f"elapsed             {elapsed:8.2f} s")
    print(f"articles/s          {n_articles / elapsed:8.1f}")
    print(f"sentences/s         {n_sentences / elapsed:8.1f}")
    print(f"events              {n_events:8d}")
    print(f"peak memory         {peak_mb:8.1f} MB")
    return 0


def _records(path: Path, limit: int):
    """Stream the corpus (reading and JSON parsing are inside the timed loop, as in real use)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit and n >= limit:
                return
            yield json.loads(line)


if __name__ == "__main__":
    sys.exit(main())
