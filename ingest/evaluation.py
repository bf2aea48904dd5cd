"""`aikg eval`: precision, recall and F1 of event extraction against gold passages.

An extracted event matches a gold event when type, actor and target agree (by canonical
id; for a partnership, in either order, since DESIGN.md makes both sides partners). Role,
date and status accuracy are measured on the pairs that match by type.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph.model import EVENT_TYPES

from .extract import extract
from .gazetteer import load_gazetteer, normalise_name, slugify
from .settings import data_dir

SPLITS = ("dev", "test")


class GoldError(ValueError):
    pass


@dataclass
class GoldPassage:
    id: str
    published: str | None
    text: str
    events: list[dict]
    tags: list[str] = field(default_factory=list)


def entity_key(name: str | None) -> str | None:
    """A gold name as the id the extractor would give it."""
    if not name:
        return None
    known = load_gazetteer().lookup(name, fuzzy=False)
    return known.id if known else slugify(normalise_name(name))


def load_gold(split: str = "dev", folder: str | Path | None = None) -> list[GoldPassage]:
    folder = Path(folder) if folder else data_dir() / "gold"
    names = SPLITS if split == "all" else (split,)
    out = []
    for name in names:
        paths = sorted(folder.glob(f"{name}.jsonl")) + sorted(folder.glob(f"{name}-*.jsonl"))
        if not paths:
            raise GoldError(f"no gold file {folder / (name + '.jsonl')}")
        for path, n, line in ((p, n, line) for p in paths
                              for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                out.append(GoldPassage(raw["id"], raw.get("published"), raw["text"],
                                       raw.get("events", []), raw.get("tags", [])))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise GoldError(f"{path}:{n}: not a gold passage ({exc})") from None
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    split: str
    passages: int = 0
    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    role_pairs: int = 0
    actor_correct: int = 0
    target_correct: int = 0
    dated: int = 0
    date_correct: int = 0
    status_pairs: int = 0
    status_correct: int = 0
    by_tag: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)

    def ratio(self, a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    def as_dict(self) -> dict:
        return {"split": self.split, "passages": self.passages, **self.overall.as_dict(),
                "actor_accuracy": self.ratio(self.actor_correct, self.role_pairs),
                "target_accuracy": self.ratio(self.target_correct, self.role_pairs),
                "date_accuracy": self.ratio(self.date_correct, self.dated),
                "status_accuracy": self.ratio(self.status_correct, self.status_pairs),
                "by_type": {t: self.by_type[t].as_dict() for t in EVENT_TYPES if t in self.by_type},
                "by_tag": {t: c.as_dict() for t, c in sorted(self.by_tag.items())},
                "misses": self.misses, "false_positives": self.false_positives}


#: Types whose two parties play the same part: "A partnered with B" is "B partnered with A".
SYMMETRIC = ("partnership",)


def _gold_key(ev: dict) -> tuple:
    return _ordered((ev["type"], entity_key(ev.get("actor")), entity_key(ev.get("target"))))


def _pred_key(ev) -> tuple:
    return _ordered((ev.type, ev.actor.id if ev.actor else None, ev.target.id if ev.target else None))


def _ordered(key: tuple) -> tuple:
    if key[0] in SYMMETRIC and key[1] and key[2]:
        return (key[0], *sorted(key[1:]))
    return key


def evaluate(passages: list[GoldPassage], split: str = "dev", model: str | None = None,
             progress=lambda items, *a: items) -> Report:
    report = Report(split=split, passages=len(passages))
    for p in progress(passages, "evaluating", len(passages)):
        predicted = extract(p.text, p.published, model).events
        gold = list(p.events)
        unmatched_pred = list(predicted)
        for g in gold:
            key = _gold_key(g)
            match = next((e for e in unmatched_pred if _pred_key(e) == key), None)
            typed = match or next((e for e in unmatched_pred if e.type == g["type"]), None)
            if typed is not None:  # role, date and status accuracy on type-level pairs
                report.role_pairs += 1
                typed_key = _pred_key(typed)
                report.actor_correct += typed_key[1] == key[1]
                report.target_correct += typed_key[2] == key[2]
                report.status_pairs += 1
                report.status_correct += typed.status == g.get("status", "completed")
                if g.get("date"):
                    report.dated += 1
                    report.date_correct += (typed.date == g["date"]
                                            and typed.date_precision != "unknown")
            if match is not None:
                unmatched_pred.remove(match)
                report.overall.tp += 1
                report.by_type[g["type"]].tp += 1
            else:
                report.overall.fn += 1
                report.by_type[g["type"]].fn += 1
                report.misses.append({"passage": p.id, "gold": g, "text": p.text,
                                      "predicted": [_describe(e) for e in predicted]})
            for tag in p.tags:  # which constructions the misses come from
                if match is not None:
                    report.by_tag[tag].tp += 1
                else:
                    report.by_tag[tag].fn += 1
        for e in unmatched_pred:
            report.overall.fp += 1
            report.by_type[e.type].fp += 1
            for tag in p.tags:
                report.by_tag[tag].fp += 1
            report.false_positives.append({"passage": p.id, "predicted": _describe(e), "text": p.text})
    return report


def _describe(ev) -> dict:
    return {"type": ev.type, "actor": ev.actor.name if ev.actor else None,
            "target": ev.target.name if ev.target else None,
            "object": ev.object.name if ev.object else None, "date": ev.date,
            "status": ev.status, "evidence": ev.evidence[0][0]}


def format_report(report: Report, by_type: bool = True, verbose: bool = False,
                  by_tag: bool = False) -> str:
    d = report.as_dict()
    lines = [f"split {d['split']}: {d['passages']} passages",
             f"events  P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}  "
             f"(tp {d['tp']}, fp {d['fp']}, fn {d['fn']})",
             f"actor accuracy {d['actor_accuracy']:.3f}, target accuracy {d['target_accuracy']:.3f}, "
             f"date accuracy {d['date_accuracy']:.3f} ({report.dated} dated), "
             f"status accuracy {d['status_accuracy']:.3f}"]
    if by_type:
        lines.append(f"{'type':20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
        for t, c in d["by_type"].items():
            lines.append(f"{t:20} {c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:6.3f} "
                         f"{c['tp']:4} {c['fp']:4} {c['fn']:4}")
    if by_tag:
        lines.append(f"\n{'construction tag':20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
        for t, c in report.as_dict()["by_tag"].items():
            lines.append(f"{t:20} {c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:6.3f} "
                         f"{c['tp']:4} {c['fp']:4} {c['fn']:4}")
    if verbose:
        lines.append("\nmisses:")
        for m in report.misses:
            g = m["gold"]
            lines.append(f"  {m['passage']}: {g['type']} {g.get('actor')} -> {g.get('target')}"
                         f"  | got {[(p['type'], p['actor'], p['target']) for p in m['predicted']]}")
            lines.append(f"      {m['text'][:220]!r}")
        lines.append("\nfalse positives:")
        for f in report.false_positives:
            p = f["predicted"]
            lines.append(f"  {f['passage']}: {p['type']} {p['actor']} -> {p['target']} [{p['status']}]"
                         f"  | {p['evidence'][:160]!r}")
    return "\n".join(lines)
