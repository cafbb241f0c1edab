"""Readable renderings of events for people (the CLI table)."""
from __future__ import annotations

from rasd.model import Document, Event


def _actor(m) -> str:
    if m is None:
        return "—"
    code = m.code or m.country or (f"?{m.sector}" if m.sector else "?")  # ?COP: a role of unknown country
    return f"{m.text.strip()[:28]} [{code}]"


def event_table(doc: Document, events: list[Event]) -> str:
    lines = [f"== {doc.id}  (published {doc.published or 'unknown'}"
             f"{', ' + doc.published_source if doc.published_source else ''}) — {len(events)} event(s)"]
    for ev in events:
        date = ev.date.value if ev.date and ev.date.value else "?"
        place = ev.location.name if ev.location and ev.location.name else ""
        lines.append(f"  {ev.cameo:<5} {ev.plover or 'STATEMENT':<9} {date:<10} "
                     f"{_actor(ev.source)} → {_actor(ev.target)}  «{ev.trigger.text}» {place}")
    return "\n".join(lines)


def explain(doc: Document) -> str:
    """Sentence by sentence, what rasd read: the actors it found (country, sector, how), the
    triggers it matched (negated, future) and the events it coded — to see why an event was or was
    not coded."""
    lines = [f"== {doc.id}  (published {doc.published or 'unknown'}"
             f"{', ' + doc.published_source if doc.published_source else ''})"]
    by_sentence: dict[int, list] = {}
    dropped = doc.cache.get("dropped", {})
    for kind, items in (("actor", doc.mentions), ("trigger", doc.triggers), ("event", doc.events)):
        for item in items:
            by_sentence.setdefault(item.sentence, []).append((kind, item))
    for s in doc.sentences:
        lines.append(f"[{s.index}] {doc.text[s.start:s.end]}")
        for kind, item in by_sentence.get(s.index, []):
            if kind == "actor":
                flags = " locative" if item.locative else ""
                note = f" ({item.note})" if item.note else ""
                lines.append(f"    actor   «{item.text}» {item.code or item.country or '?'} {item.kind}{flags}{note}")
            elif kind == "trigger":
                flags = "".join(f" {f}" for f, on in (("negated", item.negated), ("future", item.future)) if on)
                lines.append(f"    trigger «{item.text}» {item.cameo} {item.entry_id} {item.form}{flags}")
                reason = dropped.get((item.start, item.end))
                if reason and not any(e.trigger.start == item.start for e in doc.events):
                    lines.append(f"            no event: {reason}")
            else:
                date = item.date.value if item.date and item.date.value else "?"
                why = item.date.source if item.date else ""
                lines.append(f"    EVENT   {item.cameo} {_actor(item.source)} → {_actor(item.target)} "
                             f"«{item.trigger.text}» date {date} ({why})")
    return "\n".join(lines)
