"""Exports: GDELT-style CSV, PLOVER-style JSON lines, Parquet read as is by pandas and pyarrow."""
from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from store_helpers import ScriptedPipeline, event
from rasd.errors import StoreError
from rasd.model import Document
from rasd.store.export import GDELT_COLUMNS

TEXT_A = "استقبل رئيس المجلس الرئاسي الليبي في طرابلس وفدا روسيا رفيع المستوى لبحث العلاقات الثنائية."
TEXT_B = "أجرى نائب وزير الخارجية الروسي في طرابلس محادثات مع رئيس المجلس الرئاسي الليبي حول الأوضاع."
TEXT_C = "أعلنت روسيا في مارس عن إرسال شحنة مساعدات طبية إلى ليبيا لمواجهة انتشار الوباء."


@pytest.fixture
def filled(store):
    pipe = ScriptedPipeline({
        "a": [event("LBYGOV", "RUSGOV", "043", "2020-06-07", symmetric=True, goldstein=2.8, place="طرابلس",
                    place_country="LBY", lat=32.8872, lon=13.1913)],
        "b": [event("RUSGOV", "LBYGOV", "043", "2020-06-07", symmetric=True, goldstein=2.8)],
        "c": [event("RUS", "LBY", "0233", "2020-03", plover="AID", goldstein=3.4)],
    })
    store.ingest([Document("a", TEXT_A, published=date(2020, 6, 8), url="https://a.example/1"),
                  Document("b", TEXT_B, published=date(2020, 6, 8), url="https://b.example/2"),
                  Document("c", TEXT_C, published=date(2020, 3, 30))], pipe)
    return store


def test_csv_has_gdelt_columns(filled, tmp_path):
    path = tmp_path / "events.csv"
    assert filled.export(path) == 2
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == GDELT_COLUMNS
    meet = next(r for r in rows if r["EventRootCode"] == "04")
    assert (meet["Day"], meet["MonthYear"], meet["Year"]) == ("20200607", "202006", "2020")
    assert (meet["Actor1Code"], meet["Actor1CountryCode"], meet["Actor1Type1Code"]) == ("LBYGOV", "LBY", "GOV")
    assert (meet["NumMentions"], meet["NumArticles"], meet["NumSources"]) == ("2", "2", "2")
    assert (meet["ActionGeo_Type"], meet["ActionGeo_FullName"]) == ("4", "طرابلس")
    assert meet["SOURCEURL"] == "https://a.example/1" and meet["DocIds"] == "a;b"
    assert meet["EventBaseCode"] == "043" and meet["QuadClass"] == "1" and len(meet["DATEADDED"]) == 14
    aid = next(r for r in rows if r["EventRootCode"] == "02")
    assert (aid["Day"], aid["MonthYear"], aid["DatePrecision"]) == ("", "202003", "month")
    assert (aid["EventCode"], aid["EventBaseCode"], aid["PloverType"]) == ("0233", "023", "AID")


def test_jsonl_is_plover_style_with_mentions(filled, tmp_path):
    path = tmp_path / "events.jsonl"
    assert filled.export(path, format="jsonl", root="04") == 1
    [line] = path.read_text(encoding="utf-8").splitlines()
    rec = json.loads(line)
    assert rec["event_type"] == "CONSULT" and rec["actor1"] == "LBYGOV" and rec["actor2"] == "RUSGOV"
    assert rec["location"]["name"] == "طرابلس" and rec["num_articles"] == 2
    assert [m["doc_id"] for m in rec["mentions"]] == ["a", "b"]
    assert rec["mentions"][0]["evidence"] and rec["mentions"][0]["url"] == "https://a.example/1"


def test_parquet_reads_as_is(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert filled.export(path) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2 and str(table.schema.field("date_start").type) == "date32[day]"
    try:
        import pandas as pd
    except ImportError:
        return  # pyarrow read it; pandas is optional
    df = pd.read_parquet(path)
    meet = df[df["root"] == "04"].iloc[0]
    assert meet["num_articles"] == 2 and list(meet["doc_ids"]) == ["a", "b"]
    aid = df[df["root"] == "02"].iloc[0]
    assert (aid["date_start"], aid["date_end"]) == (date(2020, 3, 1), date(2020, 3, 31))


def test_unknown_format_is_a_store_error(filled, tmp_path):
    with pytest.raises(StoreError, match="csv, jsonl, parquet"):
        filled.export(tmp_path / "events.xlsx")

