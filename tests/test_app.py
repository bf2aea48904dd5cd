"""The Streamlit pages, run headless with AppTest against real stores."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from app import views
from graph.store import open_store

APP = "../app/streamlit_app.py"
PAGES = ["screens/overview.py", "screens/graph.py", "screens/timeline.py", "screens/company.py",
         "screens/precedents.py", "screens/export.py", "screens/event.py"]


def run_page(monkeypatch, store_uri: str, page: str | None = None, **query: str) -> AppTest:
    monkeypatch.setenv("AIKG_STORE", store_uri)
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    if page:
        at.switch_page(page)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
    return at


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_sample_without_exception(monkeypatch, sample_store_path, page):
    at = run_page(monkeypatch, f"sqlite:///{sample_store_path}", page)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert at.title, "page has no title"


def test_overview_shows_counts(monkeypatch, sample_store_path):
    at = run_page(monkeypatch, f"sqlite:///{sample_store_path}")
    metrics = {m.label: m.value for m in at.metric}
    with open_store(f"sqlite:///{sample_store_path}") as store:
        assert metrics["Events"] == str(store.stats()["events"])


@pytest.mark.parametrize("page", PAGES)
def test_empty_store_is_a_friendly_message(monkeypatch, tmp_path, page):
    at = run_page(monkeypatch, f"sqlite:///{tmp_path / 'empty.sqlite'}", page)
    assert not at.exception
    assert any("no events yet" in i.value for i in at.info)


def test_unopenable_store_is_a_friendly_error(monkeypatch, tmp_path):
    at = run_page(monkeypatch, "mysql://nowhere/db")
    assert not at.exception
    assert any("cannot be opened" in e.value for e in at.error)


def test_timeline_filter_with_no_results(monkeypatch, sample_store_path):
    at = run_page(monkeypatch, f"sqlite:///{sample_store_path}", "screens/timeline.py")
    at.sidebar.slider(key="timeline_conf").set_value(1.0).run()
    assert not at.exception
    assert any("No events match" in i.value for i in at.info)


def test_event_detail_shows_evidence_and_unknown_id(monkeypatch, sample_store_path):
    with open_store(f"sqlite:///{sample_store_path}") as store:
        ev = store.events(type="access_revocation", entity="openai")[0]
    at = run_page(monkeypatch, f"sqlite:///{sample_store_path}", "screens/event.py", event=ev.id)
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    assert ev.evidence[0].sentence in text
    at.query_params["event"] = "no-such-event"
    at.run()
    assert any("No event with id" in w.value for w in at.warning)


def test_graph_frames_link_actor_and_target(sample_store_path):
    with open_store(f"sqlite:///{sample_store_path}") as store:
        events = store.events()
    nodes, edges = views.graph_frames(views.filter_events(events, since="2025", until="2025"))
    assert {"Anthropic", "OpenAI"} <= set(nodes["name"])
    assert ((edges["source"] == "Anthropic") & (edges["target"] == "OpenAI")
            & (edges["type"] == "access_revocation")).any()
    assert all(e.date and e.date >= "2025" for e in views.filter_events(events, since="2025"))


def test_company_profile_for_openai(monkeypatch, sample_store_path):
    at = run_page(monkeypatch, f"sqlite:///{sample_store_path}", "screens/company.py", entity="openai")
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Events as actor"]) > 0 and int(metrics["Events as target or object"]) > 0
    assert "of" in metrics["Centrality rank"]
    at.selectbox(key="company_path").select("anthropic").run()
    assert any("→" in s.value for s in at.success)


def test_company_unknown_entity_is_a_warning(monkeypatch, sample_store_path):
    at = run_page(monkeypatch, f"sqlite:///{sample_store_path}", "screens/company.py", entity="no-such-company")
    assert not at.exception and at.warning


def test_precedents_page_ranks_facebook_vine_top3(monkeypatch, sample_store_path):
    with open_store(f"sqlite:///{sample_store_path}") as store:
        ev = [e for e in store.events(type="access_revocation")
              if (e.actor_id, e.target_id) == ("anthropic", "openai")][0]
    at = run_page(monkeypatch, f"sqlite:///{sample_store_path}", "screens/precedents.py", event=ev.id)
    assert not at.exception
    ranked = [m.value for m in at.markdown if m.value.startswith("**")]
    assert any("Vine" in m for m in ranked[:3]), ranked[:3]


def test_export_page_offers_every_format(monkeypatch, sample_store_path):
    at = run_page(monkeypatch, f"sqlite:///{sample_store_path}", "screens/export.py")
    assert not at.exception
    labels = " ".join(str(b.proto.label) for b in at.get("download_button"))
    for word in ("CSV", "JSON Lines", "GraphML", "GEXF", "TimelineJS"):
        assert word in labels
