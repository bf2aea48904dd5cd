"""Plain records shared by every layer.

They live in `graph` because the graph is the contract between ingest (which
produces them) and the app (which reads them); `graph` never imports `ingest`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ENTITY_KINDS = ("organization", "person", "product")

#: Event types, their definitions and who plays which role. Kept here, next to
#: the records, so that every backend and the app describe them the same way.
EVENT_TYPES: dict[str, str] = {
    "access_revocation": "A company cuts off or restricts another party's access to its "
    "API, model or platform (actor: provider; target: whose access; object: the API/model).",
    "rate_limit": "A provider imposes usage or rate limits on a product or API "
    "(actor: provider; target: affected party if named; object: product limited).",
    "acquisition": "A company buys, agrees to buy or tries to buy another "
    "(actor: acquirer; target: acquired company; object: asset if not the whole company).",
    "investment": "An investor funds a company (actor: investor; target: company funded).",
    "partnership": "Two parties enter a partnership, alliance or commercial deal "
    "(actor: one partner; target: the other; object: the product or deal).",
    "lawsuit": "A plaintiff sues a defendant (actor: plaintiff; target: defendant; "
    "one event per defendant).",
    "product_launch": "A company launches or releases a product or model "
    "(actor: company; object: product).",
    "executive_move": "A person joins, leaves or is appointed by an organisation "
    "(actor: organisation joined, or left if no destination; target: previous "
    "organisation; object: the person).",
    "regulatory_action": "A regulator fines, investigates, blocks or orders a company "
    "(actor: regulator; target: company).",
}

#: Statuses that state an event as fact. Others (hypothetical, denied) are not
#: events: they are kept apart and no view shows them as facts.
FACT_STATUSES = ("completed", "announced", "attempted", "failed", "reported")
NON_FACT_STATUSES = ("hypothetical", "denied")
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")


@dataclass
class Entity:
    id: str
    name: str
    kind: str  # organization | person | product
    aliases: list[str] = field(default_factory=list)
    category: str | None = None  # ai_lab, big_tech, regulator, ... (organizations)
    owner: str | None = None  # id of the owning organization
    roles: list[dict[str, Any]] = field(default_factory=list)  # persons: {title, org}
    known: bool = True  # False when generated from NER, not the gazetteer

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Article:
    id: str
    url: str | None
    title: str
    source: str | None = None  # outlet or feed name
    published: str | None = None  # ISO 8601 date-time (UTC)
    fetched: str | None = None
    summary: str = ""
    text: str = ""  # full text when fetched, else empty
    feed: str | None = None  # the feed URL or path it came from

    @property
    def body(self) -> str:
        """The text extraction runs on: headline, then the fullest body we have."""
        parts = [self.title.strip(), (self.text or self.summary or "").strip()]
        return "\n".join(p for p in parts if p)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence:
    """One REPORTED_IN link: the sentence of one article that states the event."""

    article_id: str
    sentence: str
    start: int
    end: int
    published: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None


@dataclass
class Event:
    id: str
    type: str
    status: str
    date: str | None  # YYYY-MM-DD, the first day of the period for coarser precisions
    date_precision: str
    confidence: float
    summary: str
    actor_id: str | None = None
    target_id: str | None = None
    object_id: str | None = None
    actor: str | None = None  # display names, filled by the store on read
    target: str | None = None
    object: str | None = None
    first_reported: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def lead(self) -> Evidence | None:
        """The evidence to show first: a full sentence rather than a headline."""
        for e in self.evidence:
            if e.sentence.rstrip().endswith((".", "!", "?", "\"", "”", "’", "'")):
                return e
        return self.evidence[0] if self.evidence else None

    @property
    def mentions(self) -> int:
        return len(self.evidence)

    @property
    def sources(self) -> int:
        return len({e.article_id for e in self.evidence})

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["mentions"] = self.mentions
        d["sources"] = self.sources
        return d


@dataclass
class Relation:
    """OWNS (organization -> organization|product) or ROLE (person -> organization)."""

    type: str  # OWNS | ROLE
    source: str
    target: str
    title: str | None = None  # for ROLE
