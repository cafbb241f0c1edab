"""RSS and Atom feeds (feedparser, given bytes: it never fetches anything itself)."""
from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass
from datetime import date

from rasd.errors import InputError

_BLOCK_END = re.compile(r"<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*>", re.I)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class FeedItem:
    key: str  # the item's id or link, for naming it in a failure
    title: str | None
    link: str | None
    content: str  # its text (full content when the feed carries it, else the summary)
    published: date | None


def parse_feed(data: bytes, source: str) -> tuple[str | None, list[FeedItem]]:
    """The feed's title and its items; InputError when it is no feed or has no item."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            raise InputError(source, f"feed: malformed ({parsed.bozo_exception})")
        raise InputError(source, "feed: no items")
    items = []
    for i, e in enumerate(parsed.entries):
        bodies = [c.get("value", "") for c in e.get("content", []) or []] + [e.get("summary", "") or ""]
        content = max((fragment_text(b) for b in bodies), key=len, default="")
        when = e.get("published_parsed") or e.get("updated_parsed")
        published = date(when.tm_year, when.tm_mon, when.tm_mday) if when else None
        link = e.get("link") or None
        items.append(FeedItem(str(e.get("id") or link or i), (e.get("title") or "").strip() or None,
                              link, content, published))
    return (parsed.feed.get("title") or None), items


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, a line per block."""
    text = _TAG.sub("", _BLOCK_END.sub("\n", fragment))
    lines = (" ".join(htmllib.unescape(line).split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
