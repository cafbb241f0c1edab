"""URLs and feeds over real HTTP: a server on 127.0.0.1 in a thread serves pages, a feed, redirects,
errors, a slow page and a large one."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rasd.ingest import Failure, FetchSettings, RawDocument, read
from fixtures_src import ARTICLE, ARTICLE2
from ingest_server import serve

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
HEADLINE = ARTICLE.split("\n")[0]
HEADLINE2 = ARTICLE2.split("\n")[0]


LOCAL = FetchSettings(timeout=1.0, max_redirects=3, trust_env=False)


@pytest.fixture(scope="module")
def server():
    with serve() as base:
        yield base


def test_url_to_an_html_page(server):
    items = list(read([f"{server}/article/1"], fetch=LOCAL))
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    doc = items[0]
    assert doc.title == HEADLINE and doc.text.split("\n")[0] == HEADLINE
    assert doc.published == date(2021, 3, 16)
    assert doc.url == f"{server}/article/1" and doc.id == f"{server}/article/1"


def test_redirect_is_followed(server):
    doc = list(read([f"{server}/moved"], fetch=LOCAL))[0]
    assert isinstance(doc, RawDocument) and doc.url == f"{server}/article/1"


def test_plain_text_url(server):
    doc = list(read([f"{server}/plain"], fetch=LOCAL))[0]
    assert isinstance(doc, RawDocument) and doc.text.startswith(HEADLINE)


@pytest.mark.parametrize("path,reason", [
    ("/nowhere", "HTTP 404"),
    ("/error", "HTTP 500"),
    ("/redirect-loop", "too many redirects"),
    ("/slow", "timeout"),
    ("/big", "too large"),
])
def test_http_failures(server, path, reason):
    items = list(read([f"{server}{path}"], fetch=LOCAL, max_bytes=20_000))
    assert len(items) == 1 and isinstance(items[0], Failure), items
    assert items[0].input == f"{server}{path}"
    assert items[0].reason.startswith(reason)


def test_unreachable_url():
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    items = list(read([f"http://127.0.0.1:{port}/x"], fetch=LOCAL))
    assert len(items) == 1 and items[0].reason.startswith("unreachable")


def test_feed_over_http_fetches_each_link(server):
    items = list(read([f"{server}/feed.xml"], fetch=LOCAL))
    docs = [i for i in items if isinstance(i, RawDocument)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert [d.url for d in docs] == [f"{server}/article/1", f"{server}/article/2", f"{server}/error"]
    first, second, summary_only = docs
    assert first.text.split("\n")[0] == HEADLINE and first.published == date(2021, 3, 16)
    assert first.published_source == "feed" and first.outlet
    assert second.text.split("\n")[0] == HEADLINE2  # the page was in Windows-1256
    assert summary_only.html_meta.get("rasd:content") == "feed"  # its link failed: the summary is used
    assert summary_only.text.startswith("خبر بملخص فقط\nأعلنت الحكومة")
    assert [(f.input, f.reason) for f in fails] == [(f"{server}/deleted", "HTTP 404 Not Found")]


def test_feed_links_are_not_fetched_when_asked_not_to(server):
    items = list(read([f"{server}/feed.xml"], fetch=LOCAL, fetch_links=False))
    reasons = [i.reason for i in items if isinstance(i, Failure)]
    assert "feed item: no content and no link to fetch" in reasons


def test_a_mixed_batch_goes_on_after_failures(server):
    items = list(read([f"{server}/nowhere", FIX / "article-utf8.txt", f"{server}/article/1", "-missing-"],
                      fetch=LOCAL))
    assert [type(i).__name__ for i in items] == ["Failure", "RawDocument", "RawDocument", "Failure"]
