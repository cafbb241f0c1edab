"""A real HTTP server on 127.0.0.1 for the ingest tests: pages, a feed, redirects, errors, a slow
page and a large one (http.server in a thread; it stops when the block ends)."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

from fixtures_src import ARTICLE, ARTICLE2, page, rss

HEADLINE = ARTICLE.split("\n")[0]
HEADLINE2 = ARTICLE2.split("\n")[0]


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path.startswith("/redirect-loop"):
            self.send_response(302)
            self.send_header("Location", "/redirect-loop")
            self.end_headers()
            return
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article/1")
            self.end_headers()
            return
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):  # quiet
        pass


@contextmanager
def serve() -> Iterator[str]:
    """Serve the pages and the feed on 127.0.0.1 (a free port); yields the base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    Handler.routes = {
        "/article/1": (200, "text/html; charset=utf-8", page(HEADLINE, ARTICLE).encode()),
        "/article/2": (200, "text/html; charset=windows-1256", page(HEADLINE2, ARTICLE2, date="2021-12-10")
                       .replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256")),
        "/plain": (200, "text/plain; charset=utf-8", ARTICLE.encode()),
        "/error": (500, "text/plain", b"boom"),
        "/slow": (200, "text/plain; charset=utf-8", ARTICLE.encode()),
        "/big": (200, "text/plain; charset=utf-8", ARTICLE.encode() * 200),
        "/feed.xml": (200, "application/rss+xml", rss([
            {"title": HEADLINE, "link": f"{base}/article/1", "date": "Tue, 16 Mar 2021 09:30:00 +0100",
             "summary": "استقبل الوزير نظيره"},
            {"title": HEADLINE2, "link": f"{base}/article/2", "date": "Fri, 10 Dec 2021 18:00:00 +0100",
             "summary": ""},
            {"title": "خبر حذف", "link": f"{base}/deleted", "date": "Fri, 10 Dec 2021 19:00:00 +0100",
             "summary": ""},
            {"title": "خبر بملخص فقط", "link": f"{base}/error", "date": "Fri, 10 Dec 2021 20:00:00 +0100",
             "summary": "أعلنت الحكومة اليوم عن خطة جديدة لدعم الفلاحين في المناطق الداخلية."},
        ]).encode()),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()
