"""The store's data files: the imported country names and the brief's sentences."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from store_helpers import SHARED
from rasd.store import brief

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "import_store_countries.py"


def test_country_names_are_the_import_scripts_output():
    if not (SHARED / "reference" / "gazetteers").is_dir():
        pytest.skip("../shared/reference is absent")
    spec = importlib.util.spec_from_file_location("import_store_countries", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build(SHARED / "reference") == module.OUT.read_text(encoding="utf-8"), \
        "countries.tsv was edited by hand or the script changed: rerun scripts/import_store_countries.py"


@pytest.mark.parametrize("code,ar,en", [
    ("RUS", "روسيا", "Russia"), ("LBY", "ليبيا", "Libya"), ("TUN", "تونس", "Tunisia"),
    ("USA", "الولايات المتحدة", "United States"), ("IGO", "المنظمات الدولية", "international organizations"),
    ("XYZ", "XYZ", "XYZ"), (None, "طرف غير مسمى", "an unnamed party"),
])
def test_country_names(code, ar, en):
    assert brief.country_name(code, "ar") == ar and brief.country_name(code, "en") == en


def test_brief_sentences_cover_every_root_in_both_languages():
    data = brief.templates()
    for root in brief.ROOTS:
        for lang in brief.LANGS:
            assert "{src}" in data["roots"][root][lang] and "{tgt}" in data["roots"][root][lang]


def test_a_brief_file_missing_a_root_fails_with_its_path(tmp_path, monkeypatch):
    from rasd.errors import LexiconError
    text = (brief.DATA / "brief.yaml").read_text(encoding="utf-8")
    broken = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith('"17"'))
    (tmp_path / "brief.yaml").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(brief, "DATA", tmp_path)
    brief.templates.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"brief.yaml.*roots: missing '17'"):
            brief.templates()
    finally:
        brief.templates.cache_clear()
