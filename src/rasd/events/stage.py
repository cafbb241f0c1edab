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
from typing import Iterable

from rasd.events.cameo import CameoTable
from rasd.events.lexicon import Sense, TriggerLexicon
from rasd.grammar import Grammar
from rasd.model import ActorMention, DateValue, Document, Event, Location, Token, Trigger
from rasd.outlets import Outlets
from rasd.text.matcher import Match, longest
from rasd.text.normalize import fold
from rasd.actors.stage import token_stream

_PUNCT = set("،,.:؛;!?؟()[]")
_QUOTE_TOKENS = {'"'}
# Future forms of cooperation are intents (CAMEO 03): root → intent code.
_INTENT_OF = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_UNKNOWN_AGENT_OK = {"18", "19", "20"}
_IMPLICIT_AUTHOR_OK = {"14"} | _UNKNOWN_AGENT_OK  # attacks by unnamed authors are coded with a null source
_NEEDS_TARGET = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16"}
_VERBAL_COOPERATION = {"02", "03", "04", "05"}
_ADDRESSED_TO_STATE = {"02", "08", "10", "13"}  # appeals, concessions, demands, threats
_SELF = ("نفسه", "نفسها", "انفسهم", "نفسهم", "انفسهما")  # (folded)
_SPEECH_ACTS = {"01", "02", "10", "11", "12", "13"}  # acts of saying: made when they are told
_CONFLICT = {"14", "17", "18", "19", "20"}  # protest, coercion, violence: their nouns are read for plans and references
_VIOLENCE = {"18", "19", "20"}
_NEWS_DAYS = {"اليوم", "امس", "البارحه", "الليله", "الليلة", "غدا"}  # words that date an act to the news of the day
_SUBJECT_WINDOW = 5
_REALIZING_WINDOW = 20  # words between a realizing verb and the preposition of its noun (قام عدد من … بغلق)
_PROTEST_SUBJECT_WINDOW = 10  # a protest noun's subject stands in its own clause
_PLACE_OF_ATTACK = 60  # characters around an attack within which its place is told
_TARGET_WINDOW = 14


