"""The ingest fixtures, written by the rasd team: `python tests/ingest/fixtures_src.py` rewrites
tests/fixtures/ingest/ and tests/fixtures/bad/ (WARC record ids and dates change at each run).

The Arabic sentences are our own; they restate no article.
"""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"

ARTICLE = (
    "وزير الخارجية الجزائري يستقبل نظيره التونسي في العاصمة\n"
    "استقبل وزير الخارجية الجزائري، أمس الثلاثاء، نظيره التونسي في مقر الوزارة بالجزائر العاصمة، "
    "وبحث الجانبان سبل تعزيز التعاون الثنائي في مجالات الطاقة والنقل والتجارة.\n"
    "وأكد الوزيران في مؤتمر صحفي مشترك حرص البلدين على تنسيق المواقف إزاء الأوضاع في المنطقة، "
    "ودعوا إلى حل سياسي للأزمات عبر الحوار.\n"
)
ARTICLE2 = (
    "البرلمان يصادق على قانون المالية للسنة المقبلة\n"
    "صادق مجلس نواب الشعب مساء اليوم على مشروع قانون المالية بأغلبية مريحة، بعد نقاش دام ثلاثة أيام "
    "تناول خلاله النواب الضرائب الجديدة ودعم المواد الأساسية.\n"
)
FRENCH = ("Le ministre des affaires étrangères a reçu hier son homologue à Alger pour discuter de la "
          "coopération entre les deux pays dans les domaines de l'énergie et du commerce.\n")
ENGLISH = ("The foreign minister received his counterpart in Algiers yesterday to discuss cooperation "
           "in energy, transport and trade between the two countries.\n")


def page(title: str, body: str, *, date: str = "2021-03-16", extra_head: str = "") -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in body.strip().split("\n")[1:])
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | أخبار المغرب</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T09:30:00+01:00">
<meta name="author" content="قسم الأخبار">
<meta property="og:site_name" content="أخبار المغرب">
{extra_head}</head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<main><article>
<h1>{title}</h1>
<time datetime="{date}">{date}</time>
{paras}</article>
<aside><h3>أخبار ذات صلة</h3><ul><li><a href="/x">عنوان خبر آخر</a></li></ul></aside>
</main>
<footer><p>جميع الحقوق محفوظة © 2021 أخبار المغرب</p></footer>
</body></html>
"""


def rss(items: list[dict], title: str = "أخبار المغرب") -> str:
    out = []
    for it in items:
        content = (f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>"
                   if it.get("content") else "")
        out.append(f"""<item><title>{it['title']}</title><link>{it['link']}</link>
<guid>{it['link']}</guid><pubDate>{it['date']}</pubDate>
<description>{it.get('summary', '')}</description>{content}</item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>{title}</title><link>https://news.example/</link><description>آخر الأخبار</description>
{''.join(out)}
</channel></rss>
"""


def full_content(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.strip().split("\n")[1:])


def atom() -> str:
    body = full_content(ARTICLE2)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>البرلمان اليوم</title><id>urn:rasd:atom</id>
<updated>2021-12-10T18:00:00Z</updated>
<entry><title>البرلمان يصادق على قانون المالية للسنة المقبلة</title><id>urn:rasd:atom:1</id>
<link href="https://news.example/parliament/1"/><updated>2021-12-10T18:00:00Z</updated>
<published>2021-12-10T18:00:00Z</published>
<content type="html"><![CDATA[{body}]]></content></entry>
</feed>
"""


