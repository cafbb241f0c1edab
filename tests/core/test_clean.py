"""Clutter removal: what goes, what stays, and the map back to the raw text."""
import pytest

from rasd.text.clean import clean

PAGE = """الرئيسية / أخبار / ليبيا
الثلاثاء , 30 مايو 2023
صحيفة المستقبل
صحيفة المستقبل
وزير الخارجية المصري يزور طرابلس

وصل وزير الخارجية المصري إلى طرابلس صباح اليوم في زيارة رسمية.
وبحث الوزير مع نظيره الليبي ملفات التعاون الثنائي.
Foreign ministers meet in Tripoli (Photo: Reuters)
شارك الخبر
تابعنا على فيسبوك
اقرأ أيضا
الرئاسي يستقبل وفدا تونسيا
جميع الحقوق محفوظة © 2023
"""


def test_clutter_lines_are_dropped_with_a_reason():
    c = clean(PAGE)
    assert c.text.splitlines() == [
        "وزير الخارجية المصري يزور طرابلس",
        "وصل وزير الخارجية المصري إلى طرابلس صباح اليوم في زيارة رسمية.",
        "وبحث الوزير مع نظيره الليبي ملفات التعاون الثنائي.",
    ]
    reasons = {PAGE[s:e]: r for s, e, r in c.dropped}
    assert reasons["الرئيسية / أخبار / ليبيا"] == "breadcrumb"
    assert reasons["الثلاثاء , 30 مايو 2023"] == "date-widget"
    assert reasons["صحيفة المستقبل"] == "repeated"
    assert reasons["Foreign ministers meet in Tripoli (Photo: Reuters)"] == "latin"
    assert reasons["شارك الخبر"] == "prompt"
    assert reasons["الرئاسي يستقبل وفدا تونسيا"] == "related"
    assert reasons["جميع الحقوق محفوظة © 2023"] == "footer"
    assert c.header_dates == ("الثلاثاء , 30 مايو 2023",)


def test_every_kept_character_maps_back_to_the_same_raw_character():
    c = clean(PAGE)
    for i, ch in enumerate(c.text):
        if ch != "\n":
            assert PAGE[c.origin[i]] == ch
    assert c.origin[len(c.text)] == len(PAGE)


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "مرحبا", "A\nB"])
def test_degenerate_inputs(text):
    c = clean(text)
    assert len(c.origin) == len(c.text) + 1


def test_a_clean_article_is_kept_whole():
    text = "تظاهر مئات المواطنين أمس في القصرين.\nوطالب المحتجون بالتشغيل والتنمية."
    assert clean(text).text == text


def test_a_headline_printed_twice_keeps_its_first_copy():
    text = "لافروف يلتقي وفدا ليبيا في موسكو لبحث التعاون\nلافروف يلتقي وفدا ليبيا في موسكو لبحث التعاون\nالتقى الوزير الوفد."
    assert clean(text).text.splitlines() == ["لافروف يلتقي وفدا ليبيا في موسكو لبحث التعاون", "التقى الوزير الوفد."]
