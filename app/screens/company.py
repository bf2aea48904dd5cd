"""Company profile: one entity's events as actor and target, counterparties, products,
people and roles, and where it sits in the network."""
from __future__ import annotations

import altair as alt
import networkx as nx
import pandas as pd
import streamlit as st

from app import views
from app.ui import colour_scale, data, empty_store_notice, pick_event
from graph import analytics


def render() -> None:
    st.title("Company profile")
    d = data()
    empty_store_notice(d.events)
    involved = sorted({i for e in d.events for i in (e.actor_id, e.target_id, e.object_id) if i},
                      key=lambda i: d.names.get(i, i).lower())
    wanted = st.query_params.get("entity")
    index = involved.index(wanted) if wanted in involved else None
    if wanted and wanted not in involved:
        st.warning(f"No events involve {wanted!r} in this store.")
    entity_id = st.selectbox("Company, person or product", involved, index=index,
                             format_func=lambda i: d.names.get(i, i), key="company_entity",
                             placeholder="choose one")
    if not entity_id:
        st.info("Choose a company, person or product to see its profile.")
        return
    entity = d.entities.get(entity_id)
    mine = views.filter_events(d.events, entity=entity_id)
    as_actor = [e for e in mine if e.actor_id == entity_id]
    as_target = [e for e in mine if e.actor_id != entity_id]
    graph = analytics.event_graph(d.events)
    centrality = analytics.centrality(graph)
    rank = sorted(centrality, key=lambda k: -centrality[k]).index(entity_id) + 1 if entity_id in centrality else None
    st.subheader(entity.name if entity else entity_id)
    if entity:
        st.caption(f"{entity.kind}" + (f" · {entity.category.replace('_', ' ')}" if entity.category else "")
                   + (f" · also known as {', '.join(entity.aliases[:5])}" if entity.aliases else ""))
    cols = st.columns(4)
    cols[0].metric("Events as actor", len(as_actor))
    cols[1].metric("Events as target or object", len(as_target))
    cols[2].metric("Counterparties (degree)", nx.Graph(graph.to_undirected()).degree(entity_id)
                   if entity_id in graph else 0)
    cols[3].metric("Centrality rank", f"{rank} of {len(centrality)}" if rank else "—")

    over_time = views.timeline_points(mine)
    if not over_time.empty:
        over_time["role"] = ["as actor" if e.actor_id == entity_id else "as target or object"
                             for e in mine if e.date]
        st.altair_chart(alt.Chart(over_time).mark_circle(size=110).encode(
            x=alt.X("date:T", title=None), y=alt.Y("role:N", title=None),
            color=alt.Color("type:N", scale=colour_scale(), title="event type"),
            tooltip=["date:T", "summary", "status"]).properties(height=160), width="stretch")
    left, right = st.columns(2)
    with left:
        st.markdown("**As actor**")
        st.dataframe(views.events_frame(as_actor), hide_index=True, width="stretch",
                     column_config={"id": None})
    with right:
        st.markdown("**As target or object**")
        st.dataframe(views.events_frame(as_target), hide_index=True, width="stretch",
                     column_config={"id": None})
    counter = views.counterparties(mine, entity_id, d.names)
    owned = [d.names.get(r.target, r.target) for r in d.relations if r.type == "OWNS" and r.source == entity_id]
    owners = [d.names.get(r.source, r.source) for r in d.relations if r.type == "OWNS" and r.target == entity_id]
    people = [(d.names.get(r.source, r.source), r.title or "") for r in d.relations
              if r.type == "ROLE" and r.target == entity_id]
    roles = [(d.names.get(r.target, r.target), r.title or "") for r in d.relations
             if r.type == "ROLE" and r.source == entity_id]
    a, b, c = st.columns(3)
    with a:
        st.markdown("**Counterparties**")
        st.dataframe(counter, hide_index=True, width="stretch")
    with b:
        st.markdown("**Owns / owned by**")
        st.write(", ".join(owned) or "—")
        if owners:
            st.caption("Owned by " + ", ".join(owners))
    with c:
        st.markdown("**People and roles**")
        rows = people or roles
        st.dataframe(pd.DataFrame(rows, columns=["name" if people else "organisation", "title"]),
                     hide_index=True, width="stretch")
    other = st.selectbox("Shortest chain of events to…", [i for i in involved if i != entity_id],
                         index=None, format_func=lambda i: d.names.get(i, i), key="company_path",
                         placeholder="another company")
    if other:
        path = analytics.shortest_path(graph, entity_id, other)
        if path:
            st.success(" → ".join(d.names.get(p, p) for p in path))
        else:
            st.info("No chain of events links them in this store.")
    pick_event(sorted(mine, key=lambda e: e.date or "", reverse=True), "company_event")


render()
