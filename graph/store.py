"""The store interface every backend implements, and `open_store` to pick one by URI.

The CLI, the app and the exports only talk to `Store`; the shared contract tests in
tests/test_store_contract.py run unchanged against each backend.
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .model import Article, Entity, Event, Relation

NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")


class StoreError(Exception):
    """A store cannot be opened or used; the message is one line meant for the user."""


class Store(ABC):
    uri: str

    # --- writes (all idempotent) -------------------------------------------------
    @abstractmethod
    def upsert_articles(self, articles: Iterable[Article]) -> int:
        """Store articles raw; returns how many were new. Existing ids are left as they are."""

    @abstractmethod
    def upsert_entities(self, entities: Iterable[Entity]) -> None:
        """Insert or update entities; a gazetteer entry (known) is never replaced by an NER guess."""

    @abstractmethod
    def upsert_relations(self, relations: Iterable[Relation]) -> None: ...

    @abstractmethod
    def set_mentions(self, article_id: str, counts: dict[str, int]) -> None:
        """Replace the MENTIONS counts of one article."""

    @abstractmethod
    def upsert_events(self, events: Iterable[Event]) -> None:
        """Insert or update events; evidence is merged by (article, start), never duplicated."""

    @abstractmethod
    def clear_events(self) -> None:
        """Remove every event and REPORTED_IN link (articles and entities stay)."""

    @abstractmethod
    def mark_extracted(self, article_id: str, version: str) -> None: ...

    @abstractmethod
    def set_feed_state(self, feed: str, etag: str | None, modified: str | None,
                       status: str | None = None) -> None: ...

    # --- reads ---------------------------------------------------------------------
    @abstractmethod
    def feed_state(self, feed: str) -> dict | None: ...

    @abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abstractmethod
    def articles(self, pending_version: str | None = None) -> list[Article]:
        """All articles oldest first; with pending_version, only those not yet extracted with it."""

    @abstractmethod
    def extraction_versions(self) -> dict[str | None, int]:
        """How many stored articles each extractor version produced (None: not yet extracted)."""

    @abstractmethod
    def get_entity(self, entity_id: str) -> Entity | None: ...

    @abstractmethod
    def entities(self, kind: str | None = None) -> list[Entity]: ...

    @abstractmethod
    def relations(self, type: str | None = None) -> list[Relation]: ...

    @abstractmethod
    def mentions(self, article_id: str) -> dict[str, int]: ...

    @abstractmethod
    def get_event(self, event_id: str) -> Event | None: ...

    @abstractmethod
    def events(self, type: str | None = None, entity: str | None = None,
               since: str | None = None, until: str | None = None,
               min_confidence: float = 0.0, limit: int | None = None) -> list[Event]:
        """Events newest first, with evidence. `entity` is an id, name or alias and
        matches actor, target or object; since/until compare ISO dates inclusively."""

    @abstractmethod
    def candidate_events(self, type: str, actor_id: str | None,
                         target_id: str | None) -> list[Event]:
        """Events that may be the same real-world event (same type and participants)."""

    @abstractmethod
    def stats(self) -> dict[str, int]:
        """Counts: articles, entities, events, reports, and events per type as type:<name>."""

    @abstractmethod
    def close(self) -> None: ...

    # --- helpers shared by backends -----------------------------------------------
    def find_entity(self, name: str) -> Entity | None:
        """An entity by id, name or alias, ignoring case."""
        entity = self.get_entity(name)
        if entity:
            return entity
        wanted = name.strip().lower()
        for e in self.entities():
            if e.name.lower() == wanted or wanted in (a.lower() for a in e.aliases):
                return e
        return None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def default_store_uri() -> str:
    """A per-user data directory, never the source tree."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return "sqlite:///" + str(Path(base) / "aikg" / "aikg.sqlite").lstrip("/")


def resolve_store_uri(uri: str | None = None) -> str:
    """The URI to use: the argument, else AIKG_STORE, else NEO4J_URI, else the default."""
    return uri or os.environ.get("AIKG_STORE") or os.environ.get("NEO4J_URI") or default_store_uri()


def sqlite_path(uri: str) -> Path:
    """`sqlite:///tmp/x.sqlite` -> /tmp/x.sqlite; a bare path is taken as it is."""
    if uri.startswith("sqlite://"):
        rest = unquote(uri[len("sqlite://"):])
        if not rest or rest.strip("/") == "":
            raise StoreError(f"store URI {uri!r} names no file: use sqlite:///path/to/file.sqlite")
        if rest.startswith("/"):  # sqlite:////abs/path (SQLAlchemy style) is sqlite:///abs/path
            rest = "/" + rest.lstrip("/")
        return Path(rest)
    return Path(uri)


def redact(uri: str) -> str:
    """The URI with any password replaced, safe to print."""
    parts = urlsplit(uri)
    if parts.password:
        return uri.replace(":" + parts.password + "@", ":***@", 1)
    return uri


def open_store(uri: str | None = None, **options) -> Store:
    """Open the store a URI names (see resolve_store_uri for the defaults)."""
    uri = resolve_store_uri(uri)
    scheme = urlsplit(uri).scheme.lower() if "://" in uri else ""
    if scheme == "sqlite" or not scheme:
        from .sqlite_store import SQLiteStore

        return SQLiteStore(sqlite_path(uri))
    if scheme in NEO4J_SCHEMES:
        from .neo4j_store import Neo4jStore

        return Neo4jStore(uri, **options)
    raise StoreError(
        f"unknown store scheme {scheme!r} in {redact(uri)!r}: use sqlite:///path/to/file.sqlite "
        f"or neo4j://user:password@host:7687"
    )
