"""Queries, timeline, brief and search over a small hand-made store."""
from __future__ import annotations

from datetime import date

import pytest

from store_helpers import ScriptedPipeline, event
from rasd.errors import StoreError
from rasd.model import Document

TEXTS = {
    "a1": "التقى وزير الخارجية الروسي نظيره الليبي في موسكو لبحث العلاقات الثنائية والتعاون في مجال الطاقة.",
    "a2": "وقعت روسيا وليبيا اتفاقية للتعاون الاقتصادي خلال زيارة رئيس الحكومة الليبية إلى موسكو.",
    "a3": "انتقدت الحكومة الليبية التدخل الروسي في الشؤون الداخلية للبلاد وطالبت بسحب المقاتلين الأجانب.",
    "a4": "أعلنت تونس والجزائر عن لقاء قريب بين وزيري خارجية البلدين لبحث ملف الحدود والهجرة.",
    "a5": "أكدت الحكومة الروسية أن مشاوراتها مع الأطراف الليبية مستمرة، وأن للحكومة دورا في دعم الحوار.",
}
EVENTS = {
    "a1": [event("RUSGOV", "LBYGOV", "043", "2020-01-15", symmetric=True, goldstein=2.8, place="موسكو",
                 place_country="RUS")],
    "a2": [event("RUSGOV", "LBYGOV", "057", "2020-02-10", symmetric=True, plover="AGREE", goldstein=8.0),
           event("LBYGOV", "RUSGOV", "036", "2020-02", plover="CONSULT", goldstein=4.0, sentence=0)],
    "a3": [event("LBYGOV", "RUSMIL", "112", "2020-07-03", plover="ACCUSE", goldstein=-2.0),
           event("LBYGOV", "RUSMIL", "1041", "2020-07-03", plover="REQUEST", goldstein=-5.0)],
    "a4": [event("TUNGOV", "DZAGOV", "036", "2020-03-01", plover="CONSULT", goldstein=4.0)],
    "a5": [event("RUSGOV", "LBYGOV", "043", "2020-01-16", symmetric=True, goldstein=2.8),
           event("RUSGOV", "LBYGOV", "010", None, plover=None, goldstein=0.0)],
}
PUBLISHED = {"a1": date(2020, 1, 16), "a2": date(2020, 2, 11), "a3": date(2020, 7, 4), "a4": date(2020, 3, 1),
             "a5": date(2020, 1, 17)}


@pytest.fixture
def filled(store):
    docs = [Document(k, v, published=PUBLISHED[k], title=v[:30], url=f"https://news{i}.example/{k}")
            for i, (k, v) in enumerate(TEXTS.items())]
    report = store.ingest(docs, ScriptedPipeline(EVENTS))
    assert report.new == 5
    return store


def test_meeting_reported_twice_is_one_event(filled):
    [e] = filled.events(root="04")
    assert e.num_articles == 2 and e.doc_ids == ("a1", "a5")


@pytest.mark.parametrize("kwargs,expected", [
    (dict(actor="RUS"), 6),
    (dict(actor="RUSMIL"), 2),
    (dict(actor="TUN"), 1),
    (dict(dyad=("RUS", "LBY")), 6),
    (dict(dyad=("LBY", "RUS")), 6),
    (dict(dyad=("LBY", "RUS"), directed=True), 3),
    (dict(dyad=("RUS", "LBY"), since="2020-02-01"), 4),
    (dict(dyad=("RUS", "LBY"), until="2020-01"), 1),
    (dict(dyad=("RUS", "LBY"), since=date(2020, 2, 15), until="2020-06-30"), 1),  # the month-precise 036
    (dict(root="03"), 2),
    (dict(root=["11", 10]), 2),
    (dict(plover="consult"), 3),
    (dict(cameo="10"), 1),
    (dict(doc_id="a2"), 2),
    (dict(actor="EGY"), 0),
])
def test_event_filters(filled, kwargs, expected):
    assert len(filled.events(**kwargs)) == expected


def test_events_are_typed_and_become_a_dataframe(filled):
    events = filled.events(dyad=("RUS", "LBY"))
    assert events[0].date >= events[-2].date  # newest first, undated last
    assert events[-1].date is None
    pytest.importorskip("pandas")
    df = events.to_pandas()
    assert len(df) == 6 and {"cameo", "num_articles", "doc_ids"} <= set(df.columns)
    assert filled.events(actor="EGY").to_pandas().empty


