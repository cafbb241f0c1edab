"""End to end: a WARC file and a feed served on localhost are read and stored with their events."""
from __future__ import annotations

import io
from datetime import date

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fixtures_src import page, rss
from ingest_server import Handler, serve
from rasd.ingest import FetchSettings, RawDocument, read
from rasd.store import Store

MEETING = ("لقاء في موسكو\n"
           "التقى سيرغي لافروف، وزير الخارجية الروسي، أمس فائز السراج في موسكو وبحثا تطورات الأوضاع.\n"
           "وأكد الجانبان أهمية مواصلة الحوار بين الأطراف خلال الأسابيع المقبلة.\n")
VISIT = ("زيارة إلى موسكو\n"
         "زار حفتر موسكو الأسبوع الماضي حيث عقد سلسلة لقاءات مع مسؤولين في وزارة الدفاع.\n"
         "وقالت مصادر إن الزيارة تناولت ملفات التعاون العسكري بين الجانبين.\n")


def test_warc_and_feed_on_localhost_end_in_the_store(tmp_path, small_pipeline):
    warc = tmp_path / "crawl.warc.gz"
    with open(warc, "wb") as f:
        w = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example/m/1", "response",
                                            payload=io.BytesIO(page("لقاء في موسكو", MEETING).encode()),
                                            http_headers=headers))
    with serve() as base:
        Handler.routes["/visit"] = (200, "text/html; charset=utf-8",
                                    page("زيارة إلى موسكو", VISIT, date="2017-01-12").encode())
        Handler.routes["/visits.xml"] = (200, "application/rss+xml", rss([
            {"title": "زيارة إلى موسكو", "link": f"{base}/visit", "date": "Thu, 12 Jan 2017 10:00:00 +0100"}]).encode())
        items = list(read([warc, f"{base}/visits.xml"], fetch=FetchSettings(timeout=2, trust_env=False)))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) == 2, items
    with Store(tmp_path / "rasd.db") as store:
        report = store.ingest([d.to_document() for d in docs], small_pipeline)
        assert (report.new, report.failed) == (2, 0), store.failures()
        stored = {d: store.document(d) for d in ("https://news.example/m/1", f"{base}/visit")}
        assert stored[f"{base}/visit"].published == date(2017, 1, 12).isoformat()
        assert report.events >= 1
        assert store.verify() == []
        again = store.ingest([d.to_document() for d in docs], small_pipeline)
        assert (again.new, again.duplicate) == (0, 2)
