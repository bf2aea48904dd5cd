"""The aikg Streamlit app. Run it with `aikg app` (or `aikg demo`); it reads the store
named by AIKG_STORE. Every page shows a friendly message, never an exception box, for an
empty store, an unknown company, an empty filter or a store that cannot be opened."""
from pathlib import Path

import streamlit as st

from graph.store import NEO4J_SCHEMES, resolve_store_uri

st.set_page_config(page_title="aikg: AI industry events", page_icon=":material/hub:", layout="wide")

HERE = Path(__file__).parent / "screens"
pages = [
    st.Page(HERE / "overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page(HERE / "graph.py", title="Graph explorer", icon=":material/hub:", url_path="graph"),
    st.Page(HERE / "timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page(HERE / "company.py", title="Company", icon=":material/domain:", url_path="company"),
    st.Page(HERE / "precedents.py", title="Precedents", icon=":material/history:", url_path="precedents"),
    st.Page(HERE / "export.py", title="Export", icon=":material/download:", url_path="export"),
    st.Page(HERE / "event.py", title="Event detail", icon=":material/article:", url_path="event"),
]
if resolve_store_uri().split("://")[0].lower() in NEO4J_SCHEMES:
    pages.append(st.Page(HERE / "cypher.py", title="Cypher", icon=":material/terminal:", url_path="cypher"))
st.navigation(pages).run()
