"""Which lexicon entries the seed events needed, and an unseen sentence each one also codes.

    python scripts/seed_entries.py [--gold ../shared/gold/seed-events.jsonl] [--docs ../shared/seeds]

For every trigger entry and actor that produced a gold-matched event on the seeds, print the
entry, the seed trigger text, and the entry's own example sentences with what rasd codes from
them — the evidence that no entry exists only to catch one seed sentence.
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from rasd import default_pipeline
from rasd.evaluate import _matches, load_gold, load_texts
from rasd.model import Document

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold" / "seed-events.jsonl")
    ap.add_argument("--docs", type=Path, default=ROOT.parent / "shared" / "seeds")
    args = ap.parse_args()
    pipe = default_pipeline()
    gold = load_gold(args.gold)
    texts = load_texts(args.docs, [g["doc"] for g in gold])
    used: dict[str, set[str]] = {}
    for rec in gold:
        pub = date.fromisoformat(rec["published"]) if rec.get("published") else None
        doc = pipe.run(Document(rec["doc"], texts[rec["doc"]]["text"], published=pub))
        for ev in doc.events:
            if any(_matches(ev, g) for g in rec["events"]):
                used.setdefault(ev.trigger.entry_id, set()).add(ev.trigger.text)
    lexicon = {e.id: e for e in pipe.stages[-1].lexicon.entries}
    for entry_id in sorted(used):
        entry = lexicon[entry_id]
        print(f"{entry_id} ({entry.cameo}) — seed trigger(s): {', '.join(sorted(used[entry_id]))}")
        for sentence in entry.examples:
            coded = [f"{e.source.country if e.source else None}→{e.target.country if e.target else None} {e.cameo}"
                     for e in pipe.code(sentence)]
            print(f"    unseen: {sentence}\n            → {', '.join(coded) or 'nothing'}")


if __name__ == "__main__":
    main()
