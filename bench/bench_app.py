"""How the app copes with a big store: 10,000 synthetic events in an embedded store,
then the time to load them and to run each page (first run and cached rerun).

    python bench/bench_app.py [--events 10000]

Prints a Markdown table; the README's figures come from it (machine stated there).
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.model import EVENT_TYPES, Article, Event, Evidence  # noqa: E402
from graph.store import open_store  # noqa: E402
from ingest.gazetteer import load_gazetteer  # noqa: E402


def build(path: Path, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    gaz = load_gazetteer()
    orgs = [e for e in gaz.entities.values() if e.kind == "organization"]
    products = [e for e in gaz.entities.values() if e.kind == "product"]
    with open_store(f"sqlite:///{path}") as store:
        store.upsert_entities(gaz.entities.values())
        articles = [Article(id=f"a{i}", url=f"https://news.example.com/{i}", title=f"Story {i}",
                            source="Bench Wire", published=f"{2010 + i % 16}-01-01T00:00:00+00:00")
                    for i in range(n // 2)]
        store.upsert_articles(articles)
        events = []
        for i in range(n):
            a, t = rng.sample(orgs, 2)
            y, m, d = rng.randint(2010, 2025), rng.randint(1, 12), rng.randint(1, 28)
            events.append(Event(
                id=f"ev{i}", type=rng.choice(list(EVENT_TYPES)), status="completed",
                date=f"{y}-{m:02d}-{d:02d}", date_precision="day", confidence=rng.random(),
                summary=f"{a.name} and {t.name}", actor_id=a.id, target_id=t.id,
                object_id=rng.choice(products).id,
                evidence=[Evidence(f"a{rng.randrange(n // 2)}", f"{a.name} did something to {t.name}.", 0, 40)]))
        store.upsert_events(events)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        build_s = timed(lambda: build(path, args.events))
        os.environ["AIKG_STORE"] = f"sqlite:///{path}"
        with open_store(f"sqlite:///{path}") as store:
            load_s = timed(store.events)
        rows = [("build store", build_s), ("store.events() (all, with evidence)", load_s)]
        cold = AppTest.from_file(str(ROOT / "app" / "streamlit_app.py"), default_timeout=300)
        rows.append(("cold start: load everything + overview", timed(cold.run)))
        for screen in ("overview", "graph", "timeline", "company", "precedents", "export", "event"):
            at = AppTest.from_file(str(ROOT / "app" / "streamlit_app.py"), default_timeout=300)
            at.run()
            if screen != "overview":
                at.switch_page(f"screens/{screen}.py")
            first = timed(at.run)
            again = timed(at.run)
            assert not at.exception, (screen, [e.value for e in at.exception])
            rows.append((f"page {screen}: first run / rerun", (first, again)))
    print(f"{args.events:,} events; {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}\n")
    print("| step | seconds |\n|---|---|")
    for name, value in rows:
        text = " / ".join(f"{v:.2f}" for v in value) if isinstance(value, tuple) else f"{value:.2f}"
        print(f"| {name} | {text} |")


if __name__ == "__main__":
    main()
