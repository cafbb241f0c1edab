import pytest

from rasd.text.normalize import fold, name_key, normalize


@pytest.mark.parametrize("text, folded", [
    ("أحمد", "احمد"), ("إيران", "ايران"), ("آمل", "امل"), ("مصطفى", "مصطفي"),
    ("حكومة", "حكومه"), ("وزیر", "وزير"), ("کرة", "كره"), ("ڤي", "في"),
    ("بنَّاء", "بناء"), ("مـــؤتمر", "موتمر"), ("٢٠١٩", "2019"), ("۱۵", "15"), ("«سبوتنيك»", '"سبوتنيك"'),
    ("مسؤول", "مسوول"), ("رئيس", "رييس"),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_normalize_keeps_a_map_back_to_the_text():
    text = "قالَ الوزیر ـــ «نعم» ٢٠٢١"
    norm = normalize(text)
    assert norm.text == 'قال الوزير  "نعم" 2021'
    for i, ch in enumerate(norm.text):
        assert 0 <= norm.origin[i] < len(text)
    start = norm.text.index("الوزير")
    s, e = norm.to_source(start, start + len("الوزير"))
    assert text[s:e] == "الوزیر"
    assert norm.origin[len(norm.text)] == len(text)


@pytest.mark.parametrize("a, b", [
    ("شويغو", "شويجو"), ("بوغدانوف", "بوجدانوف"), ("فائز السراج", "فايز السراج"),
    ("معيتيق", "امعيتيق"), ("الباعور", "الباور"), ("لافي", "اللافي"), ("سيرغي لافروف", "سيرجي لافروف"),
])
def test_name_key_merges_transliteration_variants(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [("فائز السراج", "فارس السراج"), ("لافروف", "لافي"), ("حفتر", "حفار")])
def test_name_key_keeps_different_names_apart(a, b):
    assert name_key(a) != name_key(b)
