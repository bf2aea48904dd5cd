"""The extraction-quality table for the README: `aikg eval` on dev and test, side by side.

    python bench/eval_report.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.model import EVENT_TYPES  # noqa: E402
from ingest.evaluation import evaluate, load_gold  # noqa: E402


def main() -> None:
    reports = {split: evaluate(load_gold(split), split).as_dict() for split in ("dev", "test")}
    dev, test = reports["dev"], reports["test"]
    print(f"| measure | dev ({dev['passages']} passages) | test ({test['passages']} passages) |")
    print("|---|---|---|")
    for key, label in (("precision", "event precision"), ("recall", "event recall"), ("f1", "event F1"),
                       ("actor_accuracy", "actor accuracy"), ("target_accuracy", "target accuracy"),
                       ("date_accuracy", "date accuracy (gold dated)"),
                       ("status_accuracy", "status accuracy")):
        print(f"| {label} | {dev[key]:.3f} | {test[key]:.3f} |")
    for t in EVENT_TYPES:
        d, s = dev["by_type"].get(t, {}), test["by_type"].get(t, {})
        print(f"| F1 {t} | {d.get('f1', 0):.3f} | {s.get('f1', 0):.3f} |")


if __name__ == "__main__":
    main()
