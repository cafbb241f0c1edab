"""The demo: code the sample articles and store them (``make demo`` then asks the store for the
Russia–Libya timeline and brief)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Iterator

from rasd.errors import InputError
from rasd.model import Document
from rasd.render import event_table


def sample_documents(folder: Path) -> Iterator[Document]:
    """The samples listed in ``folder/index.jsonl`` ({id, path, published, title, url} per line)."""
    from rasd.ingest import read_file

    index = folder / "index.jsonl"
    if not index.exists():
        raise InputError(str(index), "no index.jsonl in the samples folder")
    for line in index.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        raw = read_file(folder / item["path"])
        yield Document(id=item["id"], raw=raw.text, title=item.get("title") or raw.title,
                       url=item.get("url") or raw.url,
                       published=date.fromisoformat(item["published"]) if item.get("published") else raw.published)


def run_demo(folder: Path, db: str | None, pipeline) -> Iterator[str]:
    from rasd.store import Store

    docs = list(sample_documents(folder))
    yield f"rasd demo: coding {len(docs)} sample articles from {folder}/"
    coded = []
    for doc in docs:
        coded.append(pipeline.run(doc))
        yield event_table(doc, doc.events)
    with Store(db) as store:
        report = store.ingest([_fresh(d) for d in docs], pipeline)
        yield ""
        yield f"stored in {store.path}: " + ", ".join(f"{k} {v}" for k, v in report.as_dict().items()
                                                     if not isinstance(v, (list, dict)))


def _fresh(doc: Document) -> Document:
    return Document(id=doc.id, raw=doc.raw, published=doc.published, title=doc.title, url=doc.url)
