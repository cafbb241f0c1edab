"""Ingest: read what users hold — text files in any common encoding, web pages, URLs, feeds, web
archives, JSON lines, directories, standard input — as :class:`RawDocument` records, and say for
every input that gives no document why, as a :class:`Failure`.

    >>> for item in read(["page.html", "feed.xml", "crawl.warc.gz", "docs.jsonl", "-"]):
    ...     if isinstance(item, Failure): ...
"""
from rasd.ingest.fetch import FetchSettings
from rasd.ingest.reader import MAX_BYTES, ReadOptions, read, read_file
from rasd.ingest.records import Failure, RawDocument

__all__ = ["FetchSettings", "Failure", "MAX_BYTES", "RawDocument", "ReadOptions", "read", "read_file"]
