"""Precedents: earlier events most like a given one, each with the reasons it matched.

The score adds up explainable parts: same type (or type family), the same kind of
relationship between actor and target (a platform cutting off a rival or a rival-owned
app; a company bought by a competitor), shared participants, the same kind of object
(an API, a model), and similar evidence wording.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Entity, Event

FAMILIES = {
    "access_revocation": "platform_control", "rate_limit": "platform_control",
    "acquisition": "deals", "investment": "deals", "partnership": "deals",
    "lawsuit": "legal", "regulatory_action": "legal",
    "product_launch": "launches", "executive_move": "people",
}
#: Organisation categories that compete with each other for the same customers.
COMPETING = {"ai_lab", "big_tech", "startup"}
_WORD = re.compile(r"[a-z][a-z\-]+")
_STOP = set("""a an the of to in on for and or with by from its their his her it they this that
was were is are be been has have had said says on at as after before over into than which who
""".split())


@dataclass
class Precedent:
    event: Event
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass
class Query:
    type: str
    actor_id: str | None = None
    target_id: str | None = None
    object_id: str | None = None
    date: str | None = None
    evidence: str = ""
    exclude_id: str | None = None


def query_from_event(ev: Event) -> Query:
    return Query(ev.type, ev.actor_id, ev.target_id, ev.object_id, ev.date,
                 " ".join(e.sentence for e in ev.evidence), ev.id)


def _owner_chain(entity: Entity | None, entities: dict[str, Entity]) -> list[str]:
    out, seen = [], set()
    while entity and entity.owner and entity.owner not in seen:
        seen.add(entity.owner)
        out.append(entity.owner)
        entity = entities.get(entity.owner)
    return out


def relationship(actor_id: str | None, target_id: str | None, entities: dict[str, Entity]) -> str | None:
    """How the target stands to the actor: 'rival', 'rival-owned app', 'own unit' or None."""
    actor, target = entities.get(actor_id or ""), entities.get(target_id or "")
    if not actor or not target:
        return None
    owners = _owner_chain(target, entities)
    if actor.id in owners or target.id in _owner_chain(actor, entities):
        return "own unit"
    if target.kind == "product" and owners:
        owner = entities.get(owners[0])
        if owner and owner.category in COMPETING and actor.category in COMPETING:
            return "rival-owned app"
        return None
    if actor.category in COMPETING and target.category in COMPETING:
        return "rival"
    return None


def object_kind(object_id: str | None, entities: dict[str, Entity]) -> str | None:
    """What was at stake: a product (an API, a model, an app) or nothing named."""
    obj = entities.get(object_id or "")
    return "a product, API or model" if obj and obj.kind == "product" else None


def _vector(text: str) -> Counter:
    return Counter(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(a[w] * b[w] for w in a if w in b)
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


def find_precedents(query: Query, events: list[Event], entities: dict[str, Entity],
                    limit: int = 10) -> list[Precedent]:
    """Earlier events ranked by similarity to the query; ties go to the better reported."""
    family = FAMILIES.get(query.type)
    q_rel = relationship(query.actor_id, query.target_id, entities)
    q_obj = object_kind(query.object_id, entities)
    q_vec = _vector(query.evidence)
    names = {k: e.name for k, e in entities.items()}
    out = []
    for ev in events:
        if ev.id == query.exclude_id:
            continue
        if query.date and ev.date and ev.date >= query.date:
            continue  # a precedent happened before
        if query.date and not ev.date:
            continue
        if (ev.type, ev.actor_id, ev.target_id) == (query.type, query.actor_id, query.target_id) \
                and query.date and ev.date and ev.date[:7] == query.date[:7]:
            continue  # the same event reported with another date, not a precedent
        reasons, score = [], 0.0
        if ev.type == query.type:
            score += 1.0
            reasons.append(f"same type ({ev.type.replace('_', ' ')})")
        elif family and FAMILIES.get(ev.type) == family:
            score += 0.4
            reasons.append(f"related type ({ev.type.replace('_', ' ')})")
        else:
            continue
        rel = relationship(ev.actor_id, ev.target_id, entities)
        if q_rel and rel and (rel == q_rel or {rel, q_rel} == {"rival", "rival-owned app"}):
            score += 0.6
            verb = {"rival": "a rival", "rival-owned app": "a rival-owned app",
                    "own unit": "its own unit"}[rel]
            reasons.append(f"{names.get(ev.actor_id, ev.actor_id)} acted against {verb} "
                           f"({names.get(ev.target_id, ev.target_id)})")
        shared = {query.actor_id, query.target_id, query.object_id} & {ev.actor_id, ev.target_id, ev.object_id}
        shared.discard(None)
        if shared:
            score += 0.35 * len(shared)
            reasons.append("shares " + ", ".join(sorted(names.get(s, s) for s in shared)))
        if q_obj and object_kind(ev.object_id, entities) == q_obj:
            score += 0.3
            reasons.append(f"access to {q_obj} was at stake ({names.get(ev.object_id, ev.object_id)})")
        sim = _cosine(q_vec, _vector(" ".join(e.sentence for e in ev.evidence)))
        if sim >= 0.1:
            score += 0.5 * sim
            reasons.append(f"similar wording ({sim:.2f})")
        score += 0.02 * min(ev.sources, 5)  # better reported, more established
        out.append(Precedent(ev, round(score, 3), reasons))
    out.sort(key=lambda p: (-p.score, p.event.date or "", p.event.id))
    return out[:limit]


def precedents(store, event_id: str | None = None, type: str | None = None,
               actor: str | None = None, target: str | None = None, before: str | None = None,
               limit: int = 10) -> tuple[Query, list[Precedent]]:
    """Precedents for a stored event, or for type + actor (+ target): the latest stored
    event that fits is the reference when there is one."""
    entities = {e.id: e for e in store.entities()}
    events = store.events()
    if event_id:
        ref = next((e for e in events if e.id == event_id), None)
        if ref is None:
            raise LookupError(f"no event with id {event_id!r}")
        query = query_from_event(ref)
    else:
        if not type:
            raise ValueError("give an event id, or a type with an actor")
        ids = []
        for name in (actor, target):
            if name is None:
                ids.append(None)
                continue
            found = store.find_entity(name)
            if found is None:
                raise LookupError(f"no entity called {name!r} in the store")
            ids.append(found.id)
        matching = [e for e in events if e.type == type and (ids[0] is None or e.actor_id == ids[0])
                    and (ids[1] is None or e.target_id == ids[1])
                    and (before is None or (e.date or "") < before)]
        if matching:
            query = query_from_event(matching[0])  # newest first
        else:
            query = Query(type, ids[0], ids[1], date=before)
    if before:
        query.date = min(query.date or before, before)
    return query, find_precedents(query, events, entities, limit)
