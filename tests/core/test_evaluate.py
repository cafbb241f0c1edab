"""The scorer follows ../shared/gold/README.md: matching, symmetric pairs, recall over required."""
from datetime import date

from rasd.evaluate import gold_date, score_document
from rasd.model import ActorMention, DateValue, Event, Trigger


def ev(src, tgt, cameo, when=None):
    trig = Trigger(0, 1, "x", "e", cameo, 0)
    mention = lambda c: ActorMention(0, 1, "x", None, c, None, c, "country") if c else None
    return Event("d", 0, "", trig, mention(src), mention(tgt), cameo, None, 1, 0.0,
                 date=DateValue(when, "day") if when else None)


def gold(src, tgt, roots, required=True, symmetric=False, when=None):
    return {"source": src, "target": tgt, "roots": roots, "cameo": roots[0] + "0", "required": required,
            "symmetric": symmetric, "date": when, "evidence": ""}


def test_symmetric_gold_matches_either_direction():
    s = score_document("d", [gold("RUS", "LBY", ["04"], symmetric=True)], [ev("LBY", "RUS", "043")], None)
    assert (s.recalled, s.correct) == (1, 1)
    s = score_document("d", [gold("RUS", "LBY", ["04"])], [ev("LBY", "RUS", "043")], None)
    assert (s.recalled, s.correct) == (0, 0)


def test_each_gold_event_is_matched_at_most_once_but_precision_counts_any_match():
    golds = [gold("RUS", "LBY", ["05"])]
    s = score_document("d", golds, [ev("RUS", "LBY", "051"), ev("RUS", "LBY", "051")], None)
    assert s.recalled == 1 and s.correct == 2 and s.predicted == 2


def test_optional_gold_events_are_not_misses_nor_false_positives():
    golds = [gold("RUS", "LBY", ["05"]), gold("RUS", "EGY", ["04"], required=False)]
    s = score_document("d", golds, [ev("RUS", "EGY", "040")], None)
    assert (s.gold_required, s.recalled, s.correct) == (1, 0, 1)


def test_alternative_roots_and_maximum_matching():
    golds = [gold("RUS", "LBY", ["03", "02"]), gold("RUS", "LBY", ["03"])]
    preds = [ev("RUS", "LBY", "031"), ev("RUS", "LBY", "020")]
    s = score_document("d", golds, preds, None)
    assert s.recalled == 2  # greedy could give 1; the maximum matching gives 2


def test_dates_relative_to_publication():
    pub = date(2020, 6, 4)
    assert gold_date("P-1", pub) == ("2020-06-03", "day")
    assert gold_date("P", pub) == ("2020-06-04", "day")
    assert gold_date("2013-10", pub) == ("2013-10", "month")
    assert gold_date("P-1", None) == (None, None)
    s = score_document("d", [gold("RUS", "LBY", ["04"], when="P-1")], [ev("RUS", "LBY", "043", "2020-06-03")], pub)
    assert (s.dates_scored, s.dates_correct) == (1, 1)
    s = score_document("d", [gold("RUS", "LBY", ["04"], when="2013-10")], [ev("RUS", "LBY", "043", "2013-11-02")], pub)
    assert (s.dates_scored, s.dates_correct) == (1, 0)
