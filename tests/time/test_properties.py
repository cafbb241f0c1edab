"""Random text never crashes the grammar, and every offset stays in range."""
from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.time import find_dates, publication_date

WORDS = ["أمس", "اليوم", "الخميس", "الماضي", "المقبل", "جانفي", "حزيران", "(يونيو)", "تشرين",
         "أول", "2013", "١٥", "15/04/2021", "2021-04-15", "عام", "في", "منذ", "ثلاثة", "أيام",
         "رمضان", "١٤٤٢", "هـ", "نفسه", "ذات", "الفترة", "بداية", "العام", "الجاري", "الأسبوع",
         "قبل", "يومين", "مساء", "غدًا", "،", ".", "\n", "  ", "ـ", "َ", "ّ", "31", "0", "1899", "2100"]
VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LENGTH = {"year": 4, "month": 7, "day": 10}

texts = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=40).map("".join),
    st.text(max_size=200),
)
pubs = st.one_of(st.none(), st.dates(min_value=date(1930, 1, 1), max_value=date(2070, 12, 31)))


@settings(max_examples=400, deadline=None)
@given(texts, pubs)
def test_find_dates_never_crashes_and_offsets_hold(text: str, published: date | None) -> None:
    found = find_dates(text, published)
    last_end = 0
    for d in found:
        assert 0 <= d.start < d.end <= len(text)
        assert d.start >= last_end  # sorted, not overlapping
        last_end = d.end
        assert d.text == text[d.start:d.end]
        assert d.source
        if d.value is None:
            assert d.precision is None
        else:
            assert VALUE.match(d.value) and len(d.value) == LENGTH[d.precision]
            date.fromisoformat(d.value + "-01-01"[len(d.value) - 4:])


@settings(max_examples=200, deadline=None)
@given(texts)
def test_publication_date_never_crashes(text: str) -> None:
    found, step = publication_date(text)
    assert step is not None
    assert (found is None) == (step == "unknown" or step.startswith("dateline-rejected"))
