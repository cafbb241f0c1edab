"""Actor recognition: dictionary matches composed into actor phrases.

1. One pass of the knowledge base's matcher over the token stream; overlaps resolved longest-first.
2. A role noun opens a noun phrase that runs over other roles, organizations, fillers and
   ال-nouns (الخارجية) up to a country-bearing item — a nisba (السفير الروسي), a country or
   capital in genitive (وزير خارجية روسيا، سفير موسكو), an organization (رئيس حكومة الوفاق) or
   a person — and stops at a preposition, punctuation or a conjunction.
3. The phrase takes its country from that item and its sector from the most specific member
   (an organization's sector, else the first role with one, else the person's role, else GOV).
4. A bare role (السفير) refers back to the last phrase of the document with the same head.
5. A country or capital after a place preposition (في موسكو، بطرابلس) is marked locative; so is a
   territorial body named like its place (ولاية، معتمدية، بلدية) after a place word (من ولاية سوسة).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from rasd.actors.kb import ARAB_LEAGUE, Actor, KnowledgeBase, Surface, country_of, org_code, sector_of
from rasd.grammar import Grammar
from rasd.model import ActorMention, Document, Token
from rasd.outlets import Outlets
from rasd.text.matcher import Match, TokenStream, longest
from rasd.text.normalize import fold
from rasd.text.segment import PUNCTUATION

_PUNCT_STOP = set("،,.:؛;!?؟()[]-")
_QUOTES = set("\"'«»")
_NAME_LINKS = {"بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ام", "ال"}  # بن، أبو، آل: inside a longer name
_COUNTRY_BEARING = ("person", "person-short", "org", "org-short", "country", "capital", "nisba")


_PUNCT_WORDS = PUNCTUATION | _QUOTES  # what no name is


@dataclass(slots=True)
class _Item:
    m: Match
    s: Surface


def _countries_named(items: list["_Item"], doc: Document) -> set[str]:
    """The countries a document names: by name, capital or nisba, by a body or person of theirs
    whose name is no other country's (مجلس نواب الشعب، الباجي قائد السبسي), and by its places."""
    named = {it.s.actor.code for it in items if it.s.kind in ("country", "capital", "nisba")}
    named.update(it.s.actor.country for it in items
                 if it.s.kind in ("org", "person") and not it.s.actor.context and it.s.actor.country)
    named.update(p.country for p in doc.places if p.country)
    return named


def _confirmed_surnames(items: list["_Item"], doc: Document) -> list["_Item"]:
    """A known Arab person named by the family name alone (السويحلي، العليمي) in local news — a
    document of a known outlet that names no country but the outlet's — is that person only where
    the document names them in full too: a Tunisian unionist called العليمي is not Yemen's prime
    minister. (Arab family names are shared across the region; لافروف or ماكرون alone are not, and
    in news about other countries the politician is the likely reading.)"""
    if not any(it.s.kind == "person-short" for it in items):
        return items
    home = Outlets.load().country_of(doc.cache.get("outlet"), doc.url)
    named = _countries_named([it for it in items if it.s.kind != "person-short"], doc)
    if home is None or not named <= {home}:
        return items
    full = {it.s.actor.id for it in items if it.s.kind == "person"}
    return [it for it in items if it.s.kind != "person-short" or it.m.first != it.m.last  # (أبو عياض: a kunya)
            or not any(r.country in ARAB_LEAGUE for r in it.s.actor.roles)  # (لافروف، ماكرون: no namesakes here)
            or it.s.actor.id in full or any(r.country == home for r in it.s.actor.roles)]


def _strip_given(norm: str) -> str:
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def token_stream(doc: Document) -> TokenStream:
    stream = doc.cache.get("stream")
    if stream is None:
        stream = doc.cache["stream"] = TokenStream(doc.tokens, doc.text)
    return stream


