"""The embedded backend: one SQLite file (WAL, one transaction per write call)."""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from .model import Article, Entity, Event, Evidence, Relation
from .store import Store, StoreError

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, url TEXT, title TEXT NOT NULL, source TEXT, published TEXT,
  fetched TEXT, summary TEXT, text TEXT, feed TEXT, extracted_with TEXT);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT,
  category TEXT, owner TEXT, roles TEXT, known INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS relations (
  type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (type, source, target, title));
CREATE TABLE IF NOT EXISTS mentions (
  article_id TEXT NOT NULL, entity_id TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id));
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT NOT NULL, date TEXT,
  date_precision TEXT NOT NULL, confidence REAL NOT NULL, summary TEXT,
  actor_id TEXT, target_id TEXT, object_id TEXT, first_reported TEXT);
CREATE INDEX IF NOT EXISTS events_type_date ON events(type, date);
CREATE INDEX IF NOT EXISTS events_actor ON events(actor_id);
CREATE INDEX IF NOT EXISTS events_target ON events(target_id);
CREATE TABLE IF NOT EXISTS reports (
  event_id TEXT NOT NULL, article_id TEXT NOT NULL, evidence TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (event_id, article_id, start));
CREATE TABLE IF NOT EXISTS feeds (
  feed TEXT PRIMARY KEY, etag TEXT, modified TEXT, status TEXT);
