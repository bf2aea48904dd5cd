"""Precedents ranking and every export format, on the sample store."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest

from graph.exports import FORMATS, export
from graph.precedents import Query, find_precedents, precedents, relationship
from graph.store import open_store
from graph.model import Entity


@pytest.fixture(scope="module")
def store(sample_store_path):
    s = open_store(f"sqlite:///{sample_store_path}")
    yield s
    s.close()


def test_facebook_vine_is_a_top3_precedent_for_anthropic_openai(store):
    query, found = precedents(store, type="access_revocation", actor="Anthropic", target="OpenAI", limit=3)
    assert query.date == "2025-07-29"
    pairs = [(p.event.actor_id, p.event.target_id) for p in found]
    assert ("facebook", "vine") in pairs, pairs
    vine = next(p for p in found if p.event.target_id == "vine")
    assert any("rival-owned app" in r for r in vine.reasons)
    assert all(p.event.date < "2025-07-29" for p in found)
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)


def test_precedents_by_event_id_exclude_the_event_itself(store):
    ev = store.events(type="access_revocation", entity="openai")[0]
    _, found = precedents(store, event_id=ev.id)
    assert ev.id not in {p.event.id for p in found}


def test_precedents_unknown_inputs(store):
    with pytest.raises(LookupError):
        precedents(store, event_id="nope")
    with pytest.raises(LookupError):
        precedents(store, type="acquisition", actor="Nobody Ltd")


def test_relationship_kinds():
    ents = {e.id: e for e in [
        Entity("facebook", "Facebook", "organization", category="big_tech"),
        Entity("twitter", "Twitter", "organization", category="big_tech"),
        Entity("vine", "Vine", "product", owner="twitter"),
        Entity("ftc", "FTC", "organization", category="regulator")]}
    assert relationship("facebook", "vine", ents) == "rival-owned app"
    assert relationship("facebook", "twitter", ents) == "rival"
    assert relationship("twitter", "vine", ents) == "own unit"
    assert relationship("ftc", "facebook", ents) is None
    assert find_precedents(Query("lawsuit", "ftc", "facebook"), [], ents) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_exports(store, fmt):
    events = store.events()
    assert export(events, fmt).strip()


def test_csv_and_jsonl_round_trip(store):
    events = store.events()
    rows = list(csv.DictReader(io.StringIO(export(events, "csv"))))
    assert [r["id"] for r in rows] == [e.id for e in events]
    assert rows[0]["evidence"] == events[0].lead.sentence
    lines = [json.loads(line) for line in export(events, "jsonl").splitlines()]
    assert [x["id"] for x in lines] == [e.id for e in events]
    assert lines[0]["reports"][0]["url"] == events[0].evidence[0].url


def test_gexf_is_dynamic_and_loads(store, tmp_path):
    path = tmp_path / "g.gexf"
    path.write_text(export(store.events(), "gexf"))
    g = nx.read_gexf(path)
    assert g.number_of_nodes() > 20
    assert 'mode="dynamic"' in path.read_text()
    dated = [d for _, _, d in g.edges(data=True) if "start" in d]
    assert dated and all(d["start"] <= d["end"] for d in dated)
    assert any("start" in d for _, d in g.nodes(data=True))


def test_graphml_loads(store, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_text(export(store.events(), "graphml"))
    g = nx.read_graphml(path)
    assert any(d.get("type") == "access_revocation" for _, _, d in g.edges(data=True))


def test_timelinejs_has_required_fields(store):
    data = json.loads(export(store.events(entity="openai"), "timelinejs", "OpenAI"))
    assert data["title"]["text"]["headline"] == "OpenAI"
    assert data["events"]
    for ev in data["events"]:
        assert isinstance(ev["start_date"]["year"], int) and ev["text"]["headline"]
    assert len({ev["unique_id"] for ev in data["events"]}) == len(data["events"])


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown export format"):
        export([], "pdf")
