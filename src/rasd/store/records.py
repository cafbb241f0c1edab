"""Typed records the store returns (dataclasses), and lists of them that become DataFrames."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Generic, TypeVar

from rasd.errors import StoreError

T = TypeVar("T")

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


class Records(list, Generic[T]):
    """A list of records; ``to_pandas()`` gives one DataFrame row per record."""

    def to_pandas(self) -> Any:
        try:
            import pandas as pd
        except ImportError:
            raise StoreError("to_pandas() needs pandas: pip install pandas") from None
        rows = [r.as_row() if hasattr(r, "as_row") else asdict(r) for r in self]
        if rows:
            return pd.DataFrame(rows)
        return pd.DataFrame(columns=[f.name for f in fields(self._type)] if self._type else [])

    _type: type | None = None

    @classmethod
    def of(cls, kind: type, items: Any = ()) -> "Records[Any]":
        out = cls(items)
        out._type = kind
        return out


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One real-world event, merged from every mention that reports it."""

    id: int
    cameo: str
    root: str
    plover: str | None
    quad_class: int | None
    goldstein: float | None
    symmetric: bool
    source_country: str | None
    source_sector: str | None
    source_code: str | None
    target_country: str | None
    target_sector: str | None
    target_code: str | None
    date: str | None
    date_precision: str | None
    location_name: str | None
    location_country: str | None
    lat: float | None
    lon: float | None
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: str | None
    last_seen: str | None
    doc_ids: tuple[str, ...] = ()

    def as_row(self) -> dict[str, Any]:
        row = asdict(self)
        row["doc_ids"] = list(self.doc_ids)
        return row


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """One report of an event in one sentence of one document."""

    id: int
    event_id: int
    doc_id: str
    sentence: int | None
    trigger_start: int | None
    trigger_end: int | None
    trigger_text: str | None
    evidence: str | None
    cameo: str | None
    date: str | None
    record: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    published_source: str | None
    content_hash: str
    duplicate_of: str | None
    duplicate_kind: str | None
    similarity: float | None
    n_events: int
    ingested_at: str


@dataclass(frozen=True, slots=True)
class ActorRecord:
    key: str
    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    num_mentions: int


@dataclass(frozen=True, slots=True)
class FailureRecord:
    id: int
    run_id: int | None
    doc_id: str | None
    stage: str
    error: str
    message: str
    at: str


@dataclass(frozen=True, slots=True)
class RunRecord:
    id: int
    started_at: str
    finished_at: str | None
    status: str
    pipeline: str | None
    n_new: int
    n_duplicate: int
    n_near_duplicate: int
    n_failed: int
    n_events: int
    n_mentions: int


@dataclass(slots=True)
class IngestReport:
    """What one call of :meth:`Store.ingest` did.

    ``new`` documents were coded and stored; ``duplicate`` ones were already there (same content
    hash); ``near_duplicate`` ones were linked to an earlier copy and their events not added;
    ``failed`` ones are in the failures table. ``events`` counts the merged events created,
    ``mentions`` the event mentions stored (a mention of an existing event adds no event).
    """

    run_id: int
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    failed: int = 0
    events: int = 0
    mentions: int = 0
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return self.new + self.duplicate + self.near_duplicate + self.failed

    def as_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "new": self.new, "duplicate": self.duplicate,
                "near_duplicate": self.near_duplicate, "failed": self.failed, "events": self.events,
                "mentions": self.mentions, "seconds": round(self.seconds, 3)}


@dataclass(frozen=True, slots=True)
class TimelineBucket:
    period: str  # 2020-06 | 2020-Q2 | 2020
    start: str  # first day of the period, YYYY-MM-DD
    n_events: int
    n_mentions: int
    quad: tuple[int, int, int, int]  # events per quad class 1..4
    mean_goldstein: float | None
    top: tuple[EventRecord, ...]  # the most-reported events of the period

    def as_row(self) -> dict[str, Any]:
        return {"period": self.period, "start": self.start, "n_events": self.n_events,
                "n_mentions": self.n_mentions, "verbal_cooperation": self.quad[0],
                "material_cooperation": self.quad[1], "verbal_conflict": self.quad[2],
                "material_conflict": self.quad[3], "mean_goldstein": self.mean_goldstein,
                "top_event_ids": [e.id for e in self.top]}


_BARS = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True, slots=True)
class Timeline:
    """Events of a dyad per period. Periods with no event are listed too, between the first and last."""

    a: str
    b: str
    by: str
    buckets: tuple[TimelineBucket, ...]
    undated: int  # events of the dyad whose date is too coarse (or missing) for the period

    def to_pandas(self) -> Any:
        return Records.of(TimelineBucket, self.buckets).to_pandas()

    def sparkline(self, key: str = "n_events") -> str:
        """One block character per period, its height the period's count (or mean Goldstein)."""
        values = [getattr(b, key) or 0 for b in self.buckets]
        if not values:
            return ""
        lo, hi = min(values), max(values)
        if hi == lo:
            return (_BARS[0] if hi == 0 else _BARS[-1]) * len(values)
        return "".join(_BARS[round((v - lo) / (hi - lo) * (len(_BARS) - 1))] for v in values)


@dataclass(frozen=True, slots=True)
class Statement:
    text: str
    doc_ids: tuple[str, ...]

    def cited(self, limit: int = 6) -> str:
        ids = list(self.doc_ids[:limit])
        more = len(self.doc_ids) - len(ids)
        cite = ", ".join(ids) + (f", +{more}" if more > 0 else "")
        return f"{self.text} [{cite}]" if ids else self.text


@dataclass(frozen=True, slots=True)
class Brief:
    a: str
    b: str
    lang: str
    statements: tuple[Statement, ...]

    def text(self) -> str:
        return "\n".join(s.cited() for s in self.statements)


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: str
    title: str | None
    url: str | None
    published: str | None
    score: float
    snippet: str
