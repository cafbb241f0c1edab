"""Time: the date each event happened.

- :func:`find_dates` — every date expression of a text, resolved against the publication date;
- :func:`publication_date` — the publication date from the best evidence, and which step gave it;
- :func:`attach_date` — the date of one event from the dates of its clause.

The vocabulary is ``data/ar/dates.yaml``; the grammar is :mod:`rasd.time.grammar`.
"""
from rasd.time.lexicon import DateLexicon, DateLexiconError, load_lexicon
from rasd.time.publication import attach_date, publication_date
from rasd.time.resolve import NO_PUBLICATION, find_dates, find_dates_in

__all__ = ["DateLexicon", "DateLexiconError", "NO_PUBLICATION", "attach_date", "find_dates",
           "find_dates_in", "load_lexicon", "publication_date"]
