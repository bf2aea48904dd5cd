"""The `aikg` command line, run as users run it: a subprocess, checking exit codes and
that errors are one line with no traceback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from .conftest import FIXTURES, ROOT


def aikg(*args: str, stdin: bytes | None = None, env: dict | None = None, timeout: int = 300):
    full_env = {k: v for k, v in os.environ.items() if k not in ("AIKG_STORE", "NEO4J_URI")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "app.cli", *args], input=stdin, capture_output=True,
                          cwd=ROOT, env=full_env, timeout=timeout)


def assert_one_line_error(proc, code: int = 1, *words: str):
    err = proc.stderr.decode()
    assert proc.returncode == code, (proc.returncode, err)
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("aikg: error:")]
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture(scope="module")
def sample_uri(tmp_path_factory):
    """The acceptance run: ingest the sample twice into one store."""
    uri = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'x.sqlite'}"
    first = aikg("ingest", "--sample", "--store", uri)
    assert first.returncode == 0, first.stderr.decode()
    second = aikg("ingest", "--sample", "--store", uri)
    assert second.returncode == 0
    assert b"new articles: 0" in second.stderr and b"events new: 0" in second.stderr
    return uri


def test_sample_ingest_twice_gives_unique_events_of_many_types(sample_uri):
    proc = aikg("events", "--store", sample_uri, "--json")
    assert proc.returncode == 0
    events = json.loads(proc.stdout)
    ids = [e["id"] for e in events]
    assert len(events) >= 40 and len(set(ids)) == len(ids)
    assert len(Counter(e["type"] for e in events)) >= 6
    for key in ("id", "type", "status", "actor", "target", "object", "date", "date_precision",
                "confidence", "evidence", "sources"):
        assert key in events[0]
    cutoff = [e for e in events if (e["type"], e["actor_id"], e["target_id"])
              == ("access_revocation", "anthropic", "openai")]
    assert len(cutoff) == 1 and cutoff[0]["date"] == "2025-07-29"
    assert cutoff[0]["sources"] >= 2  # reported by several outlets, clustered into one event


def test_events_filters_and_table(sample_uri):
    proc = aikg("events", "--store", sample_uri, "--type", "access_revocation", "--entity", "OpenAI",
                "--since", "2025", "--json")
    events = json.loads(proc.stdout)
    assert events and all(e["type"] == "access_revocation" and e["date"] >= "2025" for e in events)
    table = aikg("events", "--store", sample_uri, "--until", "2013-12-31")
    assert table.returncode == 0 and b"Facebook -> Vine" in table.stdout


@pytest.mark.parametrize("args,code,words", [
    (["events", "--type", "bogus"], 2, ["unknown event type"]),
    (["events", "--since", "last tuesday"], 2, ["not a date"]),
    (["events", "--entity", "Nobody Inc"], 1, ["no entity"]),
])
def test_events_bad_arguments(sample_uri, args, code, words):
    assert_one_line_error(aikg(*args, "--store", sample_uri), code, *words)


@pytest.mark.parametrize("uri,words", [
    ("mysql://localhost/db", ["unknown store scheme", "mysql"]),
    ("sqlite:///proc/no/such/dir/x.sqlite", ["cannot open store"]),
    ("sqlite://", ["names no file"]),
])
def test_bad_store_uris(uri, words):
    assert_one_line_error(aikg("events", "--store", uri), 1, *words)


def test_store_from_environment(sample_uri):
    proc = aikg("stats", env={"AIKG_STORE": sample_uri})
    assert proc.returncode == 0 and b"events" in proc.stdout


def test_store_password_is_never_printed():
    proc = aikg("events", "--store", "redis://user:hunter2@localhost/0")
    assert b"hunter2" not in proc.stderr


def test_ingest_all_feeds_bad_is_an_error(tmp_path):
    (tmp_path / "bin.xml").write_bytes(b"\x00\x01\x02\x03" * 100)
    proc = aikg("ingest", "--feed", str(tmp_path / "bin.xml"), "--feed", str(tmp_path / "none.xml"),
                "--store", f"sqlite:///{tmp_path / 's.sqlite'}")
    assert_one_line_error(proc, 1, "no feed could be read")
    err = proc.stderr.decode()
    assert f"{tmp_path / 'bin.xml'}: binary data" in err and "none.xml: no such file" in err


def test_ingest_one_bad_feed_still_succeeds(tmp_path):
    (tmp_path / "bad.xml").write_text("<rss><channel><item><title>x")
    good = ROOT / "data" / "samples"
    sample = next(good.glob("*.xml"))
    proc = aikg("ingest", "--feed", str(tmp_path / "bad.xml"), "--feed", str(sample),
                "--store", f"sqlite:///{tmp_path / 's.sqlite'}")
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"bad.xml: malformed feed" in proc.stderr and b"Traceback" not in proc.stderr


def test_extract_file_and_stdin_agree():
    path = FIXTURES / "cutoff_story.txt"
    from_file = aikg("extract", "--published", "2025-03-14", str(path))
    from_stdin = aikg("extract", "--published", "2025-03-14", "-", stdin=path.read_bytes())
    assert from_file.returncode == 0
    assert json.loads(from_file.stdout) == json.loads(from_stdin.stdout)
    assert len(json.loads(from_file.stdout)["events"]) == 6


@pytest.mark.parametrize("args,stdin,words", [
    (["extract", "no-such-file.txt"], None, ["no such file"]),
    (["extract", "-"], b"", ["empty"]),
    (["extract", "-"], b"\x00\x01binary\x00" * 10, ["binary"]),
    (["extract", "--published", "someday", "-"], b"Google launched Gemini.", ["not a date"]),
])
def test_extract_bad_input(args, stdin, words):
    proc = aikg(*args, stdin=stdin)
    assert_one_line_error(proc, proc.returncode if proc.returncode in (1, 2) else 1, *words)


def test_extract_latin1_file(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Microsoft acquired GitHub in June 2018 — café.".encode("cp1252"))
    proc = aikg("extract", str(path))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["events"][0]["type"] == "acquisition"


def test_missing_model_is_one_line():
    proc = aikg("extract", "-", stdin=b"Google launched Gemini.", env={"AIKG_MODEL": "en_core_web_nope"})
    assert_one_line_error(proc, 1, "not installed", "en_core_web_nope")


def test_reextract_rebuilds_without_stale_events(tmp_path):
    uri = f"sqlite:///{tmp_path / 'r.sqlite'}"
    assert aikg("ingest", "--sample", "--store", uri).returncode == 0
    before = json.loads(aikg("events", "--store", uri, "--json").stdout)
    from graph.store import open_store
    with open_store(uri) as store:  # a stale event the rules would never produce
        from graph.model import Event
        store.upsert_events([Event("stale", "lawsuit", "completed", "2020-01-01", "day", 0.5, "stale")])
    assert aikg("reextract", "--store", uri).returncode == 0
    after = json.loads(aikg("events", "--store", uri, "--json").stdout)
    assert "stale" not in {e["id"] for e in after}
    assert sorted(e["id"] for e in after) == sorted(e["id"] for e in before)


def test_demo_builds_a_fresh_store_without_the_app(tmp_path):
    uri = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    proc = aikg("demo", "--no-app", "--store", uri)
    assert proc.returncode == 0, proc.stderr.decode()
    again = aikg("demo", "--no-app", "--store", uri)  # fresh each time: new articles again
    assert b"new articles: 0" not in again.stderr


def test_help_explains_every_command():
    proc = aikg("--help")
    for command in (b"ingest", b"extract", b"reextract", b"events", b"demo", b"app"):
        assert command in proc.stdout
    assert b"FILE|-" in aikg("extract", "--help").stdout


def test_precedents_command(sample_uri):
    proc = aikg("precedents", "--type", "access_revocation", "--actor", "Anthropic", "--target",
                "OpenAI", "--limit", "3", "--json", "--store", sample_uri)
    assert proc.returncode == 0, proc.stderr.decode()
    found = json.loads(proc.stdout)
    assert ("facebook", "vine") in {(p["actor_id"], p["target_id"]) for p in found}
    assert all(p["reasons"] for p in found)
    assert_one_line_error(aikg("precedents", "--store", sample_uri), 2, "--event")
    assert_one_line_error(aikg("precedents", "--type", "lawsuit", "--actor", "Nobody Ltd",
                               "--store", sample_uri), 1, "no entity")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "graphml", "gexf", "timelinejs"])
def test_export_command(sample_uri, tmp_path, fmt):
    out = tmp_path / f"x.{fmt}"
    proc = aikg("export", "--format", fmt, "--entity", "OpenAI", "--since", "2023", "-o", str(out),
                "--store", sample_uri)
    assert proc.returncode == 0, proc.stderr.decode()
    assert out.stat().st_size > 100


def test_export_bad_arguments(sample_uri, tmp_path):
    assert aikg("export", "--format", "pdf", "-o", str(tmp_path / "x"), "--store", sample_uri).returncode == 2
    assert_one_line_error(aikg("export", "--format", "csv", "-o", str(tmp_path / "no/such/dir/x.csv"),
                               "--store", sample_uri), 1)


def test_sync_copies_idempotently_and_timeline(sample_uri, tmp_path):
    target = f"sqlite:///{tmp_path / 'copy.sqlite'}"
    assert aikg("sync", "--from", sample_uri, "--to", target).returncode == 0
    again = aikg("sync", "--from", sample_uri, "--to", target)
    assert again.returncode == 0 and b"(0 new)" in again.stderr

    def key(uri):
        rows = json.loads(aikg("events", "--json", "--store", uri).stdout)
        return sorted((r["id"], r["type"], r["actor_id"], r["target_id"], r["date"], r["sources"])
                      for r in rows)
    assert key(sample_uri) == key(target)
    assert_one_line_error(aikg("sync", "--from", sample_uri, "--to", sample_uri), 2, "same store")
    line = aikg("timeline", "Vine", "--store", target)
    assert line.returncode == 0 and b"access_revocation" in line.stdout
    assert_one_line_error(aikg("timeline", "Nobody Ltd", "--store", target), 1, "no entity")


def test_broken_pipe_is_quiet(sample_uri):
    proc = subprocess.run(f"{sys.executable} -m app.cli events --store {sample_uri} | head -1",
                          shell=True, capture_output=True, cwd=ROOT, timeout=120)
    assert b"error" not in proc.stderr and b"Traceback" not in proc.stderr


def test_ingest_after_a_rule_change_rebuilds_events(tmp_path):
    from graph.store import open_store

    uri = f"sqlite:///{tmp_path / 'v.sqlite'}"
    assert aikg("ingest", "--sample", "--store", uri).returncode == 0
    with open_store(uri) as store:
        before = {e.id for e in store.events()}
        for a in store.articles():
            store.mark_extracted(a.id, "0-old")
        from graph.model import Event
        store.upsert_events([Event("stale", "lawsuit", "completed", "2020-01-01", "day", 0.5, "stale")])
    proc = aikg("ingest", "--sample", "--store", uri)
    assert proc.returncode == 0 and b"rebuilt all events" in proc.stderr
    with open_store(uri) as store:
        assert {e.id for e in store.events()} == before
