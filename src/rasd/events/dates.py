"""The date and the place of each event (see :func:`_attach_date`): the meeting it belongs to, its
own clause, the date the document gives the same meeting, the story's date, the publication day —
each step recorded in ``date_source``, never today's date."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from rasd.events.clause import _sentence_tokens, _strip_conj, _verb_tokens
from rasd.grammar import Grammar
from rasd.model import DateValue, Document, Event, Location, Token, Trigger
from rasd.text.matcher import Match

if TYPE_CHECKING:  # (for annotations only)
    from rasd.events.stage import _Context


def _moves_story(d: DateValue, published, background: bool) -> bool:
    """Does a date expression set the date the story is at for the sentences after it? A
    relative one does (أمس، الخميس الماضي), and any one in a background frame (وكانت روسيا قد
    أجلت … في أكتوبر 2013, whose next sentences go on with that past); an explicit past date in
    passing (اعتقلا في مايو 2019، الذي احتضنته برلين في 19 يناير) is its clause's alone."""
    if d.value is None:
        return False
    if published is not None and d.precision == "day" and date.fromisoformat(d.value) > published:
        return False  # يوم الثلاثاء القادم: what is planned does not move the story
    source = d.source or ""
    if background or source.startswith(("relative:", "weekday:", "anaphora")):
        return True
    if published is None or d.precision != "day":
        return False
    return abs((date.fromisoformat(d.value) - published).days) <= 7


def _attach_date(own: list[DateValue], trig: Trigger, ctx: _Context, background: bool,
                 doc: Document | None = None, match: Match | None = None, ev: Event | None = None,
                 g: Grammar | None = None) -> DateValue:
    """The date of an event, as a cascade that records which step gave it:

    1. the meeting it belongs to: «خلال اللقاء», «في ختام المحادثات» near the trigger give the
       date of the last meeting told (``meeting:…``);
    2. a date expression of its own clause, the nearest (:func:`_clause_dates`: not one of a
       relative or subordinate clause after it, «اللذين تم اعتقالهما في مايو 2019»);
    3. a meeting noun placed before the time of its clause («اليوم … عقب زيارة الدبيبة») and an
       undated meeting in a background frame («يذكر أن الدبيبة أجرى مباحثات») take the date of
       the same dyad's meeting the document dates elsewhere, before that time (``episode:…``;
       resolved by :func:`_date_by_episodes` once the document is read); else the clause's
       date, or the story date;
    4. the date the story is at (``story:…``) → the publication date (``publication``).

    A background event (وكانت … قد) never falls back to the publication date; with no evidence
    the value is null and the source says why, never today's date."""
    clause, other_time = own, []
    if doc is not None and match is not None:
        if own:
            clause, other_time = _clause_dates(own, trig, match, doc, g)
        meeting = _meeting_date(doc, match, clause)
        if meeting is not None:
            return meeting
    if clause:
        found = min(clause, key=lambda d: abs(d.start - trig.start))
    elif other_time:
        found = min(other_time, key=lambda d: abs(d.start - trig.start))
        if ev is not None and _meeting_event(ev):
            found = _pending(doc, ev, found.value, found, moves=False)
    elif _is_pending(ctx.story_date):
        found = _follow(doc, ev, ctx.story_date, background)
    else:
        found = _from_story(ctx.story_date, background)
        if background and doc is not None and _pluperfect(doc, trig.sentence) \
                and not doc.cache.get("story_in_background"):
            found = DateValue(None, None, None, "background:undated")  # not the day's news
        if background and ev is not None and doc is not None and _meeting_event(ev):
            bound = ctx.story_date.value if ctx.story_date is not None else None
            found = _pending(doc, ev, bound, found, moves=True)
    if doc is not None and ev is not None and _meeting_event(ev) and found.value is not None:
        doc.cache["meeting_date"] = found
    return found


def _from_story(story: DateValue | None, background: bool) -> DateValue:
    """The date the story is at (``story:…``), the publication date, or null with a reason."""
    if story is None:
        return DateValue(None, None, None, "publication:unknown")
    if story.source == "publication":
        return DateValue(None, None, None, "background:undated") if background else story
    return replace(story, source="story:" + (story.source or ""))


