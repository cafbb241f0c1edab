"""A pipeline over the shipped trigger lexicon and grammar with a small fixture actor KB, so the
trigger examples can be coded before (and independently of) the shipped actor knowledge base."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

FIXTURE_ACTORS = Path(__file__).resolve().parent / "fixtures" / "actors"


@lru_cache(maxsize=1)
def trigger_pipeline():
    from rasd.actors.kb import KnowledgeBase
    from rasd.actors.stage import ActorStage
    from rasd.events.cameo import CameoTable
    from rasd.events.lexicon import TriggerLexicon
    from rasd.events.stage import EventStage, TriggerStage
    from rasd.grammar import Grammar
    from rasd.pipeline import NormalizeStage, Pipeline, SegmentStage

    class NoClean:
        name, requires, provides = "clean", ("raw",), ("text",)

        def __call__(self, doc):
            doc.text = doc.raw
            return doc

    grammar = Grammar.load()
    kb = KnowledgeBase.load(FIXTURE_ACTORS)
    cameo = CameoTable.load()
    lex = TriggerLexicon.load(cameo=cameo)
    pipe = Pipeline([NoClean(), NormalizeStage(), SegmentStage(), ActorStage(kb, grammar),
                     TriggerStage(lex, grammar), EventStage(lex, grammar, cameo, kb)])
    return pipe, lex


def code(sentence: str):
    """(trigger entry ids found, events) for one sentence."""
    pipe, _ = trigger_pipeline()
    doc = pipe.run(_document(sentence))
    return [t.entry_id for t in doc.triggers], doc.events


def _document(text: str):
    from rasd.model import Document
    return Document(id="example", raw=text)
