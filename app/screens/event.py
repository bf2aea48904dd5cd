"""Event detail: one event's participants, status, date and every evidence sentence."""
from __future__ import annotations

import streamlit as st

from app.ui import data, empty_store_notice, pick_event, show_event


def render() -> None:
    st.title("Event detail")
    events = data().events
    empty_store_notice(events)
    wanted = st.query_params.get("event")
    by_id = {e.id: e for e in events}
    if wanted and wanted not in by_id:
        st.warning(f"No event with id {wanted!r} in this store.")
    if wanted in by_id:
        show_event(by_id[wanted])
        return
    pick_event(sorted(events, key=lambda e: e.date or "", reverse=True), "detail_event")


render()