"""


class SQLiteStore(Store):
    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser()
        self.uri = "sqlite:///" + str(self.path.resolve()).lstrip("/")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            with self.conn:
                self.conn.executescript(SCHEMA)
                self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                                  (str(SCHEMA_VERSION),))
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from None
        self._lock = threading.RLock()

    # --- plumbing ---------------------------------------------------------------------
    def _write(self, sql: str, rows: Iterable[tuple] | None = None) -> None:
        try:
            with self._lock, self.conn:
                if rows is None:
                    self.conn.execute(sql)
                else:
                    self.conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to store {self.path}: {exc}") from None

    def _read(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
        try:
            with self._lock:
                return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from None

    def close(self) -> None:
        self.conn.close()

    # --- writes -------------------------------------------------------------------------
    def upsert_articles(self, articles: Iterable[Article]) -> int:
        rows = [(a.id, a.url, a.title, a.source, a.published, a.fetched, a.summary, a.text, a.feed)
                for a in articles]
        if not rows:
            return 0
        before = self._read("SELECT COUNT(*) FROM articles")[0][0]
        self._write("INSERT OR IGNORE INTO articles (id, url, title, source, published, fetched,"
                    " summary, text, feed) VALUES (?,?,?,?,?,?,?,?,?)", rows)
        return self._read("SELECT COUNT(*) FROM articles")[0][0] - before

    def upsert_entities(self, entities: Iterable[Entity]) -> None:
        rows = [(e.id, e.name, e.kind, json.dumps(e.aliases), e.category, e.owner,
                 json.dumps(e.roles), int(e.known)) for e in entities]
        # An NER guess never overwrites a gazetteer entry; a gazetteer entry replaces a guess.
        self._write(
            "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " name=excluded.name, kind=excluded.kind, aliases=excluded.aliases,"
            " category=excluded.category, owner=excluded.owner, roles=excluded.roles,"
            " known=excluded.known WHERE excluded.known >= entities.known", rows)

    def upsert_relations(self, relations: Iterable[Relation]) -> None:
        self._write("INSERT OR IGNORE INTO relations VALUES (?,?,?,?)",
                    [(r.type, r.source, r.target, r.title or "") for r in relations])

    def set_mentions(self, article_id: str, counts: dict[str, int]) -> None:
        with self._lock:
            self._write("DELETE FROM mentions WHERE article_id = ?", [(article_id,)])
            self._write("INSERT INTO mentions VALUES (?,?,?)",
                        [(article_id, k, v) for k, v in counts.items()])

    def upsert_events(self, events: Iterable[Event]) -> None:
        events = list(events)
        self._write(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " type=excluded.type, status=excluded.status, date=excluded.date,"
            " date_precision=excluded.date_precision, confidence=excluded.confidence,"
            " summary=excluded.summary, actor_id=excluded.actor_id,"
            " target_id=excluded.target_id, object_id=excluded.object_id,"
            " first_reported=excluded.first_reported",
            [(e.id, e.type, e.status, e.date, e.date_precision, e.confidence, e.summary,
              e.actor_id, e.target_id, e.object_id, e.first_reported) for e in events])
        self._write("INSERT OR IGNORE INTO reports VALUES (?,?,?,?,?)",
                    [(e.id, ev.article_id, ev.sentence, ev.start, ev.end)
                     for e in events for ev in e.evidence])

    def clear_events(self) -> None:
        with self._lock:
            self._write("DELETE FROM reports")
            self._write("DELETE FROM events")

    def mark_extracted(self, article_id: str, version: str) -> None:
        self._write("UPDATE articles SET extracted_with = ? WHERE id = ?", [(version, article_id)])

    def set_feed_state(self, feed: str, etag: str | None, modified: str | None,
                       status: str | None = None) -> None:
        self._write("INSERT OR REPLACE INTO feeds VALUES (?,?,?,?)", [(feed, etag, modified, status)])

    # --- reads --------------------------------------------------------------------------
    def feed_state(self, feed: str) -> dict | None:
        rows = self._read("SELECT * FROM feeds WHERE feed = ?", (feed,))
        return dict(rows[0]) if rows else None

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        return Article(id=row["id"], url=row["url"], title=row["title"], source=row["source"],
                       published=row["published"], fetched=row["fetched"],
                       summary=row["summary"] or "", text=row["text"] or "", feed=row["feed"])

    def get_article(self, article_id: str) -> Article | None:
        rows = self._read("SELECT * FROM articles WHERE id = ?", (article_id,))
        return self._article(rows[0]) if rows else None

    def articles(self, pending_version: str | None = None) -> list[Article]:
        if pending_version is None:
            rows = self._read("SELECT * FROM articles ORDER BY published, id")
        else:
            rows = self._read("SELECT * FROM articles WHERE extracted_with IS NOT ? "
                              "ORDER BY published, id", (pending_version,))
        return [self._article(r) for r in rows]

    def extraction_versions(self) -> dict[str | None, int]:
        return {r[0]: r[1] for r in self._read(
            "SELECT extracted_with, COUNT(*) FROM articles GROUP BY extracted_with")}

    @staticmethod
    def _entity(row: sqlite3.Row) -> Entity:
        return Entity(id=row["id"], name=row["name"], kind=row["kind"],
                      aliases=json.loads(row["aliases"] or "[]"), category=row["category"],
                      owner=row["owner"], roles=json.loads(row["roles"] or "[]"),
                      known=bool(row["known"]))

    def get_entity(self, entity_id: str) -> Entity | None:
        rows = self._read("SELECT * FROM entities WHERE id = ?", (entity_id,))
        return self._entity(rows[0]) if rows else None

    def entities(self, kind: str | None = None) -> list[Entity]:
        if kind:
            rows = self._read("SELECT * FROM entities WHERE kind = ? ORDER BY id", (kind,))
        else:
            rows = self._read("SELECT * FROM entities ORDER BY id")
        return [self._entity(r) for r in rows]

    def relations(self, type: str | None = None) -> list[Relation]:
        sql = "SELECT * FROM relations" + (" WHERE type = ?" if type else "") + " ORDER BY 1,2,3"
        rows = self._read(sql, (type,) if type else ())
        return [Relation(r["type"], r["source"], r["target"], r["title"] or None) for r in rows]

    def mentions(self, article_id: str) -> dict[str, int]:
        rows = self._read("SELECT entity_id, count FROM mentions WHERE article_id = ?", (article_id,))
        return {r[0]: r[1] for r in rows}

    def _events(self, where: str, params: list, limit: int | None = None) -> list[Event]:
        sql = ("SELECT e.*, a.name AS actor, t.name AS target, o.name AS object FROM events e"
               " LEFT JOIN entities a ON a.id = e.actor_id"
               " LEFT JOIN entities t ON t.id = e.target_id"
               " LEFT JOIN entities o ON o.id = e.object_id"
               f" WHERE {where} ORDER BY e.date DESC, e.id")
        if limit:
            sql += " LIMIT ?"
            params = [*params, int(limit)]
        rows = self._read(sql, params)
        events = {r["id"]: Event(
            id=r["id"], type=r["type"], status=r["status"], date=r["date"],
            date_precision=r["date_precision"], confidence=r["confidence"], summary=r["summary"],
            actor_id=r["actor_id"], target_id=r["target_id"], object_id=r["object_id"],
            actor=r["actor"], target=r["target"], object=r["object"],
            first_reported=r["first_reported"]) for r in rows}
        if events:
            marks = ",".join("?" * len(events))
            for r in self._read(
                    "SELECT r.*, a.published, a.url, a.source, a.title FROM reports r"
                    " JOIN articles a ON a.id = r.article_id"
                    f" WHERE r.event_id IN ({marks}) ORDER BY a.published, r.article_id, r.start",
                    list(events)):
                events[r["event_id"]].evidence.append(Evidence(
                    article_id=r["article_id"], sentence=r["evidence"], start=r["start"],
                    end=r["end"], published=r["published"], url=r["url"], source=r["source"],
                    title=r["title"]))
        return list(events.values())

    def get_event(self, event_id: str) -> Event | None:
        found = self._events("e.id = ?", [event_id])
        return found[0] if found else None

    def events(self, type: str | None = None, entity: str | None = None,
               since: str | None = None, until: str | None = None,
               min_confidence: float = 0.0, limit: int | None = None) -> list[Event]:
        where, params = ["e.confidence >= ?"], [min_confidence]
        if type:
            where.append("e.type = ?")
            params.append(type)
        if entity is not None:
            found = self.find_entity(entity)
            if found is None:
                return []
            where.append("? IN (e.actor_id, e.target_id, e.object_id)")
            params.append(found.id)
        if since:
            where.append("e.date >= ?")
            params.append(since)
        if until:
            # An ISO prefix compares inclusively: until=2025 keeps every 2025 date.
            where.append("e.date <= ?")
            params.append(until + "\uffff")
        return self._events(" AND ".join(where), params, limit)

    def candidate_events(self, type: str, actor_id: str | None,
                         target_id: str | None) -> list[Event]:
        return self._events("e.type = ? AND e.actor_id IS ? AND e.target_id IS ?",
                            [type, actor_id, target_id])

    def stats(self) -> dict[str, int]:
        counts = {name: self._read(f"SELECT COUNT(*) FROM {table}")[0][0] for name, table in
                  (("articles", "articles"), ("entities", "entities"), ("events", "events"),
                   ("reports", "reports"), ("relations", "relations"))}
        for r in self._read("SELECT type, COUNT(*) FROM events GROUP BY type"):
            counts[f"type:{r[0]}"] = r[1]
        return counts
