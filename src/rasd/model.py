"""The records that flow through rasd.

One :class:`Document` flows through every stage; each stage adds views into its cleaned text
(character offsets, never copied strings). An :class:`Event` is the coded result, and
:meth:`Event.to_record` is the JSON contract that other tools read (see ``docs/event-record.md``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rasd.text.normalize import Normalized


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # offsets into Document.text
    end: int


@dataclass(slots=True)
class Token:  # not frozen: made by the hundred thousand, and a frozen __init__ costs twice as much
    start: int  # offsets into Document.text
    end: int
    norm: str  # matching form of the whole token
    sentence: int


@dataclass(frozen=True, slots=True)
class Role:
    """A code an actor holds over a period (dates inclusive; None = open)."""

    code: str  # CAMEO-style actor code: RUSGOV, LBYMIL, IGOUNO
    country: str | None  # ISO alpha-3 or "IGO"
    sector: str | None  # GOV, MIL, ...
    start: date | None = None
    end: date | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text."""

    start: int
    end: int
    text: str
    actor_id: str | None
    country: str | None
    sector: str | None
    code: str | None
    kind: str  # country | capital | nisba | org | person | role | group | pronoun | side
    sentence: int = -1
    note: str | None = None  # how it was resolved (e.g. "role:latest" when no date was known)
    first: int = -1  # first and last token (document token indices)
    last: int = -1
    head: str | None = None  # id of the role noun heading the phrase (السفير → ambassador)
    locative: bool = False  # a place in the sentence (في موسكو), not an actor of it
    prefix: str = ""  # proclitics on the first token (ب، ل، وال …), in matching form

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "country": self.country,
                "sector": self.sector, "code": self.code, "actor_id": self.actor_id}


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    entry_id: str
    cameo: str
    sentence: int
    form: str = "verb"  # verb | masdar | phrase | noun
    future: bool = False  # marked by س / سوف / future auxiliaries
    negated: bool = False


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: value is "YYYY-MM-DD", "YYYY-MM" or "YYYY" with its precision."""

    value: str | None
    precision: str | None  # day | month | year | None
    text: str | None = None
    source: str | None = None  # which step of the cascade fired, e.g. "relative:أمس"
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Location:
    text: str
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    start: int = -1
    end: int = -1

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "lat": self.lat,
                "lon": self.lon, "geonames_id": self.geonames_id}


@dataclass(slots=True)
class Event:
    doc_id: str
    sentence: int
    evidence: str
    trigger: Trigger
    source: ActorMention | None
    target: ActorMention | None
    cameo: str
    plover: str | None
    quad_class: int
    goldstein: float
    date: DateValue | None = None
    location: Location | None = None
    symmetric: bool = False
    confidence: float = 1.0

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def to_record(self) -> dict[str, Any]:
        d = self.date
        return {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "evidence": self.evidence,
            "trigger": {"text": self.trigger.text, "start": self.trigger.start, "end": self.trigger.end},
            "source": self.source.as_dict() if self.source else None,
            "target": self.target.as_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": d.value if d else None,
            "date_precision": d.precision if d else None,
            "date_text": d.text if d else None,
            "date_source": d.source if d else None,
            "location": self.location.as_dict() if self.location else None,
            "symmetric": self.symmetric,
        }


@dataclass(slots=True)
class Document:
    """One article on its way through the pipeline."""

    id: str
    raw: str  # the text as given
    published: date | None = None
    published_source: str | None = None  # "input", "html-meta", "dateline", ... or None
    title: str | None = None
    url: str | None = None
    # added by the stages
    text: str = ""  # cleaned text (clutter dropped)
    origin: list[int] | None = None  # origin[i] = offset in raw of text[i]
    norm: Normalized | None = None  # matching form of text
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    places: list[Location] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dropped_lines: list[tuple[int, int, str]] = field(default_factory=list)  # raw span + reason
    done: set[str] = field(default_factory=set)  # names of the stages that ran
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # derived views (token stream)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]
