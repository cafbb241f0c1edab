import pytest

from rasd.text.normalize import normalize
from rasd.text.segment import segment, split_sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("زار الوزير موسكو. والتقى نظيره!", ["زار الوزير موسكو.", "والتقى نظيره!"]),
    ("هل زار موسكو؟ نعم", ["هل زار موسكو؟", "نعم"]),
    ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
    ("قال: «آمل أن تعود. قريبا» وأضاف.", ["قال: «آمل أن تعود. قريبا» وأضاف."]),
    ("بلغ النمو 3.5 بالمئة.", ["بلغ النمو 3.5 بالمئة."]),
    ("اللجنة العسكرية المشتركة \"5 + 5\" اجتمعت.", ["اللجنة العسكرية المشتركة \"5 + 5\" اجتمعت."]),
    ("التقى د. محمد الوزير.", ["التقى د. محمد الوزير."]),
    ("انتهى اللقاء.وأعلنت الخارجية", ["انتهى اللقاء.", "وأعلنت الخارجية"]),
    ("ماذا؟! لا أعرف", ["ماذا؟!", "لا أعرف"]),
])
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_tokens_have_offsets_into_the_text_and_matching_forms():
    text = "أكّد الوزیر، بطرابلس «دعمه»."
    sents, tokens = segment(text, normalize(text))
    assert len(sents) == 1
    words = [(text[t.start:t.end], t.norm) for t in tokens]
    assert ("أكّد", "اكد") in words
    assert ("الوزیر", "الوزير") in words
    assert ("بطرابلس", "بطرابلس") in words
    assert ("،", "،") in words
    assert all(t.sentence == 0 for t in tokens)


def test_unbalanced_quote_does_not_swallow_the_article():
    text = "قال «" + "كلام طويل جدا " * 60 + ". ثم انتهى."
    assert len(sentences(text)) >= 2
