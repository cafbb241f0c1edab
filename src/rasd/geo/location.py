"""The place of an event, from the places named in its sentence.

Precedence (the first rule that gives a place wins):

1. **«في / بـ + place»** nearest to the trigger in the same sentence — also through a place noun
   («في العاصمة الروسية موسكو», «بمدينة سرت»). Skipped: a place whose «في» phrase modifies a
   noun rather than the event («بحث الوضع في ليبيا», «السفارة الروسية في طرابلس»; the nouns are
   ``noun_attached`` in ``grammar.yaml``), and a «بـ + place» right after the trigger, which is its
   object («اتصل بموسكو»). Among the rest: a city before a country («رئيس المجلس الرئاسي في ليبيا
   … في مكتبه بطرابلس» is Tripoli), then a place in the trigger's clause before one in another
   clause (a comma between them), then the nearest, then the one after the trigger.
2. **The destination of a visit** in the same sentence: the place after «زيارة (إلى)», «زار»,
   «وصل إلى», «توجه إلى», «استقبلت العاصمة الروسية …» (``visit_words``): the host city; when the
   trigger itself is a visit word, the first place within 40 characters after it («زار المبعوث
   الروسي بنغازي»).
3. **The host of the visit the article reports**, when the caller passes it as ``visit_host``
   (see :func:`find_visit_host`). Only the caller knows whether the event belongs to that visit:
   pass it for meetings and talks (CAMEO 04) reported as news of the day, not for statements.
4. **The dateline** of the article («موسكو - سبوتنيك», «طرابلس (وكالات) -»): passed as
   ``dateline`` (see :func:`find_dateline`) or found at the very start of ``sentence_text``.
5. Otherwise ``None``.

Offsets: ``trigger_start``/``trigger_end`` and the places' ``start``/``end`` are in one coordinate
system; ``offset`` is where ``sentence_text`` starts in it (0 when everything is relative to the
sentence, the sentence's start when they are document offsets). Places outside the sentence are
ignored (only rule 3 looks beyond it).
"""
from __future__ import annotations

import re

from rasd.geo.gazetteer import Gazetteer, PlaceGrammar, strip_clitics
from rasd.model import Location
from rasd.text.normalize import fold

_WORD = re.compile(r"[\u0621-\u064a]+")
_DATELINE_TAIL = re.compile(r"^\s*(?:\([^)\n]{1,40}\)\s*)?[-–—:]\s*\S|^\s*\([^)\n]{1,40}\)\s*[-–—:]?")
_DATELINE_MAX_START = 3  # characters of noise (quotes, spaces) allowed before a dateline


def _grammar(grammar: PlaceGrammar | None) -> PlaceGrammar:
    return grammar if grammar is not None else Gazetteer.load().grammar


def _words_before(text: str, pos: int, n: int) -> list[str]:
    """The last ``n`` words (folded) before ``pos`` in ``text``, nearest last."""
    return [fold(m.group()) for m in _WORD.finditer(text[max(0, pos - 80):pos])][-n:]


def _token_prefix(text: str, pos: int) -> str:
    """The letters attached before ``pos`` in its word (the place's proclitics), folded."""
    i = pos
    while i > 0 and "\u0621" <= text[i - 1] <= "\u064a":
        i -= 1
    return fold(text[i:pos])


def _in_phrase(sentence: str, start: int, gram: PlaceGrammar) -> tuple[str, int] | None:
    """How the place at ``start`` is introduced: ("في"|"ب", start of the phrase) or None."""
    prefix = _token_prefix(sentence, start)
    if prefix.endswith("ب"):
        return "ب", start - len(prefix)
    pos = start - len(prefix)
    # skip a place noun and nisba adjectives: «في العاصمة الروسية موسكو», «بمدينة سرت»
    for _ in range(3):
        before = sentence[:pos].rstrip()
        m = re.search(r"[\u0621-\u064a\u064b-\u0652\u0640]+$", before)
        if not m:
            break
        word = fold(m.group())
        if word in ("في", "وفي"):
            return "في", m.start()
        bare = strip_clitics(word)
        if bare in gram.locative_words or word in gram.locative_words or _witness(word, gram):
            return "في", m.start()  # «وسط مدينة سبها», «شهدت مدينة القصرين»
        if bare in gram.place_nouns or word in gram.place_nouns or bare in gram.area_nouns:
            if word.startswith(("ب", "وب")) and not word.startswith("بلد"):
                return "ب", m.start()
            pos = m.start()
            continue
        if bare.endswith(("يه", "ي")) and word.startswith(("ال", "بال", "وال")):
            pos = m.start()  # a nisba: «الروسية»
            continue
        break
    return None


def _witness(word: str, gram: PlaceGrammar) -> bool:
    """«شهدت»، «وشهدت»، «فيما شهدت»: a verb whose subject is the place of what it tells."""
    return word in gram.witness_verbs or (word[:1] in ("و", "ف") and word[1:] in gram.witness_verbs)


def _attached_to_noun(sentence: str, phrase_start: int, gram: PlaceGrammar) -> bool:
    words = _words_before(sentence, phrase_start, 2)
    for word in reversed(words):
        bare = strip_clitics(word)
        if word in gram.noun_attached or bare in gram.noun_attached:
            return True
        if not (bare.endswith(("يه", "ي")) and word.startswith("ال")):  # skip one nisba
            return False
    return False


