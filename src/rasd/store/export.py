"""Exports of the merged events: GDELT-style CSV, PLOVER-style JSON lines, Parquet.

The CSV column mapping is documented in ``docs/store.md``.
"""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from rasd.errors import StoreError
from rasd.store.merge import day_range
from rasd.store.records import EventRecord

if TYPE_CHECKING:
    from rasd.store.store import Store

FORMATS = ("csv", "jsonl", "parquet")

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "DATEADDED", "SOURCEURL",
    # rasd's own, after GDELT's
    "DatePrecision", "PloverType", "Symmetric", "FirstSeen", "LastSeen", "DocIds",
)


def export_events(store: "Store", path: Path, format: str | None = None, **filters: Any) -> int:
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt == "json":
        fmt = "jsonl"
    if fmt not in FORMATS:
        raise StoreError(f"export format {fmt!r}: use one of {', '.join(FORMATS)}")
    events = store.events(**filters)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        return _csv(store, events, path)
    if fmt == "jsonl":
        return _jsonl(store, events, path)
    return _parquet(events, path)


def _first_urls(store: "Store", events: list[EventRecord]) -> dict[int, str]:
    urls: dict[int, str] = {}
    for e in events:
        for doc in e.doc_ids:
            row = store.connection.execute("SELECT url FROM documents WHERE id=?", (doc,)).fetchone()
            if row and row[0]:
                urls[e.id] = row[0]
                break
    return urls


def _fraction(value: str | None, precision: str | None) -> str:
    rng = day_range(value, precision)
    if rng is None:
        return ""
    d = date.fromordinal(rng[0])
    return f"{d.year + (d.timetuple().tm_yday - 1) / 365.0:.4f}" if precision == "day" else ""


def gdelt_row(e: EventRecord, url: str | None, added: str | None) -> dict[str, Any]:
    day = month = year = ""
    if e.date:
        year = e.date[:4]
        if e.date_precision in ("day", "month"):
            month = e.date[:4] + e.date[5:7]
        if e.date_precision == "day":
            day = e.date.replace("-", "")
    geo_type = ""
    if e.location_name or e.location_country:
        geo_type = 4 if e.lat is not None else 1
    return {
        "GlobalEventID": e.id, "Day": day, "MonthYear": month, "Year": year,
        "FractionDate": _fraction(e.date, e.date_precision),
        "Actor1Code": e.source_code or e.source_country or "", "Actor1CountryCode": e.source_country or "",
        "Actor1Type1Code": e.source_sector or "",
        "Actor2Code": e.target_code or e.target_country or "", "Actor2CountryCode": e.target_country or "",
        "Actor2Type1Code": e.target_sector or "",
        "IsRootEvent": 1, "EventCode": e.cameo, "EventBaseCode": e.cameo[:3], "EventRootCode": e.root,
        "QuadClass": e.quad_class if e.quad_class is not None else "",
        "GoldsteinScale": e.goldstein if e.goldstein is not None else "",
        "NumMentions": e.num_mentions, "NumSources": e.num_sources, "NumArticles": e.num_articles,
        "ActionGeo_Type": geo_type, "ActionGeo_FullName": e.location_name or "",
        "ActionGeo_CountryCode": e.location_country or "",
        "ActionGeo_Lat": e.lat if e.lat is not None else "", "ActionGeo_Long": e.lon if e.lon is not None else "",
        "DATEADDED": added or "", "SOURCEURL": url or "",
        "DatePrecision": e.date_precision or "", "PloverType": e.plover or "", "Symmetric": int(e.symmetric),
        "FirstSeen": e.first_seen or "", "LastSeen": e.last_seen or "", "DocIds": ";".join(e.doc_ids),
    }


def _added(store: "Store") -> dict[int, str]:
    return {r[0]: r[1].replace("-", "").replace(":", "").replace("T", "")[:14]
            for r in store.connection.execute("SELECT id, created_at FROM events")}


def _csv(store: "Store", events: list[EventRecord], path: Path) -> int:
    urls, added = _first_urls(store, events), _added(store)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=GDELT_COLUMNS)
        w.writeheader()
        for e in events:
            w.writerow(gdelt_row(e, urls.get(e.id), added.get(e.id)))
    return len(events)


