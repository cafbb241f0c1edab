"""The article of a web page: its main text and its metadata (title, date, author, site), found by
trafilatura offline, and the page's <meta> fields for the publication-date cascade."""
from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from rasd.errors import InputError

_MIN_TEXT = 25  # characters: less than this is no article
_META = re.compile(r"<meta\s[^>]*>", re.I)
_ATTR = re.compile(r"""([a-zA-Z:_.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_LDJSON = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)
_LD_KEYS = ("datePublished", "dateCreated", "dateModified", "headline", "author", "publisher")


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return any(m in head for m in ("<!doctype html", "<html", "<body", "<head>", "<head "))


def meta_fields(html: str) -> dict[str, Any]:
    """The page's <meta name|property|itemprop=… content=…> fields and JSON-LD dates, lower-cased keys."""
    out: dict[str, Any] = {}
    for tag in _META.findall(html[:200_000]):
        attrs = {k.lower(): (a or b or c) for k, a, b, c in _ATTR.findall(tag)}
        name = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if name and "content" in attrs and name.lower() not in out:
            out[name.lower()] = attrs["content"].strip()
    for block in _LDJSON.findall(html[:500_000]):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                for k in _LD_KEYS:
                    v = item.get(k)
                    if isinstance(v, str) and k.lower() not in out:
                        out[k.lower()] = v
    return out


def extract(html: str, source: str, url: str | None = None) -> dict[str, Any]:
    """Text and metadata of a page: {text, title, published, author, outlet, url, html_meta}.

    Raises InputError when the page holds no article text (empty, truncated or malformed page).
    """
    import trafilatura

    truncated = "</html" not in html[-4096:].lower() and "</body" not in html[-8192:].lower()
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=True, deduplicate=False)
    except (ValueError, TypeError, AttributeError) as exc:  # what lxml/trafilatura raise on bad trees
        raise InputError(source, f"malformed HTML ({exc.__class__.__name__}: {exc})") from None
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text) < _MIN_TEXT:
        what = "truncated HTML" if truncated else "HTML"
        raise InputError(source, f"{what}: no article text found")
    meta = meta_fields(html)
    title = (doc.title or "").strip() or None
    if title and title not in text[: len(title) + 400]:
        text = title + "\n" + text
    elif title and text.startswith(title) and text[len(title):len(title) + 1] not in ("", "\n"):
        text = title + "\n" + text[len(title):].lstrip()  # the extractor ran the headline into the body
    found = _iso_date(doc.date)
    if doc.date:
        meta.setdefault("date", doc.date)
    for k in ("author", "sitename", "description"):
        v = getattr(doc, k, None)
        if v:
            meta.setdefault(f"trafilatura:{k}", v)
    if truncated:
        meta["rasd:truncated"] = True
    return {"text": text, "title": title, "published": found, "author": doc.author,
            "outlet": doc.sitename or doc.hostname or None, "url": doc.url or url, "html_meta": meta}


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
