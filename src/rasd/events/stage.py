"""Events: triggers found in the text, their modality, and their arguments.

:class:`TriggerStage` matches the trigger lexicon once over the token stream and marks each hit's
modality: negated, future or planned, or not told as an act at all (a reference, a cancellation,
history, a count, another sense of the word; the reason is kept for ``--format explain``).
:class:`EventStage` assigns arguments clause by clause (the words it reads are in
``data/ar/syntax.yaml`` and ``grammar.yaml``, see docs/data-formats.md):

- **verbs**: a subject that opens the clause before the verb (headlines, after أن), a pronoun after
  أن (its clause's subject), the antecedent of a relative pronoun, else the subject after the verb
  (VSO, past adverbs, counts and «عدد من»), else before it (SVO; ``X و Y بحثا`` gives both
  sides); with no subject, the discourse topic (pro-drop, «من جانبه»), except for attacks;
- **nouns** (masdars): the subject of a realizing or light verb that governs them (تمكنت الوحدات
  من القبض على، أقدم على، تعرض إلى، نفذت عمليات اغتيال), a genitive actor right after the noun
  (the agent, or the patient for coercion and violence), ``بين X و Y``, a passive agent (من قبل),
  else the subject of the clause — for attacks never a speaker before إن nor a victim;
- **targets**: the first actor after the trigger introduced by one of the entry's prepositions
  (مع، ب، إلى، ل، على …) or as a direct object, not an apposition of the subject; a pronoun's
  antecedent (تحادث معهم); what a protest stands before or is against (أمام مقر الولاية،
  احتجاجا على …); a condemned attack's author; with none named, the people's own government for
  their appeals, demands and threats; «الطرفان/الجانبان» stand for the document's dyad;
- **modality**: negated, hypothetical and aimed-at acts are dropped; future acts of cooperation
  become intents (03x), announced protests threats (133), other future conflict acts are dropped;
  an act dated after publication is planned;
- **dates**: the cascade of :func:`_attach_date` (the meeting an event belongs to, its own
  clause, the document's date of the same meeting, the story's date, the publication day), each
  step recorded in ``date_source``; never today's date;
- **places**: from the place stage, near the trigger.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date

from rasd.events.cameo import CameoTable
from rasd.events.clause import (
    realizing_verb,
    _PRONOUNS,
    _PUNCT,
    _QUOTE_TOKENS,
    _back,
    _dropped,
    _followed_by,
    _mention_at,
    _mention_ending_at,
    _named_tokens,
    _plural_verb,
    _prep_form,
    _prep_pronoun,
    _sentence_of,
    _sentence_tokens,
    _strip_conj,
    _verb_tokens,
)
from rasd.events.dates import _attach_date, _attach_place, _date_by_episodes, _from_story, _next_story_date
from rasd.events.lexicon import Sense, TriggerLexicon
from rasd.events.triggers import TriggerStage
from rasd.grammar import Grammar
from rasd.model import ActorMention, DateValue, Document, Event, Token, Trigger
from rasd.outlets import Outlets
from rasd.text.matcher import Match
from rasd.text.normalize import fold


# Future forms of cooperation are intents (CAMEO 03): root → intent code.
_INTENT_OF = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_VIOLENT = frozenset({"18", "19", "20"})  # assault, fight, mass violence
_UNKNOWN_AGENT_OK = _VIOLENT
_IMPLICIT_AUTHOR_OK = {"14"} | _UNKNOWN_AGENT_OK  # attacks by unnamed authors are coded with a null source
_NEEDS_TARGET = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16"}
_VERBAL_COOPERATION = {"02", "03", "04", "05"}
_ADDRESSED_TO_STATE = {"02", "08", "10", "13"}  # appeals, concessions, demands, threats
_SELF = ("نفسه", "نفسها", "انفسهم", "نفسهم", "انفسهما")  # (folded)
_SAID_LATER = {"01", "02", "10", "11", "12"}  # acts of saying with no intent code: not made when promised
_SPEECH_ACTS = {"01", "02", "10", "11", "12", "13"}  # acts of saying: made when they are told
_SUBJECT_WINDOW = 5
_PROTEST_SUBJECT_WINDOW = 10  # a protest noun's subject stands in its own clause
_PLACE_OF_ATTACK = 60  # characters around an attack within which its place is told
_TARGET_WINDOW = 14
_PURPOSE_WINDOW = 32  # tokens after a protest within which «احتجاجا على …» names whom it is against


@dataclass(slots=True)
class _Context:
    """What the document has said so far: its topic, its dyad, the date the story is at."""

    topic: ActorMention | None = None
    dyad: list[str] = field(default_factory=list)  # countries in play, most recent last
    story_date: DateValue | None = None
    home: str | None = None  # the country the document is mostly about
    subjects: list = field(default_factory=list)  # the sources of the sentence's last act told
    meeting: tuple | None = None  # (one side, the other) of the last meeting told


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
        self._modality = TriggerStage(lexicon, grammar)  # negation and future, read at other words too
        from rasd.events.lexicon import verb_forms
        self._speech_forms = frozenset(f for past, present in grammar.speech_verbs
                                       for forms in verb_forms(past, present)[:2] for f in forms)
        self._irrealis = grammar.hypothetical | grammar.questions

    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        # words of a trigger phrase are not actors of it (القضاء in «القضاء على إرهابيين»)
        doc.cache["trigger_spans"] = [(m.first, m.last) for m in doc.cache.get("trigger_matches", [])
                                      if m.last > m.first]
        covering: dict[int, list[tuple[Trigger, Match]]] = {}  # token → the triggers over it, in order
        for trig, match in zip(doc.triggers, doc.cache.get("trigger_matches", [])):
            for k in range(match.first, match.last + 1):
                covering.setdefault(k, []).append((trig, match))
        doc.cache["trigger_at"] = covering
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
        seen: dict[tuple, int] = {}
        headline = _headline(doc)  # (cached: the document's country reads it too)
        for sent in doc.sentences:
            mentions = mentions_by_sentence.get(sent.index, [])
            own_dates = dates_by_sentence.get(sent.index, [])
            background = self._background(tokens, sent.index, doc)
            told = None
            ctx.subjects = []
            own: list[Event] = []  # the events this sentence tells
            for trig, match in triggers_by_sentence.get(sent.index, []):
              if told is not None and (match.prefix[:1] in ("و", "ف") or match.value.form == "participle"):
                  ctx.topic = told  # a conjoined verb or a circumstantial goes on with the last subject
              elif told is None and match.prefix[:1] in ("و", "ف") and self._verbal(match):
                  # … or with the subject of its sentence's first verb, when that verb is no trigger
                  # («تمكن الجيش الجزائري من القضاء على عنصرين إرهابيين وحجز مسدس»)
                  opening = self._opening_subject(doc, mentions, sent, match)
                  if opening is not None:
                      ctx.topic = opening
              telling = []
              for ev in self._events(doc, trig, match, mentions, ctx):
                ev.date = _attach_date(own_dates, trig, ctx, background, doc, match, ev, self.g)
                ev.location = _attach_place(doc, trig)
                ev = self._finish(doc, ev)
                ev = self._dated_future(doc, ev, ctx, background)
                if ev is None:
                    continue
                key = (_side(ev.source), _side(ev.target), ev.cameo, ev.date.value if ev.date else None)
                if ev.source is not None and ev.source.first >= 0 and ev.source.kind not in ("implicit", "side"):
                    told = ev.source  # the next pro-drop verb of the sentence takes it (دعا حفتر … وطالب)
                    telling.append(ev.source)
                if key in seen:
                    k = seen[key]
                    if events[k].sentence in headline and ev.sentence not in headline:
                        # the body tells the headline's event again: its reading is kept, with the
                        # headline's place when it names none («المتلوي: وقفة احتجاجية للأهالي»)
                        if ev.location is None:
                            ev.location = events[k].location
                        events[k] = ev
                        own.append(ev)
                    continue
                seen[key] = len(events)
                events.append(ev)
                own.append(ev)
                if ev.cameo[:2] == "04" and ev.source is not None and ev.target is not None:
                    ctx.meeting = (ev.source, ev.target)
              if telling:
                  ctx.subjects = telling  # (قطعت السعودية ومصر والإمارات علاقاتها … واتهمتها: each of them)
            _claimed_attacks(own)
            ctx.story_date = _next_story_date(doc, sent.index, own_dates, background, ctx.story_date)
            # the actor the sentence was about: the last subject its events named, else its first
            # ungoverned actor; a sentence whose verbs only took the topic goes on with it (وهددوا …)
            topic = ctx.topic
            carried = topic is not None and any(
                e.source is not None and (e.source.start, e.source.end) == (topic.start, topic.end) for e in own)
            # (not what its acts were done to: «أسفرت الحملة عن إيقاف 11 شخصا … حجز 24 سيارة»)
            undergone = {(e.target.start, e.target.end) for e in own if e.target is not None}
            subj = told or (None if carried else self._sentence_subject(
                tokens, [m for m in mentions if (m.start, m.end) not in undergone], sent))
            if subj is not None:
                ctx.topic = subj
        same = doc.cache.get("same_act", {})  # a trigger → the trigger that tells its act when coded
        if same:
            events = _one_event_per_act(events, same)
        _protests_addressed(events)
        for ev in events:
            if ev.cameo[:2] == "14" and ev.target is None and ev.source is not None and ev.source.country:
                ev.target = self._grievance_told_after(doc, ev)
        _date_by_episodes(doc, events, self._finish)
        doc.events = _without_restated_headline(doc, events, headline)
        return doc

    # ---- one trigger ---------------------------------------------------------------------
    def _events(self, doc: Document, trig: Trigger, match: Match, mentions: list[ActorMention],
                ctx: _Context) -> list[Event]:
        sense: Sense = match.value
        entry = sense.entry
        tokens = doc.tokens
        why = doc.cache.setdefault("dropped", {})
        if trig.negated:
            return _dropped(why, trig, "negated")
        if self._hypothetical(tokens, match.first):
            return _dropped(why, trig, "hypothetical or question")
        if sense.form == "verb" and entry.root >= "14" and match.first > 0 \
                and _strip_conj(tokens[match.first - 1].norm) in self.g.possibility \
                and _strip_conj(tokens[match.first].norm) in self.lexicon.present_words \
                and not _strip_conj(tokens[match.first].norm).endswith(_PAST_ENDINGS):
            return _dropped(why, trig, "a possibility (قد تستهدف)")
        if self._aimed_at(tokens, match.first):
            return _dropped(why, trig, "an aim or a wish, not an act")
        if self._rumored(tokens, match.first):
            return _dropped(why, trig, "a rumour or an allegation, not told as fact")
        if self._case_facts(tokens, match.first):
            return _dropped(why, trig, "the facts of a court case (وتعود أطوار القضية إلى …)")
        if self._participle_adjective(tokens, match):
            return _dropped(why, trig, "an adjective of the noun before it (الحل المقترح، الدول المقاطعة)")
        if self._in_slogan(tokens, match):
            return _dropped(why, trig, "a slogan or a banner")
        if entry.root in ("18", "19") and entry.cameo != "1831" and _followed_by(tokens, match, _SELF, 3):
            return _dropped(why, trig, "harm to oneself")  # أقدم شاب على الاعتداء على نفسه (not فجر نفسه)
        if self._described(tokens, match, mentions):
            return _dropped(why, trig, "a description, not an act (الذي يسيطر على، مقاتلين يقاتلون)")
        if self._anaphoric(doc, match):
            return _dropped(why, trig, "anaphoric (an event already told)")
        if self._complement(doc, match):
            return _dropped(why, trig, "complement of another trigger")
        told_by = self._verb_of_attack_noun(doc, match)
        if told_by is not None:
            _same_act(doc, trig, told_by)  # «في موقعين استهدفتهما ضربات جوية أمريكية»: the strike is its subject
        attack = self._toll_of_attack(doc, match)
        if attack is not None:
            _same_act(doc, trig, attack)  # (not when the attack is only named: «في تفجير قندهار»)
        twin = self._coordinated_twin(doc, match, trig)
        if twin is not None:
            _same_act(doc, trig, twin)  # «تعرض للضرب والتعنيف»، «أدان واستنكر»: one act named twice
        described = self._act_described(doc, match) if sense.form == "verb" and entry.root in _VIOLENT else None
        if described is not None:
            _same_act(doc, trig, described)  # «في هجوم استهدف نقطة تفتيش»، «الهجوم الذي استهدف المركز»: one attack
        if sense.form == "participle" and any(m.first <= match.first <= m.last for m in mentions):
            return _dropped(why, trig, "participle names an actor")  # محتجين، مسلحين

        code = self._refine(doc, match, entry)
        if described is not None:
            # the verb tells the act its noun names: «التفجير الإرهابي التي استهدفت معهد الشرطة» is a
            # bombing, «عملية الاغتيال التي استهدفت المهندس» an assassination
            code = described.cameo
        call = self._calls_to_protest(doc, match) if code[:2] == "02" else None
        if call == "described":
            return _dropped(why, trig, "describes the protest before it (إضراب عام دعت إلى تنفيذه)")
        if call:
            code = "133"  # دعت النقابة إلى الإضراب، إضراب عام دعا إليه الاتحاد: a strike announced
        if trig.future:
            if code[:2] in _INTENT_OF:
                code = _INTENT_OF[code[:2]]
            elif code[:2] == "14":
                code = "133"  # a strike or a rally announced: a threat of protest (CAMEO 133)
            elif code[:2] in ("15", "17", "18", "19", "20"):
                return _dropped(why, trig, "future conflict act")
            elif code[:2] in _SAID_LATER:
                # «سيدعو وزارة الخارجية إلى تغيير قرارها»: an appeal, demand or criticism to be made
                # later is not made yet (CAMEO has no intent code for them)
                return _dropped(why, trig, "a speech act to come")
        if sense.form == "phrase" and self._nominal(match):
            # جلسة عمل، زيارة رسمية: a noun phrase, whose arguments are read as a noun's
            sense = Sense(entry, "noun", sense.plural)
            match = Match(match.first, match.last, match.prefix, match.suffix, match.key, sense)
        spans = doc.cache.get("trigger_spans", ())
        actors = [m for m in mentions if not m.locative and not _inside_trigger(m, spans) and not _inside_place(doc, m)
                  and not self._attributed(tokens, m) and not self._reporter(tokens, m) and not _label(tokens, m)]
        sources: list[ActorMention | None] = []
        target = None
        both = self._both_sides(tokens, match)
        masdar = sense.form in ("verb", "phrase") and match.last + 1 < len(tokens) and \
            _strip_conj(tokens[match.last + 1].norm) in self.g.own_country
        if sense.form == "phrase" and match.key.split(" ", 1)[0] in self.g.prepositions:
            masdar = True  # «عن قلقها», «على ضرورة»: the verb stands before, its subject is the clause's
        passive_agent = self._passive_agent(tokens, match, actors)
        if passive_agent is not None and code[:2] == "14" and self._protested_at(tokens, match, None, actors) is passive_agent:
            passive_agent = None  # «احتجاجا على المماطلة من قبل سلطة الإشراف»: whom they protest against
        realizer = self._realizer(doc, match) if sense.form == "noun" else None
        unknown_author = False
        if realizer is not None and self._modality._negated(tokens, realizer):
            return _dropped(why, trig, "negated (its realizing verb)")  # لم تتمكن الوحدات من القبض
        if realizer is not None and code[:2] >= "09" and code[:2] != "13" \
                and self._modality._future_context(tokens, realizer, _named_tokens(doc)):
            if code[:2] != "14":
                return _dropped(why, trig, "future conflict act (its realizing verb)")
            code = "133"  # من المنتظر أن يدخل القضاة في إضراب: a strike announced
        if realizer is not None:
            # تمكنت الوحدات من القبض على …، أقدم شاب على طعن …، تعرض عون أمن إلى الاعتداء من قبل …:
            # the realizing verb's subject is the agent (the victim after تعرض); the noun's genitive
            # or object is the target
            verb = Match(realizer, realizer, "", "", tokens[realizer].norm,
                         Sense(entry, "verb", _plural_verb(_strip_conj(tokens[realizer].norm))))
            subject, co = self._verb_subject(tokens, verb, actors)
            target = self._noun_arguments(tokens, match, actors, entry)[1]
            if _strip_conj(tokens[realizer].norm) in self.g.victim_verbs:
                # «تعرض طفل للضرب من مواطن»: after the verb of undergoing, a bare من names the author
                # (or the noun's own agent: «قتل زعيم التنظيم في غارة أمريكية»)
                author = passive_agent or self._author_after_min(tokens, match, actors, subject) or \
                    self._noun_arguments(tokens, match, actors, entry)[0]
                sources, target = [author], subject
            else:
                sources = [passive_agent or subject] + ([co] if co is not None and passive_agent is None else [])
            unknown_author = not any(sources) and target is not None  # completed in _complete
        elif passive_agent is not None:
            sources = [passive_agent]  # مهاجمة السفارة من طرف مسلحين
            if sense.form in ("noun", "participle") or masdar:  # مهاجمة: masdar and participle alike
                target = self._noun_arguments(tokens, match, actors, entry)[1]
        elif sense.form == "participle" or masdar:
            sources = [self._clause_subject(tokens, match, actors)]  # دعم بلاده، مشيدا ب…
        elif sense.form in ("verb", "phrase") and code[:2] in _UNKNOWN_AGENT_OK \
                and _strip_conj(tokens[match.first].norm) in self.g.harm_verbs and not self._active_harm(tokens, match, actors):
            # لقي شرطي مصري مصرعه، أصيب عون أمن بطعنات: the subject is the victim, the author unknown
            victim, _ = self._verb_subject(tokens, match, actors)
            sources, target, unknown_author = [None], victim, victim is not None
        elif sense.form == "verb" and code[:2] in _UNKNOWN_AGENT_OK and self._relative_to_act(doc, match):
            sources = [None]  # «الهجمات الإرهابية التي استهدفت منشآت أمنية»: the attack's author is not named
            unknown_author = True
        elif sense.form in ("verb", "phrase"):
            subject, co = self._verb_subject(tokens, match, actors)
            if subject is None and code[:2] == "04":
                subject, co = self._gathering(tokens, match, actors) or (None, None)  # تفاوض … بين الوالي وممثلي المنطقة
            chain = self._chain(tokens, actors, subject, co)
            told = self._target(tokens, match, actors, entry, chain[-1]) if co is not None else None
            if co is not None and told is not None and told not in chain and told.first > chain[-1].last:
                # وقطعت السعودية ومصر والإمارات علاقاتها مع قطر: each of them, towards the target
                sources, target = chain, told
            elif co is not None and entry.symmetric:
                sources, target = [subject], co  # لافروف والسراج بحثا: one side and the other
            elif co is not None:
                sources = chain  # حفتر والسراج زارا موسكو: two visits
            elif subject is not None:
                sources = [subject]
        else:
            agent, target, own = self._noun_arguments(tokens, match, actors, entry)
            caused = self._caused(tokens, match, actors) if agent is None else None
            if caused is not None:
                agent, causer = caused  # مما دفع بوحدات الجيش إلى إطلاق طلقات تحذيرية
                if target is None and code[:2] in ("15", "17", "18", "19"):
                    target = causer
            # (a meeting or a clash told with its two sides: «تبادل إطلاق نار بين الوحدات الأمنية ومجموعة
            # إرهابية»، «مواجهات بين المصلين وقوات الاحتلال»)
            gathered = self._gathering(tokens, match, actors) if agent is None and (
                code[:2] in ("04", "19") or code[:3] == "145") else None
            resumed = self._resumed_agent(tokens, match, actors) if agent is None and gathered is None else None
            if agent is not None:
                sources = [agent]
            elif gathered is not None:
                sources, target = [gathered[0]], gathered[1]  # جلسة عمل جمعت الوالي بممثلي المحتجين
            elif resumed is not None:
                sources = [resumed]  # جلسة عمل عقدتها الغرفة مع وزارة التجارة
            elif (entry.genitive == "agent-only" or "ال" in match.prefix) and not own and target is None \
                    and not (code[:2] in _UNKNOWN_AGENT_OK and self._target(tokens, match, actors, entry, None)) \
                    and not _after_passive_auxiliary(tokens, match, self.g):
                return _dropped(why, trig, "definite noun with no actor")  # الدعم الدولي (not الاعتداء على الجنود)
            elif code[:2] in _UNKNOWN_AGENT_OK:
                # an attack's author is named with it (هجوم شنه مسلحون، من قبل …), else it is the
                # subject of its clause — not a speaker before إن, not a victim (مقتل شرطي في هجوم),
                # not who condemns it (أدانت تونس استعمال أسلحة كيمياوية)
                condemned = self._object_of_saying(doc, match)
                sources = [self._resumed_agent(tokens, match, actors) or
                           (None if condemned else
                            self._clause_subject(tokens, match, actors, speaker=False, window=25, victims=False))]
            elif own or sense.form == "noun":
                window = _PROTEST_SUBJECT_WINDOW if code[:2] == "14" else None
                # (a show of force is not its reporter's: «قالت كوريا الجنوبية إن كوريا الشمالية حاولت
                # تجريب صاروخ»)
                sources = [self._clause_subject(tokens, match, actors, window=window, speaker=code[:2] != "15")]
        sources = [s for s in sources if s is not None]
        if not sources and not unknown_author and code[:2] in _SPEAKER_DOES:
            # «أكد المعتمد أنه تم عقد جلسة مع المحتجين»: a passive with no agent, reported by an
            # official, tells what the official's side did
            speaker = self._speaker_of_passive(doc, match, actors)
            if speaker is not None:
                sources = [speaker]
        if not sources and unknown_author:
            sources = [None]  # تعرض عون أمن إلى الاعتداء: the author is unknown or implied
        elif not sources and both is None:
            # no actor named: the topic; for protests and attacks an implied or unknown author
            # (completed in _complete: the people of the place, or a null source)
            if code[:2] in _UNKNOWN_AGENT_OK and sense.form == "verb" and self._has_subject(tokens, match):
                sources = [None]  # «ودهس منفذ هجوم لندن المارة»: a subject named, not an actor we know
            elif (code[:2] in _UNKNOWN_AGENT_OK or code[:2] == "17" or (code[:3] == "084" and target is not None)) \
                    and sense.form != "verb":
                # «إطلاق نار في مسجد»: an attack whose author is not named; «وقع اعتقال عدد من
                # البحارة»: an arrest by the authorities of the place (completed in _complete)
                sources = [None]
            else:
                if len(ctx.subjects) > 1 and match.prefix[:1] in ("و", "ف") and self._verbal(match):
                    sources = list(ctx.subjects)  # a conjoined verb after a chain of subjects: all of them
                elif code[:2] in ("09", "17") and sense.form == "noun" and _after_passive_auxiliary(tokens, match, self.g):
                    # «وتم فتح تحقيق عدلي ضد المتهمين»: the passive names no agent — the authorities,
                    # not the citizen the sentence before was about (completed in _complete)
                    sources = [None]
                else:
                    sources = [ctx.topic] if ctx.topic is not None else ([None] if code[:2] in _IMPLICIT_AUTHOR_OK else [])
        if both is not None and len(ctx.dyad) >= 2:
            sources = [_country_mention(both, ctx.dyad[-2])]
            target = _country_mention(both, ctx.dyad[-1])
        if target is None and code[:2] in _UNKNOWN_AGENT_OK and sense.form == "noun":
            target = self._harmed_before(tokens, match, actors)  # قتل 5 دبلوماسيين في هجوم، أصيب شرطي في انفجار
        if target is None and code[:2] in _VIOLENT:
            target = self._result_victim(tokens, match, actors)  # انفجرت سيارة مفخخة ما أدى إلى مقتل 3 جنود
        if target is None and code[:2] in _UNKNOWN_AGENT_OK:
            # قصف روسي على مواقع «داعش» في سوريا: a stateless group struck in the clause is the target
            target = next((m for m in actors if m.sentence == tokens[match.first].sentence
                           and match.last < m.first <= match.last + 6 and _stateless_group(m)
                           and not any(s_ is m for s_ in sources)), None)
        if target is None:
            # a phrase that ends in its object (القضاء على إرهابيين، طرد السفير الجزائري): that actor,
            # when it has a country, is the target
            target = next((m for m in mentions if not m.locative and match.first < m.first <= match.last <= m.last
                           and (m.country or _stateless_group(m) or (m.kind == "role" and not _possessed(m)))
                           and m not in sources), None)
        out = []
        for source in sources:  # may be None (see above)
            ev = self._complete(doc, trig, match, mentions, actors, ctx, entry, code, source, target)
            if isinstance(ev, str):
                _dropped(why, trig, ev)
            elif ev is not None:
                out.append(ev)
                also = self._second_destination(doc.tokens, ev, mentions) if code[:2] in ("03", "04") else None
                if also is not None:
                    # «تزور ميركل تونس في 3 مارس والقاهرة في 2 مارس»: a visit to each place named
                    second = self._complete(doc, trig, match, mentions, actors, ctx, entry, code, source, also)
                    if isinstance(second, Event):
                        out.append(second)
                for more in self._other_nationals(doc.tokens, match, ev, mentions) if code[:3] in ("173", "174") else ():
                    # «إيقاف 3 إرهابيين، بينهم ليبيان»: the arrest of each nationality of the group
                    other = self._complete(doc, trig, match, mentions, actors, ctx, entry, code, source, more)
                    if isinstance(other, Event) and other.target is more:
                        out.append(other)
        if not sources:
            _dropped(why, trig, "no source")
        return out

    def _author_after_min(self, tokens: list[Token], match: Match, actors: list[ActorMention], victim):
        sentence = tokens[match.first].sentence
        for k in range(match.last + 1, min(len(tokens), match.last + 8)):
            if tokens[k].sentence != sentence or tokens[k].norm in _PUNCT:
                return None
            if _strip_conj(tokens[k].norm) == "من" and not self._quantifier(tokens[k - 1].norm):
                j = k + 1
                if j + 1 < len(tokens) and self._quantifier(tokens[j].norm) and tokens[j + 1].norm == "من":
                    j += 2  # من عدد من المحتجين
                m = _mention_at(actors, j)
                return m if m is not None and m is not victim else None
        return None

    def _second_destination(self, tokens: list[Token], ev: Event, mentions: list[ActorMention]):
        """A country or capital joined by و to the place a visit goes to, past a date or a place
        between (تزور تونس في 3 مارس والقاهرة في 2 مارس), if any."""
        t = ev.target
        if t is None or t.kind not in ("country", "capital") or t.last < 0:
            return None
        for m in mentions:
            if m.sentence == t.sentence and t.last < m.first <= t.last + 6 and m.kind in ("country", "capital") \
                    and m.prefix[:1] == "و" and m.country not in (t.country, ev.source.country if ev.source else None):
                between = [tokens[k].norm for k in range(t.last + 1, m.first)]
                if all(w not in _PUNCT and w not in self.g.clause_breakers for w in between):
                    return m
        return None

    def _other_nationals(self, tokens: list[Token], match: Match, ev: Event, mentions: list[ActorMention]):
        """People of other countries joined to the group an arrest names («إيقاف 3 إرهابيين، بينهم
        ليبيان»، «فتاتين رفقة ثلاثة شبان ليبيين»، «9 أنفار سبعة تونسيين وجزائريان»): each nationality
        after the act, past only numbers, quantifiers and the words that join members to a group."""
        t = ev.target
        if t is None or ev.source is None:
            return []
        sentence = tokens[match.first].sentence
        seen = {t.country, ev.source.country} - {None}
        by_first = {m.first: m for m in mentions if m.sentence == sentence and not m.locative}
        out: list[ActorMention] = []
        k, budget = max(match.last, t.last) + 1, 12
        while k < len(tokens) and tokens[k].sentence == sentence and budget > 0:
            m = by_first.get(k)
            if m is not None:
                if m.kind in ("nisba", "role") and m.country and m.country not in seen \
                        and m.sector in (None, "CVL", "REB"):
                    out.append(m)
                    seen.add(m.country)
                elif m.kind not in ("nisba", "role"):
                    break
                k, budget = m.last + 1, budget - 1
                continue
            norm = _strip_conj(tokens[k].norm)
            if not (norm.isdigit() or norm in self.g.number_words or norm in self.g.quantifiers
                    or norm in self.g.group_members or tokens[k].norm in ("و", "،", ",")):
                break
            k, budget = k + 1, budget - 1
        return out

    def _complete(self, doc, trig, match, mentions, actors, ctx, entry, code, source, target) -> Event | str:
        """The event of one source, or the reason there is none."""
        tokens = doc.tokens
        if source is None and target is not None and code[:2] == "19" and entry.symmetric:
            # «مقتل 4 مهربين في تبادل إطلاق نار مع خفر السواحل الليبي»: the side named with «مع» is the
            # other side of the fight
            source = self._fought_with(tokens, match, actors, target)
        # a condemnation of an attack is aimed at its author (none when unnamed), not its victims
        attack = self._attack_object(doc, match, source) if target is None and code[:2] in _ABOUT_ATTACKS else None
        if attack is not None and code == "015" and len(attack) > 1:
            # «تبنى تنظيم داعش الهجوم الذي استهدف الكنيسة المصرية»: who claims an attack made it; the
            # claim is aimed at its victims
            target = self._attack_victim(tokens, attack[1], mentions)
        elif attack is not None:
            target = attack[0]
        elif target is None:
            target = self._target(tokens, match, actors, entry, source)
        if target is None and code[:2] == "14":
            target = self._addressee(doc, match, actors, source) or self._protested_at(tokens, match, source, actors)
        if target is None and code == "175":
            # tear gas, batons: used on protesters, whom the text need not name
            target = self._implicit_actor(doc, trig, "CVL", "target:protesters")
        if target is None and code[:2] in ("11", "12"):
            # «استنكاره لمثل هذه الممارسات من قبل قوات الأمن»: the author of what is condemned
            agent = self._passive_agent(tokens, match, actors)
            target = agent if agent is not None and agent is not source and not _same_actor(source, agent) else None
        if target is None and attack is None and code[:2] in ("11", "12"):
            # «رفض الأهالي الإجراءات التي أعلن عنها رئيس الحكومة»: who made what is rejected or condemned
            # (not the victims of a condemned attack: «أدانت الجزائر الهجوم الذي استهدف حافلة للأمن»)
            author = self._author_of_object(tokens, match, actors, source)
            target = author if author is not None and not _same_actor(source, author) else None
        if target is None and attack is None:
            target = self._pronoun_target(tokens, match, mentions, entry, source, ctx.topic)
        if entry.named_target and (target is None or (
                target.first != match.last + 1 and not self._free_pronoun_after(tokens, match))):
            # «احتجوا مطالبين بالتشغيل» (not «مطالبا الحكومة ب»، «مطالبين إياها ب»)
            return "no addressee named right after it"
        source = self._with_context_country(doc, source, trig.sentence, ctx)
        target = self._with_context_country(doc, target, trig.sentence, ctx)
        if code == "018" and target is not None and source is not None and target.note == "country:document" \
                and target.country == source.country and len(ctx.dyad) >= 2 and source.country in ctx.dyad[-2:]:
            # «وجددت تونس … متقدمة بالتعازي لعائلات الضحايا»: condolences go to the other side's
            # people, not to the speaker's own country the document is about
            other = _other_side(ctx.dyad, source.country)
            target = replace(target, country=other, code=other + (target.sector or ""), note="country:dyad")
        if target is None and code[:2] in _NEEDS_TARGET and attack is None:
            target = self._any_target(tokens, match, actors, source)
        if target is not None and source is not None and _state_addressed(source, target):
            target = replace(target, sector="GOV", code=target.country + "GOV", note="target:state")
        if (target is None and attack is None) or (target is not None and target.country is None and not _sectoral(target, ctx)
                                                   and not _stateless_group(target)) \
                or (_same_actor(source, target) and not _officials_meeting(source, target, code)):
            target = self._fallback_target(tokens, match, mentions, source, ctx, code, doc)
        if source is not None and code[:3] in ("173", "174") and source.sector in _NON_STATE - {"REB"} \
                and source.kind == "role":
            source = None  # «احتجاجات الأطباء على خلفية عملية إيقاف الطبيبة»: doctors arrest nobody
        if source is None and code[:2] == "17" and (target is not None or code[:3] in ("173", "174")):
            source = self._authorities_of_place(doc, trig, target)  # القبض على مرتكبي الجريمة: the police
        if source is None and code[:2] == "09" and _after_passive_auxiliary(tokens, match, self.g):
            source = self._implicit_actor(doc, trig, "JUD", "agent:authorities")  # تم فتح تحقيق
        if source is None and code[:3] == "084" and target is not None:
            # الإفراج عن عالمي الاجتماع الروسيين المحتجزين في طرابلس: released by those who held them
            source = self._implicit_actor(doc, trig, "GOV", "agent:authorities")
        if source is None and code[:2] == "14":
            source = self._implicit_actor(doc, trig, "CVL", "agent:protesters")  # people of the place
        if source is None and code[:2] in _UNKNOWN_AGENT_OK and target is not None:
            source = self._perpetrator(doc, trig, mentions, target, ctx)
        if source is None and code[:2] in _UNKNOWN_AGENT_OK:
            # an attack whose authors are not named is still an event (source null), when it has a
            # victim or a place
            s_ = doc.sentences[trig.sentence]
            if target is None and not any(s_.start <= p.start < s_.end for p in doc.places):
                return "attack with no author, victim or place"
            if target is None:
                # «إطلاق نار في مسجد بمدينة كيبيك»: the country struck is the one of the place told
                # after the act
                target = self._place_struck(doc, trig, mentions)
                if target is None and not any(s_.start <= p.start < s_.end and p.country for p in doc.places):
                    return "attack with no author, victim or place"
        elif source is None or (source.country is None and not _stateless_group(source) and not _sectoral(source, ctx)):
            return "source has no country"
        if target is not None and target.country is None and not _stateless_group(target) and not _sectoral(target, ctx):
            target = None
        if target is None and code[:2] in _VIOLENT and source is not None and (source.sector == "REB" or code[:2] != "18"):
            # «المسلحون الذين نفذوا الهجوم على مطعم وسط باريس»: armed men strike the country of the
            # place; so does a foreign air strike (ضربات جوية أمريكية في سرت) — not its own country
            struck = self._place_struck(doc, trig, mentions)
            if struck is not None and (source.sector == "REB" or struck.country != source.country):
                target = struck
        if target is None and code[:2] in ("11", "17"):
            target = self._in_right_of(tokens, match, actors, source)  # قضت المحكمة … بالسجن … في حق X
        if target is None and code[:2] == "09" and source is not None and source.country and source.country != "IGO":
            # فتحت السلطات تحقيقا في الموضوع: an inquiry into its own country's affairs
            target = ActorMention(trig.start, trig.start, "", None, source.country, None, source.country,
                                  "implicit", trig.sentence, note="target:own country")
        if target is None and source is not None and source.country and source.country != "IGO" and (
                code[:3] in ("173", "174", "084") or (code[:3] == "116" and source.sector == "JUD")
                or entry.unnamed_target):
            # (a court sentencing someone with the penalty named: «قضت الدائرة الجنائية بالحكم على
            # الإرهابي أحمد المالكي بالسجن 24 سنة» — the convicted, whom the lexicon may not know)
            # an arrest or a deportation is of people, whom the text may not name (تم إيقاف 3 أشخاص is
            # found; «أسفرت الحملة عن إيقافات»): people of the authorities' country
            sector = entry.unnamed_target or "CVL"  # (an execution: lexicon's unnamed_target)
            target = ActorMention(trig.start, trig.start, "", None, source.country, sector, source.country + sector,
                                  "implicit", trig.sentence, note="target:the arrested")
        if target is None and code[:2] in _ADDRESSED_TO_STATE and source is not None and source.country \
                and source.country == ctx.home and (source.sector in _NON_STATE or (code[:2] == "13" and source.sector != "GOV")
                                                    or (code[:3] == "082" and source.sector != "GOV")):
            # «طالب المحتجون بالتدخل»، «هدد المتساكنون بالدخول في اعتصام»، «قررت النقابة إلغاء الإضراب»:
            # what people of a country ask, threaten or concede with no addressee named is addressed
            # to its government (a police union suspending its protests too)
            target = ActorMention(trig.start, trig.start, "", None, source.country, "GOV", source.country + "GOV",
                                  "implicit", trig.sentence, note="target:own government")
        if target is None and code[:2] == "03" and ctx.meeting is not None and _after_passive_auxiliary(tokens, match, self.g):
            # «تم عقد جلسة مع المحتجين … وتم الاتفاق على القيام ببعض الإصلاحات»: what was agreed in
            # the passive was agreed by the sides of the meeting told before
            side, other = ctx.meeting
            if source is None or source.kind == "implicit" or _same_actor(source, side):
                source, target = side, other
            elif _same_actor(source, other):
                target = side
        if target is None and code[:2] in _NEEDS_TARGET and attack is None:
            return "no target"
        if target is not None and _same_actor(source, target) and not _officials_meeting(source, target, code):
            return "source and target are one actor"
        if source is None and target is None:
            return "neither side known"
        if _placeless(source) and _placeless(target) and code[:2] not in _UNKNOWN_AGENT_OK:
            # «وكان تنظيم داعش قد أعلن مسؤوليته عن هجوم المقهى»: no country on either side — no
            # dyad an analyst can follow (none of the 649 gold events of the seeds and the team's sets);
            # an act of violence stays: that it happened is news even where nobody is placed
            return "no country on either side"
        if any(w in fold(trig.text) for w in self.g.need_words) and (target is None or target.kind in ("implicit", "side") or target.first < 0):
            # «أكدت النائبة على ضرورة الاستفادة من التجربة»: a need stressed with nobody to meet it
            # named is a statement, not a demand (the team's sets code none)
            return "a need stressed with no addressee named"
        sentence = doc.sentences[trig.sentence]
        info = self.cameo[code]
        return Event(doc.id, trig.sentence, doc.text[sentence.start:sentence.end], trig, source, target,
                     code, info.plover, info.quad_class, info.goldstein, symmetric=entry.symmetric)

    def _dated_future(self, doc: Document, ev: Event, ctx: _Context, background: bool) -> Event | None:
        """An act dated after the publication day is not reported, it is planned (مؤتمر تستضيفه
        برلين يوم الأحد المقبل): cooperation becomes an intent (03), conflict is dropped. A speech
        act (a call, a demand, a threat) is made now: the day to come is the one of what it asks
        for (دعت النقابة إلى تجمع يوم الثلاثاء القادم), and the act takes the story's date."""
        d = ev.date
        if doc.published is None or d is None or d.value is None or d.precision != "day" \
                or date.fromisoformat(d.value) <= doc.published or ev.cameo_root == "03":
            return ev
        if ev.cameo_root in _SPEECH_ACTS or (ev.cameo_root == "08" and not ev.trigger.future):
            # a call or a demand is made now; a strike called off now (إلغاء الإضراب الذي كان مبرمجا
            # يومي 8 و9): the day to come is the one of what it asks for or calls off
            ev.date = _from_story(ctx.story_date, background)
            return ev
        root = ev.cameo_root
        if root not in _INTENT_OF:
            why = doc.cache.setdefault("dropped", {})
            _dropped(why, ev.trigger, "dated after publication: planned")
            return None if root in ("14", "15", "17", "18", "19", "20") else ev
        info = self.cameo[_INTENT_OF[root]]
        ev.cameo, ev.plover, ev.quad_class, ev.goldstein = _INTENT_OF[root], info.plover, info.quad_class, info.goldstein
        return ev

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
        if match.prefix[:1] in ("و", "ف"):
            return False  # بالاعتداء ومطالبة وزارة التربية: a second act, not the first one's complement
        k = match.first - 1
        while k >= 0 and doc.tokens[k].norm in _QUOTE_TOKENS:
            k -= 1
        triggers = doc.cache.get("trigger_tokens", ())
        if k >= 0 and k in triggers:
            before = next((m for m in doc.cache.get("trigger_matches", []) if m.first <= k <= m.last), None)
            # «لفض اعتصام ينفذه المحتجون»: the sit-in the police break up took place; «استهدفتهما
            # ضربات جوية أمريكية»: the strike is the subject of the violent verb before it, the act itself
            if before is not None and before.value.form == "verb" and not match.prefix \
                    and before.value.entry.root in _VIOLENT and match.value.entry.root in _VIOLENT:
                return False
            return not (before is not None and before.value.entry.root == "17" and match.value.entry.root == "14")
        if match.value.form == "phrase" and k >= 0 and _strip_conj(doc.tokens[k].norm) in ("الي", "علي"):
            # «دعا الحزب رئيس الحكومة إلى عقد اجتماع»: what an appeal asks for is not yet done
            sentence = doc.tokens[match.first].sentence
            named = _named_tokens(doc)
            for j in range(k - 1, max(-1, k - 9), -1):
                if doc.tokens[j].sentence != sentence or doc.tokens[j].norm in _PUNCT:
                    break
                if j in triggers:
                    return True
                if j not in named and doc.tokens[j].norm not in self.g.adverbs:
                    break
        return False

    def _speaker_of_passive(self, doc: Document, match: Match, actors: list[ActorMention]) -> ActorMention | None:
        """The speaker who reports an act in the passive (قال الوالي إنه تم الاتفاق مع المحتجين، أكد
        المعتمد أنه تم عقد جلسة): the subject of the verb of saying before «أن/إن», when the act is a
        masdar right after a passive auxiliary, itself right after that «أن»."""
        tokens = doc.tokens
        k = match.first - 1
        if k >= 0 and _strip_conj(tokens[k].norm) in self.g.light_verbs:
            k -= 1  # تم عقد جلسة
        if k < 1 or _strip_conj(tokens[k].norm) not in self.g.passive_auxiliaries:
            return None
        comp = k - 1
        if _strip_conj(tokens[comp].norm) not in _THAT_IT:
            return None
        sentence = tokens[match.first].sentence
        for v in range(comp - 1, max(-1, comp - _SPEAKER_WINDOW), -1):
            if tokens[v].sentence != sentence:
                return None
            if _strip_conj(tokens[v].norm) in self._speech_forms:
                return next((m for m in actors if v < m.first and m.last < comp
                             and (m.country or (m.kind == "role" and m.sector))
                             and not self._governed(tokens, m, actors)), None)
        return None

    def _author_of_object(self, tokens: list[Token], match: Match, actors: list[ActorMention], source):
        """The subject of a relative clause on the object after the trigger (and its subject, in a
        verb-first clause): «الإجراءات التي أعلن عنها رئيس الحكومة»، «القرار الذي اتخذته الوزارة» —
        the first actor within a few words of the pronoun."""
        sentence = tokens[match.first].sentence
        start = source.last + 1 if source is not None and source.first > match.last else match.last + 1
        for j in range(start, min(len(tokens), start + 4)):
            if tokens[j].sentence != sentence or tokens[j].norm in _PUNCT:
                return None
            if tokens[j].norm in self.g.relatives:
                return next((m for m in actors if j + 1 < m.first <= j + 4 and not m.locative
                             and tokens[m.first].sentence == sentence), None)
        return None

    def _place_struck(self, doc: Document, trig: Trigger, mentions: list[ActorMention]) -> ActorMention | None:
        """The country an attack with no named victim struck: that of the place told next to it, else
        of the country named as the headline's label («مصر: …»), as an implicit target."""
        s_ = doc.sentences[trig.sentence]
        place = next((p for p in doc.places if p.country and s_.start <= p.start < s_.end and
                      (0 <= p.start - trig.end <= _PLACE_OF_ATTACK or 0 <= trig.start - p.end <= _PLACE_OF_ATTACK)), None)
        label = next((m for m in mentions if _label(doc.tokens, m) and m.country and m.country != "IGO"), None)
        country = place.country if place is not None else (label.country if label is not None else None)
        if country is None:
            return None
        return ActorMention(trig.start, trig.start, "", None, country, None, country,
                            "implicit", trig.sentence, note="target:place of the attack")

    def _verb_of_attack_noun(self, doc: Document, match: Match) -> Trigger | None:
        """The attack noun that is the subject of a violent verb right after it (استهدفتهما ضربات
        جوية أمريكية، قصفته طائرات أمريكية is not: طائرات is no act)."""
        if match.value.form != "verb" or match.value.entry.root not in _VIOLENT:
            return None
        k = match.last + 1
        return next((t for t, m in doc.cache["trigger_at"].get(k, ()) if m.first == k and m.value.form == "noun"
                     and m.value.entry.root in _VIOLENT and not m.prefix), None)

    def _toll_of_attack(self, doc: Document, match: Match) -> Trigger | None:
        """The attack a death or an injury is told with (مقتل ضابط ومجند جراء هجوم في سيناء، مقتل
        قائد في غارة أمريكية): when that attack is coded, the death is its toll — the attack is the
        event, aimed at the dead (see _harmed_before), not a second killing by nobody."""
        tokens = doc.tokens
        if match.value.entry.root != "18" or not any(_strip_conj(tokens[k].norm) in self.g.victim_nouns
                                                     for k in range(match.first, match.last + 1)):  # (عن مقتل)
            return None
        sentence = tokens[match.first].sentence
        for k in range(match.last + 1, min(len(tokens), match.last + _TOLL_WINDOW + 1)):
            for trig, m in doc.cache["trigger_at"].get(k, ()):
                if m.first != k or tokens[k].sentence != sentence or m.value.entry.root not in _VIOLENT:
                    continue
                if _strip_conj(tokens[k - 1].norm) in self.g.cause_words or m.prefix.lstrip("وف")[:1] == "ب":
                    return trig
        return None

    def _refine(self, doc: Document, match: Match, entry) -> str:
        """The entry's more specific code when one of its refinement words follows within 12 tokens,
        in the trigger's own clause: not past «ثم» or the verb of another act joined by و or ف («وبحث
        معه العلاقات ثم أجرى اتصالا هاتفيا»: the talks were no phone call); a relative verb may tell
        what the act was about («وجهت دعوة لوفد سيقوم بزيارة»: an invitation to visit)."""
        tokens = doc.tokens
        verbs = _verb_tokens(doc, self.g)
        n = 12
        for k in range(match.last + 1, min(len(tokens), match.last + 13)):
            if _strip_conj(tokens[k].norm) == "ثم" or (k in verbs and tokens[k].norm[:1] in ("و", "ف")):
                n = k - match.last - 1
                break
        return next((r.cameo for r in entry.refine if _followed_by(tokens, match, r.words, n)), entry.cameo)

    # ---- arguments -----------------------------------------------------------------------
    def _verb_subject(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        sentence = tokens[match.first].sentence
        # VSO: the first actor after the verb, before any preposition (a dual or plural verb has
        # its subject before it: «حفتر والسراج زارا موسكو»)
        joined = match.prefix[:1] in ("و", "ف") and self._verbal(match)
        front = None if joined else self._fronted_subject(tokens, match, actors)
        if front is not None:
            return front
        k = match.first - 1
        if k > 0 and tokens[k].norm in self.g.relatives and tokens[k].sentence == sentence and not match.value.plural:
            # «الوفد التونسي الذي التقى نائب رئيس مجلس الشعب»: the antecedent is the subject, the actor
            # after the verb its object
            j = k - 1 if tokens[k - 1].norm not in ("،", ",") else k - 2
            antecedent = _mention_ending_at(actors, j) if j >= 0 else None
            if antecedent is not None and tokens[j].sentence == sentence and not self._governed(tokens, antecedent, actors):
                return antecedent, None
        said = self._pronoun_subject(tokens, match, actors)
        if said is not None:
            return said, None
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
                    or self._quantifier(t.norm) or _prep_pronoun(t.norm) or t.norm in self.g.approximators \
                    or t.norm.isdigit() or _strip_conj(t.norm) in self.g.number_words:
                k += 1  # تظاهر أمس آلاف المحتجين، دعت إليه النقابة: adverbs, quantifiers, pronouns
                steps += 1
                continue
            if t.norm == "من" and k > match.last + 1 and (self._quantifier(tokens[k - 1].norm)
                                                          or tokens[k - 1].norm in self.g.approximators):
                k += 1  # عدد من المحتجين
                steps += 1
                continue
            if k + 1 < len(tokens) and f"{t.norm} {tokens[k + 1].norm}" in self.g.hedges:
                k += 2  # نفذه على الأرجح عناصر التنظيم
                steps += 1
                continue
            titled = self._titled_name(tokens, k, actors)
            if titled is not None:
                return titled, self._coordinated(tokens, actors, titled)  # اتهم إياد علاوي نائب الرئيس العراقي قطر
            break
        # SVO: the nearest actor before the verb in the same clause, not governed by a preposition
        # (not for a verb joined by و/ف: «واحتل المتظاهرون مبنى البرلمان واشتبكوا مع الشرطة» — the
        # actor before it is the object of the verb before)
        if joined:
            return None, None
        k = match.first - 1
        while k >= 0 and tokens[k].sentence == sentence and match.first - k <= 12:
            t = tokens[k]
            if t.norm in ("،", ","):
                # a subject may stand right before the comma (بوغدانوف، التقى), or before a name in
                # apposition between commas (معتمد المنطقة، رمزي لخضر، أنه تم عقد جلسة); else the clause ends
                if _mention_ending_at(actors, k - 1) is None:
                    j = self._apposition_start(tokens, k)
                    if j is None:
                        break
                    k = j
                k -= 1
                continue
            if t.norm in _PUNCT:
                break
            if t.norm in self.g.clause_breakers:
                if t.norm in self.g.relatives:
                    # «المهدي بن غربية، الذي تحادث معهم»: the antecedent is the subject; and of the verb
                    # after its relative clause too (المسلحين الذين نفذوا الهجوم … أقدموا على احتجاز رهائن)
                    j = k - 1 if k > 0 and tokens[k - 1].norm not in ("،", ",") else k - 2
                    m = _mention_ending_at(actors, j) if j >= 0 else None
                    if m is not None and tokens[j].sentence == sentence and (
                            k == match.first - 1 or (match.value.plural and not self._governed(tokens, m, actors))):
                        return m, None
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

    def _apposition_start(self, tokens: list[Token], comma: int) -> int | None:
        """The opening comma of a short name in apposition that ends at ``comma`` (، رمزي لخضر،):
        up to four words with no preposition, verb of saying or clause word between two commas."""
        sentence = tokens[comma].sentence
        for j in range(comma - 1, max(-1, comma - 6), -1):
            t = tokens[j]
            if t.sentence != sentence:
                return None
            if t.norm in ("،", ","):
                return j if j < comma - 1 else None
            norm = _strip_conj(t.norm)
            if t.norm in _PUNCT or norm in self.g.prepositions or t.norm in self.g.clause_breakers \
                    or norm in self.g.complementizers or t.norm.startswith(("بال", "لل")) or t.norm in self.g.adverbs:
                return None
        return None

    def _titled_name(self, tokens: list[Token], k: int, actors: list[ActorMention]) -> ActorMention | None:
        """The title after a name the lexicon does not know (إياد علاوي نائب الرئيس العراقي): a role
        with its country within three words of ``k``, the words before it bare names (no article, no
        preposition, no punctuation)."""
        for j in range(k, min(len(tokens), k + 3)):
            t = tokens[j]
            if t.sentence != tokens[k].sentence or t.norm in _PUNCT or t.norm in _QUOTE_TOKENS \
                    or t.norm.startswith(("ال", "وال", "بال", "لل")) or _strip_conj(t.norm) in self.g.prepositions \
                    or t.norm in self.g.clause_breakers or t.norm in self.g.adverbs or _mention_at(actors, j) is not None:
                return None
            m = _mention_at(actors, j + 1)
            if m is not None:
                return m if m.kind == "role" and m.country and m.sector in _TITLED and not m.prefix.strip("ال") else None
        return None

    def _active_harm(self, tokens: list[Token], match: Match, actors: list[ActorMention]) -> bool:
        """Is an unvocalized قتل/جرح active here, with its subject before it and its object after
        («أن الجيش قتل إرهابيين اثنين»), not the passive of a victim (قتل شرطي في هجوم)?"""
        stem = _strip_conj(tokens[match.first].norm)
        if stem not in self.g.either_voice:
            return False
        if self._fronted_subject(tokens, match, actors) is None and self._pronoun_subject(tokens, match, actors) is None:
            return False  # (أعلنت الشرطة أنها قتلت ثلاثة متشددين: the pronoun's subject)
        sentence = tokens[match.first].sentence
        for k in range(match.last + 1, min(len(tokens), match.last + 4)):
            if tokens[k].sentence != sentence:
                return False
            if _mention_at(actors, k) is not None:
                return True
            norm = tokens[k].norm
            if norm not in _QUOTE_TOKENS and norm not in self.g.adverbs and not norm.isdigit() \
                    and _strip_conj(norm) not in self.g.number_words and not self._quantifier(norm):
                return False
        return False

    def _pronoun_subject(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """The subject a pronoun after أن stands for (أعلنت إيران أنها ترفض …، أكد الوزير أنه سيزور):
        the subject of the clause that says it."""
        k = match.first - 1
        while k >= 0 and (tokens[k].norm in self.g.adverbs or tokens[k].norm == "قد"):
            k -= 1
        if k < 1 or tokens[k].sentence != tokens[match.first].sentence or _strip_conj(tokens[k].norm) not in _THAT_PRONOUNS:
            return None
        for m in actors:
            if m.sentence == tokens[k].sentence and m.last < k and not self._governed(tokens, m, actors):
                return m
        return None

    def _fronted_subject(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """(subject, co-subject) of a clause that opens with its subject right before the verb
        (headlines and clauses after أن: «رئيس الجمهورية يستقبل الوزير الأول الجزائري»، «أن تونس
        تدعم مصر»), else None."""
        k = match.first - 1
        while k >= 0 and (tokens[k].norm in self.g.adverbs or tokens[k].norm == "قد"):
            k -= 1
        m = _mention_ending_at(actors, k) if k >= 0 else None
        if m is None or m.first < 0 or tokens[m.first].sentence != tokens[match.first].sentence \
                or self._governed(tokens, m, actors):
            return None
        prev = _mention_ending_at(actors, m.first - 1)
        pair = prev if prev is not None and m.prefix.startswith("و") and not self._governed(tokens, prev) else None
        opener = (pair or m).first - 1
        if opener < 0 or tokens[opener].sentence != tokens[match.first].sentence \
                or tokens[opener].norm in _PUNCT or _strip_conj(tokens[opener].norm) in self.g.complementizers:
            return (pair, m) if pair is not None else (m, None)
        return None

    def _chain(self, tokens: list[Token], actors: list[ActorMention], subject, co) -> list[ActorMention]:
        """The subjects joined by و (السعودية ومصر والإمارات والبحرين): the subject, its co-subject
        and those that follow it."""
        if subject is None:
            return [co] if co is not None else [None]
        chain = [subject]
        nxt = co
        while nxt is not None and nxt not in chain and len(chain) < 8:
            chain.append(nxt)
            nxt = self._coordinated(tokens, actors, nxt) if nxt.first > subject.first else None
        return chain

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
            # بين X و Y, over a head of units (مواجهات بين وحدات الجيش الوطني وإرهابيين)
            a = next((m for m in actors if k < m.first <= k + 3), None)
            if a is not None:
                b = next((m for m in actors if a.last < m.first <= a.last + 2 and m.prefix.startswith("و")), None)
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
            if norm in self.g.np_fillers or norm in _QUOTE_TOKENS or norm.isdigit() or norm in self.g.number_words \
                    or self._quantifier(norm) or norm in ("كل", "من"):  # سجن 4 متهمين، اعتقال عدد من الشبان
                k += 1
                continue
            # a common noun qualified by a nisba (الإفراج عن عالمي الاجتماع الروسيين): the nisba's
            # country is the noun phrase's
            nisba = next((m for m in actors if k < m.first <= k + 2 and m.kind == "nisba" and not m.prefix.strip("ال")), None)
            if nisba is not None and not any(tokens[j].norm in _PUNCT or tokens[j].norm in self.g.prepositions
                                             or tokens[j].norm[:1] in ("ل", "ب", "ك") for j in range(k, nisba.first)) \
                    and "ال" not in match.prefix:
                gen = nisba
            break
        if gen is None:
            return None, None, False
        # the genitive of a verb's masdar in -ة (مهاجمة السفارة، مداهمة المنزل) is its object in conflict;
        # a country or capital after an attack is where it struck (هجمات باريس), not who struck
        genitive = "target" if match.value.form == "participle" and entry.root >= "09" else entry.genitive
        if entry.root in _VIOLENT and gen.kind in ("country", "capital"):
            genitive = "target"
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
                m = _mention_at(actors, k + 2) or _mention_at(actors, self._after_quantifiers(tokens, k + 2))
                if m is not None:
                    return m
            if one in self.g.agent_markers:
                m = _mention_at(actors, k + 1) or _mention_at(actors, self._after_quantifiers(tokens, k + 1))
                if m is not None:
                    return m
            for m in actors:  # بيد مواطنة: the marker is a clitic of the actor's token
                if m.first == k and ("بيد" in self.g.agent_markers and tokens[k - 1].norm == "بيد"):
                    return m
        return None

    def _construct(self, doc: Document, match: Match) -> bool:
        """Is the noun made definite by a genitive name after it (هجمات باريس، هجوم لندن)?"""
        tokens = doc.tokens
        k = match.last + 1
        if k >= len(tokens) or tokens[k].sentence != tokens[match.first].sentence:
            return False
        return any(m.first == k and m.kind in ("country", "capital", "person", "org") and not m.prefix
                   for m in doc.mentions) or any(p.start == tokens[k].start for p in doc.places)

    def _quantifier(self, norm: str) -> bool:
        """A quantifier or a head of units (عدد، آلاف، وحدات), with or without و/ف before it."""
        return norm in self.g.quantifiers or _strip_conj(norm) in self.g.quantifiers

    def _after_quantifiers(self, tokens: list[Token], k: int) -> int:
        """The token after quantifiers at ``k`` (أحد المواطنين، عدد من الأهالي، مجموعة من الشبان)."""
        while k < len(tokens) - 1 and self._quantifier(tokens[k].norm):
            k += 2 if tokens[k + 1].norm == "من" else 1
        return k

    def _anaphoric(self, doc: Document, match: Match) -> bool:
        """An event noun that is not the report of an event: the complement of a preposition
        (اتفاق بشأن وقف إطلاق النار، دعا إلى الحوار، لوقف الأعمال القتالية), or a definite noun after a
        temporal word (خلال اللقاء، في ختام المحادثات) — an event already told. After a light verb
        (قام بزيارة) the noun is the event."""
        if match.value.form != "noun":
            return False
        tokens = doc.tokens
        prev = _strip_conj(tokens[match.first - 1].norm) if match.first > 0 else ""
        attached = match.prefix.lstrip("وف")
        if attached[:1] in ("ب", "ل", "ك"):
            before = _strip_conj(tokens[match.first - 1].norm) if match.first > 0 else ""
            return before not in self.g.light_verbs and not self._realized(tokens, match.first, attached[:1])
        if prev in self.g.topic_prepositions:
            before = _strip_conj(tokens[match.first - 2].norm) if match.first > 1 else ""
            if prev == "علي" and match.value.entry.root in _STANCE_ROOTS and self._stressed(doc, match.first - 1):
                return False  # شدد رويس على وقوف الولايات المتحدة إلى جانب تونس: the stance itself
            return before not in self.g.light_verbs and not self._realized(tokens, match.first - 1, prev)
        definite = "ال" in match.prefix or bool(match.suffix) or self._construct(doc, match)
        if definite and match.prefix.startswith("و") and match.first > 1:
            # «التحريض على الكراهية والقتل»: conjoined to a complement, it is one too
            before, governor = tokens[match.first - 1], _strip_conj(tokens[match.first - 2].norm)
            if before.sentence == tokens[match.first].sentence and before.norm.startswith("ال") \
                    and governor in self.g.prepositions and governor not in ("في", "من") \
                    and not self._realized(tokens, match.first - 2, governor):
                return True
        if match.last + 1 < len(tokens) and tokens[match.last + 1].norm == "بين" and \
                tokens[match.last + 1].sentence == tokens[match.first].sentence:
            return False  # خلال الاشتباكات بين الجيش ومجموعة إرهابية: the clash itself, with its sides
        if prev == "من" and match.first > 1 and self._quantifier(tokens[match.first - 2].norm):
            return False  # جملة من الإيقافات، سلسلة من الاعتقالات: a number of acts, not one already told
        if definite and prev in self.g.prepositions and match.first > 1:
            before = _strip_conj(tokens[match.first - 2].norm)
            if before in self.g.light_verbs or self._realized(tokens, match.first - 1, prev):
                return False  # شارك في الهجوم، دخلوا في الإضراب: the act itself
        if definite and prev in self.g.anaphoric and prev != "في":
            # «خلال اللقاء», «عقب لقائه بالوزير»: the meeting told before — or, when none of its
            # family was told before it, the first report of it («قال الطبوبي عقب لقائه برئيس الحكومة»)
            start = tokens[match.first].start
            root = match.value.entry.root
            return any(t.start < start and t.cameo[:2] == root and not t.negated and not t.future
                       for t in doc.triggers)
        return definite and (prev in self.g.anaphoric or prev in self.g.prepositions)

    def _stressed(self, doc: Document, at: int) -> bool:
        """Is the «على» at token ``at`` governed by a verb of stressing (شدد، أكد، جدد), its subject
        in between?"""
        tokens, named = doc.tokens, _named_tokens(doc)
        for k in range(at - 1, max(-1, at - 8), -1):
            if tokens[k].sentence != tokens[at].sentence:
                return False
            if _strip_conj(tokens[k].norm) in self.g.stress_verbs:
                return True
            if not (k in named or tokens[k].norm in self.g.adverbs):
                return False
        return False

    def _attributed(self, tokens: list[Token], m: ActorMention) -> bool:
        """Is the mention the source of the news, not a side of an event (وفق ما أكده مراسل
        الجوهرة، حسب مصادر أمنية، نقلا عن وكالة الأنباء)?"""
        if m.first < 0:
            return False
        for k, t in _back(tokens, m.first, 4):
            if _strip_conj(t.norm) in self.g.attribution or t.norm in self.g.attribution:
                return True
            if m.sector == "MED" and (_strip_conj(t.norm) in self.g.statement_nouns or t.norm in self.g.statement_nouns):
                return True  # في تصريح لـ"وات"، في حديث لإذاعة موزاييك: the medium a statement was made to
        return False

    def _casualty(self, tokens: list[Token], m: ActorMention) -> bool:
        """Casualties named as such (قتلى، جرحى، ضحايا، المصابين): victims of an attack."""
        if m.first < 0 or m.kind != "role":
            return False
        head = tokens[m.first].norm[len(m.prefix):]
        return head in self.g.casualties or ("ال" + head) in self.g.casualties

    def _reporter(self, tokens: list[Token], m: ActorMention) -> bool:
        """A correspondent or a source who tells the news (مراسل الجوهرة، مصدر أمني) is no side of it,
        nor the nisba that says whose source it is (مصدر أمني مصري، مصادر طبية عراقية)."""
        if m.first < 0:
            return False
        if m.kind == "nisba":
            k = m.first - 1
            if k >= 1 and tokens[k].sentence == tokens[m.first].sentence and not tokens[k].norm.startswith(("ب", "ل")):
                k -= 1  # the source's adjective (أمني، طبية)
            return k >= 0 and _strip_conj(tokens[k].norm) in self.g.reporters
        if m.kind != "role":
            return False
        head = tokens[m.first].norm[len(m.prefix):]
        return head in self.g.reporters or ("ال" + head) in self.g.reporters

    def _addressee(self, doc: Document, match: Match, actors: list[ActorMention], source):
        """Whom a protest addresses, when the text says where it stands: in front of or at a body
        (وقفة احتجاجية أمام مقر وزارة التربية، اعتصام بمقر الولاية، اعتصام بوزارة الداخلية)."""
        tokens = doc.tokens
        sentence = tokens[match.first].sentence
        k = match.last + 1
        limit = min(len(tokens), match.last + _TARGET_WINDOW)
        while k < limit and tokens[k].sentence == sentence and tokens[k].norm not in _PUNCT:
            norm = _strip_conj(tokens[k].norm)
            m = None
            if norm in self.g.addressee_markers:
                j = k + 1
                while j < limit and _strip_conj(tokens[j].norm) in self.g.addressee_fillers:
                    j += 1
                m = _mention_at(actors, j)
                if m is None and j < len(tokens):
                    m = self._seat(doc, j)
            elif norm[:1] == "ب" and norm[1:] in self.g.addressee_fillers:
                m = _mention_at(actors, k + 1) or (self._seat(doc, k + 1) if k + 1 < len(tokens) else None)  # بمقر الولاية
            else:
                at = _mention_at(actors, k)
                if at is not None and at.prefix.lstrip("وف")[:1] == "ب" and at.sector in _STATE_BODIES:
                    m = at  # بوزارة الداخلية
            if m is not None:
                return None if _same_actor(source, m) or m is source else m
            k += 1
        return None

    def _has_subject(self, tokens: list[Token], match: Match) -> bool:
        """Does a noun stand as the subject right after a singular verb (دهس منفذ الهجوم، أطلق رجل
        النار)? Then the verb's subject is that noun, not the topic of the sentences before."""
        k = match.last + 1
        while k < len(tokens) and tokens[k].sentence == tokens[match.first].sentence and tokens[k].norm in self.g.adverbs:
            k += 1
        if match.value.plural or k >= len(tokens) or tokens[k].sentence != tokens[match.first].sentence:
            return False
        norm = tokens[k].norm
        return norm not in _PUNCT and not _prep_pronoun(norm) and norm not in self.g.prepositions \
            and norm[:1] not in ("ب", "ل") and norm not in _QUOTE_TOKENS

    def _in_right_of(self, tokens: list[Token], match: Match, actors: list[ActorMention], source):
        """Whom a sentence or a measure concerns, told by «في حق / بحق» after a long subject (قضت
        الدائرة الجنائية بالمحكمة الابتدائية بتونس بالسجن 6 سنوات في حق كل من …)."""
        sentence = tokens[match.first].sentence
        for k in range(match.last + 1, min(len(tokens) - 1, match.last + 30)):
            if tokens[k].sentence != sentence or tokens[k].norm in (".", "؛"):
                return None
            norm = tokens[k].norm
            if (norm == "حق" and tokens[k - 1].norm == "في") or _strip_conj(norm) == "بحق":
                j = k + 1
                while j < len(tokens) and tokens[j].norm in ("كل", "من", "،"):
                    j += 1
                m = _mention_at(actors, j)
                return m if m is not None and m is not source else None
        return None

    def _object_of_saying(self, doc: Document, match: Match) -> bool:
        """Is an attack noun what a statement, a condemnation or a rejection is about: the trigger
        of such an act before it, over its subject, adverbs and heads (أدانت تونس بشدة الهجوم)?"""
        tokens = doc.tokens
        named = _named_tokens(doc)
        sentence = tokens[match.first].sentence
        for k in range(match.first - 1, max(-1, match.first - 10), -1):
            if tokens[k].sentence != sentence or tokens[k].norm in (".", "؛"):
                return False
            saying = next((t for t, m in zip(doc.triggers, doc.cache.get("trigger_matches", []))
                           if m.first <= k <= m.last), None)
            if saying is not None:
                return saying.cameo[:2] in _ABOUT_ATTACKS
            norm = _strip_conj(tokens[k].norm)
            if not (k in named or norm in self.g.adverbs or norm in self.g.attack_heads
                    or tokens[k].norm in ("،", ",") or tokens[k].norm in _QUOTE_TOKENS):
                return False
        return False

    def _harmed_subject(self, tokens: list[Token], m: ActorMention) -> bool:
        """Is the mention one who suffered harm: after a noun or verb of harm, over counts
        (مقتل شرطي، أصيب ثلاثة جنود، استشهد عون أمن)?"""
        k = m.first - 1
        while k >= 0 and (tokens[k].norm.isdigit() or tokens[k].norm in self.g.number_words or self._quantifier(tokens[k].norm)
                          or tokens[k].norm in self.g.adverbs) and m.first - k <= 3:
            k -= 1
        if k < 0 or tokens[k].sentence != tokens[m.first].sentence:
            return False
        norm = _strip_conj(tokens[k].norm)
        return norm in self.g.victim_nouns or norm in self.g.harm_verbs

    def _harmed_before(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """The victim of an attack noun told after a verb of harm suffered (لقي شرطي مصرعه في هجوم،
        أصيب ثلاثة جنود في انفجار لغم): the subject of that verb; or after a noun of death or injury
        (مقتل ضابط ومجند جراء هجوم): its genitive."""
        sentence = tokens[match.first].sentence
        for k in range(match.first - 1, max(-1, match.first - 12), -1):
            t = tokens[k]
            if t.sentence != sentence or t.norm in (".", "؛", ";"):
                return None
            if _strip_conj(t.norm) in self.g.victim_nouns:
                k += 1
                while k < match.first and (tokens[k].norm.isdigit() or tokens[k].norm in self.g.number_words):
                    k += 1  # مقتل 5 جنود، مقتل ثلاثة أعوان، مقتل 2 من الأمن المصري
                    if k < match.first and tokens[k].norm == "من":
                        k += 1
                k = self._after_quantifiers(tokens, k)
                victim = next((m for m in actors if m.first == k and m.last < match.first), None)
                if victim is not None:
                    return victim
            if _strip_conj(t.norm) in self.g.harm_verbs:
                verb = Match(k, k, "", "", t.norm, Sense(match.value.entry, "verb", _plural_verb(_strip_conj(t.norm))))
                victim, _ = self._verb_subject(tokens, verb, actors)
                return victim if victim is not None and victim.last < match.first else None
        return None

    def _fought_with(self, tokens: list[Token], match: Match, actors: list[ActorMention], target):
        """The actor right after «مع» following a fight noun, in its clause (تبادل إطلاق نار مع خفر
        السواحل), if it is not the target."""
        sentence = tokens[match.first].sentence
        # (the phrase «النار مع» holds the preposition itself)
        for k in range(match.last, min(len(tokens) - 1, match.last + 4)):
            if tokens[k].sentence != sentence or tokens[k].norm in _PUNCT:
                return None
            if tokens[k].norm == "مع":
                m = _mention_at(actors, k + 1)
                return m if m is not None and m is not target and not _same_actor(m, target) else None
        return None

    def _coordinated_twin(self, doc: Document, match: Match, trig: Trigger) -> Trigger | None:
        """The trigger of the same code joined to this one by «و» right before it (للضرب والتعنيف،
        عن مساندته ودعمه): two words for one act."""
        k = match.first - 1
        if k < 0 or match.prefix[:1] != "و" or doc.tokens[k].sentence != doc.tokens[match.first].sentence:
            return None
        return next((t for t, m in doc.cache["trigger_at"].get(k, ())
                     if m.last == k and t.cameo[:3] == trig.cameo[:3] and t is not trig), None)

    def _act_described(self, doc: Document, match: Match) -> Trigger | None:
        """The attack noun right before a verb that describes it (في هجوم استهدف نقطة تفتيش), or
        before the relative clause the verb opens (الهجوم الإرهابي الذي استهدف مركز الحرس)."""
        k = match.first - 1
        if match.prefix or k < 0:
            return None
        tokens = doc.tokens
        if tokens[k].norm == "قد" and k > 0:
            k -= 1  # «هجوما بسيارة مفخخة قد استهدف صباح الخميس مركزا»
        if k > 0 and k not in doc.cache["trigger_at"] and tokens[k].norm in self.g.attack_words:
            k -= 1  # «قصفا جويا استهدف المدرسة»
        if tokens[k].norm in self.g.relatives:
            k = self._head_of_relative(tokens, k)
            if k < 0 or tokens[k].sentence != tokens[match.first].sentence:
                return None
        return next((t for t, m in doc.cache["trigger_at"].get(k, ()) if m.value.entry.root in _VIOLENT), None)

    def _result_victim(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """The dead or wounded an attack resulted in, told after it (ما أسفر عن مقتل 20 مدنيا، مما أدى
        إلى إصابة 3 جنود، ما أسفر عن استشهاد ضابطين): the genitive of the noun of death or injury."""
        sentence = tokens[match.first].sentence
        for k in range(match.last + 1, min(len(tokens), match.last + _RESULT_WINDOW)):
            if tokens[k].sentence != sentence or tokens[k].norm in (".", "؛", ";"):
                return None
            if _strip_conj(tokens[k].norm) not in self.g.result_verbs:
                continue
            j = k + 1
            if j < len(tokens) and tokens[j].norm in ("عن", "الي", "إلى", "في"):
                j += 1
            if j >= len(tokens):
                return None
            noun = tokens[j].norm[1:] if tokens[j].norm[:1] == "ل" and tokens[j].norm[1:] in self.g.victim_nouns \
                else tokens[j].norm
            if noun not in self.g.victim_nouns:
                return None
            j += 1
            while j < len(tokens) and (tokens[j].norm.isdigit() or tokens[j].norm in self.g.number_words or tokens[j].norm == "من"):
                j += 1
            j = self._after_quantifiers(tokens, j)
            # (ضابطي وعوني حرس: a first victim we do not know, the second coordinated with it)
            return next((m for m in actors if m.first == j or (m.first == j + 1 and m.prefix[:1] == "و")), None)
        return None

    def _relative_to_act(self, doc: Document, match: Match) -> bool:
        """Is the verb in a relative clause about an act (الهجوم الذي استهدف، العملية التي نفذت)?"""
        tokens = doc.tokens
        k = match.first - 1
        if k >= 0 and k in doc.cache.get("trigger_tokens", ()) and not match.prefix:
            return any(m.value.entry.root in _VIOLENT
                       for _, m in doc.cache["trigger_at"].get(k, ()))  # في هجوم استهدف نقطة تفتيش
        if k < 1 or tokens[k].norm not in self.g.relatives:
            return False
        j = self._head_of_relative(tokens, k)
        return j >= 0 and j in doc.cache.get("trigger_tokens", ())

    def _head_of_relative(self, tokens: list[Token], k: int) -> int:
        """The token the relative pronoun at ``k`` refers back to, past commas and the adjectives of
        an attack (الهجوم الإرهابي، الذي …); -1 when there is none."""
        j = k - 1
        while j >= 0 and (tokens[j].norm in ("،", ",") or _strip_conj(tokens[j].norm) in self.g.attack_words):
            j -= 1
        return j

    def _protested_at(self, tokens: list[Token], match: Match, source, actors: list[ActorMention]):
        """Whom a protest is against when a purpose word names it (احتجاجا على سياسة المماطلة من
        قبل سلطة الإشراف، تنديدا بقرار وزارة التربية): the first state body after that word."""
        sentence = tokens[match.first].sentence
        # (the purpose may come after a long place: «بغلق الطريق الوطنية 17 الرابطة بين طبرقة وجندوبة
        # على مستوى منطقة المريج … بعين دراهم احتجاجا على عدم تعامل السلطات …»)
        for k in range(match.last + 1, min(len(tokens), match.last + _PURPOSE_WINDOW)):
            if tokens[k].sentence != sentence or tokens[k].norm in (".", "؛", ";"):
                return None
            if _strip_conj(tokens[k].norm) in self.g.protest_purposes:
                for m in actors:
                    if k < m.first <= k + 12 and m.sector in _STATE_BODIES | {"BUS"} \
                            and m is not source and not _same_actor(source, m):
                        return m  # (a company too: احتجاجا على قرار الشركة)
                return None
        return None

    def _grievance_told_after(self, doc: Document, ev: Event) -> ActorMention | None:
        """Whom a protest is against, told in one of the two sentences after it by a purpose word
        («نفذ القيمون إضرابا … وأوضح أن التحرك الاحتجاجي يأتي على خلفية عدم التزام رئاسة الحكومة»):
        the first state body or company of the protesters' country after that word."""
        tokens = doc.tokens
        wanted = {ev.sentence + 1, ev.sentence + 2}
        by_sentence = [m for m in doc.mentions if m.sentence in wanted and not m.locative
                       and m.sector in _STATE_BODIES | {"BUS"} and m.country in (None, ev.source.country)]
        if not by_sentence:
            return None
        sentence_of = _token_sentences(doc)
        for k in range(bisect_left(sentence_of, ev.sentence + 1), bisect_left(sentence_of, ev.sentence + 3)):
            t = tokens[k]
            if _strip_conj(t.norm) in self.g.protest_purposes:
                found = next((m for m in by_sentence if m.sentence == t.sentence and k < m.first <= k + 8
                              and m.sector != ev.source.sector), None)  # (not the protesters' own body)
                if found is not None:
                    return replace(found, country=ev.source.country, code=ev.source.country + (found.sector or ""),
                                   note="target:grievance told after") if found.country is None else found
        return None

    def _seat(self, doc: Document, j: int) -> ActorMention | None:
        """A state body named by the common noun of its seat (مقر الولاية، أمام الوزارة): an actor
        of that sector, its country given later by the context rule."""
        tokens = doc.tokens
        t = tokens[j]
        two = t.norm + " " + tokens[j + 1].norm if j + 1 < len(tokens) else ""
        sector = self.g.addressee_bodies.get(two) or self.g.addressee_bodies.get(t.norm) \
            or self.g.addressee_bodies.get(_strip_conj(t.norm))
        if sector is None:
            return None
        return ActorMention(t.start, t.end, doc.text[t.start:t.end], None, None, sector, None, "role", t.sentence,
                            note="seat", first=j, last=j)

    def _attack_object(self, doc: Document, match: Match, source):
        """(author,) of the attack a condemnation or a statement is about (أدانت تونس مساء الجمعة
        الهجوم الإرهابي، ندد السفير بعملية الاغتيال، تدين هذا الفعل الإرهابي): the attack's author
        when named, else nobody; None when the act is not about an attack."""
        tokens = doc.tokens
        k = match.last + 1
        if source is not None and source.first > match.last:
            k = source.last + 1  # VSO: the object comes after the subject
        sentence = tokens[match.first].sentence
        named = _named_tokens(doc)
        steps = 0
        while k < len(tokens) and tokens[k].sentence == sentence and steps <= 8:
            for trig, m in zip(doc.triggers, doc.cache.get("trigger_matches", [])):
                if m.first == k and trig.cameo[:2] in _VIOLENT:
                    author = self._passive_agent(tokens, m, [a for a in doc.mentions if not a.locative])
                    return (author, m)
            norm = _strip_conj(tokens[k].norm)
            if tokens[k].norm in ("،", ","):
                close = next((j for j in range(k + 1, min(len(tokens), k + 6)) if tokens[j].norm in ("،", ",")), None)
                if close is not None:
                    k, steps = close + 1, steps + 1  # ، هائل الفاهوم، : an apposition
                    continue
            if norm in self.g.attack_words:
                return (None,)  # الفعل الإرهابي الجبان
            if norm not in self.g.attack_heads and norm not in self.g.adverbs and k not in named \
                    and tokens[k].norm not in ("،", ",") and tokens[k].norm not in _QUOTE_TOKENS:
                return None  # (أدان مجلس الأمن، بشدة، "الهجمات …)، (ندد السفير بتونس، هائل الفاهوم، بعملية …)
            k += 1
            steps += 1
        return None

    def _attack_victim(self, tokens: list[Token], attack: Match, mentions: list[ActorMention]):
        """The first actor after an attack trigger in its clause, not its author (الهجوم الذي استهدف
        الكنيسة المصرية، الهجوم على القوات الفرنسية)."""
        sentence = tokens[attack.first].sentence
        for m in mentions:
            if m.sentence == sentence and attack.last < m.first <= attack.last + 8 and not m.locative \
                    and m.sector != "REB":
                return m
        return None

    def _pronoun_target(self, tokens: list[Token], match: Match, mentions: list[ActorMention], entry, source,
                        topic: ActorMention | None = None):
        """A target said by a pronoun (تحادث معهم، استقبله، استهدفها): the nearest actor named
        before the trigger, in its sentence or the one before, that is not the source."""
        pronoun = match.suffix in _PRONOUNS and "obj" in entry.targets
        if pronoun and match.first > 0 and self._has_subject(tokens, match):
            # «مؤتمر دولي حول ليبيا تستضيفه برلين»، «المؤتمر الذي تستضيفه برلين»: a verb with its own
            # subject right after a noun describes that noun, and its pronoun is the noun (but in
            # «الهجوم الذي استهدفها» the noun is the subject, and the pronoun someone else)
            j = match.first - 1
            if tokens[j].norm in self.g.relatives and j > 0:
                j -= 1
            lead = _strip_conj(tokens[j].norm)
            if tokens[j].sentence == tokens[match.first].sentence and tokens[j].norm not in _PUNCT \
                    and not any(m.first <= j <= m.last for m in mentions) and match.prefix[:1] not in ("و", "ف") \
                    and lead not in self.g.complementizers and lead not in self.g.clause_breakers \
                    and lead not in self.g.possibility:
                return None  # (not after «حيث»، «وقد»: «حيث كان في استقباله العاهل المغربي»)
        k = match.last + 1
        # «مطالبين إياها بالتدخل»: the free pronoun of an entry that needs its addressee named
        free = entry.named_target and self._free_pronoun_after(tokens, match)
        if not pronoun and not free and k < len(tokens) and tokens[k].sentence == tokens[match.first].sentence:
            norm = _strip_conj(tokens[k].norm)
            for prep in entry.targets:
                if prep != "obj" and any(norm == prep + p or norm == _prep_form(prep) + p for p in _PRONOUNS):
                    pronoun = True
                    break
        if not pronoun and not free:
            return None
        sentence = tokens[match.first].sentence
        for m in reversed(mentions if mentions is not None else []):
            if m.last < match.first and m.sentence == sentence and not m.locative and m is not source \
                    and not _same_actor(source, m) \
                    and (m.country is not None or (m.kind == "role" and m.sector and (free or entry.root in _VIOLENT))):
                # (a role of no country takes one from its context: the patrol it strikes, «الدورية
                # الأمنية»; the ministry a free pronoun stands for)
                return m
        opening = match.first < 3 or tokens[match.first - 3].sentence != sentence  # (a conjunction and قد may stand first)
        if opening and entry.root == "04" and topic is not None and topic is not source and topic.country \
                and not _same_actor(source, topic):
            # the guest of a meeting named by a pronoun opening its sentence («وقد كان في استقباله
            # العاهل الأردني») is the topic of the sentences before (not for other acts: the topic
            # may be their author, «وتم اختطافهما من كتيبة مسلحة»)
            return topic
        return None

    def _free_pronoun_after(self, tokens: list[Token], match: Match) -> bool:
        """Is the trigger's object the free pronoun right after it (مطالبين إياها، دعاه إياه)?"""
        k = match.last + 1
        return k < len(tokens) and tokens[k].sentence == tokens[match.first].sentence \
            and tokens[k].norm in self.g.object_pronouns

    def _realizer(self, doc: Document, match: Match) -> int | None:
        """The verb that makes a noun trigger an act: a realizing verb governing it through its
        preposition (تمكنت الوحدات من القبض على), or a light verb right before it, over a head of
        acts (نفذت عمليات اغتيال، شن سلسلة غارات)."""
        tokens = doc.tokens
        k = match.first - 1
        if k >= 0 and _strip_conj(tokens[k].norm) in self.g.act_heads:
            k -= 1
        if k >= 0 and k < match.first - 1 or (k == match.first - 1 and not match.prefix.lstrip("وف")):
            sentence = tokens[match.first].sentence
            named = _named_tokens(doc)
            # the light verb, or the light verb before its subject (أجرى لافروف وشويغو مباحثات)
            while k >= 0 and tokens[k].sentence == sentence and match.first - k <= 14:
                if _strip_conj(tokens[k].norm) in self.g.light_verbs:
                    return k
                if not (k in named or tokens[k].norm in self.g.adverbs or tokens[k].norm in ("،", ",")):
                    break
                k -= 1
        attached = match.prefix.lstrip("وف")[:1]
        if attached in ("ب", "ل"):
            return self._realizing_verb(tokens, match.first, attached)
        if match.first > 0:
            prev = _strip_conj(tokens[match.first - 1].norm)
            if prev in self.g.prepositions:
                return self._realizing_verb(tokens, match.first - 1, prev)
        return None

    def _realized(self, tokens: list[Token], at: int, prep: str) -> bool:
        """Is the preposition at token ``at`` (or attached to it) governed by a verb that makes the
        noun after it an act that took place (تمكنت الوحدات الأمنية بالقصرين من القبض على)? The
        verb may stand up to twenty words before, within the clause."""
        return self._realizing_verb(tokens, at, prep) is not None

    def _realizing_verb(self, tokens: list[Token], at: int, prep: str) -> int | None:
        return realizing_verb(self.g, tokens, at, prep)

    def _verbal(self, match: Match) -> bool:
        """Is a trigger a verb or a phrase led by one (وعقد جلسة، ونفذوا وقفة), not a masdar or noun
        phrase (وإصدار بطاقة إيداع)?"""
        if match.value.form == "verb":
            return True
        first = match.key.split(" ", 1)[0]
        return match.value.form == "phrase" and (first in self.lexicon.verb_words or first in self.g.light_verbs
                                                 or first in self.g.realizing)

    def _nominal(self, match: Match) -> bool:
        """Is a trigger phrase a noun phrase (جلسة عمل، وقفة احتجاجية) rather than a verb phrase
        (عقد جلسة، وجه انتقادات)? Its first word is definite or in -ة and is no verb form."""
        first = match.key.split(" ", 1)[0]
        if first in self.lexicon.verb_words or first in self.g.light_verbs or first in self._speech_forms \
                or first in self.g.realizing or first in self.lexicon.gapped:
            return False  # (ألقى folds to القي, which only looks definite)
        return first.startswith("ال") or first.endswith("ه")

    def _gathering(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """(one side, the other) of a meeting told with whom it brought together: «جلسة عمل جمعت
        والي الجهة بممثلي المعتصمين», «جلسة تفاوض بمقر الولاية بين الوالي وممثلي المنطقة»."""
        sentence = tokens[match.first].sentence
        chair = None
        for k in range(match.last + 1, min(len(tokens), match.last + 15)):
            t = tokens[k]
            if t.sentence != sentence or t.norm in (".", "؛", ";"):
                return None
            norm = _strip_conj(t.norm)
            if norm in ("باشراف", "برئاسة") and chair is None:
                # «جلسة التفاوض المنعقدة بمقر الولاية بإشراف المعتمد الأول بين ممثلي الأهالي …»: the
                # one who chairs it is one side (the sides named after it are the other, or the first)
                chair = next((m for m in actors if k < m.first <= k + 2), None)
                continue
            gather = any(norm == v or (norm.startswith(v) and norm[len(v):] in _PRONOUNS) for v in self.g.gathering_verbs)
            if gather or norm == "بين":
                a = next((m for m in actors if k < m.first <= k + 4), None)
                if a is None:
                    return None
                if any(norm.startswith(v) and norm[len(v):] in _PRONOUNS for v in self.g.gathering_verbs) \
                        and a.prefix.lstrip("و")[:1] == "ب":
                    # «الجلسة الثانية التي جمعته أمس بوزير التربية»: the pronoun is the one the
                    # clause is about (its subject, or who tells it), the actor after ب the other side
                    own = self._clause_subject(tokens, match, actors)
                    return (own, a) if own is not None and not _same_actor(own, a) else None
                b = next((m for m in actors if a.last < m.first <= a.last + 4
                          and (m.prefix.lstrip("و")[:1] == "ب" or m.prefix.startswith("و")
                               or tokens[m.first - 1].norm in ("مع", "و")
                               or tokens[a.last + 1].norm[:1] == "و")), None)  # (ومجموعة من ممثلي)
                if chair is not None and not _same_actor(chair, a):
                    return chair, a
                return (a, b) if b is not None else None
        return None

    def _resumed_agent(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """The author of an act named by a verb that takes it up right after it (في هجوم شنه مسلحون
        أكراد، العملية التي نفذها الإرهابيون): the subject of that verb."""
        sentence = tokens[match.first].sentence
        k = match.last + 1
        if k < len(tokens) and tokens[k].norm in self.g.relatives:
            k += 1
        if k >= len(tokens) or tokens[k].sentence != sentence:
            return None
        norm = _strip_conj(tokens[k].norm)
        stem = next((norm[:-len(p)] for p in _PRONOUNS if norm.endswith(p) and norm[:-len(p)] in self.g.light_verbs), None)
        if stem is None and norm not in self.g.light_verbs:
            # further on, past the place it struck, a light verb whose pronoun takes the act up
            # (هجوم في محافظة شمال سيناء، نفذه على الأرجح عناصر تنظيم أنصار بيت المقدس)
            for j in range(k + 1, min(len(tokens), k + _RESUMED_WINDOW)):
                t = tokens[j]
                if t.sentence != sentence or t.norm in (".", "؛", ";", ":") or t.norm in self.g.clause_breakers:
                    return None
                norm = _strip_conj(t.norm)
                stem = next((norm[:-len(p)] for p in _PRONOUNS if norm.endswith(p) and norm[:-len(p)] in self.g.light_verbs), None)
                if stem is not None and tokens[j - 1].norm in ("،", ","):
                    k = j
                    break
            if stem is None:
                return None
        verb = Match(k, k, "", "", norm, Sense(match.value.entry, "verb", _plural_verb(stem or norm)))
        subject, _ = self._verb_subject(tokens, verb, actors)
        return subject if subject is not None and subject.first > k else None

    def _caused(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """(agent, causer) of an act that a causative verb before it makes someone do: «مما دفع
        بوحدات الجيش إلى إطلاق طلقتين تحذيريتين»: the actor right after the verb is the agent, the
        subject of the clause before the verb (who caused it) the causer, or None."""
        sentence = tokens[match.first].sentence
        for k in range(match.first - 1, max(-1, match.first - _CAUSED_WINDOW), -1):
            if tokens[k].sentence != sentence or tokens[k].norm in _PUNCT:
                return None
            if _strip_conj(tokens[k].norm) in self.g.causative_verbs:
                agent = next((m for m in actors if k < m.first <= k + 3 and m.last < match.first), None)
                if agent is None:
                    return None
                causer = self._clause_subject(tokens, Match(k, k, "", "", tokens[k].norm, match.value), actors)
                return agent, causer
        return None

    def _clause_subject(self, tokens: list[Token], match: Match, actors: list[ActorMention], speaker: bool = True,
                        window: int | None = None, victims: bool = True):
        """The subject of the clause a noun, participle or phrase trigger belongs to: the first
        ungoverned actor before it in the sentence (relative clauses in between do not change it:
        «عبر الوزير عن ثقته … التي يمر بها، معربا عن تطلع بلاده»). With ``speaker=False`` the
        subject of a verb of saying before أن/إن is passed over: «قالت مصادر أمنية إن شخصا …
        مشتبه به في إطلاق نار» names no author."""
        sentence = tokens[match.first].sentence
        barrier = -1
        for k in range(match.first - 1, -1, -1):  # a new clause (قبل أن تدخل الأمن …) has its own subject
            if tokens[k].sentence != sentence:
                break
            if tokens[k].norm in self.g.clause_breakers and tokens[k].norm not in self.g.relatives:
                barrier = k
                break
            if k > 0 and f"{tokens[k - 1].norm} {tokens[k].norm}" in self.g.clause_breakers:
                barrier = k
                break
        if not speaker:
            for k in range(match.first - 1, -1, -1):
                if tokens[k].sentence != sentence:
                    break
                norm = _strip_conj(tokens[k].norm)
                impersonal = norm in _THAT_IT and norm not in ("ان", "بان")  # أنه، بأنه
                if impersonal and k + 1 < len(tokens) and _strip_conj(tokens[k + 1].norm) in self.g.passive_auxiliaries:
                    break  # «أكدت الداخلية أنه تم القضاء على …»: a passive the speaker's side did
                announced = norm == "عن" and k + 1 < len(tokens) and _strip_conj(tokens[k + 1].norm) in self.g.victim_nouns \
                    and any(_strip_conj(tokens[j].norm) in self.g.announce_verbs
                            for j in range(max(0, k - 5), k))  # أعلن الوزير عن مقتل شخصين (not: عن استعمال قنبلة)
                if norm in _THAT_IT or norm == "لان" or announced or tokens[k].norm in _QUOTE_TOKENS or tokens[k].norm == ":":
                    barrier = max(barrier, k)  # what is said starts here (قالت الشرطة إن …، أفادت وسائل
                    break  # إعلام بأنه سمع دوي انفجار): its speaker is before
        for m in actors:
            if m.sentence == sentence and barrier < m.first and m.last < match.first \
                    and not self._governed(tokens, m, actors):
                if window is not None and match.first - m.last > window:
                    return None  # far away, in another clause: not this act's subject
                if not victims and (self._harmed_subject(tokens, m) or self._casualty(tokens, m)):
                    continue  # مقتل شرطي، قتلى وجرحى: the dead are no authors
                return m
        return None

    def _target(self, tokens: list[Token], match: Match, actors: list[ActorMention], entry, source):
        sentence = tokens[match.first].sentence
        start = match.last + 1
        if source is not None and source.first > match.last:
            start = source.last + 1
        limit = match.last + _TARGET_WINDOW
        if start == match.last + 1 and start < len(tokens) and tokens[start].sentence == sentence:
            norm = _strip_conj(tokens[start].norm)
            if any(prep != "obj" and (norm == prep + p or norm == _prep_form(prep) + p)
                   for prep in entry.targets for p in _PRONOUNS):
                return None  # «وبحث معه العلاقات»: the pronoun is the target (see _pronoun_target)
        # a verb, or a phrase headed by one, that carries an object pronoun takes no second object
        head = match.key.split(" ", 1)[0]
        object_taken = (entry.named_target and self._free_pronoun_after(tokens, match)) or (match.suffix in _PRONOUNS and (
            match.value.form == "verb" or (match.value.form == "phrase" and (head in self.g.light_verbs or head in _AUXILIARY))))
        for m in actors:
            if m.sentence != sentence or m.first < start or m.first > limit:
                continue
            if source is not None and (m is source or (m.first == source.first)):
                continue
            if source is not None and m.country == source.country and (m.sector == source.sector or not m.sector):
                continue  # an apposition of the subject (لافروف، وزير الخارجية الروسي،)
            if source is not None and _apposition(tokens, source, m):
                continue  # الأمين العام لجامعة الدول العربية، أحمد أبو الغيط، … ; النائبة زهرة ادريس (نداء تونس)
            if any(tokens[k].norm in self.g.clause_breakers or _strip_conj(tokens[k].norm) in _THAT_IT
                   for k in range(start, m.first)):
                return None  # (… اجتماع النقابات في قبلي أن الهيئة ستدرس: the clause of what is said)
            prev = tokens[m.first - 1].norm if m.first > 0 else ""
            if entry.root >= "09" and (prev == "ضد" or (prev == "صفوف" and m.first > 1 and tokens[m.first - 2].norm == "في")):
                return m  # ضد ذي الشبهة، إيقافات في صفوف رجال الأعمال: the target of any conflict act
            attached = m.prefix.lstrip("وف")
            attached_prep = attached[:1] if attached[:1] in ("ب", "ل", "ك") else ""
            if attached.startswith("لل"):
                attached_prep = "ل"
            if entry.root == "17" and any(_strip_conj(tokens[j].norm) in _BOUND_FOR
                                          for j in range(max(start, m.first - 2), m.first)):
                continue  # where the goods or people were bound for (للتهريب باتجاه القطر الليبي): no object
            for t in entry.targets:
                if t == "obj":
                    if object_taken:
                        continue  # «كان في استقباله العاهل … وأحمد أبو الغيط»: the pronoun is the object
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
            if source is not None and (_same_actor(source, m) or _apposition(tokens, source, m)):
                continue
            prev = tokens[m.first - 1].norm if m.first > 0 else ""
            if prev in ("عن", "حول", "بشان", "حيال", "في", "من", "منذ", "خلال"):
                continue  # what is spoken about (الإفراج عن المواطنين), not whom the act addresses
            return m
        return None

    def _fallback_target(self, tokens, match, mentions, source, ctx: _Context, code: str, doc: Document):
        """With no target in the clause: a country where the act happens (في ليبيا), else the other
        side of the document's dyad for verbal cooperation."""
        if source is None or source.country is None:
            return None
        sentence = tokens[match.first].sentence
        for m in mentions:
            if m.sentence == sentence and m.locative and m.first > match.last and m.country != source.country \
                    and not any(_strip_conj(tokens[k].norm) in _VENUES for k in range(max(0, m.first - 3), m.first)) \
                    and not (code[:2] == "17" and _toward(doc, m.start)):
                # (not where it was said: «ودعا علاوي في مؤتمر صحفي بالقاهرة إلى المصارحة»; nor where
                # what is seized was bound for: «حجز أدوية معدة للتهريب باتجاه القطر الليبي»)
                return m
        if code[:2] in _VERBAL_COOPERATION and len(ctx.dyad) >= 2 and source.country in ctx.dyad[-2:]:
            return _country_mention(source, _other_side(ctx.dyad, source.country), note="dyad")
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

    def _perpetrator(self, doc: Document, trig: Trigger, mentions: list[ActorMention], target: ActorMention,
                     ctx: _Context) -> ActorMention | None:
        """The militants an attack's sentence names elsewhere than as its subject, as its authors
        («هجوم مسلح على مركز الإصلاح أسفر عن مقتل شرطي أثناء تصديه للعناصر الإرهابية», «هجوما انتحاريا
        … وأوضح أن انتحاريا قاد سيارة»): a role of armed men of the target's country (the team's
        convention: perpetrators in a country take that country; members of داعش keep none)."""
        if target.country is None or target.sector == "REB":
            return None
        for m in mentions:
            if m.sentence != trig.sentence or m.kind != "role" or m.sector != "REB" or _same_actor(m, target) \
                    or (m.first <= target.first <= m.last):
                continue
            found = self._with_context_country(doc, m, trig.sentence, ctx)
            if found is not None and found.country == target.country:
                return found
        return None

    def _authorities_of_place(self, doc: Document, trig: Trigger, target: ActorMention):
        """Arrests and detentions with no agent named (تم اعتقالهما في طرابلس) are the acts of the
        authorities of the place where they happen (COP), the document's home country else."""
        return self._implicit_actor(doc, trig, "COP", "agent:authorities")

    def _implicit_actor(self, doc: Document, trig: Trigger, sector: str, note: str):
        """An actor the text implies but does not name, of the country of the place in the
        trigger's sentence, else of the document's home country; its span is a point."""
        s = doc.sentences[trig.sentence]
        here = [p for p in doc.places if s.start <= p.start < s.end and p.country]
        # a place right by the act (تم إيقافهم في طرابلس), else the document's country, else any
        # place of the sentence (not the far «عبر الحدود الليبية» of a plan told after it)
        near = [p for p in here if -_IMPLIED_NEAR <= p.start - trig.end <= _IMPLIED_NEAR
                or -_IMPLIED_NEAR <= trig.start - p.end <= _IMPLIED_NEAR]
        country = near[0].country if near else (_home_country(doc) or (here[0].country if here else None))
        if country is None:
            return None
        return ActorMention(trig.start, trig.start, "", None, country, sector, country + (sector or ""), "implicit",
                            trig.sentence, note=note, first=-1, last=-1)

    def _with_context_country(self, doc: Document, m: ActorMention | None, sentence: int, ctx: _Context):
        """A role with no country (المحتجون، قوات الأمن) takes the country of its context
        (:func:`context_country`)."""
        if m is None or m.country is not None or m.kind not in ("role",):
            return m
        country, note = context_country(doc, m, sentence, ctx.home)
        if country is None:
            return m
        return replace(m, country=country, code=country + (m.sector or ""), note=note)

    def _calls_to_protest(self, doc: Document, match: Match) -> str | None:
        """Is an appeal a call to protest? "call": إلى + a protest word after it (دعت النقابة
        منظوريها إلى الدخول في إضراب); "described": a relative or adjectival clause of the protest
        noun before it, which the call only describes («إضراب عام دعا إليه الاتحاد», «الإضراب … الذي
        دعا له الاتحاد», «إضراب عام دعت إلى تنفيذه») — the protest is the event, told on its own."""
        tokens = doc.tokens
        sentence = tokens[match.first].sentence
        matches = doc.cache.get("trigger_matches", [])
        protests = {m.first for t, m in zip(doc.triggers, matches) if t.cameo[:2] == "14"}
        # (a suspended or postponed strike names one too: «تعليق إضراب عام دعت إلى تنفيذه»)
        named = protests | {m.first for t, m in zip(doc.triggers, matches) if t.cameo == "082"}
        nxt = match.last + 1
        back = 6
        if match.first > 0 and _strip_conj(tokens[match.first - 1].norm) in self.g.relatives:
            back = 16  # «الإضراب العام المفتوح للمتدخلين في قطاع الصيد البحري بميناء صفاقس، الذي دعا له»
        before = any(match.first - back <= k < match.first and tokens[k].sentence == sentence for k in named)
        if nxt < len(tokens) and _strip_conj(tokens[nxt].norm) in ("اليه", "اليها", "لها", "له") and before:
            return "described"
        for k in range(match.last + 1, min(len(tokens), match.last + 9)):
            if tokens[k].sentence != sentence or tokens[k].norm in _PUNCT:
                return None
            if _strip_conj(tokens[k].norm) == "الي":
                # إلى الإضراب، إلى الدخول في اعتصام، إلى تنفيذ وقفة (not إلى وضع حد للاعتصامات)
                lead = _strip_conj(tokens[k + 1].norm) if k + 1 < len(tokens) else ""
                if k + 1 in protests or (lead in self.g.protest_leads and any(k + 1 < j <= k + 3 for j in protests)):
                    return "call"
                if before and k == nxt and any(lead.startswith(p) and lead[len(p):] in ("ه", "ها") for p in self.g.protest_leads):
                    return "described"  # «إضراب عام دعت إلى تنفيذه»
                return None
        return None

    def _described(self, tokens: list[Token], match: Match, mentions: list[ActorMention]) -> bool:
        """Is a present-tense verb of force or violence a description of the noun before it (حفتر
        الذي يسيطر على شرق البلاد، مرتزقة يقاتلون في ليبيا), not an act told?"""
        if match.value.form != "verb" or match.value.entry.root not in ("15", "18", "19", "20") or match.first == 0:
            return False
        if _strip_conj(tokens[match.first].norm)[len(match.prefix.lstrip("وف")):] not in self.lexicon.present_words \
                and tokens[match.first].norm not in self.lexicon.present_words:
            return False
        prev = tokens[match.first - 1]
        if prev.sentence != tokens[match.first].sentence:
            return False
        if prev.norm in self.g.relatives:
            return True
        before = next((m for m in mentions if m.last == match.first - 1), None)
        if before is not None:
            # an indefinite role inside the sentence, then the verb: a relative clause (بإرسال مرتزقة
            # يقاتلون), not a subject opening its clause (الجيش السوري يقصف)
            opens = before.first == 0 or tokens[before.first - 1].sentence != prev.sentence
            return before.kind == "role" and "ال" not in before.prefix and not tokens[before.first].norm.startswith("ال") \
                and not opens
        # a bare noun right before: an indefinite relative clause (مقاتلين يقاتلون)
        return prev.norm not in _PUNCT and not prev.norm.startswith(("ال", "و", "ف")) and match.prefix == "" \
            and not prev.norm.isdigit() and prev.norm not in self.g.adverbs and prev.norm not in self.g.prepositions \
            and any(m.last == match.first - 1 for m in mentions) is False and len(prev.norm) > 2 \
            and prev.norm.endswith(("ين", "ون", "ات"))

    def _in_slogan(self, tokens: list[Token], match: Match) -> bool:
        """Is the trigger what a slogan or a banner asks for (ورفع المتظاهرون شعارات على غرار
        "استقالة الوزير"، لافتات تطالب بإطلاق سراح …)?"""
        sentence = tokens[match.first].sentence
        for k in range(match.first - 1, max(-1, match.first - 7), -1):
            if tokens[k].sentence != sentence or tokens[k].norm in (".", "؛"):
                return False
            if _strip_conj(tokens[k].norm) in self.g.slogans or tokens[k].norm in self.g.slogans:
                return True
        return False

    def _aimed_at(self, tokens: list[Token], first: int) -> bool:
        """Is the act what something is for, what someone wishes or fears (من أجل إطلاق سراح، بهدف دعم،
        حتى يتم الإفراج، السياح الراغبين في زيارة تونس، القلق من حصول اعتداءات)?"""
        back = [t.norm for _, t in _back(tokens, first, 4)]
        if _framed_by(back, self.g.aims, singles=2, pairs=2):
            return True
        # feared or expected: «القلق من حصول اعتداءات», «خشية اندلاع مواجهات», «تحسبا لأي هجوم»
        if back and _strip_conj(back[0]) in self.g.happening:
            back = back[1:]
        return _framed_by(back, self.g.fears, singles=1, pairs=2)

    def _participle_adjective(self, tokens: list[Token], match: Match) -> bool:
        """Is a one-word noun trigger of participle shape (م…) an adjective agreeing with the noun
        before it — «الحل المقترح», «الدول المقاطعة», «حلا مقترحا» — rather than the event noun?"""
        if match.value.form != "noun" or match.first != match.last or match.first == 0:
            return False
        word, prev = tokens[match.first].norm, tokens[match.first - 1]
        if prev.sentence != tokens[match.first].sentence:
            return False
        bare = word[2:] if word.startswith("ال") else word
        if not bare.startswith("م") or len(bare) < 4:
            return False
        p = prev.norm
        if p in self.g.light_verbs or p in self.g.prepositions or p in self.g.anaphoric or p in _PUNCT:
            return False
        if word.startswith("ال"):
            return p.startswith("ال") and len(p) > 3
        return word.endswith("ا") and p.endswith("ا") and not p.startswith("ال") and len(p) > 3

    def _rumored(self, tokens: list[Token], first: int) -> bool:
        """A frame of rumour or allegation before the trigger in its clause (أنباء عن، تداولت
        صفحات، شبهة تعذيب، التي قيل إنها تعرضت للتعذيب, grammar.yaml ``rumor``)."""
        return _framed_by([t.norm for _, t in _back(tokens, first, 6)], self.g.rumor, singles=4, pairs=5)

    def _case_facts(self, tokens: list[Token], first: int) -> bool:
        """Do the words that open a court case's facts stand before the trigger in its sentence?"""
        sentence = tokens[first].sentence
        k = first - 1
        while k > 0 and tokens[k - 1].sentence == sentence:
            pair = f"{tokens[k - 1].norm} {tokens[k].norm}"
            if pair in self.g.case_facts or pair[1:] in self.g.case_facts:  # (وقائع، ووقائع)
                return True
            k -= 1
        return False

    def _hypothetical(self, tokens: list[Token], first: int) -> bool:
        """A condition or a question before the trigger in its clause (إذا، لو، في حال، في صورة، هل)."""
        back = [t.norm for _, t in _back(tokens, first, 6)]
        return _framed_by(back, self._irrealis, singles=5, pairs=5, bare=False)

    def _background(self, tokens: list[Token], index: int, doc: Document) -> bool:
        head = " ".join(t.norm for t in _sentence_tokens(doc, index)[:6])
        return any(w in head for w in self.g.background if " " in w) or any(
            t.norm in self.g.background for t in _sentence_tokens(doc, index)[:4])

    def _opening_subject(self, doc: Document, mentions: list[ActorMention], sent, match: Match):
        """The subject of the verb that opens the sentence (VSO: «تمكن الجيش الجزائري من …»), when it
        stands before the trigger."""
        tokens = doc.tokens
        first = next(k for k in range(match.first, -1, -1) if k == 0 or tokens[k - 1].sentence != tokens[k].sentence)
        verbs = _verb_tokens(doc, self.g)
        opening = next((k for k in (first, first + 1) if k in verbs), None)
        if opening is None:
            return None
        m = next((m for m in mentions if m.first > opening), None)
        if m is None or m.first != opening + 1 or m.last >= match.first:
            return None
        return self._sentence_subject(tokens, [m], sent)

    def _sentence_subject(self, tokens: list[Token], mentions: list[ActorMention], sent):
        """The actor a sentence is about, carried to the next one's pro-drop verbs (وهددوا، وطالبوا):
        its first ungoverned actor — a role of a known sector too (المحتجون), not a correspondent,
        a source of news or casualties."""
        for m in mentions:
            if not m.locative and not self._governed(tokens, m) and (m.country or (m.kind == "role" and m.sector)) \
                    and not self._reporter(tokens, m) and not self._attributed(tokens, m) and not self._casualty(tokens, m) \
                    and not (m.kind == "role" and m.first >= 0 and tokens[m.first].norm[len(m.prefix):] in self.g.news_media):
                return m
        return None


# ---- helpers --------------------------------------------------------------------------------
_STANCE_ROOTS = ("05", "11", "12")  # support, disapproval, rejection: stances one stresses
# endings of past forms that also look present (وقد تبنت، تبنته، تجمعوا): «قد» before them is no «may»
_PAST_ENDINGS = ("ت", "ته", "تها", "تهم", "وا")
_RESUMED_WINDOW = 8  # tokens between an attack noun and «، نفذه» far after it
_SPEAKER_DOES = ("03", "04", "05", "06", "07", "08")  # cooperation an official reports in the passive
_THAT_IT = frozenset(("انه", "انها", "بانه", "بانها", "ان", "بان"))  # أنه تم …
_SPEAKER_WINDOW = 24  # tokens between a verb of saying and its «أنه تم»
_IMPLIED_NEAR = 60  # characters between an act and the place whose people or authorities it implies
_TITLED = {"GOV", "MIL", "LEG", "JUD", "COP", "PTY", "OPP", "LAB"}  # the offices a title names
_RESULT_WINDOW = 12  # tokens between an attack and «ما أسفر عن مقتل» after it
_TOLL_WINDOW = 10  # tokens between a death and the attack that caused it
_CAUSED_WINDOW = 14  # tokens between a causative verb and the act it makes happen
_NEAR_PLACE = 40  # characters between a role and a place that gives it its country


def context_country(doc: Document, m: ActorMention, sentence: int, home: str | None) -> tuple[str | None, str]:
    """(country, how) of a role named with no country: the country of a place next to it in its
    sentence (قوات الأمن في القصرين، الشرطة بالقاهرة), else the country the document is about
    (``home``), else of any place in its sentence. A place far from the role in a long sentence
    (رئيس الجمهورية … الحل في ليبيا) does not outrank the document's country."""
    s = doc.sentences[sentence]
    here = [p for p in doc.places if p.country and s.start <= p.start < s.end]
    for p in here:
        if -_NEAR_PLACE <= p.start - m.end <= _NEAR_PLACE or -_NEAR_PLACE <= m.start - p.end <= _NEAR_PLACE:
            return p.country, "country:place"
    if home:
        return home, "country:document"
    if here:
        return here[0].country, "country:place"
    return None, ""


def _headline(doc: Document) -> set[int]:
    """The sentences of the headline at the start of ``doc.text`` (none when the document has no title)."""
    if "headline" not in doc.cache:
        doc.cache["headline"] = _headline_sentences(doc)
    return doc.cache["headline"]


def _headline_sentences(doc: Document) -> set[int]:
    title = (doc.title or "").strip()
    head = doc.text.lstrip()
    if not title or not head.startswith(title[:40]):
        return set()
    end = len(doc.text) - len(head) + len(title)
    return {i for i, s in enumerate(doc.sentences) if s.start < end}


def _without_restated_headline(doc: Document, events: list[Event], head: set[int]) -> list[Event]:
    """The events without those of the headline that the body tells again: a headline sums up the
    article («مصر: مقتل شرطي في هجوم على دورية» over «لقي شرطي مصري مصرعه في هجوم استهدف …»), so
    a headline event of the same CAMEO family as one of the body, whose sides it names or leaves
    unnamed, is that event told with fewer words — the body's reading is kept. A headline event the body does not tell stays."""
    if not head:
        return events
    body = [ev for ev in events if ev.sentence not in head]

    def told_again(ev: Event) -> bool:
        same = next((b for b in body if b.cameo[:2] == ev.cameo[:2]
                     and _side(ev.source) in (None, _side(b.source))
                     and _side(ev.target) in (None, _side(b.target))), None)
        if same is not None and same.location is None:
            same.location = ev.location
        return same is not None

    return [ev for ev in events if ev.sentence not in head or not told_again(ev)]


def _possessed(m: ActorMention) -> bool:
    """A role with a possessive pronoun (قواتها، سفيرها، جنوده): its country is its possessor's."""
    return m.text.endswith(("ها", "هم", "هما", "ه")) and m.kind == "role"


def _sectoral(m: ActorMention, ctx: "_Context") -> bool:
    """A role of a known sector in a text that names no country at all (الشرطة، المحتجون in a
    sentence alone): an actor all the same, of unknown country. Where the text names countries, a
    role that takes none from them is too vague to be a side (سفارته، اللجنة)."""
    return m.kind == "role" and bool(m.sector) and m.first >= 0 and not ctx.dyad and ctx.home is None


def _apposition(tokens: list[Token], head: ActorMention, m: ActorMention) -> bool:
    """Does ``m`` stand right after ``head`` as its apposition: after a comma, in brackets, or a
    person's name right after a role (وزير التربية ناجي جلول)?"""
    if head.last < 0 or m.first <= head.last:
        return False
    between = [tokens[k].norm for k in range(head.last + 1, m.first)]
    if not between:  # وزير التربية ناجي جلول، لافروف وزير الخارجية (not two people: التقى لافروف السراج)
        return (head.kind == "role" and m.kind == "person") or \
            (head.kind == "person" and m.kind == "role" and m.country in (None, head.country))
    return between in (["،"], [","], ["("], ["-"]) and (m.kind in ("person", "org") or between == ["("])


def _inside_place(doc: Document, m: ActorMention) -> bool:
    """Is a person's name part of a place name (العامري in برج العامري)?"""
    return m.kind == "person" and any(p.start <= m.start and m.end <= p.end and (p.start, p.end) != (m.start, m.end)
                                      for p in doc.places)


def _label(tokens: list[Token], m: ActorMention) -> bool:
    """A country or capital that labels a headline or a dateline (مصر : قتلى في هجوم، الجزائر: …):
    where the news is from, not an actor of it."""
    if m.kind not in ("country", "capital") or m.first < 0 or m.last + 1 >= len(tokens):
        return False
    opens = m.first == 0 or tokens[m.first - 1].sentence != tokens[m.first].sentence
    return opens and tokens[m.last + 1].norm in (":", "-", "–") and tokens[m.last + 1].sentence == tokens[m.first].sentence


def _inside_trigger(m: ActorMention, spans) -> bool:
    """Does the mention lie within the words of a trigger phrase?"""
    return any(first <= m.first and m.last <= last for first, last in spans)


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
_THAT_PRONOUNS = frozenset(c + p for c in ("ان", "بان", "لان") for p in ("ها", "هم", "هما", "ه"))  # أنها، بأنهم
_STATE_BODIES = {"GOV", "JUD", "LEG", "COP", "MIL"}
_ABOUT_ATTACKS = {"01", "11", "12"}  # statements, condemnations, rejections of an attack


_NON_STATE = {"CVL", "OPP", "LAB", "MED", "BUS", "EDU", "HLH", "REB", "UAF", "PTY", "REF", "AGR", "REL", "HRI", "NGO"}


def _other_side(dyad: list[str], country: str) -> str:
    """The other country of the document's last dyad (``country`` is one of its two)."""
    return dyad[-2] if country == dyad[-1] else dyad[-1]


def _state_addressed(source: ActorMention, target: ActorMention) -> bool:
    """A non-state actor acting towards its own country (المعارضة التونسية تدعو تونس …) acts
    towards that country's government."""
    return (target.country == source.country and target.sector is None and target.kind in ("country", "capital")
            and source.sector in _NON_STATE)


def _side(m: ActorMention | None) -> str | None:
    """What tells two events of one document apart on one side: the actor's code (LBYMIL and
    LBYGOV visiting Moscow are two visits), else its country."""
    if m is None:
        return None
    if m.kind == "person" and m.actor_id:
        return m.actor_id  # لافروف and شويغو holding talks are two events, though both are RUSGOV
    return m.code or m.country


def _stateless_group(m: ActorMention) -> bool:
    """A known organization with no state (داعش، القاعدة): an actor though its country is null."""
    return m.kind in ("org", "person") and m.code is not None and m.code.startswith("IMG")


_BARE_STATE = {"country", "capital", "nisba", "side"}


def _same_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Not two sides of one event: the same person, or one country's same sector (two people of
    one government), or a state and one of its own organs (روسيا and وزير الخارجية الروسي). Two
    actors of one country in different walks of life are two sides (a union official criticising the
    minister of education)."""
    if a is None or b is None or a.country != b.country:
        return False
    if a.kind in ("person", "org") and a.actor_id is not None and a.actor_id == b.actor_id:
        return True  # (a role's actor_id is its country's)
    if a.kind == b.kind and a.kind in ("person", "org"):
        return False  # two people, two parties (حركة النهضة and الجبهة الشعبية): two sides
    if a.kind == b.kind == "role" and a.sector == b.sector and a.sector in _OCCUPATIONS \
            and a.text and b.text and _bare_role(a.text) != _bare_role(b.text):
        # «اعتداء على أستاذة من طرف تلميذة»: two people of one occupation, not one body (but the
        # nouns of a crowd — أهالي، المحتجون، المعتصمون — name one group many ways)
        return False
    if a.sector and b.sector:
        return a.sector == b.sector
    bare, other = (a, b) if not a.sector else (b, a)
    if other.sector == "CVL" and other.kind == "role" and bare.kind in ("country", "capital"):
        return False  # a state and its citizens: «دعت بريطانيا رعاياها إلى توخي الحذر»
    if other.sector and bare.kind == "nisba" and _people(bare):
        return False  # «دعا المرزوقي التونسيين إلى الوقوف مع قطر»: a Tunisian and the Tunisians
    return bare.kind in _BARE_STATE or (not a.sector and not b.sector)


def _people(m: ActorMention) -> bool:
    """A nisba standing alone in the plural names the people of its country (التونسيين، المصريون),
    not one agreeing with a plural noun before it (الخبراء الصينيين: the actor stage notes it)."""
    word = fold(m.text).split()[-1] if m.text else ""
    return word.startswith(("ال", "وال", "لل")) and word.endswith(("يين", "يون")) and m.note != "adjective"


_OCCUPATIONS = {"EDU", "HLH", "MED", "BUS", "AGR"}


def _officials_meeting(a: ActorMention, b: ActorMention, code: str) -> bool:
    """A meeting of two office holders of one government (اجتمع رئيس الحكومة بالمندوبين الجهويين،
    استقبل رئيس الجمهورية رئيس الحكومة) is a meeting, though they are one body for other acts."""
    return code[:3] in ("040", "046") and a.kind in ("role", "person") and b.kind in ("role", "person") \
        and "role" in (a.kind, b.kind) and bool(a.text) and bool(b.text) and _bare_role(a.text) != _bare_role(b.text)


def _framed_by(back: list[str], words: frozenset[str], *, singles: int, pairs: int, bare: bool = True) -> bool:
    """Does a frame of ``words`` stand right before a trigger? ``back`` holds the words before it,
    nearest first; each of the first ``singles`` may be a frame alone (also without و/ف when
    ``bare``), and each of the first ``pairs`` with the word before it (إذا، في حال، القلق من، أنباء عن)."""
    if any(w in words or (bare and _strip_conj(w) in words) for w in back[:singles]):
        return True
    return any(f"{_strip_conj(b)} {a}" in words or f"{b} {a}" in words or f"{_strip_conj(b)} {_strip_conj(a)}" in words
               for a, b in zip(back[:pairs], back[1:pairs + 1]))


def _same_act(doc: Document, trig: Trigger, other: Trigger) -> None:
    """Record that ``trig`` tells the act of ``other``: its event is dropped at the end of the
    document when ``other`` gave one (a toll, or a verb describing the attack noun)."""
    doc.cache.setdefault("same_act", {})[trig.start] = other.start


def _one_event_per_act(events: list[Event], same: dict[int, int]) -> list[Event]:
    """The events without those of triggers that tell an act another coded trigger tells
    (``same``: trigger start → the other's). The act's event takes the sides it lacks from the words
    that told it again: «الهجوم الإرهابي الذي استهدف مركز الحرس» names the target after the noun."""
    by_start = {ev.trigger.start: ev for ev in events}
    kept = []
    for ev in events:
        act = by_start.get(same.get(ev.trigger.start, -1))
        if act is None or act is ev:
            kept.append(ev)
            continue
        if ev.target is not None and (act.target is None or act.target.kind == "implicit") \
                and not _same_actor(act.source, ev.target) \
                and act.cameo[:2] in _VIOLENT and ev.cameo[:2] in _VIOLENT:
            act.target = ev.target
    return kept


def _protests_addressed(events: list[Event]) -> None:
    """A protest whose addressee its clause does not name is addressed to whom its actors demand,
    threaten or blame elsewhere in the article (إضراب الأطباء … مطالبين وزيرة الصحة بإطلاق سراح زميلتهم):
    the first body of their own country that such an act of the same side names."""
    for ev in events:
        if ev.cameo[:2] != "14" or ev.target is not None or ev.source is None or not ev.source.country:
            continue
        other = next((e.target for e in events if e.cameo[:2] in _ADDRESSING and e.target is not None
                      and e.source is not None and e.source.country == ev.source.country
                      and e.source.sector == ev.source.sector and e.target.country == ev.source.country
                      and e.target.sector in _ADDRESSEES and e.target.kind != "implicit"), None)
        if other is not None:
            ev.target = other


_ADDRESSING = ("10", "11", "12", "13")  # demand, disapprove, reject, threaten
_ADDRESSEES = {"GOV", "BUS", "EDU", "JUD", "COP", "MIL", "LEG"}


def _claimed_attacks(events: list[Event]) -> None:
    """«تبنى تنظيم داعش الهجوم الذي استهدف الكنيسة»: an attack with no author named, claimed in the
    same sentence (``events`` are one sentence's), is the claimant's."""
    claims = [e for e in events if e.cameo == "015" and e.source is not None]
    if not claims:
        return
    for e in events:
        if e.cameo[:2] in _UNKNOWN_AGENT_OK and e.source is None:
            claim = next((c for c in claims if c.trigger.start < e.trigger.start), None)
            if claim is not None:
                e.source = claim.source


def _placeless(m: ActorMention | None) -> bool:
    """No country, and no role that a country may yet be given to (a stateless group, nobody)."""
    return m is None or (m.country is None and not (m.kind == "role" and m.sector))


def _after_passive_auxiliary(tokens: list[Token], match: Match, g: Grammar) -> bool:
    """Is the trigger a masdar after a passive auxiliary (تم فتح تحقيق، يتم إيقاف)?"""
    return match.first > 0 and _strip_conj(tokens[match.first - 1].norm) in g.passive_auxiliaries


def _bare_role(text: str) -> str:
    words = fold(text).split()
    return " ".join(w[2:] if w.startswith("ال") else w for w in words)


_TOWARD = {"الي", "نحو", "باتجاه", "صوب"}  # (folded; not «والي», which is also the governor)
_BOUND_FOR = _TOWARD - {"الي"}  # where seized goods or arrested people were headed (not «إلى»: «شكوى إلى السلط»)
# (folded) where something is said: «في مؤتمر صحفي بالقاهرة»، «في كلمة ألقاها بتونس»
_VENUES = {"مؤتمر", "صحفي", "صحفيه", "ندوه", "كلمه", "خطاب", "تصريح", "حوار", "القاها", "القته", "زيارته", "زيارتها"}


def _toward(doc: Document, start: int) -> bool:
    """Is the name at ``start`` a destination: after إلى/نحو/باتجاه, or joined to one (إلى سوريا
    وليبيا، إلى كل من ليبيا وسوريا)?"""
    before = doc.text[max(0, start - 36):start].split()[-4:]
    return any(fold(w) in _TOWARD for w in before) and not any(c in w for w in before for c in ".،,:؛")


def _home_country(doc: Document) -> str | None:
    """The country a document is mostly about: the most named country (actors and places). Counted
    once per document (the event stage asks for it again for each implied actor)."""
    if "home_country" not in doc.cache:
        doc.cache["home_country"] = _count_home_country(doc)
    return doc.cache["home_country"]


_AUXILIARY = frozenset({"كان", "كانت"})  # «كان في استقباله»: a phrase headed by a verb
_HEADLINE_SUBJECT = 2  # what the actor a headline opens with adds to its country's count


def _token_sentences(doc: Document) -> list[int]:
    """The sentence of each token, in order (cached): the tokens of a sentence by bisection."""
    if "sentence_of_token" not in doc.cache:
        doc.cache["sentence_of_token"] = [t.sentence for t in doc.tokens]
    return doc.cache["sentence_of_token"]


def _count_home_country(doc: Document) -> str | None:
    counts: dict[str, float] = {}
    # a destination (لتسفيرهم إلى سوريا، فروا نحو ليبيا) is where the story goes, not where it is
    for m in doc.mentions:
        if m.country and m.country != "IGO":
            counts[m.country] = counts.get(m.country, 0) + (0.5 if _toward(doc, m.start) else 1)
    for p in doc.places:
        if p.country:
            counts[p.country] = counts.get(p.country, 0) + (0.5 if _toward(doc, p.start) else 1)
    head = _headline(doc)
    if head:
        # the actor a headline opens with is what the story is about («تونس تستنكر تفجيرا … في ليبيا»)
        first = min(head)
        start = bisect_left(_token_sentences(doc), first)
        opening = next((m for m in doc.mentions if m.sentence == first and m.first == start
                        and m.country and m.country != "IGO"), None)
        if opening is not None:
            counts[opening.country] = counts.get(opening.country, 0) + _HEADLINE_SUBJECT
    outlet = doc.cache.get("outlet_country")
    # (a tie goes to the country the outlet reports from)
    best = max(counts, key=lambda c: (counts[c], c == outlet)) if counts else None
    if best is not None and (counts[best] >= 2 or len(counts) == 1):
        return best  # named twice, or the only country named
    return outlet  # the country the outlet reports from, when known
