"""Scoring coded events against a gold file (format: ``../shared/gold/README.md``).

Per document, a predicted event matches a gold event when source country, target country and
CAMEO root (one of the gold ``roots``) agree — either direction when the gold event is symmetric.
Recall counts required gold events, each matched at most once (a maximum matching); precision
counts predicted events that match any gold event, required or not. Dates are scored on matched
events whose gold date is known: ``P`` and ``P-N`` are resolved against the publication date,
``YYYY-MM`` compares at month precision. Locations are scored on matched events whose gold
location is given: the event's place is right when it is the place the gold words name in the
gazetteer (same GeoNames id: «العاصمة الروسية» is Moscow), or when its words are the gold words.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable

from rasd.errors import EvalError
from rasd.ingest.records import with_headline
from rasd.model import Document, Event
from rasd.text.normalize import fold


@dataclass(slots=True)
class DocScore:
    doc: str
    gold_required: int
    predicted: int
    recalled: int  # required gold events matched
    correct: int  # predicted events matching some gold event
    dates_scored: int = 0
    dates_correct: int = 0
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    wrong_dates: list[tuple[dict, str | None]] = field(default_factory=list)
    places_scored: int = 0
    places_correct: int = 0
    wrong_places: list[tuple[dict, str | None]] = field(default_factory=list)


@dataclass(slots=True)
class Score:
    docs: list[DocScore]

    def _sum(self, attr: str) -> int:
        return sum(getattr(d, attr) for d in self.docs)

    @property
    def precision(self) -> float:
        p = self._sum("predicted")
        return self._sum("correct") / p if p else 0.0

    @property
    def recall(self) -> float:
        g = self._sum("gold_required")
        return self._sum("recalled") / g if g else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float | None:
        n = self._sum("dates_scored")
        return self._sum("dates_correct") / n if n else None

    @property
    def location_accuracy(self) -> float | None:
        n = self._sum("places_scored")
        return self._sum("places_correct") / n if n else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "date_accuracy": None if self.date_accuracy is None else round(self.date_accuracy, 4),
            "gold_required": self._sum("gold_required"), "predicted": self._sum("predicted"),
            "recalled": self._sum("recalled"), "correct": self._sum("correct"),
            "dates_scored": self._sum("dates_scored"),
            "location_accuracy": None if self.location_accuracy is None else round(self.location_accuracy, 4),
            "places_scored": self._sum("places_scored"),
            "docs": [{"doc": d.doc, "gold_required": d.gold_required, "predicted": d.predicted,
                      "recalled": d.recalled, "correct": d.correct, "dates_scored": d.dates_scored,
                      "dates_correct": d.dates_correct, "missed": d.missed, "spurious": d.spurious,
                      "wrong_dates": [{"gold": g, "predicted": p} for g, p in d.wrong_dates],
                      "places_scored": d.places_scored, "places_correct": d.places_correct,
                      "wrong_places": [{"gold": g, "predicted": p} for g, p in d.wrong_places]}
                     for d in self.docs],
        }


def load_gold(path: Path) -> list[dict[str, Any]]:
    out = []
    with _open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if "doc" not in rec or not isinstance(rec.get("events"), list):
                raise EvalError(f"{path}:{n}: a gold line needs doc and events")
            out.append(rec)
    return out


def load_texts(docs: Path, wanted: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Texts of the wanted documents from a folder (file names) or a JSON lines file (id/docno)."""
    wanted = set(wanted)
    found: dict[str, dict[str, Any]] = {}
    if docs.is_dir():
        from rasd.ingest import read_file

        for name in wanted:
            p = docs / name
            if p.exists():  # read as any input is read: encodings detected, web pages extracted
                raw = read_file(p)
                found[name] = {"text": raw.text, "html_meta": raw.html_meta}
    elif docs.exists():
        with _open(docs) as f:
            for line in f:
                if not line.strip():
                    continue
                rec = json.loads(line)
                key = str(rec.get("id") or rec.get("docno") or rec.get("doc") or "")
                if key in wanted:
                    found[key] = rec
    else:
        raise EvalError(f"{docs}: no such file or folder")
    missing = wanted - set(found)
    if missing:
        raise EvalError(f"{docs}: {len(missing)} gold document(s) not found, e.g. {sorted(missing)[0]}")
    return found


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if str(path).endswith(".gz") else open(path, encoding="utf-8")


def _matches(pred: Event, gold: dict[str, Any]) -> bool:
    ps = pred.source.country if pred.source else None
    pt = pred.target.country if pred.target else None
    if pred.cameo_root not in gold.get("roots", [gold.get("cameo", "")[:2]]):
        return False
    if ps == gold.get("source") and pt == gold.get("target"):
        return True
    return bool(gold.get("symmetric")) and ps == gold.get("target") and pt == gold.get("source")


def _overlap(pred: Event, gold: dict[str, Any]) -> tuple[bool, int, bool]:
    """How well a predicted event fits a gold event it matches (to prefer, among equally valid
    matches, the event the gold one was read from): its trigger is among the gold evidence words,
    the words its sentence shares with the evidence, the same full CAMEO code."""
    evidence = set(fold(gold.get("evidence") or "").split())
    trigger = fold(pred.trigger.text).split()
    return (bool(trigger) and all(w in evidence for w in trigger),
            len(set(fold(pred.evidence).split()) & evidence), pred.cameo == gold.get("cameo"))


