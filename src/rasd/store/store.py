"""The event store: one SQLite database of documents, merged events and their mentions.

    store = Store()                      # $RASD_DB, else ~/.local/share/rasd/rasd.db
    report = store.ingest(docs, pipeline)
    store.events(dyad=("RUS", "LBY"), since="2020-01-01")
    store.timeline("RUS", "LBY", by="quarter").sparkline()
    store.brief("RUS", "LBY", lang="ar").text()
    store.search("حكومة الوفاق")
    store.export("events.parquet", format="parquet")

Each document is written in one transaction (WAL journal: readers never block the ingest), so a
killed ingest leaves a consistent database and a rerun goes on where it stopped: documents already
stored are recognised by their content hash and skipped before any coding.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence
from urllib.parse import urlsplit

from rasd.dates_util import parse_day
from rasd.errors import InputError, StoreError
from rasd.model import Document, Event
from rasd.store import search as fts
from rasd.store.dedup import LshIndex, MinHasher, Signature, content_hash
from rasd.store.merge import Facet, absorb, day_range, facet_of, same_event
from rasd.store.records import (ActorRecord, Brief, DocumentRecord, EventRecord, FailureRecord,
                                IngestReport, MentionRecord, Records, RunRecord, SearchHit, Timeline)
from rasd.store.schema import migrate

DEFAULT_NEAR_THRESHOLD = 0.7
FTS_BATCH = 200  # documents indexed for search together (one FTS5 segment per batch, not per document)


def default_path() -> Path:
    """``$RASD_DB``, else ``$XDG_DATA_HOME/rasd/rasd.db``, else ``~/.local/share/rasd/rasd.db``."""
    env = os.environ.get("RASD_DB")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "rasd" / "rasd.db"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input document (given to the ``progress`` callback)."""

    doc_id: str | None
    status: str  # new | duplicate | near_duplicate | failed
    events: int = 0  # events created
    mentions: int = 0


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    found = parse_day(value)
    if found is None:
        raise InputError("published", f"not a date: {value!r}")
    return found


def _get(item: Any, *names: str) -> Any:
    for name in names:
        if isinstance(item, dict):
            if item.get(name) is not None:
                return item[name]
        elif getattr(item, name, None) is not None:
            return getattr(item, name)
    return None


def to_document(item: Any) -> tuple[Document, str | None]:
    """A :class:`Document` (and its outlet) from a Document, a RawDocument-like object or a dict
    with ``id``/``docno``, ``raw``/``text``, ``published``/``time``, ``title``, ``url``, ``outlet``."""
    if hasattr(item, "reason") and hasattr(item, "input") and not hasattr(item, "id"):
        raise InputError(str(item.input), str(item.reason))  # a reader's failure (rasd.ingest.Failure)
    if isinstance(item, Document):
        doc = Document(id=item.id, raw=item.raw, published=item.published,
                       published_source=item.published_source, title=item.title, url=item.url)
        doc.cache.update(getattr(item, "cache", None) or {})
    elif callable(getattr(item, "to_document", None)):  # rasd.ingest.RawDocument
        doc = item.to_document()
    else:
        doc_id = _get(item, "id", "docno", "doc_id")
        raw = _get(item, "raw", "text")
        if doc_id is None or raw is None:
            raise InputError(str(doc_id or "input"), "a document needs an id and a text")
        published = _as_date(_get(item, "published", "time", "date"))
        source = _get(item, "published_source") or ("input" if published else None)
        doc = Document(id=str(doc_id), raw=str(raw), published=published, published_source=source,
                       title=_get(item, "title"), url=_get(item, "url"))
    outlet = _get(item, "outlet") if not isinstance(item, Document) else doc.cache.get("outlet")
    if outlet is None and doc.url:
        host = urlsplit(doc.url).hostname or ""
        outlet = host[4:] if host.startswith("www.") else (host or None)
    return doc, outlet


