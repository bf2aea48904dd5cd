"""What the Neo4j backend must do even with no server: clear one-line errors."""
from __future__ import annotations

import subprocess
import sys

import pytest

from graph.neo4j_store import _split_uri
from graph.store import StoreError, open_store

from .conftest import ROOT


def test_uri_credentials_and_database_are_split_out():
    assert _split_uri("neo4j://alice:s%40cret@db.example:7687?database=news") == (
        "neo4j://db.example:7687", "alice", "s@cret", "news")
    assert _split_uri("bolt://localhost") == ("bolt://localhost", None, None, None)


@pytest.mark.parametrize("uri", ["neo4j://127.0.0.1:1", "bolt://127.0.0.1:1", "neo4j+s://127.0.0.1:1"])
def test_server_down_is_one_clear_error(uri):
    with pytest.raises(StoreError, match="not reachable") as info:
        open_store(uri)
    assert "\n" not in str(info.value)


def test_cli_with_neo4j_down_exits_with_one_line():
    proc = subprocess.run([sys.executable, "-m", "app.cli", "events", "--store",
                           "neo4j://neo4j:topsecret@127.0.0.1:1"], capture_output=True, cwd=ROOT,
                          timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err
    assert "not reachable" in err and "topsecret" not in err
