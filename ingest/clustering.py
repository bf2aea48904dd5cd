"""Event clustering: many mentions of one real-world event become one event.

Within an article, candidates of one type whose participants agree (none contradicts,
at least one is shared) merge; across articles, an extracted event joins a stored
event with the same type and participants and a compatible date.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from graph.model import Event, Evidence

from .dates import PRECISION_RANK, dates_compatible

#: Types whose object tells two events apart (two launches by one company).
OBJECT_KEYED = ("product_launch", "rate_limit", "executive_move")
#: Types that are an event with the actor alone ("Twitter imposed limits on reading posts").
ACTOR_ENOUGH = ("rate_limit", "access_revocation")
#: When two mentions disagree, the status that says most wins.
STATUS_RANK = {"failed": 6, "completed": 5, "announced": 4, "attempted": 3, "reported": 2,
               "hypothetical": 1, "denied": 0}


@dataclass
class Participant:
    id: str
    name: str
    kind: str


@dataclass
class ExtractedEvent:
    type: str
    actor: Participant | None
    target: Participant | None
    object: Participant | None
    date: str | None
    date_precision: str
    status: str
    confidence: float
    evidence: list[tuple[str, int, int]] = field(default_factory=list)  # sentence, start, end
    verbal: bool = True  # status read off a verb; a noun's ("the deal") says less about it
    deal_word: bool = False  # a partnership found only as "a deal"/"an agreement"

    def key(self) -> tuple:
        return (self.type, pid(self.actor), pid(self.target),
                pid(self.object) if self.type in OBJECT_KEYED else None)


def pid(p: Participant | None) -> str | None:
    return p.id if p else None


def _compatible(a: ExtractedEvent, b: ExtractedEvent) -> int:
    """0 if they cannot be one event, else how many participants they share."""
    if a.type != b.type:
        return 0
    if a.type == "executive_move" and pid(a.object) and pid(a.object) == pid(b.object) and \
            pid(a.actor) and pid(a.actor) == pid(b.actor):
        return 3  # one person joining one company, told twice with different pasts: one move
    shared = 0
    slots = ["actor", "target"] + (["object"] if a.type in OBJECT_KEYED else [])
    for slot in slots:
        x, y = pid(getattr(a, slot)), pid(getattr(b, slot))
        if x and y:
            if x != y:
                return 0
            shared += 1
        elif slot == "object" and not (x and y) and a.type in ACTOR_ENOUGH:
            # two mentions of "Reddit's new limits", one or neither naming the product
            shared += 1
    return shared


def merge_into(a: ExtractedEvent, b: ExtractedEvent) -> None:
    """Fold b into a: fill missing roles, keep the more precise date and stronger status."""
    for slot in ("actor", "target", "object"):
        if getattr(a, slot) is None:
            setattr(a, slot, getattr(b, slot))
    if pid(a.actor) and pid(a.actor) == pid(a.target):
        a.target = None  # one mention's target was the other's actor: no one acts on itself
    new = [ev for ev in b.evidence if ev not in a.evidence]
    if PRECISION_RANK[b.date_precision] > PRECISION_RANK[a.date_precision] and b.date:
        a.date, a.date_precision = b.date, b.date_precision
        a.evidence[:0] = new  # the sentence that dates the event leads its evidence
    else:
        a.evidence.extend(new)
    a.deal_word = a.deal_word and b.deal_word
    if b.status == "failed" or (b.verbal == a.verbal and STATUS_RANK[b.status] > STATUS_RANK[a.status]):
        a.status = b.status
    elif b.verbal and not a.verbal and a.status != "failed":
        # "agreed to buy Tableau ... in an all-stock deal": the verb says how far it got.
        a.status, a.verbal = b.status, True
    a.confidence = round(min(0.98, max(a.confidence, b.confidence) + 0.02), 2)


def cluster_mentions(candidates: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Merge the mentions of one article. A mention that fits several events equally well
    is kept out rather than guessed into one."""
    events: list[ExtractedEvent] = []
    pending: list[ExtractedEvent] = []
    for cand in candidates:
        if cand.actor and (cand.target or cand.object or cand.type in ACTOR_ENOUGH):
            scored = [(_compatible(e, cand), e) for e in events]
            best = max((s for s, _ in scored), default=0)
            if best and best >= 2 or best and cand.actor is None:
                matches = [e for s, e in scored if s == best]
                if len(matches) == 1:
                    merge_into(matches[0], cand)
                    continue
            events.append(cand)
        else:
            pending.append(cand)
    # Partial mentions ("the decision to revoke OpenAI's access") join a single full one.
    for cand in pending:
        scored = [(_compatible(e, cand), e) for e in events]
        best = max((s for s, _ in scored), default=0)
        matches = [e for s, e in scored if s == best and s > 0]
        if len(matches) == 1:
            merge_into(matches[0], cand)
        elif cand.actor and (cand.target or cand.object or cand.type in ACTOR_ENOUGH):
            events.append(cand)
    # An acquisition names what was bought; "Oracle acquired Java" without a company is
    # an asset mention, usually background to the company deal.
    events = [e for e in events if e.actor is not None and (e.type != "acquisition" or e.target)]
    # A cut-off that names neither who was cut off nor from what ("Meta switched off
    # CrowdTangle, cutting researchers off") says too little to be an edge of the graph.
    events = [e for e in events if e.type != "access_revocation" or e.target or e.object]
    # "Twitter bans third-party clients ... Twitterrific and Tweetbot were cut off": a cut-off
    # naming no one, beside the same company's cut-offs that do, is their summary.
    for e in [e for e in events if e.type == "access_revocation" and e.target is None]:
        named = [x for x in events if x is not e and x.type == e.type and x.target is not None
                 and pid(x.actor) == pid(e.actor)]
        if named:
            merge_into(named[0], e)
            events.remove(e)
    # "the departure of Daniel Gross ... Gross is joining Meta": one move, from one company to
    # the other; the departure alone is part of it.
    # "Apple will pay $1bn for Intel's modem business, a deal that ...": a deal between the
    # parties of a purchase or investment is that purchase, not a partnership too.
    money = {frozenset((pid(e.actor), pid(e.target))) for e in events if e.type in ("acquisition", "investment")}
    events = [e for e in events if not (e.type == "partnership" and e.deal_word and
                                        frozenset((pid(e.actor), pid(e.target))) in money)]
    moves = {(pid(e.object), pid(e.target)) for e in events if e.type == "executive_move" and e.target}
    return [e for e in events if not (e.type == "executive_move" and e.target is None
                                      and (pid(e.object), pid(e.actor)) in moves)]


