"""A killed ingest leaves a consistent database, and a rerun completes it."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from store_helpers import ScriptedPipeline, events_by_number, many_documents
from rasd.store import Store

N = 400
WORKER = Path(__file__).with_name("store_kill_worker.py")
SRC = Path(__file__).resolve().parents[2] / "src"
EVENT_COLUMNS = ("cameo, root, plover, quad_class, goldstein, symmetric, source_country, source_sector, "
                 "source_code, target_country, target_sector, target_code, pair, date, date_precision, "
                 "day_lo, day_hi, num_mentions, num_articles, num_sources, first_seen, last_seen")


def _stored(path: Path) -> int:
    try:
        con = sqlite3.connect(str(path), timeout=1.0)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _consistent(path: Path) -> None:
    con = sqlite3.connect(str(path))
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        # no document without its events, no event without a mention, aggregates up to date
        assert con.execute("SELECT count(*) FROM documents d WHERE d.n_events != "
                           "(SELECT count(*) FROM mentions m WHERE m.doc_id=d.id)").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM documents d WHERE d.duplicate_of IS NULL AND NOT EXISTS "
                           "(SELECT 1 FROM sentences s WHERE s.doc_id=d.id)").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM events e WHERE e.num_mentions != "
                           "(SELECT count(*) FROM mentions m WHERE m.event_id=e.id) OR e.num_mentions = 0"
                           ).fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM documents d JOIN doc_minhash h ON h.doc_num=d.num"
                           ).fetchone()[0] == con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def test_killed_ingest_is_consistent_and_the_rerun_completes(tmp_path):
    path = tmp_path / "killed.db"
    env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, str(WORKER), str(path), str(N)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while _stored(path) < 60:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the worker stored nothing in time"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    killed_at = _stored(path)
    assert 60 <= killed_at < N, "the kill did not land mid-run"
    _consistent(path)

    with Store(path) as store:
        [run] = store.runs()
        assert run.status == "running" and run.finished_at is None  # what a killed run looks like
        assert run.n_new == killed_at  # counted in the same transactions as the documents
        report = store.ingest(many_documents(N), ScriptedPipeline(events_by_number))
        assert (report.duplicate, report.new, report.failed) == (killed_at, N - killed_at, 0)
        assert store.verify() == []
        # the search index caught up with the documents the killed run had not indexed
        assert store.connection.execute("SELECT count(*) FROM documents WHERE fts_pending=1").fetchone()[0] == 0
        assert len(store.search("تقرير", limit=N + 10)) == N
    _consistent(path)

    reference = tmp_path / "reference.db"
    with Store(reference) as store:
        store.ingest(many_documents(N), ScriptedPipeline(events_by_number))

    def rows(p: Path) -> list[tuple]:
        con = sqlite3.connect(str(p))
        try:
            return con.execute(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY id").fetchall()
        finally:
            con.close()
    assert rows(path) == rows(reference)
