import pytest

from rasd.text.matcher import PhraseMatcher, TokenStream, longest
from rasd.text.normalize import normalize
from rasd.text.segment import segment


def find(entries, text):
    m = PhraseMatcher()
    for phrase, cls in entries:
        m.add(phrase, phrase, cls)
    _, tokens = segment(text, normalize(text))
    return [(x.value, x.prefix, x.suffix) for x in longest(m.find(TokenStream(tokens)))]


@pytest.mark.parametrize("text, expected", [
    ("وصل بطرابلس", [("طرابلس", "ب", "")]),
    ("دعما لحكومة الوفاق", [("حكومة الوفاق", "ل", "")]),
    ("دعما للوفاق", [("الوفاق", "لا", "")]),
    ("وبالوفاق", [("الوفاق", "وب", "")]),
    ("المدارس والدروس", []),  # روس inside دروس is no match
    ("لافروف", []),  # ل is not a clitic of افروف: the key طرابلس does not match at all
])
def test_proclitics(text, expected):
    assert find([("طرابلس", "name"), ("حكومة الوفاق", "name"), ("الوفاق", "name"), ("روس", "noun")], text) == expected


def test_enclitics_and_construct_state():
    assert find([("بعثة", "noun")], "عودة بعثتها") == [("بعثة", "", "ها")]
    assert find([("بعثة", "noun")], "البعثة") == [("بعثة", "ال", "")]
    assert find([("روسيا", "name")], "روسياها") == []


def test_verb_prefixes_mark_the_future():
    assert find([("يزور", "verb")], "وسيزور") == [("يزور", "وس", "")]


def test_longest_match_wins():
    got = find([("وزير", "noun"), ("وزير الخارجية", "noun")], "وزير الخارجية")
    assert got == [("وزير الخارجية", "", "")]


def test_phrase_does_not_cross_punctuation():
    assert find([("موسكو انقرة", "name")], "موسكو، أنقرة") == []
    assert find([("موسكو انقرة", "name")], "موسكو أنقرة") == [("موسكو انقرة", "", "")]
