"""Neo4j load speed: events per second written with batched `UNWIND $rows ... MERGE`
against one query per event. Needs a server: NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD).
It EMPTIES that database: point it at a throwaway server.

    python bench/bench_neo4j.py [--events 5000]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_app import build  # noqa: E402  (synthetic events in an embedded store)
from graph.store import open_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5000)
    args = parser.parse_args()
    if not os.environ.get("NEO4J_URI"):
        sys.exit("bench_neo4j: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to a throwaway Neo4j 5 server")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "src.sqlite"
        build(path, args.events)
        with open_store(f"sqlite:///{path}") as src, open_store(os.environ["NEO4J_URI"]) as neo:
            events, entities = src.events(), src.entities()
            articles = src.articles()
            results = {}
            for mode in ("batched UNWIND", "one query per event"):
                neo.wipe()
                neo.upsert_entities(entities)
                neo.upsert_articles(articles)
                t0 = time.perf_counter()
                if mode == "batched UNWIND":
                    neo.upsert_events(events)
                else:
                    for ev in events:
                        neo.upsert_events([ev])
                results[mode] = time.perf_counter() - t0
    print("| mode | seconds | events/s |\n|---|---|---|")
    for mode, secs in results.items():
        print(f"| {mode} | {secs:.2f} | {len(events) / secs:.0f} |")
    print(f"\nbatched is {results['one query per event'] / results['batched UNWIND']:.1f}x faster")


if __name__ == "__main__":
    main()
