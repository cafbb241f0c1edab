"""The CAMEO code table: names, Goldstein values, PLOVER types and quad classes.

Quad class follows the ICEWS convention: roots 01–05 verbal cooperation (1), 06–08 material
cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.data import DATA_DIR


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    goldstein: float
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.code)


def quad_class(code: str) -> int:
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


class CameoTable:
    def __init__(self, codes: dict[str, Code]):
        self.codes = codes

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls, path: Path | None = None) -> "CameoTable":
        path = path or DATA_DIR / "cameo" / "cameo.tsv"
        codes: dict[str, Code] = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("code\t"):
                    continue
                code, name, gold, plover = line.rstrip("\n").split("\t")
                codes[code] = Code(code, name, float(gold), plover or None)
        return cls(codes)

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> Code:
        return self.codes[code]
