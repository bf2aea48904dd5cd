"""An interactive network (vis-network, inlined from the pyvis wheel: no CDN, works
offline): pan, zoom and drag; clicking a node or an edge lists its events with the
evidence sentence and a link to the source, in a panel beside the graph."""
from __future__ import annotations

import html
import json
from functools import lru_cache
from importlib.resources import files

from graph import analytics
from graph.model import Event

from .views import TYPE_COLOURS, display_date


@lru_cache(maxsize=1)
def vis_js() -> str:
    return (files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")


def _event_card(ev: Event) -> dict:
    lead = ev.lead
    return {"id": ev.id, "date": display_date(ev.date, ev.date_precision), "summary": ev.summary,
            "type": ev.type, "status": ev.status, "colour": TYPE_COLOURS.get(ev.type, "#777"),
            "evidence": lead.sentence if lead else "", "url": (lead.url or "") if lead else "",
            "source": ((lead.source or lead.title or "source") if lead else ""),
            "reports": ev.sources}


def network_data(events: list[Event]) -> dict:
    """Nodes sized by activity, one edge per event coloured by type, and the cards the
    click panel shows for each node and edge."""
    g = analytics.event_graph(events)
    by_id = {e.id: e for e in events}
    nodes, edges, node_cards, edge_cards = [], [], {}, {}
    for n, d in g.nodes(data=True):
        nodes.append({"id": n, "label": d.get("name", n), "value": max(1, d.get("events", 0)),
                      "title": f"{d.get('name', n)}: {d.get('events', 0)} events"})
        node_cards[n] = []
    for u, v, k, d in g.edges(keys=True, data=True):
        ev = by_id.get(k.split(":")[0])
        if ev is None:
            continue
        card = _event_card(ev)
        edges.append({"id": k, "from": u, "to": v, "color": TYPE_COLOURS.get(d["type"], "#777"),
                      "title": f"{card['date']}: {ev.summary}", "arrows": "to"})
        edge_cards[k] = [card]
        for n in (u, v):
            if card not in node_cards[n]:
                node_cards[n].append(card)
    for cards in node_cards.values():
        cards.sort(key=lambda c: c["date"], reverse=True)
    return {"nodes": nodes, "edges": edges, "node_cards": node_cards, "edge_cards": edge_cards}


def _safe_json(value) -> str:
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def network_html(events: list[Event], height: int = 600) -> str:
    data = network_data(events)
    legend = "".join(
        f'<span class="lg"><i style="background:{c}"></i>{html.escape(t.replace("_", " "))}</span>'
        for t, c in TYPE_COLOURS.items())
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{margin:0;font-family:sans-serif;font-size:13px}}
#wrap{{display:flex;gap:8px}} #net{{flex:3;height:{height}px;border:1px solid #ddd}}
#panel{{flex:2;height:{height}px;overflow:auto;border:1px solid #ddd;padding:6px}}
.lg{{margin-right:10px;white-space:nowrap}} .lg i{{display:inline-block;width:10px;height:10px;margin-right:3px}}
.card{{border-left:4px solid #999;padding:2px 6px;margin:6px 0}} .card q{{color:#333}}
</style><script>{vis_js()}</script></head><body>
<div id="legend">{legend}</div>
<div id="wrap"><div id="net"></div><div id="panel"><b>Click a company, product or person, or an
edge, to see its events with their evidence and sources.</b></div></div>
<script>
const DATA = {_safe_json(data)};
const esc = s => String(s).replace(/[&<>"']/g, c => ({{'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}})[c]);
const net = new vis.Network(document.getElementById('net'),
  {{nodes: new vis.DataSet(DATA.nodes), edges: new vis.DataSet(DATA.edges)}},
  {{nodes: {{shape: 'dot', scaling: {{min: 8, max: 40, label: {{enabled: true, min: 12, max: 22, drawThreshold: 3}}}}, font: {{size: 14}}}},
    edges: {{smooth: {{type: 'dynamic'}}, width: 2}},
    physics: {{stabilization: {{iterations: 250}}}}, interaction: {{hover: true}}}});
function show(title, cards) {{
  const items = cards.map(c => `<div class="card" style="border-color:${{c.colour}}">
    <b>${{esc(c.date)}}</b> · ${{esc(c.summary)}} <small>[${{esc(c.status)}}, ${{c.reports}} report(s)]</small><br>
    <q>${{esc(c.evidence)}}</q><br>${{c.url ? `<a href="${{esc(c.url)}}" target="_blank" rel="noopener">${{esc(c.source)}}</a>` : esc(c.source)}}
  </div>`).join('');
  document.getElementById('panel').innerHTML = `<h4>${{esc(title)}}</h4>` + (items || 'No events.');
}}
net.on('click', p => {{
  if (p.nodes.length) {{
    const n = DATA.nodes.find(x => x.id === p.nodes[0]);
    show(n.label, DATA.node_cards[n.id] || []);
  }} else if (p.edges.length) {{
    show('Event', DATA.edge_cards[p.edges[0]] || []);
  }}
}});
net.once('stabilizationIterationsDone', () => {{ net.setOptions({{physics: false}}); net.fit(); window.aikgReady = true; }});
window.aikgNetwork = net;
</script></body></html>"""
