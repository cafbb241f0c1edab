"""The date each event of a document gets, through the whole pipeline (sentences are our own).

The cascade (rasd.events.dates._attach_date): the meeting an event belongs to («خلال اللقاء») →
a date of its own clause (not one of a relative or subordinate clause after it) → the date the
document gives elsewhere to the same meeting («عقب زيارة …», a background «يذكر أن …») → the date
the story is at → the publication date, for news of the day only; pluperfect frames never take
the day's date; with no evidence the date is null with a reason, never today's date.
"""
from __future__ import annotations

from datetime import date

import pytest

from rasd.model import Document
from rasd.pipeline import Pipeline

SAT = date(2021, 4, 17)  # Saturday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def _dates(pipeline: Pipeline, text: str, published: date | None) -> dict[str, tuple[str | None, str]]:
    doc = pipeline.run(Document(id="t", raw=text, published=published))
    return {e.trigger.text: (e.date.value, e.date.source) for e in doc.events}


# (text, publication date, trigger, expected value, expected source or its first part)
CASES = [
    # a date of the event's own clause
    ("التقى وزير الخارجية الروسي أمس نظيره التونسي.", SAT, "التقى", "2021-04-16", "relative:أمس"),
    # the news of the day without a date: the publication date
    ("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو.", SAT, "التقى", "2021-04-17",
     "publication"),
    # a date inside a relative clause after the event is the relative clause's
    ("طالبت روسيا ليبيا بالإفراج عن المواطنين الروسيين اللذين تم اعتقالهما في طرابلس في مايو 2019.",
     SAT, "طالبت", "2021-04-17", "publication"),
    ("طالبت روسيا ليبيا بالإفراج عن المواطنين الروسيين اللذين تم اعتقالهما في طرابلس في مارس 2021.",
     SAT, "اعتقالهما", "2021-03", "explicit:month-year"),
    ("أعلن الجانب الروسي عزمه استئناف عمل سفارته في طرابلس، التي أغلقت منذ عام 2013.", SAT, "عزمه",
     "2021-04-17", "publication"),
    # … but a relative clause about the event noun itself dates it
    ("اختار المدرب ملعب رادس لاحتضان لقاء تونس ومصر الذي سيدور يوم 11 جوان القادم.", SAT, "لقاء",
     "2021-06-11", "day-month:next"),
    # a date after another verb is that verb's: the invitation is today's, the visit November's
    ("وجهت روسيا دعوة لوفد ليبي سيقوم بزيارة إلى موسكو خلال شهر نوفمبر القادم.", SAT, "وجهت",
     "2021-04-17", "publication"),
    # … but not after a verb joined to the event by «و» alone, nor after a phrase like «عن قلقها»
    ("استقبل الرئيس التونسي السفير الروسي وبحث معه العلاقات الثنائية يوم الخميس الماضي.", SAT, "استقبل",
     "2021-04-15", "weekday:last"),
    ("أعربت روسيا عن قلقها أمس من الوضع في ليبيا.", SAT, "أعربت", "2021-04-16", "relative:أمس"),
    # «إثر مداهمة»: the raid is dated with its clause
    ("تمكنت وحدات الحرس الوطني ليلة أمس من إيقاف شخصين إثر مداهمة منزل بمدينة سوسة.", SAT, "مداهمة",
     "2021-04-16", "relative:أمس"),
    # «خلال اللقاء»: the date of the meeting, not the date of the statement about it
    ("استقبل الرئيس التونسي أمس السفير الروسي بقصر قرطاج. وأكد السفير خلال اللقاء، وفق بلاغ نشرته "
     "الرئاسة اليوم السبت، دعم بلاده لتونس.", SAT, "دعم", "2021-04-16", "meeting:relative:أمس"),
    # a pluperfect frame keeps its own date, and the story goes on at it
    ("أعربت روسيا اليوم عن قلقها من الوضع في ليبيا. وكانت روسيا قد أجلت موظفي سفارتها في طرابلس في "
     "تشرين أول (أكتوبر) 2013. وجاء القرار على خلفية مهاجمة السفارة الروسية في طرابلس من طرف مسلحين.",
     SAT, "مهاجمة", "2013-10", "story:explicit:month-year"),
    # … and without a date of its own it is undated, not the day's news
    ("أعربت روسيا اليوم عن قلقها من الوضع في ليبيا. وكانت روسيا قد أجلت موظفي سفارتها في طرابلس.",
     SAT, "أجلت موظفي سفارتها", None, "background:undated"),
    # a clause told as going on now (وتجرى حاليا) does not take the date of the clause before it
    ("قرر الاتحاد المحلي للشغل تنفيذ إضراب عام يوم الخميس المقبل وتجرى حاليا جلسة تفاوض بين والي "
     "الجهة وممثلي المنطقة.", SAT, "جلسة تفاوض", "2021-04-17", "publication"),
    # … while a coordinated clause with no such word shares it
    ("نفذ عمال المصنع التونسي أمس وقفة احتجاجية أمام مقر الولاية وأغلقوا الطريق الرئيسية المؤدية إلى "
     "المدينة.", SAT, "وأغلقوا الطريق", "2021-04-16", "relative:أمس"),
    # a reminder frame in the present goes on with the story
    ("أعربت روسيا اليوم عن قلقها. يذكر أن وزير الخارجية الروسي يؤدي زيارة إلى ليبيا.", SAT,
     "يؤدي زيارة", "2021-04-17", "story:relative:اليوم"),
]