def event_id(ev: ExtractedEvent, article_id: str) -> str:
    """Stable for the first report that created the event."""
    raw = "|".join(str(x) for x in (*ev.key(), ev.date, article_id, ev.evidence[0][1]))
    return "ev-" + hashlib.sha1(raw.encode()).hexdigest()[:16]


def match_stored(ev: ExtractedEvent, stored: list[Event], published: str | None) -> Event | None:
    """The stored event this one reports again, if any: same participants, dates that
    can be the same moment (an undated event lies before its first report)."""
    for old in stored:
        if ev.type in OBJECT_KEYED and old.object_id and pid(ev.object) and old.object_id != pid(ev.object):
            continue
        if dates_compatible((ev.date, ev.date_precision, published),
                            (old.date, old.date_precision, old.first_reported)):
            return old
    return None


def to_event(ev: ExtractedEvent, article_id: str, published: str | None,
             existing: Event | None = None) -> Event:
    """The graph record for an extracted event, merged into `existing` when it is known."""
    evidence = [Evidence(article_id=article_id, sentence=s, start=a, end=b) for s, a, b in ev.evidence]
    summary = summarise(ev)
    if existing is None:
        return Event(id=event_id(ev, article_id), type=ev.type, status=ev.status, date=ev.date,
                     date_precision=ev.date_precision, confidence=ev.confidence, summary=summary,
                     actor_id=pid(ev.actor), target_id=pid(ev.target), object_id=pid(ev.object),
                     first_reported=(published or "")[:10] or None, evidence=evidence)
    merged = Event(**{k: getattr(existing, k) for k in (
        "id", "type", "status", "date", "date_precision", "confidence", "summary", "actor_id",
        "target_id", "object_id", "first_reported")})
    merged.evidence = evidence
    if PRECISION_RANK[ev.date_precision] > PRECISION_RANK[existing.date_precision] and ev.date:
        merged.date, merged.date_precision = ev.date, ev.date_precision
    if STATUS_RANK[ev.status] > STATUS_RANK[existing.status]:
        merged.status = ev.status
    merged.object_id = existing.object_id or pid(ev.object)
    merged.confidence = round(min(0.99, max(existing.confidence, ev.confidence) + 0.02), 2)
    if published and (not existing.first_reported or published[:10] < existing.first_reported):
        merged.first_reported = published[:10]
    return merged


_TEMPLATES = {
    "access_revocation": "{actor} cut off {target_s} access{to_object}",
    "rate_limit": "{actor} imposed usage limits{on_object}",
    "acquisition": "{actor} {verb} {target}",
    "investment": "{actor} invested in {target}",
    "partnership": "{actor} partnered with {target}{on_object}",
    "lawsuit": "{actor} sued {target}",
    "product_launch": "{actor} launched {object}",
    "executive_move": "{object}: executive move, {actor}{from_target}",
    "regulatory_action": "{actor} took regulatory action against {target}",
}
_ACQUIRE = {"announced": "agreed to acquire", "attempted": "tried to acquire",
            "failed": "failed to acquire", "reported": "reportedly acquired"}


def summarise(ev: ExtractedEvent) -> str:
    """One line a person can read: "Anthropic cut off OpenAI's access to Claude API"."""
    name = lambda p: p.name if p else "?"  # noqa: E731
    text = _TEMPLATES.get(ev.type, "{actor} {type}").format(
        actor=name(ev.actor), target=name(ev.target), object=name(ev.object), type=ev.type,
        target_s=(name(ev.target) + "'s") if ev.target else "",
        to_object=f" to {ev.object.name}" if ev.object else "",
        on_object=f" on {ev.object.name}" if ev.object else "",
        from_target=f" (from {ev.target.name})" if ev.target else "",
        verb=_ACQUIRE.get(ev.status, "acquired"))
    text = " ".join(text.split())
    if ev.status in ("announced", "attempted", "failed", "reported") and ev.type != "acquisition":
        text += f" ({ev.status})"
    return text
