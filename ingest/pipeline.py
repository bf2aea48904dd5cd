"""`ingest` and `reextract`: feeds -> raw articles -> extraction -> the store.

Articles are stored before extraction and marked once extracted, so an interrupted
run resumes where it stopped and a finished one is a no-op when repeated.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from graph.model import Article, Entity, Relation
from graph.store import Store

from .clustering import match_stored, to_event
from .extract import ExtractError, extract
from .feeds import FeedResult, read_feed
from .gazetteer import load_gazetteer
from .settings import EXTRACTOR_VERSION

Progress = Callable[[Iterable, str, int], Iterable]


def no_progress(items: Iterable, label: str = "", total: int = 0) -> Iterable:
    return items


@dataclass
class IngestReport:
    feeds_read: int = 0
    feeds_failed: int = 0
    feeds_unchanged: int = 0
    messages: list[str] = field(default_factory=list)  # one line per feed problem
    new_articles: int = 0
    articles_extracted: int = 0
    events_created: int = 0
    events_merged: int = 0
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def nothing_read(self) -> bool:
        return self.feeds_read == 0 and self.feeds_unchanged == 0


def _entities_with_context(entities: list[Entity]) -> list[Entity]:
    """The mentioned entities plus the gazetteer organisations they point to (owners, employers),
    so OWNS and ROLE links never dangle."""
    gaz = load_gazetteer()
    out = {e.id: e for e in entities}
    stack = list(entities)
    while stack:
        e = stack.pop()
        refs = ([e.owner] if e.owner else []) + [r.get("org") for r in e.roles if r.get("org")]
        for ref in refs:
            if ref not in out and gaz.get(ref):
                out[ref] = gaz.get(ref)
                stack.append(out[ref])
    return list(out.values())


def process_article(store: Store, article: Article, model: str | None = None) -> tuple[int, int]:
    """Extract one stored article into the store; returns (events created, events merged)."""
    try:
        x = extract(article.body, (article.published or "")[:10] or None, model)
    except ExtractError:
        store.mark_extracted(article.id, EXTRACTOR_VERSION)
        return 0, 0
    entities = _entities_with_context(x.entities)
    store.upsert_entities(entities)
    gaz = load_gazetteer()
    ids = {e.id for e in entities}
    relations = [r for r in gaz.relations() if r.source in ids and r.target in ids]
    relations += [r for r in x.relations if r.source in ids and r.target in ids]
    store.upsert_relations(_unique(relations))
    store.set_mentions(article.id, x.mention_counts)
    created = merged = 0
    for ev in x.events:
        stored = store.candidate_events(ev.type, ev.actor.id if ev.actor else None,
                                        ev.target.id if ev.target else None)
        existing = match_stored(ev, stored, article.published)
        store.upsert_events([to_event(ev, article.id, article.published, existing)])
        created += existing is None
        merged += existing is not None
    store.mark_extracted(article.id, EXTRACTOR_VERSION)
    return created, merged


def _unique(relations: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in relations:
        key = (r.type, r.source, r.target, r.title or "")
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def extract_pending(store: Store, report: IngestReport, progress: Progress = no_progress,
                    model: str | None = None) -> None:
    pending = store.articles(pending_version=EXTRACTOR_VERSION)
    for article in progress(pending, "extracting", len(pending)):
        created, merged = process_article(store, article, model)
        report.articles_extracted += 1
        report.events_created += created
        report.events_merged += merged


def ingest(store: Store, sources: list[str], progress: Progress = no_progress,
           model: str | None = None, timeout: float = 20.0) -> IngestReport:
    """Read every source, store its articles raw, then extract what is not yet extracted."""
    report = IngestReport()
    for source in progress(sources, "reading feeds", len(sources)):
        state = store.feed_state(source)
        result: FeedResult = read_feed(source, state, timeout=timeout)
        if result.not_modified:
            report.feeds_unchanged += 1
            continue
        if not result.ok:
            report.feeds_failed += 1
            report.messages.append(f"{source}: {result.error}")
            store.set_feed_state(source, state.get("etag") if state else None,
                                 state.get("modified") if state else None, f"error: {result.error}")
            continue
        report.feeds_read += 1
        if result.warning:
            report.messages.append(f"{source}: {result.warning}")
        report.new_articles += store.upsert_articles(result.articles)
        store.set_feed_state(source, result.etag, result.modified, "ok")
    older = {v for v in store.extraction_versions() if v not in (None, EXTRACTOR_VERSION)}
    if older:
        # The rules changed since these articles were extracted: rebuild every event, so no
        # event of the old rules is left behind.
        rebuilt = reextract(store, progress, model)
        report.messages.append(f"extraction rules changed (version {', '.join(sorted(older))} -> "
                               f"{EXTRACTOR_VERSION}): rebuilt all events from stored articles")
        report.articles_extracted = rebuilt.articles_extracted
        report.events_created, report.events_merged = rebuilt.events_created, rebuilt.events_merged
    else:
        extract_pending(store, report, progress, model)
    report.stats = store.stats()
    return report


def reextract(store: Store, progress: Progress = no_progress, model: str | None = None) -> IngestReport:
    """Rebuild every event from the stored articles (after the rules or lexicons change)."""
    store.clear_events()
    report = IngestReport()
    articles = store.articles()
    for article in progress(articles, "re-extracting", len(articles)):
        created, merged = process_article(store, article, model)
        report.articles_extracted += 1
        report.events_created += created
        report.events_merged += merged
    report.stats = store.stats()
    return report
