"""`aikg eval` on a small gold file written here: the scoring itself is tested, so a
broken matcher cannot hide behind good extraction."""
from __future__ import annotations

import json

import pytest

from ingest.evaluation import GoldError, evaluate, format_report, load_gold


def write_gold(folder, rows):
    (folder / "dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")


def test_scores_hits_misses_and_false_positives(tmp_path):
    write_gold(tmp_path, [
        {"id": "g1", "published": "2025-08-01", "tags": ["relative_date"],
         "text": "On Tuesday, Anthropic revoked OpenAI's access to the Claude API.",
         "events": [{"type": "access_revocation", "actor": "Anthropic", "target": "OpenAI",
                     "date": "2025-07-29", "date_precision": "day", "status": "completed"}]},
        {"id": "g2", "published": "2025-08-01", "tags": ["passive"],
         "text": "Microsoft acquired GitHub in June 2018.",
         "events": [{"type": "lawsuit", "actor": "Microsoft", "target": "GitHub", "status": "completed"}]},
        {"id": "g3", "published": "2025-08-01", "tags": [], "text": "The weather was fine.", "events": []},
    ])
    report = evaluate(load_gold("dev", tmp_path), "dev")
    d = report.as_dict()
    assert (d["tp"], d["fp"], d["fn"]) == (1, 1, 1)
    assert d["by_type"]["access_revocation"]["f1"] == 1.0
    assert d["by_type"]["acquisition"]["fp"] == 1 and d["by_type"]["lawsuit"]["fn"] == 1
    assert d["date_accuracy"] == 1.0 and d["status_accuracy"] == 1.0
    assert d["by_tag"]["relative_date"]["tp"] == 1 and d["by_tag"]["passive"]["fn"] == 1
    assert [m["passage"] for m in report.misses] == ["g2"]  # once, whatever its tags
    assert [f["passage"] for f in report.false_positives] == ["g2"]
    text = format_report(report, by_type=True, verbose=True, by_tag=True)
    assert "g2: lawsuit Microsoft -> GitHub" in text and "false positives" in text


def test_partners_match_in_either_order_but_other_roles_do_not(tmp_path):
    write_gold(tmp_path, [
        {"id": "p1", "published": "2024-06-11", "text": "Apple announced a partnership with OpenAI on Monday.",
         "events": [{"type": "partnership", "actor": "OpenAI", "target": "Apple", "status": "announced"}]},
        {"id": "p2", "published": "2024-06-11", "text": "Apple acquired Shazam on Monday.",
         "events": [{"type": "acquisition", "actor": "Shazam", "target": "Apple", "status": "completed"}]},
    ])
    d = evaluate(load_gold("dev", tmp_path), "dev").as_dict()
    assert d["by_type"]["partnership"]["tp"] == 1 and d["actor_accuracy"] < 1.0
    assert d["by_type"]["acquisition"]["tp"] == 0 and d["by_type"]["acquisition"]["fn"] == 1


def test_bad_gold_files(tmp_path):
    with pytest.raises(GoldError, match="no gold file"):
        load_gold("dev", tmp_path)
    (tmp_path / "dev.jsonl").write_text("{not json\n")
    with pytest.raises(GoldError, match="not a gold passage"):
        load_gold("dev", tmp_path)


def test_bundled_gold_is_large_enough_and_split():
    dev, test = load_gold("dev"), load_gold("test")
    assert len(dev) + len(test) >= 150
    assert not {p.id for p in dev} & {p.id for p in test}
    types = {}
    for p in dev + test:
        for e in p.events:
            types[e["type"]] = types.get(e["type"], 0) + 1
    assert len(types) == 9 and min(types.values()) >= 12
    assert sum(1 for p in dev + test if not p.events) >= 40