class Store:
    """An event store in one SQLite file (see ``docs/store.md``)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *,
                 near_threshold: float = DEFAULT_NEAR_THRESHOLD):
        self.path = Path(path).expanduser() if path is not None else default_path()
        self.near_threshold = near_threshold
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30.0)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            migrate(self._db)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from None
        self._hasher: MinHasher | None = None
        self._lsh = LshIndex()
        self._pending: dict[int, tuple[str, str]] = {}  # search entries made while writing, not yet indexed

    # -- life -------------------------------------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (for read-only SQL; write only through the Store)."""
        return self._db

    def verify(self) -> list[str]:
        """Problems found in the database (empty when consistent): SQLite's integrity and foreign-key
        checks, documents without their events, events without mentions or with stale counts."""
        db = self._db
        problems = [f"integrity: {r[0]}" for r in db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in db.execute("PRAGMA foreign_key_check")]
        problems += [f"document {r[0]}: {r[1]} mentions stored, {r[2]} coded" for r in db.execute(
            "SELECT d.id, (SELECT count(*) FROM mentions m WHERE m.doc_id=d.id) AS n, d.n_events FROM documents d "
            "WHERE n != d.n_events")]
        problems += [f"event {r[0]}: no mention" for r in db.execute(
            "SELECT id FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id=e.id)")]
        problems += [f"event {r[0]}: counts differ from its mentions" for r in db.execute(_AGGREGATE)]
        return problems

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, sentences, events, mentions, actors, runs, failures)."""
        tables = ("documents", "sentences", "events", "mentions", "actors", "runs", "failures")
        return {t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # -- ingest -----------------------------------------------------------------------------------
    def ingest(self, docs: Iterable[Any], pipeline: Any = None, *,
               progress: Callable[[Outcome], None] | None = None) -> IngestReport:
        """Code each document with ``pipeline`` (default: ``Pipeline.default()``) and store it.

        A document already stored (same content hash) is skipped before coding; a near duplicate is
        linked to its first copy and its events are not added; a document that fails (bad input,
        pipeline error) is recorded in the failures table and the batch goes on.
        """
        if pipeline is None:
            from rasd import default_pipeline  # built once per process
            pipeline = default_pipeline()
        if self._hasher is None:
            self._hasher = self._checked_hasher()
        self._lsh.load(self._db.execute("SELECT doc_num, signature FROM doc_minhash").fetchall())
        start = time.perf_counter()
        run_id = self._start_run(pipeline)
        report = IngestReport(run_id)
        status = "interrupted"
        try:
            for item in docs:
                outcome = self._ingest_one(item, pipeline, run_id)
                report.events += outcome.events
                report.mentions += outcome.mentions
                setattr(report, outcome.status, getattr(report, outcome.status) + 1)
                if outcome.status == "new" and report.new % FTS_BATCH == 0:
                    self.index_pending()
                if progress is not None:
                    progress(outcome)
            self.index_pending()
            status = "done"
        finally:
            report.seconds = time.perf_counter() - start
            self._db.execute("UPDATE runs SET finished_at=?, status=? WHERE id=?", (_now(), status, run_id))
        return report

    def index_pending(self) -> int:
        """Add the documents not yet in the search index (batched: one FTS5 segment per call).

        A document's rows are committed with it; its search entry may follow in the next batch, so a
        killed ingest can leave documents unindexed — the next ingest or search indexes them.
        """
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            nums = [r[0] for r in db.execute("SELECT num FROM documents WHERE fts_pending=1")]
            rows = []
            for num in nums:
                entry = self._pending.get(num)
                if entry is None:  # written by an earlier session that did not index it
                    title, text = db.execute("SELECT title, text FROM documents WHERE num=?", (num,)).fetchone()
                    entry = (fts.index_text(title or ""), fts.index_text(text or ""))
                rows.append((num, *entry))
            db.executemany("INSERT INTO documents_fts(rowid, title, body) VALUES (?,?,?)", rows)
            db.execute("UPDATE documents SET fts_pending=0 WHERE fts_pending=1")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._pending.clear()
        return len(rows)

    def _checked_hasher(self) -> MinHasher:
        hasher = MinHasher()
        self._db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('minhash_scheme', ?)", (hasher.scheme,))
        stored = self._db.execute("SELECT value FROM meta WHERE key='minhash_scheme'").fetchone()[0]
        if stored != hasher.scheme:
            raise StoreError(f"{self.path}: its near-duplicate signatures were made with MinHash scheme "
                             f"{stored}, this datasketch ({hasher.version}) makes {hasher.scheme}")
        return hasher

    def _start_run(self, pipeline: Any) -> int:
        name = getattr(pipeline, "name", None) or type(pipeline).__name__
        cur = self._db.execute("INSERT INTO runs(started_at, status, pipeline) VALUES (?, 'running', ?)",
                               (_now(), str(name)))
        return int(cur.lastrowid)

    def _fail(self, run_id: int, doc_id: str | None, stage: str, exc: BaseException) -> Outcome:
        message = str(exc) or repr(exc)
        self._db.execute("BEGIN IMMEDIATE")
        self._db.execute("INSERT INTO failures(run_id, doc_id, stage, error, message, at) VALUES (?,?,?,?,?,?)",
                         (run_id, doc_id, stage, type(exc).__name__, message[:2000], _now()))
        self._db.execute("UPDATE runs SET n_failed=n_failed+1 WHERE id=?", (run_id,))
        self._db.execute("COMMIT")
        return Outcome(doc_id, "failed")

    def _ingest_one(self, item: Any, pipeline: Any, run_id: int) -> Outcome:
        try:
            doc, outlet = to_document(item)
        except InputError as exc:
            return self._fail(run_id, None if isinstance(item, str) else _get(item, "id", "docno"), "input", exc)
        digest = content_hash(doc.raw)
        row = self._db.execute("SELECT content_hash FROM documents WHERE id=?", (doc.id,)).fetchone()
        if row is not None:
            if row[0] == digest:
                return Outcome(doc.id, "duplicate")
            return self._fail(run_id, doc.id, "conflict",
                              StoreError(f"document {doc.id} is stored with other content; give the new "
                                         f"version another id"))
        first = self._db.execute("SELECT id FROM documents WHERE content_hash=? AND duplicate_of IS NULL "
                                 "LIMIT 1", (digest,)).fetchone()
        if first is not None:
            self._write_link(doc, outlet, digest, first[0], "exact", 1.0, None, run_id)
            return Outcome(doc.id, "duplicate")
        try:
            coded = pipeline.run(doc)
        except Exception as exc:  # one bad document never stops the batch: recorded, said once
            return self._fail(run_id, doc.id, "pipeline", exc)
        try:
            return self._write(coded, outlet, digest, run_id)
        except (sqlite3.Error, ValueError, TypeError, AttributeError) as exc:
            return self._fail(run_id, doc.id, "store", exc)

    def _doc_row(self, doc: Document, outlet: str | None, digest: str, text: str | None,
                 duplicate_of: str | None, kind: str | None, similarity: float | None,
                 n_events: int, run_id: int) -> int:
        cur = self._db.execute(
            "INSERT INTO documents(id, url, title, outlet, published, published_source, content_hash, "
            "text, duplicate_of, duplicate_kind, similarity, n_events, run_id, ingested_at, fts_pending) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.url, doc.title, outlet, doc.published.isoformat() if doc.published else None,
             doc.published_source, digest, text, duplicate_of, kind, similarity, n_events, run_id, _now(),
             int(duplicate_of is None)))
        return int(cur.lastrowid)

    def _write_link(self, doc: Document, outlet: str | None, digest: str, first: str, kind: str,
                    similarity: float, text: str | None, run_id: int) -> None:
        column = "n_duplicate" if kind == "exact" else "n_near_duplicate"
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._doc_row(doc, outlet, digest, text, first, kind, similarity, 0, run_id)
            self._db.execute(f"UPDATE runs SET {column}={column}+1 WHERE id=?", (run_id,))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def _near(self, sig: Signature, keys: list[int]) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for num in self._lsh.candidates(sig, keys=keys):
            r = self._db.execute("SELECT m.signature, d.id FROM doc_minhash m JOIN documents d ON d.num=m.doc_num "
                                 "WHERE m.doc_num=?", (num,)).fetchone()
            if r is None:
                continue
            sim = sig.similarity(Signature(r[0]))
            if sim >= self.near_threshold and (best is None or sim > best[1]):
                best = (r[1], sim)
        return best

    def _write(self, doc: Document, outlet: str | None, digest: str, run_id: int) -> Outcome:
        assert self._hasher is not None
        words = fts.words(doc.text)
        sig = self._hasher.signature(doc.text, words)
        keys = sig.bands() if sig is not None else []
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            near = self._near(sig, keys) if sig is not None else None
            if near is not None:
                self._doc_row(doc, outlet, digest, doc.text, near[0], "near", round(near[1], 4), 0, run_id)
                db.execute("UPDATE runs SET n_near_duplicate=n_near_duplicate+1 WHERE id=?", (run_id,))
                db.execute("COMMIT")
                return Outcome(doc.id, "near_duplicate")
            events = list(doc.events)
            num = self._doc_row(doc, outlet, digest, doc.text, None, None, None, len(events), run_id)
            db.executemany("INSERT INTO sentences(doc_id, idx, start, end) VALUES (?,?,?,?)",
                           [(doc.id, s.index, s.start, s.end) for s in doc.sentences])
            if sig is not None:
                db.execute("INSERT INTO doc_minhash(doc_num, signature) VALUES (?,?)", (num, sig.values))
            created = self._store_events(doc.id, events)
            db.execute("UPDATE runs SET n_new=n_new+1, n_events=n_events+?, n_mentions=n_mentions+? "
                       "WHERE id=?", (created, len(events), run_id))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        if sig is not None:
            self._lsh.add(num, sig, keys)
        self._pending[num] = (fts.index_text(doc.title or ""), fts.index_words(words))
        return Outcome(doc.id, "new", created, len(events))

    # -- merging ----------------------------------------------------------------------------------
    def _store_events(self, doc_id: str, events: Sequence[Event]) -> int:
        """Merge each event of one document into the stored events; returns how many were created."""
        db = self._db
        local: dict[int, Facet] = {}  # events this document reports, with their current facet
        per_event: dict[int, int] = {}  # mentions this document adds to each event
        created = 0
        for ev in events:
            f = facet_of(ev)
            match: tuple[int, Facet] | None = None
            for eid, kept in local.items():
                if same_event(f, kept, same_document=True):
                    match = (eid, kept)
                    break
            days = f.days
            if match is None and days is not None:
                rows = db.execute(
                    "SELECT * FROM events WHERE root=? AND pair=? AND day_lo<=? AND day_hi>=? "
                    "ORDER BY num_articles DESC, id", (f.root, f.pair, days[1] + 1, days[0] - 1)).fetchall()
                for r in rows:
                    if r["id"] in local:
                        continue
                    kept = _facet_of_row(r)
                    if same_event(f, kept, same_document=False):
                        match = (r["id"], kept)
                        break
            if match is None:
                eid = self._insert_event(ev, f)
                created += 1
                local[eid] = f
            else:
                eid, kept = match
                merged = absorb(kept, f)
                if merged != kept:
                    self._update_event(eid, merged, ev if merged.cameo != kept.cameo else None)
                local[eid] = merged
            per_event[eid] = per_event.get(eid, 0) + 1
            db.execute(
                "INSERT INTO mentions(event_id, doc_id, sentence, trigger_start, trigger_end, trigger_text, "
                "evidence, cameo, date, record) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (eid, doc_id, ev.sentence, ev.trigger.start, ev.trigger.end, ev.trigger.text, ev.evidence,
                 ev.cameo, ev.date.value if ev.date else None,
                 json.dumps(ev.to_record(), ensure_ascii=False, default=str)))
            for actor in (ev.source, ev.target):
                if actor is None:
                    continue
                key = actor.actor_id or actor.code or actor.country
                if key:
                    db.execute("INSERT INTO actors(key, code, country, sector, name, num_mentions) "
                               "VALUES (?,?,?,?,?,1) ON CONFLICT(key) DO UPDATE SET "
                               "num_mentions=num_mentions+1",
                               (key, actor.code, actor.country, actor.sector, actor.text))
        row = db.execute("SELECT coalesce(outlet, 'doc:' || id), coalesce(published, substr(ingested_at, 1, 10)) "
                         "FROM documents WHERE id=?", (doc_id,)).fetchone()
        for eid, k in per_event.items():
            db.execute(_INCREMENT, {"id": eid, "k": k, "doc": doc_id, "source": row[0], "seen": row[1]})
        return created

    def _insert_event(self, ev: Event, f: Facet) -> int:
        days = f.days
        cur = self._db.execute(
            "INSERT INTO events(cameo, root, plover, quad_class, goldstein, symmetric, source_country, "
            "source_sector, source_code, target_country, target_sector, target_code, pair, date, "
            "date_precision, day_lo, day_hi, location_name, location_country, lat, lon, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ev.cameo, f.root, ev.plover, ev.quad_class, ev.goldstein, int(f.symmetric),
             f.source[0], f.source[1], ev.source.code if ev.source else None,
             f.target[0], f.target[1], ev.target.code if ev.target else None,
             f.pair, f.date, f.precision, days[0] if days else None, days[1] if days else None,
             f.place, f.place_country, f.lat, f.lon, _now()))
        return int(cur.lastrowid)

    def _update_event(self, eid: int, f: Facet, recoded: Event | None) -> None:
        days = f.days
        self._db.execute(
            "UPDATE events SET source_sector=?, target_sector=?, date=?, date_precision=?, day_lo=?, "
            "day_hi=?, location_name=?, location_country=?, lat=?, lon=? WHERE id=?",
            (f.source[1], f.target[1], f.date, f.precision, days[0] if days else None,
             days[1] if days else None, f.place, f.place_country, f.lat, f.lon, eid))
        if recoded is not None:
            self._db.execute("UPDATE events SET cameo=?, plover=?, quad_class=?, goldstein=? WHERE id=?",
                             (recoded.cameo, recoded.plover, recoded.quad_class, recoded.goldstein, eid))

    # -- reading ----------------------------------------------------------------------------------
    def events(self, actor: str | None = None, dyad: tuple[str, str] | None = None, *,
               since: str | date | None = None, until: str | date | None = None,
               root: str | int | Iterable[str | int] | None = None, plover: str | None = None,
               cameo: str | None = None, directed: bool = False, doc_id: str | None = None,
               limit: int | None = None) -> Records[EventRecord]:
        """Merged events, newest first.

        ``actor`` matches a country (``RUS``) or an actor code or its prefix (``RUSGOV``) on either
        side; ``dyad=(a, b)`` the two sides in either order (``directed=True``: a is the source);
        ``since``/``until`` (dates, inclusive) keep dated events whose date may fall in the range;
        ``root`` one CAMEO root or several; ``plover`` a PLOVER type; ``doc_id`` events reported by
        that document.
        """
        where, args = _filters(actor, dyad, since, until, root, plover, cameo, directed, doc_id)
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY day_lo IS NULL, day_lo DESC, num_articles DESC, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._db.execute(sql, args).fetchall()
        docs = self._doc_ids([r["id"] for r in rows])
        return Records.of(EventRecord, [_event_record(r, docs.get(r["id"], ())) for r in rows])

    def event(self, event_id: int) -> EventRecord:
        row = self._db.execute("SELECT * FROM events WHERE id=?", (event_id,)).fetchone()
        if row is None:
            raise StoreError(f"no event {event_id}")
        return _event_record(row, self._doc_ids([event_id]).get(event_id, ()))

    def _doc_ids(self, ids: list[int]) -> dict[int, tuple[str, ...]]:
        out: dict[int, list[str]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for eid, doc in self._db.execute(
                    f"SELECT event_id, doc_id FROM mentions WHERE event_id IN ({marks}) ORDER BY id", chunk):
                docs = out.setdefault(eid, [])
                if doc not in docs:
                    docs.append(doc)
        return {k: tuple(v) for k, v in out.items()}

    def mentions(self, event_id: int | None = None, doc_id: str | None = None) -> Records[MentionRecord]:
        where, args = [], []
        if event_id is not None:
            where.append("event_id=?")
            args.append(event_id)
        if doc_id is not None:
            where.append("doc_id=?")
            args.append(doc_id)
        sql = "SELECT * FROM mentions" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return Records.of(MentionRecord, [
            MentionRecord(r["id"], r["event_id"], r["doc_id"], r["sentence"], r["trigger_start"],
                          r["trigger_end"], r["trigger_text"], r["evidence"], r["cameo"], r["date"],
                          json.loads(r["record"])) for r in self._db.execute(sql, args)])

    def document(self, doc_id: str) -> DocumentRecord:
        r = self._db.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        if r is None:
            raise StoreError(f"no document {doc_id}")
        return _document_record(r)

    def documents(self) -> Records[DocumentRecord]:
        return Records.of(DocumentRecord, [_document_record(r) for r in
                                           self._db.execute("SELECT * FROM documents ORDER BY num")])

    def text(self, doc_id: str) -> str:
        """The cleaned text of a document ('' for an exact duplicate, which keeps none)."""
        r = self._db.execute("SELECT text FROM documents WHERE id=?", (doc_id,)).fetchone()
        if r is None:
            raise StoreError(f"no document {doc_id}")
        return r[0] or ""

    def actors(self, country: str | None = None) -> Records[ActorRecord]:
        sql, args = "SELECT * FROM actors", []
        if country:
            sql += " WHERE country=?"
            args.append(country)
        sql += " ORDER BY num_mentions DESC, key"
        return Records.of(ActorRecord, [ActorRecord(r["key"], r["code"], r["country"], r["sector"], r["name"],
                                                    r["num_mentions"]) for r in self._db.execute(sql, args)])

    def runs(self) -> Records[RunRecord]:
        return Records.of(RunRecord, [RunRecord(*tuple(r)) for r in self._db.execute(
            "SELECT id, started_at, finished_at, status, pipeline, n_new, n_duplicate, n_near_duplicate, "
            "n_failed, n_events, n_mentions FROM runs ORDER BY id")])

    def failures(self, run_id: int | None = None) -> Records[FailureRecord]:
        sql, args = "SELECT id, run_id, doc_id, stage, error, message, at FROM failures", []
        if run_id is not None:
            sql += " WHERE run_id=?"
            args.append(run_id)
        return Records.of(FailureRecord, [FailureRecord(*tuple(r)) for r in self._db.execute(sql + " ORDER BY id", args)])

    def timeline(self, a: str, b: str, by: str = "month", *, since: str | date | None = None,
                 until: str | date | None = None, top: int = 3) -> Timeline:
        """Events between ``a`` and ``b`` (either direction) per month, quarter or year."""
        from rasd.store.timeline import build_timeline
        return build_timeline(a, b, by, self.events(dyad=(a, b), since=since, until=until), top)

    def brief(self, a: str, b: str, lang: str = "en", *, since: str | date | None = None,
              until: str | date | None = None, top: int = 5) -> Brief:
        """A short summary of the relationship of ``a`` and ``b``, each statement citing its documents."""
        from rasd.store.brief import build_brief
        events = self.events(dyad=(a, b), since=since, until=until)
        return build_brief(a, b, lang, events, self.timeline(a, b, "quarter", since=since, until=until), top)

    def search(self, query: str, limit: int = 20) -> Records[SearchHit]:
        """Documents matching every word of ``query`` (spelling folded, clitics allowed), best first."""
        match = fts.match_query(query)
        if match is None:
            return Records.of(SearchHit)
        try:
            self.index_pending()
        except sqlite3.OperationalError:
            pass  # a read-only database: search what is indexed
        try:
            rows = self._db.execute(
                "SELECT f.rowid, bm25(documents_fts) AS score, d.id, d.title, d.url, d.published, d.text "
                "FROM documents_fts f JOIN documents d ON d.num=f.rowid WHERE documents_fts MATCH ? "
                "ORDER BY score LIMIT ?", (match, int(limit))).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search {query!r}: {exc}") from None
        return Records.of(SearchHit, [SearchHit(r["id"], r["title"], r["url"], r["published"], -r["score"],
                                                fts.snippet(r["text"] or "", query)) for r in rows])

    def export(self, path: str | os.PathLike[str], format: str | None = None, **filters: Any) -> int:
        """Write the events (filtered like :meth:`events`) to ``path``; returns the rows written.

        ``format``: csv (GDELT-style columns), jsonl (PLOVER-style records with their mentions) or
        parquet; by default taken from the file's suffix.
        """
        from rasd.store.export import export_events
        return export_events(self, Path(path), format, **filters)


_INCREMENT = """
UPDATE events SET
  num_mentions = num_mentions + :k,
  num_articles = num_articles + 1,
  num_sources = num_sources + NOT EXISTS (
      SELECT 1 FROM mentions m JOIN documents d ON d.id=m.doc_id
      WHERE m.event_id=:id AND m.doc_id != :doc AND coalesce(d.outlet, 'doc:' || d.id) = :source),
  first_seen = CASE WHEN first_seen IS NULL OR :seen < first_seen THEN :seen ELSE first_seen END,
  last_seen = CASE WHEN last_seen IS NULL OR :seen > last_seen THEN :seen ELSE last_seen END
