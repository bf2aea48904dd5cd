"""networkx views of the event graph: who is linked to whom by which events, when."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx

from .model import Event


def in_window(ev: Event, since: str | None, until: str | None) -> bool:
    """Whether an event's date lies in [since, until] (ISO prefixes, inclusive)."""
    if not ev.date:
        return since is None
    if since and ev.date < since:
        return False
    return not (until and ev.date > until + "\uffff")


def event_graph(events: Iterable[Event]) -> nx.MultiDiGraph:
    """Entities as nodes; one edge per event from actor to target (or to the object
    when there is no target). Nodes carry how many events they take part in."""
    g = nx.MultiDiGraph()
    for ev in events:
        ends = [(ev.actor_id, ev.actor), (ev.target_id or ev.object_id,
                                          ev.target if ev.target_id else ev.object)]
        for node, name in ends:
            if node and node not in g:
                g.add_node(node, name=name or node, events=0)
        if not ev.actor_id or not ends[1][0]:
            continue
        g.add_edge(ev.actor_id, ends[1][0], key=ev.id, type=ev.type, date=ev.date or "",
                   status=ev.status, object=ev.object or "", confidence=ev.confidence)
        for node, _ in ends:
            g.nodes[node]["events"] += 1
        if ev.target_id and ev.object_id and ev.object_id != ev.target_id:
            if ev.object_id not in g:
                g.add_node(ev.object_id, name=ev.object or ev.object_id, events=0)
            g.nodes[ev.object_id]["events"] += 1
            g.add_edge(ev.actor_id, ev.object_id, key=ev.id + ":object", type=ev.type,
                       date=ev.date or "", status=ev.status, object=ev.object or "",
                       confidence=ev.confidence)
    return g


def activity(events: Iterable[Event]) -> Counter:
    """How many events each entity takes part in (as actor, target or object)."""
    counts: Counter = Counter()
    for ev in events:
        for node in {ev.actor_id, ev.target_id, ev.object_id} - {None}:
            counts[node] += 1
    return counts


def centrality(g: nx.MultiDiGraph) -> dict[str, float]:
    """Degree centrality on the undirected simple graph (who deals with the most others)."""
    if g.number_of_nodes() == 0:
        return {}
    return nx.degree_centrality(nx.Graph(g.to_undirected()))


def layout(g: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Deterministic positions, so the same window always draws the same picture."""
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(g.to_undirected())
    pos = nx.spring_layout(simple, seed=seed, k=1.2 / max(1, len(simple)) ** 0.5)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def shortest_path(g: nx.MultiDiGraph, a: str, b: str) -> list[str]:
    """Entities on a shortest chain of events between two entities; [] if none."""
    simple = nx.Graph(g.to_undirected())
    try:
        return nx.shortest_path(simple, a, b)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []
