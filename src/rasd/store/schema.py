"""The store's schema, as named migrations applied once each.

A migration is a name and a function that takes the connection; :func:`migrate` applies, in order,
every migration whose name is not yet in the ``migrations`` table, each in its own transaction
together with the row that records it. Never edit a migration that has shipped: add a new one.
The tables are described in ``docs/store.md``.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import Callable

_INITIAL = """
CREATE TABLE documents (
    num              INTEGER PRIMARY KEY,          -- internal row number (FTS rowid)
    id               TEXT NOT NULL UNIQUE,         -- the id the document was given
    url              TEXT,
    title            TEXT,
    outlet           TEXT,                         -- host of the url without www., or as given
    published        TEXT,                         -- YYYY-MM-DD or NULL
    published_source TEXT,                         -- where the date came from (input, dateline, ...)
    content_hash     TEXT NOT NULL,                -- sha256 of the raw text (exact duplicates)
    text             TEXT,                         -- cleaned text (NULL for exact duplicates)
    duplicate_of     TEXT REFERENCES documents(id),-- the first copy, for duplicates
    duplicate_kind   TEXT,                         -- NULL | 'exact' | 'near'
    similarity       REAL,                         -- estimated Jaccard with duplicate_of (near)
    n_events         INTEGER NOT NULL DEFAULT 0,   -- event mentions the pipeline coded and we stored
    run_id           INTEGER REFERENCES runs(id),
    ingested_at      TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    idx    INTEGER NOT NULL,
    start  INTEGER NOT NULL,                       -- offsets into documents.text
    end    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    cameo            TEXT NOT NULL,
    root             TEXT NOT NULL,
    plover           TEXT,
    quad_class       INTEGER,
    goldstein        REAL,
    symmetric        INTEGER NOT NULL DEFAULT 0,
    source_country   TEXT, source_sector TEXT, source_code TEXT,
    target_country   TEXT, target_sector TEXT, target_code TEXT,
    pair             TEXT NOT NULL,                -- the two countries sorted, '|'-joined ('-' = none)
    date             TEXT,                         -- YYYY-MM-DD | YYYY-MM | YYYY
    date_precision   TEXT,                         -- day | month | year | NULL
    day_lo           INTEGER,                      -- first and last day the date may mean (ordinals)
    day_hi           INTEGER,
    location_name    TEXT, location_country TEXT, lat REAL, lon REAL,
    num_mentions     INTEGER NOT NULL DEFAULT 0,
    num_articles     INTEGER NOT NULL DEFAULT 0,
    num_sources      INTEGER NOT NULL DEFAULT 0,
    first_seen       TEXT,                         -- earliest publication date of a reporting document
    last_seen        TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX events_lookup ON events(root, pair, day_lo);
CREATE INDEX events_source ON events(source_country);
CREATE INDEX events_target ON events(target_country);
CREATE INDEX events_day ON events(day_lo);

CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES events(id),
    doc_id        TEXT NOT NULL REFERENCES documents(id),
    sentence      INTEGER,
    trigger_start INTEGER,
    trigger_end   INTEGER,
    trigger_text  TEXT,
    evidence      TEXT,
    cameo         TEXT,
    date          TEXT,
    record        TEXT NOT NULL                    -- Event.to_record() as JSON
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_doc ON mentions(doc_id);

CREATE TABLE actors (
    key          TEXT PRIMARY KEY,                 -- actor id from the lexicon, else the code
    code         TEXT,
    country      TEXT,
    sector       TEXT,
    name         TEXT,                             -- the first surface form seen
    num_mentions INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE runs (
    id               INTEGER PRIMARY KEY,
    started_at       TEXT NOT NULL,
    finished_at      TEXT,                         -- NULL: still running, or killed
    status           TEXT NOT NULL,                -- running | done | interrupted
    pipeline         TEXT,
    n_new            INTEGER NOT NULL DEFAULT 0,
    n_duplicate      INTEGER NOT NULL DEFAULT 0,
    n_near_duplicate INTEGER NOT NULL DEFAULT 0,
    n_failed         INTEGER NOT NULL DEFAULT 0,
    n_events         INTEGER NOT NULL DEFAULT 0,
    n_mentions       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE failures (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER REFERENCES runs(id),
    doc_id  TEXT,
    stage   TEXT NOT NULL,                         -- input | pipeline | store | conflict
    error   TEXT NOT NULL,                         -- exception type
    message TEXT NOT NULL,
    at      TEXT NOT NULL
);
"""

_NEAR_DUPLICATES = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,                        -- e.g. minhash_scheme
    value TEXT NOT NULL
);
CREATE TABLE doc_minhash (
    doc_num   INTEGER PRIMARY KEY REFERENCES documents(num),
    signature BLOB NOT NULL                        -- MinHash values, uint32 little endian
);
"""

_SEARCH = """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content='', tokenize='unicode61 remove_diacritics 2'
);
ALTER TABLE documents ADD COLUMN fts_pending INTEGER NOT NULL DEFAULT 0;  -- 1: not yet in documents_fts
CREATE INDEX documents_fts_pending ON documents(num) WHERE fts_pending=1;
"""


def _sql(script: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)
    return apply


MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = [
    ("0001_initial", _sql(_INITIAL)),
    ("0002_near_duplicates", _sql(_NEAR_DUPLICATES)),
    ("0003_search", _sql(_SEARCH)),
]


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations applied to this database, in order."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the pending migrations (each in one transaction); returns the names applied now."""
    done = set(applied(conn))
    now = []
    for name, apply in MIGRATIONS:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if name in {r[0] for r in conn.execute("SELECT name FROM migrations")}:
                conn.execute("ROLLBACK")  # another process applied it meanwhile
                continue
            apply(conn)
            conn.execute("INSERT INTO migrations(name, applied_at) VALUES (?, ?)",
                         (name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        now.append(name)
    return now