def warc_bytes(records: list[tuple[str, str, bytes, int]], gz: bool) -> bytes:
    """A WARC of response records (uri, content type, body, HTTP status) plus one request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, ctype, body, status in records:
        req = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        headers = StatusAndHeaders(f"{status} {'OK' if status == 200 else 'Error'}",
                                   [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def files() -> dict[str, bytes]:
    title = ARTICLE.split("\n")[0]
    good = {
        "ingest/article-utf8.txt": ARTICLE.encode("utf-8"),
        "ingest/article-utf8-bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        "ingest/article-utf16.txt": ARTICLE.encode("utf-16"),
        "ingest/article-utf16le-nobom.txt": ARTICLE.encode("utf-16-le"),
        "ingest/article-cp1256.txt": ARTICLE.encode("cp1256"),
        "ingest/crlf/article-crlf.txt": ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        "ingest/page.html": page(title, ARTICLE).encode("utf-8"),
        "ingest/page-cp1256.htm": page(title, ARTICLE).replace('charset="utf-8"', 'charset="windows-1256"')
        .encode("cp1256"),
        "ingest/feed.xml": rss([{"title": title, "link": "https://news.example/dz/1",
                                 "date": "Tue, 16 Mar 2021 09:30:00 +0100", "summary": "استقبل الوزير نظيره",
                                 "content": full_content(ARTICLE)}]).encode("utf-8"),
        "ingest/atom.atom": atom().encode("utf-8"),
        "ingest/docs.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
            {"id": "dz-1", "text": ARTICLE, "published": "2021-03-16", "title": title,
             "url": "https://news.example/dz/1"},
            {"docno": "TN-2", "text": ARTICLE2, "time": "2021-12-10T18:00:00+01:00", "src": "البرلمان اليوم"},
        ]).encode("utf-8"),
        "ingest/docs.jsonl.gz": gzip.compress(json.dumps({"id": "gz-1", "text": ARTICLE2},
                                                         ensure_ascii=False).encode("utf-8") + b"\n", mtime=0),
        "ingest/french.txt": FRENCH.encode("utf-8"),
        "ingest/crawl.warc.gz": warc_bytes([
            ("https://news.example/dz/1", "text/html; charset=utf-8", page(title, ARTICLE).encode("utf-8"), 200),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, 200),
        ], gz=True),
    }
    broken_utf8 = ARTICLE.encode("utf-8")
    broken_utf8 = broken_utf8[:40] + b"\xff\xfe" + broken_utf8[40:81] + b"\xc3" + broken_utf8[81:]
    truncated_warc = warc_bytes([("https://news.example/dz/1", "text/html", page(title, ARTICLE).encode(), 200),
                                 ("https://news.example/dz/2", "text/html", page(title, ARTICLE).encode(), 200)],
                                gz=True)
    bad = {
        "bad/empty.txt": b"",
        "bad/blank.txt": b"  \n\t\n   \n",
        "bad/image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "bad/zeros.dat": b"abc\x00\x00\x01\x02\x00def\x00" * 20,
        "bad/truncated.html": b'<!DOCTYPE html>\n<html lang="ar"><head><meta charset="utf-8"><title>\xd8\xae\xd8\xa8\xd8\xb1',
        "bad/malformed.html": b"<html><body><div><<<>>></p></span><table><tr><td></div></body",
        "bad/invalid-utf8.txt": broken_utf8,
        "bad/oversize.txt": (ARTICLE * 40).encode("utf-8"),  # read with max_bytes=4096 in the tests
        "bad/english.txt": ENGLISH.encode("utf-8"),
        "bad/lines.jsonl": "\n".join([
            '{"id": "ok-1", "text": ' + json.dumps(ARTICLE, ensure_ascii=False) + "}",
            "this line is not JSON",
            '["a", "list", "is", "not", "a", "document"]',
            '{"id": "no-text", "title": "عنوان بلا نص"}',
            '{"id": "empty-text", "text": "   "}',
            '{"id": "cut", "text": "بداية',
        ]).encode("utf-8") + b"\n",
        "bad/not-html.warc": warc_bytes([("https://news.example/data.json", "application/json", b'{"a": 1}', 200),
                                         ("https://news.example/gone", "text/html", b"<html></html>", 404)],
                                        gz=False),
        "bad/truncated.warc.gz": truncated_warc[: len(truncated_warc) * 3 // 4],  # inside record 2's page
        "bad/feed-empty.xml": b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
    }
    return {**good, **bad}


def main() -> None:
    for rel, data in files().items():
        path = FIXTURES / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


if __name__ == "__main__":
    main()