def _attach_place(doc: Document, trig: Trigger) -> Location | None:
    locate = doc.cache.get("locate")
    if locate is None:
        return None
    return locate(doc, trig)


# ---- dates: the clause of a date, meetings and episodes -----------------------------------
@dataclass(slots=True)
class _Pending:
    """An event whose date waits for the whole document (see :func:`_date_by_episodes`)."""

    event: Event
    marker: DateValue  # its date until then (value null, source ``pending:N``)
    bound: str | None  # the episode must be dated before this (ISO prefix), if known
    fallback: DateValue  # its date when no episode is found
    sentence: int
    moves: bool  # a background event: the sentences after it go on at its date
    previous: DateValue | None = None  # the story date before it moved to this event
    followers: list[tuple[Event, bool]] = field(default_factory=list)  # (event, in a background frame)


def _attachment_words() -> dict[str, frozenset[str]]:
    from rasd.time.lexicon import default_lexicon

    return default_lexicon().attachment


def _pluperfect(doc: Document, sentence: int) -> bool:
    """Does the sentence open with a pluperfect frame (وكانت روسيا قد …, سبق أن …)?"""
    heads = _attachment_words()["pluperfect"]
    return any(_strip_conj(t.norm) in heads for t in _sentence_tokens(doc, sentence)[:4])


def _meeting_event(ev: Event | None) -> bool:
    return ev is not None and ev.cameo[:2] == "04"


def _clause_dates(own: list[DateValue], trig: Trigger, match: Match, doc: Document,
                  g: Grammar | None = None) -> tuple[list[DateValue], list[DateValue]]:
    """(the dates of the trigger's own clause, the dates of a clause it is earlier than).

    A date after the trigger is another clause's past a relative pronoun (عن المواطنين اللذين تم
    اعتقالهما في مايو 2019) not closed by a comma and not of the event noun itself (لقاء تونس
    ومصر الذي سيدور يوم 11 جوان), a subordinator (قبل أن يتم القبض عليه مساء
    اليوم), a preposition with an event of another time (منذ توليه منصبه في آذار الماضي),
    another verb not joined to it by «و» alone (وجهت دعوة لوفد سيقوم بزيارة خلال نوفمبر القادم;
    «دعا …، وطالب … منذ عام 2011»), or a bracket opened past the
    trigger's phrase. A date before an event noun governed by «عقب، إثر، بعد …» (بحث الكوني اليوم
    … عقب زيارة الدبيبة), or before «بعد أن، قبل أن» and the event, dates a later clause.
    Words: ``attachment`` in ``dates.yaml``.
    """
    words = _attachment_words()
    tokens = doc.tokens
    prev = _strip_conj(tokens[match.first - 1].norm) if match.first > 0 and \
        tokens[match.first - 1].sentence == trig.sentence else ""
    governed = match.value.form != "verb" and prev in words["earlier"]
    keep: list[DateValue] = []
    earlier_than: list[DateValue] = []
    for d in own:
        if d.start >= trig.end:
            between = _tokens_between(doc, trig.sentence, match.last + 1, d.start)
            if not _other_clause(between, words, doc, match.value.form != "verb", g):
                keep.append(d)
        elif d.end <= trig.start:
            between = _tokens_between(doc, trig.sentence, None, trig.start, d.end)
            if governed or _subordinated_in_time(between, words):
                earlier_than.append(d)
            elif not _new_clause_before(between, doc, match, g):
                keep.append(d)
        else:
            keep.append(d)
    return keep, earlier_than


def _tokens_between(doc: Document, sentence: int, first: int | None, end: int, start: int = -1) -> list[tuple[int, Token]]:
    """(index, token) of the tokens of ``sentence`` from token ``first`` (or from the first token
    at or after offset ``start``) that end by offset ``end``."""
    tokens = doc.tokens
    if first is None:
        starts = doc.cache.get("token_starts")
        if starts is None:
            starts = doc.cache["token_starts"] = [t.start for t in tokens]
        first = bisect_left(starts, start)
    out = []
    k = first
    while k < len(tokens) and tokens[k].sentence == sentence and tokens[k].end <= end:
        out.append((k, tokens[k]))
        k += 1
    return out


