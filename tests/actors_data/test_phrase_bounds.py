"""Where a role phrase ends: it must not run on into the verb's object and take that object's
country (رفضت الحكومة المبادرة الإيطالية is not an Italian government), nor stop short of its own
genitives, adjectives, names in quotes and the name after it."""
from __future__ import annotations

import pytest


def _found(mentions, text):
    return [(m.text, m.code or m.country) for m in mentions(text)]


# ---- the phrase ends before the object ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a definite head takes no second definite noun: that noun is the object, its nisba its own
    ("رفضت الحكومة المبادرة الإيطالية", [("الحكومة", None), ("الإيطالية", "ITA")]),
    ("ثمن الوزير الدعم الألماني لبلادنا", [("الوزير", None), ("الألماني", "DEU")]),
    ("نفت الحكومة الاتهامات الأمريكية", [("الحكومة", None), ("الأمريكية", "USA")]),
    ("انتقد وزير الخارجية الموقف التركي", [("وزير الخارجية", None), ("التركي", "TUR")]),
    ("دعم الرئيس القضية الفلسطينية", [("الرئيس", None), ("الفلسطينية", "PSE")]),
    ("رفضت الحكومة الليبية المبادرة الإيطالية", [("الحكومة الليبية", "LBYGOV"), ("الإيطالية", "ITA")]),
    # a word with بـ is a prepositional phrase, not part of the actor
    ("أشاد الرئيس بالتجربة الديمقراطية التونسية", [("الرئيس", None), ("التونسية", "TUN")]),
    ("أشاد الرئيس الفرنسي بالتجربة الديمقراطية التونسية", [("الرئيس الفرنسي", "FRAGOV"), ("التونسية", "TUN")]),
    # a definite noun takes no genitive: شمال سوريا is where, not whose
    ("زار السيناتور شمال سوريا", [("السيناتور", None), ("سوريا", "SYR")]),
    ("زار السيناتور الأمريكي شمال سوريا", [("السيناتور الأمريكي", "USALEG"), ("سوريا", "SYR")]),
    # nor a role right after it: two actors
    ("استقبل رئيس الجمهورية السفير الفرنسي", [("رئيس الجمهورية", None), ("السفير الفرنسي", "FRAGOV")]),
    ("التقى وزير الخارجية نظيره الفرنسي", [("وزير الخارجية", None), ("نظيره الفرنسي", "FRAGOV")]),
    # a complete role takes no لـ of purpose; a time adverb ends it
    ("دعت الحكومة لمصارحة التونسيين", [("الحكومة", None), ("التونسيين", "TUN")]),
    ("قرر رئيس الحكومة اليوم إقالة الوزير", [("رئيس الحكومة", None), ("الوزير", None)]),
    # a quotation after a role is no name
    ("اعتبر المحتجون \"صمت الحكومة التونسية\" استفزازا", [("المحتجون", None), ("الحكومة التونسية", "TUNGOV")]),
])
def test_the_phrase_ends_before_the_object(mentions, text, expected):
    assert _found(mentions, text) == expected


# ---- and still takes what belongs to it ----------------------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("المدير العام للسكك الحديدية الصينية", "CHNGOV"),  # a generic head's genitive with لـ
    ("وزير الشؤون الخارجية بالمملكة البلجيكية", "BELGOV"),  # بـ with the state's name
    ("كاتب الدولة للهجرة والتونسيين", "TUNGOV"),  # a portfolio after لـ
    ("المحكمة الابتدائية بتونس", "TUNJUD"),
    ("الرئيس الأمريكي المنتخب دونالد ترامب", "USAGOV"),  # a participle adjective, then the name
    ("وزير المالية الأسبق حسين الديماسي", None),  # an elative adjective
    ("صحيفة \"ديلي ميل\" البريطانية", "GBRMED"),  # a name in quotes and its nisba
    ("قناة \"الحوار التونسي", "TUNMED"),  # (the phrase ends with its last word)
    ("الشركة الوطنية للسكك الحديدية التونسية", "TUNBUS"),
    ("وكالة الأنباء السعودية", "SAUMED"),  # a country name that is its own nisba
])
def test_the_phrase_keeps_its_own_parts(mentions, text, code):
    found = mentions(text)
    assert [m.text for m in found] == [text], [(m.text, m.code) for m in found]
    if code is not None:
        assert found[0].code == code


