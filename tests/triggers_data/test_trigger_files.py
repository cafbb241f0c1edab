"""The Arabic trigger lexicon and grammar words: files, schema, codes, examples, known collisions."""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from rasd.data import DATA_DIR, LINE, load_yaml
from rasd.events.cameo import CameoTable
from rasd.events.lexicon import TARGET_WORDS, TriggerLexicon, _surfaces
from rasd.grammar import Grammar
from rasd.text.matcher import TokenStream
from rasd.text.normalize import fold

TRIGGERS = DATA_DIR / "ar" / "triggers"
CAMEO_CSV = Path(__file__).resolve().parents[3] / "shared" / "reference" / "cameo" / "cameo-codes.csv"
FAMILIES = ["01_statement", "02_appeal", "03_intent", "04_consult", "05_diplomatic_cooperation",
            "06_material_cooperation", "07_aid", "08_yield", "09_investigate", "10_demand",
            "11_disapprove", "12_reject", "13_threaten", "14_protest", "15_force_posture",
            "16_reduce_relations", "17_coerce", "18_assault", "19_fight", "20_mass_violence"]
from rasd.events.lexicon import _ENTRY_KEYS as ENTRY_KEYS, _FILE_KEYS as FILE_KEYS  # one schema
MIN_ENTRIES = {"14": 12, "18": 15, "19": 12}  # the families the corpus is full of stay rich


def _files():
    return {p.stem: load_yaml(p) for p in sorted(TRIGGERS.glob("*.yaml"))}


def _entries():
    for stem, doc in _files().items():
        for raw in doc["entries"]:
            yield stem, doc, raw


def test_one_file_per_family():
    assert sorted(_files()) == FAMILIES
    for stem, doc in _files().items():
        assert str(doc["root"]) == stem[:2], stem
        assert not set(doc) - FILE_KEYS - {LINE}, stem


@pytest.mark.parametrize("stem", FAMILIES)
def test_entries_have_known_keys_and_content(stem):
    doc = load_yaml(TRIGGERS / f"{stem}.yaml")
    prefixes = set()
    for raw in doc["entries"]:
        where = f"{stem}:{raw.get(LINE)} {raw.get('id')}"
        assert not set(raw) - ENTRY_KEYS - {LINE}, where
        assert re.fullmatch(r"[a-z]+\.[a-z_]+", raw["id"]), where
        prefixes.add(raw["id"].split(".")[0])
        assert str(raw["cameo"]).startswith(stem[:2]), where
        assert any(raw.get(k) for k in ("verbs", "nouns", "phrases", "forms", "participles")), where
        for v in raw.get("verbs") or []:
            assert set(v) - {LINE} <= {"past", "present"} and (v.get("past") or v.get("present")), where
        for t in raw.get("target") or []:
            assert t in TARGET_WORDS, f"{where}: target {t}"
        examples = raw.get("examples") or []
        assert 1 <= len(examples) <= 3, where
        assert all(isinstance(e, str) and len(e.split()) >= 3 for e in examples), where
    assert len(prefixes) == 1, f"{stem}: one id prefix per family, got {prefixes}"


def test_ids_unique_and_enough_entries():
    ids = [raw["id"] for _, _, raw in _entries()]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    assert len(ids) >= 250
    per_root = defaultdict(int)
    for stem, _, _ in _entries():
        per_root[stem[:2]] += 1
    assert set(per_root) == {f[:2] for f in FAMILIES}
    for root, floor in MIN_ENTRIES.items():
        assert per_root[root] >= floor, (root, per_root[root])


def _codes_in(raw):
    yield str(raw["cameo"])
    for r in raw.get("refine") or []:
        yield str(r["cameo"])


def test_codes_exist_in_the_shipped_cameo_table():
    table = CameoTable.load()
    bad = [(raw["id"], c) for _, _, raw in _entries() for c in _codes_in(raw) if c not in table]
    assert not bad


def test_codes_exist_in_the_cameo_reference():
    if not CAMEO_CSV.exists():
        pytest.skip("../shared is absent")
    with open(CAMEO_CSV, encoding="utf-8") as f:
        codes = {row["code"] for row in csv.DictReader(f)}
    bad = [(raw["id"], c) for _, _, raw in _entries() for c in _codes_in(raw) if c not in codes]
    assert not bad


