"""Shared pieces of the app pages: the cached store, filters, the event detail view."""
from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import streamlit as st

from app import views
from graph.model import EVENT_TYPES, Entity, Event, Relation
from graph.store import StoreError, open_store, resolve_store_uri

@st.cache_resource(show_spinner=False)
def get_store(uri: str):
    return open_store(uri)


@dataclass
class Data:
    events: list[Event]
    entities: dict[str, Entity]
    relations: list[Relation]
    stats: dict

    @property
    def names(self) -> dict[str, str]:
        return {k: e.name for k, e in self.entities.items()}


@st.cache_data(show_spinner="Loading events…", ttl=60, max_entries=4)
def load(uri: str, stamp: tuple) -> Data:
    """Everything the pages read, once per store change (the stamp is the store's counts)."""
    store = get_store(uri)
    return Data(store.events(), {e.id: e for e in store.entities()}, store.relations(),
                store.stats())


def data() -> Data:
    uri = resolve_store_uri()
    try:
        store = get_store(uri)
        stats = store.stats()
        return load(uri, tuple(sorted(stats.items())))
    except StoreError as exc:
        st.error(f"The store cannot be opened: {exc}")
        st.stop()
    except Exception as exc:  # a backend failing mid-session must not show a traceback
        st.error(f"The store could not be read ({type(exc).__name__}: {exc}).")
        st.stop()


def empty_store_notice(events: list[Event]) -> None:
    if not events:
        st.info("The store has no events yet. Run `aikg ingest --sample` (offline sample) or "
                "`aikg ingest --feed URL`, then reload this page.")
        st.stop()


def colour_scale() -> alt.Scale:
    return alt.Scale(domain=list(views.TYPE_COLOURS), range=list(views.TYPE_COLOURS.values()))


def show_event(ev: Event) -> None:
    st.markdown(f"#### {ev.summary}")
    st.caption(views.type_label(ev.type))
    cols = st.columns(3)
    cols[0].metric("Status", ev.status)
    cols[1].metric("Date", views.display_date(ev.date, ev.date_precision))
    cols[2].metric("Confidence", f"{ev.confidence:.2f}")
    st.markdown(f"**Actor:** {ev.actor or '—'} · **Target:** {ev.target or '—'} · "
                f"**Object:** {ev.object or '—'} · **Reports:** {ev.mentions} in "
                f"{ev.sources} article(s), first on {ev.first_reported or 'unknown'}")
    for e in ev.evidence:
        source = e.source or "source"
        link = f"[{e.title or source}]({e.url})" if e.url else (e.title or source)
        st.markdown(f"> {e.sentence}\n\n— {link}, {source}, {(e.published or '')[:10]}")


def pick_event(events: list[Event], key: str) -> None:
    """A selectbox of events that opens the detail below it."""
    if not events:
        return
    labels = {f"{views.display_date(e.date, e.date_precision)} · {e.summary}": e for e in events}
    choice = st.selectbox("Event detail", list(labels), index=None, key=key,
                          placeholder="Choose an event to see its evidence")
    if choice:
        show_event(labels[choice])


def filters(events: list[Event], names: dict[str, str], key: str, window: bool = True):
    """Sidebar filters shared by the graph, timeline and export pages."""
    with st.sidebar:
        st.markdown("### Filters")
        types = st.multiselect("Event types", list(EVENT_TYPES), format_func=views.type_label,
                               key=f"{key}_types")
        involved = sorted({i for e in events for i in (e.actor_id, e.target_id, e.object_id) if i},
                          key=lambda i: names.get(i, i).lower())
        entity = st.selectbox("Company, person or product", involved, index=None,
                              format_func=lambda i: names.get(i, i), key=f"{key}_entity",
                              placeholder="any")
        since = until = None
        bounds = views.date_bounds(events)
        if window and bounds and bounds[0] < bounds[1]:
            lo, hi = bounds
            picked = st.slider("Time window", lo, hi, (lo, hi), format="YYYY-MM", key=f"{key}_window")
            if tuple(picked) != (lo, hi):  # the full range keeps undated events too
                since, until = picked[0].isoformat(), picked[1].isoformat()
        min_conf = st.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key=f"{key}_conf")
    return views.filter_events(events, types, entity, since, until, min_conf)