def test_a_portfolio_phrase_is_one_mention(mentions):
    found = mentions("عين وزيرا للوظيفة العمومية")
    assert [m.text for m in found] == ["وزيرا للوظيفة العمومية"]


def test_a_number_before_a_role_starts_a_new_one(mentions):
    found = [m.text for m in mentions("واعتقلت السلطات 40 شخصا الجمعة")]
    assert found == ["السلطات", "شخصا"]


# ---- adjectives that are also role nouns ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "قطعت تونس علاقاتها الدبلوماسية مع سوريا",  # after a possessed noun
    "قررت الحكومة تخفيض مستوى التمثيل الدبلوماسي مع قطر",  # after a definite noun
    "عاد الحديث عن العمل النقابي في الجهة",
    "تعرض الصحفي إلى التتبع بسبب تصريحاته الإعلامية",
    "فشل الحزب في حل خلافاته الداخلية",
    "تستعد الأحزاب للانتخابات البلدية",
    "بعيدا عن القنوات الدبلوماسية",  # a medium takes no diplomatic adjective as its own
])
def test_an_adjective_after_a_noun_is_no_actor(mentions, text):
    heads = {"foreign-ministry", "interior-ministry", "diplomat", "unionists", "media-workers", "municipality"}
    assert not [m.text for m in mentions(text) if m.head in heads]


@pytest.mark.parametrize("text, mention, sector", [
    ("قال المسؤول النقابي إن الإضراب قائم", "المسؤول النقابي", "LAB"),  # the adjective gives the sector
    ("أكد الطرف النقابي تمسكه بالاتفاق", "الطرف النقابي", "LAB"),
    ("ندد الوفد البرلماني الفرنسي بالقرار", "الوفد البرلماني الفرنسي", "LEG"),
    ("قال الأمين العام المساعد للاتحاد العام التونسي للشغل إن", "الأمين العام المساعد للاتحاد العام التونسي للشغل", "LAB"),
    ("أشرف عليها المعتمد الأول", "المعتمد", "GOV"),  # a preposition with a pronoun is no possessed noun
    ("وفق بلاغ أصدرته الداخلية", "الداخلية", "GOV"),  # nor a verb with its object
    ("قال الدبلوماسي الفرنسي إن", "الدبلوماسي الفرنسي", "GOV"),  # after a verb it is the diplomat
])
def test_an_adjective_of_a_role_is_part_of_it(mentions, text, mention, sector):
    found = {m.text: m.sector for m in mentions(text)}
    assert found.get(mention) == sector, found


@pytest.mark.parametrize("text, code", [
    ("تم إيقاف 6 مهاجرين غير شرعيين من جنسية مغربية", "MAR"),
    ("القبض على شاب من الجنسية الليبية", "LBY"),
])
def test_a_role_of_a_nationality_takes_its_country(mentions, text, code):
    # «من جنسية مغربية»: the migrants are Moroccans, one mention with the nisba's country
    found = [m for m in mentions(text) if m.kind == "role"]
    assert len(found) == 1 and found[0].country == code, [(m.text, m.code) for m in mentions(text)]


@pytest.mark.parametrize("text, adjective", [
    ("أشاد الوزير بشجاعة الخبراء الصينيين", True),  # agrees with the plural noun before it
    ("دعا المرزوقي في تدوينة نشرها اليوم التونسيين إلى الوقوف مع قطر", False),  # the people of the country
])
def test_a_plural_nisba_after_a_plural_noun_is_its_adjective(mentions, text, adjective):
    nisba = [m for m in mentions(text) if m.kind == "nisba"]
    assert len(nisba) == 1 and (nisba[0].note == "adjective") == adjective, [(m.text, m.note) for m in mentions(text)]
