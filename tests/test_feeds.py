"""Feed reading against hostile input: malformed, empty, binary, huge, mis-encoded,
unreachable, slow; conditional GET; and the ingest that keeps going past bad feeds."""
from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest

from graph.store import open_store
from ingest import downloads
from ingest.feeds import article_id, canonical_url, parse_feed, read_feed
from ingest.pipeline import ingest

from .conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpora" / "feedparser-tests"

GOOD_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test wire</title>
<item><title>Google launched Gemini</title><link>https://news.example.com/g?utm_source=x</link>
<description>&lt;p&gt;Google launched &lt;b&gt;Gemini&lt;/b&gt; on Wednesday.&lt;/p&gt;</description>
<pubDate>Thu, 07 Dec 2023 10:00:00 +0000</pubDate></item>
<item><title>Microsoft invests in OpenAI</title><guid isPermaLink="false">tag-2</guid>
<description>Microsoft said on Monday it will invest billions in OpenAI.</description>
<pubDate>Tue, 24 Jan 2023 10:00:00 +0000</pubDate></item>
</channel></rss>"""


def write(tmp_path: Path, name: str, content: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return str(path)


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/missing":
            self.send_error(404, "Not Found")
            return
        if self.path == "/etag" and self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        body = GOOD_RSS.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except BrokenPipeError:
            pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_good_feed_becomes_clean_articles(tmp_path):
    result = read_feed(write(tmp_path, "good.xml", GOOD_RSS))
    assert result.ok and len(result.articles) == 2
    a, b = result.articles
    assert a.summary == "Google launched Gemini on Wednesday."  # HTML stripped
    assert a.published.startswith("2023-12-07") and a.source == "Test wire"
    assert a.id == article_id("https://news.example.com/g", None)  # tracking dropped
    assert b.url is None and b.id == article_id(None, "tag-2")


def test_canonical_url():
    assert canonical_url("HTTPS://News.Example.com/a/?utm_medium=x&id=3#top") == "https://news.example.com/a?id=3"


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"),
    (b"   \n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (b"<html><body><p>Just a page</p></body></html>", "not an RSS/Atom feed"),
    (b"<?xml version='1.0'?><rss><channel><item><title>Broken", "malformed"),
    (b"this is plain text, not xml at all", "feed"),
])
def test_bad_feeds_give_one_line_reasons(tmp_path, content, reason):
    result = read_feed(write(tmp_path, "bad.xml", content))
    assert not result.ok or not result.articles
    message = result.error or result.warning
    assert reason in message and "\n" not in message


def test_wrong_encoding_is_read_not_lost(tmp_path):
    latin = GOOD_RSS.replace("Wednesday", "Mittwoch in Zürich").encode("latin-1")
    result = read_feed(write(tmp_path, "latin.xml", latin))  # declared utf-8, is latin-1
    assert len(result.articles) == 2
    assert "Z" in result.articles[0].summary


def test_missing_file_directory_and_huge_file(tmp_path, monkeypatch):
    assert read_feed(str(tmp_path / "nope.xml")).error == "no such file"
    assert "directory" in read_feed(str(tmp_path)).error
    monkeypatch.setattr(downloads, "MAX_BYTES", 100)
    monkeypatch.setattr(downloads.read_file, "__defaults__", (100,))
    assert "too large" in read_feed(write(tmp_path, "big.xml", GOOD_RSS)).error


def test_unsupported_scheme():
    assert "unsupported scheme" in read_feed("ftp://example.com/feed").error


def test_http_errors_timeouts_and_conditional_get(server):
    assert read_feed(server + "/missing").error.startswith("HTTP 404")
    assert "timed out" in read_feed(server + "/slow", timeout=0.5).error
    first = read_feed(server + "/etag")
    assert first.ok and first.etag == '"v1"'
    again = read_feed(server + "/etag", {"etag": first.etag})
    assert again.not_modified and again.articles == []


def test_unreachable_host():
    result = read_feed("http://127.0.0.1:9/feed.xml", timeout=2)
    assert "unreachable" in result.error or "refused" in result.error


def test_ingest_keeps_going_past_bad_feeds(tmp_path):
    good = write(tmp_path, "good.xml", GOOD_RSS)
    bad = write(tmp_path, "bad.xml", b"\x00\x01\x02binary")
    with open_store(f"sqlite:///{tmp_path / 's.sqlite'}") as store:
        report = ingest(store, [bad, good, str(tmp_path / "missing.xml")])
        assert report.feeds_read == 1 and report.feeds_failed == 2
        assert report.new_articles == 2 and not report.nothing_read
        assert any(bad in m and "binary" in m for m in report.messages)
        assert store.stats()["articles"] == 2
        again = ingest(store, [good])
        assert again.new_articles == 0 and again.articles_extracted == 0


def test_ingest_with_conditional_get_skips_unchanged(server, tmp_path):
    with open_store(f"sqlite:///{tmp_path / 's.sqlite'}") as store:
        assert ingest(store, [server + "/etag"]).feeds_read == 1
        second = ingest(store, [server + "/etag"])
        assert second.feeds_unchanged == 1 and not second.nothing_read


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpora/feedparser-tests is not beside the checkout")
def test_feedparser_corpus_never_crashes():
    files = [p for p in CORPUS.rglob("*") if p.is_file()]
    assert len(files) > 100
    outcomes = {"articles": 0, "error": 0, "empty": 0}
    for path in files:
        result = read_feed(str(path))
        if result.error:
            assert "\n" not in result.error
            outcomes["error"] += 1
        elif result.articles:
            outcomes["articles"] += 1
        else:
            outcomes["empty"] += 1
    assert outcomes["articles"] > 100, outcomes


def test_parse_feed_survives_entries_without_text():
    result = parse_feed(b"<rss version='2.0'><channel><title>t</title><item><link>https://x.example/1</link>"
                        b"</item></channel></rss>", "x")
    assert result.articles == [] and "no entries" in result.warning