class TriggerStage:
    name = "triggers"
    requires = ("segment",)
    provides = ("triggers",)

    def __init__(self, lexicon: TriggerLexicon, grammar: Grammar):
        self.lexicon = lexicon
        self.g = grammar
        # word lists compared without proclitics and article (بقضية، للتحقيق، الحق)
        self._heads = frozenset(_bare(w) for w in grammar.reference_heads)
        self._masdars = frozenset(_bare(w) for w in grammar.plan_masdars)
        self._unless = {e.id: frozenset(_bare(w) for w in e.unless) | frozenset(e.unless)
                        for e in lexicon.entries if e.unless}
        self._objects = frozenset(_bare(w) for w in grammar.object_heads) | grammar.object_heads
        self._charges = frozenset(_bare(w) for w in grammar.charge_heads) | grammar.charge_heads

    def __call__(self, doc: Document) -> Document:
        found = self.lexicon.matcher.find(token_stream(doc))
        found.extend(self._gapped(doc))
        found = self._masdar_after_preposition(doc.tokens, found)
        senses: dict[tuple[int, int], list[Match]] = {}  # one span, several entries
        for x in found:
            senses.setdefault((x.first, x.last), []).append(x)
        matches = longest(found, rank=lambda m: {"phrase": 0, "verb": 1, "noun": 2, "participle": 3}[m.value.form])
        matches = self._occurring(doc, matches)
        doc.triggers = []
        hits = []
        why = doc.cache.setdefault("dropped", {})
        named = _named_tokens(doc)
        untold_at: dict[tuple[int, int], str] = {}
        for m in matches:
            sense: Sense = m.value
            negated = self._negated(doc.tokens, m.first)
            untold = None if negated else self._untold(doc, m, matches, untold_at)
            alts = [a for a in senses.get((m.first, m.last), ()) if a.value.entry is not sense.entry]
            if alts and not negated and (untold == "required word absent" or (untold or "").startswith("another sense")
                                         or (untold is None and not _conditioned(sense.entry))):
                # the same words as another entry's whose context they have (اقتحم: protesters
                # storming a building, 145, or armed men, 171); an entry that asks for a context
                # and has it outranks one that asks for none («فك الاعتصام بالقوة»: 175, not 082)
                for alt in alts:
                    if (untold is not None or _conditioned(alt.value.entry)) \
                            and self._untold(doc, alt, matches, untold_at) is None:
                        m, sense, untold = alt, alt.value, None
                        break
            if untold == "required word absent" and m.last > m.first:
                # a longer trigger without its word gives way to a shorter one inside it («فض
                # اعتصام العاطلين … بطريقة سلمية»: no force, the sit-in is still told)
                inner = sorted((x for x in found if m.first <= x.first and x.last <= m.last
                                and (x.first, x.last) != (m.first, m.last)), key=lambda x: x.first - x.last)
                for x in inner:
                    if self._untold(doc, x, matches, untold_at) is None and not self._negated(doc.tokens, x.first):
                        m, sense, untold = x, x.value, None
                        break
            if untold is None and not negated:
                m = self._refined_before(doc, m)
                sense = m.value
            start, end = doc.tokens[m.first].start, doc.tokens[m.last].end
            future = "س" in m.prefix and sense.form == "verb" or self._future_context(doc.tokens, m.first, named) \
                or self._planned(doc, m) or _purpose_lam(m)
            if untold is not None:
                negated = True  # not told as an act that took place: no event (the reason is kept)
                why[(start, end)] = untold
                untold_at[(m.first, m.last)] = untold
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
            long_subject = head in self.g.long_subject_verbs  # قضت الدائرة الجنائية … بالمحكمة … بالسجن
            for j in range(i + 1, min(len(tokens), i + (17 if long_subject else 10))):
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
                if long_subject and t.norm not in _PUNCT and t.norm not in self.g.clause_breakers \
                        and (j - 1 in covered or j - 1 == i or not _verb_like(t.norm)):
                    continue
                if not (j in covered or t.norm in self.g.adverbs or t.norm in ("،", ",") or t.norm in _QUOTE_TOKENS
                        or (t.norm in self.g.prepositions and j + 1 in covered)):
                    break  # (وجهت الحكومة السعودية إلى قطر إنذارا: a preposition before an actor is let through)
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
            if t.norm in self.g.negators or t.norm in self.g.denial_verbs or _strip_conj(t.norm) in self.g.cancel_words:
                if k == first - 2 and t.norm in self.g.negators and not self._carries(tokens[first - 1].norm):
                    break  # «ولم يخلف إطلاق النار إصابات»: the negator is the verb's between them
                return True  # لم يلتق، عدم التدخل، لم يتم اعتقاله، تأجيل الإضراب، إلغاء الزيارة
            if k < first - 1 and t.norm not in self.g.adverbs:
                break
        # «دون أن يوقع على اتفاق …»: the act and what depends on it did not happen
        window = [t.norm for _, t in _back(tokens, first, 6)]
        if any(a == "دون" and b == "ان" for a, b in zip(window[1:], window)):
            return True
        return any(_strip_conj(t.norm) in self.g.denial_verbs for _, t in _back(tokens, first, 7))

    def _carries(self, norm: str) -> bool:
        """A word between a negator and an event noun through which the negation reaches the noun:
        an adverb, an auxiliary or a light verb (لم يتم اعتقال، لم تنفذ الإضراب، لم يقع اعتداء)."""
        stem = _strip_conj(norm)
        return stem in self.g.adverbs or stem in self.g.light_verbs or stem in self.g.occurrence_verbs \
            or stem in ("يتم", "تتم", "تم", "يكن", "تكن", "يحصل", "يقع", "تقع") or stem in self.g.realizing

    def _future_context(self, tokens: list[Token], first: int, named: frozenset[int] = frozenset()) -> bool:
        """A future word before the trigger (سوف، من المقرر، يعتزم), or a verb in the future
        governing it (سنحاول دعم، ستعمل على تعزيز). Words of a name (``named``: سيرغي شويغو) are no verbs."""
        for k, t in _back(tokens, first, 3):
            if k in named:
                break
            stem = _strip_conj(t.norm)
            # ستعمل، سنحاول، سيقوم، سأزور: at least five letters, and not the endings of nouns and
            # names (سيارة، سيدة، ستة، سنة، سيناء، ساقيه، سيارتين، سيارات); سيتم and ستتم are in
            # grammar.future. The word before the trigger, or the one before على/إلى/أن there
            # (ستعمل على تعزيز).
            if len(stem) >= 5 and stem[0] == "س" and stem[1] in "يتنا" and stem[-1] not in "هاء" \
                    and not stem.endswith(("ين", "ات")) and stem not in self.g.adverbs:
                return True
            if t.norm not in ("علي", "الي", "ان"):
                break
        sentence = tokens[first].sentence
        for k in range(first - 1, max(-1, first - 5), -1):
            t = tokens[k]
            if t.sentence != sentence or t.norm in _PUNCT:
                return False
            stem = t.norm[1:] if t.norm[:1] in ("و", "ف") else t.norm
            if stem in self.g.future or t.norm in self.g.future:
                return True
            two = _strip_conj(tokens[k - 1].norm) + " " + t.norm if k > 0 else ""
            if two in self.g.future or (k > 0 and tokens[k - 1].norm + " " + t.norm in self.g.future):
                return True  # (و)من المنتظر أن
        return False

    def _planned(self, doc: Document, m: Match) -> bool:
        """A conflict act named by its noun and said to be planned: after a masdar of planning
        («قرروا تنفيذ إضراب»، «دعا إلى تنظيم مسيرة»، «إمكانية الدخول في اعتصام»), before a word of
        planning («الإضراب المبرمج»، «الإضراب الذي كان مقررا»), or dated after the publication day
        («إضراب يومي 8 و9 مارس»)."""
        if m.value.form != "noun" or m.value.entry.root not in _CONFLICT:
            return False
        tokens = doc.tokens
        k = m.first - 1
        if k >= 0 and tokens[k].norm in ("في", "الي", "على", "علي"):
            k -= 1  # الدخول في اعتصام
        if k >= 0 and tokens[k].sentence == tokens[m.first].sentence and _bare(tokens[k].norm) in self._masdars:
            before = tokens[k - 1].norm if k > 0 and tokens[k - 1].sentence == tokens[k].sentence else ""
            two = tokens[k - 2].norm + " " + before if k > 1 else ""
            if _strip_conj(before) not in self.g.plan_realized and two not in self.g.plan_realized:
                return True
        for j in range(m.last + 1, min(len(tokens), m.last + 4)):
            t = tokens[j]
            if t.sentence != tokens[m.first].sentence or t.norm in _PUNCT:
                break
            if t.norm in self.g.plan_markers:
                return True
        return self._called_for(tokens, m) or self._dated_later(doc, m)

    def _called_for(self, tokens: list[Token], m: Match) -> bool:
        """An event noun after «إلى» (or an attached ل) governed by a verb of appeal or decision
        (دعا الاتحاد إلى وقفة احتجاجية، دعت النقابة للإضراب): the act is asked for, not done."""
        k = m.first - 1
        while k >= 0 and tokens[k].norm in _QUOTE_TOKENS:
            k -= 1
        if m.prefix.lstrip("وف").startswith("ل"):
            k = m.first
        elif k < 0 or tokens[k].norm != "الي":
            return False
        sentence = tokens[m.first].sentence
        for j in range(k - 1, max(-1, k - 9), -1):
            t = tokens[j]
            if t.sentence != sentence or (t.norm in _PUNCT and t.norm not in ("،", ",")):
                return False
            if _strip_conj(t.norm) in self.g.plan_verbs:
                return True
        return False

    def _dated_later(self, doc: Document, m: Match) -> bool:
        """Does a date after the publication day follow the noun in its clause (إضراب يوم 5 جانفي،
        وقفة احتجاجية يوم الأربعاء القادم)?"""
        if doc.published is None or not doc.dates:
            return False
        tokens = doc.tokens
        end = tokens[m.last].end
        limit = tokens[min(len(tokens) - 1, m.last + 8)].end
        for k in range(m.last + 1, min(len(tokens), m.last + 9)):
            if tokens[k].sentence != tokens[m.first].sentence or tokens[k].norm in _PUNCT:
                limit = tokens[k].start
                break
        for d in doc.dates:
            if end <= d.start < limit and d.value and d.precision == "day" and d.value > doc.published.isoformat():
                return True
        return False

    def _untold(self, doc: Document, m: Match, matches: list[Match],
                untold_at: dict[tuple[int, int], str] | None = None) -> str | None:
        """Why a trigger is not an act the text tells as taking place, if it is not: a masdar of
        purpose for another act («احتجاجا على»), a reference to a known event («قضية اغتيال
        بلعيد»، «منفذ هجوم برلين»، «الحق في التظاهر»), a word of the entry's other sense next to it
        («هجوم قرش»، «هجمات إلكترونية»), or the pluperfect of background («وكان الأعوان قد نفذوا
        وقفة»)."""
        tokens = doc.tokens
        sense: Sense = m.value
        entry = sense.entry
        if m.first == m.last and _strip_conj(tokens[m.first].norm) in self.g.purpose_adverbs:
            return self._purpose(tokens, m, matches)
        if entry.requires and not entry.requires_before and not _followed_by(tokens, m, entry.requires, 8):
            return "required word absent"  # (checked here, where an entry of the same words may have its word)
        if entry.requires_before and not (_near_words(tokens, m, entry.requires, 8, after=True) or (
                (sense.form in ("verb", "phrase") or self._done_by_verb(tokens, m) or m.prefix.lstrip("وف")[:1] == "ل")
                and _near_words(tokens, m, entry.requires_before, 8, after=False))):
            # (a noun's means is told after it: «مقتل شرطي بالرصاص»; before it, an attack noun
            # names the act whose toll it is: «الهجوم أسفر عن مقتل 39 شخصا» — unless a verb of
            # doing governs the noun: «أقدم مسلحون على قتل شرطي»)
            return "required word absent"
        unless = self._unless.get(entry.id)
        if unless:
            for k in list(range(max(0, m.first - 2), min(len(tokens), m.last + 4))) + self._agent_window(tokens, m) \
                    + self._after_subject(doc, m):
                if m.first <= k <= m.last or tokens[k].sentence != tokens[m.first].sentence:
                    continue
                if tokens[k].norm in unless or _bare(tokens[k].norm) in unless:
                    return f"another sense ({tokens[k].norm})"
        if entry.unless_next and m.last + 1 < len(tokens) and tokens[m.last + 1].sentence == tokens[m.first].sentence \
                and tokens[m.last + 1].norm in entry.unless_next and not self._at_a_place(doc, m.last + 2):
            return f"another sense ({tokens[m.first].norm} {tokens[m.last + 1].norm})"
        if entry.root in _VIOLENCE or entry.root == "14":
            other = self._not_done(doc, m, matches, untold_at or {})
            if other:
                return other
        if sense.form == "noun" and entry.root in _CONFLICT:
            k = m.first - 1
            if k >= 0 and tokens[k].norm in self.g.demonstratives and "ال" in m.prefix \
                    and tokens[k].sentence == tokens[m.first].sentence:
                return f"an event already told ({tokens[k].norm} …)"
            while k > 0 and tokens[k].norm in _QUOTE_TOKENS:
                k -= 1  # خطر "هجمات إرهابية"
            if k > 0 and tokens[k].norm.isdigit():
                k -= 1  # العثور على 4 ألغام
            if k >= 0 and tokens[k].norm in self.g.prepositions and k > 0 and tokens[k].norm != "ضد":
                k -= 1  # التحقيق في التفجير، الحق في التظاهر (but «ضد تعطيل الإنتاج»: against the act)
            if k >= 0 and tokens[k].sentence == tokens[m.first].sentence and _bare(tokens[k].norm) in self._heads:
                return f"reference to an event ({tokens[k].norm} …)"
            if k >= 0 and tokens[k].sentence == tokens[m.first].sentence and entry.root in _VIOLENCE \
                    and (_bare(tokens[k].norm) in self._objects or tokens[k].norm in self._objects):
                return f"a weapon handled, not used ({tokens[k].norm} …)"
            other = self._referred(doc, m)
            if other:
                return other
            if entry.root in ("14", "18") and m.first > 0 and _is_count(tokens[m.first - 1].norm):
                return "a count of events (تسجيل 360 تحركا احتجاجيا)"
            if entry.root == "18" and self._named_by_place(doc, m):
                return "an attack named by its place (هجوم برلين، تفجيرات بروكسل)"
        if entry.root in ("14", "18", "19", "20"):  # (an arrest years ago is still the case of today's news)
            year = self._old_year(doc, m)
            if year:
                return f"history ({year})"
        if entry.root in ("14", "18", "19", "20") and sense.form == "noun" and not self._reported(tokens, m):
            old = self._dated_earlier(doc, m)
            if old:
                return f"an earlier event ({old})"
        if entry.root in ("14",) + tuple(_VIOLENCE) and (self._pluperfect(tokens, m) or self._background_head(doc, m)) \
                and not any(t.norm in _NEWS_DAYS for t in _sentence_tokens(doc, tokens[m.first].sentence)) \
                and not _recent_date(doc, tokens[m.first].sentence):
            # (a protest or an attack of yesterday, today or the last days so told is news:
            # «وكان السلطاني قد اختطف أمس»، «وكان مسلح هاجم صباح الجمعة دورية»)
            return "background (وكان … قد)"
        return None

    def _refined_before(self, doc: Document, m: Match) -> Match:
        """A refinement whose words may stand before the trigger (``before: true``): the side of a
        clash named before it — «واحتل المتظاهرون مبنى البرلمان واشتبكوا مع الشرطة» is a riot
        (145), not a fight. The refinements after the trigger (read by the event stage) come first."""
        entry = m.value.entry
        if not any(r.before for r in entry.refine):
            return m
        tokens = doc.tokens
        if any(_followed_by(tokens, m, r.words, 12) for r in entry.refine):
            return m
        for r in entry.refine:
            if r.before and _near_words(tokens, m, r.words, 8, after=False):
                cache = self.__dict__.setdefault("_refined_cache", {})
                refined = cache.get((entry.id, r.cameo))
                if refined is None:
                    refined = cache[(entry.id, r.cameo)] = replace(entry, cameo=r.cameo, refine=())
                return Match(m.first, m.last, m.prefix, m.suffix, m.key, Sense(refined, m.value.form, m.value.plural))
        return m

    def _background_head(self, doc: Document, m: Match) -> bool:
        """Does the trigger's sentence open in the pluperfect (وكانت روسيا قد أجلت … بعد تعرضه
        لهجوم): all it tells, however far, is background."""
        toks = _sentence_tokens(doc, doc.tokens[m.first].sentence)
        words = [t.norm for t in toks[:12] if t.norm not in _QUOTE_TOKENS]
        if words and words[0] in self.g.pluperfect and "قد" in words[1:5]:
            return True
        # «يذكر أن مدينة بن قردان قد شهدت …»، «جدير بالذكر أن الهيئة قد نفذت …»: a reminder
        head = " ".join(words[:4])
        return any(head.startswith(w) for w in self.g.background if " " in w and w.endswith(("ان", "الي ان"))) \
            and ("قد" in words[2:12] or "وقد" in words[2:12])

    def _done_by_verb(self, tokens: list[Token], m: Match) -> bool:
        """Is a noun governed through its preposition by a realizing verb of doing (أقدم على، عمد إلى،
        قام ب) — not one of harm suffered nor a result (أسفر عن، تسبب في)?"""
        if m.value.form != "noun":
            return False
        attached = m.prefix.lstrip("وف")[:1]
        at, prep = (m.first, attached) if attached in ("ب", "ل") else (m.first - 1, tokens[m.first - 1].norm if m.first else "")
        if at == m.first - 1 and prep not in self.g.prepositions:
            return False
        sentence = tokens[m.first].sentence
        for k in range(at - 1, max(-1, at - 1 - _REALIZING_WINDOW), -1):
            t = tokens[k]
            if t.sentence != sentence or (t.norm in _PUNCT and t.norm not in ("،", ",")) or t.norm in self.g.clause_breakers:
                return False
            stem = _strip_conj(t.norm)
            preps = self.g.realizing.get(stem) or self.g.realizing.get(t.norm)
            if preps and prep in preps:
                return stem not in self.g.victim_verbs and stem not in self.g.result_verbs
        return False

    def _after_subject(self, doc: Document, m: Match) -> list[int]:
        """The words right after an actor that follows the trigger (استهدفت حكومة علي العريض تحقيق
        نسبة 4 بالمائة): what the subject does is read for the entry's other senses too."""
        k = m.last + 1
        for a in doc.mentions:
            if a.first == k:
                return list(range(a.last + 1, min(len(doc.tokens), a.last + 4)))
        return []

    def _not_done(self, doc: Document, m: Match, matches: list[Match], untold_at: dict) -> str | None:
        """Why a protest or a violent act is not told as done, from the words around it: a failure
        («فشل في شن هجمات»), a threat («تهديد … بالاعتداء عليها»), a habit or a count («يقتلون سنويا»،
        «حوادث إطلاق النار»), the toll of an attack named by its own noun («قتل ثلاثة أشخاص في
        هجوم»: the attack is the event, the dead its target), or a relative clause about an act
        already not told («الاعتداء الأخير، الذي استهدف …»)."""
        tokens = doc.tokens
        sentence = tokens[m.first].sentence
        attached = m.prefix.lstrip("وف")
        # فشل في شن هجمات، عجز عن تنفيذ هجوم
        k = m.first - 1
        if m.value.form in ("noun", "phrase") and k >= 0 and tokens[k].norm in ("في", "عن"):
            for j, t in _back(tokens, k, 4):
                if t.norm in self.g.failure_verbs or _strip_conj(t.norm) in self.g.failure_verbs:  # (فشل: no و/ف)
                    return f"not done ({t.norm} {tokens[k].norm} …)"
        # هدد بالإضراب، تهديد أستاذتهما بالاعتداء عليها
        if m.value.form == "noun" and attached.startswith("ب"):
            for j, t in _back(tokens, m.first, 6):
                if _strip_conj(t.norm) in self.g.threat_words or t.norm in self.g.threat_words:
                    return f"threatened ({t.norm} … ب…)"
        # يقتلون سنويا، حوادث إطلاق النار
        for j in list(range(max(0, m.first - 2), m.first)) + list(range(m.last + 1, min(len(tokens), m.last + 4))):
            if tokens[j].sentence == sentence and (tokens[j].norm in self.g.habitual
                                                   or _strip_conj(tokens[j].norm) in self.g.habitual):
                return f"a habit or a count ({tokens[j].norm})"
        if m.value.form in ("verb", "phrase"):
            toll = self._toll_of(doc, m, matches)
            if toll:
                return toll
            k = m.first - 1
            if k >= 1 and tokens[k].norm in self.g.relatives:
                j = k - 1
                while j >= 0 and (tokens[j].norm in ("،", ",") or tokens[j].norm in _QUOTE_TOKENS
                                  or _strip_conj(tokens[j].norm) in self.g.attack_words
                                  or tokens[j].norm in self.g.reference_markers):
                    j -= 1
                for (first, last), why in untold_at.items():
                    if first <= j <= last and why != "required word absent":
                        return f"relative clause of an act not told ({why})"
        return None

    def _toll_of(self, doc: Document, m: Match, matches: list[Match]) -> str | None:
        """A verb of harm suffered as a trigger (قتل، لقي مصرعه) whose clause names the attack by its
        own noun after في/خلال/إثر: «قتل ثلاثة جنود في هجوم مسلح». The attack is the event (its
        realizing verb gives it the victim); the killing is its toll."""
        tokens = doc.tokens
        head = _strip_conj(tokens[m.first].norm)
        preps = self.g.realizing.get(head) if head in self.g.harm_verbs else None
        if not preps:
            return None
        sentence = tokens[m.first].sentence
        k = m.last + 1
        while k < len(tokens) and tokens[k].sentence == sentence and tokens[k].norm in self.g.adverbs:
            k += 1
        if not any(a.first == k for a in doc.mentions):
            return None  # (no victim named right after it — «قتل 3 جنود»: the killing keeps the victims)
        starts = {x.first: x for x in matches if x.value.form == "noun" and x.value.entry.root in _VIOLENCE}
        for k in range(m.last + 1, min(len(tokens) - 1, m.last + 10)):
            t = tokens[k]
            if t.sentence != sentence or t.norm in _PUNCT and t.norm not in ("،", ","):
                return None
            if t.norm in preps and k + 1 in starts:
                return f"toll of an attack told by its noun ({t.norm} {tokens[k + 1].norm})"
            if k in starts and starts[k].prefix.lstrip("وف")[:1] == "ب" and "ب" in preps:
                return f"toll of an attack told by its noun ({t.norm})"
        return None

    def _referred(self, doc: Document, m: Match) -> str | None:
        """A violent or protest noun named as one already known: a word after it that says so
        («الاعتداء الأخير»، «العملية الإرهابية الأخيرة»), or a case or charge that governs the
        coordination it belongs to («من أجل بيع الخمر خلسة والاعتداء بالعنف»، «بتهمة تحويل وجهة
        فتاة … واغتصابها»)."""
        tokens = doc.tokens
        entry = m.value.entry
        sentence = tokens[m.first].sentence
        if entry.root not in _VIOLENCE and entry.root != "14":
            return None
        j = m.last + 1
        head_last = m.first == m.last or _nisba_word(tokens[m.last].norm)  # not «قطع الطريق المذكورة»
        if j < len(tokens) and tokens[j].sentence == sentence and _nisba_word(tokens[j].norm) \
                and tokens[j].norm not in self.g.reference_markers:
            j, head_last = j + 1, True  # العملية الإرهابية الأخيرة
        if head_last and j < len(tokens) and tokens[j].sentence == sentence and tokens[j].norm in self.g.reference_markers:
            return f"reference to an event (… {tokens[j].norm})"
        if m.prefix[:1] == "و":
            for j, t in _back(tokens, m.first, 12):
                if t.norm in self.g.clause_breakers:
                    break
                if _bare(t.norm) in self._charges or t.norm in self._charges:
                    return f"reference to an event ({t.norm} … و…)"
                if entry.root in _VIOLENCE and (_bare(t.norm) in self._objects or t.norm in self._objects):
                    return f"a weapon handled, not used ({t.norm} … و…)"  # لتصنيع … من أحزمة وعبوات ناسفة
        return None

    def _at_a_place(self, doc: Document, k: int) -> bool:
        """Does token ``k`` name a place, a building or a body (قطع الطريق أمام المحكمة، أمام مقر
        الولاية)? Then the preposition before it is meant literally."""
        if k >= len(doc.tokens):
            return False
        tok = doc.tokens[k]
        return _strip_conj(tok.norm) in self.g.addressee_fillers or any(p.start == tok.start for p in doc.places) \
            or any(a.first == k and a.kind != "person" for a in doc.mentions)

    def _agent_window(self, tokens: list[Token], m: Match) -> list[int]:
        """The words right after an agent marker that follows the trigger (تعرض لهجوم … من طرف
        مجموعة من الكلاب): the agent is read for the entry's other senses too."""
        sentence = tokens[m.first].sentence
        for k in range(m.last + 1, min(len(tokens) - 1, m.last + 12)):
            if tokens[k].sentence != sentence:
                break
            one, two = tokens[k].norm, tokens[k].norm + " " + tokens[k + 1].norm
            if two in self.g.agent_markers:
                return list(range(k + 2, min(len(tokens), k + 6)))
            if one in self.g.agent_markers:
                return list(range(k + 1, min(len(tokens), k + 5)))
        return []

    def _named_by_place(self, doc: Document, m: Match) -> bool:
        """An attack noun whose genitive is a place (هجوم برلين، اعتداءات "بروكسل"، تفجير سان
        بطرسبرغ، هجوم بن قردان): the attack is named, as one already known. (With a preposition —
        هجوم في برلين، هجوم على بن قردان — the place is where the act is told to happen.)"""
        tokens = doc.tokens
        k = m.last + 1
        while k < len(tokens) and tokens[k].norm in _QUOTE_TOKENS:
            k += 1
        if k >= len(tokens) or tokens[k].sentence != tokens[m.first].sentence or m.suffix:
            return False
        start = tokens[k].start
        return any(p.start == start for p in doc.places)

    def _dated_earlier(self, doc: Document, m: Match) -> str | None:
        """For an event noun governed by a preposition (a complement, not the act of its clause):
        the date nearest it in its sentence, when more than ten days before publication (جريمة
        بشعة في 24 مارس الماضي تمثلت في اختطاف، عدد القتلى في هجوم إرهابي وقع يوم 7 أفريل): a
        past event the news refers to. Not «منذ 3 أسابيع» (still going on), not in a sentence that
        says «today»."""
        if doc.published is None or not doc.dates:
            return None
        tokens = doc.tokens
        if any(t.norm in _NEWS_DAYS for t in _sentence_tokens(doc, tokens[m.first].sentence)):
            return None
        sentence = doc.sentences[tokens[m.first].sentence]
        lo, hi = tokens[max(0, m.first - 8)].start, tokens[min(len(tokens) - 1, m.last + 8)].end
        here = [d for d in doc.dates if sentence.start <= d.start < sentence.end and lo <= d.start <= hi
                and d.value and d.precision in ("day", "month") and not fold(d.text or "").startswith("منذ")]
        if not here:
            return None
        mid = tokens[m.first].start
        d = min(here, key=lambda d: abs(d.start - mid))
        value = d.value if d.precision == "day" else d.value + "-28"
        try:
            age = (doc.published - date.fromisoformat(value)).days
        except ValueError:
            return None
        return d.text if age > 10 else None

    def _old_year(self, doc: Document, m: Match) -> str | None:
        """A year two or more before publication named in the trigger's sentence (ففي عام 1856
        خرج آلاف النساء، قصف جزيرة يونبيونغ في نوفمبر 2010، محاولة اغتيال … في 25 سبتمبر 1997):
        history, not news. «منذ 2011» is left out: what goes on since then is still news. With no
        publication date, the latest year the text names stands for it."""
        year = doc.published.year if doc.published is not None else _latest_year(doc)
        if year is None:
            return None
        tokens = doc.tokens
        sentence = tokens[m.first].sentence
        after = []
        for k in range(m.last + 1, min(len(tokens), m.last + 22)):  # (… خالد مشعل في العاصمة الأردنية عمان في 25 سبتمبر 1997)
            if tokens[k].sentence != sentence or tokens[k].norm in self.g.relatives:
                break  # (a relative clause after it dates something else: «… الذي تولى منصبه عام 2009»)
            after.append(k)
        for k in list(range(m.first - 1, max(-1, m.first - 15), -1)) + after:
            t = tokens[k]
            if t.sentence != sentence:
                continue
            if len(t.norm) == 4 and t.norm.isdigit() and 1800 <= int(t.norm) <= year - 2:
                j = k - 1
                if j > 0 and tokens[j].norm == ")":  # في تشرين أول (أكتوبر) 2013
                    while j > 0 and tokens[j].norm != "(" and k - j < 5:
                        j -= 1
                    j -= 1
                prev = _strip_conj(tokens[j].norm) if j >= 0 else ""
                if prev in self.g.approximators or prev in ("الي", "و"):
                    continue  # نحو 2000 شخص، من 1500 إلى 2000 متظاهر: a count, not a year
                between = range(k + 1, m.first) if k < m.first else range(m.last + 1, k)
                if any(tokens[j].norm in _NEWS_DAYS for j in between):
                    continue  # «الراعي الذي قتلته مجموعة إرهابية في نوفمبر 2015 تعرض شقيقه اليوم إلى عملية اختطاف»
                if prev and not prev.isdigit() and prev not in ("منذ", "ومنذ") and prev not in _PUNCT:
                    return t.norm
        return None

    def _purpose(self, tokens: list[Token], m: Match, matches: list[Match]) -> str | None:
        """«احتجاجا على …» says that the act it follows was a protest. It stands for that act when
        the act has no trigger of its own (أغلق مواطنون مقر المعتمدية احتجاجا على …), and then
        takes its modality: none when another trigger of the family is in the sentence (أضرب العمال
        احتجاجا، the strike is the event), or when the clause plans, threatens or decides it
        (قرروا … احتجاجا، هددوا ب… احتجاجا، سيتم … احتجاجا)."""
        sentence = tokens[m.first].sentence
        root = m.value.entry.root
        for other in matches:
            if other is not m and tokens[other.first].sentence == sentence and other.value.entry.root == root \
                    and not (other.first == other.last and _strip_conj(tokens[other.first].norm) in self.g.purpose_adverbs) \
                    and self._reported(tokens, other):
                return "purpose of another act (… احتجاجا على)"
        k = m.first - 1
        while k >= 0 and tokens[k].sentence == sentence:
            stem = _strip_conj(tokens[k].norm)
            two = tokens[k - 1].norm + " " + tokens[k].norm if k > 0 else ""
            if stem in self.g.future or two in self.g.future or stem in self.g.plan_verbs \
                    or stem in self.g.plan_masdars or stem in self.g.negators \
                    or (len(stem) >= 5 and stem[0] == "س" and stem[1] in "يتن" and stem[-1] not in "هاء"):
                return "purpose of a planned act (… احتجاجا على)"
            k -= 1
        return None

    def _reported(self, tokens: list[Token], m: Match) -> bool:
        """Is a trigger one the event stage will read as the act (a verb or phrase, a noun that no
        preposition governs, or one after a realizing verb near enough: «عمد المحتجون إلى غلق
        الطريق»)? A noun far from its realizing verb (أقدم، صبيحة اليوم، عدد من متساكني … على
        غلق طريق) is read as a reference, and «احتجاجا» after it has to tell the protest."""
        if m.value.form != "noun":
            return True
        attached = m.prefix.lstrip("وف")[:1]
        at, prep = (m.first, attached) if attached in ("ب", "ل") else (m.first - 1, tokens[m.first - 1].norm if m.first else "")
        if at == m.first - 1 and prep not in self.g.prepositions:
            return True
        sentence = tokens[m.first].sentence
        for k in range(at - 1, max(-1, at - 1 - _REALIZING_WINDOW), -1):
            t = tokens[k]
            if t.sentence != sentence or (t.norm in _PUNCT and t.norm not in ("،", ",")) or t.norm in self.g.clause_breakers:
                return False
            preps = self.g.realizing.get(_strip_conj(t.norm)) or self.g.realizing.get(t.norm)
            if preps and prep in preps:
                return True
        return False

    def _pluperfect(self, tokens: list[Token], m: Match) -> bool:
        """Is the trigger in a pluperfect clause: كان/كانت earlier in it, and قد between, or a past
        verb as the trigger (وكان العمال نفذوا وقفة), or the noun right after it (وكان الهجوم أسفر)?"""
        sentence = tokens[m.first].sentence
        for k in range(m.last + 1, min(len(tokens) - 1, m.last + 4)):  # أعمال شغب كانت قد اندلعت
            if tokens[k].sentence != sentence or tokens[k].norm in _PUNCT:
                break
            if tokens[k].norm in self.g.pluperfect and tokens[k + 1].norm == "قد":
                return True
        saw_qad = saw_light = False
        first_word = _strip_conj(tokens[m.first].norm)
        if m.value.form in ("verb", "phrase") and len(first_word) >= 4 and first_word[0] in "يتن" \
                and not (first_word[0] in "تن" and first_word.endswith(("وا", "ت", "تا"))):
            # كان + present: the past progressive of the story (وكان المحتجون يرفعون شعارات); نفذوا،
            # تظاهروا، نظمت are past forms that begin with ن or ت
            return False
        for k in range(m.first - 1, max(-1, m.first - 16), -1):
            t = tokens[k]
            if t.sentence != sentence or (t.norm in _PUNCT and t.norm not in ("،", ",")):
                return False
            stem = _strip_conj(t.norm)
            if t.norm in ("قد", "وقد"):
                saw_qad = True
            elif stem in self.g.light_verbs or (stem.endswith("وا") and stem[:-2] in self.g.light_verbs):
                saw_light = True  # وكان الأساتذة نفذوا سابقا وقفة احتجاجية
            elif t.norm in self.g.pluperfect:
                # with قد anywhere; without it, a clause that opens with the auxiliary (وكان العمال
                # نفذوا …), or the noun right after it (وكان الهجوم أسفر) — not «كان أول من اعتدى»
                opens = k == 0 or tokens[k - 1].sentence != sentence or tokens[k - 1].norm in _PUNCT
                return saw_qad or ((m.value.form in ("verb", "phrase") or saw_light) and opens) or k == m.first - 1
            elif t.norm in self.g.clause_breakers:
                return False
        return False

    def _masdar_after_preposition(self, tokens: list[Token], found: list[Match]) -> list[Match]:
        """A conflict word that is both a past verb and a masdar (قتل، طعن، خطف) is the masdar after a
        preposition (أقدم على قتل شرطي، اعتقل من أجل قتل): its verb reading is dropped there."""
        nouns = {(m.first, m.last) for m in found if m.value.form == "noun"}
        if not nouns:
            return found
        return [m for m in found if not (m.value.form == "verb" and m.value.entry.root in _CONFLICT
                                         and (m.first, m.last) in nouns and m.first > 0
                                         and (tokens[m.first - 1].norm in self.g.prepositions
                                              or _bare(tokens[m.first - 1].norm) in self._heads))]

    def _announced(self, tokens: list[Token], k: int) -> bool:
        """Is the «عن» at ``k`` governed by a verb of announcement within eight words before it, in
        its clause (commas and adverbs between: «أعلنت الوزارة، مساء أمس، عن …»)?"""
        sentence = tokens[k].sentence
        for j in range(k - 1, max(-1, k - 10), -1):
            t = tokens[j]
            if t.sentence != sentence or (t.norm in _PUNCT and t.norm not in ("،", ",")) or t.norm in self.g.clause_breakers:
                return False
            if _strip_conj(t.norm) in self.g.announce_verbs or t.norm in self.g.announce_verbs:
                return True
        return False

    def _occurring(self, doc: Document, matches: list[Match]) -> list[Match]:
        """A definite event noun that is the subject of a verb of occurrence (تجددت الاحتجاجات،
        تتواصل المواجهات، اندلعت المواجهات) tells the event: it becomes a phrase from the verb to the
        noun, so that it is no reference. (With «بين X و Y» after it, X an actor, the noun keeps its
        two sides.)"""
        tokens = doc.tokens
        covered = {k for m in matches for k in range(m.first, m.last + 1)}
        starts = {a.first for a in doc.mentions}
        out = []
        for m in matches:
            k = m.first - 1
            verb = _strip_conj(tokens[k].norm) if k >= 0 else ""
            if m.value.form == "noun" and "ال" in m.prefix and k >= 0 and k not in covered \
                    and tokens[k].sentence == tokens[m.first].sentence \
                    and (verb in self.g.occurrence_verbs or (verb in ("تم", "تمت") and m.value.entry.root in _CONFLICT)) \
                    and not (m.last + 2 < len(tokens) and tokens[m.last + 1].norm == "بين" and m.last + 2 in starts):
                prefix = tokens[k].norm[:1] if tokens[k].norm[:1] in ("و", "ف") and tokens[k].norm[1:] == verb else ""
                m = Match(k, m.last, prefix, m.suffix, tokens[k].norm[len(prefix):] + " " + m.key,
                          Sense(m.value.entry, "phrase"))
            elif m.value.form == "noun" and m.value.entry.root in ("17", "18", "19", "20") and k >= 0 \
                    and tokens[k].norm == "عن" and k not in covered and not m.prefix.lstrip("وف") \
                    and self._announced(tokens, k):
                # «أعلنت وزارة الداخلية عن مقتل إرهابيين»، «كشفت الوزارة عن إيقاف …»: an act of force
                # announced is told, not a topic (an announced strike is a plan: not protests)
                m = Match(k, m.last, "", m.suffix, "عن " + m.key, Sense(m.value.entry, "phrase"))
            out.append(m)
        return out


