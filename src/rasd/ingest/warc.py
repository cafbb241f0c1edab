"""Web archives (WARC, WARC.gz): the HTML responses they hold, one record at a time."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from rasd.errors import InputError

HTML_TYPES = {"text/html", "application/xhtml+xml"}


@dataclass(frozen=True, slots=True)
class WarcPage:
    uri: str
    status: str | None
    media: str  # media type of the payload, lower case ("" when none was given)
    charset: str | None
    body: bytes | None  # None when over the size cap
    warc_date: str | None
    truncated: bool = False  # the archive ends inside this record


def warc_records(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[WarcPage]:
    """Every response and resource record of an archive (requests, metadata, warcinfo are skipped).

    Raises InputError when the archive is truncated or malformed (after yielding the good records).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for rec in ArchiveIterator(stream, arc2warc=True):
            if rec.rec_type not in ("response", "resource"):
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI") or "?"
            status = None
            ctype = rec.rec_headers.get_header("Content-Type") or ""
            if rec.rec_type == "response" and rec.http_headers is not None:
                status = rec.http_headers.get_statuscode()
                ctype = rec.http_headers.get_header("Content-Type") or ""
            media = ctype.split(";")[0].strip().lower()
            charset = None
            for part in ctype.split(";")[1:]:
                k, _, v = part.partition("=")
                if k.strip().lower() == "charset":
                    charset = v.strip().strip("\"'") or None
            body = None
            if media in HTML_TYPES and (status is None or status.startswith("2")):
                body = rec.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    body = None
            while rec.raw_stream.read(1 << 16):  # the rest of the record, to see that it is whole
                pass
            truncated = getattr(rec.raw_stream, "limit", 0) > 0
            yield WarcPage(uri, status, media, charset, body, rec.rec_headers.get_header("WARC-Date"),
                           truncated)
    except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError, KeyError, AttributeError,
            TypeError) as exc:  # AttributeError/TypeError: warcio on a record cut inside its headers
        raise InputError(source, f"warc: truncated or malformed ({exc.__class__.__name__}: {exc})") from None
