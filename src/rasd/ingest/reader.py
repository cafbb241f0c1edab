"""``read()``: every kind of input a user holds, as documents to code or failures to report.

Inputs: text files (UTF-8, UTF-16, Windows-1256 …), HTML pages, URLs, RSS/Atom feeds (file or
URL), WARC and WARC.gz archives, JSON lines (also gzipped), directories (recursive, with glob
patterns) and standard input (``-``). Every input — or record of an input — gives either a
:class:`RawDocument` or a :class:`Failure` naming it and the reason, and the iteration goes on.

Size cap: a single document (a file, a page, a feed, a JSON line, a WARC record) over
``max_bytes`` is a failure; JSON lines and WARC files are streamed, so the file itself may be larger.
Language: documents not in ``languages`` are failures with reason ``language:xx``.
"""
from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zlib
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from rasd.dates_util import parse_day
from rasd.errors import InputError
from rasd.ingest.decode import decode, gunzip
from rasd.ingest.feeds import FeedItem, parse_feed
from rasd.ingest.fetch import Fetcher, FetchSettings
from rasd.ingest.html import extract, looks_like_html
from rasd.ingest.lang import language

_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
_PARAGRAPH_MIN_LETTERS = 30
from rasd.ingest.records import Failure, RawDocument, with_headline
from rasd.ingest.warc import HTML_TYPES, warc_records

MAX_BYTES = 5_000_000
FULL_CONTENT = 400  # characters: a feed item carrying this much text is used without fetching its link
Item = RawDocument | Failure

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json"}
_JSONL_TYPES = {"application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/json"}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    max_bytes: int = MAX_BYTES
    languages: frozenset[str] = frozenset({"ar"})
    fetch_links: bool = True  # fetch a feed item's link when the feed carries only a summary
    fetch: FetchSettings = FetchSettings()


