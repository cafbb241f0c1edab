"""The pipeline: stages over one document, built once and reused for many documents.

Each stage is a callable ``stage(doc) -> doc`` with a ``name``, the names it ``requires`` and the
names it ``provides``. :class:`Pipeline` checks at build time that every requirement is provided
by an earlier stage and fails naming the stage and what it lacks.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Protocol, Sequence

from rasd.errors import PipelineError
from rasd.model import Document, Event
from rasd.text.normalize import normalize
from rasd.text.segment import segment


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class CleanStage:
    """Drop the clutter of scraped pages; keep a map back to the raw text. With ``enabled=False``
    the text is taken as it is (input known to be clean, e.g. single sentences)."""

    name = "clean"
    requires = ("raw",)
    provides = ("text",)

    def __init__(self, enabled: bool = True):
        self.enabled = enabled

    def __call__(self, doc: Document) -> Document:
        from rasd.text.clean import clean

        if not self.enabled:
            doc.text, doc.origin = doc.raw, None
            return doc

        result = clean(doc.raw)
        doc.text = result.text
        doc.origin = list(result.origin)
        doc.dropped_lines = list(result.dropped)
        doc.cache["header_dates"] = list(getattr(result, "header_dates", []) or [])
        return doc


class NormalizeStage:
    """The matching form of the cleaned text (the text itself is never changed)."""

    name = "normalize"
    requires = ("text",)
    provides = ("norm",)

    def __call__(self, doc: Document) -> Document:
        doc.norm = normalize(doc.text)
        return doc


class SegmentStage:
    """Sentences and tokens."""

    name = "segment"
    requires = ("norm",)
    provides = ("segment",)

    def __call__(self, doc: Document) -> Document:
        doc.sentences, doc.tokens = segment(doc.text, doc.norm)
        doc.cache.pop("stream", None)
        return doc


class DateStage:
    """The publication date (cascade) and every date expression of the text."""

    name = "dates"
    requires = ("norm",)
    provides = ("dates",)

    def __call__(self, doc: Document) -> Document:
        from rasd.time import find_dates_in, publication_date

        if doc.published is None:
            header = "\n".join(doc.cache.get("header_dates", []))
            found, source = publication_date(header + "\n" + doc.text if header else doc.text,
                                             None, doc.cache.get("html_meta"))
            doc.published, doc.published_source = found, source  # with no date, the reason (unknown, rejected)
        elif doc.published_source is None:
            doc.published_source = "input"
        doc.dates = find_dates_in(doc.text, doc.norm, doc.published)
        return doc


class PlaceStage:
    """Place mentions, and the function that gives an event its place."""

    name = "places"
    requires = ("norm",)
    provides = ("places",)

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Document) -> Document:
        from rasd.geo import event_location, find_dateline, find_visit_host

        grammar = self.gazetteer.grammar
        doc.places = places = self.gazetteer.find(doc.text, norm=doc.norm)
        dateline = find_dateline(doc.text, places)
        host = find_visit_host(doc.text, places, grammar)

        def locate(d: Document, trig) -> object:
            s = d.sentences[trig.sentence]
            return event_location(d.text[s.start:s.end], trig.start, trig.end, places, offset=s.start,
                                  dateline=dateline, visit_host=host if trig.cameo[:2] == "04" else None,
                                  grammar=grammar, takes_object=trig.form in ("verb", "masdar"))

        doc.cache["locate"] = locate
        return doc


@dataclass
class Pipeline:
    stages: Sequence[Stage]

    def __post_init__(self) -> None:
        provided = {"raw"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in provided]
            if missing:
                raise PipelineError(f"stage {stage.name!r} requires {', '.join(missing)}, "
                                    "which no earlier stage provides")
            provided.update(stage.provides)
            provided.add(stage.name)

    @classmethod
    def default(cls) -> "Pipeline":
        """The full Arabic pipeline with the shipped language data."""
        from rasd.geo import Gazetteer

        return cls([CleanStage(), NormalizeStage(), SegmentStage(), DateStage(), PlaceStage(Gazetteer.load()),
                    *_coding_stages()])

    @classmethod
    def coder(cls, actors: Path | None = None, triggers: Path | None = None) -> "Pipeline":
        """Only what codes events from clean text — normalize, segment, actors, triggers, events —
        over the given actor and trigger data folders (default: the shipped ones). For tests of
        the coding rules and for text known to be clean."""
        return cls([CleanStage(enabled=False), NormalizeStage(), SegmentStage(), *_coding_stages(actors, triggers)])

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
            doc.done.add(stage.name)
        doc.cache.pop("locate", None)
        return doc

    def code(self, text: str, published: date | None = None, doc_id: str = "doc",
             title: str | None = None, url: str | None = None) -> list[Event]:
        doc = Document(id=doc_id, raw=text, published=published, title=title, url=url)
        return self.run(doc).events

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self.run(doc)


def _coding_stages(actors: Path | None = None, triggers: Path | None = None) -> list[Stage]:
    """Actors, triggers and events over the given data folders (default: the shipped ones)."""
    from rasd.actors.kb import KnowledgeBase
    from rasd.actors.stage import ActorStage
    from rasd.events.cameo import CameoTable
    from rasd.events.lexicon import TriggerLexicon
    from rasd.events.stage import EventStage
    from rasd.events.triggers import TriggerStage
    from rasd.grammar import Grammar

    grammar = Grammar.load()
    kb = KnowledgeBase.load(actors)
    cameo = CameoTable.load()
    lexicon = TriggerLexicon.load(triggers, cameo)
    return [ActorStage(kb, grammar), TriggerStage(lexicon, grammar), EventStage(lexicon, grammar, cameo, kb)]
