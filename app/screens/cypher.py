"""Cypher console (Neo4j stores only): read-only, parameterless queries with a row cap."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from app.ui import get_store
from graph.cypher import WriteQueryError
from graph.store import StoreError, resolve_store_uri

EXAMPLE = """MATCH (a:Entity)-[:ACTOR]->(e:Event {type: 'access_revocation'})-[:TARGET]->(t)
RETURN e.date AS date, a.name AS actor, t.name AS target ORDER BY date DESC LIMIT 25"""


def render() -> None:
    st.title("Cypher console")
    store = get_store(resolve_store_uri())
    if not hasattr(store, "run_read_only"):
        st.info("The Cypher console works on a Neo4j store (--store neo4j://...).")
        return
    st.caption("Read-only: write clauses are refused before they reach the server, and the "
               "session runs in read mode. At most 1,000 rows are shown.")
    query = st.text_area("Query", EXAMPLE, height=140, key="cypher_query")
    if st.button("Run", key="cypher_run"):
        try:
            rows = store.run_read_only(query)
        except WriteQueryError as exc:
            st.warning(str(exc))
            return
        except StoreError as exc:
            st.error(str(exc))
            return
        if not rows:
            st.info("No rows.")
        else:
            st.dataframe(pd.DataFrame(rows), width="stretch")


render()
