"""The store contract: every backend must pass these unchanged.

The embedded store always runs; Neo4j runs when NEO4J_URI points at a server (see
tests/backends.py) and is skipped with the reason otherwise.
"""
from __future__ import annotations

import pytest

from graph.model import Article, Entity, Event, Evidence, Relation
from tests.backends import BACKENDS, make_store


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    s = make_store(request.param, tmp_path)
    yield s
    s.close()


def article(n: int, published: str = "2025-08-01T10:00:00+00:00") -> Article:
    return Article(id=f"a{n}", url=f"https://news.example.com/{n}", title=f"Title {n}",
                   source="Wire", published=published, fetched="2025-08-01T11:00:00+00:00",
                   summary=f"Summary {n}", feed="sample.xml")


ANTHROPIC = Entity("anthropic", "Anthropic", "organization", ["Anthropic PBC"], "ai_lab")
OPENAI = Entity("openai", "OpenAI", "organization", ["Open AI"], "ai_lab")
CLAUDE = Entity("claude-api", "Claude API", "product", [], owner="anthropic")


def event(id_="ev1", date="2025-07-29", type_="access_revocation", article_id="a1",
          start=0, confidence=0.9, actor="anthropic", target="openai") -> Event:
    return Event(id=id_, type=type_, status="completed", date=date, date_precision="day",
                 confidence=confidence, summary="Anthropic cut off OpenAI", actor_id=actor,
                 target_id=target, object_id="claude-api", first_reported="2025-08-01",
                 evidence=[Evidence(article_id, "Anthropic revoked OpenAI's access.", start, start + 34)])


def seed(store):
    store.upsert_articles([article(1), article(2, "2025-08-02T09:00:00+00:00")])
    store.upsert_entities([ANTHROPIC, OPENAI, CLAUDE])


def test_articles_are_stored_once(store):
    assert store.upsert_articles([article(1), article(2)]) == 2
    assert store.upsert_articles([article(1), article(2), article(3)]) == 1
    got = store.get_article("a1")
    assert got.title == "Title 1" and got.url == "https://news.example.com/1"
    assert got.published.startswith("2025-08-01")
    assert [a.id for a in store.articles()] == ["a1", "a2", "a3"]
    assert store.get_article("missing") is None


def test_pending_articles_follow_the_extractor_version(store):
    store.upsert_articles([article(1), article(2)])
    store.mark_extracted("a1", "v1")
    assert [a.id for a in store.articles(pending_version="v1")] == ["a2"]
    assert len(store.articles(pending_version="v2")) == 2
    assert store.extraction_versions() == {"v1": 1, None: 1}


def test_gazetteer_entity_is_not_replaced_by_a_guess(store):
    store.upsert_entities([ANTHROPIC])
    store.upsert_entities([Entity("anthropic", "anthropic inc", "organization", known=False)])
    assert store.get_entity("anthropic").name == "Anthropic"
    assert store.get_entity("anthropic").aliases == ["Anthropic PBC"]
    store.upsert_entities([Entity("acme", "Acme", "organization", known=False)])
    store.upsert_entities([Entity("acme", "Acme Corp", "organization", known=True)])
    assert store.get_entity("acme").name == "Acme Corp"


def test_find_entity_by_id_name_or_alias(store):
    seed(store)
    assert store.find_entity("openai").id == "openai"
    assert store.find_entity("OPENAI").id == "openai"
    assert store.find_entity("open ai").id == "openai"
    assert store.find_entity("nobody") is None
    assert [e.id for e in store.entities(kind="product")] == ["claude-api"]


def test_event_round_trip_with_names_and_evidence(store):
    seed(store)
    store.upsert_events([event()])
    ev = store.get_event("ev1")
    assert (ev.actor, ev.target, ev.object) == ("Anthropic", "OpenAI", "Claude API")
    assert ev.date == "2025-07-29" and ev.date_precision == "day" and ev.confidence == 0.9
    assert ev.mentions == 1 and ev.sources == 1
    assert ev.evidence[0].url == "https://news.example.com/1"
    assert ev.evidence[0].sentence == "Anthropic revoked OpenAI's access."


def test_evidence_merges_without_duplicates(store):
    seed(store)
    store.upsert_events([event()])
    store.upsert_events([event()])  # the same report again
    store.upsert_events([event(article_id="a2")])  # another outlet
    ev = store.get_event("ev1")
    assert ev.mentions == 2 and ev.sources == 2
    assert len(store.events()) == 1


def test_event_filters(store):
    seed(store)
    store.upsert_events([event("ev1", "2025-07-29"),
                         event("ev2", "2013-01-24", "access_revocation", confidence=0.5),
                         event("ev3", "2024-03-01", "investment", actor="openai", target="anthropic")])
    assert [e.id for e in store.events()] == ["ev1", "ev3", "ev2"]  # newest first
    assert {e.id for e in store.events(type="investment")} == {"ev3"}
    assert {e.id for e in store.events(since="2024")} == {"ev1", "ev3"}
    assert {e.id for e in store.events(until="2024")} == {"ev2", "ev3"}
    assert {e.id for e in store.events(until="2024-02-28")} == {"ev2"}
    assert {e.id for e in store.events(min_confidence=0.8)} == {"ev1", "ev3"}
    assert {e.id for e in store.events(entity="Open AI")} == {"ev1", "ev2", "ev3"}
    assert store.events(entity="nobody") == []
    assert len(store.events(limit=2)) == 2


def test_candidates_and_clear(store):
    seed(store)
    store.upsert_events([event("ev1"), event("ev3", type_="investment")])
    assert [e.id for e in store.candidate_events("access_revocation", "anthropic", "openai")] == ["ev1"]
    assert store.candidate_events("access_revocation", "openai", "anthropic") == []
    store.clear_events()
    assert store.events() == [] and store.stats()["events"] == 0
    assert store.stats()["reports"] == 0 and store.stats()["articles"] == 2


def test_relations_mentions_feed_state_and_stats(store):
    seed(store)
    store.upsert_relations([Relation("OWNS", "anthropic", "claude-api"),
                            Relation("OWNS", "anthropic", "claude-api")])
    assert store.relations("OWNS") == [Relation("OWNS", "anthropic", "claude-api")]
    store.set_mentions("a1", {"anthropic": 3, "openai": 1})
    store.set_mentions("a1", {"anthropic": 2})
    assert store.mentions("a1") == {"anthropic": 2}
    assert store.feed_state("f") is None
    store.set_feed_state("f", '"etag"', "Fri, 01 Aug 2025 10:00:00 GMT", "ok")
    assert store.feed_state("f")["etag"] == '"etag"'
    store.upsert_events([event()])
    stats = store.stats()
    assert stats["articles"] == 2 and stats["entities"] == 3 and stats["events"] == 1
    assert stats["type:access_revocation"] == 1