def _max_matching(preds: list[Event], golds: list[dict[str, Any]]) -> dict[int, int]:
    """Maximum bipartite matching gold index → predicted index (Kuhn's algorithm; sets are small).
    Candidates are tried best fit first (:func:`_overlap`), so ties go to the same trigger and sentence."""
    adj = [sorted((j for j, p in enumerate(preds) if _matches(p, g)), key=lambda j: _overlap(preds[j], g),
                  reverse=True)
           for g in golds]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pj in adj[gi]:
            if pj in seen:
                continue
            seen.add(pj)
            if pj not in owner or augment(owner[pj], seen):
                owner[pj] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return {g: p for p, g in owner.items()}


def gold_date(value: str | None, published: date | None) -> tuple[str | None, str | None]:
    """A gold date as (value, precision); P-forms need the publication date."""
    if value is None:
        return None, None
    if value.startswith("P"):
        if published is None:
            return None, None
        days = int(value[2:]) if value.startswith("P-") else 0
        return (published - timedelta(days=days)).isoformat(), "day"
    return value, {10: "day", 7: "month", 4: "year"}.get(len(value))


def date_correct(pred: Event, gold_value: str, gold_precision: str) -> bool:
    if pred.date is None or pred.date.value is None:
        return False
    return pred.date.value[:len(gold_value)] == gold_value


def location_correct(pred: Event, gold_text: str, gazetteer=None) -> bool:
    """Is the event's place the one the gold words name? Same GeoNames id as the gold words
    resolve to (with the event's countries as context: طرابلس of a Libyan event is in Libya), or
    the same words (clitics and spelling variants aside) for a place outside the gazetteer."""
    loc = pred.location
    if loc is None:
        return False
    if _bare(loc.text) == _bare(gold_text):
        return True
    if gazetteer is None or loc.geonames_id is None:
        return False
    context = {m.country for m in (pred.source, pred.target) if m is not None and m.country}
    found = gazetteer.find(gold_text, context_countries=context)
    return bool(found) and found[0].geonames_id == loc.geonames_id


def _bare(text: str) -> str:
    words = fold(text).split()
    if words and words[0][:1] in ("ب", "و") and len(words[0]) > 3:
        words[0] = words[0][1:]  # «بطرابلس», «وموسكو»
    return " ".join(words)


def _place_name(pred: Event) -> str | None:
    return None if pred.location is None else f"{pred.location.text} ({pred.location.name})"


def _brief(e: dict[str, Any] | Event) -> dict[str, Any]:
    if isinstance(e, Event):
        return {"source": e.source.country if e.source else None, "target": e.target.country if e.target else None,
                "cameo": e.cameo, "date": e.date.value if e.date else None, "trigger": e.trigger.text,
                "evidence": e.evidence[:160]}
    return {k: e.get(k) for k in ("source", "target", "cameo", "date", "location", "evidence", "required")}


def score_document(name: str, golds: list[dict[str, Any]], preds: list[Event], published: date | None,
                   gazetteer=None) -> DocScore:
    required = [g for g in golds if g.get("required", True)]
    optional = [g for g in golds if not g.get("required", True)]
    ordered = required + optional
    matching = _max_matching(preds, ordered)
    recalled = sum(1 for gi in matching if gi < len(required))
    correct = sum(1 for p in preds if any(_matches(p, g) for g in golds))
    ds = DocScore(name, len(required), len(preds), recalled, correct)
    for gi, pj in matching.items():
        gv, gp = gold_date(ordered[gi].get("date"), published)
        if gv is None:
            continue
        ds.dates_scored += 1
        if date_correct(preds[pj], gv, gp):
            ds.dates_correct += 1
        else:
            ds.wrong_dates.append((_brief(ordered[gi]), preds[pj].date.value if preds[pj].date else None))
    for gi, pj in matching.items():
        place = ordered[gi].get("location")
        if not place:
            continue
        ds.places_scored += 1
        if location_correct(preds[pj], place, gazetteer):
            ds.places_correct += 1
        else:
            ds.wrong_places.append((_brief(ordered[gi]), _place_name(preds[pj])))
    ds.missed = [_brief(required[gi]) for gi in range(len(required)) if gi not in matching]
    ds.spurious = [_brief(p) for p in preds if not any(_matches(p, g) for g in golds)]
    return ds


def evaluate(gold_path: Path, docs_path: Path, pipeline) -> Score:
    from rasd.geo import Gazetteer

    gazetteer = Gazetteer.load()
    gold = load_gold(gold_path)
    texts = load_texts(docs_path, [g["doc"] for g in gold])
    scores = []
    for rec in gold:
        published = date.fromisoformat(rec["published"]) if rec.get("published") else None
        src = texts[rec["doc"]]
        title = src.get("title")
        text = with_headline(src.get("text", ""), title)
        doc = Document(id=rec["doc"], raw=text, published=published, title=title, url=src.get("url"))
        outlet = src.get("outlet") or src.get("src")
        if outlet:
            doc.cache["outlet"] = outlet
        events = pipeline.run(doc).events
        scores.append(score_document(rec["doc"], rec["events"], events, published, gazetteer))
    return Score(scores)
