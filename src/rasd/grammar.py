"""Function words and frames: the small closed classes the stages read a clause with.

Two files: ``data/ar/syntax.yaml`` (prepositions, fillers, adverbs: how a clause is built) and
``data/ar/grammar.yaml`` (negation, future, attribution, carry-over, both sides: what a clause
means). Everything is folded to the matching form once, here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rasd.data import DATA_DIR, LINE, as_list, load_yaml
from rasd.errors import LexiconError
from rasd.text.normalize import fold

_SYNTAX_KEYS = {"statement_nouns", "news_media", "passive_auxiliaries", "gathering_verbs", "addressee_bodies", "protest_leads", "slogans", "approximators", "number_words", "aims", "casualties", "protest_purposes", "victim_nouns", "act_heads", "complementizers", "reporters", "relatives", "addressee_markers", "addressee_fillers", "attack_heads", "attack_words", "attribution", "realizing_verbs", "quantifiers", "topic_prepositions", "light_verbs", "anaphoric", "agent_markers", "prepositions", "np_breakers", "locative", "np_fillers", "adverbs", "clause_breakers", "fears", "happening", "need_words", "either_voice", "causative_verbs", "stress_verbs", "cause_words", "hedges", "group_members", "object_pronouns", "label_words"}
_GRAMMAR_KEYS = {"negators", "denial_verbs", "future", "hypothetical", "questions", "speech_verbs",
                 "carry_over", "both_sides", "own_country", "background", "rumor",
                 "plan_masdars", "plan_realized", "plan_markers", "cancel_words", "reference_heads",
                 "purpose_adverbs", "pluperfect", "occurrence_verbs", "plan_verbs",
                 "failure_verbs", "threat_words", "reference_markers", "object_heads", "habitual", "charge_heads",
                 "result_verbs", "demonstratives", "long_subject_verbs", "doing_verbs",
                 "announce_verbs", "case_facts", "possibility",
                 "harm_verbs"}


def _words(values) -> frozenset[str]:
    return frozenset(fold(str(v)).strip() for v in as_list(values) if str(v).strip())


@dataclass(frozen=True, slots=True)
class Grammar:
    anaphoric: frozenset[str]
    light_verbs: frozenset[str]
    topic_prepositions: frozenset[str]
    quantifiers: frozenset[str]
    agent_markers: frozenset[str]
    prepositions: frozenset[str]
    np_breakers: frozenset[str]  # includes the prepositions
    locative: frozenset[str]
    np_fillers: frozenset[str]
    adverbs: frozenset[str]
    clause_breakers: frozenset[str]
    negators: frozenset[str]
    denial_verbs: frozenset[str]
    future: frozenset[str]
    hypothetical: frozenset[str]
    questions: frozenset[str]
    speech_verbs: tuple[tuple[str, str], ...]  # (past, present)
    carry_over: frozenset[str]
    both_sides: frozenset[str]
    own_country: frozenset[str]
    background: frozenset[str]
    rumor: frozenset[str]
    statement_nouns: frozenset[str]
    news_media: frozenset[str]
    passive_auxiliaries: frozenset[str]
    gathering_verbs: frozenset[str]
    addressee_bodies: dict[str, str]  # folded word → sector: الولاية → GOV
    protest_leads: frozenset[str]
    slogans: frozenset[str]
    approximators: frozenset[str]
    number_words: frozenset[str]
    aims: frozenset[str]
    fears: frozenset[str]
    happening: frozenset[str]
    need_words: frozenset[str]
    either_voice: frozenset[str]
    causative_verbs: frozenset[str]
    stress_verbs: frozenset[str]
    cause_words: frozenset[str]
    hedges: frozenset[str]
    object_pronouns: frozenset[str]  # إياه، إياها: a fronted object pronoun
    label_words: frozenset[str]  # يعتبر، بمثابة: what something is called
    group_members: frozenset[str]  # بينهم، رفقة: more people of one group (of other nationalities)
    casualties: frozenset[str]
    protest_purposes: frozenset[str]
    victim_nouns: frozenset[str]
    act_heads: frozenset[str]
    complementizers: frozenset[str]
    reporters: frozenset[str]
    relatives: frozenset[str]
    addressee_markers: frozenset[str]
    addressee_fillers: frozenset[str]
    attack_heads: frozenset[str]
    attack_words: frozenset[str]
    attribution: frozenset[str]
    realizing: dict[str, frozenset[str]]  # inflected verb → prepositions after which its noun is an act
    victim_verbs: frozenset[str]  # inflected verbs whose subject undergoes the act (تعرض)
    # read by the trigger stage (grammar.yaml says what each is)
    plan_masdars: frozenset[str] = frozenset()
    plan_realized: frozenset[str] = frozenset()
    plan_markers: frozenset[str] = frozenset()
    cancel_words: frozenset[str] = frozenset()
    reference_heads: frozenset[str] = frozenset()
    purpose_adverbs: frozenset[str] = frozenset()
    pluperfect: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    plan_verbs: frozenset[str] = frozenset()
    failure_verbs: frozenset[str] = frozenset()
    threat_words: frozenset[str] = frozenset()
    reference_markers: frozenset[str] = frozenset()
    object_heads: frozenset[str] = frozenset()
    habitual: frozenset[str] = frozenset()
    charge_heads: frozenset[str] = frozenset()
    result_verbs: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    long_subject_verbs: frozenset[str] = frozenset()
    announce_verbs: frozenset[str] = frozenset()
    case_facts: frozenset[str] = frozenset()
    possibility: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()  # inflected verbs of harm suffered (أصيب، استشهد، لقي)

    @classmethod
    def load(cls, root: Path | None = None) -> "Grammar":
        root = root or DATA_DIR / "ar"
        syntax = _mapping(root / "syntax.yaml", _SYNTAX_KEYS)
        grammar = _mapping(root / "grammar.yaml", _GRAMMAR_KEYS) if (root / "grammar.yaml").exists() else {}
        speech = []
        for v in as_list(grammar.get("speech_verbs")):
            if isinstance(v, dict):
                speech.append((fold(str(v.get("past", ""))), fold(str(v.get("present", "")))))
            else:
                speech.append((fold(str(v)), ""))
        realizing, victims = _realizing(syntax.get("realizing_verbs"), root / "syntax.yaml")
        # verbs of harm suffered (grammar.yaml) realize the attack noun after them for their victim
        harm, harmed = _realizing(grammar.get("harm_verbs"), root / "grammar.yaml", victim=True)
        doing, _ = _realizing(grammar.get("doing_verbs"), root / "grammar.yaml")
        for form, preps in list(harm.items()) + list(doing.items()):
            realizing[form] = realizing.get(form, frozenset()) | preps
        victims = victims | harmed
        bodies = _by_sector(syntax.get("addressee_bodies"), root / "syntax.yaml")
        words = {k: _words(syntax.get(k)) for k in _SYNTAX_KEYS - {"realizing_verbs", "addressee_bodies"}}
        words["np_breakers"] = words["np_breakers"] | words["prepositions"]
        return cls(
            **words,
            **{k: _words(grammar.get(k)) for k in _GRAMMAR_KEYS if k not in ("speech_verbs", "harm_verbs", "doing_verbs")},
            harm_verbs=frozenset(harm),
            speech_verbs=tuple(speech),
            realizing=realizing,
            victim_verbs=victims,
            addressee_bodies=bodies,
        )


def _by_sector(values, path: Path) -> dict[str, str]:
    """{SECTOR: [words]} → folded word → sector."""
    if values is None:
        return {}
    if not isinstance(values, dict):
        raise LexiconError(str(path), None, "addressee_bodies: expected a mapping of sector → words")
    return {fold(str(w)).strip(): str(sector) for sector, words in values.items() if sector != LINE
            for w in as_list(words)}


def _realizing(values, path: Path, victim: bool = False) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Every inflected form of the realizing verbs → the prepositions they govern (folded; ب and ل
    stand for the attached letters). With ``victim`` every verb is one whose subject undergoes the act."""
    from rasd.events.lexicon import verb_forms

    out: dict[str, set[str]] = {}
    victims: set[str] = set()
    for v in as_list(values):
        if not isinstance(v, dict) or not (v.get("past") or v.get("present") or v.get("forms")) or not v.get("with"):
            line = v.get(LINE) if isinstance(v, dict) else None
            raise LexiconError(str(path), line, "a realizing verb needs past and/or present (or forms), and with")
        unknown = set(v) - {"past", "present", "forms", "with", "victim", LINE}
        if unknown:
            raise LexiconError(str(path), v.get(LINE), f"unknown key(s): {', '.join(sorted(unknown))}")
        past, present, _ = verb_forms(str(v.get("past") or ""), str(v.get("present") or ""))
        # forms the generator misses (لقيت) and masdars with a pronoun (تعرضه)
        past = past + [fold(str(f)) for f in as_list(v.get("forms"))]
        preps = {fold(str(p)) for p in as_list(v["with"])}
        if "الي" in preps:
            preps.add("الي")
        for form in past + present:
            out.setdefault(form, set()).update(preps)
            if v.get("victim") or victim:
                victims.add(form)
    return {k: frozenset(v) for k, v in out.items()}, frozenset(victims)


def _mapping(path: Path, allowed: set[str]) -> dict:
    doc = load_yaml(path) or {}
    if not isinstance(doc, dict):
        raise LexiconError(str(path), 1, "expected a mapping of word lists")
    unknown = set(doc) - allowed - {LINE}
    if unknown:
        raise LexiconError(str(path), 1, f"unknown key(s): {', '.join(sorted(unknown))}")
    return doc
