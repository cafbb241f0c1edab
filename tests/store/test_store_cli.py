"""The store's commands, run through click on a real database file."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from store_helpers import ScriptedPipeline, event
from rasd.store.cli import store_commands

TEXTS = {
    "a.txt": "استقبل رئيس المجلس الرئاسي الليبي في طرابلس وفدا روسيا رفيع المستوى لبحث العلاقات الثنائية.",
    "b.txt": "أجرى نائب وزير الخارجية الروسي في طرابلس محادثات مع رئيس المجلس الرئاسي الليبي حول الأوضاع.",
}


@pytest.fixture
def db(tmp_path, monkeypatch):
    import rasd.pipeline
    pipe = ScriptedPipeline(lambda d: [event("RUSGOV", "LBYGOV", "043", "2020-06-07", symmetric=True)])
    monkeypatch.setattr(rasd.pipeline.Pipeline, "default", classmethod(lambda cls: pipe))
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(json.dumps({"docno": "j1", "text": "نص قصير عن الطقس في تونس اليوم.",
                                 "time": "2020-06-08T10:00:00+01:00"}, ensure_ascii=False) + "\n", encoding="utf-8")
    path = tmp_path / "cli.db"
    result = CliRunner().invoke(store_commands, ["ingest", str(folder), "--input", str(jsonl), "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "new 3, duplicate 0" in result.output and "events 1 (mentions 3)" in result.output
    return path


def run(*args):
    result = CliRunner().invoke(store_commands, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_again_changes_nothing(db, tmp_path):
    out = run("ingest", str(tmp_path / "in"), "--db", str(db), "-q")
    assert out.startswith("new 0, duplicate 2")


def test_events_table_and_jsonl(db):
    table = run("events", "--dyad", "LBY", "RUS", "--db", str(db))
    assert "043" in table and "RUSGOV" in table
    [line] = run("events", "--root", "04", "--format", "jsonl", "--db", str(db)).splitlines()
    assert json.loads(line)["num_articles"] == 3


def test_events_from_rasd_db_variable(db, monkeypatch):
    monkeypatch.setenv("RASD_DB", str(db))
    assert "043" in run("events", "--format", "csv")


def test_timeline_brief_search_export(db, tmp_path):
    assert "2020-06" in run("timeline", "RUS", "LBY", "--db", str(db))
    assert "مشاورات بين روسيا وليبيا" in run("brief", "RUS", "LBY", "--db", str(db))
    assert "a.txt" in run("search", "طرابلس", "--db", str(db))
    out = tmp_path / "e.parquet"
    assert "1 events" in run("export", str(out), "--db", str(db)) and out.exists()


def test_a_bad_date_is_one_line_and_exit_1(db):
    result = CliRunner().invoke(store_commands, ["events", "--since", "yesterday", "--db", str(db)])
    assert result.exit_code == 1 and result.output.strip().startswith("rasd: not a date")


def test_unreadable_inputs_are_recorded_and_exit_2(db, tmp_path):
    from rasd.store import Store
    english = tmp_path / "english.txt"
    english.write_text("This page is written in English and has nothing to code at all, none whatsoever.",
                       encoding="utf-8")
    result = CliRunner().invoke(store_commands, ["ingest", str(english), str(tmp_path / "missing.txt"),
                                                 "--db", str(db), "-q"])
    assert result.exit_code == 2, result.output
    assert "failed 2" in result.output
    with Store(db) as store:
        failures = store.failures()
    assert [f.stage for f in failures] == ["input", "input"]
    assert "language" in failures[0].message
