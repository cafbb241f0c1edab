"""The place of an event: «في / بـ + place», the host city of a visit, the dateline."""
from __future__ import annotations

import pytest

from rasd.geo import Gazetteer, event_location, find_dateline, find_visit_host


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _where(gaz, sentence, trigger):
    start = sentence.index(trigger)
    loc = event_location(sentence, start, start + len(trigger), gaz.find(sentence))
    return loc.name if loc else None


@pytest.mark.parametrize("sentence,trigger,expected", [
    ("التقى لافروف نظيره الليبي في موسكو أمس", "التقى", "Moscow"),
    ("في موسكو، التقى الوزير بالوفد الليبي", "التقى", "Moscow"),
    ("استقبل السراج مساء أمس في مكتبه بطرابلس وفدا روسيا", "استقبل", "Tripoli"),
    ("عقد الطرفان اجتماعا في العاصمة الروسية موسكو", "اجتماعا", "Moscow"),
    ("وقع الجانبان الاتفاق بمدينة سوتشي", "وقع", "Sochi"),
    ("وصل الدبيبة إلى موسكو في زيارة رسمية", "وصل", "Moscow"),
    ("أجرى حفتر مباحثات مع شويغو خلال زيارته إلى موسكو", "مباحثات", "Moscow"),
    ("التقى لافروف بالوفد الليبي الذي وصل إلى موسكو في زيارة عمل", "التقى", "Moscow"),
    ("زار المبعوث الروسي بنغازي والتقى المشير حفتر", "زار", "Benghazi"),
    ("استقبلت العاصمة الروسية موسكو رئيس الحكومة الليبية", "استقبلت", "Moscow"),
    ("اجتمع الوزير بنظيره التركي في أنقرة ثم توجه إلى القاهرة", "اجتمع", "Ankara"),
    ("احتج مئات العاطلين أمام مقر الولاية في القصرين", "احتج", "Kasserine"),
    ("أجلت روسيا الموظفين من سفارتها في طرابلس بعد الهجوم", "أجلت", "Tripoli"),
    ("وكانت العاصمة الروسية قد استقبلت الشهر الماضي وفدا ليبيا", "استقبلت", "Moscow"),
    ("ناقش الطرفان زيارة مقررة الأسبوع المقبل لرئيس المجلس الرئاسي محمد المنفي إلى القاهرة", "زيارة", "Cairo"),
    # nouns of position, and the places they head (مقر، سجن، معبر …)
    ("اختطف مسلحون مواطنا في حي المنشية وسط مدينة سبها", "اختطف", "Sabha"),
    ("نفذ المعطلون وقفة احتجاجية أمام مقر ولاية قفصة", "وقفة احتجاجية", "Gafsa"),
    # the place as subject of a witnessing verb
    ("شهدت مدينة القصرين اليوم مواجهات بين المحتجين وقوات الأمن", "مواجهات", "Kasserine"),
    ("وعرفت العاصمة العراقية بغداد أمس تفجيرا انتحاريا", "تفجيرا", "Baghdad"),
])
def test_event_place(gaz, sentence, trigger, expected):
    assert _where(gaz, sentence, trigger) == expected


@pytest.mark.parametrize("sentence,trigger", [
    ("بحث لافروف الوضع في ليبيا مع نظيره", "بحث"),            # the situation in Libya: a topic
    ("أكد الوزير دعم بلاده للحكومة", "أكد"),                   # no place at all
    ("اتصل بموسكو رئيس المجلس الرئاسي", "اتصل"),              # Moscow is the one called
    ("دعا إلى حل الأزمة في ليبيا", "دعا"),
])
def test_no_event_place(gaz, sentence, trigger):
    assert _where(gaz, sentence, trigger) is None


def test_a_ba_right_after_an_event_noun_is_its_place_not_its_object(gaz):
    sentence = "ينفذ الأهالي غدا إضرابا عاما بالقصرين"
    start = sentence.index("إضرابا")
    loc = event_location(sentence, start, start + len("إضرابا عاما"), gaz.find(sentence), takes_object=False)
    assert loc is not None and loc.name == "Kasserine"
    sentence = "اتصل بالقاهرة الوزير"
    assert event_location(sentence, 0, 4, gaz.find(sentence), takes_object=True) is None


def test_nearest_place_wins(gaz):
    s = "بعد لقائه في القاهرة، وقع الوزير في الجزائر العاصمة اتفاقا"
    assert _where(gaz, s, "وقع") == "Algiers"


def test_dateline_at_the_start_of_the_sentence(gaz):
    s = "موسكو - سبوتنيك. وأفادت الخارجية الروسية في بيان بأن اللقاء كان مثمرا"
    assert _where(gaz, s, "وأفادت") == "Moscow"


@pytest.mark.parametrize("text,expected", [
    ("موسكو - سبوتنيك\nأعلن الكرملين", "Moscow"),
    ("طرابلس (وكالات) - أعلنت الحكومة", "Tripoli"),
    ("الرئيسية / أخبار\nتونس: قال الوزير", "Tunisia"),
    ("أعلنت الحكومة في طرابلس", None),
])
def test_find_dateline(gaz, text, expected):
    loc = find_dateline(text, gaz.find(text))
    assert (loc.name if loc else None) == expected


def test_document_offsets_and_dateline_fallback(gaz):
    doc = "موسكو - سبوتنيك. أكد الوزير دعم بلاده للحل السياسي."
    places = gaz.find(doc)
    line = find_dateline(doc, places)
    start = doc.index("أكد")
    sentence = doc[start:]
    loc = event_location(sentence, start, start + 3, places, offset=start, dateline=line)
    assert loc is not None and loc.name == "Moscow" and doc[loc.start:loc.end] == "موسكو"


def test_visit_host_of_the_article(gaz):
    doc = "وصل رئيس الحكومة إلى موسكو أمس. وعقد جولة مباحثات مع نائب وزير الخارجية."
    places = gaz.find(doc)
    host = find_visit_host(doc, places)
    assert host is not None and host.name == "Moscow"
    start = doc.index("وعقد")
    loc = event_location(doc[start:], start, start + 4, places, offset=start, visit_host=host)
    assert loc is host
    assert find_visit_host("أكد الوزير دعم بلاده للحوار في ليبيا", gaz.find("أكد الوزير دعم بلاده للحوار في ليبيا")) is None


def test_places_outside_the_sentence_are_ignored(gaz):
    doc = "زار الوزير موسكو. وأكد دعم بلاده للحوار."
    places = gaz.find(doc)
    start = doc.index("وأكد")
    assert event_location(doc[start:], start, start + 4, places, offset=start) is None
