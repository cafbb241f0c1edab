"""The publication-date cascade and the attachment of a date to one event."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from rasd.time import publication_date

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

BODY_TUESDAY = "قال الوزير في تصريح اليوم الثلاثاء إن المفاوضات متواصلة."
BODY_FRIDAY = "قال الوزير في تصريح نقلته الوكالة، اليوم الجمعة، إن المفاوضات متواصلة."


def test_given_date_wins() -> None:
    assert publication_date("الثلاثاء , 30 مايو 2023\n" + BODY_TUESDAY, date(2020, 7, 24),
                            {"date": "2019-01-01"}) == (date(2020, 7, 24), "input")


def test_given_datetime_becomes_a_date() -> None:
    assert publication_date("", datetime(2020, 7, 24, 10, 0)) == (date(2020, 7, 24), "input")


@pytest.mark.parametrize(("meta", "expected"), [
    ({"article:published_time": "2021-04-15T10:00:00+02:00"}, date(2021, 4, 15)),
    ({"datePublished": "2021-04-15"}, date(2021, 4, 15)),
    ({"date": "15/04/2021"}, date(2021, 4, 15)),
    ({"date": "الخميس 15 أفريل 2021"}, date(2021, 4, 15)),
    ({"pubdate": "٢٠٢١/٠٤/١٥"}, date(2021, 4, 15)),
    ({"og:title": "عنوان", "date": "2021-04-15"}, date(2021, 4, 15)),
])
def test_html_meta(meta: dict, expected: date) -> None:
    assert publication_date("نص بلا تاريخ", None, meta) == (expected, "html-meta")


def test_html_meta_without_a_date_falls_through() -> None:
    assert publication_date("13/04/2021\n" + BODY_TUESDAY, None, {"og:title": "عنوان",
                                                                   "date": "غير معروف"}) \
        == (date(2021, 4, 13), "dateline")


@pytest.mark.parametrize(("header", "expected"), [
    ("الثلاثاء , 30 مايو 2023", date(2023, 5, 30)),
    ("15/04/2021", date(2021, 4, 15)),
    ("2021-04-15", date(2021, 4, 15)),
    ("١٥/٠٤/٢٠٢١", date(2021, 4, 15)),
    ("الخميس ١٥ أفريل ٢٠٢١", date(2021, 4, 15)),
    ("نشر في 15 أفريل 2021 على الساعة العاشرة صباحا بتوقيت تونس من طرف قسم الأخبار", date(2021, 4, 15)),
])
def test_dateline(header: str, expected: date) -> None:
    text = f"الرئيسية / أخبار\n{header}\nعنوان المقال\nقال الوزير إن المفاوضات متواصلة."
    assert publication_date(text) == (expected, "dateline")


def test_weekday_of_the_body_confirms_the_header() -> None:
    assert publication_date("الثلاثاء , 30 مايو 2023\n" + BODY_TUESDAY) == (date(2023, 5, 30), "dateline")


def test_header_contradicted_by_the_body_is_a_site_widget() -> None:
    assert publication_date("الثلاثاء , 30 مايو 2023\n" + BODY_FRIDAY) == (None, "dateline-rejected:weekday")


def test_yesterday_with_a_weekday_implies_the_day_after() -> None:
    body = "عقد المجلس أمس الخميس جلسة عامة."
    assert publication_date("الجمعة 16 أفريل 2021\n" + body) == (date(2021, 4, 16), "dateline")
    assert publication_date("الثلاثاء 13 أفريل 2021\n" + body) == (None, "dateline-rejected:weekday")


def test_an_event_date_in_the_first_paragraph_is_no_dateline() -> None:
    text = ("استضاف برنامج سينما سينما الأربعاء 18 جانفي 2017 في موعد استثنائي أبطال الفيلم "
            "التونسي الطويل ومخرج العمل للحديث عن ظروف التصوير.")
    assert publication_date(text) == (None, "unknown")


def test_no_evidence_is_said_so() -> None:
    assert publication_date("قال الوزير أمس إن المفاوضات متواصلة.") == (None, "unknown")
    assert publication_date("") == (None, "unknown")
    assert publication_date("", None, {"og:title": "عنوان"}) == (None, "unknown")


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is absent")
def test_seed_001_header_is_a_widget() -> None:
    [path] = SEEDS.glob("001_*.txt")
    assert publication_date(path.read_text(encoding="utf-8")) == (None, "dateline-rejected:weekday")


# --- the stage ---------------------------------------------------------------------------------
def test_stage_fills_the_document() -> None:
    from rasd.model import Document
    from rasd.time.stage import add_dates

    raw = "الجمعة 16 أفريل 2021\nعقد المجلس أمس الخميس جلسة عامة."
    doc = add_dates(Document(id="x", raw=raw, text=raw.split("\n", 1)[1]))
    assert (doc.published, doc.published_source) == (date(2021, 4, 16), "dateline")
    assert [(d.text, d.value) for d in doc.dates] == [("أمس الخميس", "2021-04-15")]
    assert "dates" in doc.done


def test_stage_keeps_a_given_date() -> None:
    from rasd.model import Document
    from rasd.time.stage import add_dates

    doc = add_dates(Document(id="x", raw="أمس", text="أمس", published=date(2021, 4, 17)))
    assert doc.published_source == "input" and doc.dates[0].value == "2021-04-16"
