"""Bad input: each case in tests/fixtures/bad gives one Failure naming the input and the reason,
and the iteration goes on."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.ingest import Failure, RawDocument, read

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad"
CAP = 4096  # bytes: oversize.txt is over it, every other fixture under it


@pytest.mark.parametrize("name,reason", [
    ("empty.txt", "empty"),
    ("blank.txt", "empty"),
    ("image.png", "binary (PNG image)"),
    ("zeros.dat", "binary (zero bytes)"),
    ("truncated.html", "truncated HTML: no article text found"),
    ("malformed.html", "HTML: no article text found"),
    ("invalid-utf8.txt", "invalid UTF-8 at byte 40"),
    ("oversize.txt", "too large: 25680 bytes > 4096"),
    ("english.txt", "language:en"),
    ("feed-empty.xml", "feed: no items"),
])
def test_bad_file_gives_one_failure(name, reason):
    items = list(read([BAD / name], max_bytes=CAP))
    assert len(items) == 1 and isinstance(items[0], Failure), items
    assert items[0].input == str(BAD / name)
    assert items[0].reason.startswith(reason)


def test_bad_json_lines_fail_one_by_one():
    items = list(read([BAD / "lines.jsonl"]))
    assert isinstance(items[0], RawDocument) and items[0].id == "ok-1"
    got = [(f.input.rsplit(":", 1)[1], f.reason.split(" (")[0]) for f in items[1:]]
    assert got == [("2", "not JSON"), ("3", "not a JSON object"), ("4", "no text"), ("5", "no text"),
                   ("6", "not JSON")]


def test_warc_records_that_are_not_html():
    items = list(read([BAD / "not-html.warc"]))
    assert [(f.input.rsplit("#", 1)[1], f.reason) for f in items] == [
        ("https://news.example/data.json", "warc: not HTML (application/json)"),
        ("https://news.example/gone", "warc: HTTP 404"),
    ]


def test_truncated_warc_keeps_the_whole_records():
    items = list(read([BAD / "truncated.warc.gz"]))
    assert isinstance(items[0], RawDocument) and items[0].url == "https://news.example/dz/1"
    assert isinstance(items[1], Failure) and "truncated" in items[1].reason
    assert len(items) == 2


def test_the_whole_bad_folder_reads_to_its_end():
    items = list(read([BAD], max_bytes=CAP))
    fails = [i for i in items if isinstance(i, Failure)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) == 2  # the good line of lines.jsonl and the whole record of truncated.warc.gz
    named = {Path(f.input.split("#")[0].rsplit(":", 1)[0] if f.input.endswith(tuple("0123456789")) and
                  ".jsonl:" in f.input else f.input.split("#")[0]).name for f in fails}
    assert named == {p.name for p in BAD.iterdir()}  # every file has its failure
    assert not any(f.reason.startswith("could not be read") for f in fails)  # none was a crash


def test_gzip_that_is_not_gzip(tmp_path):
    bad = tmp_path / "docs.jsonl.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage")
    items = list(read([bad]))
    assert len(items) == 1 and "gzip" in items[0].reason