WHERE id=:id
"""

# The counts recomputed from the mentions (what _INCREMENT keeps up to date): Store.verify().
_AGGREGATE = """
SELECT e.id FROM events e WHERE
  e.num_mentions != (SELECT count(*) FROM mentions WHERE event_id=e.id)
  OR e.num_articles != (SELECT count(DISTINCT doc_id) FROM mentions WHERE event_id=e.id)
  OR e.num_sources != (SELECT count(DISTINCT coalesce(d.outlet, 'doc:' || d.id)) FROM mentions m
                       JOIN documents d ON d.id=m.doc_id WHERE m.event_id=e.id)
  OR e.first_seen IS NOT (SELECT min(coalesce(d.published, substr(d.ingested_at, 1, 10))) FROM mentions m
                          JOIN documents d ON d.id=m.doc_id WHERE m.event_id=e.id)
  OR e.last_seen IS NOT (SELECT max(coalesce(d.published, substr(d.ingested_at, 1, 10))) FROM mentions m
                         JOIN documents d ON d.id=m.doc_id WHERE m.event_id=e.id)
"""


def _facet_of_row(r: sqlite3.Row) -> Facet:
    return Facet(root=r["root"], cameo=r["cameo"], source=(r["source_country"], r["source_sector"]),
                 target=(r["target_country"], r["target_sector"]), symmetric=bool(r["symmetric"]),
                 date=r["date"], precision=r["date_precision"], place=r["location_name"],
                 place_country=r["location_country"], lat=r["lat"], lon=r["lon"])


def _event_record(r: sqlite3.Row, docs: tuple[str, ...]) -> EventRecord:
    return EventRecord(
        id=r["id"], cameo=r["cameo"], root=r["root"], plover=r["plover"], quad_class=r["quad_class"],
        goldstein=r["goldstein"], symmetric=bool(r["symmetric"]), source_country=r["source_country"],
        source_sector=r["source_sector"], source_code=r["source_code"], target_country=r["target_country"],
        target_sector=r["target_sector"], target_code=r["target_code"], date=r["date"],
        date_precision=r["date_precision"], location_name=r["location_name"],
        location_country=r["location_country"], lat=r["lat"], lon=r["lon"], num_mentions=r["num_mentions"],
        num_articles=r["num_articles"], num_sources=r["num_sources"], first_seen=r["first_seen"],
        last_seen=r["last_seen"], doc_ids=docs)


def _document_record(r: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(r["id"], r["url"], r["title"], r["outlet"], r["published"], r["published_source"],
                          r["content_hash"], r["duplicate_of"], r["duplicate_kind"], r["similarity"],
                          r["n_events"], r["ingested_at"])


def _day(value: str | date, end: bool) -> int:
    if isinstance(value, date):
        return value.toordinal()
    rng = day_range(str(value), None)
    if rng is None:
        raise StoreError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return rng[1] if end else rng[0]


def _side(code: str, side: str) -> tuple[str, list[str]]:
    code = code.upper()
    return (f"({side}_country=? OR {side}_code LIKE ?)", [code, code + "%"])


def _filters(actor: str | None, dyad: tuple[str, str] | None, since: Any, until: Any, root: Any,
             plover: str | None, cameo: str | None, directed: bool, doc_id: str | None
             ) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if actor:
        s, sa = _side(actor, "source")
        t, ta = _side(actor, "target")
        where.append(f"({s} OR {t})")
        args += sa + ta
    if dyad:
        a, b = dyad
        sa_, saa = _side(a, "source")
        tb_, tba = _side(b, "target")
        clause, cargs = f"({sa_} AND {tb_})", saa + tba
        if not directed:
            sb_, sba = _side(b, "source")
            ta_, taa = _side(a, "target")
            clause, cargs = f"({clause} OR ({sb_} AND {ta_}))", cargs + sba + taa
        where.append(clause)
        args += cargs
    if since is not None:
        where.append("day_hi >= ?")
        args.append(_day(since, end=False))
    if until is not None:
        where.append("day_lo <= ?")
        args.append(_day(until, end=True))
    if root is not None:
        roots = [root] if isinstance(root, (str, int)) else list(root)
        roots = [f"{int(x):02d}" if str(x).isdigit() else str(x) for x in roots]
        where.append(f"root IN ({','.join('?' * len(roots))})")
        args += roots
    if plover:
        where.append("plover=?")
        args.append(plover.upper())
    if cameo:
        where.append("cameo LIKE ?")
        args.append(cameo + "%")
    if doc_id:
        where.append("id IN (SELECT event_id FROM mentions WHERE doc_id=?)")
        args.append(doc_id)
    return where, args
