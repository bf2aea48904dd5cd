"""Which store backends the contract tests run against, and how to make a fresh one."""
from __future__ import annotations

import os

import pytest

from graph.store import open_store

NEO4J_REASON = ("Neo4j tests need a server: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD), "
                "e.g. docker run -p 7687:7687 -e NEO4J_AUTH=neo4j/secret neo4j:5")

BACKENDS = [
    "sqlite",
    pytest.param("neo4j", marks=[pytest.mark.neo4j,
                                 pytest.mark.skipif(not os.environ.get("NEO4J_URI"),
                                                    reason=NEO4J_REASON)]),
]


def make_store(backend: str, tmp_path):
    if backend == "sqlite":
        return open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    # The Neo4j tests empty the database NEO4J_URI points at: use a throwaway server.
    store = open_store(os.environ["NEO4J_URI"])
    store.wipe()
    return store