_BRACKET_NEAR = 4  # a bracket this close after the trigger dates it: «استهدف سياحا بمتحف باردو (18 مارس 2015)»


_OWN_RELATIVE = 6  # a relative pronoun this close after an event noun, no preposition between, is about it


def _other_clause(between: list[tuple[int, Token]], words: dict[str, frozenset[str]], doc: Document,
                  noun: bool, g: Grammar | None) -> bool:
    verbs = _verb_tokens(doc, g)
    prepositions = g.prepositions if g is not None else frozenset()
    norms = [_strip_conj(t.norm) for _, t in between]
    relative = False
    depth = 0
    for i, (k, t) in enumerate(between):
        w = norms[i]
        pair = f"{w} {norms[i + 1]}" if i + 1 < len(norms) else ""
        if w in words["relatives"]:
            relative = not (noun and i <= _OWN_RELATIVE and not any(
                n in prepositions or n[:1] in ("ب", "ل") and n[1:3] == "ال" for n in norms[:i]))
        elif relative and t.norm in ("،", ","):
            relative = False  # «المشتبه به، الذي لم يذكر اسمه، في روما يوم 20 فيفري»
        if w in words["subordinators"] or pair in words["subordinators"]:
            return True
        if w in words["nested"] and i < len(norms) - 1:
            return True  # منذ توليه منصبه في آذار: the date of the nested event
        if k in verbs and not (t.norm[:1] == "و" and i > 0 and between[i - 1][1].norm not in ("،", ",")):
            return True  # another verb; not one joined by و without a comma (استقبل … وبحث معه يوم الخميس)
        if "(" in t.norm and i >= _BRACKET_NEAR:
            depth += 1
        if ")" in t.norm and depth:
            depth -= 1
    return relative or depth > 0


def _new_clause_before(between: list[tuple[int, Token]], doc: Document, match: Match, g: Grammar | None) -> bool:
    """Does a clause told as going on now (a verb joined by و or ف, then حاليا or الآن) stand
    between a date and the trigger after it? The date is the earlier clause's: «إضراب عام يوم
    الخميس المقبل … وتجرى حاليا جلسة تفاوض» (the talks are not next Thursday's)."""
    present = _attachment_words()["present"]
    joined = False
    for k, t in between:
        if k >= match.first:
            break
        joined = joined or t.norm[:1] in ("و", "ف") and len(t.norm) > 3
        if joined and _strip_conj(t.norm) in present:
            return True
    return False


def _subordinated_in_time(between: list[tuple[int, Token]], words: dict[str, frozenset[str]]) -> bool:
    """«بعد أن», «منذ أن» between a date and the event after it: the event is earlier."""
    norms = [_strip_conj(t.norm) for _, t in between]
    for a, b in zip(norms, norms[1:]):
        if f"{a} {b}" in words["subordinators"] and a in words["earlier"]:
            return True
    return False


_MEETING_BEFORE = 12  # how far before the trigger, in its sentence, «خلال اللقاء» may stand
_MEETING_AFTER = 6
_MEETING_OWN_DATE = 4  # a date this close after the meeting noun, no comma between, is the meeting's


def _meeting_date(doc: Document, match: Match, clause: list[DateValue]) -> DateValue | None:
    """«خلال اللقاء», «في ختام المحادثات» near the trigger in its sentence: the date of the last
    meeting told — unless a date follows the meeting noun (then the clause says when: «خلال
    اللقاء الذي جمعهما أمس»)."""
    last = doc.cache.get("meeting_date")
    if last is None:
        return None
    words = _attachment_words()
    tokens = doc.tokens
    sentence = tokens[match.first].sentence
    lo, hi = max(1, match.first - _MEETING_BEFORE), min(len(tokens), match.last + 1 + _MEETING_AFTER)
    for k in range(lo, hi):
        t = tokens[k]
        if t.sentence != sentence or match.first <= k <= match.last:
            continue
        if _strip_conj(t.norm) not in words["meeting_nouns"] or tokens[k - 1].sentence != sentence:
            continue
        if _strip_conj(tokens[k - 1].norm) not in words["meeting_frames"]:
            continue
        after = _tokens_between(doc, sentence, k + 1, len(doc.text))[:_MEETING_OWN_DATE]
        comma = next((tk.start for _, tk in after if tk.norm in ("،", ",")), None)
        if any(tk.start <= d.start < tk.end for _, tk in after for d in clause if comma is None or d.start < comma):
            return None
        return replace(last, source="meeting:" + (last.source or ""))
    return None


