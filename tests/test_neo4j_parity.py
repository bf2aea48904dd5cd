"""With a Neo4j server (NEO4J_URI set): the sample ingested into Neo4j gives the same
events as the embedded store; sync is idempotent; an interrupted ingest resumes cleanly;
two concurrent ingests create no duplicates."""
from __future__ import annotations

import os
import threading

import pytest

from graph.store import open_store
from graph.sync import sync
from ingest.feeds import feed_sources
from ingest.pipeline import ingest

from .backends import NEO4J_REASON

pytestmark = [pytest.mark.neo4j, pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason=NEO4J_REASON)]


def keys(store):
    return sorted((e.type, e.actor_id, e.target_id, e.date) for e in store.events())


@pytest.fixture
def neo():
    store = open_store(os.environ["NEO4J_URI"])
    store.wipe()
    yield store
    store.close()


def test_sample_into_neo4j_matches_embedded(neo, tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'e.sqlite'}") as embedded:
        ingest(embedded, feed_sources(None, True))
        ingest(neo, feed_sources(None, True))
        assert keys(neo) == keys(embedded)
        assert neo.stats()["events"] == embedded.stats()["events"]


def test_sync_is_idempotent(neo, sample_store_path):
    with open_store(f"sqlite:///{sample_store_path}") as src:
        sync(src, neo)
        first = (keys(neo), neo.stats())
        sync(src, neo)
        assert (keys(neo), neo.stats()) == first
        assert keys(neo) == keys(src)


def test_interrupted_ingest_resumes_to_the_same_graph(neo, tmp_path):
    from ingest import pipeline

    real = pipeline.process_article
    calls = {"n": 0}

    def dying(store, article, model=None):
        calls["n"] += 1
        if calls["n"] == 40:
            raise KeyboardInterrupt
        return real(store, article, model)

    pipeline.process_article = dying
    try:
        with pytest.raises(KeyboardInterrupt):
            ingest(neo, feed_sources(None, True))
    finally:
        pipeline.process_article = real
    ingest(neo, feed_sources(None, True))
    with open_store(f"sqlite:///{tmp_path / 'e.sqlite'}") as embedded:
        ingest(embedded, feed_sources(None, True))
        assert keys(neo) == keys(embedded)


def test_concurrent_ingests_make_no_duplicate_nodes(neo):
    errors = []

    def run():
        try:
            with open_store(os.environ["NEO4J_URI"]) as s:
                ingest(s, feed_sources(None, True))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    dupes = neo._read("MATCH (n) WHERE n.id IS NOT NULL WITH labels(n) AS l, n.id AS id, count(*) AS c "
                      "WHERE c > 1 RETURN l, id, c LIMIT 5")
    assert dupes == []
