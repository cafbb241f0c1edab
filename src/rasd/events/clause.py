"""Words of a clause, read the same way by the trigger and the event stages: conjunctions and
clitics stripped, tokens before a trigger, words that follow it, the mentions at a token."""
from __future__ import annotations

from typing import Iterable

from rasd.grammar import Grammar
from rasd.model import ActorMention, Document, Token, Trigger
from rasd.text.matcher import Match
from rasd.text.segment import PUNCTUATION


_PUNCT = PUNCTUATION
_QUOTE_TOKENS = {'"'}
_REALIZING_WINDOW = 20  # words between a realizing verb and the preposition of its noun (قام عدد من … بغلق)


def _named_tokens(doc: Document) -> frozenset[int]:
    """Indices of the tokens inside actor mentions (computed once per document)."""
    named = doc.cache.get("named_tokens")
    if named is None:
        named = doc.cache["named_tokens"] = frozenset(k for m in doc.mentions if m.first >= 0
                                                      for k in range(m.first, m.last + 1))
    return named


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


_PREP_PRONOUNS = frozenset(p + e for p in ("ب", "ل", "مع", "الي", "علي", "عن", "من", "في", "لدي", "من")
                           for e in ("ه", "ها", "هم", "هما", "هن"))


def _prep_pronoun(norm: str) -> bool:
    """A preposition with a pronoun (إليه، معهم، عليها): it may stand between a verb and its subject."""
    return norm in _PREP_PRONOUNS


def _prep_form(prep: str) -> str:
    """The form a preposition takes before a pronoun (على → علي‍ه، إلى → إليه: folded علي، الي)."""
    return {"علي": "علي", "الي": "الي", "لدي": "لدي"}.get(prep, prep)


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


def _verb_like(norm: str) -> bool:
    """A word that may open a new clause inside a long subject: a past or present verb of the third
    person (قضت، تم، يذكر، أكدت). Rough: the prefixes and endings verbs take and nouns seldom do.
    Used only to end a long subject early (see ``long_subject_verbs``)."""
    w = _strip_conj(norm)
    return len(w) >= 3 and (w[0] in "يت" and not w.startswith(("ال", "تن", "تح")) or w.endswith(("ت", "وا")) and not w.startswith("ال"))


def governing_preposition(g, tokens: list[Token], m: Match) -> tuple[int, str] | None:
    """(token, preposition) that governs a noun trigger: attached (بالاحتفاظ، للقضاء) or standing
    before it (من القبض، على غلق); None when no preposition governs it."""
    attached = m.prefix.lstrip("وف")[:1]
    if attached in ("ب", "ل"):
        return m.first, attached
    prep = tokens[m.first - 1].norm if m.first else ""
    return (m.first - 1, prep) if prep in g.prepositions else None


def realizing_verb(g, tokens: list[Token], at: int, prep: str) -> int | None:
    """The token of a realizing verb (syntax.yaml ``realizing_verbs``, grammar.yaml ``harm_verbs``)
    that governs the preposition at ``at``, up to ``_REALIZING_WINDOW`` words before in its clause
    (تمكنت الوحدات الأمنية بالقصرين من القبض على), else None."""
    sentence = tokens[at].sentence
    for k in range(at - 1, max(-1, at - 1 - _REALIZING_WINDOW), -1):
        t = tokens[k]
        if t.sentence != sentence or (t.norm in _PUNCT and t.norm not in ("،", ",")) or t.norm in g.clause_breakers:
            return None
        if t.norm in ("،", ",") and k + 1 < at and _circumstantial(tokens[k + 1].norm):
            return None  # «قد قتل في قصف …، مؤكدا كذلك مقتل قائد في غارة»: a new clause after the comma
        preps = g.realizing.get(_strip_conj(t.norm)) or g.realizing.get(t.norm)
        if preps and prep in preps:
            return k
    return None


def _circumstantial(norm: str) -> bool:
    """An active participle in the accusative that opens a circumstantial clause (مؤكدا، مضيفا،
    مشيرة، معتبرا): م… ending in ا or ة‍ً."""
    w = norm[1:] if norm[:1] in ("و", "ف") else norm
    return len(w) >= 5 and w[0] == "م" and (w.endswith("ا") or w.endswith("ه")) and w not in ("معهما", "معها")


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
