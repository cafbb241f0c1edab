"""Checks of the development gold sets in tests/data/dev (format, codes, offsets, split, counts).

The corpus lives in ../shared and is never copied here: tests that need it skip when it is absent.
"""
from __future__ import annotations

import csv
import gzip
import itertools
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "dev"
CORPUS = ROOT.parent / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"
CAMEO_TSV = ROOT / "src" / "rasd" / "data" / "cameo" / "cameo.tsv"
COUNTRY_INFO = ROOT.parent / "shared" / "reference" / "gazetteers" / "countryInfo.tsv"

EVENT_KEYS = {"source", "source_sector", "source_text", "target", "target_sector", "target_text",
              "roots", "cameo", "plover", "date", "location", "required", "symmetric", "evidence"}
ARTICLE_KEYS = {"doc", "published", "note", "events"}
SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "PTY", "LEG", "JUD", "BUS", "MED", "CVL", "LAB", "EDU",
           "ELI", "NGO"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DATE_RE = re.compile(r"^(P|P-\d{1,3}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$")
ACTOR_CODE = re.compile(r"^(IGO|[A-Z]{3})$")


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _load_articles(name: str) -> list[dict]:
    with open(DEV / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _tsv(name: str) -> list[dict[str, str]]:
    with open(DEV / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


DEV_ARTICLES = _load_articles("events-dev.jsonl")
HELD_ARTICLES = _load_articles("events-held.jsonl")
DEV2_ARTICLES = _load_articles("events-dev2.jsonl")
HELD2_ARTICLES = _load_articles("events-held2.jsonl")
DEV3_ARTICLES = _load_articles("events-dev3.jsonl")
DEV4_ARTICLES = _load_articles("events-dev4.jsonl")
HELD3_ARTICLES = _load_articles("events-held3.jsonl")
DEV5_ARTICLES = _load_articles("events-dev5.jsonl")
DEV6_ARTICLES = _load_articles("events-dev6.jsonl")
DEV7_ARTICLES = _load_articles("events-dev7.jsonl")
DEV8_ARTICLES = _load_articles("events-dev8.jsonl")
DEV9_ARTICLES = _load_articles("events-dev9.jsonl")
DEV10_ARTICLES = _load_articles("events-dev10.jsonl")
SPLITS = {"dev": DEV_ARTICLES, "held": HELD_ARTICLES, "dev2": DEV2_ARTICLES, "held2": HELD2_ARTICLES,
          "dev3": DEV3_ARTICLES, "dev4": DEV4_ARTICLES, "held3": HELD3_ARTICLES, "dev5": DEV5_ARTICLES,
          "dev6": DEV6_ARTICLES, "dev7": DEV7_ARTICLES, "dev8": DEV8_ARTICLES, "dev9": DEV9_ARTICLES,
          "dev10": DEV10_ARTICLES}
HELD_SPLITS = ("held", "held2", "held3")
ALL_ARTICLES = [(name, a) for name, articles in SPLITS.items() for a in articles]
ALL_EVENTS = [(a["doc"], i, e) for _, a in ALL_ARTICLES for i, e in enumerate(a["events"])]
SENTENCES = _tsv("protest-assault-sentences.tsv")
MENTIONS = _tsv("actor-mentions.tsv")
# the other files of tests/data/dev that name corpus articles, and the actor list of tests/actors_data
# (which names its articles by corpus line)
OTHER_TSVS = ("protest-assault-sentences.tsv", "protest-assault-dev.tsv", "root-sentences.tsv",
              "actor-mentions.tsv")
CORPUS_MENTIONS = ROOT / "tests" / "actors_data" / "corpus_mentions.tsv"


def _cameo_table() -> dict[str, str]:
    table = {}
    for line in CAMEO_TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        cols = line.split("\t")
        table[cols[0]] = cols[3] if len(cols) > 3 else ""
    return table


CAMEO = _cameo_table()


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict]:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared is absent)")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        return {d["docno"]: d for d in map(json.loads, f)}


@pytest.fixture(scope="module")
def countries() -> set[str]:
    if not COUNTRY_INFO.exists():
        pytest.skip("countryInfo.tsv is not here (../shared is absent)")
    codes = set()
    for line in COUNTRY_INFO.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes.add(line.split("\t")[1])
    return codes | {"PSE", "XKX"}