def test_bad_date_is_a_store_error(filled):
    with pytest.raises(StoreError, match="not a date"):
        filled.events(since="last week")


def test_timeline_by_month(filled):
    tl = filled.timeline("RUS", "LBY", by="month")
    assert [b.period for b in tl.buckets] == [f"2020-{m:02d}" for m in range(1, 8)]
    jan, feb, *_, jul = tl.buckets
    assert (jan.n_events, jan.n_mentions, jan.quad) == (1, 2, (1, 0, 0, 0))
    assert (feb.n_events, feb.quad, feb.mean_goldstein) == (2, (2, 0, 0, 0), 6.0)
    assert jul.quad == (0, 0, 2, 0) and jul.mean_goldstein == -3.5
    assert tl.undated == 1
    assert jan.top[0].root == "04"
    assert len(tl.sparkline()) == 7


def test_timeline_becomes_a_dataframe(filled):
    pytest.importorskip("pandas")
    tl = filled.timeline("RUS", "LBY", by="month")
    assert tl.to_pandas()["n_events"].tolist() == [1, 2, 0, 0, 0, 0, 2]


@pytest.mark.parametrize("by,periods", [("quarter", ["2020-Q1", "2020-Q2", "2020-Q3"]), ("year", ["2020"])])
def test_timeline_by_quarter_and_year(filled, by, periods):
    tl = filled.timeline("LBY", "RUS", by=by)
    assert [b.period for b in tl.buckets] == periods
    assert sum(b.n_events for b in tl.buckets) == 5 and tl.undated == 1


def test_timeline_rejects_an_unknown_period(filled):
    with pytest.raises(StoreError, match="month, quarter, year"):
        filled.timeline("RUS", "LBY", by="week")


def test_brief_in_english_cites_documents(filled):
    brief = filled.brief("RUS", "LBY")
    text = brief.text()
    assert text.startswith("Russia and Libya: 6 recorded events, reported in 4 articles")
    assert all(s.doc_ids for s in brief.statements)
    assert "Russia and Libya consulted (reported in 2 articles). [a1, a5]" in text
    assert "more conflictual" in text  # the latest quarter holds the criticism


def test_brief_in_arabic(filled):
    brief = filled.brief("RUS", "LBY", lang="ar")
    assert brief.statements[0].text.startswith("روسيا وليبيا: عدد الأحداث المسجلة 6")
    assert any("مشاورات بين روسيا وليبيا" in s.text for s in brief.statements)
    assert all(s.doc_ids for s in brief.statements)


def test_brief_with_no_event(filled):
    brief = filled.brief("EGY", "SDN", lang="ar")
    assert brief.text() == "لا توجد أحداث مسجلة بين مصر والسودان."


def test_brief_rejects_an_unknown_language(filled):
    with pytest.raises(StoreError, match="language"):
        filled.brief("RUS", "LBY", lang="fr")


@pytest.mark.parametrize("query,expected", [
    ("موسكو", {"a1", "a2"}),
    ("الحكومة", {"a2", "a3", "a5"}),       # الحكومة، للحكومة، والحكومة... all fold to one stem
    ("حكومة", {"a2", "a3", "a5"}),
    ("للحكومة", {"a2", "a3", "a5"}),
    ("وزير الخارجية", {"a1"}),              # every word must be there
    ("الليبيه", {"a2", "a3", "a5"}),              # ة/ه folded
    ("إتفاقية", {"a2"}),                    # hamza folded
    ("مُشاوراتها", {"a5"}),                 # diacritics dropped
    ("واشنطن", set()),
    ("؟!", set()),
])
def test_search(filled, query, expected):
    hits = filled.search(query)
    assert {h.doc_id for h in hits} == expected


def test_search_hit_has_a_snippet_around_the_word(filled):
    [hit] = filled.search("المقاتلين")
    assert "المقاتلين" in hit.snippet and hit.published == "2020-07-04" and hit.score > 0


def test_actors_are_counted(filled):
    actors = {a.key: a.num_mentions for a in filled.actors()}
    assert actors["LBYGOV"] == 7 and actors["RUSMIL"] == 2
    assert [a.key for a in filled.actors(country="TUN")] == ["TUNGOV"]
