"""rasd (رصد): political event data from Arabic news.

    >>> import rasd
    >>> events = rasd.code("التقى وزير الخارجية الروسي سيرغي لافروف أمس في موسكو نظيره الليبي.",
    ...                    published="2020-06-04")
    >>> events[0].to_record()["cameo"]
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from rasd.model import Document, Event
from rasd.pipeline import Pipeline

__all__ = ["Document", "Event", "Pipeline", "code", "default_pipeline"]
__version__ = "0.1.0"


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The shipped pipeline, built on first use (language data loaded once)."""
    return Pipeline.default()


def code(text: str, published: date | str | None = None, doc_id: str = "doc") -> list[Event]:
    """Code one Arabic text into events."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return default_pipeline().code(text, published, doc_id)
