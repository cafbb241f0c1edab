"""Speed of rasd.time.find_dates over corpus articles.

    .venv/bin/python scripts/bench_dates.py [--n 1000] [--corpus ../shared/corpus/jawharafm-2015-2017.jsonl.gz]

Prints articles per second for find_dates (normalization included), for the grammar alone on an
already normalized text (find_dates_in, as the pipeline calls it with Document.norm), and for
publication_date; and how many expressions were found, by rule.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import json
import time
from pathlib import Path

from rasd.text.normalize import normalize
from rasd.time import find_dates, find_dates_in, publication_date
from rasd.time.publication import from_meta

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    args = ap.parse_args()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        arts = [json.loads(line) for line in itertools.islice(f, args.n)]
    docs = [(a["text"], from_meta({"date": a["time"]})) for a in arts]
    chars = sum(len(t) for t, _ in docs)
    find_dates(docs[0][0], docs[0][1])  # compile the grammar once

    t0 = time.perf_counter()
    found = [find_dates(t, p) for t, p in docs]
    t1 = time.perf_counter()
    norms = [normalize(t) for t, _ in docs]
    t2 = time.perf_counter()
    for (t, p), n in zip(docs, norms):
        find_dates_in(t, n, p)
    t3 = time.perf_counter()
    for t, _ in docs:
        publication_date(t)
    t4 = time.perf_counter()

    n = len(docs)
    by_rule = collections.Counter(d.source.split(":")[0] for ds in found for d in ds)
    total = sum(by_rule.values())
    print(f"{n} articles, {chars / n:.0f} characters on average")
    print(f"find_dates (with normalize): {n / (t1 - t0):8.0f} articles/s  {1000 * (t1 - t0) / n:.3f} ms/article")
    print(f"normalize alone:             {n / (t2 - t1):8.0f} articles/s  {1000 * (t2 - t1) / n:.3f} ms/article")
    print(f"find_dates_in (grammar):     {n / (t3 - t2):8.0f} articles/s  {1000 * (t3 - t2) / n:.3f} ms/article")
    print(f"publication_date:            {n / (t4 - t3):8.0f} articles/s  {1000 * (t4 - t3) / n:.3f} ms/article")
    print(f"{total} expressions ({total / n:.1f} per article), "
          f"{sum(d.value is not None for ds in found for d in ds)} resolved")
    print("by kind:", ", ".join(f"{k} {v}" for k, v in by_rule.most_common()))


if __name__ == "__main__":
    main()
