"""Time: the date each event happened.

- :func:`find_dates` — every date expression of a text, resolved against the publication date;
- :func:`publication_date` — the publication date from the best evidence, and which step gave it;
- :func:`add_dates` — the pipeline stage: both of the first two on a Document.

The date of each event is attached by the event stage (``rasd.events.dates._attach_date``).

The vocabulary is ``data/ar/dates.yaml``; the grammar is :mod:`rasd.time.grammar`.
"""
from rasd.time.lexicon import DateLexicon, DateLexiconError, load_lexicon
from rasd.time.publication import publication_date
from rasd.time.resolve import NO_PUBLICATION, find_dates, find_dates_in
from rasd.time.stage import add_dates

__all__ = ["DateLexicon", "add_dates", "DateLexiconError", "NO_PUBLICATION", "find_dates",
           "find_dates_in", "load_lexicon", "publication_date"]
