"""A headline sums up its article: an event it names and the body tells again is one event, read
from the body (sentences are our own)."""
from __future__ import annotations

from datetime import date

from rasd import default_pipeline
from rasd.model import Document


def _run(title: str, body: str):
    doc = Document("t", title + "\n\n" + body, published=date(2017, 3, 1), title=title)
    return default_pipeline().run(doc)


def test_the_body_tells_the_headline_event_again_and_its_reading_is_kept():
    doc = _run("القصرين: وقفة احتجاجية لأهالي حي النور",
               "نفذ عدد من أهالي حي النور اليوم وقفة احتجاجية أمام مقر الولاية للمطالبة بالتشغيل.")
    protests = [e for e in doc.events if e.cameo[:2] == "14"]
    assert len(protests) == 1
    [ev] = protests
    assert ev.sentence > 0 and "نفذ" in doc.sentence_text(ev.sentence)
    assert ev.location is not None and ev.location.name == "Kasserine"  # the headline's place


def test_a_headline_event_the_body_does_not_tell_stays():
    doc = _run("الشرطة تعتقل ثلاثة مشتبه بهم في قفصة",
               "أعربت وزارة الداخلية التونسية اليوم عن ارتياحها لنتائج العملية.")
    assert any(e.cameo[:2] == "17" and e.sentence == 0 for e in doc.events)


def test_without_a_title_the_first_line_is_an_ordinary_sentence():
    text = ("القصرين: وقفة احتجاجية لأهالي حي النور\n\nنفذ عدد من أهالي حي النور اليوم وقفة احتجاجية أمام "
            "مقر الولاية للمطالبة بالتشغيل.")
    doc = default_pipeline().run(Document("t", text, published=date(2017, 3, 1)))
    assert any(e.cameo[:2] == "14" and e.sentence == 0 for e in doc.events)
