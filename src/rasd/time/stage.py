"""The time stage: publication date and date expressions of a :class:`~rasd.model.Document`."""
from __future__ import annotations

from typing import Mapping

from rasd.model import Document
from rasd.text.normalize import normalize
from rasd.time.publication import publication_date
from rasd.time.resolve import find_dates_in

REQUIRES = ("clean",)  # Document.text (and Document.norm when the text stage made it)
PROVIDES = "dates"


def add_dates(doc: Document, html_meta: Mapping[str, object] | None = None) -> Document:
    """Set the publication date (unless given) and ``doc.dates``; return the document.

    The dateline is looked for in ``doc.raw`` (the header a cleaner may drop is evidence too);
    the date expressions are found in ``doc.text``, with offsets into it.
    """
    published, step = publication_date(doc.raw or doc.text, doc.published, html_meta)
    doc.published, doc.published_source = published, step
    norm = doc.norm if doc.norm is not None else normalize(doc.text)
    doc.dates = find_dates_in(doc.text, norm, published)
    doc.done.add(PROVIDES)
    return doc
