"""What the app shows, computed without Streamlit so it can be tested directly."""
from __future__ import annotations

from datetime import date

import pandas as pd

from graph import analytics
from graph.model import EVENT_TYPES, Event

#: One colour per event type, shared by every chart and the legend.
TYPE_COLOURS = {
    "access_revocation": "#d62728", "rate_limit": "#ff7f0e", "acquisition": "#1f77b4",
    "investment": "#2ca02c", "partnership": "#17becf", "lawsuit": "#9467bd",
    "product_launch": "#bcbd22", "executive_move": "#8c564b", "regulatory_action": "#e377c2",
}

COLUMNS = ["date", "type", "status", "actor", "target", "object", "confidence", "sources", "id"]


def display_date(date_: str | None, precision: str) -> str:
    if not date_:
        return "undated"
    return {"day": date_, "week": f"week of {date_}", "month": date_[:7],
            "year": date_[:4]}.get(precision, f"reported {date_}")


def filter_events(events: list[Event], types: list[str] | None = None, entity: str | None = None,
                  since: str | None = None, until: str | None = None,
                  min_confidence: float = 0.0) -> list[Event]:
    out = []
    for ev in events:
        if types and ev.type not in types:
            continue
        if entity and entity not in (ev.actor_id, ev.target_id, ev.object_id):
            continue
        if ev.confidence < min_confidence:
            continue
        if (since or until) and not analytics.in_window(ev, since, until):
            continue
        out.append(ev)
    return out


def events_frame(events: list[Event]) -> pd.DataFrame:
    rows = [{"date": display_date(e.date, e.date_precision), "sort_date": e.date or "",
             "type": e.type, "status": e.status, "actor": e.actor or "", "target": e.target or "",
             "object": e.object or "", "confidence": e.confidence, "sources": e.sources,
             "id": e.id} for e in events]
    frame = pd.DataFrame(rows, columns=COLUMNS + ["sort_date"])
    return frame.sort_values("sort_date", ascending=False).drop(columns="sort_date").reset_index(drop=True)


def per_month(events: list[Event]) -> pd.DataFrame:
    """Events per month and type (dated events only), for the overview chart."""
    rows = [{"month": e.date[:7], "type": e.type} for e in events
            if e.date and e.date_precision != "unknown"]
    if not rows:
        return pd.DataFrame(columns=["month", "type", "events"])
    frame = pd.DataFrame(rows)
    return frame.groupby(["month", "type"]).size().reset_index(name="events")


def most_active(events: list[Event], names: dict[str, str], n: int = 10) -> pd.DataFrame:
    counts = analytics.activity(events).most_common(n)
    return pd.DataFrame([{"entity": names.get(k, k), "id": k, "events": v} for k, v in counts],
                        columns=["entity", "id", "events"])


def timeline_points(events: list[Event]) -> pd.DataFrame:
    rows = [{"date": pd.Timestamp(e.date), "type": e.type, "summary": e.summary,
             "status": e.status, "id": e.id, "precision": e.date_precision}
            for e in events if e.date]
    return pd.DataFrame(rows, columns=["date", "type", "summary", "status", "id", "precision"])


def graph_frames(events: list[Event]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (id, name, x, y, events) and edges (x, y, x2, y2, type, ...) for a network chart."""
    g = analytics.event_graph(events)
    pos = analytics.layout(g)
    nodes = pd.DataFrame([{"id": n, "name": d.get("name", n), "x": pos[n][0], "y": pos[n][1],
                           "events": d.get("events", 0)} for n, d in g.nodes(data=True)],
                         columns=["id", "name", "x", "y", "events"])
    edges = pd.DataFrame([{"source": g.nodes[u].get("name", u), "target": g.nodes[v].get("name", v),
                           "x": pos[u][0], "y": pos[u][1], "x2": pos[v][0], "y2": pos[v][1],
                           "type": d["type"], "date": d["date"], "status": d["status"],
                           "event": k} for u, v, k, d in g.edges(keys=True, data=True)],
                         columns=["source", "target", "x", "y", "x2", "y2", "type", "date",
                                  "status", "event"])
    return nodes, edges


def date_bounds(events: list[Event]) -> tuple[date, date] | None:
    """First and last event dates, for the time-window slider."""
    dates = sorted(e.date for e in events if e.date)
    if not dates:
        return None
    return date.fromisoformat(dates[0]), date.fromisoformat(dates[-1])


def year_bounds(events: list[Event]) -> tuple[int, int]:
    years = [int(e.date[:4]) for e in events if e.date]
    if not years:
        this = date.today().year
        return this, this
    return min(years), max(years)


def type_label(type_: str) -> str:
    return type_.replace("_", " ")


def type_help() -> str:
    return "\n".join(f"- **{type_label(k)}**: {v}" for k, v in EVENT_TYPES.items())


def counterparties(events: list[Event], entity_id: str, names: dict[str, str]) -> pd.DataFrame:
    """Who an entity deals with, and how often."""
    from collections import Counter

    counts: Counter = Counter()
    for e in events:
        for other in {e.actor_id, e.target_id, e.object_id} - {entity_id, None}:
            counts[other] += 1
    return pd.DataFrame([{"counterparty": names.get(k, k), "events": v} for k, v in counts.most_common()],
                        columns=["counterparty", "events"])
