"""Test helpers for the store: events built by hand and a scripted stand-in for the pipeline."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from rasd.model import ActorMention, DateValue, Document, Event, Location, Sentence, Trigger
from rasd.text.segment import split_sentences

SHARED = Path(__file__).resolve().parents[3] / "shared"
QUAD = {r: (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4) for r in range(1, 21)}


def actor(code: str | None, text: str = "") -> ActorMention | None:
    if code is None:
        return None
    country, sector = code[:3], (code[3:6] or None)
    return ActorMention(start=0, end=len(text), text=text or code, actor_id=None, country=country,
                        sector=sector, code=code, kind="country")


def event(source: str | None, target: str | None, cameo: str, when: str | None = None,
          precision: str | None = None, *, doc_id: str = "d", sentence: int = 0, symmetric: bool = False,
          place: str | None = None, place_country: str | None = None, lat: float | None = None,
          lon: float | None = None, goldstein: float = 1.0, plover: str | None = "CONSULT",
          evidence: str = "التقى الطرفان") -> Event:
    if when is not None and precision is None:
        precision = {10: "day", 7: "month", 4: "year"}[len(when)]
    loc = Location(text=place, name=place, country=place_country, lat=lat, lon=lon) if place or lat else None
    return Event(doc_id=doc_id, sentence=sentence, evidence=evidence,
                 trigger=Trigger(0, 5, evidence.split()[0], "test", cameo, sentence),
                 source=actor(source), target=actor(target), cameo=cameo, plover=plover,
                 quad_class=QUAD[int(cameo[:2])], goldstein=goldstein,
                 date=DateValue(when, precision) if when else None, location=loc, symmetric=symmetric)


class ScriptedPipeline:
    """Cleans nothing (text = raw stripped), splits sentences, and gives the events a function
    returns for the document — the store's tests do not depend on the real coder."""

    name = "scripted"

    def __init__(self, events_for: Callable[[Document], list[Event]] | dict[str, list[Event]]):
        self.events_for = events_for

    def run(self, doc: Document) -> Document:
        doc.text = doc.raw.strip()
        doc.sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(split_sentences(doc.text))]
        if callable(self.events_for):
            evs = self.events_for(doc)
        else:
            evs = self.events_for.get(doc.id, [])
        doc.events = [_with_doc(e, doc.id) for e in evs]
        return doc


def _with_doc(e: Event, doc_id: str) -> Event:
    e.doc_id = doc_id
    return e


ARTICLE = ("استقبل وزير الخارجية الليبي في طرابلس يوم الأحد سفير روسيا لدى ليبيا، وبحث الطرفان سبل "
           "تعزيز التعاون الثنائي في مجالات الطاقة والنقل والتعليم. وقال الوزير إن بلاده تتطلع إلى عودة "
           "الشركات الروسية للعمل في البلاد بعد تحسن الوضع الأمني، مؤكدا أهمية التنسيق بين البلدين في "
           "الملفات الإقليمية. من جهته أكد السفير دعم موسكو لمسار التسوية السياسية في ليبيا.")


def many_documents(n: int, start: int = 0) -> list[Document]:
    """``n`` distinct documents (different enough not to be near duplicates of each other)."""
    words = ["النفط", "الموانئ", "الحدود", "الانتخابات", "الجامعات", "الزراعة", "المياه", "الكهرباء",
             "السياحة", "الصحة", "البنوك", "الطيران", "الصيد", "الاتصالات", "المعادن", "الغاز"]
    docs = []
    for i in range(start, start + n):
        topic = " ".join(f"{words[(i * 7 + k * 3) % len(words)]} {i}-{k}" for k in range(30))
        docs.append(Document(id=f"doc-{i:05d}", raw=f"تقرير رقم {i} عن {topic}.",
                             published=date(2020, 1, 1 + i % 28)))
    return docs


def events_by_number(doc: Document) -> list[Event]:
    """Deterministic events for :func:`many_documents`: every fourth document repeats an earlier
    meeting (so merging is exercised), the others report their own events."""
    i = int(doc.id.split("-")[1])
    pairs = [("RUSGOV", "LBYGOV"), ("TUNGOV", "DZAGOV"), ("EGYGOV", "SDNGOV"), ("USAGOV", "IRNGOV")]
    src, tgt = pairs[i % 4]
    day = f"2020-01-{1 + i % 28:02d}"
    return [event(src, tgt, "043", day, symmetric=True),
            event(tgt, src, "112", day, plover="ACCUSE", goldstein=-2.0, sentence=0),
            event(src, None, "010", day, plover=None, goldstein=0.0)]
