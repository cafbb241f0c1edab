"""Fixtures for the tests of the actor data files (countries, organizations, groups, roles)."""
from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from actors_data_helpers import ROOT
from rasd.actors.kb import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def import_countries() -> ModuleType:
    path = ROOT / "scripts" / "import_countries.py"
    spec = importlib.util.spec_from_file_location("import_countries", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_countries"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def mentions(kb):
    """text (, date) → the actor mentions the actor stage finds in it."""
    from rasd.actors.stage import ActorStage
    from rasd.grammar import Grammar
    from rasd.model import Document
    from rasd.text.normalize import normalize
    from rasd.text.segment import segment

    stage = ActorStage(kb, Grammar.load())

    def find(text: str, when=None):
        doc = Document(id="t", raw=text, text=text, published=when)
        doc.norm = normalize(text)
        doc.sentences, doc.tokens = segment(text, doc.norm)
        return stage(doc).mentions

    return find
