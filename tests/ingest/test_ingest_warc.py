"""WARC files written here with warcio: HTML responses are read, everything else is a failure."""
from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fixtures_src import ARTICLE, ARTICLE2, page
from rasd.ingest import Failure, RawDocument, read

HEADLINE = ARTICLE.split("\n")[0]
HEADLINE2 = ARTICLE2.split("\n")[0]


def write_warc(path, gz: bool) -> None:
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "rasd tests"}))

        def response(uri, status, ctype, body, extra=()):
            headers = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))

        response("https://news.example/a/1", "200 OK", "text/html; charset=utf-8", page(HEADLINE, ARTICLE).encode())
        response("https://news.example/a/2", "200 OK", "text/html; charset=windows-1256",
                 page(HEADLINE2, ARTICLE2, date="2021-12-10").replace('charset="utf-8"', "").encode("cp1256"))
        response("https://news.example/a/3", "301 Moved Permanently", "text/html", b"",
                 [("Location", "https://news.example/a/1")])
        response("https://news.example/logo.jpg", "200 OK", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 64)
        response("https://news.example/style.css", "200 OK", "text/css", b"body{color:red}")
        w.write_record(w.create_warc_record("https://news.example/a/1", "metadata",
                                            payload=io.BytesIO(b"fetchTimeMs: 12"),
                                            warc_content_type="application/warc-fields"))


@pytest.mark.parametrize("gz", [True, False])
def test_warc_written_with_warcio(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz)
    items = list(read([path]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    fails = [(i.input.split("#", 1)[1], i.reason) for i in items if isinstance(i, Failure)]
    assert [d.url for d in docs] == ["https://news.example/a/1", "https://news.example/a/2"]
    assert docs[0].text.split("\n")[0] == HEADLINE and docs[0].published.isoformat() == "2021-03-16"
    assert docs[1].text.split("\n")[0] == HEADLINE2
    assert fails == [("https://news.example/a/3", "warc: HTTP 301"),
                     ("https://news.example/logo.jpg", "warc: not HTML (image/jpeg)"),
                     ("https://news.example/style.css", "warc: not HTML (text/css)")]


def test_warc_record_over_the_size_cap(tmp_path):
    path = tmp_path / "big.warc.gz"
    write_warc(path, True)
    items = list(read([path], max_bytes=300))
    assert all(isinstance(i, Failure) for i in items)
    assert sum(i.reason.startswith("too large") for i in items) == 2


def test_warc_sniffed_without_its_suffix(tmp_path):
    path = tmp_path / "download.bin"
    write_warc(path, True)
    assert sum(isinstance(i, RawDocument) for i in read([path])) == 2


def test_warc_from_stdin(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, False)
    items = list(read(["-"], stdin=io.BytesIO(path.read_bytes())))
    assert sum(isinstance(i, RawDocument) for i in items) == 2
