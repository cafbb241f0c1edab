"""dates.yaml is validated: a malformed entry fails with the file and the line."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.time import DateLexiconError, load_lexicon
from rasd.time.lexicon import DEFAULT_PATH


def test_shipped_vocabulary_loads() -> None:
    lex = load_lexicon()
    assert lex.months["جانفي"] == lex.months["يناير"] == lex.months["كانون الثاني"] == 1
    assert lex.months["تشرين اول"] == 10  # folded: أ → ا
    assert lex.weekdays["الخميس"] == 3
    assert lex.relative_days["امس"] == (-1, "أمس")
    assert "مارس" in lex.ambiguous_months


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "dates.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    """The line of the last occurrence of ``needle`` (the broken one comes after the original)."""
    lines = [i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    assert lines, needle
    return lines[-1]


@pytest.mark.parametrize(("old", "new", "needle", "message"), [
    ("  - month: 2\n", "  - month: 2\n    nmaes: [x]\n", "nmaes", "unknown key 'nmaes'"),
    ("  - month: 12\n", "  - month: 13\n", "month: 13", "outside 1..12"),
    ("    ambiguous: [مارس]", "    ambiguous: [ماي]", "ambiguous: [ماي]", "not a name of this month"),
    ("  - weekday: 6\n    names: [الأحد]", "  - weekday: 6\n    names: [الخميس]", "names: [الخميس]",
     "already means 3"),
    ("  ثلاثة: 3\n", "  ثلاثة: ثلاث\n", "ثلاثة: ثلاث", "whole number"),
])
def test_malformed_entry_names_file_and_line(tmp_path: Path, old: str, new: str, needle: str,
                                              message: str) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(DateLexiconError) as err:
        load_lexicon(path)
    assert f"{path}:" in str(err.value)
    assert message in str(err.value)
    line = int(str(err.value).split(f"{path}:")[1].split(":")[0])
    assert abs(line - _line_of(path, needle)) <= 1


def test_missing_section(tmp_path: Path) -> None:
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    path = tmp_path / "dates.yaml"
    path.write_text(text.replace("ago: [منذ, قبل]\n", ""), encoding="utf-8")
    with pytest.raises(DateLexiconError, match="missing key"):
        load_lexicon(path)


def test_not_yaml(tmp_path: Path) -> None:
    path = tmp_path / "dates.yaml"
    path.write_text("months: [\n", encoding="utf-8")
    with pytest.raises(DateLexiconError, match="not valid YAML"):
        load_lexicon(path)
