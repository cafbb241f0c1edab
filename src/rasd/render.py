"""Readable renderings of events for people (the CLI table)."""
from __future__ import annotations

from rasd.model import Document, Event


def _actor(m) -> str:
    if m is None:
        return "—"
    code = m.code or m.country or "?"
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