@dataclass(slots=True)
class _Context:
    """What the document has said so far: its topic, its dyad, the date the story is at."""

    topic: ActorMention | None = None
    dyad: list[str] = field(default_factory=list)  # countries in play, most recent last
    story_date: DateValue | None = None
    home: str | None = None  # the country the document is mostly about
    subjects: list = field(default_factory=list)  # the sources of the sentence's last act told


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

    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        # words of a trigger phrase are not actors of it (القضاء in «القضاء على إرهابيين»)
        doc.cache["trigger_spans"] = [(m.first, m.last) for m in doc.cache.get("trigger_matches", [])
                                      if m.last > m.first]
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
            told = None
            ctx.subjects = []
            for trig, match in triggers_by_sentence.get(sent.index, []):
              if told is not None and (match.prefix[:1] in ("و", "ف") or match.value.form == "participle"):
                  ctx.topic = told  # a conjoined verb or a circumstantial goes on with the last subject
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
                    continue
                seen.add(key)
                events.append(ev)
              if telling:
                  ctx.subjects = telling  # (قطعت السعودية ومصر والإمارات علاقاتها … واتهمتها: each of them)
            ctx.story_date = _next_story_date(doc, sent.index, own_dates, background, ctx.story_date)
            # the actor the sentence was about: the last subject its events named, else its first
            # ungoverned actor; a sentence whose verbs only took the topic goes on with it (وهددوا …)
            topic = ctx.topic
            carried = topic is not None and any(
                e.sentence == sent.index and e.source is not None and (e.source.start, e.source.end) == (topic.start, topic.end)
                for e in events)
            subj = told or (None if carried else self._sentence_subject(tokens, mentions, sent))
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
        why = doc.cache.setdefault("dropped", {})
        if trig.negated:
            return _dropped(why, trig, "negated")
        if self._hypothetical(tokens, match.first):
            return _dropped(why, trig, "hypothetical or question")
        if self._aimed_at(tokens, match.first):
            return _dropped(why, trig, "an aim or a wish, not an act")
        if self._in_slogan(tokens, match):
            return _dropped(why, trig, "a slogan or a banner")
        if entry.root in ("18", "19") and _followed_by(tokens, match, _SELF, 3):
            return _dropped(why, trig, "harm to oneself")  # أقدم شاب على الاعتداء على نفسه
        if self._described(tokens, match, mentions):
            return _dropped(why, trig, "a description, not an act (الذي يسيطر على، مقاتلين يقاتلون)")
        if self._anaphoric(doc, match):
            return _dropped(why, trig, "anaphoric (an event already told)")
        if self._complement(doc, match):
            return _dropped(why, trig, "complement of another trigger")
        if sense.form == "participle" and any(m.first <= match.first <= m.last for m in mentions):
            return _dropped(why, trig, "participle names an actor")  # محتجين، مسلحين

        code = self._refine(tokens, match, entry)
        if code[:2] == "02" and self._calls_to_protest(doc, match):
            code = "133"  # دعت النقابة إلى الإضراب، إضراب عام دعا إليه الاتحاد: a strike announced
        if trig.future:
            if code[:2] in _INTENT_OF:
                code = _INTENT_OF[code[:2]]
            elif code[:2] == "14":
                code = "133"  # a strike or a rally announced: a threat of protest (CAMEO 133)
            elif code[:2] in ("15", "17", "18", "19", "20"):
                return _dropped(why, trig, "future conflict act")
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
                sources, target = [passive_agent], subject
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
                and _strip_conj(tokens[match.first].norm) in self.g.harm_verbs:
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
            gathered = self._gathering(tokens, match, actors) if agent is None and code[:2] == "04" else None
            resumed = self._resumed_agent(tokens, match, actors) if agent is None and gathered is None else None
            if agent is not None:
                sources = [agent]
            elif gathered is not None:
                sources, target = [gathered[0]], gathered[1]  # جلسة عمل جمعت الوالي بممثلي المحتجين
            elif resumed is not None:
                sources = [resumed]  # جلسة عمل عقدتها الغرفة مع وزارة التجارة
            elif (entry.genitive == "agent-only" or "ال" in match.prefix) and not own and target is None \
                    and not (code[:2] in _UNKNOWN_AGENT_OK and self._target(tokens, match, actors, entry, None)) \
                    and not (match.first > 0 and _strip_conj(tokens[match.first - 1].norm) in self.g.passive_auxiliaries):
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
                sources = [self._clause_subject(tokens, match, actors, window=window)]
        sources = [s for s in sources if s is not None]
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
                if len(ctx.subjects) > 1 and match.prefix[:1] in ("و", "ف") and sense.form == "verb":
                    sources = list(ctx.subjects)  # a conjoined verb after a chain of subjects: all of them
                else:
                    sources = [ctx.topic] if ctx.topic is not None else ([None] if code[:2] in _IMPLICIT_AUTHOR_OK else [])
        if both is not None and len(ctx.dyad) >= 2:
            sources = [_country_mention(both, ctx.dyad[-2])]
            target = _country_mention(both, ctx.dyad[-1])
        if target is None and code[:2] in _UNKNOWN_AGENT_OK and sense.form == "noun":
            target = self._harmed_before(tokens, match, actors)  # قتل 5 دبلوماسيين في هجوم، أصيب شرطي في انفجار
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
        if not sources:
            _dropped(why, trig, "no source")
        return out

    def _complete(self, doc, trig, match, mentions, actors, ctx, entry, code, source, target) -> Event | str:
        """The event of one source, or the reason there is none."""
        tokens = doc.tokens
        # a condemnation of an attack is aimed at its author (none when unnamed), not its victims
        attack = self._attack_object(doc, match, source) if target is None and code[:2] in _ABOUT_ATTACKS else None
        if attack is not None:
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
        if target is None and attack is None:
            target = self._pronoun_target(tokens, match, mentions, entry, source)
        source = self._with_context_country(doc, source, trig.sentence, ctx)
        target = self._with_context_country(doc, target, trig.sentence, ctx)
        if target is None and code[:2] in _NEEDS_TARGET and attack is None:
            target = self._any_target(tokens, match, actors, source)
        if target is not None and source is not None and _state_addressed(source, target):
            target = replace(target, sector="GOV", code=target.country + "GOV", note="target:state")
        if (target is None and attack is None) or (target is not None and target.country is None and not _sectoral(target, ctx)
                                                   and not _stateless_group(target)) \
                or _same_actor(source, target):
            target = self._fallback_target(tokens, match, mentions, source, ctx, code)
        if source is None and code[:2] == "17" and (target is not None or code[:3] in ("173", "174")):
            source = self._authorities_of_place(doc, trig, target)  # القبض على مرتكبي الجريمة: the police
        if source is None and code[:3] == "084" and target is not None:
            # الإفراج عن عالمي الاجتماع الروسيين المحتجزين في طرابلس: released by those who held them
            source = self._implicit_actor(doc, trig, "GOV", "agent:authorities")
        if source is None and code[:2] == "14":
            source = self._implicit_actor(doc, trig, "CVL", "agent:protesters")  # people of the place
        if source is None and code[:2] in _UNKNOWN_AGENT_OK:
            # an attack whose authors are not named is still an event (source null), when it has a
            # victim or a place
            s_ = doc.sentences[trig.sentence]
            if target is None and not any(s_.start <= p.start < s_.end for p in doc.places):
                return "attack with no author, victim or place"
            if target is None:
                # «إطلاق نار في مسجد بمدينة كيبيك»: the country struck is the one of the place told
                # after the act
                place = next((p for p in doc.places if p.country and s_.start <= p.start < s_.end and
                              (0 <= p.start - trig.end <= _PLACE_OF_ATTACK or 0 <= trig.start - p.end <= _PLACE_OF_ATTACK)), None)
                label = next((m for m in mentions if _label(tokens, m) and m.country and m.country != "IGO"), None)
                country = place.country if place is not None else (label.country if label is not None else None)
                if country is not None:
                    target = ActorMention(trig.start, trig.start, "", None, country, None, country,
                                          "implicit", trig.sentence, note="target:place of the attack")
                elif not any(s_.start <= p.start < s_.end and p.country for p in doc.places):
                    return "attack with no author, victim or place"
        elif source is None or (source.country is None and not _stateless_group(source) and not _sectoral(source, ctx)):
            return "source has no country"
        if target is not None and target.country is None and not _stateless_group(target) and not _sectoral(target, ctx):
            target = None
        if target is None and code[:2] in ("11", "17"):
            target = self._in_right_of(tokens, match, actors, source)  # قضت المحكمة … بالسجن … في حق X
        if target is None and code[:2] == "09" and source is not None and source.country and source.country != "IGO":
            # فتحت السلطات تحقيقا في الموضوع: an inquiry into its own country's affairs
            target = ActorMention(trig.start, trig.start, "", None, source.country, None, source.country,
                                  "implicit", trig.sentence, note="target:own country")
        if target is None and code[:3] in ("173", "174", "084") and source is not None and source.country \
                and source.country != "IGO":
            # an arrest or a deportation is of people, whom the text may not name (تم إيقاف 3 أشخاص is
            # found; «أسفرت الحملة عن إيقافات»): people of the authorities' country
            target = ActorMention(trig.start, trig.start, "", None, source.country, "CVL", source.country + "CVL",
                                  "implicit", trig.sentence, note="target:the arrested")
        if target is None and code[:2] in _ADDRESSED_TO_STATE and source is not None and source.country \
                and source.country == ctx.home and (source.sector in _NON_STATE or (code[:2] == "13" and source.sector != "GOV")):
            # «طالب المحتجون بالتدخل»، «هدد المتساكنون بالدخول في اعتصام»، «قررت النقابة إلغاء الإضراب»:
            # what people of a country ask, threaten or concede with no addressee named is addressed
            # to its government
            target = ActorMention(trig.start, trig.start, "", None, source.country, "GOV", source.country + "GOV",
                                  "implicit", trig.sentence, note="target:own government")
        if target is None and code[:2] in _NEEDS_TARGET and attack is None:
            return "no target"
        if target is not None and _same_actor(source, target):
            return "source and target are one actor"
        if source is None and target is None:
            return "neither side known"
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
            # «لفض اعتصام ينفذه المحتجون»: the sit-in the police break up took place
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

    def _refine(self, tokens: list[Token], match: Match, entry) -> str:
        """The entry's more specific code when one of its refinement words follows within 12 tokens."""
        return next((r.cameo for r in entry.refine if _followed_by(tokens, match, r.words, 12)), entry.cameo)

    # ---- arguments -----------------------------------------------------------------------
    def _verb_subject(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        sentence = tokens[match.first].sentence
        # VSO: the first actor after the verb, before any preposition (a dual or plural verb has
        # its subject before it: «حفتر والسراج زارا موسكو»)
        front = self._fronted_subject(tokens, match, actors)
        if front is not None:
            return front
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
            break
        # SVO: the nearest actor before the verb in the same clause, not governed by a preposition
        # (not for a verb joined by و/ف: «واحتل المتظاهرون مبنى البرلمان واشتبكوا مع الشرطة» — the
        # actor before it is the object of the verb before)
        if match.prefix[:1] in ("و", "ف") and match.value.form == "verb":
            return None, None
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
                if k == match.first - 1 and t.norm in self.g.relatives:
                    # «المهدي بن غربية، الذي تحادث معهم»: the antecedent is the subject
                    j = k - 1 if k > 0 and tokens[k - 1].norm not in ("،", ",") else k - 2
                    m = _mention_ending_at(actors, j) if j >= 0 else None
                    if m is not None and tokens[j].sentence == sentence:
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
        if entry.root in ("18", "19", "20") and gen.kind in ("country", "capital"):
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
            return before not in self.g.light_verbs and not self._realized(tokens, match.first - 1, prev)
        definite = "ال" in match.prefix or bool(match.suffix) or self._construct(doc, match)
        if match.last + 1 < len(tokens) and tokens[match.last + 1].norm == "بين" and \
                tokens[match.last + 1].sentence == tokens[match.first].sentence:
            return False  # خلال الاشتباكات بين الجيش ومجموعة إرهابية: the clash itself, with its sides
        if prev == "من" and match.first > 1 and self._quantifier(tokens[match.first - 2].norm):
            return False  # جملة من الإيقافات، سلسلة من الاعتقالات: a number of acts, not one already told
        if definite and prev in self.g.prepositions and match.first > 1:
            before = _strip_conj(tokens[match.first - 2].norm)
            if before in self.g.light_verbs or self._realized(tokens, match.first - 1, prev):
                return False  # شارك في الهجوم، دخلوا في الإضراب: the act itself
        return definite and (prev in self.g.anaphoric or prev in self.g.prepositions)

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
        """A correspondent or a source who tells the news (مراسل الجوهرة، مصدر أمني) is no side of it."""
        if m.first < 0 or m.kind != "role":
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
        أصيب ثلاثة جنود في انفجار لغم): the subject of that verb."""
        sentence = tokens[match.first].sentence
        for k in range(match.first - 1, max(-1, match.first - 12), -1):
            t = tokens[k]
            if t.sentence != sentence or t.norm in (".", "؛", ";"):
                return None
            if _strip_conj(t.norm) in self.g.harm_verbs:
                verb = Match(k, k, "", "", t.norm, Sense(match.value.entry, "verb", _plural_verb(_strip_conj(t.norm))))
                victim, _ = self._verb_subject(tokens, verb, actors)
                return victim if victim is not None and victim.last < match.first else None
        return None

    def _relative_to_act(self, doc: Document, match: Match) -> bool:
        """Is the verb in a relative clause about an act (الهجوم الذي استهدف، العملية التي نفذت)?"""
        tokens = doc.tokens
        k = match.first - 1
        if k >= 0 and k in doc.cache.get("trigger_tokens", ()) and not match.prefix:
            return any(m.first <= k <= m.last and m.value.entry.root in ("18", "19", "20")
                       for m in doc.cache.get("trigger_matches", []))  # في هجوم استهدف نقطة تفتيش
        if k < 1 or tokens[k].norm not in self.g.relatives:
            return False
        j = k - 1
        while j >= 0 and (tokens[j].norm in ("،", ",") or _strip_conj(tokens[j].norm) in self.g.attack_words):
            j -= 1
        return j >= 0 and j in doc.cache.get("trigger_tokens", ())

    def _protested_at(self, tokens: list[Token], match: Match, source, actors: list[ActorMention]):
        """Whom a protest is against when a purpose word names it (احتجاجا على سياسة المماطلة من
        قبل سلطة الإشراف، تنديدا بقرار وزارة التربية): the first state body after that word."""
        sentence = tokens[match.first].sentence
        for k in range(match.last + 1, min(len(tokens), match.last + _TARGET_WINDOW)):
            if tokens[k].sentence != sentence or tokens[k].norm in (".", "؛", ";"):
                return None
            if _strip_conj(tokens[k].norm) in self.g.protest_purposes:
                for m in actors:
                    if k < m.first <= k + 12 and m.sector in _STATE_BODIES \
                            and m is not source and not _same_actor(source, m):
                        return m
                return None
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
                if m.first == k and trig.cameo[:2] in ("18", "19", "20"):
                    author = self._passive_agent(tokens, m, [a for a in doc.mentions if not a.locative])
                    return (author,)
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

    def _pronoun_target(self, tokens: list[Token], match: Match, mentions: list[ActorMention], entry, source):
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
            if tokens[j].sentence == tokens[match.first].sentence and tokens[j].norm not in _PUNCT \
                    and not any(m.first <= j <= m.last for m in mentions) and match.prefix[:1] not in ("و", "ف"):
                return None
        k = match.last + 1
        if not pronoun and k < len(tokens) and tokens[k].sentence == tokens[match.first].sentence:
            norm = _strip_conj(tokens[k].norm)
            for prep in entry.targets:
                if prep != "obj" and any(norm == prep + p or norm == _prep_form(prep) + p for p in _PRONOUNS):
                    pronoun = True
                    break
        if not pronoun:
            return None
        sentence = tokens[match.first].sentence
        for m in reversed(mentions if mentions is not None else []):
            if m.last < match.first and m.sentence == sentence and not m.locative and m is not source \
                    and not _same_actor(source, m) and m.country is not None:
                return m
        return None

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
        sentence = tokens[at].sentence
        for k in range(at - 1, max(-1, at - 1 - _REALIZING_WINDOW), -1):
            t = tokens[k]
            if t.sentence != sentence or (t.norm in _PUNCT and t.norm not in ("،", ",")) or t.norm in self.g.clause_breakers:
                return None
            preps = self.g.realizing.get(_strip_conj(t.norm)) or self.g.realizing.get(t.norm)
            if preps and prep in preps:
                return k
        return None

    def _nominal(self, match: Match) -> bool:
        """Is a trigger phrase a noun phrase (جلسة عمل، وقفة احتجاجية) rather than a verb phrase
        (عقد جلسة، وجه انتقادات)? Its first word is definite or in -ة and is no verb form."""
        first = match.key.split(" ", 1)[0]
        if first in self.lexicon.verb_words or first in self.g.light_verbs or first in self._speech_forms \
                or first in self.g.realizing:
            return False
        return first.startswith("ال") or first.endswith("ه")

    def _gathering(self, tokens: list[Token], match: Match, actors: list[ActorMention]):
        """(one side, the other) of a meeting told with whom it brought together: «جلسة عمل جمعت
        والي الجهة بممثلي المعتصمين», «جلسة تفاوض بمقر الولاية بين الوالي وممثلي المنطقة»."""
        sentence = tokens[match.first].sentence
        for k in range(match.last + 1, min(len(tokens), match.last + 9)):
            t = tokens[k]
            if t.sentence != sentence or t.norm in (".", "؛", ";"):
                return None
            norm = _strip_conj(t.norm)
            gather = any(norm == v or (norm.startswith(v) and norm[len(v):] in _PRONOUNS) for v in self.g.gathering_verbs)
            if gather or norm == "بين":
                a = next((m for m in actors if k < m.first <= k + 4), None)
                if a is None:
                    return None
                b = next((m for m in actors if a.last < m.first <= a.last + 4
                          and (m.prefix.lstrip("و")[:1] == "ب" or m.prefix.startswith("و")
                               or tokens[m.first - 1].norm in ("مع", "و")
                               or tokens[a.last + 1].norm[:1] == "و")), None)  # (ومجموعة من ممثلي)
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
            return None
        verb = Match(k, k, "", "", norm, Sense(match.value.entry, "verb", _plural_verb(stem or norm)))
        subject, _ = self._verb_subject(tokens, verb, actors)
        return subject if subject is not None and subject.first > k else None

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
                if norm in ("ان", "بان", "لان") or tokens[k].norm in _QUOTE_TOKENS or tokens[k].norm == ":":
                    barrier = max(barrier, k)  # what is said starts here (قالت الشرطة إن …): its speaker is before
                    break
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
        for m in actors:
            if m.sentence != sentence or m.first < start or m.first > limit:
                continue
            if source is not None and (m is source or (m.first == source.first)):
                continue
            if source is not None and m.country == source.country and (m.sector == source.sector or not m.sector):
                continue  # an apposition of the subject (لافروف، وزير الخارجية الروسي،)
            if source is not None and _apposition(tokens, source, m):
                continue  # الأمين العام لجامعة الدول العربية، أحمد أبو الغيط، … ; النائبة زهرة ادريس (نداء تونس)
            if any(tokens[k].norm in self.g.clause_breakers for k in range(start, m.first)):
                return None
            prev = tokens[m.first - 1].norm if m.first > 0 else ""
            if entry.root >= "09" and (prev == "ضد" or (prev == "صفوف" and m.first > 1 and tokens[m.first - 2].norm == "في")):
                return m  # ضد ذي الشبهة، إيقافات في صفوف رجال الأعمال: the target of any conflict act
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
            if source is not None and (_same_actor(source, m) or _apposition(tokens, source, m)):
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

    def _calls_to_protest(self, doc: Document, match: Match) -> bool:
        """Is an appeal a call to protest: إلى + a protest word after it (دعت النقابة منظوريها إلى
        الدخول في إضراب), or «إليه» after a protest word (إضراب عام دعا إليه الاتحاد)?"""
        tokens = doc.tokens
        sentence = tokens[match.first].sentence
        protests = {m.first for t, m in zip(doc.triggers, doc.cache.get("trigger_matches", [])) if t.cameo[:2] == "14"}
        nxt = match.last + 1
        if nxt < len(tokens) and _strip_conj(tokens[nxt].norm) in ("اليه", "اليها", "لها", "له") \
                and any(match.first - 6 <= k < match.first for k in protests):
            return True
        for k in range(match.last + 1, min(len(tokens), match.last + 9)):
            if tokens[k].sentence != sentence or tokens[k].norm in _PUNCT:
                return False
            if _strip_conj(tokens[k].norm) == "الي":
                # إلى الإضراب، إلى الدخول في اعتصام، إلى تنفيذ وقفة (not إلى وضع حد للاعتصامات)
                lead = _strip_conj(tokens[k + 1].norm) if k + 1 < len(tokens) else ""
                return k + 1 in protests or (lead in self.g.protest_leads and any(k + 1 < j <= k + 3 for j in protests))
        return False

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
        """Is the act what something is for or what someone wishes (من أجل إطلاق سراح، بهدف دعم،
        حتى يتم الإفراج، السياح الراغبين في زيارة تونس)?"""
        back = [t.norm for _, t in _back(tokens, first, 3)]
        if any(w in self.g.aims for w in back[:2]) or any(_strip_conj(w) in self.g.aims for w in back[:2]):
            return True
        return any(f"{_strip_conj(b)} {a}" in self.g.aims for a, b in zip(back, back[1:]))

    def _hypothetical(self, tokens: list[Token], first: int) -> bool:
        """A condition or a question before the trigger in its clause (إذا، لو، في حال، في صورة، هل)."""
        back = [t.norm for _, t in _back(tokens, first, 6)]
        if any(w in self.g.hypothetical or w in self.g.questions for w in back[:5]):
            return True
        return any(f"{_strip_conj(b)} {a}" in self.g.hypothetical or f"{b} {a}" in self.g.hypothetical
                   for a, b in zip(back, back[1:]))

    def _background(self, tokens: list[Token], index: int, doc: Document) -> bool:
        head = " ".join(t.norm for t in _sentence_tokens(doc, index)[:6])
        return any(w in head for w in self.g.background if " " in w) or any(
            t.norm in self.g.background for t in _sentence_tokens(doc, index)[:4])

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


def _named_tokens(doc: Document) -> frozenset[int]:
    """Indices of the tokens inside actor mentions (computed once per document)."""
    named = doc.cache.get("named_tokens")
    if named is None:
        named = doc.cache["named_tokens"] = frozenset(k for m in doc.mentions if m.first >= 0
                                                      for k in range(m.first, m.last + 1))
    return named


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


def _plural_verb(norm: str) -> bool:
    """A dual or plural verb form (تمكنوا، يقدمون، أقدما): its subject stands before it."""
    return norm.endswith(("وا", "ون", "ان", "تا")) or (norm.endswith("ا") and not norm.endswith("يا"))


def _dropped(why: dict, trig: Trigger, reason: str) -> list:
    """Record why a trigger gave no event (``rasd code --format explain`` shows it)."""
    why.setdefault((trig.start, trig.end), reason)
    return []


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


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_THAT_PRONOUNS = frozenset(c + p for c in ("ان", "بان", "لان") for p in ("ها", "هم", "هما", "ه"))  # أنها، بأنهم
_STATE_BODIES = {"GOV", "JUD", "LEG", "COP", "MIL"}
_ABOUT_ATTACKS = {"01", "11", "12"}  # statements, condemnations, rejections of an attack


_PREP_PRONOUNS = frozenset(p + e for p in ("ب", "ل", "مع", "الي", "علي", "عن", "من", "في", "لدي", "من")
                           for e in ("ه", "ها", "هم", "هما", "هن"))


def _prep_pronoun(norm: str) -> bool:
    """A preposition with a pronoun (إليه، معهم، عليها): it may stand between a verb and its subject."""
    return norm in _PREP_PRONOUNS


def _prep_form(prep: str) -> str:
    """The form a preposition takes before a pronoun (على → علي‍ه، إلى → إليه: folded علي، الي)."""
    return {"علي": "علي", "الي": "الي", "لدي": "لدي"}.get(prep, prep)


_NON_STATE = {"CVL", "OPP", "LAB", "MED", "BUS", "EDU", "HLH", "REB", "UAF", "PTY", "REF", "AGR", "REL", "HRI", "NGO"}


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
    if a.sector and b.sector:
        return a.sector == b.sector
    return (a if not a.sector else b).kind in _BARE_STATE or (not a.sector and not b.sector)


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
    if best is not None and (counts[best] >= 2 or len(counts) == 1):
        return best  # named twice, or the only country named
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


def _bare(norm: str) -> str:
    """A word without its proclitics (و ف, then ب ل ك, then the article): بقضية → قضيه, وللتحقيق → تحقيق."""
    w = norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
    if w.startswith("لل") and len(w) > 4:
        return w[2:]
    if len(w) > 3 and w[0] in "بلك":
        w = w[1:]
    if w.startswith("ال") and len(w) >= 4:
        w = w[2:]
    return w


def _is_count(norm: str) -> bool:
    """A number of a hundred or more in digits (360 تحرك احتجاجي، 1238 اعتداء): a statistic."""
    return norm.isdigit() and int(norm) >= 100 and not 1900 <= int(norm) <= 2100  # not a year


def _purpose_lam(m: Match) -> bool:
    """A conflict verb or light-verb phrase with the ل of purpose (لشن هجمات، ليقتحموا): an aim,
    not an act. (The ل of لقد, «indeed», is no purpose.)"""
    attached = m.prefix.lstrip("وف")
    return m.value.entry.root in _CONFLICT and m.value.form in ("verb", "phrase") \
        and attached.startswith("ل") and not attached.startswith("لقد")


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



_NEAR_SUFFIXES = ("ا", "ين", "ان", "ات", "ه", "ها", "هم", "هما", "يه")


def _near_words(tokens: list[Token], match: Match, words: tuple[str, ...], n: int, after: bool) -> bool:
    """Does one of ``words`` (folded) stand within ``n`` tokens after (or before) the match, in its
    sentence? A word may carry proclitics (و ف ب ل ك ال) and an ending of case, number or person
    (مسجدا، تفجيرين، كنيستين، موكبه): the means or the author of a killing told before it
    («أطلق مسلح النار على شرطي فقتله»), the target after it."""
    sentence = tokens[match.first].sentence
    ks = range(match.last + 1, min(len(tokens), match.last + 1 + n)) if after else \
        range(max(0, match.first - n), match.first)
    window = [tokens[k].norm for k in ks if tokens[k].sentence == sentence]
    single = {w for w in words if " " not in w}
    for norm in window:
        for stem in {norm, _bare(norm), _strip_conj(norm)}:
            if stem in single:
                return True
            for suf in _NEAR_SUFFIXES:
                if stem.endswith(suf) and len(stem) - len(suf) >= 2:
                    base = stem[:-len(suf)]
                    if base in single or (base.endswith("ت") and base[:-1] + "ه" in single) \
                            or (suf in ("ين", "ان") and base.endswith("ت") and base[:-1] + "ه" in single):
                        return True
    text = " " + " ".join(window) + " "
    return any(f" {w} " in text or _word_with_clitics(text, w) for w in words if " " in w)

def _nisba_word(norm: str) -> bool:
    """A definite or indefinite relational adjective after a noun (الإرهابية، مسلح is not one):
    الإرهابي، الإرهابية، الانتحاري، جوية."""
    w = norm[2:] if norm.startswith("ال") else norm
    return len(w) >= 4 and (w.endswith("يه") or w.endswith("ي")) and not w.endswith("ذي")


def _recent_date(doc: Document, sentence: int, days: int = 3) -> bool:
    """Does the sentence name a day at most ``days`` before publication (صباح الجمعة in Saturday's
    news)?"""
    if doc.published is None or not doc.dates or sentence >= len(doc.sentences):
        return False
    s = doc.sentences[sentence]
    for d in doc.dates:
        if s.start <= d.start < s.end and d.value and d.precision == "day":
            try:
                age = (doc.published - date.fromisoformat(d.value)).days
            except ValueError:
                continue
            if 0 <= age <= days:
                return True
    return False


def _verb_like(norm: str) -> bool:
    """A word that may open a new clause inside a long subject: a past or present verb of the third
    person (قضت، تم، يذكر، أكدت). Rough: the prefixes and endings verbs take and nouns seldom do.
    Used only to end a long subject early (see ``long_subject_verbs``)."""
    w = _strip_conj(norm)
    return len(w) >= 3 and (w[0] in "يت" and not w.startswith(("ال", "تن", "تح")) or w.endswith(("ت", "وا")) and not w.startswith("ال"))


def _conditioned(entry) -> bool:
    """Does the entry ask for a word of its context (requires, requires_before)?"""
    return bool(entry.requires or entry.requires_before)


def _latest_year(doc: Document) -> int | None:
    """The latest year among the document's dates (for a text with no publication date)."""
    cache = doc.cache.get("latest_year", 0)
    if cache != 0:
        return cache
    years = [int(d.value[:4]) for d in doc.dates if d.value and d.value[:4].isdigit()]
    doc.cache["latest_year"] = out = max(years) if years else None
    return out
