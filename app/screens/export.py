"""Export: the filtered events as CSV, JSON Lines, GraphML, GEXF and TimelineJS."""
from __future__ import annotations

import streamlit as st

from app.ui import data, empty_store_notice, filters
from graph.exports import export

FORMATS = {
    "csv": ("CSV (spreadsheets)", "text/csv"),
    "jsonl": ("JSON Lines (one event per line, with every report)", "application/x-ndjson"),
    "graphml": ("GraphML (yEd, Cytoscape, networkx)", "application/graphml+xml"),
    "gexf": ("GEXF, dynamic (Gephi, with its timeline)", "application/gexf+xml"),
    "timelinejs": ("TimelineJS JSON (Knight Lab)", "application/json"),
}


@st.cache_data(show_spinner=False, max_entries=32)
def render_export(ids: tuple, fmt: str, stamp: tuple) -> str:
    d = data()
    wanted = set(ids)
    return export([e for e in d.events if e.id in wanted], fmt)


def render() -> None:
    st.title("Export")
    d = data()
    empty_store_notice(d.events)
    chosen = filters(d.events, d.names, "export")
    if not chosen:
        st.info("No events match these filters, so there is nothing to export.")
        return
    st.write(f"{len(chosen)} events match the filters in the sidebar.")
    stamp = tuple(sorted(d.stats.items()))
    ids = tuple(e.id for e in chosen)
    for fmt, (label, mime) in FORMATS.items():
        st.download_button(f"Download {label}", render_export(ids, fmt, stamp),
                           file_name=f"aikg-events.{'json' if fmt == 'timelinejs' else fmt}",
                           mime=mime, key=f"dl_{fmt}")


render()
