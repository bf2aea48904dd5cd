"""Shared fixtures. The spaCy pipeline is loaded once per session (it takes ~1 s)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory) -> Path:
    """An embedded store built once from the bundled sample, shared read-only by tests."""
    from graph.store import open_store
    from ingest.feeds import feed_sources
    from ingest.pipeline import ingest

    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    with open_store(f"sqlite:///{path}") as store:
        ingest(store, feed_sources(None, True))
    return path


@pytest.fixture
def clean_env(monkeypatch):
    for var in ("AIKG_STORE", "NEO4J_URI", "AIKG_MODEL", "AIKG_DATA"):
        monkeypatch.delenv(var, raising=False)
    return os.environ
