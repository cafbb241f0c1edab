"""scripts/import_countries.py: its output on disk is what it builds now, and its rules hold on a
small reference folder written here (so they are tested without ../shared too)."""
from __future__ import annotations

import json

import pytest
import yaml

from actors_data_helpers import ACTORS, REFERENCE


def test_file_on_disk_is_what_the_script_builds(import_countries):
    ref = REFERENCE / "gazetteers"
    if not ref.exists():
        pytest.skip(f"{ref} is not here (../shared is absent)")
    on_disk = (ACTORS / "imported" / "countries.yaml").read_text(encoding="utf-8")
    assert import_countries.build(ref) == on_disk, "imported/countries.yaml was edited by hand or is stale: " \
        "run python scripts/import_countries.py"


def test_build_is_deterministic(import_countries):
    ref = REFERENCE / "gazetteers"
    if not ref.exists():
        pytest.skip(f"{ref} is not here (../shared is absent)")
    assert import_countries.build(ref) == import_countries.build(ref)


@pytest.mark.parametrize("raw, forms", [
    ("الكونغو - كينشاسا", ["الكونغو كينشاسا"]),
    ("ساموا-الأمريكي", ["ساموا الأمريكي"]),
    ("عُمان", ["عمان"]),
    ("ميانمار (بورما)", ["ميانمار"]),
    ("بوسني/هرسكي", ["بوسني", "هرسكي"]),
    ("Kittitian/Nevisian", []),
    ("ني", []),
    ("", []),
    (None, []),
])
def test_arabic_forms(import_countries, raw, forms):
    assert import_countries.arabic_forms(raw) == forms


@pytest.mark.parametrize("name, ok", [
    ("دمشق", True), ("أديس أبابا", True), ("د مشق", False), ("تىرانا", False), ("ئاممان", False),
    ("ااالخرطوم", False), ("لوم", False),
])
def test_plausible_capital(import_countries, name, ok):
    assert import_countries.plausible_capital(name) is ok


def _write_reference(root, countries, cldr, nationalities, translations, cities):
    root.mkdir()
    header = "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\t" + "\t".join(f"c{i}" for i in range(6, 16)) \
        + "\tgeonameid\tneighbours\tEquivalentFipsCode\n"
    with open(root / "countryInfo.tsv", "w", encoding="utf-8") as f:
        f.write(header)
        for iso2, iso3, gid, capital in countries:
            f.write("\t".join([iso2, iso3, "0", "", iso3, capital] + [""] * 10 + [gid, "", ""]) + "\n")
    with open(root / "cldr-country-names-ar.csv", "w", encoding="utf-8") as f:
        f.write("id,value\n" + "".join(f'{k},"{v}"\n' for k, v in cldr.items()))
    (root / "nationalities-ar-en.json").write_text(json.dumps(
        [{"code": k, "country_en": "", "country_ar": c, "nationality_en": "", "natianality_ar": n}
         for k, (c, n) in nationalities.items()], ensure_ascii=False), encoding="utf-8")
    (root / "country_translations.json").write_text(json.dumps(
        {gid: {"ar": name} for gid, name in translations.items()}, ensure_ascii=False), encoding="utf-8")
    with open(root / "cities15000_arabic_script.tsv", "w", encoding="utf-8") as f:
        f.write("geonameid\tname\tlat\tlon\tfeature_code\tcountry\tadmin1\tpopulation\tar_like_names\tother_arabic_script_names\n")
        for gid, name, code, country, aliases in cities:
            f.write(f"{gid}\t{name}\t0\t0\t{code}\t{country}\t01\t100000\t{aliases}\t\n")


@pytest.fixture()
def small_build(import_countries, tmp_path):
    ref = tmp_path / "gaz"
    _write_reference(
        ref,
        countries=[("VE", "VEN", "1", "Caracas"), ("VA", "VAT", "2", "Vatican City"), ("KR", "KOR", "3", "Seoul"),
                   ("KP", "PRK", "4", "Pyongyang"), ("CN", "CHN", "5", "Beijing"), ("TN", "TUN", "6", "Tunis"),
                   ("AN", "ANT", "7", "Willemstad"), ("LY", "LBY", "8", "Tripoli")],
        cldr={"VE": "فنزويلا", "VA": "الفاتيكان", "KR": "كوريا الجنوبية", "KP": "كوريا الشمالية", "CN": "الصين",
              "TN": "تونس", "AN": "جزر الأنتيل الهولندية", "LY": "ليبيا"},
        nationalities={"VE": ("فنزويلا", "فنزويلي"), "VA": ("فنزويلا", "فاتيكاني"), "KR": ("كوريا الجنوبية", "كوري"),
                       "KP": ("كوريا الشمالية", "كوري"), "CN": ("الصين", "صيني"), "TN": ("تونس", "تونسي"),
                       "LY": ("ليبيا", "ليبي")},
        translations={"5": "صين", "2": "فنزويلا"},
        cities=[("10", "Tunis", "PPLC", "TN", "تونس|توونس"), ("11", "Seoul", "PPLC", "KR", "سئول|سێئول"),
                ("12", "Tripoli", "PPLC", "LY", "ترابلس|طرابلس|طَرَابُلُس"),
                ("13", "Beijing", "PPLC", "CN", "بكين|بيكين"),
                ("14", "Caracas", "PPLC", "VE", "اوتآوآ|كاراكاس")])
    doc = yaml.safe_load(import_countries.build(ref))
    return {e["id"]: e for e in doc["entries"]}


def test_withdrawn_codes_are_left_out(small_build):
    assert "ANT" not in small_build


def test_a_name_claimed_twice_stays_with_its_cldr_owner(small_build):
    assert "فنزويلا" in small_build["VEN"]["names"]
    assert "فنزويلا" not in small_build["VAT"]["names"]
    assert "dropped" in small_build["VAT"]["source"]


def test_a_nisba_claimed_twice_goes_to_none(small_build):
    assert "nisba" not in small_build["KOR"] and "nisba" not in small_build["PRK"]


def test_a_name_without_the_article_beside_it_with_is_dropped(small_build):
    assert small_build["CHN"]["names"] == ["الصين"]


def test_capitals_newspaper_spelling_and_not_the_country_name(small_build):
    assert small_build["CHN"]["capital"] == ["بكين"]
    assert small_build["LBY"]["capital"] == ["طرابلس"] or small_build["LBY"]["capital"] == ["ترابلس"]
    assert small_build["VEN"]["capital"] == ["كاراكاس"]  # no mid-word آ
    assert "capital" not in small_build["TUN"]  # تونس is the country's name


def test_every_entry_says_where_its_facts_come_from(small_build):
    for e in small_build.values():
        assert e["source"].startswith("names: ")
        if "capital" in e:
            assert "capital: geonames" in e["source"]


def test_output_is_sorted(import_countries, small_build):
    assert list(small_build) == sorted(small_build)