def plover_record(e: EventRecord, mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """One event in the style of PLOVER event data: type, actors, date, place, and its reports."""
    return {
        "id": f"rasd-{e.id}",
        "date": e.date, "date_precision": e.date_precision,
        "event_type": e.plover, "cameo": e.cameo, "cameo_root": e.root,
        "quad_class": e.quad_class, "goldstein": e.goldstein, "symmetric": e.symmetric,
        "actor1": e.source_code or e.source_country, "actor1_country": e.source_country,
        "actor1_sector": e.source_sector,
        "actor2": e.target_code or e.target_country, "actor2_country": e.target_country,
        "actor2_sector": e.target_sector,
        "location": ({"name": e.location_name, "country": e.location_country, "lat": e.lat, "lon": e.lon}
                     if e.location_name or e.location_country or e.lat is not None else None),
        "num_mentions": e.num_mentions, "num_articles": e.num_articles, "num_sources": e.num_sources,
        "first_seen": e.first_seen, "last_seen": e.last_seen,
        "mentions": mentions,
    }


def _mentions(store: "Store", event_id: int) -> Iterator[dict[str, Any]]:
    for r in store.connection.execute(
            "SELECT m.doc_id, d.url, d.title, d.published, m.sentence, m.evidence, m.trigger_text, "
            "m.trigger_start, m.trigger_end, m.cameo, m.date FROM mentions m JOIN documents d ON d.id=m.doc_id "
            "WHERE m.event_id=? ORDER BY m.id", (event_id,)):
        yield {"doc_id": r[0], "url": r[1], "title": r[2], "published": r[3], "sentence": r[4],
               "evidence": r[5], "trigger": {"text": r[6], "start": r[7], "end": r[8]}, "cameo": r[9],
               "date": r[10]}


def _jsonl(store: "Store", events: list[EventRecord], path: Path) -> int:
    with open(path, "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(plover_record(e, list(_mentions(store, e.id))), ensure_ascii=False) + "\n")
    return len(events)


def _parquet(events: list[EventRecord], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet export needs pyarrow: pip install 'rasd[store]'") from None
    cols: dict[str, list[Any]] = {k: [] for k in (
        "id", "cameo", "root", "plover", "quad_class", "goldstein", "symmetric", "source_country",
        "source_sector", "source_code", "target_country", "target_sector", "target_code", "date",
        "date_precision", "date_start", "date_end", "location_name", "location_country", "lat", "lon",
        "num_mentions", "num_articles", "num_sources", "first_seen", "last_seen", "doc_ids")}
    for e in events:
        row = e.as_row()
        rng = day_range(e.date, e.date_precision)
        row["date_start"] = date.fromordinal(rng[0]) if rng else None
        row["date_end"] = date.fromordinal(rng[1]) if rng else None
        for seen in ("first_seen", "last_seen"):
            row[seen] = date.fromisoformat(row[seen]) if row[seen] else None
        for k in cols:
            cols[k].append(row[k])
    schema = pa.schema([
        ("id", pa.int64()), ("cameo", pa.string()), ("root", pa.string()), ("plover", pa.string()),
        ("quad_class", pa.int8()), ("goldstein", pa.float64()), ("symmetric", pa.bool_()),
        ("source_country", pa.string()), ("source_sector", pa.string()), ("source_code", pa.string()),
        ("target_country", pa.string()), ("target_sector", pa.string()), ("target_code", pa.string()),
        ("date", pa.string()), ("date_precision", pa.string()), ("date_start", pa.date32()),
        ("date_end", pa.date32()), ("location_name", pa.string()), ("location_country", pa.string()),
        ("lat", pa.float64()), ("lon", pa.float64()), ("num_mentions", pa.int32()),
        ("num_articles", pa.int32()), ("num_sources", pa.int32()), ("first_seen", pa.date32()),
        ("last_seen", pa.date32()), ("doc_ids", pa.list_(pa.string())),
    ])
    pq.write_table(pa.table(cols, schema=schema), str(path))
    return len(events)
