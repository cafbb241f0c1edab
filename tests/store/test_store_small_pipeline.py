"""Real coding into the store, on the small fixture lexicon of tests/fixtures (no dates, no places)."""
from __future__ import annotations

from datetime import date

from rasd.model import Document

ARTICLES = [
    ("n1", "التقى سيرغي لافروف، وزير الخارجية الروسي، أمس فائز السراج. وأكد السفير الروسي دعم بلاده "
           "لحكومة الوفاق الوطني."),
    ("n2", "زار حفتر موسكو. وتظاهر محتجون ليبيون أمام السفارة في طرابلس."),
    ("n3", "بحثت اللجنة المسائل العالقة في اجتماعها الدوري."),
]


def docs():
    return [Document(i, t, published=date(2020, 6, 4), url=f"https://{i}.example/x") for i, t in ARTICLES]


def test_coded_events_are_stored_with_their_evidence(store, small_pipeline):
    report = store.ingest(docs(), small_pipeline)
    assert (report.new, report.failed) == (3, 0), store.failures()
    got = sorted(((e.source_code, e.target_code, e.cameo) for e in store.events()), key=str)
    assert got == sorted([("RUSGOV", "LBYGOV", "043"), ("RUSGOV", "LBYGOV", "051"), ("LBYMIL", "RUSGOV", "042"),
                          ("LBYCVL", None, "141")], key=str)
    for m in store.mentions():
        text = store.text(m.doc_id)
        assert text[m.trigger_start:m.trigger_end] == m.trigger_text
        assert m.record["cameo"] == m.cameo and m.record["doc_id"] == m.doc_id
    assert store.document("n3").n_events == 0
    assert store.verify() == []


def test_real_coding_twice_changes_nothing(store, small_pipeline):
    store.ingest(docs(), small_pipeline)
    before = store.counts()
    report = store.ingest(docs(), small_pipeline)
    assert (report.new, report.duplicate) == (0, 3)
    assert {k: v for k, v in store.counts().items() if k != "runs"} == \
        {k: v for k, v in before.items() if k != "runs"}


def test_undated_reports_in_two_articles_stay_two_events(store, small_pipeline):
    text = "التقى لافروف السراج."
    store.ingest([Document("u1", text + " وبحث الجانبان العلاقات الثنائية والأوضاع في ليبيا بالتفصيل."),
                  Document("u2", "في لقاء جديد، " + text)], small_pipeline)
    meetings = store.events(root="04")
    assert len(meetings) == 2 and all(e.date is None and e.num_articles == 1 for e in meetings)