def test_entry_codes_are_three_or_four_digits():
    assert all(len(str(raw["cameo"])) in (3, 4) for _, _, raw in _entries())


def test_no_surface_form_belongs_to_two_entries():
    """A surface form has one owner — or several whose contexts tell them apart: at most one of them
    codes without a required word (the trigger stage picks the one whose context is there: اقتحم
    with protesters is 145, with armed men 171; «فك الاعتصام» with force is 175, else 082)."""
    owners = defaultdict(set)
    conditioned = {raw["id"] for _, _, raw in _entries() if raw.get("requires") or raw.get("requires_before")}
    for _, _, raw in _entries():
        for surface, _form, cls in _surfaces(raw):
            owners[(" ".join(fold(surface).split()), cls)].add(raw["id"])
    shared = {k: sorted(v) for k, v in owners.items() if len(v - conditioned) > 1}
    assert not shared


def test_a_shared_surface_goes_to_the_entry_whose_context_is_there():
    from triggers_harness import code
    ids, events = code("اقتحم مسلحون مقر السفارة المصرية في طرابلس")
    assert "coerce.storm" in ids and "protest.storm" not in ids
    ids, events = code("اقتحم محتجون مقر المعتمدية في القصرين")
    assert "protest.storm" in ids and "coerce.storm" not in ids
    ids, _ = code("تم فك الاعتصام بالقوة العامة أمام مقر الولاية")
    assert "coerce.break_up" in ids and "yield.ease_dissent" not in ids
    ids, _ = code("قرر المعتصمون فك الاعتصام بعد الاتفاق مع الوزارة")
    assert "yield.ease_dissent" in ids and "coerce.break_up" not in ids


def test_the_coder_loads_the_lexicon():
    lex = TriggerLexicon.load()
    assert len(lex.entries) >= 250


class _Tok:
    def __init__(self, norm, start, end):
        self.norm, self.start, self.end = norm, start, end


def _entries_matching(word: str, lex: TriggerLexicon) -> set[str]:
    """The entries whose surface form is exactly ``word``, matched as the coder matches a text:
    with the source text, so that a word written with ة (وزارة) is no verb + pronoun (و+زار+ه)."""
    toks = [_Tok(fold(m.group()), m.start(), m.end()) for m in re.finditer(r"\S+", word)]
    stream = TokenStream(toks, word)
    return {m.value.entry.id for m in lex.matcher.find(stream) if m.first == 0 and m.last == len(stream.starts) - 1}


# Frequent words of the press that an earlier version of the lexicon read as triggers once
# folded and split into clitics (و+زار+ه = وزارة, م+دين+ه = مدينة, هنا+ك = هناك, الب+ن+ك = البنك …).
NOT_TRIGGERS = ["وزارة", "وزاري", "وزارته", "وزارتها", "ووزارة", "بوزارة", "لوزارة", "وزارتنا", "وزارتهم", "مدينة", "ومدينة", "هناك", "هنا", "البنك", "قاضي",
                "ابن", "ابنه", "ثمن", "وحيد", "لوحة", "نداء", "مستقبلا", "متوسطة", "للأمن", "شكري",
                "التمسك", "صادر", "صادرة", "تحدي", "واسيا", "مهنية", "مدعمة", "ناصر", "قاطع", "فجر",
                "فجرا", "عبر", "ضبط", "تبني", "مصادره", "أيدي", "قاتل", "مقاتلين", "حظر", "قطع", "طرد",
                "مزورة", "فائدة", "عزت", "المصالحة", "حداد", "تضامن", "مقابلة", "تمشيط", "يعد",
                "أبعاد", "تقاطع"]


@pytest.mark.parametrize("word", NOT_TRIGGERS)
def test_frequent_non_event_words_are_not_triggers(word):
    lex = TriggerLexicon.load()
    assert not _entries_matching(word, lex)


