"""Argument assignment and modality on the small fixture lexicon (tests/fixtures/lexicon)."""
from datetime import date

import pytest

from rasd.errors import PipelineError
from rasd.model import Document
from rasd.pipeline import NormalizeStage, Pipeline, SegmentStage


def run(pipeline, text):
    return pipeline.run(Document("t", text, published=date(2020, 6, 4)))


def triples(pipeline, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in run(pipeline, text).events]


@pytest.mark.parametrize("text, expected", [
    # verb first, apposition, person resolved at the date
    ("التقى سيرغي لافروف، وزير الخارجية الروسي، أمس فائز السراج.", [("RUSGOV", "LBYGOV", "043")]),
    # role noun composed with a nisba; masdar with the clause subject as agent; target after لـ
    ("أكد السفير الروسي دعم بلاده لحكومة الوفاق الوطني.", [("RUSGOV", "LBYGOV", "051")]),
    # refinement: هاتفيا makes a phone call
    ("بحث لافروف هاتفيا مع السراج العلاقات الثنائية.", [("RUSGOV", "LBYGOV", "041")]),
    # capital as the object of a visit is the government it stands for
    ("زار حفتر موسكو.", [("LBYMIL", "RUSGOV", "042")]),
    # subject first, dual verb: both sides
    ("لافروف والسراج بحثا العلاقات.", [("RUSGOV", "LBYGOV", "046")]),
    # a capital after في is a place, not a target
    ("وأجرى الجانب الروسي مباحثات مع الوفد الليبي في طرابلس.", [("RUSGOV", "LBYGOV", "046")]),
    # negation: no event
    ("لم يلتق لافروف السراج.", []),
    # future act of cooperation: an intent (036)
    ("سيزور السراج موسكو الأسبوع المقبل.", [("LBYGOV", "RUSGOV", "036")]),
    # protest needs no target
    ("تظاهر محتجون ليبيون أمام السفارة في طرابلس.", [("LBYCVL", None, "141")]),
    # no actor, no event
    ("بحثت اللجنة المسائل العالقة.", []),
])
def test_arguments(small_pipeline, text, expected):
    assert triples(small_pipeline, text) == expected


def test_the_two_sides_stand_for_the_document_dyad(small_pipeline):
    text = ("التقى لافروف السراج في موسكو. وقال لافروف إن روسيا تدعم ليبيا. "
            "واتفق الطرفان على مواصلة المباحثات مع ليبيا.")
    doc = run(small_pipeline, text)
    assert doc.events[0].cameo == "043"


def test_a_bare_role_refers_back_to_the_last_phrase_with_the_same_head(small_pipeline):
    doc = run(small_pipeline, "وصل السفير الروسي. والتقى السفير الوفد الليبي.")
    amb = [m for m in doc.mentions if m.text == "السفير"]
    assert amb and amb[0].country == "RUS" and amb[0].note == "coref:ambassador"


def test_event_offsets_point_into_the_text(small_pipeline):
    text = "التقى لافروف السراج."
    ev = run(small_pipeline, text).events[0]
    assert text[ev.trigger.start:ev.trigger.end] == "التقى"
    assert text[ev.source.start:ev.source.end] == "لافروف"
    rec = ev.to_record()
    assert rec["cameo_root"] == "04" and rec["plover"] == "CONSULT" and rec["quad_class"] == 1
    assert rec["goldstein"] == pytest.approx(2.8)


def test_a_pipeline_missing_a_stage_fails_at_build_naming_it():
    with pytest.raises(PipelineError, match="segment.*requires norm"):
        Pipeline([SegmentStage()])
    Pipeline([_Clean(), NormalizeStage(), SegmentStage()])


class _Clean:
    name, requires, provides = "clean", ("raw",), ("text",)

    def __call__(self, doc):
        doc.text = doc.raw
        return doc


def test_no_date_evidence_gives_a_null_date_with_its_reason(small_pipeline):
    from rasd.model import Document

    doc = small_pipeline.run(Document("t", "التقى لافروف السراج في موسكو."))
    (ev,) = doc.events
    rec = ev.to_record()
    assert rec["date"] is None and rec["date_precision"] is None
    assert rec["date_source"] == "publication:unknown"


def test_the_date_of_yesterday_and_its_source(small_pipeline):
    from rasd.model import Document

    doc = small_pipeline.run(Document("t", "التقى لافروف السراج في موسكو.", published=date(2020, 6, 4)))
    assert doc.events[0].to_record()["date"] == "2020-06-04"
    assert doc.events[0].to_record()["date_source"] == "publication"
