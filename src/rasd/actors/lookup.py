"""What a phrase resolves to in the knowledge base, and why (``rasd actors lookup``)."""
from __future__ import annotations

from datetime import date

from rasd.actors.kb import KnowledgeBase
from rasd.actors.stage import ActorStage
from rasd.grammar import Grammar
from rasd.model import Document
from rasd.text.normalize import name_key, normalize
from rasd.text.segment import segment


def lookup(text: str, when: date | None = None, kb: KnowledgeBase | None = None) -> list[str]:
    kb = kb or KnowledgeBase.load()
    doc = Document(id="lookup", raw=text, published=when, text=text)
    doc.norm = normalize(text)
    doc.sentences, doc.tokens = segment(text, doc.norm)
    ActorStage(kb, Grammar.load())(doc)
    lines = []
    for m in doc.mentions:
        why = f"{m.kind}" + (f" {m.actor_id}" if m.actor_id else "") + (f" ({m.note})" if m.note else "")
        lines.append(f"«{m.text}» → {m.code or m.country or '?'}  country={m.country} sector={m.sector}  [{why}]")
    if not lines:
        key = name_key(text)
        near = [a for a in kb.actors.values() if a.kind == "person" and any(name_key(n) == key for n in a.names)]
        for a in near:
            role, note = kb.resolve(a, when)
            lines.append(f"«{text}» ~ {a.names[0]} (name key {key}) → {role.code if role else '?'} [{note or 'at date'}]")
    return lines or [f"«{text}»: no actor found"]
