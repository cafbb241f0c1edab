"""Violence triggers that need a word of violence after them: the trigger fires on a violent
context and stays silent on the ordinary one (our own sentences)."""
from __future__ import annotations

import pytest

from triggers_harness import code


@pytest.mark.parametrize("sentence, entry", [
    ("قتل ثلاثة أشخاص في إطلاق نار داخل سوق شعبية", "assault.killing"),
    ("لقي مصرعه عون أمن في إطلاق نار على دورية", "assault.killing"),
    ("استهدف انفجار حافلة للجيش السوري في ريف دمشق", "assault.explosion"),
    ("هز انفجار قوي مقر الشرطة وأعلن تنظيم إرهابي مسؤوليته", "assault.explosion"),
    ("دهس سائق شاحنة حشدا من المارة في مدينة نيس", "assault.ramming"),
    ("أصيب عون أمن بطعنات أمام مقر الوزارة", "assault.stabs"),
    ("وقعت جريمة قتل بشعة راح ضحيتها شاب", "assault.murder"),
])
def test_violent_context_fires(sentence, entry):
    ids, _ = code(sentence)
    assert entry in ids


@pytest.mark.parametrize("sentence, entry", [
    ("لقي شاب مصرعه في حادث مرور على الطريق الوطنية", "assault.killing"),
    ("حذر الخبراء من انفجار الوضع الاجتماعي في الجهات الداخلية", "assault.explosion"),
    ("صدرت بطاقة تفتيش في حق المتهم من أجل المشاركة في جريمة قتل", "assault.murder"),
    ("قتل الوقت في المقاهي عادة الشباب العاطلين", "assault.killing"),
])
def test_ordinary_context_stays_silent(sentence, entry):
    _, events = code(sentence)
    assert not any(e.trigger.entry_id == entry for e in events)
