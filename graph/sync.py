"""Copy one store into another (the embedded store into Neo4j), idempotently: every
write is an upsert, so running it twice leaves the same graph."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .store import Store


@dataclass
class SyncReport:
    entities: int = 0
    relations: int = 0
    articles: int = 0
    new_articles: int = 0
    events: int = 0


def sync(src: Store, dst: Store, extracted_version: str | None = None,
         progress: Callable[[Iterable, str, int], Iterable] = lambda items, *a: items,
         batch: int = 500) -> SyncReport:
    """Entities, relations, articles (with their MENTIONS), then events with evidence."""
    report = SyncReport()
    entities = src.entities()
    dst.upsert_entities(entities)
    report.entities = len(entities)
    relations = src.relations()
    dst.upsert_relations(relations)
    report.relations = len(relations)
    articles = src.articles()
    pending = {a.id for a in src.articles(pending_version=extracted_version)} if extracted_version else set()
    for i in progress(range(0, len(articles), batch), "articles", (len(articles) + batch - 1) // batch):
        chunk = articles[i:i + batch]
        report.new_articles += dst.upsert_articles(chunk)
        for a in chunk:
            dst.set_mentions(a.id, src.mentions(a.id))
            if extracted_version and a.id not in pending:
                dst.mark_extracted(a.id, extracted_version)
    report.articles = len(articles)
    events = src.events()
    for i in progress(range(0, len(events), batch), "events", (len(events) + batch - 1) // batch):
        dst.upsert_events(events[i:i + batch])
    report.events = len(events)
    return report
