"""The event store: one SQLite database of deduplicated events, queries, timelines and exports.

See ``docs/store.md`` for the schema, the merge rule and the export columns.
"""
from __future__ import annotations

from rasd.store.records import (ActorRecord, Brief, DocumentRecord, EventRecord, FailureRecord,
                                IngestReport, MentionRecord, Records, RunRecord, SearchHit, Statement,
                                Timeline, TimelineBucket)
from rasd.store.store import Outcome, Store, default_path, to_document

__all__ = [
    "ActorRecord", "Brief", "DocumentRecord", "EventRecord", "FailureRecord", "IngestReport",
    "MentionRecord", "Outcome", "Records", "RunRecord", "SearchHit", "Statement", "Store", "Timeline",
    "TimelineBucket", "default_path", "to_document",
]
