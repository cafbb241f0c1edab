"""Protest and assault detection on labelled corpus sentences (issue 4's yes/no sets).

    python scripts/eval_sentences.py [--labels FILE ...] [--corpus PATH] [-v]

By default both labelled files of tests/data/dev are scored: ``protest-assault-sentences.tsv``
(the 200 sentences of the measurement) and ``protest-assault-dev.tsv`` (the development sentences
the triggers are tuned on). Each row names a sentence of a corpus article by offsets; rasd codes
the sentence alone (with the article's date), and a sentence counts as "protest" when an event of
CAMEO root 14 comes out, "assault" when one of roots 18, 19 or 20 does. Prints precision and
recall for each class; ``-v`` prints each error with the events that were coded.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
from pathlib import Path

from rasd import default_pipeline
from rasd.dates_util import parse_day
from rasd.model import Document

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "dev"
LABELS = [DEV / "protest-assault-sentences.tsv", DEV / "protest-assault-dev.tsv"]
CLASSES = {"protest": {"14"}, "assault": {"18", "19", "20"}}


def read_rows(labels: Path) -> list[dict[str, str]]:
    # QUOTE_NONE: a sentence prefix may begin with a quotation mark
    with open(labels, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def score(labels: Path, corpus: Path, verbose: bool = False, pipe=None) -> dict[str, dict[str, float]]:
    rows = read_rows(labels)
    wanted = {r["docno"] for r in rows}
    articles = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("docno") in wanted:
                articles[rec["docno"]] = rec
    pipe = pipe or default_pipeline()
    counts = {c: {"tp": 0, "fp": 0, "fn": 0} for c in CLASSES}
    for r in rows:
        art = articles[r["docno"]]
        sentence = art["text"][int(r["start"]):int(r["end"])]
        doc = Document(r["docno"], sentence, published=parse_day(art.get("time")), url=art.get("url"))
        doc.cache["outlet"] = art.get("src")  # the article's outlet, as rasd ingest would give it
        events = pipe.run(doc).events
        roots = {e.cameo_root for e in events}
        for c, want in CLASSES.items():
            gold, pred = r[c] == "yes", bool(roots & want)
            key = "tp" if gold and pred else "fp" if pred else "fn" if gold else None
            if key:
                counts[c][key] += 1
            if verbose and gold != pred:
                coded = "; ".join(f"{e.cameo} {e.trigger.text}" for e in events) or "-"
                why = doc.cache.get("dropped", {})
                fired = "; ".join(f"{t.entry_id}{'/neg' if t.negated else ''}{'/fut' if t.future else ''}"
                                  + (f" ({why[(t.start, t.end)]})" if (t.start, t.end) in why else "")
                                  for t in doc.triggers) or "-"
                print(f"{c:8} gold={r[c]:3} [{coded}] [{fired}] {sentence[:160]}")
    out = {}
    for c, k in counts.items():
        p = k["tp"] / (k["tp"] + k["fp"]) if k["tp"] + k["fp"] else 0.0
        rc = k["tp"] / (k["tp"] + k["fn"]) if k["tp"] + k["fn"] else 0.0
        out[c] = {"precision": round(p, 3), "recall": round(rc, 3), **k}
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, nargs="+", default=LABELS)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    pipeline = default_pipeline()
    for labels in a.labels:
        print(f"== {labels.name} ({len(read_rows(labels))} sentences)")
        for c, v in score(labels, a.corpus, a.v, pipeline).items():
            print(f"{c:8} precision {v['precision']:.3f}  recall {v['recall']:.3f}  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
