"""Timeline: events over time, filterable, with a table that opens each event."""
from __future__ import annotations

import altair as alt
import streamlit as st

from app import views
from app.ui import colour_scale, data, empty_store_notice, filters, show_event


def render() -> None:
    st.title("Timeline")
    d = data()
    events, names = d.events, d.names
    empty_store_notice(events)
    chosen = filters(events, names, "timeline")
    if not chosen:
        st.info("No events match these filters.")
        return
    points = views.timeline_points(chosen)
    if not points.empty:
        chart = alt.Chart(points).mark_circle(size=120).encode(
            x=alt.X("date:T", title=None), y=alt.Y("type:N", title=None),
            color=alt.Color("type:N", scale=colour_scale(), legend=None),
            tooltip=["date:T", "summary", "status", "precision"]).interactive()
        st.altair_chart(chart.properties(height=340), width="stretch")
    frame = views.events_frame(chosen)
    picked = st.dataframe(frame, hide_index=True, width="stretch",
                          on_select="rerun", selection_mode="single-row",
                          column_config={"id": None}, key="timeline_table")
    rows = picked.selection.rows if picked and hasattr(picked, "selection") else []
    if rows:
        event_id = frame.iloc[rows[0]]["id"]
        show_event(next(e for e in chosen if e.id == event_id))
    else:
        st.caption("Select a row to see its evidence and sources.")


render()