# ---------------------------------------------------------------- events: format

@pytest.mark.parametrize("split,article", ALL_ARTICLES, ids=lambda x: x if isinstance(x, str) else x["doc"])
def test_article_lines_have_the_gold_keys(split, article):
    assert set(article) == ARTICLE_KEYS
    assert date.fromisoformat(article["published"])
    assert isinstance(article["events"], list) and article["note"]


@pytest.mark.parametrize("doc,i,event", ALL_EVENTS, ids=lambda x: x if isinstance(x, (str, int)) else "")
def test_event_is_well_formed(doc, i, event):
    assert set(event) == EVENT_KEYS
    for side in ("source", "target"):
        assert event[side] is None or ACTOR_CODE.match(event[side])
        assert event[f"{side}_sector"] is None or event[f"{side}_sector"] in SECTORS
    assert event["source"] or event["target"], "an event needs at least one actor"
    assert isinstance(event["required"], bool) and isinstance(event["symmetric"], bool)
    assert event["evidence"].strip()
    assert event["date"] is None or DATE_RE.match(event["date"])


@pytest.mark.parametrize("doc,i,event", ALL_EVENTS, ids=lambda x: x if isinstance(x, (str, int)) else "")
def test_codes_exist_and_roots_agree_with_cameo(doc, i, event):
    code, roots = event["cameo"], event["roots"]
    assert code in CAMEO, f"{code} is not a CAMEO code"
    assert roots and roots[0] == code[:2], "the preferred root comes first and is the code's root"
    assert len(set(roots)) == len(roots)
    for root in roots:
        assert root in CAMEO and len(root) == 2
    if code.startswith("01"):
        assert event["plover"] is None
    else:
        assert event["plover"] in PLOVER
        expected = CAMEO[code] or None
        if code != "057":  # the seed gold's convention: signing an agreement is AGREE
            assert event["plover"] == expected, (code, event["plover"], expected)


@pytest.mark.parametrize("split,article", ALL_ARTICLES, ids=lambda x: x if isinstance(x, str) else x["doc"])
def test_explicit_dates_are_real_and_not_after_publication(split, article):
    published = date.fromisoformat(article["published"])
    for e in article["events"]:
        d = e["date"]
        if d and d.startswith("P-"):
            assert 1 <= int(d[2:]) <= 60
        elif d and d != "P":
            parsed = date.fromisoformat(d if len(d) == 10 else d + "-01")
            assert parsed <= published


def test_country_codes_are_iso_or_igo(countries):
    used = {e[s] for _, _, e in ALL_EVENTS for s in ("source", "target") if e[s]}
    used |= {m["country"] for m in MENTIONS if m["country"]}
    assert used - {"IGO"} <= countries, used - countries - {"IGO"}


# ---------------------------------------------------------------- events: corpus

def test_gold_docs_exist_and_published_is_the_corpus_date(corpus):
    for _, a in ALL_ARTICLES:
        assert a["doc"] in corpus, a["doc"]
        t = corpus[a["doc"]]["time"]
        iso = t[:10] if re.match(r"\d{4}-", t) else "-".join(reversed(t[:10].split("/")))
        assert a["published"] == iso, a["doc"]


def test_evidence_and_actor_words_are_in_the_article(corpus):
    for _, a in ALL_ARTICLES:
        text = _ws(corpus[a["doc"]]["text"])
        title = _ws(corpus[a["doc"]]["title"])
        for e in a["events"]:
            for fragment in e["evidence"].split(" ... "):
                assert _ws(fragment) in text, (a["doc"], fragment)
            for key in ("source_text", "target_text", "location"):
                if e[key]:
                    assert _ws(e[key]) in text or _ws(e[key]) in title, (a["doc"], key, e[key])


# ---------------------------------------------------------------- split and counts