def _visit_destination(sentence: str, start: int, gram: PlaceGrammar) -> bool:
    """«زار موسكو», «زيارة موسكو»: a visit word right before the place (place nouns, nisbas
    and fillers may stand between); «زيارة رئيس الحكومة عبد الحميد الدبيبة إلى موسكو»: after
    «إلى», a visit word up to nine words back."""
    pos = start - len(_token_prefix(sentence, start))
    words = list(reversed(_words_before(sentence, pos, 10)))
    after_ila = False
    for i, word in enumerate(words):
        bare = strip_clitics(word)
        if word in gram.visit_words or bare in gram.visit_words:
            return True
        if word in ("الي", "والي"):
            after_ila = True
            continue
        if word in gram.visit_fillers or bare in gram.visit_fillers or bare in gram.place_nouns | gram.area_nouns \
                or (bare.endswith(("يه", "ي")) and word.startswith("ال")):
            continue
        if after_ila and i < 9:
            continue
        return False
    return False


def find_dateline(text: str, places: list[Location]) -> Location | None:
    """The place of a dateline at the start of ``text`` or of one of its first lines.

    «موسكو - سبوتنيك.», «طرابلس (وكالات) -», «تونس: …». ``places`` are the places found in ``text``
    (same offsets).
    """
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text[:600])]
    for place in places:
        for ls in line_starts[:8]:
            if ls <= place.start <= ls + _DATELINE_MAX_START and not text[ls:place.start].strip(" \t\"'«"):
                if _DATELINE_TAIL.match(text[place.end:place.end + 60]):
                    return place
    return None


def find_visit_host(text: str, places: list[Location], grammar: PlaceGrammar | None = None,
                    *, lead: int = 300) -> Location | None:
    """The city where the meeting or visit the article reports took place, or None.

    First a city of the lead (the first ``lead`` characters) written as «في / بـ + city» or as the
    destination of a visit («أجرى لافروف أمس في موسكو محادثات», «زيارة الدبيبة إلى موسكو»); else
    the destination of the first visit anywhere in the text, or a host city as subject
    («استقبلت العاصمة الروسية …»). Countries are not hosts.
    """
    gram = _grammar(grammar)
    for place in places:
        if place.start >= lead:
            break
        if _in_phrase(text, place.start, gram) and not _attached_to_noun(text, place.start, gram) \
                and _is_city(place):
            return place
    for place in places:
        if not _is_city(place):
            continue
        if _visit_destination(text, place.start, gram):
            return place
        after = text[place.end:place.end + 40]
        m = _WORD.search(after)
        if m and strip_clitics(fold(m.group())) in gram.visit_words and not after[:m.start()].strip():
            return place  # «العاصمة الروسية استقبلت»
    return None


def _is_city(place: Location) -> bool:
    if place.geonames_id is None:
        return True
    known = Gazetteer.load().place(place.geonames_id)
    return known is None or known.kind != "country"


def event_location(sentence_text: str, trigger_start: int, trigger_end: int, places: list[Location],
                   *, offset: int = 0, dateline: Location | None = None,
                   visit_host: Location | None = None,
                   grammar: PlaceGrammar | None = None, takes_object: bool = True) -> Location | None:
    """The place where the event of the trigger happened, or None (precedence in the module doc).

    ``takes_object``: the trigger is a verb whose object a «بـ» right after it introduces («اتصل
    بموسكو»); an event noun is not («إضراب عام بتطاوين», «وقفة احتجاجية بسيدي بوزيد»: its place)."""
    gram = _grammar(grammar)
    end_of_sentence = offset + len(sentence_text)
    local = [p for p in places if offset <= p.start and p.end <= end_of_sentence]
    t_start, t_end = trigger_start - offset, trigger_end - offset

    best: tuple[tuple[int, int, int, int], Location] | None = None
    for place in local:
        start, end = place.start - offset, place.end - offset
        if t_start <= start < t_end:
            continue  # the place is part of the trigger phrase
        how = _in_phrase(sentence_text, start, gram)
        if how is None:
            continue
        kind, phrase_start = how
        if _attached_to_noun(sentence_text, phrase_start, gram):
            continue
        if takes_object and kind == "ب" and 0 <= phrase_start - t_end <= 1 and phrase_start == start - 1:
            continue  # «اتصل بموسكو»: the object of the trigger, not its place
        if start >= t_end:
            distance, side, between = start - t_end, 0, sentence_text[t_end:start]
        else:
            distance, side, between = t_start - end, 1, sentence_text[end:t_start]
        other_clause = int("،" in between or "," in between or "؛" in between)
        rank = (int(not _is_city(place)), other_clause, distance, side)
        if best is None or rank < best[0]:
            best = (rank, place)
    if best is not None:
        return best[1]

    for place in local:
        if _visit_destination(sentence_text, place.start - offset, gram):
            return place
    trigger_word = strip_clitics(fold(sentence_text[max(0, t_start):t_end]))
    if trigger_word in gram.visit_words:
        # «زار المبعوث الروسي بنغازي»; the host as subject: «العاصمة الروسية كانت قد استقبلت …»
        after = [p for p in local if 0 <= p.start - offset - t_end <= 70]
        before = [p for p in local if 0 <= t_start - (p.end - offset) <= 25]
        if after or before:
            return after[0] if after else before[-1]

    if visit_host is not None:
        return visit_host

    if dateline is not None:
        return dateline
    if offset == 0 or local:
        own = [replace_offsets(p, -offset) for p in local]
        found = find_dateline(sentence_text, own)
        if found is not None:
            return replace_offsets(found, offset)
    return None


def replace_offsets(place: Location, shift: int) -> Location:
    """The same place with its offsets moved by ``shift``."""
    return Location(place.text, place.name, place.country, place.lat, place.lon, place.geonames_id,
                    place.start + shift, place.end + shift)
