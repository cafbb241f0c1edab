"""Each rule of the line classifier on small Arabic pages of our own."""
from __future__ import annotations

import pytest

from rasd.errors import LexiconError
from rasd.text.clean import ClutterWords, clean

BODY = "وأعلنت وزارة الخارجية في بيان أن الوزير سيزور العاصمة الأسبوع المقبل لبحث ملفات التعاون."
BODY2 = "وأضاف البيان أن الجانبين اتفقا على تشكيل لجنة مشتركة تجتمع مرة كل ثلاثة أشهر في إحدى العاصمتين."
TITLE = "وزير الخارجية يبحث التعاون مع نظيره الجزائري"


def reasons(raw: str) -> dict[str, str]:
    c = clean(raw)
    return {raw[s:e]: r for s, e, r in c.dropped}


def page(*lines: str) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize("line,reason", [
    ("الرئيسية / أخبار / سياسة", "breadcrumb"),
    ("الرئيسية » عربي ودولي » وزير الخارجية يبحث التعاون", "breadcrumb"),
    ("شارك", "prompt"),
    ("شاركنا برأيك", "prompt"),
    ("فيسبوك تويتر واتساب تيليجرام", "prompt"),
    ("تابعونا على تطبيق نبض", "prompt"),
    ("عدد المشاهدات: 1532", "prompt"),
    ("طباعة | أرسل لصديق | حجم الخط", "prompt"),
    ("أوسمة الخبر الجزائر تونس التعاون", "tags"),
    ("وسوم: سياسة، اقتصاد", "tags"),
    ("الكلمات المفتاحية: الانتخابات", "tags"),
    ("جميع الحقوق محفوظة لموقع الخبر 2024", "footer"),
    ("© 2021 الأخبار", "footer"),
    ("صورة أرشيفية", "caption"),
    ("(الصورة: وكالة الأنباء)", "caption"),
    ("كتب: أحمد عبد الله", "byline"),
    ("Foreign ministers meet in Algiers (AFP)", "latin"),
    ("* * *", "no-letters"),
    ("نشر في: 12 مارس 2021 - 10:45", "date-widget"),
    ("آخر تحديث 2021/03/12", "date-widget"),
    ("منذ 3 ساعات", "date-widget"),
])
def test_clutter_line_in_a_page(line, reason):
    raw = page(TITLE, line, BODY, BODY2) if reason not in {"tags", "footer"} else page(TITLE, BODY, BODY2, line)
    assert reasons(raw).get(line) == reason
    assert clean(raw).text.split("\n") == [TITLE, BODY, BODY2]


@pytest.mark.parametrize("line", [
    "محادثات روسية مع تركيا ومصر",             # a sub-heading inside the body
    "«نتواصل مع الجميع في العاصمة»",            # a quoted sub-heading
    "ليبيا: يجب تفعيل الاتفاقيات المشتركة",      # a headline-style line inside the body
    "وقال المتحدث: إن الاجتماع سيعقد في تونس / العاصمة.",
    "ومن المنتظر أن يشارك الوزير في اجتماع المدير العام للمنظمة مع وفد الشركة.",
    "وقال رئيس التحرير السابق للصحيفة إن الحكومة ضيقت على الصحفيين خلال الأشهر الأخيرة.",
    "وذكرت مواقع التواصل الاجتماعي أن المحتجين أغلقوا الطريق الرئيسية أمس.",
    "المزيد من الضغوط على الحكومة",
    "مواضيع كثيرة ناقشها الطرفان خلال اللقاء",
    "وأكد مصدر لوكالة تونس إفريقيا للأنباء أن وكالة أنباء أجنبية نقلت الخبر.",
    "مستخدمو Blackberry و Nokia",
])
def test_body_line_is_kept(line):
    raw = page(TITLE, BODY, line, BODY2)
    assert clean(raw).text.split("\n") == [TITLE, BODY, line, BODY2]


def test_date_widget_on_top_goes_to_header_dates():
    raw = page("الخميس 12 مارس 2021", TITLE, BODY)
    c = clean(raw)
    assert c.header_dates == ("الخميس 12 مارس 2021",)
    assert c.text == page(TITLE, BODY)


def test_a_date_line_inside_the_body_stays():
    raw = page(TITLE, BODY, "الأحد 26 فيفري 2017", BODY2)
    c = clean(raw)
    assert c.header_dates == ()
    assert "الأحد 26 فيفري 2017" in c.text


def test_masthead_printed_twice_is_dropped():
    raw = page("رئيس مجلس الإدارة", "سامي عبد الرحمن", "رئيس مجلس الإدارة", "سامي عبد الرحمن", TITLE, BODY)
    assert clean(raw).text == page(TITLE, BODY)


