"""Flat representations of events for JSON, tables and exports."""
from __future__ import annotations

from .model import Event


def event_row(ev: Event) -> dict:
    """One event as a flat JSON-ready dict: roles by name and id, the leading evidence
    sentence, and every report (REPORTED_IN) with its source."""
    lead = ev.lead
    return {
        "id": ev.id, "type": ev.type, "status": ev.status,
        "actor": ev.actor, "actor_id": ev.actor_id,
        "target": ev.target, "target_id": ev.target_id,
        "object": ev.object, "object_id": ev.object_id,
        "date": ev.date, "date_precision": ev.date_precision,
        "confidence": ev.confidence, "summary": ev.summary,
        "evidence": lead.sentence if lead else None,
        "source_url": lead.url if lead else None,
        "first_reported": ev.first_reported,
        "mentions": ev.mentions, "sources": ev.sources,
        "reports": [{"article_id": e.article_id, "url": e.url, "title": e.title,
                     "source": e.source, "published": e.published, "evidence": e.sentence,
                     "start": e.start, "end": e.end} for e in ev.evidence],
    }


# --- file formats -----------------------------------------------------------------------
import csv  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402

import networkx as nx  # noqa: E402

FORMATS = ("csv", "jsonl", "graphml", "gexf", "timelinejs")
CSV_COLUMNS = ["id", "type", "status", "date", "date_precision", "actor", "actor_id", "target",
               "target_id", "object", "object_id", "confidence", "summary", "evidence",
               "source_url", "first_reported", "mentions", "sources"]


def to_csv(events: list[Event]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for ev in events:
        writer.writerow(event_row(ev))
    return out.getvalue()


def to_jsonl(events: list[Event]) -> str:
    return "".join(json.dumps(event_row(ev), ensure_ascii=False) + "\n" for ev in events)


def _period_end(date: str, precision: str) -> str:
    """The last day an event dated with this precision may fall on."""
    from calendar import monthrange

    y, m = int(date[:4]), int(date[5:7])
    if precision == "year":
        return f"{y}-12-31"
    if precision == "month":
        return f"{y}-{m:02d}-{monthrange(y, m)[1]:02d}"
    return date


def export_graph(events: list[Event], dynamic: bool = True) -> nx.MultiDiGraph:
    """Entities and events as a graph for Gephi/yEd: an edge per event role, with start/end
    dates on edges and each node's first and last event, so Gephi's timeline works."""
    g = nx.MultiDiGraph()
    if dynamic:
        g.graph["mode"] = "dynamic"
        g.graph["timeformat"] = "date"
    for ev in events:
        ends = [(ev.actor_id, ev.actor), (ev.target_id, ev.target), (ev.object_id, ev.object)]
        for node, name in ends:
            if not node:
                continue
            if node not in g:
                g.add_node(node, label=name or node, events=0)
            g.nodes[node]["events"] += 1
            if ev.date:
                d = g.nodes[node]
                d["start"] = min(d.get("start", ev.date), ev.date)
                d["end"] = max(d.get("end", ev.date), _period_end(ev.date, ev.date_precision))
        attrs = {"type": ev.type, "status": ev.status, "event": ev.id, "summary": ev.summary,
                 "confidence": float(ev.confidence), "date": ev.date or "",
                 "evidence": ev.lead.sentence if ev.lead else "",
                 "source_url": (ev.lead.url or "") if ev.lead else ""}
        if ev.date:
            attrs["start"] = ev.date
            attrs["end"] = _period_end(ev.date, ev.date_precision)
        if ev.actor_id and ev.target_id:
            g.add_edge(ev.actor_id, ev.target_id, key=ev.id, role="target", **attrs)
        if ev.actor_id and ev.object_id:
            g.add_edge(ev.actor_id, ev.object_id, key=ev.id + ":object", role="object", **attrs)
    for _, d in g.nodes(data=True):  # undated nodes span everything
        if "start" not in d:
            d.pop("end", None)
    return g


def to_graphml(events: list[Event]) -> str:
    g = export_graph(events, dynamic=False)
    for _, _, d in g.edges(data=True):
        d.pop("start", None)
        d.pop("end", None)
    for _, d in g.nodes(data=True):
        d.pop("start", None)
        d.pop("end", None)
    return "\n".join(nx.generate_graphml(g)) + "\n"


def to_gexf(events: list[Event]) -> str:
    return "\n".join(nx.generate_gexf(export_graph(events, dynamic=True))) + "\n"


def _timeline_date(date: str, precision: str) -> dict:
    d = {"year": int(date[:4])}
    if precision in ("day", "week", "month", "unknown"):
        d["month"] = int(date[5:7])
    if precision in ("day", "unknown"):
        d["day"] = int(date[8:10])
    return d


def to_timelinejs(events: list[Event], title: str = "AI industry events") -> str:
    """Knight Lab TimelineJS JSON: one slide per dated event, grouped by type."""
    from html import escape

    slides = []
    for ev in sorted((e for e in events if e.date), key=lambda e: e.date):
        sources = "".join(
            f'<p>“{escape(e.sentence)}” — '
            + (f'<a href="{escape(e.url)}">{escape(e.source or e.title or "source")}</a>'
               if e.url else escape(e.source or "source")) + "</p>" for e in ev.evidence[:3])
        slides.append({"unique_id": ev.id, "start_date": _timeline_date(ev.date, ev.date_precision),
                       "text": {"headline": escape(ev.summary), "text": sources},
                       "group": ev.type.replace("_", " ")})
    return json.dumps({"title": {"text": {"headline": escape(title),
                                          "text": f"{len(slides)} events extracted by aikg"}},
                       "events": slides}, ensure_ascii=False, indent=1)


def export(events: list[Event], fmt: str, title: str = "AI industry events") -> str:
    """The events in one of FORMATS, as text."""
    if fmt == "csv":
        return to_csv(events)
    if fmt == "jsonl":
        return to_jsonl(events)
    if fmt == "graphml":
        return to_graphml(events)
    if fmt == "gexf":
        return to_gexf(events)
    if fmt == "timelinejs":
        return to_timelinejs(events, title)
    raise ValueError(f"unknown export format {fmt!r}; one of: {', '.join(FORMATS)}")
