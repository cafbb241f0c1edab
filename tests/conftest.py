"""Shared fixtures: paths to ../shared, a small test lexicon, a pipeline built on it."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_or_skip(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is absent)")
    return path


@pytest.fixture(scope="session")
def small_pipeline():
    """A pipeline over the small fixture lexicon (no dates or places): for stage logic tests."""
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
    kb = KnowledgeBase.load(FIXTURES / "lexicon" / "actors")
    cameo = CameoTable.load()
    lex = TriggerLexicon.load(FIXTURES / "lexicon" / "triggers", cameo)
    return Pipeline([NoClean(), NormalizeStage(), SegmentStage(), ActorStage(kb, grammar),
                     TriggerStage(lex, grammar), EventStage(lex, grammar, cameo, kb)])
