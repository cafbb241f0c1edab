"""The ``negative_examples`` written on trigger entries of the verbal and diplomatic families
(01-13, 16): sentences with the entry's words that report no event of its family (an inspection
visit, a subsidy, a danger, a standing travel advisory …). Each is coded with the shipped knowledge
base and must give no event of the entry's root."""
from __future__ import annotations

import pytest

from rasd import default_pipeline
from rasd.data import DATA_DIR, load_yaml

FAMILIES = {f"{i:02d}" for i in range(1, 14)} | {"16"}


def _negatives():
    out = []
    for path in sorted((DATA_DIR / "ar" / "triggers").glob("*.yaml")):
        if path.stem[:2] not in FAMILIES:
            continue
        for raw in load_yaml(path)["entries"]:
            for sentence in raw.get("negative_examples") or []:
                out.append((raw["id"], str(raw["cameo"])[:2], sentence))
    return out


NEGATIVES = _negatives()


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def test_there_are_negative_examples():
    assert len(NEGATIVES) >= 10


@pytest.mark.parametrize("entry,root,sentence", NEGATIVES)
def test_negative_example_codes_no_event_of_its_family(pipe, entry, root, sentence):
    assert root not in {e.cameo_root for e in pipe.code(sentence)}, (entry, sentence)
