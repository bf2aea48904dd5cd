"""Flat representations of events for JSON, tables and exports."""
from __future__ import annotations

from .model import Event


def event_row(ev: Event) -> dict:
    """One event as a flat JSON-ready dict: roles by name and id, the leading evidence
    sentence, and every report (REPORTED_IN) with its source."""
    lead = ev.evidence[0] if ev.evidence else None
    return {
        "id": ev.id, "type": ev.type, "status": ev.status,
        "actor": ev.actor, "actor_id": ev.actor_id,
        "target": ev.target, "target_id": ev.target_id,
        "object": ev.object, "object_id": ev.object_id,
        "date": ev.date, "date_precision": ev.date_precision,
        "confidence": ev.confidence, "summary": ev.summary,
        "evidence": lead.sentence if lead else None,
        "source_url": lead.url if lead else None,
        "first_reported": ev.first_reported,
        "mentions": ev.mentions, "sources": ev.sources,
        "reports": [{"article_id": e.article_id, "url": e.url, "title": e.title,
                     "source": e.source, "published": e.published, "evidence": e.sentence,
                     "start": e.start, "end": e.end} for e in ev.evidence],
    }
