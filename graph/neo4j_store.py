"""The Neo4j 5 backend (official driver): uniqueness constraints on ids, batched
`UNWIND $rows ... MERGE` writes in managed transactions (retried on transient errors),
and only parameterised queries.

Every entity node carries the label `Entity` plus its kind (`Organization`, `Person`,
`Product`), so one constraint makes ids unique across kinds. Relationship types are the
graph model's: ACTOR, TARGET, CONCERNS, REPORTED_IN, MENTIONS, OWNS, ROLE.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

from .model import Article, Entity, Event, Evidence, Relation
from .store import Store, StoreError, redact

BATCH = 1000
KIND_LABEL = {"organization": "Organization", "person": "Person", "product": "Product"}

SCHEMA = [
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT feed_id IF NOT EXISTS FOR (n:Feed) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date)",
    "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
    "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)",
]

_EVENT_RETURN = """
OPTIONAL MATCH (a:Entity)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
OPTIONAL MATCH (e)-[:CONCERNS]->(o:Entity)
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(art:Article)
WITH e, a, t, o, r, art ORDER BY coalesce(art.published, ''), art.id, r.start
WITH e, a, t, o, collect(CASE WHEN r IS NULL THEN NULL ELSE {
  article_id: art.id, sentence: r.evidence, start: r.start, end: r.end,
  published: art.published, url: art.url, source: art.source, title: art.title} END) AS reports
RETURN e {.*} AS e, a.id AS actor_id, a.name AS actor, t.id AS target_id, t.name AS target,
       o.id AS object_id, o.name AS object, reports
