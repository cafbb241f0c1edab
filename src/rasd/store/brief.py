"""A short summary of a relationship, built from its events; every statement cites its documents.

The sentences are language data (``data/brief.yaml``, English and Arabic); country names come from
``data/countries.tsv`` (imported by ``scripts/import_store_countries.py``).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from rasd.data import LINE, load_yaml
from rasd.errors import LexiconError, StoreError
from rasd.store.records import Brief, EventRecord, Statement, Timeline

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("en", "ar")
ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
_STATEMENTS = ("overview", "balance", "direction", "event", "reported_one", "reported_many", "undated",
               "recent", "more", "less", "same", "none")
_SAME = 0.5  # a mean Goldstein this close to the overall mean is "about the same"


@lru_cache(maxsize=1)
def templates() -> dict[str, Any]:
    """The brief's sentences, validated: every root and statement in every language."""
    path = DATA / "brief.yaml"
    data = load_yaml(path)
    for section, keys in (("roots", ROOTS), ("statements", _STATEMENTS), ("names", ())):
        if section not in data:
            raise LexiconError(str(path), None, f"missing section {section!r}")
        for key in keys:
            if key not in data[section]:
                raise LexiconError(str(path), data[section].get(LINE), f"{section}: missing {key!r}")
        for key, entry in data[section].items():
            if key == LINE:
                continue
            for lang in LANGS:
                if not isinstance(entry, dict) or not entry.get(lang):
                    raise LexiconError(str(path), entry.get(LINE) if isinstance(entry, dict) else None,
                                       f"{section}.{key}: missing the {lang!r} text")
            if section == "roots":
                for lang in LANGS:
                    if "{src}" not in entry[lang] or "{tgt}" not in entry[lang]:
                        raise LexiconError(str(path), entry.get(LINE), f"roots.{key}.{lang}: needs {{src}} and {{tgt}}")
    return data


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 → (Arabic name, English name)."""
    out = {}
    with open(DATA / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("iso3\t"):
                continue
            iso3, _iso2, ar, en = line.rstrip("\n").split("\t")
            out[iso3] = (ar or en, en)
    return out


def country_name(code: str | None, lang: str) -> str:
    names = templates()["names"]
    key = code or "-"
    if key in names:
        return names[key][lang]
    pair = countries().get(key)
    if pair is None:
        return key
    return pair[0] if lang == "ar" else pair[1]


def describe(e: EventRecord, lang: str) -> str:
    """One event as a phrase: «Russia and Libya consulted», «مشاورات بين روسيا وليبيا»."""
    entry = templates()["roots"].get(e.root)
    src, tgt = country_name(e.source_country, lang), country_name(e.target_country, lang)
    if entry is None:
        return f"{src} → {tgt} (CAMEO {e.cameo})"
    return entry[lang].format(src=src, tgt=tgt)


def _docs(events: Sequence[EventRecord]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for e in events:
        for d in e.doc_ids:
            seen.setdefault(d, None)
    return tuple(seen)


def _num(x: float) -> str:
    return f"{x:+.1f}"


def build_brief(a: str, b: str, lang: str, events: Sequence[EventRecord], quarters: Timeline,
                top: int = 5) -> Brief:
    if lang not in LANGS:
        raise StoreError(f"brief language {lang!r}: use one of {', '.join(LANGS)}")
    a, b = a.upper(), b.upper()
    t = templates()["statements"]
    an, bn = country_name(a, lang), country_name(b, lang)
    if not events:
        return Brief(a, b, lang, (Statement(t["none"][lang].format(a=an, b=bn), ()),))
    out: list[Statement] = []
    docs = _docs(events)
    dates = sorted(e.date for e in events if e.date)
    unknown = t["undated"][lang]
    out.append(Statement(t["overview"][lang].format(a=an, b=bn, n=len(events), k=len(docs),
                                                    first=dates[0] if dates else unknown,
                                                    last=dates[-1] if dates else unknown), docs))
    quad = [sum(1 for e in events if e.quad_class == q) for q in (1, 2, 3, 4)]
    coded = sum(quad) or 1
    scores = [e.goldstein for e in events if e.goldstein is not None]
    mean = sum(scores) / len(scores) if scores else 0.0
    out.append(Statement(t["balance"][lang].format(
        coop=round(100 * (quad[0] + quad[1]) / coded), conf=round(100 * (quad[2] + quad[3]) / coded),
        q1=quad[0], q2=quad[1], q3=quad[2], q4=quad[3], g=_num(mean)), docs))
    directed = [e for e in events if not e.symmetric]
    if directed:
        from_a = [e for e in directed if _is(e.source_country, e.source_code, a)]
        from_b = [e for e in directed if _is(e.source_country, e.source_code, b)]
        out.append(Statement(t["direction"][lang].format(a=an, b=bn, d=len(directed), x=len(from_a),
                                                         y=len(from_b)),
                             _docs(directed)))
    ranked = sorted(events, key=lambda e: (-e.num_articles, -e.num_mentions, e.date or "", e.id))
    for e in sorted(ranked[:top], key=lambda e: (e.date is None, e.date or "", e.id)):
        reported = (t["reported_one"][lang] if e.num_articles == 1
                    else t["reported_many"][lang].format(k=e.num_articles))
        out.append(Statement(t["event"][lang].format(date=e.date or unknown, what=describe(e, lang),
                                                      reported=reported), e.doc_ids))
    recent = [bk for bk in quarters.buckets if bk.n_events]
    if len(recent) > 1 and recent[-1].mean_goldstein is not None:
        last = recent[-1]
        in_period = [e for e in events if e.date and e.date >= last.start and
                     (e.date_precision in ("day", "month"))
                     and _quarter_label(e.date) == last.period]
        diff = last.mean_goldstein - mean
        trend = t["same" if abs(diff) < _SAME else "more" if diff > 0 else "less"][lang].format(G=_num(mean))
        out.append(Statement(t["recent"][lang].format(period=last.period, n=last.n_events,
                                                      g=_num(last.mean_goldstein), trend=trend),
                             _docs(in_period)))
    return Brief(a, b, lang, tuple(out))


def _quarter_label(value: str) -> str:
    return f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}"


def _is(country: str | None, code: str | None, who: str) -> bool:
    return country == who or bool(code and code.startswith(who))
