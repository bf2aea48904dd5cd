"""Graph explorer: entities linked by events in a time window; click for evidence."""
from __future__ import annotations

import streamlit as st
import streamlit.components.v1 as components

from app.network import network_html
from app.ui import data, empty_store_notice, filters

MAX_EDGES = 1500  # beyond this a browser graph is a hairball; ask for a narrower window


def render() -> None:
    st.title("Graph explorer")
    d = data()
    empty_store_notice(d.events)
    chosen = filters(d.events, d.names, "graph")
    st.caption("Companies, products and people linked by their events in the chosen window; "
               "node size is activity, edge colour the event type. Drag, scroll to zoom, and click "
               "a node or an edge for its events, evidence and sources.")
    if not chosen:
        st.info("No events match these filters. Widen the time window or clear a filter.")
        return
    if len(chosen) > MAX_EDGES:
        st.warning(f"{len(chosen)} events match; showing the {MAX_EDGES} most confident. "
                   "Narrow the window or filter by type or company to see them all.")
        chosen = sorted(chosen, key=lambda e: -e.confidence)[:MAX_EDGES]
    st.caption(f"{len(chosen)} events")
    components.html(network_html(chosen), height=660, scrolling=False)


render()