def _shingles(text: str, n: int = 5) -> set[str]:
    words = re.findall(r"\w+", text)
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_splits_are_disjoint_and_not_duplicates(corpus):
    docs = {name: [a["doc"] for a in articles] for name, articles in SPLITS.items()}
    for name, names in docs.items():
        assert len(names) == len(set(names)), f"{name} names an article twice"
    shingles = {d: _shingles(corpus[d]["text"]) for names in docs.values() for d in names}
    prefixes = {d: _ws(corpus[d]["text"])[:200] for names in docs.values() for d in names}
    for (a, docs_a), (b, docs_b) in itertools.combinations(docs.items(), 2):
        assert not set(docs_a) & set(docs_b), f"{a} and {b} share articles"
        for x in docs_a:
            for y in docs_b:
                # the corpus re-posts stories under two docnos: same opening or mostly the same text
                assert prefixes[x] != prefixes[y], f"{y} ({b}) duplicates {x} ({a})"
                small = min(len(shingles[x]), len(shingles[y])) or 1
                assert len(shingles[x] & shingles[y]) / small <= 0.5, f"{y} ({b}) duplicates {x} ({a})"


def test_held_articles_stay_out_of_the_other_dev_files():
    tsv_docs = {r["docno"] for r in SENTENCES} | {r["docno"] for r in MENTIONS}
    for name in HELD_SPLITS:
        assert not {a["doc"] for a in SPLITS[name]} & tsv_docs, name


def test_new_splits_use_no_article_of_the_older_files():
    older = {a["doc"] for a in DEV_ARTICLES + HELD_ARTICLES}
    older |= {r["docno"] for r in SENTENCES} | {r["docno"] for r in MENTIONS}
    for name in ("dev2", "held2"):
        assert not {a["doc"] for a in SPLITS[name]} & older, name