def test_section_name_repeated_is_dropped():
    raw = page(TITLE, "الجزائر", "الجزائر", BODY)
    assert clean(raw).text == page(TITLE, BODY)


def test_headline_repeated_right_after_it_keeps_one_copy():
    raw = page(TITLE, TITLE, BODY)
    c = clean(raw)
    assert c.text == page(TITLE, BODY)
    assert c.dropped[0][2] == "duplicate"
    assert c.dropped[0][0] == len(TITLE) + 1


def test_short_title_repeated_keeps_one_copy():
    raw = page("لافروف يزور الجزائر", "لافروف يزور الجزائر", BODY)
    assert clean(raw).text == page("لافروف يزور الجزائر", BODY)


def test_list_items_repeated_apart_are_kept():
    item = "- الذاكرة العشوائية : 4 جيغابايت ."
    raw = page(TITLE, BODY, item, BODY2, item)
    assert clean(raw).text == raw


def test_related_list_at_the_end_is_dropped():
    raw = page(TITLE, BODY, BODY2, "اقرأ أيضا", "الرئيس يستقبل وفدا برلمانيا", "أمطار غزيرة في الشمال",
               "انطلاق موسم الحصاد في الولايات الداخلية وسط توقعات بمحصول وفير بعد موسم ماطر …")
    assert clean(raw).text == page(TITLE, BODY, BODY2)


def test_inline_see_also_inside_the_body_drops_only_itself_and_its_headline():
    raw = page(TITLE, BODY, "شاهد أيضا:", "الرئيس يستقبل وفدا برلمانيا", BODY2, BODY)
    c = clean(raw)
    assert c.text == page(TITLE, BODY, BODY2, BODY)
    raw = page(TITLE, BODY, "اقرأ أيضا: الرئيس يستقبل وفدا برلمانيا", BODY2)
    assert clean(raw).text == page(TITLE, BODY, BODY2)


def test_about_us_footer_is_dropped():
    footer = ("موقع الأخبار المتحدة موقع إخباري مستقل، تأسس في عام 2010، ومقرها في عمان، وله مراسلون في "
              "عدد من العواصم العربية.")
    raw = page(TITLE, BODY, BODY2, footer)
    assert reasons(raw)[footer] == "footer"


def test_category_word_closing_the_page_is_dropped():
    raw = page(TITLE, BODY, BODY2, "سياسة")
    assert reasons(raw) == {"سياسة": "trailing-fragment"}


def test_a_short_page_is_not_emptied():
    assert clean("مرحبا").text == "مرحبا"
    assert clean("عاجل\nزلزال").text == "عاجل\nزلزال"


@pytest.mark.parametrize("raw", [
    "سطر أول من الخبر الطويل هنا.\r\nسطر ثان من الخبر الطويل هنا.",
    "سطر أول من الخبر الطويل هنا.\u2028سطر ثان من الخبر الطويل هنا.",
    "\ufeffسطر أول من الخبر الطويل هنا.\u200f\n\n  سطر ثان من الخبر الطويل هنا.  ",
])
def test_line_breaks_and_trimming(raw):
    c = clean(raw)
    assert c.text == "سطر أول من الخبر الطويل هنا.\nسطر ثان من الخبر الطويل هنا."
    for i, ch in enumerate(c.text):
        if ch != "\n":
            assert raw[c.origin[i]] == ch


def test_to_raw_maps_spans_back():
    raw = page("الرئيسية / أخبار", TITLE, BODY)
    c = clean(raw)
    i = c.text.index("الخارجية")
    s, e = c.to_raw(i, i + len("الخارجية"))
    assert raw[s:e] == "الخارجية"


def test_unknown_key_in_clutter_file_fails(tmp_path):
    bad = tmp_path / "clutter.yaml"
    bad.write_text("prompts: [شارك]\nwidgets: [x]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown key"):
        ClutterWords.load(bad)


def test_shipped_clutter_file_loads():
    w = ClutterWords.load()
    assert "شاركنا برايك" in w.prompts  # folded form
    assert "اخبار متعلقه" in w.related


def test_date_under_the_headline_is_still_the_header():
    raw = page("بوابة الأخبار | الأخبار على مدار الساعة", "الأربعاء 30 نوفمبر 2016", TITLE, BODY)
    assert clean(raw).header_dates == ("الأربعاء 30 نوفمبر 2016",)
    raw = page(TITLE, "الأربعاء 30 نوفمبر 2016", BODY)
    assert clean(raw).header_dates == ("الأربعاء 30 نوفمبر 2016",)