@pytest.mark.parametrize("text,entry", [
    ("زار", "consult.visit"),  # a visit; «وزارة» is kept out by its ة (NOT_TRIGGERS)
    ("وزار", "consult.visit"),
    ("زاره", "consult.visit"),
    ("زارها", "consult.visit"),
    ("زاروا", "consult.visit"),
    ("زارت أمس", "consult.visit"),
    ("زارت", None),  # only in phrases: «وزارتها/وزارته» fold into و+زارت+ها/ه (the ministry)
    ("يدين", "disapprove.condemn"),
    ("طالبت", "demand.demand"),
    ("إضراب عن الطعام", "protest.hunger_strike"),
    ("وقفة احتجاجية", "protest.demonstrate"),
    ("غارات جوية", "fight.airstrike"),
    ("عن قلقها", "statement.pessimism"),
    ("على ضرورة", "demand.demand"),
    ("وقف إطلاق النار", "yield.ceasefire"),
    ("تبادل إطلاق النار", "fight.small_arms"),
    ("سيارة مفخخة", "assault.car_bomb"),
])
def test_surface_forms_match_their_entry(text, entry):
    lex = TriggerLexicon.load()
    found = _entries_matching(text, lex)
    assert found == ({entry} if entry else set())


# ---- grammar.yaml --------------------------------------------------------------------------
GRAMMAR_KEYS = {"negators", "denial_verbs", "future", "hypothetical", "questions", "speech_verbs",
                "carry_over", "both_sides", "own_country", "background", "rumor",
                "plan_masdars", "plan_realized", "plan_markers", "cancel_words", "reference_heads",
                "purpose_adverbs", "pluperfect", "occurrence_verbs", "plan_verbs",
                "failure_verbs", "threat_words", "reference_markers", "object_heads", "habitual",
                "charge_heads", "result_verbs", "demonstratives", "long_subject_verbs", "harm_verbs", "doing_verbs", "announce_verbs",
                "case_facts", "possibility"}


def test_grammar_file_has_exactly_the_keys_and_flat_lists():
    doc = load_yaml(DATA_DIR / "ar" / "grammar.yaml")
    assert set(doc) - {LINE} == GRAMMAR_KEYS
    for key in GRAMMAR_KEYS - {"speech_verbs", "harm_verbs", "doing_verbs"}:
        assert doc[key] and all(isinstance(w, str) and w.strip() for w in doc[key]), key
    for v in doc["speech_verbs"]:
        assert set(v) - {LINE} == {"past", "present"}
    for v in doc["harm_verbs"] + doc["doing_verbs"]:
        assert set(v) - {LINE} <= {"past", "present", "forms", "with"} and (v.get("past") or v.get("forms")) and v["with"]


def test_harm_verbs_realize_an_attack_for_their_victim():
    g = Grammar.load()
    for verb in ["أصيب", "أصيبوا", "استشهد", "قتلوا", "لقي", "لقيت", "لقوا"]:
        assert fold(verb) in g.harm_verbs and fold(verb) in g.victim_verbs
        assert "في" in g.realizing[fold(verb)]
    assert fold("تعرض") in g.victim_verbs  # (syntax.yaml's own victim verb stays)


def test_grammar_loads_with_the_words_the_brief_names():
    g = Grammar.load()
    for w in ["لم", "لن", "لا", "ما", "ليس", "غير", "عدم", "دون"]:
        assert fold(w) in g.negators
    for w in ["نفى", "نفت", "أنكر"]:
        assert fold(w) in g.denial_verbs
    for w in ["سوف", "من المقرر", "يعتزم", "ينوي"]:
        assert fold(w) in g.future
    assert {fold("الطرفان"), fold("الجانبين"), fold("البلدين")} <= g.both_sides
    assert {fold("بلاده"), fold("بلادها"), fold("دولته")} <= g.own_country
    assert ("قال", "يقول") in g.speech_verbs
    assert fold("هل") in g.questions


def test_hypothetical_words_do_not_fold_into_that():
    """«إن» folds into «ان», the same as «أن» after every قال: it must not be a conditional."""
    g = Grammar.load()
    assert fold("أن") not in g.hypothetical
    assert fold("أن") not in g.negators | g.future | g.questions
