"""Run by test_kill.py in a subprocess: ingest many documents slowly until killed."""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store_helpers import ScriptedPipeline, events_by_number, many_documents  # noqa: E402
from rasd.store import Store  # noqa: E402


def slow_events(doc):
    time.sleep(0.004)
    return events_by_number(doc)


if __name__ == "__main__":
    path, n = sys.argv[1], int(sys.argv[2])
    with Store(path) as store:
        store.ingest(many_documents(n), ScriptedPipeline(slow_events))
