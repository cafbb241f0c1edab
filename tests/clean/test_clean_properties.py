"""clean() never crashes and its offsets stay inside the raw text, whatever it is given."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.text.clean import clean

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
LINE_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\x0b", "\x0c", "\x85", "\n\n"])
PIECES = st.one_of(
    st.text(ARABIC, max_size=40),
    st.text(max_size=30),  # any Unicode, control characters and surrogates excluded by hypothesis
    st.text(st.characters(min_codepoint=0, max_codepoint=0x1F), max_size=10),  # control characters
    st.sampled_from(["الرئيسية / أخبار", "شارك", "اقرأ أيضا", "جميع الحقوق محفوظة ©", "الثلاثاء , 30 مايو 2023",
                     "Photo: AFP", "«", "…", " ", "\u200f", "\ufeff", "ـــ"]),
    LINE_BREAKS,
)


def check(raw: str) -> None:
    c = clean(raw)
    assert len(c.origin) == len(c.text) + 1
    assert c.origin[len(c.text)] == len(raw)
    prev = -1
    for i, ch in enumerate(c.text):
        o = c.origin[i]
        assert 0 <= o < len(raw)
        assert o >= prev
        prev = o
        if ch != "\n":
            assert raw[o] == ch
    for s, e, reason in c.dropped:
        assert 0 <= s < e <= len(raw) and reason
    assert all(d in raw for d in c.header_dates)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map("".join))
def test_mixed_pages_never_crash(raw):
    check(raw)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_random_unicode_never_crashes(raw):
    check(raw)


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=10_000, max_value=200_000), st.sampled_from(["ب", "a", "1 ", "بب ", "/ "]))
def test_huge_lines(n, unit):
    check(unit * (n // len(unit)) + "\n" + "خبر قصير.")
