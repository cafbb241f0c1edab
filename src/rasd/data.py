"""Where rasd's language data lives, and how it is read (YAML with line numbers)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from rasd.errors import LexiconError

DATA_DIR = Path(__file__).resolve().parent / "data"
LINE = "__line__"


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when PyYAML has it
    """A safe loader that records the line of every mapping under the key ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Load a YAML file; mappings carry their line under ``__line__``."""
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.load(f, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LexiconError(str(path), mark.line + 1 if mark else None, f"not valid YAML: {exc}") from None


def check_keys(entry: dict[str, Any], allowed: set[str], path: Path) -> None:
    unknown = set(entry) - allowed - {LINE}
    if unknown:
        raise LexiconError(str(path), entry.get(LINE), f"unknown key(s): {', '.join(sorted(unknown))}")


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]
