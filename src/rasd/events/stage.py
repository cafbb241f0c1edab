"""Events: triggers found in the text, their modality, and their arguments.

:class:`TriggerStage` matches the trigger lexicon once over the token stream and marks each hit's
modality (negated, future). :class:`EventStage` assigns arguments clause by clause:

- **verbs**: the subject after the verb (VSO, skipping time adverbs) or before it in the same
  clause (SVO; ``X و Y بحثا`` gives both sides); with no subject, the discourse topic (pro-drop,
  «من جانبه», «وأضاف», a quotation's speaker);
- **nouns** (masdars): a genitive actor right after the noun (the agent, or the patient for
  coercion and violence), ``بين X و Y``, else the subject of the clause, else the topic;
- **targets**: the first actor after the trigger introduced by one of the entry's prepositions
  (مع، ب، إلى، ل، على …) or as a direct object; «الطرفان/الجانبان» stand for the document's dyad;
  «بلاده» for the subject's country;
- **modality**: negated and hypothetical events are dropped; future acts of cooperation become
  intents (03x); future or planned conflict acts are dropped;
- **dates**: the date expression of the event's own sentence, else the date the story is at
  (the last one met, the publication date before any), with the source of each step recorded;
- **places**: from the place stage, near the trigger.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable

from rasd.events.cameo import CameoTable
from rasd.events.lexicon import Sense, TriggerLexicon
from rasd.grammar import Grammar
from rasd.model import ActorMention, DateValue, Document, Event, Location, Token, Trigger
from rasd.outlets import Outlets
from rasd.text.matcher import Match, longest
from rasd.actors.stage import token_stream

_PUNCT = set("،,.:؛;!?؟()[]")
_QUOTE_TOKENS = {'"'}
# Future forms of cooperation are intents (CAMEO 03): root → intent code.
_INTENT_OF = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_UNKNOWN_AGENT_OK = {"18", "19", "20"}
_IMPLICIT_AUTHOR_OK = {"14"} | _UNKNOWN_AGENT_OK  # attacks by unnamed authors are coded with a null source
_NEEDS_TARGET = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16"}
_VERBAL_COOPERATION = {"02", "03", "04", "05"}
_SUBJECT_WINDOW = 5
_TARGET_WINDOW = 14


class TriggerStage:
    name = "triggers"
    requires = ("segment",)
    provides = ("triggers",)

    def __init__(self, lexicon: TriggerLexicon, grammar: Grammar):
        self.lexicon = lexicon
        self.g = grammar

    def __call__(self, doc: Document) -> Document:
        found = self.lexicon.matcher.find(token_stream(doc))
        found.extend(self._gapped(doc))
        matches = longest(found, rank=lambda m: {"phrase": 0, "verb": 1, "noun": 2, "participle": 3}[m.value.form])
        doc.triggers = []
        hits = []
        for m in matches:
            sense: Sense = m.value
            start, end = doc.tokens[m.first].start, doc.tokens[m.last].end
            future = "س" in m.prefix and sense.form == "verb" or self._future_context(doc.tokens, m.first)
            negated = self._negated(doc.tokens, m.first)
            trig = Trigger(start, end, doc.text[start:end], sense.entry.id, sense.entry.cameo,
                           doc.tokens[m.first].sentence, sense.form, future, negated)
            doc.triggers.append(trig)
            hits.append(m)
        doc.cache["trigger_matches"] = hits
        doc.cache["trigger_tokens"] = {k for m in hits for k in range(m.first, m.last + 1)}
        return doc

    def _gapped(self, doc: Document) -> list[Match]:
        """Light-verb phrases split by their subject (أعربت روسيا عن قلقها، فرضت واشنطن عقوبات):
        the verb, then only actors, adverbs and commas, then the rest of the phrase. The match
        covers the verb alone, so the subject after it is found as in any verb-first clause."""
        index = self._gapped_index()
        if not index:
            return []
        tokens = doc.tokens
        covered = set()
        for m in doc.mentions:
            covered.update(range(m.first, m.last + 1))
        out = []
        for i, tok in enumerate(tokens):
            head, prefix = tok.norm, ""
            if head not in index and head[:1] in ("و", "ف") and head[1:] in index:
                head, prefix = head[1:], head[:1]
            by_first = index.get(head)
            if not by_first:
                continue
            for j in range(i + 1, min(len(tokens), i + 10)):
                t = tokens[j]
                if t.sentence != tok.sentence:
                    break
                hit = None
                for key in _with_enclitic_stripped(t.norm):
                    hit = next((ph for ph in by_first.get(key, ()) if _rest_at(tokens, j, ph.rest)), None)
                    if hit is not None:
                        break
                if hit is not None:
                    if j > i + 1:
                        out.append(Match(i, i, prefix, "", head, hit.sense))
                    break
                if not (j in covered or t.norm in self.g.adverbs or t.norm in ("،", ",") or t.norm in _QUOTE_TOKENS):
                    break
        return out

    def _gapped_index(self):
        """head verb → first word of the rest → phrases (built once)."""
        index = getattr(self, "_gapped_cache", None)
        if index is None:
            index = {}
            for head, phrases in self.lexicon.gapped.items():
                by_first: dict[str, list] = {}
                for ph in phrases:
                    by_first.setdefault(ph.rest[0], []).append(ph)
                index[head] = by_first
            self._gapped_cache = index
        return index

    def _negated(self, tokens: list[Token], first: int) -> bool:
        """A negator right before the trigger (لم يلتق، لن يزور، عدم), or a denial verb earlier in
        its clause (نفت الوزارة أن تكون قد قصفت)."""
        for k, t in _back(tokens, first, 2):
            if t.norm in self.g.negators or t.norm in self.g.denial_verbs:
                return True
            if k < first - 1 and t.norm not in self.g.adverbs:
                break
        # «دون أن يوقع على اتفاق …»: the act and what depends on it did not happen
        window = [t.norm for _, t in _back(tokens, first, 6)]
        if any(a == "دون" and b == "ان" for a, b in zip(window[1:], window)):
            return True
        return any(_strip_conj(t.norm) in self.g.denial_verbs for _, t in _back(tokens, first, 7))

    def _future_context(self, tokens: list[Token], first: int) -> bool:
        """A future word before the trigger (سوف، من المقرر، يعتزم), or a verb in the future
        governing it (سنحاول دعم، ستعمل على تعزيز)."""
        for k, t in _back(tokens, first, 3):
            stem = _strip_conj(t.norm)
            if len(stem) >= 4 and stem[0] == "س" and stem[1] in "يتنا" and stem not in self.g.adverbs:
                return True
            if t.norm not in ("علي", "الي", "ان") and k < first - 1:
                break
        sentence = tokens[first].sentence
        for k in range(first - 1, max(-1, first - 5), -1):
            t = tokens[k]
            if t.sentence != sentence or t.norm in _PUNCT:
                return False
            stem = t.norm[1:] if t.norm[:1] in ("و", "ف") else t.norm
            if stem in self.g.future or t.norm in self.g.future:
                return True
            two = tokens[k - 1].norm + " " + t.norm if k > 0 else ""
            if two in self.g.future:
                return True
        return False


@dataclass(slots=True)
class _Context:
    """What the document has said so far: its topic, its dyad, the date the story is at."""

    topic: ActorMention | None = None
    dyad: list[str] = field(default_factory=list)  # countries in play, most recent last
    story_date: DateValue | None = None
    home: str | None = None  # the country the document is mostly about


class EventStage:
    name = "events"
    requires = ("mentions", "triggers")
    provides = ("events",)

    def __init__(self, lexicon: TriggerLexicon, grammar: Grammar, cameo: CameoTable, kb=None, outlets=None):
        self.lexicon = lexicon
        self.g = grammar
        self.cameo = cameo
        self.kb = kb
        self.outlets = outlets or Outlets.load()

    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        mentions_by_sentence: dict[int, list[ActorMention]] = {}
        for m in doc.mentions:
            mentions_by_sentence.setdefault(m.sentence, []).append(m)
        triggers_by_sentence: dict[int, list[tuple[Trigger, Match]]] = {}
        for trig, match in zip(doc.triggers, doc.cache.get("trigger_matches", [])):
            triggers_by_sentence.setdefault(trig.sentence, []).append((trig, match))
        dates_by_sentence: dict[int, list[DateValue]] = {}
        for d in doc.dates:
            idx = _sentence_of(doc, d.start)
            if idx is not None:
                dates_by_sentence.setdefault(idx, []).append(d)
        if "outlet_country" not in doc.cache:
            doc.cache["outlet_country"] = self.outlets.country_of(doc.cache.get("outlet"), doc.url)
        ctx = _Context(dyad=_document_dyad(doc.mentions), home=_home_country(doc))
        if doc.published:
            ctx.story_date = DateValue(doc.published.isoformat(), "day", None, "publication")
        events: list[Event] = []
        seen: set[tuple] = set()
        for sent in doc.sentences:
            mentions = mentions_by_sentence.get(sent.index, [])
            own_dates = dates_by_sentence.get(sent.index, [])
            background = self._background(tokens, sent.index, doc)
            for trig, match in triggers_by_sentence.get(sent.index, []):
              for ev in self._events(doc, trig, match, mentions, ctx):
                ev.date = _attach_date(own_dates, trig, ctx, background, doc, match, ev, self.g)
                ev.location = _attach_place(doc, trig)
                ev = self._finish(doc, ev)
                key = (_side(ev.source), _side(ev.target), ev.cameo, ev.date.value if ev.date else None)
                if key in seen:
                    continue
                seen.add(key)
                events.append(ev)
            ctx.story_date = _next_story_date(doc, sent.index, own_dates, background, ctx.story_date)
            subj = self._sentence_subject(tokens, mentions, sent)
            if subj is not None:
                ctx.topic = subj
        _date_by_episodes(doc, events, self._finish)
        doc.events = events
        return doc

    # ---- one trigger ---------------------------------------------------------------------
    def _events(self, doc: Document, trig: Trigger, match: Match, mentions: list[ActorMention],
                ctx: _Context) -> list[Event]:
        sense: Sense = match.value
        entry = sense.entry
        tokens = doc.tokens
        if trig.negated or self._hypothetical(tokens, match.first) or self._anaphoric(tokens, match) \
                or self._complement(doc, match):
            return []
        if sense.form == "participle" and any(m.first <= match.first <= m.last for m in mentions):
            return []  # محتجين، مسلحين: the participle names an actor here, not a circumstance
        if entry.requires and not self._near(tokens, match, entry.requires):
            return []
        code = self._refine(tokens, match, entry)
        if trig.future:
            if code[:2] in _INTENT_OF:
                code = _INTENT_OF[code[:2]]
            elif code[:2] in ("14", "15", "17", "18", "19", "20"):
                return []
        actors = [m for m in mentions if not m.locative]
        sources: list[ActorMention | None] = []
        target = None
        both = self._both_sides(tokens, match)
        masdar = sense.form in ("verb", "phrase") and match.last + 1 < len(tokens) and \
            _strip_conj(tokens[match.last + 1].norm) in self.g.own_country
        if sense.form == "phrase" and match.key.split(" ", 1)[0] in self.g.prepositions:
            masdar = True  # «عن قلقها», «على ضرورة»: the verb stands before, its subject is the clause's
        passive_agent = self._passive_agent(tokens, match, actors)
        if passive_agent is not None:
            sources = [passive_agent]  # مهاجمة السفارة من طرف مسلحين
            if sense.form in ("noun", "participle") or masdar:  # مهاجمة: masdar and participle alike
                target = self._noun_arguments(tokens, match, actors, entry)[1]
        elif sense.form == "participle" or masdar:
            sources = [self._clause_subject(tokens, match, actors)]  # دعم بلاده، مشيدا ب…
        elif sense.form in ("verb", "phrase"):
            subject, co = self._verb_subject(tokens, match, actors)
            if co is not None and entry.symmetric:
                sources, target = [subject], co
            elif co is not None:
                sources = [subject, co]  # حفتر والسراج زارا موسكو: two visits
            elif subject is not None:
                sources = [subject]
        else:
            agent, target, own = self._noun_arguments(tokens, match, actors, entry)
            if agent is not None:
                sources = [agent]
            elif (entry.genitive == "agent-only" or "ال" in match.prefix) and not own and target is None:
                return []  # الدعم الدولي: a definite event noun with no actor of its own is no report
            elif own or sense.form == "noun":
                sources = [self._clause_subject(tokens, match, actors)]
        sources = [s for s in sources if s is not None]
        if not sources and both is None:
            # no actor named: the topic; for protests and attacks an implied or unknown author
            # (completed in _complete: the people of the place, or a null source)
            sources = [ctx.topic] if ctx.topic is not None else ([None] if code[:2] in _IMPLICIT_AUTHOR_OK else [])
        if both is not None and len(ctx.dyad) >= 2:
            sources = [_country_mention(both, ctx.dyad[-2])]
            target = _country_mention(both, ctx.dyad[-1])
        out = []
        for source in sources:  # may be None (see above)
            ev = self._complete(doc, trig, match, mentions, actors, ctx, entry, code, source, target)
            if ev is not None:
                out.append(ev)
        return out

    def _complete(self, doc, trig, match, mentions, actors, ctx, entry, code, source, target) -> Event | None:
        tokens = doc.tokens
        if target is None:
            target = self._target(tokens, match, actors, entry, source)
        source = self._with_context_country(doc, source, trig.sentence, ctx)
        target = self._with_context_country(doc, target, trig.sentence, ctx)
        if target is None and code[:2] in _NEEDS_TARGET:
            target = self._any_target(tokens, match, actors, source)
        if target is not None and source is not None and _state_addressed(source, target):
            target = replace(target, sector="GOV", code=target.country + "GOV", note="target:state")
        if target is None or target.country is None or _same_actor(source, target):
            target = self._fallback_target(tokens, match, mentions, source, ctx, code)
        if source is None and code[:2] == "17" and target is not None:
            source = self._authorities_of_place(doc, trig, target)
        if source is None and code[:2] == "14":
            source = self._implicit_actor(doc, trig, "CVL", "agent:protesters")  # people of the place
        if source is None and code[:2] in _UNKNOWN_AGENT_OK:
            # an attack whose authors are not named is still an event (source null), when it has a
            # victim or a place
            s_ = doc.sentences[trig.sentence]
            if target is None and not any(s_.start <= p.start < s_.end for p in doc.places):
                return None
        elif source is None or (source.country is None and not _stateless_group(source)):
            return None
        if target is not None and target.country is None and not _stateless_group(target):
            target = None
        if target is None and code[:2] in _NEEDS_TARGET:
            return None
        if target is not None and _same_actor(source, target):
            return None
        sentence = doc.sentences[trig.sentence]
        info = self.cameo[code]
        return Event(doc.id, trig.sentence, doc.text[sentence.start:sentence.end], trig, source, target,
                     code, info.plover, info.quad_class, info.goldstein, symmetric=entry.symmetric)

    def _finish(self, doc: Document, ev: Event) -> Event:
        """Re-resolve people's roles at the event's date when it differs from publication."""
        if self.kb is None or ev.date is None or ev.date.precision != "day" or ev.date.value is None:
            return ev
        when = date.fromisoformat(ev.date.value)
        if doc.published == when:
            return ev
        for attr in ("source", "target"):
            m = getattr(ev, attr)
            if m is not None and m.kind == "person" and m.actor_id in self.kb.actors:
                role, note = self.kb.resolve(self.kb.actors[m.actor_id], when)
                if role is not None and role.code != m.code:
                    setattr(ev, attr, replace(m, country=role.country, sector=role.sector, code=role.code, note=note))
        return ev

    def _complement(self, doc: Document, match: Match) -> bool:
        """An event noun right after another trigger is its complement, not an event of its own
        (ضرورة الإفراج، تنسيق الدعم، دعوة إلى الحوار are one act each)."""
        if match.value.form not in ("noun", "phrase") or (match.value.form == "phrase" and match.prefix):
            return False
        k = match.first - 1
        while k >= 0 and doc.tokens[k].norm in _QUOTE_TOKENS:
            k -= 1
        return k >= 0 and k in doc.cache.get("trigger_tokens", ())

    def _near(self, tokens: list[Token], match: Match, words: tuple[str, ...]) -> bool:
        """Does one of ``words`` stand within 8 tokens after the trigger (clitics allowed)?"""
        return _followed_by(tokens, match, words, 8)

    def _refine(self, tokens: list[Token], match: Match, entry) -> str:
        """The entry's more specific code when one of its refinement words follows within 12 tokens."""
        return next((r.cameo for r in entry.refine if _followed_by(tokens, match, r.words, 12)), entry.cameo)

    # ---- arguments -----------------------------------------------------------------------
    def _verb_subject(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        sentence = tokens[match.first].sentence
        # VSO: the first actor after the verb, before any preposition (a dual or plural verb has
        # its subject before it: «حفتر والسراج زارا موسكو»)
        k = match.last + 1
        steps = _SUBJECT_WINDOW if match.value.plural else 0
        while k < len(tokens) and tokens[k].sentence == sentence and steps < _SUBJECT_WINDOW:
            t = tokens[k]
            m = _mention_at(actors, k)
            if m is not None:
                if m.prefix[:1] in ("ب", "ل", "ك") or (m.prefix and m.prefix.lstrip("وف")[:1] in ("ب", "ل", "ك")):
                    break
                return m, self._coordinated(tokens, actors, m)
            if t.norm in self.g.adverbs or t.norm in _QUOTE_TOKENS or t.norm in ("،", ",") \
                    or _strip_conj(t.norm) in self.g.quantifiers:
                k += 1  # تظاهر أمس آلاف المحتجين: adverbs and quantifiers before the subject
                steps += 1
                continue
            if t.norm == "من" and k > match.last + 1 and _strip_conj(tokens[k - 1].norm) in self.g.quantifiers:
                k += 1  # عدد من المحتجين
                steps += 1
                continue
            break
        # SVO: the nearest actor before the verb in the same clause, not governed by a preposition
        k = match.first - 1
        while k >= 0 and tokens[k].sentence == sentence and match.first - k <= 12:
            t = tokens[k]
            if t.norm in ("،", ","):
                # a subject may stand right before the comma (بوغدانوف، التقى); else the clause ends
                if _mention_ending_at(actors, k - 1) is None:
                    break
                k -= 1
                continue
            if t.norm in _PUNCT:
                break
            if t.norm in self.g.clause_breakers:
                break
            m = _mention_ending_at(actors, k)
            if m is not None:
                if self._governed(tokens, m, actors):
                    k = m.first - 1
                    continue
                first_subject = m
                # X و Y بحثا: a coordinated pair before a dual verb
                prev = _mention_ending_at(actors, m.first - 1)
                if prev is not None and m.prefix.startswith("و") and not self._governed(tokens, prev):
                    return prev, m
                return first_subject, None
            k -= 1
        return None, None

    def _coordinated(self, tokens: list[Token], actors: list[ActorMention], m: ActorMention):
        nxt = _mention_at(actors, m.last + 1)
        if nxt is not None and nxt.prefix.startswith("و") and not nxt.prefix.lstrip("و")[:1] in ("ب", "ل"):
            return nxt
        return None

    def _governed(self, tokens: list[Token], m: ActorMention, actors: list[ActorMention] | None = None) -> bool:
        """Is the mention the object of a preposition (standalone or attached), itself or as the
        second of a coordinated pair (مع مصر والمغرب)?"""
        if m.prefix.lstrip("وف")[:1] in ("ب", "ل", "ك"):
            return True
        prev = tokens[m.first - 1].norm if m.first > 0 else ""
        if prev in self.g.prepositions:
            return True
        if actors is not None and m.prefix.startswith("و"):
            before = _mention_ending_at(actors, m.first - 1)
            if before is not None and before is not m:
                return self._governed(tokens, before, actors)
        return False

    def _noun_arguments(self, tokens: list[Token], match: Match, actors: list[ActorMention], entry):
        """(agent, target, own) of an event noun: a genitive actor or nisba after it (دعم روسيا،
        التأييد الروسي), لدى + actor, بين X و Y; ``own`` when the genitive is بلاده (the agent is
        then the clause subject)."""
        sentence = tokens[match.first].sentence
        k = match.last + 1
        if k < len(tokens) and tokens[k].norm == "بين":
            a = _mention_at(actors, k + 1)
            if a is not None:
                b = _mention_at(actors, a.last + 1)
                if b is not None:
                    return a, b, False
        if match.suffix:
            if entry.genitive == "target":  # اعتقالهما: the pronoun is the victim, named before
                return None, self._antecedent(tokens, match, actors), False
            return None, None, True  # زيارته، دعمها: the agent is a pronoun, resolved by the clause
        gen = None
        while k < len(tokens) and tokens[k].sentence == sentence and k <= match.last + 3:
            norm = tokens[k].norm
            if _strip_conj(norm) in self.g.own_country:
                return None, None, True
            if norm == "لدي":  # رغبة لدى ليبيا
                m = _mention_at(actors, k + 1)
                return m, None, False
            m = _mention_at(actors, k)
            if m is not None:
                if m.prefix.lstrip("وف") in ("", "ال"):  # not governed by an attached ب/ل
                    gen = m
                break
            if norm in self.g.np_fillers or norm in _QUOTE_TOKENS:
                k += 1
                continue
            break
        if gen is None:
            return None, None, False
        # the genitive of a verb's masdar in -ة (مهاجمة السفارة، مداهمة المنزل) is its object in conflict
        genitive = "target" if match.value.form == "participle" and entry.root >= "09" else entry.genitive
        if genitive == "target":
            return None, gen, False
        return gen, None, False

    def _antecedent(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """The actor a pronoun on the trigger refers to: the nearest one before it in the sentence."""
        sentence = tokens[match.first].sentence
        before = [m for m in actors if m.sentence == sentence and m.last < match.first]
        return before[-1] if before else None

    def _passive_agent(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """من طرف / من قبل / على يد / بيد + actor, within the clause after the trigger."""
        sentence = tokens[match.first].sentence
        for k in range(match.last + 1, min(len(tokens) - 1, match.last + _TARGET_WINDOW)):
            if tokens[k].sentence != sentence:
                break
            one = tokens[k].norm
            two = one + " " + tokens[k + 1].norm
            if two in self.g.agent_markers:
                m = _mention_at(actors, k + 2)
                if m is not None:
                    return m
            if one in self.g.agent_markers:
                m = _mention_at(actors, k + 1)
                if m is not None:
                    return m
            for m in actors:  # بيد مواطنة: the marker is a clitic of the actor's token
                if m.first == k and ("بيد" in self.g.agent_markers and tokens[k - 1].norm == "بيد"):
                    return m
        return None

    def _anaphoric(self, tokens: list[Token], match: Match) -> bool:
        """An event noun that is not the report of an event: the complement of a preposition
        (اتفاق بشأن وقف إطلاق النار، دعا إلى الحوار، لوقف الأعمال القتالية), or a definite noun after a
        temporal word (خلال اللقاء، في ختام المحادثات) — an event already told. After a light verb
        (قام بزيارة) the noun is the event."""
        if match.value.form != "noun":
            return False
        prev = _strip_conj(tokens[match.first - 1].norm) if match.first > 0 else ""
        attached = match.prefix.lstrip("وف")
        if attached[:1] in ("ب", "ل", "ك"):
            before = _strip_conj(tokens[match.first - 1].norm) if match.first > 0 else ""
            return before not in self.g.light_verbs
        if prev in self.g.topic_prepositions:
            before = _strip_conj(tokens[match.first - 2].norm) if match.first > 1 else ""
            return before not in self.g.light_verbs
        definite = "ال" in match.prefix or bool(match.suffix)
        return definite and (prev in self.g.anaphoric or prev in self.g.prepositions)

    def _clause_subject(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """The subject of the clause a noun, participle or phrase trigger belongs to: the first
        ungoverned actor before it in the sentence (relative clauses in between do not change it:
        «عبر الوزير عن ثقته … التي يمر بها، معربا عن تطلع بلاده»)."""
        sentence = tokens[match.first].sentence
        for m in actors:
            if m.sentence == sentence and m.last < match.first and not self._governed(tokens, m, actors):
                return m
        return None

    def _target(self, tokens: list[Token], match: Match, actors: list[ActorMention], entry, source):
        sentence = tokens[match.first].sentence
        start = match.last + 1
        if source is not None and source.first > match.last:
            start = source.last + 1
        limit = match.last + _TARGET_WINDOW
        for m in actors:
            if m.sentence != sentence or m.first < start or m.first > limit:
                continue
            if source is not None and (m is source or (m.first == source.first)):
                continue
            if source is not None and m.country == source.country and (m.sector == source.sector or not m.sector):
                continue  # an apposition of the subject (لافروف، وزير الخارجية الروسي،)
            if any(tokens[k].norm in self.g.clause_breakers for k in range(start, m.first)):
                return None
            prev = tokens[m.first - 1].norm if m.first > 0 else ""
            attached = m.prefix.lstrip("وف")
            attached_prep = attached[:1] if attached[:1] in ("ب", "ل", "ك") else ""
            if attached.startswith("لل"):
                attached_prep = "ل"
            for t in entry.targets:
                if t == "obj":
                    if not attached_prep and prev not in self.g.prepositions:
                        return m
                elif t in ("ب", "ل"):
                    if attached_prep == t:
                        return m
                elif prev == t:
                    return m
            # a quantifier between the preposition and the actor: مع جميع الأطراف
        return None

    def _any_target(self, tokens: list[Token], match: Match, actors: list[ActorMention], source):
        """When no actor follows one of the entry's own prepositions: the first actor after the
        trigger in its clause that is not the subject (أشاد الوزير بالتعاون مع مصر)."""
        sentence = tokens[match.first].sentence
        start = max(match.last, source.last if source is not None and source.first > match.last else -1) + 1
        for m in actors:
            if m.sentence != sentence or m.first < start or m.first > match.last + _TARGET_WINDOW:
                continue
            if any(tokens[k].norm in self.g.clause_breakers or tokens[k].norm in _PUNCT for k in range(start, m.first)):
                return None
            if source is not None and _same_actor(source, m):
                continue
            prev = tokens[m.first - 1].norm if m.first > 0 else ""
            if prev in ("عن", "حول", "بشان", "حيال", "في", "من", "منذ", "خلال"):
                continue  # what is spoken about (الإفراج عن المواطنين), not whom the act addresses
            return m
        return None

    def _fallback_target(self, tokens, match, mentions, source, ctx: _Context, code: str):
        """With no target in the clause: a country where the act happens (في ليبيا), else the other
        side of the document's dyad for verbal cooperation."""
        if source is None or source.country is None:
            return None
        sentence = tokens[match.first].sentence
        for m in mentions:
            if m.sentence == sentence and m.locative and m.first > match.last and m.country != source.country:
                return m
        if code[:2] in _VERBAL_COOPERATION and len(ctx.dyad) >= 2 and source.country in ctx.dyad[-2:]:
            other = ctx.dyad[-2] if source.country == ctx.dyad[-1] else ctx.dyad[-1]
            return _country_mention(source, other, note="dyad")
        return None

    def _both_sides(self, tokens: list[Token], match: Match) -> ActorMention | None:
        sentence = tokens[match.first].sentence
        around = list(range(match.first, match.last + 1)) + list(range(match.last + 1, min(len(tokens), match.last + 3)))
        for k in around + [match.first - 1]:
            if 0 <= k < len(tokens) and tokens[k].sentence == sentence:
                norm = tokens[k].norm
                stem = norm[1:] if norm[:1] in "وف" else norm
                if norm in self.g.both_sides or stem in self.g.both_sides:
                    t = tokens[k]
                    return ActorMention(t.start, t.end, "", None, None, None, None, "side", sentence,
                                        first=k, last=k)
        return None

    def _authorities_of_place(self, doc: Document, trig: Trigger, target: ActorMention):
        """Arrests and detentions with no agent named (تم اعتقالهما في طرابلس) are the acts of the
        authorities of the place where they happen (COP), the document's home country else."""
        return self._implicit_actor(doc, trig, "COP", "agent:authorities")

    def _implicit_actor(self, doc: Document, trig: Trigger, sector: str, note: str):
        """An actor the text implies but does not name, of the country of the place in the
        trigger's sentence, else of the document's home country; its span is a point."""
        s = doc.sentences[trig.sentence]
        country = next((p.country for p in doc.places if s.start <= p.start < s.end and p.country), None)
        if country is None:
            country = _home_country(doc)
        if country is None:
            return None
        return ActorMention(trig.start, trig.start, "", None, country, sector, country + sector, "implicit",
                            trig.sentence, note=note, first=-1, last=-1)

    def _with_context_country(self, doc: Document, m: ActorMention | None, sentence: int, ctx: _Context):
        """A role with no country (المحتجون، قوات الأمن) takes the country of a place in its
        sentence (في القصرين → TUN), else the document's home country."""
        if m is None or m.country is not None or m.kind not in ("role",):
            return m
        country = None
        for p in doc.places:
            if p.country and doc.sentences[sentence].start <= p.start < doc.sentences[sentence].end:
                country = p.country
                break
        note = "country:place"
        if country is None and ctx.home:
            country, note = ctx.home, "country:document"
        if country is None:
            return m
        return replace(m, country=country, code=country + (m.sector or ""), note=note)

    def _hypothetical(self, tokens: list[Token], first: int) -> bool:
        return any(t.norm in self.g.hypothetical or t.norm in self.g.questions for _, t in _back(tokens, first, 5))

    def _background(self, tokens: list[Token], index: int, doc: Document) -> bool:
        head = " ".join(t.norm for t in _sentence_tokens(doc, index)[:6])
        return any(w in head for w in self.g.background if " " in w) or any(
            t.norm in self.g.background for t in _sentence_tokens(doc, index)[:4])

    def _sentence_subject(self, tokens: list[Token], mentions: list[ActorMention], sent):
        for m in mentions:
            if not m.locative and not self._governed(tokens, m) and m.country:
                return m
        return None


# ---- helpers --------------------------------------------------------------------------------
def _mention_at(mentions: Iterable[ActorMention], token: int) -> ActorMention | None:
    for m in mentions:
        if m.first == token:
            return m
    return None


def _mention_ending_at(mentions: Iterable[ActorMention], token: int) -> ActorMention | None:
    for m in mentions:
        if m.first <= token <= m.last:
            return m
    return None


def _country_mention(anchor: ActorMention, country: str, note: str = "both-sides") -> ActorMention:
    """An actor not written as such (a side of «الطرفان», the other side of the document's dyad):
    its text is empty and its span a point, at the words that evoke it."""
    return ActorMention(anchor.start, anchor.start, "", None, country, None, country, "side",
                        anchor.sentence, note=note, first=anchor.first, last=anchor.last)


def _document_dyad(mentions: list[ActorMention]) -> list[str]:
    counts: dict[str, int] = {}
    for m in mentions:
        if m.country and m.country != "IGO" and not m.locative:
            counts[m.country] = counts.get(m.country, 0) + 1
    top = sorted(counts, key=lambda c: -counts[c])[:2]
    return top if len(top) == 2 and counts[top[1]] >= 2 else []


def _back(tokens: list[Token], first: int, n: int):
    """(index, token) of up to ``n`` tokens before ``first``, nearest first, within its clause
    (stopping at the sentence start or at punctuation)."""
    sentence = tokens[first].sentence
    for k in range(first - 1, max(-1, first - 1 - n), -1):
        t = tokens[k]
        if t.sentence != sentence or t.norm in _PUNCT:
            return
        yield k, t


_ENCLITIC_SUFFIXES = ("هما", "ها", "هم", "كم", "نا", "ه")


def _with_enclitic_stripped(norm: str) -> list[str]:
    """A word and the words it may be with an enclitic taken off (قلقها → قلق، رغبتها → رغبه)."""
    out = [norm]
    for suf in _ENCLITIC_SUFFIXES:
        if norm.endswith(suf) and len(norm) - len(suf) >= 2:
            stem = norm[:-len(suf)]
            out.append(stem)
            if stem.endswith("ت"):
                out.append(stem[:-1] + "ه")
    return out


def _rest_at(tokens: list[Token], j: int, rest: tuple[str, ...]) -> bool:
    """Do the words ``rest`` stand at token ``j`` (the last one may carry an enclitic)?"""
    if j + len(rest) > len(tokens):
        return False
    for k, word in enumerate(rest):
        norm = tokens[j + k].norm
        if norm == word:
            continue
        if k == len(rest) - 1:
            stem = word[:-1] + "ت" if word.endswith("ه") else word
            if norm.startswith(stem) and norm[len(stem):] in ("ه", "ها", "هم", "هما", "كم", "نا"):
                continue
        return False
    return True


def _strip_conj(norm: str) -> str:
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


_NON_STATE = {"CVL", "OPP", "LAB", "MED", "BUS", "EDU", "HLH", "REB", "UAF", "PTY", "REF", "AGR", "REL", "HRI", "NGO"}


def _state_addressed(source: ActorMention, target: ActorMention) -> bool:
    """A non-state actor acting towards its own country (المعارضة التونسية تدعو تونس …) acts
    towards that country's government."""
    return (target.country == source.country and target.sector is None and target.kind in ("country", "capital")
            and source.sector in _NON_STATE)


def _side(m: ActorMention | None) -> str | None:
    """What tells two events of one document apart on one side: the actor's code (LBYMIL and
    LBYGOV visiting Moscow are two visits), else its country."""
    return None if m is None else (m.code or m.country)


def _stateless_group(m: ActorMention) -> bool:
    """A known organization with no state (داعش، القاعدة): an actor though its country is null."""
    return m.kind in ("org", "person") and m.code is not None and m.code.startswith("IMG")


def _same_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Same country and no different sectors: not two sides of one event."""
    if a is None or b is None:
        return False
    return a.country == b.country and (a.sector == b.sector or not a.sector or not b.sector)


def _home_country(doc: Document) -> str | None:
    """The country a document is mostly about: the most named country (actors and places)."""
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.country and m.country != "IGO":
            counts[m.country] = counts.get(m.country, 0) + 1
    for p in doc.places:
        if p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
    best = max(counts, key=lambda c: counts[c]) if counts else None
    if best is not None and counts[best] >= 2:
        return best
    return doc.cache.get("outlet_country")  # the country the outlet reports from, when known


def _sentence_of(doc: Document, offset: int) -> int | None:
    for s in doc.sentences:
        if s.start <= offset < s.end:
            return s.index
    return None


def _sentence_tokens(doc: Document, index: int) -> list[Token]:
    cache = doc.cache.setdefault("sentence_tokens", {})
    if not cache:
        for i, t in enumerate(doc.tokens):
            cache.setdefault(t.sentence, []).append(t)
    return cache.get(index, [])


def _followed_by(tokens: list[Token], match: Match, words: tuple[str, ...], n: int) -> bool:
    """Does one of ``words`` (folded, clitics allowed) stand within ``n`` tokens after the match,
    in its sentence?"""
    sentence = tokens[match.first].sentence
    window = [tokens[k].norm for k in range(match.last + 1, min(len(tokens), match.last + 1 + n))
              if tokens[k].sentence == sentence]
    text = " " + " ".join(window) + " "
    return any(f" {w} " in text or _word_with_clitics(text, w) for w in words)


def _word_with_clitics(text: str, w: str) -> bool:
    for pre in ("ال", "و", "ب", "ل", "بال", "وال", "لل"):
        if f" {pre}{w} " in text:
            return True
    return False


def _moves_story(d: DateValue, published, background: bool) -> bool:
    """Does a date expression set the date the story is at for the sentences after it? A
    relative one does (أمس، الخميس الماضي), and any one in a background frame (وكانت روسيا قد
    أجلت … في أكتوبر 2013, whose next sentences go on with that past); an explicit past date in
    passing (اعتقلا في مايو 2019، الذي احتضنته برلين في 19 يناير) is its clause's alone."""
    if d.value is None:
        return False
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


def _verb_tokens(doc: Document, g: Grammar | None) -> frozenset[int]:
    """Tokens that start a verb trigger of the document (a verb has a clause of its own; a phrase
    that starts with a preposition, «عن قلقها», does not)."""
    found = doc.cache.get("verb_trigger_tokens")
    if found is None:
        prepositions = g.prepositions if g is not None else frozenset()
        found = frozenset(m.first for m in doc.cache.get("trigger_matches", ())
                          if m.value.form == "verb" or m.value.form == "phrase"
                          and m.key.split(" ", 1)[0] not in prepositions)
        doc.cache["verb_trigger_tokens"] = found
    return found


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
            if governed or _subordinated_in_time(_tokens_between(doc, trig.sentence, None, trig.start, d.end), words):
                earlier_than.append(d)
            else:
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
