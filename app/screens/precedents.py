"""Precedents: earlier events most like a chosen one, with the reason each matched."""
from __future__ import annotations

import streamlit as st

from app import views
from app.ui import data, empty_store_notice, show_event
from graph.model import EVENT_TYPES
from graph.precedents import Query, find_precedents, query_from_event


def render() -> None:
    st.title("Precedents")
    d = data()
    empty_store_notice(d.events)
    st.caption("Has it happened before? Pick an event, or describe one, and get earlier events "
               "ranked by similarity: same type, the same kind of relationship (a platform cutting "
               "off a rival or a rival-owned app), shared parties, similar wording.")
    mode = st.radio("Start from", ["an event in the store", "a type, actor and target"],
                    horizontal=True, key="prec_mode")
    query = None
    if mode == "an event in the store":
        ordered = sorted(d.events, key=lambda e: e.date or "", reverse=True)
        labels = {e.id: f"{views.display_date(e.date, e.date_precision)} · {e.summary}" for e in ordered}
        wanted = st.query_params.get("event")
        ids = list(labels)
        choice = st.selectbox("Event", ids, index=ids.index(wanted) if wanted in labels else None,
                              format_func=labels.get, key="prec_event", placeholder="choose an event")
        if choice:
            query = query_from_event(next(e for e in d.events if e.id == choice))
    else:
        names = sorted(d.entities, key=lambda i: d.names.get(i, i).lower())
        c1, c2, c3 = st.columns(3)
        type_ = c1.selectbox("Type", list(EVENT_TYPES), format_func=views.type_label, key="prec_type")
        actor = c2.selectbox("Actor", names, index=None, format_func=lambda i: d.names.get(i, i),
                             key="prec_actor", placeholder="who acted")
        target = c3.selectbox("Target", names, index=None, format_func=lambda i: d.names.get(i, i),
                              key="prec_target", placeholder="optional")
        if actor:
            query = Query(type_, actor, target)
    if query is None:
        st.info("Choose an event, or an actor, to find precedents.")
        return
    found = find_precedents(query, d.events, d.entities, limit=10)
    if not found:
        st.info("No earlier similar events in this store.")
        return
    for n, p in enumerate(found, 1):
        ev = p.event
        lead = ev.lead
        link = f" — [{lead.source or 'source'}]({lead.url})" if lead and lead.url else ""
        st.markdown(f"**{n}. {views.display_date(ev.date, ev.date_precision)} · {ev.summary}** "
                    f"(score {p.score:.2f})  \nwhy: {'; '.join(p.reasons)}"
                    + (f"  \n> {lead.sentence}{link}" if lead else ""))
    with st.expander("Details of the top precedent"):
        show_event(found[0].event)


render()
