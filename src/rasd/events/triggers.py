"""The trigger stage: the lexicon matched once over the token stream, and each hit's modality —
negated, future or planned, or not told as an act at all (a reference, a cancellation, history, a
count, another sense of the word); the reason is kept for ``rasd code --format explain``."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from rasd.actors.stage import token_stream
from rasd.events.clause import (
    governing_preposition,
    realizing_verb,
    _PUNCT,
    _QUOTE_TOKENS,
    _back,
    _bare,
    _followed_by,
    _is_count,
    _named_tokens,
    _near_words,
    _nisba_word,
    _rest_at,
    _sentence_tokens,
    _strip_conj,
    _verb_like,
    _with_enclitic_stripped,
)
from rasd.events.lexicon import Sense, TriggerLexicon
from rasd.grammar import Grammar
from rasd.model import Document, Token, Trigger
from rasd.text.matcher import Match, longest
from rasd.text.normalize import fold


_CONFLICT = {"14", "17", "18", "19", "20"}  # protest, coercion, violence: their nouns are read for plans and references
_VIOLENCE = {"18", "19", "20"}
_NEWS_DAYS = {"اليوم", "امس", "البارحه", "الليله", "الليلة", "غدا"}  # words that date an act to the news of the day


_COMES_AS = frozenset(("ياتي", "تاتي", "جاء", "جاءت", "ياتون"))  # «يأتي احتجاجا»: the act is told elsewhere


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
        self._statement_nouns = grammar.statement_nouns | {"بيان"}  # في بلاغ لها، في بيان له

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
                        or (t.norm in self.g.prepositions and j + 1 in covered) or self._statement_insert(tokens, j)):
                    break  # (وجهت الحكومة السعودية إلى قطر إنذارا: a preposition before an actor is let through)
        return out

    def _statement_insert(self, tokens: list[Token], j: int) -> bool:
        """Is token ``j`` part of «في بلاغ لها» / «في بيان له» between a verb and its object (ونفت الوزارة
        في بلاغ لها اليوم الاتهامات)?"""
        nouns = self._statement_nouns
        norm = tokens[j].norm
        if norm == "في":
            return j + 1 < len(tokens) and tokens[j + 1].norm in nouns
        if norm in nouns:
            return j > 0 and tokens[j - 1].norm == "في"
        return norm in ("له", "لها", "لهم") and j > 0 and tokens[j - 1].norm in nouns

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
        """A conflict act (or a meeting) named by its noun and said to be planned: after a masdar of planning
        («قرروا تنفيذ إضراب»، «دعا إلى تنظيم مسيرة»، «إمكانية الدخول في اعتصام»), before a word of
        planning («الإضراب المبرمج»، «الإضراب الذي كان مقررا»), or dated after the publication day
        («إضراب يومي 8 و9 مارس»)."""
        if m.value.form != "noun":
            return False
        tokens = doc.tokens
        if m.value.entry.root == "04":
            # «لقاء مرتقب بين …», «الزيارة المقررة إلى …»: a meeting or a visit to come
            return any(tokens[j].norm in self.g.plan_markers for j in range(m.last + 1, min(len(tokens), m.last + 3))
                       if tokens[j].sentence == tokens[m.first].sentence)
        if m.value.entry.root not in _CONFLICT:
            return False
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
        if entry.requires and not entry.requires_before and not _followed_by(
                tokens, m, entry.requires, entry.requires_window or (12 if sense.form == "verb" else 8)):
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
                if k > 0 and tokens[k].norm in self.g.adverbs:
                    k -= 1  # مورط كذلك في اغتيال
            if k >= 0 and tokens[k].sentence == tokens[m.first].sentence and _bare(tokens[k].norm) in self._heads:
                return f"reference to an event ({tokens[k].norm} …)"
            if k >= 0 and tokens[k].sentence == tokens[m.first].sentence and entry.root in _VIOLENCE \
                    and (_bare(tokens[k].norm) in self._objects or tokens[k].norm in self._objects):
                return f"a weapon handled, not used ({tokens[k].norm} …)"
            other = self._referred(doc, m)
            if other:
                return other
            if entry.root in _VIOLENCE and "ال" not in m.prefix and any(
                    tokens[j].sentence == tokens[m.first].sentence and _bare(tokens[j].norm) in self.g.label_words
                    for j in range(max(0, m.first - 2), m.first)):
                return "a name given to something (يعتبر غزوا، بمثابة إعتداء)"
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
        governed = governing_preposition(self.g, tokens, m)
        k = realizing_verb(self.g, tokens, *governed) if governed else None
        if k is None:
            return False
        stem = _strip_conj(tokens[k].norm)
        return stem not in self.g.victim_verbs and stem not in self.g.result_verbs

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
        starts = {x.first: x for x in matches if x.value.form == "noun" and x.value.entry.root in _VIOLENCE}
        right_after = k < len(tokens) and tokens[k].norm in preps and k + 1 in starts  # (زعيم التنظيم قتل في غارة)
        if not right_after and not any(a.first == k for a in doc.mentions):
            return None  # (no victim named right after it — «قتل 3 جنود»: the killing keeps the victims)
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
        if any(tokens[k].sentence == sentence and tokens[k].norm in _NEWS_DAYS for k in range(max(0, m.first - 3), m.first)):
            return None  # «سيدخلون اليوم الثلاثاء في اضراب وطني … على غرار عمال ما قبل 2011»: today's act
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
        if m.first > 0 and _strip_conj(tokens[m.first - 1].norm) in _COMES_AS:
            return "what something else comes as (هذا القرار يأتي احتجاجا على …)"
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
        governed = governing_preposition(self.g, tokens, m)
        return governed is None or realizing_verb(self.g, tokens, *governed) is not None

    def _pluperfect(self, tokens: list[Token], m: Match) -> bool:
        """Is the trigger in a pluperfect clause: كان/كانت earlier in it, and قد between, or a past
        verb as the trigger (وكان العمال نفذوا وقفة), or the noun right after it (وكان الهجوم أسفر)?"""
        sentence = tokens[m.first].sentence
        k = m.first - 1
        if k >= 1 and tokens[k].norm == "ان" and tokens[k - 1].sentence == sentence:
            # «وسبق له أن هاجم مجموعة جي ستريت»، «سبق أن نفذوا وقفة»: what had been done before
            j = k - 2 if tokens[k - 1].norm in ("له", "لها", "لهم", "لهما") else k - 1
            if j >= 0 and _strip_conj(tokens[j].norm) == "سبق":
                return True
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


def _purpose_lam(m: Match) -> bool:
    """A conflict verb or light-verb phrase with the ل of purpose (لشن هجمات، ليقتحموا): an aim,
    not an act. (The ل of لقد, «indeed», is no purpose.)"""
    attached = m.prefix.lstrip("وف")
    return m.value.entry.root in _CONFLICT and m.value.form in ("verb", "phrase") \
        and attached.startswith("ل") and not attached.startswith("لقد")


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