class ActorStage:
    name = "actors"
    requires = ("segment",)
    provides = ("mentions",)

    def __init__(self, kb: KnowledgeBase, grammar: Grammar):
        self.kb = kb
        self.g = grammar
        # first names the knowledge base gives with a surname (يوسف، ياسين): no verbs (see _present_verb)
        self._given = frozenset(fold(n.split()[0]) for a in kb.actors.values() if a.kind == "person"
                                for n in a.names if " " in n)

    def __call__(self, doc: Document) -> Document:
        stream = token_stream(doc)
        found = self.kb.matcher.find(stream) + self.kb.name_keys.find(stream)
        # a reading the form rules out gives way to the next best (سفيرها is سفير + ها, not سفيرة + ا)
        matches = longest([m for m in found if self._well_formed(doc, m)], rank=lambda m: m.value.priority)
        # a phrase that holds a country's form but names no actor (القنب الهندي "cannabis") hides it
        role_ends = {m.last: m.value.actor for m in matches if m.value.kind == "role"}
        items = [_Item(m, m.value) for m in matches if m.value.kind != "none" and self._plausible(doc, m, role_ends)]
        items = [it for k, it in enumerate(items) if not it.s.guarded or self._state_nisba(items, k)]
        items = _confirmed_surnames(items, doc)
        named = _countries_named(items, doc)
        items = [self._in_context(it, named) for it in items]
        doc.mentions = _as_placed(doc, self.kb, self._named_again(doc, self._compose(doc, items)))
        return doc

    def _state_nisba(self, items: list[_Item], k: int) -> bool:
        """A nisba that is also a common word (المالي "financial", الروماني "Roman") is one only right
        after a definite role of a state or its people (الجيش المالي، الرئيس المالي، نظيره المالي), not
        after a genitive (وزير المالية), another noun (الوضع المالي) or a generic head (المدير المالي)."""
        it, prev = items[k], items[k - 1] if k > 0 else None
        return (prev is not None and it.m.prefix == "ال" and prev.s.kind == "role" and prev.m.last == it.m.first - 1
                and prev.s.actor.id in self.kb.nisba_heads and _definite(prev))

    def _in_context(self, it: _Item, named: set[str]) -> _Item:
        """An organization whose name other countries share (context: [LBY]) is that body only
        where the document names one of its countries; elsewhere it is its head role noun."""
        actor = it.s.actor
        if actor.kind != "org" or not actor.context or named.intersection(actor.context):
            return it
        generic = Actor(f"{actor.id}~generic", "role", actor.names, sector=actor.sector)
        return _Item(it.m, Surface(generic, "role", 6))

    def _well_formed(self, doc: Document, m: Match) -> bool:
        """Can this match be what it says, by its form and its neighbours?"""
        s: Surface = m.value
        tokens = doc.tokens
        # a short form of a person or organization must not be a piece of a longer unknown name
        if s.kind in ("person-short", "org-short") and m.first == m.last and len(m.key) < 3:
            return False
        if s.kind == "person-short" and (
                (m.last + 1 < len(tokens) and tokens[m.last + 1].norm in _NAME_LINKS) or
                (m.first > 0 and tokens[m.first - 1].norm in _NAME_LINKS)):
            return False  # فيصل بن مشعل: a family name inside someone else's name
        if s.kind == "person-short" and m.first > 0 and not m.prefix and tokens[m.first - 1].norm in self._given \
                and not any(fold(n).split()[0] == tokens[m.first - 1].norm for n in s.actor.names if " " in n):
            return False  # فيليب مورو: another given name before the family name, another person
        if s.kind == "person-short" and m.first == m.last and self._introduced_as_another(doc, m):
            return False  # «جمال العبادي …» then «وأوضح العبادي»: the family name of the man named before
        if s.written is not None:
            # folding merges this form with another word (والي "governor" = وإلى "and to"): the text
            # must spell it as written
            written = doc.text[tokens[m.first].start:tokens[m.last].end]
            if s.written not in "".join(c for c in written if fold(c) or c == " "):
                return False
        if s.kind == "nisba" and m.prefix.lstrip("وف") in ("ب", "ل", "ك"):
            return False  # بتركي (a place), لتونسي: a nisba takes a preposition only with the article
        if s.marbuta and m.key.endswith("ه") and (m.suffix == "ا" or (
                not m.suffix and doc.text[tokens[m.last].end - 1:tokens[m.last].end] == "ه")):
            # طلبه "his request", طلبها "her request": no طلبة "students"; نظيره، سفيرها are نظير،
            # سفير with a pronoun (a match of its own)
            return False
        return True

    def _plausible(self, doc: Document, m: Match, role_ends: dict[int, Actor] | None = None) -> bool:
        """Is this match an actor where it stands (an adjective after a noun is none)?"""
        s: Surface = m.value
        tokens = doc.tokens
        if s.actor.counted:
            # نحو 20 مسلحا، ثلاثين مسلحا: a count of them; هجوما مسلحا، رجلا مسلحا: an adjective
            prev = tokens[m.first - 1].norm if m.first > 0 else ""
            if not (prev.isdigit() or prev in self.kb.number_words):
                return False
        if s.actor.adjective and (m.prefix == "ال" or (not m.prefix and m.key.startswith("ال"))) and m.first > 0:
            # الانتخابات البلدية، العمل النقابي، علاقاتها الدبلوماسية: an adjective after a definite
            # (or possessed) noun, not the body; after a role it is that role's (المسؤول النقابي)
            prev = tokens[m.first - 1]
            definite = prev.norm.startswith(("ال", "وال", "بال", "لل", "فال", "كال")) or _possessed_noun(prev, doc.text, self.g)
            k = m.first - 1
            while k > 0 and tokens[k].norm in self.g.np_fillers:
                k -= 1  # المنسق العام المساعد
            head = (role_ends or {}).get(k)
            if prev.sentence == tokens[m.first].sentence and definite and not (head and _takes_adjective(head, s.actor)):
                return False
        return True

    # ---- composition ---------------------------------------------------------------------
    def _compose(self, doc: Document, items: list[_Item]) -> list[ActorMention]:
        tokens = doc.tokens
        out: list[ActorMention] = []
        last_by_head: dict = {}  # role id, or the role ids of a phrase (وزير الداخلية) → its last mention
        nisbas = {it.m.first for it in items if it.s.kind == "nisba"}
        placed = _place_tokens(doc)
        i = 0
        while i < len(items):
            it = items[i]
            if it.s.kind == "role":
                j, members = self._phrase(tokens, items, i, placed)
                mention = self._phrase_mention(doc, members, last_by_head)
                i = j
                if mention is None:
                    continue
                if mention.country is None and members[0].m.suffix in _POSSESSIVE and not members[0].s.actor.counterpart:
                    mention = _with_possessor(doc, mention, members, out)
                roles = _roles_key(members)
                if mention.country and len(roles) > 1:
                    last_by_head[roles] = mention
            else:
                mention = self._single(doc, it, nisbas)
                i += 1
            prior = last_by_head.get(mention.head) if mention.head else None
            if mention.head and not mention.locative and (mention.country or prior is None or not prior.country):
                last_by_head[mention.head] = mention  # one with a country is not forgotten for one without
            out.append(mention)
        return _nationality(doc, self._members(doc, out))

    def _introduced_as_another(self, doc: Document, m: Match) -> bool:
        """Was this family name written earlier after a given name that is not the known person's?"""
        own = {fold(n).split()[0] for n in m.value.actor.names if " " in n}
        before = _words_before(doc).get(m.key.split()[-1], ())
        if any(prev in own for _, prev in before):
            return False  # the known person is named in full too («دونالد ترامب»)
        return any(k < m.first and prev in self._given for k, prev in before)

    def _named_again(self, doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
        """People the knowledge base does not know, named once with their office (معتمد منطقة النفيضة،
        رمزي لخضر، … إياد علاوي نائب الرئيس العراقي) and later by the family name alone (وأكد لخضر،
        ويزور علاوي مصر): the later mention is that office holder."""
        tokens = doc.tokens
        covered = {k for m in mentions for k in range(m.first, m.last + 1)}
        surnames: dict[str, ActorMention] = {}
        for m in mentions:
            if m.kind != "role" or not (m.country or m.sector) or m.locative:
                continue
            name = self._name_after(tokens, m.last + 1, covered) or self._name_before(tokens, m.first - 1, covered)
            if name is not None and name not in surnames:
                surnames[name] = m
        if not surnames:
            return mentions
        extra = []
        for k, t in enumerate(tokens):
            if k in covered:
                continue
            norm = t.norm[1:] if t.norm[:1] in ("و", "ف") and t.norm[1:] in surnames else t.norm
            office = surnames.get(norm)
            if office is None or k <= office.last + 3:
                continue
            start = t.start + (1 if norm != t.norm else 0)  # (و/ف is one letter in the text as in the fold)
            extra.append(replace(office, start=start, end=t.end, text=doc.text[start:t.end], first=k, last=k,
                                 sentence=t.sentence, note="name-again:" + office.text,
                                 prefix=t.norm[:1] if norm != t.norm else ""))
        return sorted(mentions + extra, key=lambda m: m.first) if extra else mentions

    def _name_words(self, tokens: list[Token], ks: range, covered: set[int]) -> bool:
        return all(0 <= k < len(tokens) and k not in covered and len(tokens[k].norm) >= 3
                   and not tokens[k].norm.startswith(("ال", "وال", "بال", "لل")) and tokens[k].norm not in _PUNCT_WORDS
                   and tokens[k].norm not in self.g.np_breakers and tokens[k].norm not in self.g.adverbs
                   and tokens[k].norm not in self.g.number_words and not tokens[k].norm.isdigit()
                   and tokens[k].sentence == tokens[ks[0]].sentence for k in ks)

    def _name_after(self, tokens: list[Token], k: int, covered: set[int]) -> str | None:
        """«وزير الخارجية الألماني، زيغمار غابرييل،»: a given name the knowledge base knows and one more
        word after an office (and its comma), closed by a comma, a bracket or the sentence's end; the
        family name."""
        if k < len(tokens) and tokens[k].norm in ("،", ","):
            k += 1
        end = k + 2
        if not self._name_words(tokens, range(k, end), covered) or _strip_given(tokens[k].norm) not in self._given:
            return None
        if end < len(tokens) and tokens[end].sentence == tokens[k].sentence and tokens[end].norm not in ("،", ",", ".", ")", "("):
            return None
        return tokens[end - 1].norm if not tokens[end - 1].norm.endswith("ة") else None

    def _name_before(self, tokens: list[Token], k: int, covered: set[int]) -> str | None:
        """«اتهم إياد علاوي نائب الرئيس العراقي»: a given name the knowledge base knows and one more
        word right before an office, after a short verb or a comma; the family name."""
        start = k - 1
        if start < 1 or not self._name_words(tokens, range(start, k + 1), covered) \
                or _strip_given(tokens[start].norm) not in self._given:
            return None
        before = tokens[start - 1].norm
        if before not in ("،", ",") and (before in _PUNCT_WORDS or (before[:1] not in ("و", "ف") and len(before) > 5)):
            return None  # (a verb of three or four letters, with or without و: اتهم، وقال، أكد)
        return tokens[k].norm if not tokens[k].norm.endswith("ة") else None  # (وقفة احتجاجية: no name)

    def _members(self, doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
        """A role with no country of its own followed by «في» and an organization or a body of a state
        (قائد كبير في جماعة الشباب، عضو في تنظيم داعش، الدفاع الجوي في الجيش السوري) is a member of it:
        one mention with its identity (no country for a stateless group, even for «إرهابي تونسي في جبهة
        النصرة», as the team codes them), not a role the context places."""
        tokens = doc.tokens
        out: list[ActorMention] = []
        for m in mentions:
            prev = out[-1] if out else None
            stateless = (m.code or "").startswith("IMG")
            if prev is not None and (prev.kind == "role" or (stateless and prev.kind == "nisba")) \
                    and (prev.country is None or stateless) \
                    and (m.kind in ("org", "org-short") or (m.kind == "role" and m.country and not m.locative)) \
                    and m.code and m.country != "IGO" and not m.prefix and m.first >= 1 and tokens[m.first - 1].norm == "في" \
                    and m.first - prev.last - 1 in (1, 2) and tokens[m.first - 1].sentence == tokens[prev.last].sentence \
                    and (m.first - prev.last == 2 or tokens[prev.last + 1].norm not in _PUNCT_WORDS):
                out[-1] = replace(m, start=prev.start, text=doc.text[prev.start:m.end], first=prev.first,
                                  head=prev.head, prefix=prev.prefix, note=f"member:{m.actor_id}")
                continue
            if prev is not None and prev.kind == "role" and prev.country is None and self._generic_head(prev) \
                    and m.kind in ("role", "org", "org-short") and m.sector and m.prefix in ("", "ال") \
                    and m.first == prev.last + 2 and tokens[m.first - 1].norm == "عن" \
                    and tokens[m.first - 1].sentence == tokens[prev.last].sentence:
                # «وفدا عن المحتجين»، «ممثلين عن الاتحاد الجهوي للشغل»: a delegation or the
                # representatives of a body are that body's side
                out[-1] = replace(m, start=prev.start, text=doc.text[prev.start:m.end], first=prev.first,
                                  head=prev.head, prefix=prev.prefix, note=f"member:{m.actor_id}")
                continue
            out.append(m)
        return out

    def _generic_head(self, m: ActorMention) -> bool:
        """Is the role a generic head, which takes its sector from what it heads (وفد، ممثل)?"""
        actor = self.kb.actors.get(m.head) if isinstance(m.head, str) else None
        return actor is not None and actor.kind == "role" and actor.sector is None

    def _phrase(self, tokens: list[Token], items: list[_Item], i: int,
                placed: dict[int, int]) -> tuple[int, list[_Item]]:
        members = [items[i]]
        end = items[i].m.last
        sentence = tokens[items[i].m.first].sentence
        j = i + 1
        while j < len(items):
            nxt = items[j]
            if tokens[nxt.m.first].sentence != sentence or not self._joinable(tokens, members, end, nxt.m, placed):
                break
            if nxt.s.kind in ("capital", "country") and nxt.m.prefix[:1] in ("و", "ف"):
                break  # روسيا وليبيا: a second actor, not a genitive
            if members[-1].s.kind == "nisba" and nxt.m.first > end + 1 and nxt.s.kind not in ("person", "person-short"):
                break  # الحكومة التونسية لطلب النقابة، طائرات أمريكية مواقع لتنظيم داعش: a nisba closes the phrase
            if members[-1].s.kind == "nisba" and nxt.s.kind in ("role", "person", "person-short") \
                    and nxt.m.prefix.lstrip("وف")[:1] == "ب":
                break  # التقى الوفد التونسي بنائب رئيس مجلس الشعب: whom it met, not part of the delegation
            if members[-1].s.kind in ("country", "capital") and members[-1].m.prefix.lstrip("وف")[:1] in ("ب", "ل") \
                    and nxt.s.kind == "role" and not nxt.m.prefix and len(members) > 1:
                break  # التقى السفير الروسي بليبيا رئيس المجلس الرئاسي: the post is closed, the object follows
            preposition = nxt.m.prefix.lstrip("وف")[:1] in ("ب", "ل")
            if (_definite(members[-1]) or _adjective_end(members[-1])) and nxt.s.kind in ("role", "country", "capital", "org", "org-short") \
                    and nxt.m.first == end + 1 and members[-1].m.key.split()[-1] not in self.g.np_breakers \
                    and not preposition and not (nxt.s.kind == "role" and self._adjective_of(members[-1], nxt)) \
                    and not (nxt.s.kind == "country" and _nisba_shaped(nxt)):
                break  # a definite noun (or one with its adjective) takes no genitive: التقى السفير الوفد، رئيس
                # الجمهورية السفير، أعلمت جهات أمنية أعضاء اللجنة (two actors)
            if nxt.s.kind == "role" and nxt.s.actor.sector == "MED" and nxt.m.first == end + 1 \
                    and nxt.m.prefix.lstrip("وف")[:1] == "ل" and _complete(members[-1]):
                break  # (قال) المحتجون لمراسل الجوهرة: whom they spoke to, not whose they are
            if nxt.s.kind == "role" and not nxt.m.prefix and not nxt.m.key.startswith("ال") and nxt.m.first > 0 \
                    and tokens[nxt.m.first - 1].norm.startswith("ال") and (nxt.m.first > end + 1 or tokens[end].norm.startswith("ال")):
                break  # دعا الحزب الجمهوري رئيس الحكومة: an indefinite role after a definite word heads a new phrase
            if nxt.s.kind == "role" and nxt.s.actor.place and self._place_position(tokens, nxt.m):
                break  # معتمدية الرقاب بولاية سيدي بوزيد: the second is a place
            if nxt.s.kind == "role" and nxt.m.prefix[:1] in ("و", "ف") and nxt.s.actor.sector \
                    and members[-1].s.kind == "role" and members[-1].s.actor.sector not in (None, nxt.s.actor.sector):
                break  # الجيش الوطني وإرهابيين: two sides, not one body
            members.append(nxt)
            end = nxt.m.last
            j += 1
            if nxt.s.kind in ("person", "person-short"):
                break
        return j, members

    def _adjective_of(self, last: _Item, nxt: _Item) -> bool:
        """Is role ``nxt`` an adjective of the phrase's last member (المسؤول النقابي، الطرف النقابي،
        الأمين العام المساعد)? Only of a role that has no sector of its own, lets a later one give
        it, or has the same: القنوات الدبلوماسية are no diplomats."""
        return nxt.s.actor.adjective and last.s.kind == "role" and _takes_adjective(last.s.actor, nxt.s.actor)

    def _joinable(self, tokens: list[Token], members: list[_Item], end: int, m: Match,
                  placed: dict[int, int]) -> bool:
        """Can the phrase of ``members``, ending at token ``end``, continue with match ``m``? Before a
        nisba, a named place in between is one word of the phrase (شرطة مدينة أوديسا الأوكرانية: the
        nisba is the police's country too; but جمعت والي قفصة بممثلي المعتصمين: two sides).
        ``placed`` maps the tokens of the document's places to their place."""
        if m.prefix.startswith(("و", "ف")) and m.value.kind not in ("nisba",):
            if m.value.kind != "role" or m.prefix not in ("و", "ف"):
                return False
            # وزارة الخارجية والدفاع: a conjoined role continues only right after the last one
            if m.first != end + 1:
                return False
        if m.value.kind == "person" and m.first == end + 2 and tokens[end + 1].norm in ("،", ","):
            return True  # وزير التربية، ناجي جلول: a name in apposition
        last = members[-1]
        if m.first == end + 1 and m.value.kind == "role" and not m.prefix and not m.key.startswith("ال") \
                and not getattr(m.value.actor, "adjective", False) and self._sound_plural_end(tokens, members, end) \
                and not tokens[m.last].norm.endswith(("ون", "ين")):  # (مسلحون مجهولون: an adjective agrees)
            return False  # هاجم مسلحون دورية للجيش: the patrol is the object (no construct after -ون)
        definite = _definite(last)
        gap = 0
        quoted = closed = False  # a name in quotes right after the phrase: صحيفة "ديلي ميل" البريطانية
        for t in range(end + 1, m.first):
            norm = tokens[t].norm
            if t in placed and not quoted and m.value.kind == "nisba" and m.prefix in ("", "ال"):
                if placed.get(t - 1) != placed[t]:
                    gap += 1  # (the place's first word; the others are the same name)
                    definite = True
                if gap > 3:
                    return False
                continue
            if norm in _QUOTES:
                if quoted:
                    quoted, closed, definite = False, True, True  # a name is definite
                elif not closed and last.s.kind == "role" and all(
                        tokens[x].norm in self.g.np_fillers for x in range(end + 1, t)):
                    quoted = True  # حزبه الجديد "حراك تونس"
                continue  # (other quote marks: ones closed or opened before the phrase ends)
            if norm in _PUNCT_STOP or norm in self.g.np_breakers:
                return False
            if norm.startswith("بال"):
                if norm[1:] not in self.kb.state_nouns:
                    return False  # بالتجربة: a prepositional phrase is no part of it
                definite = True  # بالمملكة البلجيكية names the state
                gap += 1
                continue
            if quoted:
                if norm.startswith(("و", "ف", "لل")) or (len(norm) >= 4 and norm.endswith("ا")):
                    return False
                gap += 1
                if gap > 3:
                    return False
                continue
            if norm in self.g.adverbs and not (norm.startswith("ال") and self._adjective(norm)):
                return False  # رئيس الحكومة اليوم: a time adverb ends it (وزير التربية الحالي does not)
            if norm.startswith(("و", "ف")) and not norm.startswith(("وزار", "وفد", "وكال", "فريق")):
                return False
            if len(norm) >= 4 and norm.endswith("ا") and not norm.startswith("ال") and norm not in self.g.np_fillers:
                return False  # مسلحون مجهولون مقيما تركيا: an accusative noun is the verb's object, not a genitive
            if norm == "ال" or norm in self.kb.titles:
                continue  # الرئيس الـ 45، وزير الخارجية الشيخ صباح: an ordinal or a title before a name
            if norm.isdigit():
                gap += 2  # نواب المؤتمر 23 للاتحاد (but اعتقلت السلطات 40 شخصا: no role after a number)
                if gap > 3:
                    return False
                continue
            if norm.startswith("لل") or (norm[:1] == "ل" and not norm.startswith("ال")):
                # المدير العام للسكك الحديدية الصينية (a head or an adjective takes a genitive with لـ);
                # الحكومة لمصارحة التونسيين (a complete role does not: the لـ is the verb's)
                if t == end + 1 and _complete(last) and not last.s.actor.portfolio:
                    return False  # (وزيرا للدفاع، كاتب الدولة للهجرة name the office)
            elif norm.startswith("ال"):
                if definite and not self._adjective(norm):
                    return False  # رفضت الحكومة المبادرة الإيطالية: a second definite noun is the object
                definite = True
            elif definite and norm not in self.g.np_fillers and not (m.value.kind == "person" and m.first - t <= 2
                                                                     and not self._present_verb(norm)):
                return False  # السيناتور شمال سوريا: a definite noun takes no genitive (a name before a name may follow)
            elif t == end + 1 and self._sound_plural_end(tokens, members, end) and norm not in self.g.np_fillers:
                return False  # هاجم مسلحون سيارة للجيش: a sound plural with its ن is in no construct (that drops it)
            if norm in self.g.np_fillers or norm.startswith("ال") or norm.startswith("لل"):
                gap += 1
            else:
                gap += 2
            if gap > 3:
                return False
        preposition = m.prefix.lstrip("وف")[:1] in ("ب", "ل")
        if closed and (m.value.kind == "role" or (preposition and m.value.kind in ("country", "capital"))):
            return False  # موفد "الجوهرة أف أم" للعراق، شاب "عبقري" متهم: no genitive after a name
        if quoted and ((preposition and m.value.kind in ("country", "capital", "nisba")) or
                       (m.value.kind == "role" and _complete(last))):
            return False  # المحتجون "صمت الحكومة": a quotation, not a name (صحيفة "السفير" is one)
        if m.first > end + 1 and m.value.kind == "role":
            return gap <= 1
        return True

    @staticmethod
    def _org_sector(actor: Actor, when) -> str | None:
        code = org_code(actor, when)
        return (sector_of(code) if code else None) or actor.sector

    def _present_verb(self, norm: str) -> bool:
        """A present-tense verb between a phrase and a name («رئيس الجمهورية يستقبل الشيخة موزا»),
        not a first name the knowledge base does not give with the surname (يوسف، ياسين، تامر)."""
        return len(norm) >= 5 and norm[0] in "يت" and norm not in self._given

    def _sound_plural_end(self, tokens: list[Token], members: list["_Item"], end: int) -> bool:
        """Does the phrase end in an indefinite sound plural role noun with its ن (مسلحون، محتجين)?
        Such a noun takes no genitive: the construct state drops the ن (مسلحو التنظيم)."""
        norm = tokens[end].norm
        return members[-1].s.kind == "role" and norm.endswith(("ون", "ين")) and len(norm) >= 5 \
            and not norm.startswith(("ال", "وال", "بال", "لل"))

    def _adjective(self, norm: str) -> bool:
        """Can this definite word (folded) be an adjective of the noun before it? Nisbas (الجهوي،
        التنفيذية), participles (المنتخب، المشتركة), elatives (الأسبق، العليا) and active
        participles of the فاعل form (التابعة، الحاكم) can; the nouns listed as ``object_nouns``
        in roles.yaml and the event nouns (المبادرة، القضية، العملية) cannot."""
        if norm in self.g.np_fillers:
            return True
        stem = norm[2:]
        if stem.isdigit():
            return True  # الرئيس الـ45
        if stem in self.kb.object_nouns or stem in self.kb.event_nouns:
            return False
        if stem.endswith(("ي", "يه", "يين", "يون", "يات", "يان", "يتان", "يتين")) and len(stem) >= 3:
            return True  # nisba
        if stem.startswith("م") and len(stem) >= 4:
            return True  # participle: مُفعَل، مُتفعِّل، مُستفعِل …
        if stem.startswith("ا") and len(stem) == 4:
            return True  # elative: الأسبق، الأكبر
        if len(stem) == 4 and stem.endswith("ا"):
            return True  # فُعلى: العليا، الدنيا
        return stem[1:2] == "ا" and (len(stem) in (4, 5) or (len(stem) == 6 and stem.endswith(("ين", "ون", "ات"))))
        # فاعل(ة) and its plurals: التابعة، الحاكم، الرابعة، الحاملين

    def _phrase_mention(self, doc: Document, members: list[_Item], last_by_head) -> ActorMention:
        tokens = doc.tokens
        head = members[0]
        first, last = head.m.first, members[-1].m.last
        country = sector = code = actor_id = note = None
        kind = "role"
        bearer = next((x for x in members if x.s.kind in _COUNTRY_BEARING), None)
        if bearer is not None:
            country, b_sector, code, actor_id, note = self._identity(bearer.s.actor, bearer.s.kind, doc.published)
            kind = bearer.s.kind if bearer.s.kind in ("person", "person-short", "org", "org-short") else "role"
            if bearer.s.kind in ("person", "person-short"):
                kind = "person"
        else:
            b_sector = None
        org_at = next((k for k, x in enumerate(members) if x.s.kind in ("org", "org-short")), len(members))
        # (the organization's sector at the document's date: حركة النهضة is OPP, then PTY in government)
        org_sector = next((sector for x in members if x.s.kind in ("org", "org-short")
                           for sector in (self._org_sector(x.s.actor, doc.published),) if sector), None)
        # a role before an organization is its part (كتلة نداء تونس LEG, قوات حكومة الوفاق MIL); heads
        # with no sector (رئيس، الناطق باسم) take the organization's
        sector = _role_sector(members[:org_at]) or org_sector or _role_sector(members) or b_sector or "GOV"
        place = _place_at(doc, last + 1)
        if head.s.actor.place and len(members) == 1:
            # a territorial body the gazetteer names with its place (ولاية قفصة)
            place = place or _place_at(doc, first)
            if head.s.actor.place == "strict" and place is None and not (
                    "ال" in head.m.prefix and first > 0 and self._seat(tokens[first - 1].norm)):
                return None  # ولاية is a governorate before a place name or at its seat (أمام مقر الولاية); elsewhere a term of office
            if head.s.actor.adjective and "ال" not in head.m.prefix and place is None:
                return None  # انتخابات بلدية، 18 بلدية: an adjective or a count, not a named body
        if head.s.actor.needs_country and bearer is None:
            return None  # طائرات أمريكية is the US air force; طائرات alone, any aircraft
        if country is None and place is not None and place.country:
            # a role with a place in genitive (والي سوسة، معتمد القصرين، أهالي بنقردان): the place's country
            country, note = place.country, "country:place"
        if country is None and head.s.actor.code:
            country, note = head.s.actor.country, "country:role"  # معتمدية: a body only Tunisia has
        if country is None and len(members) == 1 and head.m.prefix.lstrip("وفبلك").startswith("ال"):
            # a definite bare role (السفير، الوفد) is one already named: the last with that head
            prior = last_by_head.get(head.s.actor.id)
            if prior is not None:  # (its country may be unknown too: أعوان الدورية … الأعوان)
                country, sector = prior.country, prior.sector
                actor_id, note = prior.actor_id, "coref:" + head.s.actor.id
        elif country is None and len(members) > 1 and len(_roles_key(members)) == len(members) \
                and ("ال" in members[-1].m.prefix or members[-1].m.key.startswith("ال")):
            # a definite phrase of roles only (وزير الداخلية) is the one named before with its country
            prior = last_by_head.get(_roles_key(members))
            if prior is not None:
                country, sector = prior.country, prior.sector
                actor_id, note = prior.actor_id, "coref:" + head.s.actor.id
        if country and country != "IGO":
            code = country + (sector or "")
        elif country == "IGO" and code is None:
            code = "IGO"
        start, end = tokens[first].start, tokens[last].end
        locative = bool(head.s.actor.place) and len(members) == 1 and self._place_position(tokens, head.m, doc.places)
        return ActorMention(start, end, doc.text[start:end], actor_id, country, sector, code, kind,
                            sentence=tokens[first].sentence, note=note, first=first, last=last,
                            head=head.s.actor.id, prefix=head.m.prefix, locative=locative)

    def _seat(self, norm: str) -> bool:
        """A word for the building of a body or a place before it (مقر، أمام، بمقر، مدخل)."""
        norm = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
        words = self.g.addressee_markers | self.g.addressee_fillers
        return norm in words or (norm[:1] == "ب" and norm[1:] in words)

    def _place_position(self, tokens: list[Token], m: Match, places=()) -> bool:
        """Is a territorial body (ولاية، معتمدية، بلدية) named here as a place: after ب (بولاية
        نابل), a place word (من ولاية سوسة، أصيل معتمدية الرقاب، شهدت ولاية القصرين) or a place
        it contains (الطريق الرابط بين النفيضة وسيدي سعيدان ولاية سوسة)?"""
        if "ب" in m.prefix:
            return True
        if m.first == 0 or tokens[m.first - 1].sentence != tokens[m.first].sentence:
            return False
        if any(p.end == tokens[m.first - 1].end for p in places):
            return True
        prev = tokens[m.first - 1].norm
        return prev in self.g.locative or prev in self.kb.place_words or \
            (prev[:1] in ("و", "ف") and prev[1:] in self.kb.place_words)

    def _single(self, doc: Document, it: _Item, nisbas: set[int]) -> ActorMention:
        tokens = doc.tokens
        country, sector, code, actor_id, note = self._identity(it.s.actor, it.s.kind, doc.published)
        first, last = it.m.first, it.m.last
        locative = False
        if it.s.kind in ("country", "capital"):
            prev = tokens[first - 1].norm if first > 0 else ""
            locative = "ب" in it.m.prefix or prev in self.g.locative
            if it.s.kind == "capital" and first > 1 and (first - 1) in nisbas \
                    and tokens[first - 2].norm in self.g.locative:
                locative = True  # العاصمة الفرنسية باريس: the city named in apposition
            if it.s.kind == "capital" and _strip_proclitics(prev) in self.kb.event_nouns:
                locative = True  # مؤتمر الدوحة، اتفاق الرياض: a meeting or accord named after the city
        if it.s.kind == "nisba" and first > 0 and note is None:
            prev = tokens[first - 1].norm
            if prev.startswith("ال") and prev.endswith(("ين", "ون", "اء")) and tokens[first - 1].sentence == tokens[first].sentence:
                note = "adjective"  # الخبراء الصينيين، الفنانين التشكيليين التونسيين: of a plural noun, not the people
        start, end = tokens[first].start, tokens[last].end
        kind = {"person-short": "person", "org-short": "org"}.get(it.s.kind, it.s.kind)
        return ActorMention(start, end, doc.text[start:end], actor_id, country, sector, code, kind,
                            sentence=tokens[first].sentence, note=note, first=first, last=last,
                            locative=locative, prefix=it.m.prefix)

    def _identity(self, actor: Actor, kind: str, when: date | None):
        """(country, sector, code, actor_id, note) of a dictionary actor on a date."""
        if actor.kind == "person":
            role, note = self.kb.resolve(actor, when)
            if role is None:
                return None, None, None, actor.id, None
            return role.country, role.sector, role.code, actor.id, note
        if actor.kind == "org":
            code = org_code(actor, when)
            if code == actor.code:
                return actor.country, actor.sector, actor.code, actor.id, None
            return country_of(code), sector_of(code) or actor.sector, code, actor.id, "code:dated"
        if actor.kind == "country":
            sector = "GOV" if kind == "capital" else None
            return actor.code, sector, actor.code + ("GOV" if sector else ""), actor.id, None
        return None, actor.sector, None, None, None


def _definite(it: _Item) -> bool:
    """Does the match end in a definite word: with the article (السفير، رئيس الجمهورية) or a
    possessive pronoun (نظيره، حكومتها)?"""
    m = it.m
    if m.suffix and m.suffix != "ا":
        return True
    if m.first == m.last and "ال" in m.prefix:
        return True
    return m.key.split()[-1].startswith("ال")


_POSSESSIVE = ("ه", "ها", "هم", "هما")


def _with_possessor(doc: Document, mention: ActorMention, members: list[_Item],
                    before: list[ActorMention]) -> ActorMention:
    """A possessed role (سفيرها، قواتها، جنوده، رئيسه) is its possessor's: the country of the
    nearest actor or place named before it in its sentence (أعلنت تونس سحب سفيرها → TUNGOV; بن قردان
    وسكانها → TUN). A bare nisba (المبادرة الإيطالية) and an international body are no possessor; an
    actor of no country leaves it without one. A head of no sector of its own takes the possessor's (أعلن الحزب أن رئيسه → the party's)."""
    actor = None
    for m in reversed(before):
        if m.sentence != mention.sentence:
            break
        if m.kind == "nisba" or (m.country in ("IGO", "NGO") and members[0].s.actor.sector):
            continue  # a forum or an agency has no government, forces or residents (but a head: رئيسها)
        actor = m
        break
    s = doc.sentences[mention.sentence]
    place = next((p for p in reversed(doc.places) if s.start <= p.start and p.end <= mention.start), None)
    if place is not None and (actor is None or place.start >= actor.end):
        country, sector = place.country, None
    elif actor is not None:
        country, sector = actor.country, actor.sector
    else:
        return mention
    if not country:
        return mention
    own = mention.sector
    if members[0].s.actor.sector is None and len(members) == 1 and sector:
        own = sector
    code = "IGO" if country == "IGO" else country + (own or "")
    return replace(mention, country=country, sector=own, code=code, note="country:possessor")


def _possessed_noun(tok: Token, text: str, g: Grammar) -> bool:
    """A word with a possessive pronoun (علاقاتها، تصريحاته، شؤونها), which is definite; not a
    preposition with a pronoun (أشرفت عليها، تهجم عليه) nor a verb with its object (أصدرته)."""
    norm = tok.norm
    for suffix in ("هما", "ها", "هم", "نا", "ه"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            if suffix == "ه" and text[tok.end - 1:tok.end] != "ه":
                return False  # a ta marbuta, folded to ه
            stem = norm[:-len(suffix)]
            if stem.endswith("ت") and not stem.endswith("ات"):
                return False  # أصدرته، نشرتها: a verb with its object as often as بعثتها "its mission"
            stem = stem[1:] if stem[:1] in ("و", "ف") and stem[1:] in g.prepositions else stem
            return stem not in g.prepositions
    return False


def _adjective_end(it: _Item) -> bool:
    """Does a role match of several words end in its adjective (جهات أمنية، عناصر مسلحة، دورية أمنية)?"""
    words = it.m.key.split()
    return it.s.kind == "role" and len(words) > 1 and not words[-1].startswith("ال") and \
        words[-1].endswith(("يه", "ي", "يين", "يون", "يات")) and len(words[-1]) >= 4


def _takes_adjective(head: Actor, adjective: Actor) -> bool:
    """Can a role noun take an adjective role (the sector it names) after it: one with no sector of
    its own (المسؤول النقابي), one that defers (الطرف النقابي) or one of that sector?"""
    return head.sector is None or bool(head.defer) or head.sector == adjective.sector


_NATIONALITY = ("جنسيه", "الجنسيه", "جنسيات", "الجنسيات")


def _nationality(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """A role with no country followed by «من جنسية» and a nisba (6 مهاجرين غير شرعيين من جنسية
    مغربية، شاب من الجنسية الليبية) is of that nationality: one mention with the nisba's country."""
    tokens = doc.tokens
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        k = m.first - 2
        if prev is not None and prev.kind == "role" and prev.country is None and m.kind == "nisba" and m.country \
                and k > prev.last and k - prev.last <= 3 and tokens[k].norm == "من" \
                and tokens[k + 1].norm in _NATIONALITY and tokens[k].sentence == tokens[prev.last].sentence:
            out[-1] = replace(prev, end=m.end, text=doc.text[prev.start:m.end], last=m.last, country=m.country,
                              code=m.country + (prev.sector or ""), note="nationality")
            continue
        out.append(m)
    return out


def _words_before(doc: Document) -> dict[str, list[tuple[int, str]]]:
    """Each word of the document (with or without و/ف) → where it stands and the word before it
    (built once per document)."""
    if "words_before" not in doc.cache:
        out: dict[str, list[tuple[int, str]]] = {}
        tokens = doc.tokens
        for k in range(1, len(tokens)):
            norm = tokens[k].norm
            out.setdefault(norm, []).append((k, tokens[k - 1].norm))
            if norm[:1] in ("و", "ف") and len(norm) > 1:
                out.setdefault(norm[1:], []).append((k, tokens[k - 1].norm))
        doc.cache["words_before"] = out
    return doc.cache["words_before"]


def _as_placed(doc: Document, kb: KnowledgeBase, mentions: list[ActorMention]) -> list[ActorMention]:
    """A country name the gazetteer read, from its context, as a city of another country
    («بالعاصمة الأردنية عمان» is Amman, not Oman) is that country's capital, as is the role named
    with it («الوزير بعمان»)."""
    ends = {p.end: p for p in doc.places if p.country}
    out = []
    for m in mentions:
        p = ends.get(m.end)
        if p is not None and m.country and p.country != m.country and m.kind in ("country", "role") \
                and m.country in kb.actors and fold(doc.text[p.start:p.end]) in {fold(n) for n in kb.actors[m.country].names}:
            kind = "capital" if m.kind == "country" else m.kind
            sector = "GOV" if m.kind == "country" else m.sector
            m = replace(m, country=p.country, kind=kind, sector=sector, code=p.country + (sector or ""),
                        actor_id=p.country if m.kind == "country" else m.actor_id, note="place:city of that name")
        out.append(m)
    return out


def _place_tokens(doc: Document) -> dict[int, int]:
    """Token index → index of the named place (``doc.places``) the token belongs to."""
    out: dict[int, int] = {}
    if not doc.places:
        return out
    spans = sorted((p.start, p.end, n) for n, p in enumerate(doc.places))
    k = 0
    for i, t in enumerate(doc.tokens):
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        if k < len(spans) and spans[k][0] <= t.start < spans[k][1]:
            out[i] = spans[k][2]
    return out


def _nisba_shaped(it: _Item) -> bool:
    """A country name that is its own nisba with the article (السعودية): after a noun, an adjective."""
    key = it.m.key
    return key.startswith("ال") and any(fold(n) == key[2:] for n in it.s.actor.nisba)


def _complete(it: _Item) -> bool:
    """A role noun of its own sector, which takes no genitive with لـ (الحكومة، المحتجون), unlike a
    generic head (المدير للشركة، وفد للحجيج) or a medium named after it (صحيفة لوموند)."""
    return it.s.kind == "role" and it.s.actor.sector not in (None, "MED")


def _role_sector(members: list[_Item]) -> str | None:
    """The sector the role nouns of a phrase give: the first one's, unless it defers to the role
    noun right after it (أعوان الحرس الوطني → COP, أفراد العصابة → CRM, نقابة الغرفة الوطنية → BUS)."""
    return _sector_of_roles([x.s.actor for x in members if x.s.kind == "role"])


def _sector_of_roles(roles: list[Actor]) -> str | None:
    k = next((i for i, r in enumerate(roles) if r.sector), None)
    if k is None:
        return None
    first, nxt = roles[k], (roles[k + 1] if k + 1 < len(roles) else None)
    if "any" in first.defer and nxt is not None:  # نائب رئيس الحكومة: the deputy of the next role
        return _sector_of_roles(roles[k + 1:])
    if nxt is not None and nxt.sector in first.defer:
        return nxt.sector
    return first.sector


def _place_at(doc: Document, index: int):
    """The place the gazetteer found starting in token ``index`` (after its clitics), if any."""
    if not 0 <= index < len(doc.tokens):
        return None
    tok = doc.tokens[index]
    return next((p for p in doc.places if tok.start <= p.start < tok.end), None)


def _strip_proclitics(norm: str) -> str:
    """مؤتمر from ومؤتمر، بمؤتمر، لمؤتمر (at most a conjunction and a preposition)."""
    if norm[:1] in ("و", "ف") and len(norm) > 3:
        norm = norm[1:]
    if norm[:1] in ("ب", "ل") and len(norm) > 3:
        norm = norm[1:]
    return norm


def _roles_key(members: list[_Item]) -> tuple[str, ...]:
    """The role nouns of a phrase, in order (وزير الداخلية → minister, interior-ministry)."""
    return tuple(x.s.actor.id for x in members if x.s.kind == "role")