ORDER BY coalesce(e.date, '') DESC, e.id
"""


def _split_uri(uri: str) -> tuple[str, str | None, str | None, str | None]:
    """(uri without credentials or query, user, password, database)."""
    parts = urlsplit(uri)
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    host = parts.hostname or "localhost"
    netloc = f"{host}:{parts.port}" if parts.port else host
    database = (parse_qs(parts.query).get("database") or [None])[0]
    return urlunsplit((parts.scheme, netloc, "", "", "")), user, password, database


class Neo4jStore(Store):
    def __init__(self, uri: str, user: str | None = None, password: str | None = None,
                 database: str | None = None, connect: bool = True):
        try:
            import neo4j
            from neo4j import exceptions as neo_exc
        except ImportError:
            raise StoreError("the neo4j driver is not installed: pip install neo4j") from None
        self._exc = neo_exc
        self.uri = redact(uri)
        bare, uri_user, uri_password, uri_db = _split_uri(uri)
        self.user = user or uri_user or os.environ.get("NEO4J_USER") or "neo4j"
        password = password or uri_password or os.environ.get("NEO4J_PASSWORD")
        self.database = database or uri_db or os.environ.get("NEO4J_DATABASE") or None
        self._where = bare
        try:
            self.driver = neo4j.GraphDatabase.driver(
                bare, auth=(self.user, password or ""), connection_timeout=10,
                max_transaction_retry_time=30)
        except (ValueError, neo_exc.ConfigurationError) as exc:
            raise StoreError(f"bad Neo4j URI {self.uri!r}: {exc}") from None
        if connect:
            self._guard(self.driver.verify_connectivity)
            self._guard(self._ensure_schema)

    # --- plumbing --------------------------------------------------------------------
    def _guard(self, fn, *args, **kwargs):
        """Run a driver call; every failure becomes one StoreError line."""
        exc = self._exc
        try:
            return fn(*args, **kwargs)
        except exc.AuthError:
            raise StoreError(f"Neo4j at {self._where} refused the credentials for user "
                             f"{self.user!r} (check NEO4J_USER/NEO4J_PASSWORD)") from None
        except (exc.ServiceUnavailable, exc.SessionExpired, OSError) as e:
            raise StoreError(f"Neo4j at {self._where} is not reachable ({_first_line(e)}); "
                             f"is the server running?") from None
        except exc.ClientError as e:
            if "database" in str(e.message or "").lower() and "not" in str(e.message or "").lower():
                raise StoreError(f"Neo4j has no database named {self.database!r}") from None
            raise StoreError(f"Neo4j refused a query: {e.code}: {_first_line(e.message)}") from None
        except exc.Neo4jError as e:
            raise StoreError(f"Neo4j error {e.code}: {_first_line(e.message)}") from None
        except exc.DriverError as e:
            raise StoreError(f"Neo4j driver error: {_first_line(e)}") from None

    def _session(self, read: bool = False):
        import neo4j

        return self.driver.session(database=self.database,
                                   default_access_mode=neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS)

    def _write(self, query: str, **params) -> list[dict]:
        def work(tx):
            return [r.data() for r in tx.run(query, **params)]

        def run():
            with self._session() as s:
                return s.execute_write(work)
        return self._guard(run)

    def _write_rows(self, query: str, rows: list[dict], **params) -> list[dict]:
        out: list[dict] = []
        for i in range(0, len(rows), BATCH):
            out += self._write(query, rows=rows[i:i + BATCH], **params)
        return out

    def _read(self, query: str, **params) -> list[dict]:
        def work(tx):
            return [r.data() for r in tx.run(query, **params)]

        def run():
            with self._session(read=True) as s:
                return s.execute_read(work)
        return self._guard(run)

    def _ensure_schema(self) -> None:
        with self._session() as s:
            for statement in SCHEMA:
                s.run(statement).consume()

    def close(self) -> None:
        self.driver.close()

    def wipe(self) -> None:
        """Delete everything in the database (tests only: point them at a throwaway server)."""
        while self._write("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n")[0]["n"]:
            pass

    # --- writes ------------------------------------------------------------------------
    def upsert_articles(self, articles: Iterable[Article]) -> int:
        rows = [{"id": a.id, "props": {"url": a.url, "title": a.title, "source": a.source,
                                        "published": a.published, "fetched": a.fetched,
                                        "summary": a.summary, "text": a.text, "feed": a.feed}}
                for a in articles]
        if not rows:
            return 0
        import uuid

        stamp = uuid.uuid4().hex
        result = self._write_rows(
            "UNWIND $rows AS r MERGE (a:Article {id: r.id}) "
            "ON CREATE SET a += r.props, a._created = $stamp "
            "WITH a WHERE a._created = $stamp REMOVE a._created RETURN count(a) AS n",
            rows, stamp=stamp)
        return sum(r["n"] for r in result)

    def upsert_entities(self, entities: Iterable[Entity]) -> None:
        rows = [{"id": e.id, "kind": e.kind, "known": e.known,
                 "props": {"name": e.name, "kind": e.kind, "aliases": list(e.aliases),
                           "category": e.category, "owner": e.owner,
                           "roles_json": json.dumps(e.roles)}} for e in entities]
        self._write_rows(
            "UNWIND $rows AS r MERGE (e:Entity {id: r.id}) "
            "WITH e, r, coalesce(e.known, false) AS was_known "
            "SET e += CASE WHEN r.known OR NOT was_known THEN r.props ELSE {} END, "
            "    e.known = was_known OR r.known "
            "FOREACH (_ IN CASE WHEN e.kind = 'organization' THEN [1] ELSE [] END | SET e:Organization) "
            "FOREACH (_ IN CASE WHEN e.kind = 'person' THEN [1] ELSE [] END | SET e:Person) "
            "FOREACH (_ IN CASE WHEN e.kind = 'product' THEN [1] ELSE [] END | SET e:Product)",
            rows)

    def upsert_relations(self, relations: Iterable[Relation]) -> None:
        relations = list(relations)
        owns = [{"s": r.source, "t": r.target} for r in relations if r.type == "OWNS"]
        roles = [{"s": r.source, "t": r.target, "title": r.title or ""} for r in relations
                 if r.type == "ROLE"]
        self._write_rows("UNWIND $rows AS r MATCH (a:Entity {id: r.s}), (b:Entity {id: r.t}) "
                         "MERGE (a)-[:OWNS]->(b)", owns)
        self._write_rows("UNWIND $rows AS r MATCH (a:Entity {id: r.s}), (b:Entity {id: r.t}) "
                         "MERGE (a)-[:ROLE {title: r.title}]->(b)", roles)

    def set_mentions(self, article_id: str, counts: dict[str, int]) -> None:
        self._write(
            "MATCH (a:Article {id: $id}) "
            "OPTIONAL MATCH (a)-[m:MENTIONS]->() DELETE m "
            "WITH DISTINCT a UNWIND $rows AS r MATCH (e:Entity {id: r.id}) "
            "MERGE (a)-[m:MENTIONS]->(e) SET m.count = r.count",
            id=article_id, rows=[{"id": k, "count": v} for k, v in counts.items()])

    def upsert_events(self, events: Iterable[Event]) -> None:
        events = list(events)
        rows = [{"id": e.id, "actor": e.actor_id, "target": e.target_id, "object": e.object_id,
                 "props": {"type": e.type, "status": e.status, "date": e.date,
                           "date_precision": e.date_precision, "confidence": e.confidence,
                           "summary": e.summary, "first_reported": e.first_reported}}
                for e in events]
        self._write_rows(
            "UNWIND $rows AS r MERGE (e:Event {id: r.id}) SET e += r.props "
            "WITH e, r OPTIONAL MATCH (e)-[old:TARGET|CONCERNS]->() DELETE old "
            "WITH DISTINCT e, r OPTIONAL MATCH ()-[old:ACTOR]->(e) DELETE old "
            "WITH DISTINCT e, r "
            "OPTIONAL MATCH (a:Entity {id: r.actor}) "
            "OPTIONAL MATCH (t:Entity {id: r.target}) "
            "OPTIONAL MATCH (o:Entity {id: r.object}) "
            "FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (a)-[:ACTOR]->(e)) "
            "FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | MERGE (e)-[:TARGET]->(t)) "
            "FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (e)-[:CONCERNS]->(o))",
            rows)
        reports = [{"event": e.id, "article": ev.article_id, "evidence": ev.sentence,
                    "start": ev.start, "end": ev.end} for e in events for ev in e.evidence]
        self._write_rows(
            "UNWIND $rows AS r MATCH (e:Event {id: r.event}), (a:Article {id: r.article}) "
            "MERGE (e)-[x:REPORTED_IN {start: r.start}]->(a) "
            "ON CREATE SET x.evidence = r.evidence, x.end = r.end", reports)

    def clear_events(self) -> None:
        while self._write("MATCH (e:Event) WITH e LIMIT 10000 DETACH DELETE e RETURN count(*) AS n")[0]["n"]:
            pass

    def mark_extracted(self, article_id: str, version: str) -> None:
        self._write("MATCH (a:Article {id: $id}) SET a.extracted_with = $v", id=article_id, v=version)

    def set_feed_state(self, feed: str, etag: str | None, modified: str | None,
                       status: str | None = None) -> None:
        self._write("MERGE (f:Feed {id: $id}) SET f.etag = $etag, f.modified = $modified, "
                    "f.status = $status", id=feed, etag=etag, modified=modified, status=status)

    # --- reads -------------------------------------------------------------------------
    def feed_state(self, feed: str) -> dict | None:
        rows = self._read("MATCH (f:Feed {id: $id}) RETURN f.id AS feed, f.etag AS etag, "
                          "f.modified AS modified, f.status AS status", id=feed)
        return rows[0] if rows else None

    @staticmethod
    def _article(d: dict) -> Article:
        return Article(id=d["id"], url=d.get("url"), title=d.get("title") or "",
                       source=d.get("source"), published=d.get("published"),
                       fetched=d.get("fetched"), summary=d.get("summary") or "",
                       text=d.get("text") or "", feed=d.get("feed"))

    def get_article(self, article_id: str) -> Article | None:
        rows = self._read("MATCH (a:Article {id: $id}) RETURN a {.*} AS a", id=article_id)
        return self._article(rows[0]["a"]) if rows else None

    def articles(self, pending_version: str | None = None) -> list[Article]:
        rows = self._read(
            "MATCH (a:Article) WHERE $v IS NULL OR a.extracted_with IS NULL OR a.extracted_with <> $v "
            "RETURN a {.*} AS a ORDER BY coalesce(a.published, ''), a.id", v=pending_version)
        return [self._article(r["a"]) for r in rows]

    def extraction_versions(self) -> dict[str | None, int]:
        return {r["v"]: r["n"] for r in self._read(
            "MATCH (a:Article) RETURN a.extracted_with AS v, count(a) AS n")}

    @staticmethod
    def _entity(d: dict) -> Entity:
        return Entity(id=d["id"], name=d.get("name") or d["id"], kind=d.get("kind") or "organization",
                      aliases=list(d.get("aliases") or []), category=d.get("category"),
                      owner=d.get("owner"), roles=json.loads(d.get("roles_json") or "[]"),
                      known=bool(d.get("known")))

    def get_entity(self, entity_id: str) -> Entity | None:
        rows = self._read("MATCH (e:Entity {id: $id}) RETURN e {.*} AS e", id=entity_id)
        return self._entity(rows[0]["e"]) if rows else None

    def entities(self, kind: str | None = None) -> list[Entity]:
        rows = self._read("MATCH (e:Entity) WHERE $kind IS NULL OR e.kind = $kind "
                          "RETURN e {.*} AS e ORDER BY e.id", kind=kind)
        return [self._entity(r["e"]) for r in rows]

    def find_entity(self, name: str) -> Entity | None:
        rows = self._read(
            "MATCH (e:Entity) WHERE e.id = $name OR toLower(e.name) = toLower($name) "
            "OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($name)) "
            "RETURN e {.*} AS e ORDER BY CASE WHEN e.id = $name THEN 0 ELSE 1 END, e.id LIMIT 1",
            name=name.strip())
        return self._entity(rows[0]["e"]) if rows else None

    def relations(self, type: str | None = None) -> list[Relation]:
        rows = self._read(
            "MATCH (a:Entity)-[r:OWNS|ROLE]->(b:Entity) WHERE $type IS NULL OR type(r) = $type "
            "RETURN type(r) AS type, a.id AS s, b.id AS t, r.title AS title ORDER BY type, s, t",
            type=type)
        return [Relation(r["type"], r["s"], r["t"], r["title"] or None) for r in rows]

    def mentions(self, article_id: str) -> dict[str, int]:
        rows = self._read("MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity) "
                          "RETURN e.id AS id, m.count AS n", id=article_id)
        return {r["id"]: r["n"] for r in rows}

    @staticmethod
    def _event(r: dict) -> Event:
        e = r["e"]
        return Event(id=e["id"], type=e["type"], status=e["status"], date=e.get("date"),
                     date_precision=e["date_precision"], confidence=e["confidence"],
                     summary=e.get("summary") or "", actor_id=r["actor_id"],
                     target_id=r["target_id"], object_id=r["object_id"], actor=r["actor"],
                     target=r["target"], object=r["object"], first_reported=e.get("first_reported"),
                     evidence=[Evidence(**x) for x in r["reports"] if x])

    def get_event(self, event_id: str) -> Event | None:
        rows = self._read("MATCH (e:Event {id: $id})" + _EVENT_RETURN, id=event_id)
        return self._event(rows[0]) if rows else None

    def events(self, type: str | None = None, entity: str | None = None,
               since: str | None = None, until: str | None = None,
               min_confidence: float = 0.0, limit: int | None = None) -> list[Event]:
        entity_id = None
        if entity is not None:
            found = self.find_entity(entity)
            if found is None:
                return []
            entity_id = found.id
        query = (
            "MATCH (e:Event) WHERE e.confidence >= $minc AND ($type IS NULL OR e.type = $type) "
            "AND ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until) "
            "AND ($eid IS NULL OR EXISTS { MATCH (:Entity {id: $eid})-[:ACTOR]->(e) } "
            "     OR EXISTS { MATCH (e)-[:TARGET|CONCERNS]->(:Entity {id: $eid}) }) "
            "WITH e ORDER BY coalesce(e.date, '') DESC, e.id "
            + ("LIMIT $limit " if limit else "") + _EVENT_RETURN)
        rows = self._read(query, minc=min_confidence, type=type, since=since,
                          until=(until + "\uffff") if until else None, eid=entity_id,
                          limit=int(limit) if limit else None)
        return [self._event(r) for r in rows]

    def candidate_events(self, type: str, actor_id: str | None,
                         target_id: str | None) -> list[Event]:
        rows = self._read(
            "MATCH (e:Event {type: $type}) "
            "WHERE (($actor IS NULL AND NOT EXISTS { MATCH (:Entity)-[:ACTOR]->(e) }) "
            "       OR EXISTS { MATCH (:Entity {id: $actor})-[:ACTOR]->(e) }) "
            "  AND (($target IS NULL AND NOT EXISTS { MATCH (e)-[:TARGET]->(:Entity) }) "
            "       OR EXISTS { MATCH (e)-[:TARGET]->(:Entity {id: $target}) }) "
            "WITH e" + _EVENT_RETURN, type=type, actor=actor_id, target=target_id)
        return [self._event(r) for r in rows]

    def run_read_only(self, query: str, params: dict | None = None, limit: int = 1000) -> list[dict]:
        """The Cypher console: write clauses refused here, and the session is READ mode."""
        from .cypher import check_read_only

        check_read_only(query)

        def work(tx):
            result = tx.run(query, **(params or {}))
            return [r.data() for _, r in zip(range(limit), result)]

        def run():
            with self._session(read=True) as s:
                return s.execute_read(work)
        return self._guard(run)

    def stats(self) -> dict[str, int]:
        counts = {}
        for name, query in (
                ("articles", "MATCH (n:Article) RETURN count(n) AS n"),
                ("entities", "MATCH (n:Entity) RETURN count(n) AS n"),
                ("events", "MATCH (n:Event) RETURN count(n) AS n"),
                ("reports", "MATCH ()-[r:REPORTED_IN]->() RETURN count(r) AS n"),
                ("relations", "MATCH (:Entity)-[r:OWNS|ROLE]->(:Entity) RETURN count(r) AS n")):
            counts[name] = self._read(query)[0]["n"]
        for r in self._read("MATCH (e:Event) RETURN e.type AS t, count(e) AS n ORDER BY t"):
            counts[f"type:{r['t']}"] = r["n"]
        return counts


def _first_line(value) -> str:
    return str(value).strip().splitlines()[0][:200] if str(value).strip() else type(value).__name__
