"""Tunisian delegations and towns the reference files give no Arabic name for: found by name with
country TUN and no coordinates (none exist in ../shared/reference); Metlaoui by its press spelling
with GeoNames' coordinates; the ones that are also common words only as places."""
from __future__ import annotations

import pytest

from rasd.errors import LexiconError
from rasd.geo import Gazetteer
from rasd.geo.gazetteer import GRAMMAR, IMPORTED


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize("sentence, written, name", [
    ("نفذ أهالي معتمدية المظيلة وقفة احتجاجية", "المظيلة", "El Mdhilla"),
    ("أغلق المحتجون الطريق المؤدية إلى النفيضة", "النفيضة", "Enfida"),
    ("أحيل الموقوف على فرقة الشرطة العدلية بالقرجاني", "القرجاني", "El Gorjani"),
    ("تمكنت الوحدات الأمنية بالمروج من إيقاف شخصين", "المروج", "El Mourouj"),
    ("وقعت الحادثة في حي السيجومي", "السيجومي", "Sijoumi"),
    ("أحبطت وحدات الحرس الوطني برمادة عملية تهريب", "رمادة", "Remada"),
    ("شهدت معتمدية المكناسي إضرابا عاما", "المكناسي", "Meknassy"),
    ("نقل السجين إلى سجن المرناقية", "المرناقية", "Mornaguia"),
    ("أصيب شخصان في مواجهات بمعتمدية الرقاب", "الرقاب", "Regueb"),
    ("نفذ تلاميذ المعهد الثانوي بالعلا مسيرة من ولاية القيروان", "العلا", "El Ala"),
    ("تتواصل العملية العسكرية بجبل سمامة", "جبل سمامة", "Jebel Semmama"),
])
def test_a_tunisian_locality_without_coordinates(gaz, sentence, written, name):
    found = [loc for loc in gaz.find(sentence) if loc.text.endswith(written)]
    assert found, gaz.find(sentence)
    assert (found[0].name, found[0].country, found[0].lat, found[0].lon) == (name, "TUN", None, None)


def test_metlaoui_as_the_press_writes_it(gaz):
    loc = next(x for x in gaz.find("نفذ أهالي معتمدية المتلوي وقفة احتجاجية") if x.text == "المتلوي")
    assert (loc.geonames_id, loc.country) == (2473517, "TUN") and loc.lat == pytest.approx(34.32, abs=0.05)


@pytest.mark.parametrize("sentence", [
    "تفاعل رواد مواقع التواصل الاجتماعي مع الخبر",  # pioneers / users
    "تعطل القطار في محطة برشلونة",  # the train
    "عرف التونسيون بالكرم والضيافة",  # generosity
    "نشكر الشابة التي أنقذت الطفل",  # the young woman
    "قدم السند المعنوي للعائلات",  # support
])
def test_a_common_word_is_no_place(gaz, sentence):
    names = {"Raoued", "El Guettar", "El Kram", "Chebba", "Sened"}
    assert not [loc for loc in gaz.find(sentence) if loc.name in names]


def test_coordinates_are_both_given_or_both_null(tmp_path):
    curated = tmp_path / "places.yaml"
    curated.write_text("source: x\nadd:\n  - {id: null, name: X, country: TUN, lat: 36.1, lon: null, names: [س]}\n",
                       encoding="utf-8")
    with pytest.raises(LexiconError, match="both"):
        Gazetteer.build(IMPORTED, curated, GRAMMAR)
