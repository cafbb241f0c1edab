"""Event families in labelled corpus sentences: per-family precision and recall of CAMEO roots.

    python scripts/eval_roots.py [--labels tests/data/dev/root-sentences.tsv]
                                 [--corpus ../shared/corpus/jawharafm-2015-2017.jsonl.gz]
                                 [--split dev|test|all] [--json] [-v]

Each row of the label file names a sentence of a corpus article by offsets (columns ``docno,
start, end, prefix, roots, split, note``). ``roots`` lists the CAMEO root families (01–20) of the
events the sentence reports as having taken place, written by reading the sentence, space
separated; a family followed by ``?`` is defensible but debatable (an event whose source or target
the sentence does not name, a background event, a borderline code): predicting it is no false
positive and missing it no miss. An empty ``roots`` is a trap: the sentence uses words of an event
family but reports no event (a planned visit, «وقع» = happened, a negated or hypothetical act,
statistics). ``split`` is ``dev`` (open for looking at errors) or ``test`` (a final measurement
nobody tunes on).

rasd codes each sentence alone, with the article's publication date and outlet; the roots of its
events are compared with the labels, family by family. Prints precision and recall for each
family and micro-averages over the families of verbal and diplomatic interaction (01–13, 16) and
over all twenty.
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
FAMILIES = [f"{i:02d}" for i in range(1, 21)]
INTERACTION = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16"]


def load_rows(labels: Path) -> list[dict[str, str]]:
    with open(labels, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def parse_roots(cell: str) -> tuple[set[str], set[str]]:
    """(required, optional) families of a ``roots`` cell («04 11? 16»)."""
    toks = cell.split()
    return {t for t in toks if not t.endswith("?")}, {t[:-1] for t in toks if t.endswith("?")}


def load_articles(corpus: Path, wanted: set[str]) -> dict[str, dict]:
    out = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("docno") in wanted:
                out[rec["docno"]] = rec
    return out


def code_rows(rows: list[dict[str, str]], corpus: Path, pipe=None) -> list[tuple[dict, str, list]]:
    """(row, sentence, events) for each row, the sentence coded alone."""
    articles = load_articles(corpus, {r["docno"] for r in rows})
    pipe = pipe or default_pipeline()
    out = []
    for r in rows:
        art = articles[r["docno"]]
        sentence = art["text"][int(r["start"]):int(r["end"])]
        doc = Document(r["docno"], sentence, published=parse_day(art.get("time")), url=art.get("url"))
        doc.cache["outlet"] = art.get("src")  # the article's outlet, as rasd ingest would give it
        out.append((r, sentence, pipe.run(doc).events))
    return out


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def score(coded: list[tuple[dict, str, list]], split: str = "all", verbose: bool = False) -> dict:
    counts = {f: {"tp": 0, "fp": 0, "fn": 0} for f in FAMILIES}
    for r, sentence, events in coded:
        if split != "all" and r["split"] != split:
            continue
        required, optional = parse_roots(r["roots"])
        predicted = {e.cameo_root for e in events}
        for f in FAMILIES:
            if f in required and f in predicted:
                counts[f]["tp"] += 1
            elif f in required:
                counts[f]["fn"] += 1
            elif f in predicted and f not in optional:
                counts[f]["fp"] += 1
        if verbose:
            missed = sorted(required - predicted)
            wrong = sorted(predicted - required - optional)
            if missed or wrong:
                codes = ", ".join(f"{e.cameo} {e.trigger.text}" for e in events) or "-"
                print(f"[{r['split']}] gold={r['roots'] or '-'}  pred={' '.join(sorted(predicted)) or '-'}"
                      f"  missed={' '.join(missed) or '-'} wrong={' '.join(wrong) or '-'}"
                      f"  ({codes})  {r['docno']}:{r['start']}\n    {sentence[:160]}")
    out: dict = {"families": {}}
    for f, k in counts.items():
        out["families"][f] = {"precision": _ratio(k["tp"], k["tp"] + k["fp"]),
                              "recall": _ratio(k["tp"], k["tp"] + k["fn"]), **k}
    for name, fams in (("interaction", INTERACTION), ("all", FAMILIES)):
        tp = sum(counts[f]["tp"] for f in fams)
        fp = sum(counts[f]["fp"] for f in fams)
        fn = sum(counts[f]["fn"] for f in fams)
        p, rc = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        out[name] = {"precision": p, "recall": rc, "f1": _ratio(2 * tp, 2 * tp + fp + fn),
                     "tp": tp, "fp": fp, "fn": fn}
    out["sentences"] = sum(1 for r, _, _ in coded if split == "all" or r["split"] == split)
    return out


def _print(result: dict, split: str) -> None:
    print(f"== {split}: {result['sentences']} sentences")
    for f in FAMILIES:
        v = result["families"][f]
        if v["tp"] + v["fp"] + v["fn"] == 0:
            continue
        print(f"  {f}  precision {v['precision']:.3f}  recall {v['recall']:.3f}"
              f"  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
    for name in ("interaction", "all"):
        v = result[name]
        label = "01-13,16" if name == "interaction" else "01-20"
        print(f"  micro {label:8} precision {v['precision']:.3f}  recall {v['recall']:.3f}  F1 {v['f1']:.3f}"
              f"  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, default=ROOT / "tests" / "data" / "dev" / "root-sentences.tsv")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz")
    ap.add_argument("--split", choices=["dev", "test", "all"], default=None,
                    help="one split only (default: dev and test, each on its own)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("-v", action="store_true",
                    help="list the sentences with a missed or wrong family (dev only, unless --split test)")
    a = ap.parse_args()
    coded = code_rows(load_rows(a.labels), a.corpus)
    splits = [a.split] if a.split else ["dev", "test"]
    results = {}
    for s in splits:
        # errors of the test split are listed only when it is asked for by name
        results[s] = score(coded, s, a.v and not a.json and (s != "test" or a.split == "test"))
    if a.json:
        print(json.dumps(results, indent=1))
    else:
        for s in splits:
            _print(results[s], s)
