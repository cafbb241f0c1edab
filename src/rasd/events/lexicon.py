"""The Arabic trigger lexicon: entries, their generated surface forms, and one matcher.

Format: ``docs/data-formats.md`` (files ``data/ar/triggers/NN_*.yaml``). Verb forms are generated
from the third person masculine singular past and present (:func:`verb_forms`); masdars and
event nouns are matched with the article, prepositions and enclitics; fixed phrases as written.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.data import DATA_DIR, LINE, as_list, check_keys, load_yaml
from rasd.errors import LexiconError
from rasd.events.cameo import CameoTable
from rasd.text.matcher import PhraseMatcher
from rasd.text.normalize import fold

_FILE_KEYS = {"root", "entries", "note", "source"}
_ENTRY_KEYS = {"id", "cameo", "verbs", "nouns", "phrases", "forms", "target", "symmetric", "refine",
               "examples", "note", "genitive", "negative_examples", "requires", "unless",
               "unless_next", "requires_before", "requires_window", "unnamed_target", "participles",
               "named_target"}
TARGET_WORDS = {"مع", "ب", "إلى", "الى", "ل", "على", "من", "عن", "obj", "لدى", "ضد", "في", "بين", "تجاه", "حيال",
                "حق", "بحق", "جانب"}  # «في حق X»، «بحق X»: the person of a warrant or a ruling; «إلى جانب X»


@dataclass(frozen=True, slots=True)
class Refinement:
    words: tuple[str, ...]  # folded
    cameo: str
    before: bool = False  # the words may stand before the trigger too (read by the trigger stage)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    cameo: str
    targets: tuple[str, ...]  # folded prepositions, or "obj"
    symmetric: bool
    refine: tuple[Refinement, ...]
    examples: tuple[str, ...]
    genitive: str  # what a genitive after a noun is: "agent", "target", or "agent-only" (no event without it)
    requires: tuple[str, ...]  # folded words, one of which must stand near the trigger (empty: none)
    path: str
    line: int
    unless: tuple[str, ...] = ()  # folded words that, next to the trigger, say it is another sense
    unless_next: tuple[str, ...] = ()  # the same, only as the word right after the trigger
    # A requirement with a window before the trigger too (the means told first: «أطلق مسلح النار على
    # شرطي فقتله»); the trigger stage checks ``requires`` and ``requires_before`` together.
    requires_before: tuple[str, ...] = ()
    # How many tokens after the trigger ``requires`` looks (None: the stage's default, 12 after a
    # verb, 8 after a noun); a ruling names its penalty after the charge («قضت المحكمة على المتهم
    # بالاعتداء بالعنف الشديد على إمام جامع … بالسجن مدة 8 أشهر»).
    requires_window: int | None = None
    # The sector of whom the act is done to when the text names nobody (an execution is of a person
    # of the executing state: «نفذت السلطات المصرية حكم الإعدام في حق عادل حبارة»), or None.
    unnamed_target: str | None = None
    # No event unless the text names whom the act is aimed at, right after the trigger («مطالبا
    # الحكومة بمراجعة التحوير»): the bare form mostly goes with another event («احتجوا مطالبين
    # بالتشغيل»), whose addressee the coder must not invent.
    named_target: bool = False

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True, slots=True)
class Sense:
    """One surface form of one entry."""

    entry: Entry
    form: str  # verb | noun | phrase | participle
    plural: bool = False  # a dual or plural verb form: its subject comes before it


def plural_forms(past: str, present: str) -> set[str]:
    """The dual and plural forms of a verb (زارا، التقوا، يبحثان، يتظاهرون): with them the subject
    stands before the verb, never after it (a verb before its subject is singular)."""
    p, r = fold(past).strip(), fold(present).strip()
    out: set[str] = set()
    if p:
        stem = p[:-1] if p.endswith(("ي", "ا")) else p
        out.update({stem + "يا", stem + "وا", stem + "تا"} if p.endswith(("ي", "ا")) else {p + "ا", p + "وا", p + "تا"})
    if r:
        stem = r[1:] if r[0] in "يت" else r
        for base in (pre + stem for pre in ("ي", "ت")):
            out.update({base + "ان", base + "ون", base + "وا"})
            if stem.endswith(("ي", "و")):
                out.update({base[:-1] + "ون", base[:-1] + "وا"})
    return out


def _looks_plural(form: str) -> bool:
    """A listed verb form with a dual or plural ending (زارا، زاروا، يزوران، يزورون)."""
    return form.endswith(("وا", "ون", "ان", "تا", "يا")) or (form.endswith("ا") and len(form) >= 4)


def verb_forms(past: str, present: str, speech: bool = False) -> tuple[list[str], list[str], list[str]]:
    """Inflected forms (folded) of a verb from its 3ms past and present:
    (past forms, present forms, participles).

    Covers the persons news text uses: 3rd person singular, dual and plural, 1st person plural,
    in past, present (indicative, subjunctive/jussive plural) and the active participle used as a
    circumstantial (مؤكدا، مشيدا، معربا). A verb of saying (``speech``: دعا، رفض، طلب) also has
    the فاعل participle of a simple verb (داعيا، رافضا، طالبا); a verb of doing does not (its فاعل
    is mostly a noun: قاتل، باحث، حاجز)."""
    p, r = fold(past).strip(), fold(present).strip()
    past_forms: set[str] = set()
    if p:
        if p.endswith("ي") or p.endswith("ا"):  # التقى، دعا، أعطى
            stem = p[:-1]
            past_forms.update({p, stem + "ت", stem + "تا", stem + "يا", stem + "وا", stem + "ينا", stem + "ونا"})
        else:
            past_forms.update({p, p + "ت", p + "تا", p + "ا", p + "وا", p + "ن", p + "نا", p + "تم"})
    forms: set[str] = set()
    participles: set[str] = set()
    if r:
        stem = r[1:] if r[0] in "يت" else r
        persons = [pre + stem for pre in ("ي", "ت", "ن")]
        forms.update(persons)
        for base in persons:
            if stem.endswith(("ي", "و")):
                forms.update({base + "ان", base[:-1] + "ون", base[:-1] + "وا", base + "ن"})
            else:
                forms.update({base + "ان", base + "ون", base + "ين", base + "وا"})
        mstem = "م" + stem
        if speech:
            participles.update(_form_one_participles(p, r))  # داعيا، رافضا (folded, حذّر looks simple too)
        if stem.endswith("ي"):
            participles.update({mstem[:-1] + "يا", mstem[:-1] + "يه", mstem[:-1] + "ين"})
        else:
            participles.update({mstem + "ا", mstem + "ه", mstem + "ين"})  # hal: مؤكدا، مؤكدين (no nominative)
    forms -= past_forms
    return sorted(past_forms), sorted(forms), sorted(participles - forms - past_forms)


def _form_one_participles(past: str, present: str) -> set[str]:
    """The active participle (فاعل) of a simple verb as a circumstantial: داعيا from دعا/يدعو,
    قائلا from قال/يقول, طالبا from طلب/يطلب, نافيا from نفى/ينفي (folded). Derived verbs take
    م- (مؤكدا), made by :func:`verb_forms` itself."""
    if len(past) != 3 or len(present) != 4 or present[0] != "ي":
        return set()
    c1, c2, c3 = past
    if c3 in "اي":  # دعا، نفى: داعيا، نافيا
        stems = {c1 + "ا" + c2 + "ي"}
        return {st + "ا" for st in stems} | {st[:-1] + "ين" for st in stems}
    if c2 == "ا":  # قال، زار: قائلا، زائرا (folded قايلا)
        stem = c1 + "اي" + c3
    elif "ا" in past or "و" in past:
        return set()
    else:  # طلب، قصف: طالبا، قاصفين
        stem = c1 + "ا" + c2 + c3
    return {stem + "ا", stem + "ين"}


def _nisba(word: str) -> bool:
    """A relational adjective (folded): احتجاجي، احتجاجيه، ارهابيه، جويه — not a name in -ي."""
    return len(word) >= 4 and not word.startswith("ال") and (word.endswith("يه") or word.endswith("ي"))


def dual_forms(noun: str) -> list[str]:
    """The dual of a one-word event noun (تفجيرين استهدفا زوارا، هجومين، مسيرتين): the suffixes ان/ين, and
    تان/تين for a noun in ة (folded ه). Plurals (ات) and nouns in ا or ى have none here."""
    words = fold(noun).split()
    if len(words) != 1 or len(words[0]) < 4 or words[0].startswith("ال") or words[0].endswith(("ات", "ا", "ى", "ي", "ون", "ين")):
        return []
    w = words[0]
    if w.endswith("ه"):
        return [w[:-1] + "تين", w[:-1] + "تان"]
    return [w + "ين", w + "ان"]


def adjective_forms(noun: str) -> list[str]:
    """The agreeing forms of a noun followed by relational adjectives (وقفة احتجاجية، تحرك احتجاجي،
    هجوم إرهابي، غارات جوية): definite, where the adjective takes the article too (الوقفة
    الاحتجاجية; the noun's own article is a proclitic the matcher takes, so the key is «وقفه
    الاحتجاجيه»), and the accusative of a masculine noun (نفذوا تحركا احتجاجيا; the last alef is the
    matcher's). Nouns followed by anything else (إطلاق نار، حالة الطوارئ) have no such forms here."""
    words = fold(noun).split()
    if len(words) < 2 or words[0].startswith("ال") or not all(_nisba(w) for w in words[1:]):
        return []
    out = [" ".join([words[0]] + ["ال" + w for w in words[1:]])]
    if not words[0].endswith(("ه", "ا", "ات")) and all(w.endswith("ي") for w in words[1:]):
        out.append(" ".join([words[0] + "ا"] + [w + "ا" for w in words[1:-1]] + [words[-1]]))
    return out


@dataclass(frozen=True, slots=True)
class GappedPhrase:
    """A light-verb phrase whose verb may stand apart from the rest (أعربت روسيا عن قلقها)."""

    rest: tuple[str, ...]  # folded words after the verb
    sense: Sense


class TriggerLexicon:
    def __init__(self, entries: list[Entry], matcher: PhraseMatcher,
                 gapped: dict[str, tuple[GappedPhrase, ...]] | None = None,
                 verb_words: frozenset[str] = frozenset(), present_words: frozenset[str] = frozenset()):
        self.entries = entries
        self.matcher = matcher
        self.gapped = gapped or {}  # inflected verb (folded) → phrases it heads
        self.verb_words = verb_words  # every generated or listed verb form (folded)
        self.present_words = present_words  # the present-tense ones that are no past form

    @classmethod
    def load(cls, root: Path | None = None, cameo: CameoTable | None = None) -> "TriggerLexicon":
        root = root or DATA_DIR / "ar" / "triggers"
        cameo = cameo or CameoTable.load()
        entries: list[Entry] = []
        matcher = PhraseMatcher()
        gapped: dict[str, list[GappedPhrase]] = {}
        verb_words: set[str] = set()
        present_words: set[str] = set()
        past_words: set[str] = set()
        seen: dict[str, str] = {}
        for path in sorted(root.glob("*.yaml")):
            doc = load_yaml(path)
            if doc is None:
                continue
            if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
                raise LexiconError(str(path), 1, "expected a mapping with root and entries")
            check_keys(doc, _FILE_KEYS, path)
            root_code = str(doc.get("root", ""))
            for raw in doc["entries"]:
                entry = _entry(raw, path, root_code, cameo)
                if entry.id in seen:
                    raise LexiconError(str(path), entry.line, f"duplicate id {entry.id!r} (also in {seen[entry.id]})")
                seen[entry.id] = str(path)
                entries.append(entry)
                for surface, form, cls_ in _surfaces(raw):
                    plural = form == "verb-pl"
                    matcher.add(surface, Sense(entry, "verb" if plural else form, plural), cls_)
                    if form in ("verb", "verb-pl"):
                        verb_words.add(fold(surface))
                        (present_words if cls_ == "verb" else past_words).add(fold(surface))
                for phrase in as_list(raw.get("phrases")):
                    words = fold(str(phrase)).split()
                    if len(words) < 2:
                        continue
                    heads, _, _ = verb_forms(words[0], "")
                    for head in heads:
                        gapped.setdefault(head, []).append(GappedPhrase(tuple(words[1:]), Sense(entry, "phrase")))
        return cls(entries, matcher.build(), {k: tuple(v) for k, v in gapped.items()}, frozenset(verb_words),
                   frozenset(w for w in present_words - past_words if w[:1] in "يتن"))


def _entry(raw: Any, path: Path, root_code: str, cameo: CameoTable) -> Entry:
    if not isinstance(raw, dict) or not raw.get("id"):
        raise LexiconError(str(path), None, "entry without id")
    line = raw.get(LINE)
    check_keys(raw, _ENTRY_KEYS, path)
    code = str(raw.get("cameo", "")).strip()
    if code not in cameo:
        raise LexiconError(str(path), line, f"{raw['id']}: unknown CAMEO code {code!r}")
    if root_code and not code.startswith(root_code):
        raise LexiconError(str(path), line, f"{raw['id']}: code {code} is not in root {root_code}")
    if not (raw.get("verbs") or raw.get("nouns") or raw.get("phrases") or raw.get("forms") or raw.get("participles")):
        raise LexiconError(str(path), line, f"{raw['id']}: no verbs, nouns, phrases, forms or participles")
    targets = []
    for t in as_list(raw.get("target")):
        t = str(t).strip()
        if t not in TARGET_WORDS:
            raise LexiconError(str(path), line, f"{raw['id']}: unknown target marker {t!r}")
        targets.append(t if t == "obj" else fold(t))
    refine = []
    for r in as_list(raw.get("refine")):
        if not isinstance(r, dict) or "with" not in r or "cameo" not in r:
            raise LexiconError(str(path), line, f"{raw['id']}: refine needs with and cameo")
        rcode = str(r["cameo"])
        if rcode not in cameo:
            raise LexiconError(str(path), r.get(LINE, line), f"{raw['id']}: unknown CAMEO code {rcode!r}")
        unknown = set(r) - {"with", "cameo", "before", LINE}
        if unknown:
            raise LexiconError(str(path), r.get(LINE, line), f"{raw['id']}: unknown refine key(s) {sorted(unknown)}")
        refine.append(Refinement(tuple(fold(str(w)) for w in as_list(r["with"])), rcode, bool(r.get("before", False))))
    for v in as_list(raw.get("verbs")):
        if not isinstance(v, dict) or not (v.get("past") or v.get("present")):
            raise LexiconError(str(path), line, f"{raw['id']}: a verb needs past and/or present")
    genitive = str(raw.get("genitive") or ("target" if code[:2] in ("17", "18", "19", "20") else "agent"))
    if genitive not in ("agent", "target", "agent-only"):
        raise LexiconError(str(path), line, f"{raw['id']}: genitive must be agent, target or agent-only")
    requires = tuple(fold(str(w)) for w in as_list(raw.get("requires")))
    unless = tuple(fold(str(w)) for w in as_list(raw.get("unless")))
    unless_next = tuple(fold(str(w)) for w in as_list(raw.get("unless_next")))
    before = tuple(fold(str(w)) for w in as_list(raw.get("requires_before")))
    window = raw.get("requires_window")
    if window is not None and (not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 40):
        raise LexiconError(str(path), line, f"{raw['id']}: requires_window must be a number of tokens from 1 to 40")
    unnamed = raw.get("unnamed_target")
    if unnamed is not None and unnamed not in _SECTORS:
        raise LexiconError(str(path), line, f"{raw['id']}: unnamed_target must be a sector ({', '.join(sorted(_SECTORS))})")
    return Entry(str(raw["id"]), code, tuple(targets), bool(raw.get("symmetric", False)), tuple(refine),
                 tuple(str(x) for x in as_list(raw.get("examples"))), genitive, requires, str(path), line or 0,
                 unless, unless_next, before, window, unnamed, bool(raw.get("named_target", False)))


_SECTORS = {"CVL", "GOV", "COP", "MIL", "REB", "JUD", "OPP", "LAB", "MED", "BUS", "EDU"}
_SPEECH_ROOTS = {"01", "02", "10", "11", "12", "13"}  # verbs of saying: their participle is a circumstantial


def _surfaces(raw: dict[str, Any]):
    speech = str(raw.get("cameo", ""))[:2] in _SPEECH_ROOTS
    for v in as_list(raw.get("verbs")):
        past, present, participles = verb_forms(str(v.get("past") or ""), str(v.get("present") or ""), speech)
        plural = plural_forms(str(v.get("past") or ""), str(v.get("present") or ""))
        for f in past:
            yield f, "verb-pl" if f in plural else "verb", "past"
        for f in present:
            yield f, "verb-pl" if f in plural else "verb", "verb"
        for f in participles:
            yield f, "participle", "word"
    for n in as_list(raw.get("nouns")):
        yield str(n), "noun", "noun"
        for agreed in adjective_forms(str(n)):
            yield agreed, "noun", "noun"
        for dual in dual_forms(str(n)):
            yield dual, "noun", "noun"
    for ph in as_list(raw.get("phrases")):
        yield str(ph), "phrase", "verb"
    for f in as_list(raw.get("participles")):
        yield str(f), "participle", "word"  # given as written, where the verb's own forms belong to another entry
    for f in as_list(raw.get("forms")):
        yield str(f), "verb-pl" if _looks_plural(fold(str(f))) else "verb", "verb"