def _is_pending(d: DateValue | None) -> bool:
    return d is not None and (d.source or "").startswith("pending:")


def _pending(doc: Document, ev: Event, bound: str | None, fallback: DateValue, moves: bool) -> DateValue:
    reg: list[_Pending] = doc.cache.setdefault("pending_dates", [])
    marker = DateValue(None, None, None, f"pending:{len(reg)}")
    reg.append(_Pending(ev, marker, bound, fallback, ev.sentence, moves))
    return marker


def _follow(doc: Document, ev: Event | None, story: DateValue, background: bool) -> DateValue:
    """An event told after a pending background event: it goes on at that event's date."""
    reg: list[_Pending] = doc.cache.get("pending_dates", [])
    p = reg[int(story.source.split(":", 1)[1])]
    if ev is not None:
        p.followers.append((ev, background))
    return story


def _next_story_date(doc: Document, index: int, own: list[DateValue], background: bool,
                     story: DateValue | None) -> DateValue | None:
    """The date the story is at after sentence ``index``: its last date that moves the story
    (:func:`_moves_story`), else the date a background meeting of it will get, else unchanged."""
    moving = [d for d in own if _moves_story(d, doc.published, background)]
    if moving:
        doc.cache["story_in_background"] = background
        return moving[-1]
    reg: list[_Pending] = doc.cache.get("pending_dates", [])
    mine = [p for p in reg if p.sentence == index and p.moves]
    if mine and story is not mine[-1].marker:
        doc.cache["story_in_background"] = True
        p = mine[-1]
        p.previous = reg[int(story.source.split(":", 1)[1])].previous if _is_pending(story) else story
        return p.marker
    return story


def _date_by_episodes(doc: Document, events: list[Event], finish) -> None:
    """Date the pending events: the one date the document gives, in a clause of its own, to a
    meeting (CAMEO 04) of the same two countries before the bound; else their fallback. The
    events told after a pending background event take the same date (``story:episode:…``)."""
    reg: list[_Pending] = doc.cache.pop("pending_dates", [])
    doc.cache.pop("meeting_date", None)
    doc.cache.pop("verb_trigger_tokens", None)
    doc.cache.pop("token_starts", None)
    doc.cache.pop("story_in_background", None)
    if not reg:
        return
    episodes = [(_dyad(e), e.date) for e in events if _meeting_event(e) and e.date is not None
                and e.date.value is not None and not (e.date.source or "").startswith(_NOT_OWN)]
    for p in reg:
        dyad = _dyad(p.event)
        values = {d.value: d for dy, d in episodes if dy == dyad and dyad is not None
                  and (p.bound is None or (d.value < p.bound and not p.bound.startswith(d.value)))}
        found = next(iter(values.values())) if len(values) == 1 else None
        p.event.date = replace(found, source="episode:" + (found.source or "")) if found else p.fallback
        finish(doc, p.event)
        for ev, background in p.followers:
            ev.date = replace(found, source="story:episode:" + (found.source or "")) if found \
                else _from_story(p.previous, background)
            finish(doc, ev)


_NOT_OWN = ("story:", "publication", "pending:", "episode:", "meeting:", "undated:", "background:")


def _dyad(ev: Event) -> frozenset[str] | None:
    a = ev.source.country if ev.source is not None else None
    b = ev.target.country if ev.target is not None else None
    return frozenset((a, b)) if a and b and a != b else None