@pytest.mark.parametrize(("text", "published", "trigger", "value", "source"), CASES,
                         ids=[f"{i:02d}" for i in range(len(CASES))])
def test_event_date(pipeline, text, published, trigger, value, source) -> None:
    got = _dates(pipeline, text, published)
    assert trigger in got, got
    assert got[trigger][0] == value, got
    assert got[trigger][1].startswith(source), got


def test_a_split_phrase_is_one_event_with_one_date(pipeline) -> None:
    doc = pipeline.run(Document(id="t", raw="أعربت روسيا عن قلقها أمس من الوضع في ليبيا.", published=SAT))
    assert [(e.cameo, e.date.value) for e in doc.events] == [("012", "2021-04-16")]


VISIT = ("بحث وزير الخارجية الجزائري، اليوم السبت، هاتفيا مع نظيره التونسي العلاقات الثنائية، عقب زيارة "
         "الرئيس التونسي إلى الجزائر.\n\n"
         "يذكر أن الرئيس التونسي أجرى مباحثات مع رئيس الحكومة الجزائرية.\n\n"
         "وأضاف الرئيس التونسي أن بلاده تدعم الجزائر.\n\n"
         "كما التقى الرئيس التونسي خلال زيارته للجزائر الخميس الماضي الرئيس الجزائري عبد المجيد تبون.")


def test_a_visit_mentioned_in_passing_takes_the_date_told_later(pipeline) -> None:
    got = _dates(pipeline, VISIT, SAT)
    assert got["بحث"] == ("2021-04-17", "relative:اليوم")  # the call is today's
    assert got["زيارة"] == ("2021-04-15", "episode:weekday:last")  # «عقب زيارة»: the visit, Thursday
    assert got["أجرى مباحثات"] == ("2021-04-15", "episode:weekday:last")  # «يذكر أن»: a meeting of the visit
    assert got["تدعم"] == ("2021-04-15", "story:episode:weekday:last")  # what follows goes on at it
    assert got["التقى"] == ("2021-04-15", "weekday:last")


def test_without_the_visit_dated_elsewhere_the_clause_date_stays(pipeline) -> None:
    text = VISIT.rsplit("\n\n", 1)[0]
    got = _dates(pipeline, text, SAT)
    assert got["زيارة"] == ("2021-04-17", "relative:اليوم")
    assert got["أجرى مباحثات"][0] == "2021-04-17"


def test_two_dates_for_the_visit_are_no_evidence(pipeline) -> None:
    text = VISIT + "\n\nوكان الرئيس التونسي قد التقى الرئيس الجزائري في مارس الماضي."
    got = _dates(pipeline, text, SAT)
    assert got["زيارة"] == ("2021-04-17", "relative:اليوم")


# --- no date evidence: null with a reason, never today's date ----------------------------------
WIDGET = "الثلاثاء , 30 مايو 2023\n"  # a site's date widget: the body says «اليوم الجمعة»
BODY = ("قال وزير الخارجية الروسي سيرغي لافروف إن السفارة الروسية في ليبيا تعمل من تونس، حسب تصريح "
        "نقلته الوكالة اليوم الجمعة.\n\nوالتقى لافروف نظيره التركي في موسكو.\n\n"
        "وكانت روسيا قد أجلت موظفي سفارتها في طرابلس.")


@pytest.mark.parametrize("text", [BODY, WIDGET + BODY, "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو."])
def test_no_date_evidence_gives_null_dates_with_a_reason(pipeline, text) -> None:
    doc = pipeline.run(Document(id="t", raw=text))
    assert doc.published is None
    assert doc.events
    today = date.today().isoformat()
    for ev in doc.events:
        assert ev.date.value is None and ev.date.precision is None, ev.date
        assert ev.date.source in ("publication:unknown", "relative:no-publication-date", "background:undated")
        assert ev.to_record()["date"] != today


def test_the_widget_is_rejected_and_said_so() -> None:
    from rasd.time import publication_date
    from rasd.time.stage import add_dates

    assert publication_date(WIDGET + BODY) == (None, "dateline-rejected:weekday")
    assert publication_date(BODY) == (None, "unknown")
    doc = add_dates(Document(id="t", raw=WIDGET + BODY, text=BODY))
    assert (doc.published, doc.published_source) == (None, "dateline-rejected:weekday")
    assert all(d.value is None and d.source == "relative:no-publication-date" for d in doc.dates)


def test_a_consistent_header_dates_the_events(pipeline) -> None:
    doc = pipeline.run(Document(id="t", raw="الجمعة , 24 جويلية 2020\n" + BODY))
    assert (doc.published, doc.published_source) == (date(2020, 7, 24), "dateline")
    got = {e.trigger.text: e.date.value for e in doc.events}
    assert got["والتقى"] == "2020-07-24"
