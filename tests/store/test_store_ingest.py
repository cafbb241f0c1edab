"""Ingest: idempotence, duplicates, near duplicates, merging across articles, failures."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from store_helpers import ARTICLE, ScriptedPipeline, event, events_by_number, many_documents
from rasd.model import Document
from rasd.store import Store
from rasd.store.schema import MIGRATIONS

CLUTTER_A = "الرئيسية | أخبار | رياضة | اتصل بنا\nشارك على فيسبوك\n"
CLUTTER_B = "Home | News | Sport\nتابعونا على تويتر\nاقرأ أيضا: أسعار الذهب اليوم\n"


def meeting(doc: Document):
    return [event("LBYGOV", "RUSGOV", "043", "2020-06-07", symmetric=True),
            event("RUSGOV", "LBYGOV", "051", "2020-06-07", plover="SUPPORT", goldstein=3.4, sentence=2)]


def test_schema_migrations_are_named_and_applied_once(tmp_path):
    path = tmp_path / "m.db"
    Store(path).close()
    with Store(path) as s:
        names = [r[0] for r in s.connection.execute("SELECT name FROM migrations ORDER BY rowid")]
        assert names == [n for n, _ in MIGRATIONS]
        assert s.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in s.connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"documents", "sentences", "events", "mentions", "actors", "runs", "failures",
                "migrations", "documents_fts"} <= tables


def test_default_path_follows_rasd_db(tmp_path, monkeypatch):
    from rasd.store import default_path
    monkeypatch.setenv("RASD_DB", str(tmp_path / "env.db"))
    assert default_path() == tmp_path / "env.db"
    monkeypatch.delenv("RASD_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "rasd" / "rasd.db"
    with Store() as s:
        assert s.path == tmp_path / "xdg" / "rasd" / "rasd.db" and s.path.exists()


def test_same_documents_twice_change_nothing(store):
    docs = many_documents(12)
    pipe = ScriptedPipeline(events_by_number)
    first = store.ingest(docs, pipe)
    assert (first.new, first.duplicate, first.failed) == (12, 0, 0)
    before = store.counts()
    snapshot = [tuple(r) for r in store.connection.execute("SELECT * FROM events ORDER BY id")]
    second = store.ingest(docs, pipe)
    assert (second.new, second.duplicate, second.events, second.mentions) == (0, 12, 0, 0)
    after = store.counts()
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}
    assert [tuple(r) for r in store.connection.execute("SELECT * FROM events ORDER BY id")] == snapshot


def test_exact_copy_under_another_id_is_linked_not_coded(store):
    calls = []
    pipe = ScriptedPipeline(lambda d: calls.append(d.id) or meeting(d))
    store.ingest([Document("a", ARTICLE), Document("b", "  " + ARTICLE + "\n")], pipe)
    assert calls == ["a"]
    b = store.document("b")
    assert (b.duplicate_of, b.duplicate_kind, b.n_events) == ("a", "exact", 0)
    assert store.counts()["mentions"] == 2


def test_copy_with_other_clutter_is_a_near_duplicate_and_adds_no_event(store):
    pipe = ScriptedPipeline(meeting)  # keeps the clutter in the text: the worst case
    r1 = store.ingest([Document("orig", CLUTTER_A + ARTICLE, published=date(2020, 6, 8))], pipe)
    events_before = store.counts()["events"]
    r2 = store.ingest([Document("copy", CLUTTER_B + ARTICLE + "\nجميع الحقوق محفوظة", published=date(2020, 6, 8))], pipe)
    assert (r1.new, r2.new, r2.near_duplicate, r2.events) == (1, 0, 1, 0)
    copy = store.document("copy")
    assert copy.duplicate_of == "orig" and copy.duplicate_kind == "near" and copy.similarity >= 0.7
    assert store.counts()["events"] == events_before
    assert all(e.num_articles == 1 for e in store.events())
    assert store.mentions(doc_id="copy") == []


def test_a_different_article_is_not_a_near_duplicate(store):
    pipe = ScriptedPipeline({})
    other = ("أعلنت وزارة الصحة التونسية اليوم عن حملة تلقيح جديدة تشمل الولايات الداخلية وتستهدف الأطفال "
             "دون سن الخامسة، وذلك بالتعاون مع منظمة الصحة العالمية وعدد من الجمعيات المحلية.")
    r = store.ingest([Document("a", ARTICLE), Document("b", other)], pipe)
    assert (r.new, r.near_duplicate) == (2, 0)


TWO_REPORTS = {
    "wafa": ("استقبل رئيس المجلس الرئاسي الليبي في طرابلس الأحد وفدا روسيا برئاسة نائب وزير الخارجية، "
             "وتناول اللقاء تطورات الأوضاع السياسية والأمنية في البلاد وسبل دعم الحوار بين الفرقاء."),
    "sputnik": ("بحث نائب وزير الخارجية الروسي مع رئيس المجلس الرئاسي الليبي خلال زيارته إلى العاصمة "
                "الليبية يوم الأحد الماضي مستقبل العلاقات الثنائية، وأكد دعم موسكو لوحدة الأراضي الليبية."),
}


def test_two_articles_reporting_one_meeting_give_one_event_with_two_articles(store):
    pipe = ScriptedPipeline({
        "wafa": [event("LBYGOV", "RUSGOV", "043", "2020-06-07", symmetric=True, place="طرابلس")],
        "sputnik": [event("RUSGOV", "LBYGOV", "043", "2020-06-08", symmetric=True)],
    })
    docs = [Document("wafa", TWO_REPORTS["wafa"], published=date(2020, 6, 8), url="https://www.wafa.example/1"),
            Document("sputnik", TWO_REPORTS["sputnik"], published=date(2020, 6, 9), url="https://sputnik.example/2")]
    report = store.ingest(docs, pipe)
    assert (report.new, report.events, report.mentions) == (2, 1, 2)
    [e] = store.events()
    assert (e.num_mentions, e.num_articles, e.num_sources) == (2, 2, 2)
    assert (e.first_seen, e.last_seen) == ("2020-06-08", "2020-06-09")
    assert e.doc_ids == ("wafa", "sputnik") and e.location_name == "طرابلس"
    assert (e.source_country, e.target_country) == ("LBY", "RUS")  # the first report's direction


def test_two_mentions_in_one_article_count_one_article(store):
    pipe = ScriptedPipeline({"a": [event("RUSGOV", "LBYGOV", "043", "2020-06-07", sentence=0),
                                   event("RUSGOV", "LBYGOV", "040", None, sentence=3)]})
    store.ingest([Document("a", ARTICLE, url="https://x.example/a")], pipe)
    [e] = store.events()
    assert (e.num_mentions, e.num_articles, e.num_sources, e.date) == (2, 1, 1, "2020-06-07")


def test_month_precise_event_takes_the_day_of_a_later_report(store):
    pipe = ScriptedPipeline({"a": [event("RUSGOV", "LBYGOV", "057", "2020-06", plover="AGREE")],
                             "b": [event("RUSGOV", "LBYGOV", "057", "2020-06-21", plover="AGREE")]})
    store.ingest([Document("a", ARTICLE), Document("b", TWO_REPORTS["wafa"])], pipe)
    [e] = store.events()
    assert (e.date, e.date_precision, e.num_articles) == ("2020-06-21", "day", 2)


def test_merging_follows_outlets_for_num_sources(store):
    pipe = ScriptedPipeline(lambda d: [event("RUSGOV", "LBYGOV", "043", "2020-06-07")])
    docs = [Document("x1", TWO_REPORTS["wafa"], url="https://www.same.example/1"),
            Document("x2", TWO_REPORTS["sputnik"], url="http://same.example/2"),
            Document("x3", ARTICLE)]  # no url: counts as its own source
    store.ingest(docs, pipe)
    [e] = store.events()
    assert (e.num_articles, e.num_sources) == (3, 2)


class Boom(Exception):
    pass


def test_one_bad_document_never_stops_the_batch(store):
    def code(doc):
        if doc.id == "doc-00003":
            raise Boom("the coder broke on this one")
        return events_by_number(doc)
    docs: list = many_documents(6)
    docs.insert(2, {"title": "no id, no text"})
    report = store.ingest(docs, ScriptedPipeline(code))
    assert (report.new, report.failed) == (5, 2)
    failures = store.failures(report.run_id)
    assert [(f.doc_id, f.stage, f.error) for f in failures] == [
        (None, "input", "InputError"), ("doc-00003", "pipeline", "Boom")]
    assert "broke" in failures[1].message
    [run] = store.runs()
    assert (run.status, run.n_new, run.n_failed) == ("done", 5, 2) and run.finished_at
    # a rerun retries the failed document
    again = store.ingest(many_documents(6), ScriptedPipeline(events_by_number))
    assert (again.new, again.duplicate) == (1, 5)


def test_same_id_with_other_content_is_a_recorded_conflict(store):
    pipe = ScriptedPipeline({})
    store.ingest([Document("a", ARTICLE)], pipe)
    report = store.ingest([Document("a", TWO_REPORTS["wafa"])], pipe)
    assert report.failed == 1
    assert store.failures(report.run_id)[0].stage == "conflict"
    assert store.text("a") == ARTICLE


def test_dicts_and_corpus_records_are_accepted(store):
    rows = [{"docno": "JA-1", "text": ARTICLE, "time": "2017-01-20T21:43:00+01:00", "title": "عنوان",
             "url": "http://www.jawharafm.net/ar/article/1"}]
    store.ingest(rows, ScriptedPipeline({}))
    d = store.document("JA-1")
    assert (d.published, d.published_source, d.outlet, d.title) == ("2017-01-20", "input", "jawharafm.net", "عنوان")


def test_each_document_has_its_events_and_sentences(store):
    report = store.ingest(many_documents(8), ScriptedPipeline(events_by_number))
    db = store.connection
    assert report.mentions == 24
    bad = db.execute("SELECT d.id FROM documents d WHERE d.n_events != "
                     "(SELECT count(*) FROM mentions m WHERE m.doc_id=d.id)").fetchall()
    assert bad == []
    assert db.execute("SELECT count(*) FROM sentences").fetchone()[0] == 8
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_readers_are_not_blocked_during_a_write(store, tmp_path):
    store.ingest(many_documents(2), ScriptedPipeline(events_by_number))
    store.connection.execute("BEGIN IMMEDIATE")
    store.connection.execute("UPDATE runs SET pipeline='x'")
    try:
        reader = sqlite3.connect(str(store.path), timeout=0.1)
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        reader.close()
    finally:
        store.connection.execute("ROLLBACK")


def test_progress_reports_each_document(store):
    seen = []
    store.ingest(many_documents(3) + many_documents(1), ScriptedPipeline(events_by_number),
                 progress=lambda o: seen.append((o.doc_id, o.status)))
    assert seen == [("doc-00000", "new"), ("doc-00001", "new"), ("doc-00002", "new"), ("doc-00000", "duplicate")]


def test_opening_a_directory_is_a_store_error(tmp_path):
    from rasd.errors import StoreError
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path)


@pytest.mark.parametrize("given,expected", [
    ("2017-01-20T21:43:00+01:00", "2017-01-20"), ("17/05/2015", "2015-05-17"), ("3.11.2015", "2015-11-03"),
    ("2015/11/03", "2015-11-03"), (date(2016, 2, 29), "2016-02-29"), (None, None), ("", None),
])
def test_publication_dates_in_input(given, expected):
    from rasd.store import to_document
    doc, _ = to_document({"id": "x", "text": "نص", "published": given})
    assert (doc.published.isoformat() if doc.published else None) == expected


@pytest.mark.parametrize("given", ["أمس", "31/02/2020", "2020/13/01"])
def test_unreadable_publication_date_fails_the_document(store, given):
    report = store.ingest([{"id": "x", "text": ARTICLE, "published": given}], ScriptedPipeline({}))
    assert report.failed == 1 and store.failures()[0].stage == "input"


def test_signatures_of_another_minhash_scheme_are_refused(store):
    from rasd.errors import StoreError
    store.connection.execute("INSERT INTO meta(key, value) VALUES ('minhash_scheme', 'other/64/7/w5')")
    with pytest.raises(StoreError, match="MinHash scheme other/64/7/w5"):
        store.ingest([Document("a", ARTICLE)], ScriptedPipeline({}))


def test_near_duplicates_are_found_across_sessions(tmp_path):
    path = tmp_path / "two-sessions.db"
    pipe = ScriptedPipeline(meeting)
    with Store(path) as s:
        s.ingest(many_documents(30) + [Document("orig", CLUTTER_A + ARTICLE)], pipe)
    with Store(path) as s:  # a new process would see only what is in the file
        report = s.ingest([Document("copy", CLUTTER_B + ARTICLE)], pipe)
        assert report.near_duplicate == 1 and s.document("copy").duplicate_of == "orig"


def test_signature_bands_are_stable():
    from rasd.store.dedup import BANDS, MinHasher
    h = MinHasher()
    a, b = h.signature(ARTICLE), MinHasher().signature(ARTICLE)
    assert a == b and len(a.bands()) == BANDS and a.similarity(b) == 1.0
    assert h.signature("نص قصير جدا") is None  # too few shingles to judge


def test_incremental_counts_equal_the_counts_recomputed_from_mentions(store):
    def code(doc):
        i = int(doc.id.split("-")[1])
        return events_by_number(doc) + [event("RUSGOV", "LBYGOV", "043", "2020-01-05", sentence=1)] * (i % 3)
    docs = many_documents(40)
    for i, d in enumerate(docs):
        d.url = f"https://outlet{i % 5}.example/{i}" if i % 7 else None
    store.ingest(docs, ScriptedPipeline(code))
    assert store.verify() == []
    store.connection.execute("UPDATE events SET num_sources = num_sources + 1 WHERE id = 1")
    assert store.verify() == ["event 1: counts differ from its mentions"]
