"""What the readers yield: a document to code, or a failure to report."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rasd.model import Document


def with_headline(text: str, title: str | None) -> str:
    """The article as rasd reads it: its headline, a blank line, then its text — unless the text
    already opens with the headline (JSON lines records and gold files give it apart)."""
    if title and not text.lstrip().startswith(title.strip()):
        return title.strip() + "\n\n" + text
    return text


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as read from its input, before any stage ran.

    ``text`` is the article as lines (for HTML: the headline, then the main text found by the
    extractor); ``published_source`` says where ``published`` came from ("input", "html-meta",
    "feed", "warc"), ``html_meta`` holds the page's metadata fields for the publication-date cascade.
    """

    id: str
    text: str
    published: date | None = None
    published_source: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    html_meta: dict[str, Any] = field(default_factory=dict)
    input: str = ""  # the input it came from (a path, "path:line", "path#uri", a URL or "-")
    language: str | None = None
    # paragraphs left out because they are in another language: (paragraph index, language code)
    skipped_paragraphs: tuple[tuple[int, str], ...] = ()

    def to_document(self) -> Document:
        """The pipeline's document for this article."""
        doc = Document(id=self.id, raw=self.text, published=self.published,
                       published_source=self.published_source, title=self.title, url=self.url)
        if self.html_meta:
            doc.cache["html_meta"] = dict(self.html_meta)
        if self.outlet:
            doc.cache["outlet"] = self.outlet
        return doc


@dataclass(frozen=True, slots=True)
class Failure:
    """An input, or one record of it, that gave no document, and why (one line)."""

    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"
