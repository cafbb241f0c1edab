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
    from rasd.pipeline import Pipeline

    return Pipeline.coder(FIXTURES / "lexicon" / "actors", FIXTURES / "lexicon" / "triggers")