def read(inputs: Iterable[str | Path], *, glob: str | Iterable[str] | None = None,
         max_bytes: int = MAX_BYTES, languages: Iterable[str] = ("ar",), fetch_links: bool = True,
         fetch: FetchSettings | None = None, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Documents and failures from ``inputs`` (paths, directories, URLs, ``-`` for stdin).

    ``glob`` filters the files found in directories (``"*.html"``, or several patterns), matched
    against the file's path relative to the directory and against its name.
    """
    opts = ReadOptions(max_bytes, frozenset(languages), fetch_links, fetch or FetchSettings())
    reader = _Reader(opts, [glob] if isinstance(glob, str) else list(glob or []), stdin)
    try:
        for item in inputs:
            yield from reader.one(item)
    finally:
        reader.close()


def read_file(path: str | Path, **kwargs) -> RawDocument:
    """The one document of a file or URL; raises InputError naming it and the reason otherwise."""
    for item in read([path], **kwargs):
        if isinstance(item, Failure):
            raise InputError(item.input, item.reason)
        return item
    raise InputError(str(path), "no document")


class _Reader:
    def __init__(self, opts: ReadOptions, globs: list[str], stdin: BinaryIO | None):
        self.opts, self.globs, self.stdin = opts, globs, stdin
        self._fetcher: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.opts.fetch)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    # -- dispatch -------------------------------------------------------------------------------

    def one(self, item: str | Path) -> Iterator[Item]:
        name = str(item)
        if name == "-":
            yield from _guard(name, lambda: self._stdin())
        elif isinstance(item, str) and item.lower().startswith(("http://", "https://")):
            yield from _guard(name, lambda: self._url(item))
        else:
            path = Path(item)
            if path.is_dir():
                for f in self._walk(path):
                    rel = f.relative_to(path).as_posix()
                    yield from _guard(str(f), lambda f=f, rel=rel: self._file(f, rel))
            elif path.is_file():
                yield from _guard(name, lambda: self._file(path, path.name))
            elif path.exists():
                yield Failure(name, "not a regular file")
            else:
                yield Failure(name, "no such file, directory or URL")

    def _walk(self, root: Path) -> Iterator[Path]:
        for p in sorted(root.rglob("*")):
            rel = p.relative_to(root)
            if any(part.startswith(".") for part in rel.parts) or not p.is_file():
                continue
            if self.globs and not any(fnmatch(rel.as_posix(), g) or fnmatch(p.name, g) for g in self.globs):
                continue
            yield p

    def _stdin(self) -> Iterator[Item]:
        stream = self.stdin or sys.stdin.buffer
        data = stream.read(self.opts.max_bytes + 1)
        if len(data) > self.opts.max_bytes:
            raise InputError("-", f"too large: over {self.opts.max_bytes} bytes")
        yield from self._bytes(data, "-", doc_id="stdin")

    def _url(self, url: str) -> Iterator[Item]:
        got = self.fetcher.get(url, self.opts.max_bytes)
        yield from self._bytes(got.content, url, doc_id=url, media=got.content_type, url=got.url,
                               charset=got.charset)

    def _file(self, path: Path, doc_id: str) -> Iterator[Item]:
        name = str(path)
        suffixes = [s.lower() for s in path.suffixes[-2:]]
        if suffixes[-1:] == [".gz"]:
            suffixes = suffixes[:-1]
        kind = suffixes[-1] if suffixes else ""
        if kind in (".warc", ".arc"):
            with open(path, "rb") as f:
                yield from self._warc(f, name)
            return
        if kind in _JSONL_SUFFIXES:
            yield from self._jsonl_file(path, name)
            return
        size = path.stat().st_size
        if size > self.opts.max_bytes and path.suffix.lower() != ".gz":
            raise InputError(name, f"too large: {size} bytes > {self.opts.max_bytes}")
        data = path.read_bytes() if size <= 64 * self.opts.max_bytes else b""
        if path.suffix.lower() == ".gz" and size > self.opts.max_bytes and data[:2] != b"\x1f\x8b":
            raise InputError(name, f"too large: {size} bytes > {self.opts.max_bytes}")
        yield from self._bytes(data, name, doc_id=doc_id, suffix=kind)

    # -- content --------------------------------------------------------------------------------

    def _bytes(self, data: bytes, name: str, *, doc_id: str, suffix: str = "", media: str = "",
               url: str | None = None, charset: str | None = None) -> Iterator[Item]:
        if data[:2] == b"\x1f\x8b":
            if data[:2] == b"\x1f\x8b" and _gz_is_warc(data):
                yield from self._warc(io.BytesIO(data), name)
                return
            data = gunzip(data, name, self.opts.max_bytes)
        if data.lstrip()[:5] == b"WARC/":
            yield from self._warc(io.BytesIO(data), name)
            return
        if len(data) > self.opts.max_bytes:
            raise InputError(name, f"too large: {len(data)} bytes > {self.opts.max_bytes}")
        text, _enc = _decode_with(data, name, charset)
        head = text[:2048].lstrip().lower()
        if media in _FEED_TYPES or suffix in _FEED_SUFFIXES or _looks_like_feed(head):
            if _looks_like_feed(head) or (media in _FEED_TYPES and not looks_like_html(text)):
                yield from self._feed(data, name)
                return
        if media in HTML_TYPES or suffix in _HTML_SUFFIXES or looks_like_html(text):
            yield self._accept(self._html(text, name, doc_id, url))
            return
        if media in _JSONL_TYPES or suffix in _JSONL_SUFFIXES or _looks_like_jsonl(text):
            yield from self._jsonl(io.StringIO(text), name)
            return
        if not text.strip():
            raise InputError(name, "empty")
        yield self._accept(RawDocument(id=doc_id, text=text, url=url, input=name))

    def _html(self, html: str, name: str, doc_id: str, url: str | None) -> RawDocument:
        page = extract(html, name, url)
        published = page["published"]
        return RawDocument(id=doc_id, text=page["text"], published=published,
                           published_source="html-meta" if published else None, title=page["title"],
                           url=page["url"], outlet=page["outlet"], html_meta=page["html_meta"], input=name)

    def _feed(self, data: bytes, name: str) -> Iterator[Item]:
        outlet, items = parse_feed(data, name)
        for item in items:
            yield from _guard(f"{name}#{item.key}", lambda item=item: self._feed_item(item, name, outlet))

    def _feed_item(self, item: FeedItem, name: str, outlet: str | None) -> Iterator[Item]:
        key = f"{name}#{item.key}"
        fetchable = bool(item.link) and item.link.lower().startswith(("http://", "https://"))
        doc: RawDocument | None = None
        if len(item.content) < FULL_CONTENT and fetchable and self.opts.fetch_links:
            try:
                got = self.fetcher.get(item.link, self.opts.max_bytes)
                text, _ = _decode_with(got.content, item.link, got.charset)
                doc = self._html(text, item.link, item.link, got.url)
            except InputError as exc:
                if not item.content:
                    yield Failure(exc.source, exc.reason)
                    return
                doc = None
        if doc is None:
            if not item.content:
                raise InputError(key, "feed item: no content and no link to fetch")
            text = item.content
            if item.title and not text.startswith(item.title):
                text = item.title + "\n" + text
            doc = RawDocument(id=item.link or item.key, text=text, title=item.title, url=item.link,
                              html_meta={"rasd:content": "feed"}, input=key)
        if item.published is not None:
            doc = replace(doc, published=item.published, published_source="feed")
        doc = replace(doc, title=doc.title or item.title, outlet=doc.outlet or outlet)
        yield self._accept(doc)

    def _warc(self, stream: BinaryIO, name: str) -> Iterator[Item]:
        seen = 0
        for page in warc_records(stream, name, self.opts.max_bytes):
            seen += 1
            key = f"{name}#{page.uri}"
            if page.truncated:
                yield Failure(key, "warc: truncated record (the archive ends inside it)")
            elif page.status is not None and not page.status.startswith("2"):
                yield Failure(key, f"warc: HTTP {page.status}")
            elif page.media not in HTML_TYPES:
                yield Failure(key, f"warc: not HTML ({page.media or 'no content type'})")
            elif page.body is None:
                yield Failure(key, f"too large: over {self.opts.max_bytes} bytes")
            else:
                def one(page=page, key=key):
                    text, _ = _decode_with(page.body, key, page.charset)
                    doc = self._html(text, key, page.uri, page.uri)
                    meta = dict(doc.html_meta, **{"warc-date": page.warc_date} if page.warc_date else {})
                    yield self._accept(replace(doc, html_meta=meta))
                yield from _guard(key, one)
        if not seen:
            yield Failure(name, "warc: no response record")

    def _jsonl_file(self, path: Path, name: str) -> Iterator[Item]:
        opener: Callable[[], BinaryIO] = (lambda: gzip.open(path, "rb")) if path.suffix.lower() == ".gz" \
            else (lambda: open(path, "rb"))
        with opener() as f:
            try:
                yield from self._jsonl(f, name)
            except (OSError, EOFError, zlib.error) as exc:  # gzip corrupt or cut short
                yield Failure(name, f"corrupt or truncated gzip ({exc})")

    def _jsonl(self, lines: Iterable[bytes | str], name: str) -> Iterator[Item]:
        stem = Path(name).name.split(".")[0] or "line"
        for n, line in enumerate(lines, 1):
            key = f"{name}:{n}"
            if isinstance(line, bytes):
                if len(line) > self.opts.max_bytes:
                    yield Failure(key, f"too large: {len(line)} bytes > {self.opts.max_bytes}")
                    continue
                try:
                    line = line.decode("utf-8-sig" if n == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield Failure(key, f"invalid UTF-8 at byte {exc.start}")
                    continue
            if not line.strip():
                continue
            yield _jsonl_record(line, key, f"{stem}:{n}", self._accept)

    def _accept(self, doc: RawDocument) -> Item:
        lang = language(doc.text)
        if lang not in self.opts.languages:
            return Failure(doc.input or doc.id, f"language:{lang}")
        text, skipped = self._keep_paragraphs(doc.text)
        return replace(doc, language=lang, text=text, skipped_paragraphs=skipped)

    def _keep_paragraphs(self, text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
        """Drop the paragraphs of a kept document that are in another language (a French or
        English paragraph in an Arabic article), saying which and why. Paragraphs mostly in
        Arabic script, and short ones, are kept without asking the model."""
        lines = text.split("\n")
        kept, skipped = [], []
        for i, line in enumerate(lines):
            letters = len(_LETTER.findall(line))
            if letters >= _PARAGRAPH_MIN_LETTERS and len(_ARABIC_LETTER.findall(line)) < letters / 2:
                lang = language(line)
                if lang not in self.opts.languages and lang != "und":
                    skipped.append((i, lang))
                    continue
            kept.append(line)
        if not skipped:
            return text, ()
        return "\n".join(kept), tuple(skipped)


def _jsonl_record(line: str, key: str, default_id: str, accept: Callable[[RawDocument], Item]) -> Item:
    try:
        rec = json.loads(line)
    except ValueError as exc:
        return Failure(key, f"not JSON ({getattr(exc, 'msg', exc)})")
    if not isinstance(rec, dict):
        return Failure(key, f"not a JSON object ({type(rec).__name__})")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return Failure(key, "no text")
    raw_id = rec.get("id", rec.get("docno"))
    doc_id = str(raw_id) if raw_id not in (None, "") else default_id
    meta = {}
    published = None
    when = next((rec[k] for k in ("published", "time", "date") if rec.get(k) not in (None, "")), None)
    if when:
        published = parse_day(when)
        if published is None:
            meta["published_raw"] = str(when)
    outlet = rec.get("outlet") or rec.get("src") or rec.get("source")
    title = _str(rec.get("title"))
    text = with_headline(text, title)  # the headline is part of the article (as in rasd eval)
    return accept(RawDocument(id=doc_id, text=text, published=published,
                              published_source="input" if published else None,
                              title=title, url=_str(rec.get("url")),
                              outlet=_str(outlet), html_meta=meta, input=key))


def _str(v) -> str | None:
    return v if isinstance(v, str) and v.strip() else None


def _decode_with(data: bytes, name: str, charset: str | None) -> tuple[str, str]:
    if charset:
        try:
            text = data.decode(charset)
            if text.strip():
                return text, charset
        except (UnicodeDecodeError, LookupError):
            pass
    return decode(data, name)


def _gz_is_warc(data: bytes) -> bool:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            return f.read(16).lstrip()[:5] == b"WARC/"
    except (OSError, EOFError, zlib.error):
        return False


def _looks_like_feed(head: str) -> bool:
    return any(m in head[:1024] for m in ("<rss", "<feed", "<rdf:rdf"))


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    if first != "{":
        return False
    line = text.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _guard(name: str, make: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """The items of one input; its failure, if it fails, as one Failure — and never an exception."""
    try:
        yield from make()
    except InputError as exc:
        yield Failure(exc.source, exc.reason)
    except RecursionError:
        yield Failure(name, "too deeply nested to read")
    except Exception as exc:  # noqa: BLE001 - a library's crash on one input must not stop the batch
        yield Failure(name, f"could not be read ({exc.__class__.__name__}: {exc})")
