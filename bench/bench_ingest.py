"""Ingest throughput on the bundled sample: a fresh embedded store, the sample read and
extracted, then read again (must change nothing).

    python bench/bench_ingest.py
"""
from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.store import open_store  # noqa: E402
from ingest.feeds import feed_sources  # noqa: E402
from ingest.nlp import load_pipeline  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402


def main() -> None:
    t0 = time.perf_counter()
    load_pipeline()
    model_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{Path(tmp) / 'b.sqlite'}") as store:
        t0 = time.perf_counter()
        first = ingest(store, feed_sources(None, True))
        first_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        second = ingest(store, feed_sources(None, True))
        second_s = time.perf_counter() - t0
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}\n")
    print("| step | result |\n|---|---|")
    print(f"| load spaCy pipeline | {model_s:.2f} s |")
    print(f"| ingest sample ({first.new_articles} articles) | {first_s:.2f} s, "
          f"{first.new_articles / first_s:.0f} articles/s, {first.stats['events']} events |")
    print(f"| ingest again | {second_s:.2f} s, {second.new_articles} new articles, "
          f"{second.events_created} new events |")


if __name__ == "__main__":
    main()
