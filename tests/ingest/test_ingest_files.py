"""read() over files of every kind (the fixtures are written by tests/ingest/fixtures_src.py)."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.ingest import Failure, RawDocument, read, read_file

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
HEADLINE = "وزير الخارجية الجزائري يستقبل نظيره التونسي في العاصمة"


def only(items) -> RawDocument:
    items = list(items)
    assert len(items) == 1, items
    assert isinstance(items[0], RawDocument), items[0]
    return items[0]


@pytest.mark.parametrize("name", [
    "article-utf8.txt", "article-utf8-bom.txt", "article-utf16.txt", "article-utf16le-nobom.txt",
    "article-cp1256.txt", "crlf/article-crlf.txt",
])
def test_text_files_in_any_encoding_read_the_same(name):
    doc = only(read([FIX / name]))
    assert doc.text.replace("\r\n", "\n") == (FIX / "article-utf8.txt").read_text(encoding="utf-8")
    assert doc.text.split("\n")[0].strip() == HEADLINE
    assert doc.language == "ar"
    assert doc.id == Path(name).name


@pytest.mark.parametrize("name", ["page.html", "page-cp1256.htm"])
def test_html_main_text_and_metadata(name):
    doc = only(read([FIX / name]))
    lines = doc.text.split("\n")
    assert lines[0] == HEADLINE
    assert any(line.startswith("استقبل وزير الخارجية الجزائري") for line in lines)
    assert "الرئيسية" not in doc.text and "جميع الحقوق" not in doc.text  # navigation and footer left out
    assert doc.title == HEADLINE
    assert doc.published == date(2021, 3, 16) and doc.published_source == "html-meta"
    assert doc.outlet == "أخبار المغرب"
    assert doc.html_meta["article:published_time"].startswith("2021-03-16")


def test_rss_feed_with_full_content_is_used_without_fetching():
    doc = only(read([FIX / "feed.xml"], fetch_links=True))
    assert doc.url == "https://news.example/dz/1"
    assert doc.published == date(2021, 3, 16) and doc.published_source == "feed"
    assert doc.title == HEADLINE and doc.text.split("\n")[0] == HEADLINE
    assert doc.outlet == "أخبار المغرب"


def test_atom_feed():
    doc = only(read([FIX / "atom.atom"]))
    assert doc.published == date(2021, 12, 10)
    assert doc.text.startswith("البرلمان يصادق على قانون المالية")


def test_json_lines_in_both_shapes():
    docs = list(read([FIX / "docs.jsonl"]))
    assert [d.id for d in docs] == ["dz-1", "TN-2"]
    assert docs[0].published == date(2021, 3, 16) and docs[0].title == HEADLINE
    assert docs[0].url == "https://news.example/dz/1" and docs[0].published_source == "input"
    assert docs[1].published == date(2021, 12, 10)  # from the corpus' "time"
    assert docs[1].outlet == "البرلمان اليوم"  # from "src"


@pytest.mark.parametrize("when,expected", [
    ("24/05/2017", date(2017, 5, 24)),            # day first, as the corpus and Arab sites write it
    ("24/05/2017 10:30", date(2017, 5, 24)),
    ("5.3.2016", date(2016, 3, 5)),
    ("2017/05/24", date(2017, 5, 24)),
    ("2017-05-24T10:00:00+01:00", date(2017, 5, 24)),
    ("31/02/2017", None),                         # no such day: undated, the text kept
    ("next week", None),
])
def test_json_lines_dates_in_regional_forms(tmp_path, when, expected):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "text": "نص الخبر", "time": "%s"}\n' % when, encoding="utf-8")
    doc = only(read([path]))
    assert doc.published == expected
    assert (doc.published_source == "input") == (expected is not None)


def test_a_null_published_field_falls_back_to_time(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "text": "نص الخبر", "published": null, "time": "24/05/2017"}\n', encoding="utf-8")
    assert only(read([path])).published == date(2017, 5, 24)


def test_a_json_lines_title_is_the_headline_of_the_text(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "title": "عنوان الخبر", "text": "نص الخبر"}\n', encoding="utf-8")
    assert only(read([path])).text == "عنوان الخبر\n\nنص الخبر"


def test_gzipped_json_lines():
    assert only(read([FIX / "docs.jsonl.gz"])).id == "gz-1"


def test_warc_gz_gives_the_html_page_and_a_failure_for_the_image():
    items = list(read([FIX / "crawl.warc.gz"]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert [d.url for d in docs] == ["https://news.example/dz/1"]
    assert docs[0].text.split("\n")[0] == HEADLINE
    assert "warc-date" in docs[0].html_meta
    assert [(f.input.rsplit("#", 1)[1], f.reason) for f in fails] == [
        ("https://news.example/logo.png", "warc: not HTML (image/png)")]


def test_other_languages_are_skipped_with_the_reason():
    items = list(read([FIX / "french.txt"]))
    assert items == [Failure(str(FIX / "french.txt"), "language:fr")]
    assert only(read([FIX / "french.txt"], languages=("ar", "fr"))).language == "fr"


def test_directory_is_read_recursively_with_a_glob():
    items = list(read([FIX], glob="*.txt"))
    ids = sorted(i.id if isinstance(i, RawDocument) else i.input for i in items)
    assert "crlf/article-crlf.txt" in ids
    assert all(x.endswith(".txt") for x in ids)
    assert len(items) == 7  # six Arabic articles and the French one
    assert sum(isinstance(i, Failure) for i in items) == 1


def test_directory_with_several_globs():
    items = list(read([FIX], glob=["*.html", "*.jsonl"]))
    assert sorted(i.id for i in items) == ["TN-2", "dz-1", "page.html"]


def test_stdin_dash():
    data = (FIX / "article-cp1256.txt").read_bytes()
    doc = only(read(["-"], stdin=io.BytesIO(data)))
    assert doc.id == "stdin" and doc.text.startswith(HEADLINE)


def test_stdin_html():
    doc = only(read(["-"], stdin=io.BytesIO((FIX / "page.html").read_bytes())))
    assert doc.title == HEADLINE


def test_missing_path_is_a_failure_and_the_batch_goes_on():
    items = list(read(["/nonexistent/file.txt", FIX / "article-utf8.txt"]))
    assert items[0] == Failure("/nonexistent/file.txt", "no such file, directory or URL")
    assert isinstance(items[1], RawDocument)


def test_read_file_returns_the_document_or_raises():
    assert read_file(FIX / "page.html").title == HEADLINE
    with pytest.raises(InputError, match="language:fr"):
        read_file(FIX / "french.txt")


def test_to_document_carries_metadata_for_the_pipeline():
    doc = only(read([FIX / "page.html"])).to_document()
    assert doc.raw.startswith(HEADLINE) and doc.published == date(2021, 3, 16)
    assert doc.published_source == "html-meta"
    assert doc.cache["html_meta"]["article:published_time"].startswith("2021-03-16")
