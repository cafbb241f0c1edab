"""A pipeline over the shipped trigger lexicon and grammar with a small fixture actor KB, so the
trigger examples can be coded before (and independently of) the shipped actor knowledge base."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

FIXTURE_ACTORS = Path(__file__).resolve().parent / "fixtures" / "actors"


@lru_cache(maxsize=1)
def trigger_pipeline():
    from rasd.pipeline import Pipeline

    pipe = Pipeline.coder(actors=FIXTURE_ACTORS)
    return pipe, pipe.stages[-1].lexicon


def code(sentence: str):
    """(trigger entry ids found, events) for one sentence."""
    pipe, _ = trigger_pipeline()
    doc = pipe.run(_document(sentence))
    return [t.entry_id for t in doc.triggers], doc.events


def _document(text: str):
    from rasd.model import Document
    return Document(id="example", raw=text)
