"""`extract`: text in, entities and events out — the same path ingest uses per article."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from graph.model import FACT_STATUSES, Entity, Relation

from .clustering import ExtractedEvent, Participant, cluster_mentions
from .dates import parse_anchor
from .events import Candidate
from .gazetteer import load_gazetteer
from .nlp import load_pipeline, parse

MAX_CHARS = 200_000  # longer texts are cut: no news article is longer, and parsing is linear


class ExtractError(ValueError):
    pass


@dataclass
class Extraction:
    entities: list[Entity] = field(default_factory=list)
    mention_counts: dict[str, int] = field(default_factory=dict)
    events: list[ExtractedEvent] = field(default_factory=list)
    non_events: list[ExtractedEvent] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


def _participant(m) -> Participant | None:
    return Participant(m.entity.id, m.entity.name, m.entity.kind) if m else None


def _extracted(c: Candidate, text: str, published) -> ExtractedEvent:
    start, end = c.sentence
    sentence = text[start:end].strip()
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if c.date:
        date, precision = c.date.iso, c.date.precision
    elif c.retrospective or published is None:
        date, precision = None, "unknown"
    else:  # no date in the sentence: the event happened by the time it was reported
        date, precision = published.isoformat(), "unknown"
    return ExtractedEvent(type=c.type, actor=_participant(c.actor), target=_participant(c.target),
                          object=_participant(c.obj), date=date, date_precision=precision,
                          status=c.status, confidence=c.confidence,
                          evidence=[(sentence, start, start + len(sentence))],
                          verbal=not any(n.startswith("noun:") for n in c.notes),
                          deal_word=c.type == "partnership" and any(
                              n in ("noun:deal", "noun:agreement", "noun:pact", "noun:accord", "noun:contract")
                              for n in c.notes))


def _infer_actor_from_owner(ev: ExtractedEvent) -> None:
    """A launch or limit with no named actor is the product owner's ("GPT-5 was released")."""
    if ev.actor is None and ev.object and ev.type in ("product_launch", "rate_limit",
                                                       "access_revocation"):
        gaz = load_gazetteer()
        product = gaz.get(ev.object.id)
        owner = gaz.get(product.owner) if product and product.owner else None
        if owner:
            ev.actor = Participant(owner.id, owner.name, owner.kind)


def extract(text: str, published=None, model: str | None = None) -> Extraction:
    """Entities, events (stated as fact) and non-events (denied, hypothetical) in a text.
    `published` (date or ISO string) anchors relative dates such as "on Tuesday"."""
    if text is None or not str(text).strip():
        raise ExtractError("no text to extract from (empty input)")
    text = str(text)[:MAX_CHARS]
    if "\x00" in text:
        raise ExtractError("input looks binary (NUL bytes), not text")
    anchor = parse_anchor(published)
    if published not in (None, "") and anchor is None:
        raise ExtractError(f"publication date {published!r} is not a date (use YYYY-MM-DD)")
    nlp = load_pipeline(model)
    doc = parse(text, anchor.isoformat() if anchor else None, nlp)
    index = doc.user_data["aikg_index"]
    facts, others = [], []
    for cand in doc.user_data["aikg_candidates"]:
        ev = _extracted(cand, text, anchor)
        _infer_actor_from_owner(ev)
        (facts if ev.status in FACT_STATUSES else others).append(ev)
    counts = Counter(m.id for m in index.mentions)
    entities = {m.id: m.entity for m in index.mentions}
    relations = dict.fromkeys((r.type, r.source, r.target, r.title)
                              for r in doc.user_data["aikg_relations"])
    return Extraction(entities=list(entities.values()), mention_counts=dict(counts),
                      events=cluster_mentions(facts), non_events=cluster_mentions(others),
                      relations=[Relation(*k) for k in relations])


def event_json(ev: ExtractedEvent) -> dict:
    sentence, start, end = ev.evidence[0]
    return {"type": ev.type,
            "actor": ev.actor.name if ev.actor else None, "actor_id": ev.actor.id if ev.actor else None,
            "target": ev.target.name if ev.target else None,
            "target_id": ev.target.id if ev.target else None,
            "object": ev.object.name if ev.object else None,
            "object_id": ev.object.id if ev.object else None,
            "date": ev.date, "date_precision": ev.date_precision, "status": ev.status,
            "confidence": ev.confidence, "evidence": sentence, "start": start, "end": end,
            "mentions": [{"evidence": s, "start": a, "end": b} for s, a, b in ev.evidence]}


def extraction_json(x: Extraction) -> dict:
    """The `aikg extract` contract (DESIGN.md)."""
    return {"entities": [{"id": e.id, "name": e.name, "kind": e.kind} for e in x.entities],
            "events": [event_json(e) for e in x.events],
            "non_events": [event_json(e) for e in x.non_events],
            "relations": [{"type": r.type, "source": r.source, "target": r.target,
                           **({"title": r.title} if r.title else {})} for r in x.relations]}