def _corpus_mention_lines() -> set[int]:
    with open(CORPUS_MENTIONS, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return {int(r["line"]) for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


@pytest.mark.parametrize("split", ["dev3", "dev4", "held3", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10"])
def test_unseen_split_uses_no_article_of_any_other_file_nor_a_repost_of_one(corpus, split):
    """events-dev3.jsonl, events-dev4.jsonl and events-held3.jsonl measure rasd on news nobody tuned
    on: none of their articles (nor a re-post of one: same opening or mostly the same text) may appear
    in another file of tests/data/dev or in tests/actors_data/corpus_mentions.tsv, nor two of them
    re-post each other."""
    docnos = list(corpus)  # corpus order: corpus_mentions.tsv names articles by line
    others = {a["doc"] for name, articles in SPLITS.items() if name != split for a in articles}
    for name in OTHER_TSVS:
        others |= {r["docno"] for r in _tsv(name)}
    others |= {docnos[i] for i in _corpus_mention_lines()}
    mine = [a["doc"] for a in SPLITS[split]]
    assert len(mine) == len(set(mine)) and not set(mine) & others
    shingles = {d: _shingles(corpus[d]["text"]) for d in set(mine) | others}
    prefixes = {d: _ws(corpus[d]["text"])[:200] for d in set(mine) | others}
    for x in mine:
        for y in others:
            assert prefixes[x] != prefixes[y], f"{x} ({split}) re-posts {y}"
            small = min(len(shingles[x]), len(shingles[y])) or 1
            assert len(shingles[x] & shingles[y]) / small <= 0.5, f"{x} ({split}) re-posts {y}"
    for x, y in itertools.combinations(mine, 2):
        small = min(len(shingles[x]), len(shingles[y])) or 1
        assert prefixes[x] != prefixes[y] and len(shingles[x] & shingles[y]) / small <= 0.5, (x, y)


def test_dev3_has_its_mix():
    """Half agency-style news from abroad and politics, half local news; traps and empty articles.
    Floors are the counts measured when the file was written (2026-12-02)."""
    arts = DEV3_ARTICLES
    assert len(arts) >= 50
    foreign = [a for a in arts if a["doc"].split("-")[1] in ("internationalNews", "politic")]
    local = [a for a in arts if a["doc"].split("-")[1] == "localNews"]
    assert len(foreign) >= 25 and len(local) >= 24 and len(foreign) + len(local) == len(arts)
    assert sum(e["required"] for a in arts for e in a["events"]) >= 99
    assert sum(not a["events"] for a in arts) >= 2
    assert sum("14" in _roots_required(a) for a in local) >= 9
    assert sum(bool(_roots_required(a) & {"18", "19", "20"}) for a in arts) >= 7
    assert sum("17" in _roots_required(a) for a in arts) >= 7
    assert sum(bool(_roots_required(a) & {"03", "04", "05"}) for a in foreign) >= 11
    foreign_actors = {e[s] for a in arts for e in a["events"] for s in ("source", "target")} - {None, "TUN"}
    assert len(foreign_actors) >= 23 and "IGO" in foreign_actors
    # traps: articles whose notes say so, with no required protest or violence among their events
    traps = [a for a in arts if a["note"].startswith("trap")]
    assert len(traps) >= 9
    for a in traps:
        assert not _roots_required(a) & {"14", "18", "19", "20"}, a["doc"]


def _mix(arts: list[dict]) -> dict[str, int]:
    """What a set holds: articles from abroad and local ones, events, required events, articles with
    a required event of each kind, the smallest year, foreign actors, traps."""
    foreign = [a for a in arts if a["doc"].split("-")[1] in ("internationalNews", "politic")]
    local = [a for a in arts if a["doc"].split("-")[1] == "localNews"]
    years = Counter(a["published"][:4] for a in arts)
    actors = {e[s] for a in arts for e in a["events"] for s in ("source", "target")} - {None, "TUN"}
    traps = [a for a in arts if a["note"].startswith("trap")]
    return {
        "articles": len(arts), "foreign": len(foreign), "local": len(local),
        "unsorted": len(arts) - len(foreign) - len(local),
        "events": sum(len(a["events"]) for a in arts),
        "required": sum(e["required"] for a in arts for e in a["events"]),
        "empty": sum(not a["events"] for a in arts),
        "protest": sum("14" in _roots_required(a) for a in local),
        "violence": sum(bool(_roots_required(a) & {"18", "19", "20"}) for a in arts),
        "coercion": sum("17" in _roots_required(a) for a in arts),
        "cooperation": sum(bool(_roots_required(a) & {"03", "04", "05"}) for a in arts),
        "year": min(years[y] for y in ("2015", "2016", "2017")),
        "foreign_actors": len(actors), "igo": int("IGO" in actors),
        "traps": len(traps),
        "violent_traps": sum(bool(_roots_required(a) & {"14", "18", "19", "20"}) for a in traps),
    }


# Floors are the counts measured when each file was written, one row per set in the order of
# _MIX_COLUMNS. dev4: 15 articles from abroad (internationalNews), 25 local ones of which 5 come from
# a trap scan. dev5: 20 from abroad, 20 local ones, 5 traps. dev6: 21 from abroad (one of them from
# politic), 19 local ones, 5 traps. dev7: 22 from abroad (3 from politic), 18 local ones, 5 traps.
# dev8: 21 from abroad (one of them a politic trap), 19 local ones, 5 traps. dev9: 16 from abroad, 20
# local ones, 5 traps (few abroad titles of 2015 and 2016 were left in its half of the pool: 4 of 2016).
# dev10: 18 from abroad (2 politic traps), 18 local ones, 5 traps. (Both lost the articles a sentence
# file already named or re-posted, 4 each.) held3 (held out: its
# topics are not listed here): 14 from abroad, 26 local ones, 6 of them from a trap scan. All span
# the three years; no trap has a required protest or violence.
_MIX_COLUMNS = ("articles", "foreign", "local", "events", "required", "empty", "protest", "violence",
                "coercion", "cooperation", "year", "foreign_actors", "igo", "traps")
MIX_FLOORS = {name: dict(zip(_MIX_COLUMNS, row)) for name, row in {
    "dev4": (40, 15, 25, 149, 68, 3, 8, 10, 8, 10, 11, 25, 1, 6),
    "dev5": (40, 20, 20, 126, 76, 1, 6, 7, 13, 11, 11, 23, 1, 5),
    "dev6": (40, 21, 19, 116, 59, 1, 5, 7, 9, 6, 13, 28, 1, 5),
    "dev7": (40, 22, 18, 136, 83, 1, 3, 9, 16, 10, 11, 27, 1, 5),
    "dev8": (40, 21, 19, 124, 71, 2, 4, 8, 10, 14, 9, 23, 1, 5),
    "dev9": (36, 16, 20, 118, 60, 1, 5, 3, 11, 8, 4, 19, 0, 5),
    "dev10": (36, 18, 18, 121, 64, 1, 5, 3, 8, 10, 6, 22, 1, 5),
    "held3": (40, 14, 26, 133, 66, 2, 9, 9, 9, 7, 13, 17, 1, 8),
}.items()}


@pytest.mark.parametrize("name", sorted(MIX_FLOORS))
def test_the_later_sets_have_their_mix(name):
    got = _mix(SPLITS[name])
    assert got["unsorted"] == 0 and got["violent_traps"] == 0, got
    assert all(got[k] >= floor for k, floor in MIX_FLOORS[name].items()), got


def _roots_required(article) -> set[str]:
    return {e["roots"][0] for e in article["events"] if e["required"]}


def test_counts_reach_the_targets():
    assert len(DEV_ARTICLES) >= 25 and len(HELD_ARTICLES) >= 20
    assert len(DEV2_ARTICLES) >= 40 and len(HELD2_ARTICLES) >= 30
    arts = [a for _, a in ALL_ARTICLES]
    assert sum("14" in _roots_required(a) for a in arts) >= 8
    assert sum(bool(_roots_required(a) & {"18", "19", "20"}) for a in arts) >= 8
    assert sum(not a["events"] for a in arts) >= 2
    for split_articles in SPLITS.values():
        assert sum("14" in _roots_required(a) for a in split_articles) >= 4
        assert sum(bool(_roots_required(a) & {"17", "18", "19", "20"}) for a in split_articles) >= 4
    for split_articles in (DEV2_ARTICLES, HELD2_ARTICLES):
        assert sum(not a["events"] for a in split_articles) >= 1
        assert sum(bool(_roots_required(a) & {"03", "04", "05"}) for a in split_articles) >= 5
        assert sum(e["required"] for a in split_articles for e in a["events"]) >= 50


# ---------------------------------------------------------------- sentences

def test_sentence_rows_are_well_formed_and_balanced():
    assert len(SENTENCES) >= 200
    for r in SENTENCES:
        assert r["protest"] in ("yes", "no") and r["assault"] in ("yes", "no")
        assert 0 <= int(r["start"]) < int(r["end"]) and len(r["prefix"]) <= 20 and r["note"]
    labels = Counter((r["protest"], r["assault"]) for r in SENTENCES)
    negatives = labels[("no", "no")]
    assert negatives >= len(SENTENCES) // 2
    assert labels[("yes", "no")] + labels[("yes", "yes")] >= 40
    assert labels[("no", "yes")] + labels[("yes", "yes")] >= 40


def test_sentence_offsets_re_extract_the_sentence(corpus):
    words = re.compile(r"احتجاج|إضراب|اضراب|اعتصام|مسير|قطع الطريق|غلق الطريق|تظاهر|مظاهر|شغب|وقفة"
                       r"|هجوم|اعتداء|قتل|مقتل|اغتيال|تفجير|انفجار|إطلاق نار|اطلاق نار|اشتباك|مواجهات"
                       r"|إرهاب|ارهاب|طعن|ذبح|عنف|مصرع|قصف|اختطف")
    for r in SENTENCES:
        text = corpus[r["docno"]]["text"]
        sentence = text[int(r["start"]):int(r["end"])]
        assert sentence.startswith(r["prefix"]), (r["docno"], r["start"])
        assert sentence == sentence.strip() and len(sentence) > 15
        if r["protest"] == "no" and r["assault"] == "no":
            assert words.search(sentence), f"negative without a protest/violence word: {sentence[:40]}"


# ---------------------------------------------------------------- actor mentions

def test_mention_rows_are_well_formed():
    assert len(MENTIONS) >= 300
    for m in MENTIONS:
        assert m["country"] == "" or ACTOR_CODE.match(m["country"])
        assert m["sector"] == "" or m["sector"] in SECTORS
        assert m["country"] or m["sector"] == "REB", "only transnational armed groups have no country"
        assert int(m["end"]) - int(m["start"]) == len(m["mention"])
    keys = [(m["docno"], m["start"]) for m in MENTIONS]
    assert len(keys) == len(set(keys))
    tun_sectors = {m["sector"] for m in MENTIONS if m["country"] == "TUN"}
    assert {"GOV", "LEG", "COP", "MIL", "JUD", "LAB", "CVL", "REB"} <= tun_sectors
    assert sum(m["country"] == "IGO" for m in MENTIONS) >= 10
    assert len({m["country"] for m in MENTIONS}) >= 10


def test_mention_offsets_re_extract_the_mention(corpus):
    for m in MENTIONS:
        text = corpus[m["docno"]]["text"]
        assert text[int(m["start"]):int(m["end"])] == m["mention"], (m["docno"], m["start"])
