"""Overview: counts, events per month by type, most active entities, latest events."""
from __future__ import annotations

import altair as alt
import streamlit as st

from app import views
from app.ui import colour_scale, data, empty_store_notice, pick_event
from graph.store import redact, resolve_store_uri


def render() -> None:
    st.title("AI industry events")
    d = data()
    events, names, stats = d.events, d.names, d.stats
    st.caption(f"Store: {redact(resolve_store_uri())}")
    empty_store_notice(events)
    cols = st.columns(4)
    cols[0].metric("Events", stats.get("events", 0))
    cols[1].metric("Articles", stats.get("articles", 0))
    cols[2].metric("Entities", stats.get("entities", 0))
    cols[3].metric("Reports (evidence)", stats.get("reports", 0))
    left, right = st.columns([3, 2])
    with left:
        st.subheader("Events per month")
        monthly = views.per_month(events)
        if monthly.empty:
            st.info("No dated events yet.")
        else:
            chart = alt.Chart(monthly).mark_bar().encode(
                x=alt.X("month:T", title=None), y=alt.Y("events:Q", title="events"),
                color=alt.Color("type:N", scale=colour_scale(), title="type"),
                tooltip=["month", "type", "events"])
            st.altair_chart(chart, width="stretch")
    with right:
        st.subheader("Most active")
        st.dataframe(views.most_active(events, names), hide_index=True, width="stretch",
                     column_config={"id": None})
    st.subheader("Latest events")
    latest = sorted(events, key=lambda e: e.date or "", reverse=True)[:10]
    st.dataframe(views.events_frame(latest), hide_index=True, width="stretch",
                 column_config={"id": None})
    pick_event(latest, "overview_event")


render()
