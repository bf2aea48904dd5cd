"""Graph explorer: entities linked by events in a time window."""
from __future__ import annotations

import altair as alt
import streamlit as st

from app import views
from app.ui import colour_scale, data, empty_store_notice, filters, pick_event


def render() -> None:
    st.title("Graph explorer")
    events, names, _ = data()
    empty_store_notice(events)
    chosen = filters(events, names, "graph")
    st.caption("Companies, people and products linked by their events in the chosen window. "
               "Drag to pan, scroll to zoom, hover for details; pick an entity below to list "
               "its events.")
    if not chosen:
        st.info("No events match these filters. Widen the years or clear a filter.")
        return
    nodes, edges = views.graph_frames(chosen)
    base = alt.Chart(edges).mark_rule(strokeWidth=2, opacity=0.7).encode(
        x=alt.X("x:Q", axis=None), y=alt.Y("y:Q", axis=None), x2="x2:Q", y2="y2:Q",
        color=alt.Color("type:N", scale=colour_scale(), title="event type"),
        tooltip=["source", "type", "target", "date", "status"])
    points = alt.Chart(nodes).mark_circle(color="#333", opacity=0.9).encode(
        x="x:Q", y="y:Q", size=alt.Size("events:Q", scale=alt.Scale(range=[60, 900]), legend=None),
        tooltip=["name", "events"])
    labels = alt.Chart(nodes).mark_text(dy=-12, fontSize=11).encode(x="x:Q", y="y:Q", text="name:N")
    st.altair_chart((base + points + labels).interactive().properties(height=560),
                    use_container_width=True)
    node = st.selectbox("Events of", nodes.sort_values("events", ascending=False)["id"].tolist(),
                        index=None, format_func=lambda i: names.get(i, i), key="graph_node",
                        placeholder="choose a node")
    if node:
        mine = views.filter_events(chosen, entity=node)
        st.dataframe(views.events_frame(mine), hide_index=True, use_container_width=True,
                     column_config={"id": None})
        pick_event(mine, "graph_event")


render()
