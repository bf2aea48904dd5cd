"""Feeds -> Articles with feedparser: the feed list, conditional GET, hostile input.

Every failure becomes a FeedResult with a one-line `error`; nothing here raises for
bad input, so one broken feed never stops the others.
"""
from __future__ import annotations

import calendar
import hashlib
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser

from graph.model import Article

from .downloads import DownloadError, fetch, is_url, read_file
from .settings import data_dir
from .text import clean_text

MAX_TITLE = 500
MAX_SUMMARY = 50_000
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ncid")


@dataclass
class FeedSource:
    name: str
    url: str
    tags: list[str] = field(default_factory=list)


@dataclass
class FeedResult:
    source: str
    title: str | None = None
    articles: list[Article] = field(default_factory=list)
    error: str | None = None
    warning: str | None = None
    etag: str | None = None
    modified: str | None = None
    not_modified: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


def load_feed_list(path: str | Path | None = None) -> list[FeedSource]:
    """data/feeds.toml: [[feed]] tables with name, url and tags."""
    path = Path(path) if path else data_dir() / "feeds.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"cannot read feed list {path}: {exc}") from None
    out = []
    for n, item in enumerate(raw.get("feed", []), 1):
        if not isinstance(item, dict) or not item.get("url"):
            raise ValueError(f"feed list {path}: entry {n} has no url")
        out.append(FeedSource(item.get("name") or item["url"], item["url"], list(item.get("tags", []))))
    return out


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


def article_id(link: str | None, guid: str | None, title: str = "") -> str:
    """Stable id: hash of the canonical URL, else of the GUID, else of the title."""
    basis = canonical_url(link) if link and urlsplit(link).scheme in ("http", "https") else (
        guid or link or title)
    return "a-" + hashlib.sha1(basis.encode("utf-8", "replace")).hexdigest()[:16]


def _iso(struct) -> str | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), tz=timezone.utc).isoformat()
    except (OverflowError, ValueError, TypeError):
        return None


def _looks_binary(content: bytes) -> bool:
    head = content[:2048]
    if not head:
        return False
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00<", b"<\x00")):
        return True
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    return controls / len(head) > 0.1


def entry_to_article(entry, feed_title: str | None, feed_ref: str, fetched: str) -> Article | None:
    title = clean_text(entry.get("title"))[:MAX_TITLE]
    body = ""
    for content in entry.get("content") or []:
        if content.get("value"):
            body = content["value"]
            break
    summary = clean_text(body or entry.get("summary") or entry.get("description"))[:MAX_SUMMARY]
    if not title and not summary:
        return None
    link = entry.get("link")
    guid = entry.get("id")
    source = None
    src = entry.get("source")
    if isinstance(src, dict):
        source = src.get("title")
    return Article(id=article_id(link, guid, title + summary[:200]), url=link,
                   title=title or summary[:120], source=clean_text(source or feed_title) or None,
                   published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
                   fetched=fetched, summary=summary, feed=feed_ref)


def parse_feed(content: bytes, source: str) -> FeedResult:
    """Parse bytes already fetched; malformed, empty or binary input becomes an error."""
    result = FeedResult(source=source)
    if not content.strip():
        result.error = "empty response (no feed data)"
        return result
    if _looks_binary(content):
        result.error = "binary data, not an RSS/Atom feed"
        return result
    try:
        parsed = feedparser.parse(content)
    except Exception as exc:  # feedparser is robust, but hostile input deserves a wall
        result.error = f"unreadable feed ({type(exc).__name__})"
        return result
    result.title = clean_text(parsed.feed.get("title")) or None
    fetched = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for entry in parsed.entries:
        try:
            article = entry_to_article(entry, result.title, source, fetched)
        except Exception as exc:  # one bad entry must not lose the others
            result.warning = f"skipped an unreadable entry ({type(exc).__name__})"
            continue
        if article:
            result.articles.append(article)
    if not result.articles:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "not a feed").splitlines()[0][:160]
            result.error = f"malformed feed: {reason}"
        elif parsed.get("version") or parsed.entries:
            result.warning = "feed has no entries with a title or text"
        else:
            result.error = "not an RSS/Atom feed"
    elif parsed.get("bozo"):
        reason = str(parsed.get("bozo_exception") or "").splitlines()[0][:120] if parsed.get(
            "bozo_exception") else ""
        result.warning = f"feed is not well-formed, read what could be read ({reason})"
    return result


def read_feed(source: str, state: dict | None = None, timeout: float = 20.0) -> FeedResult:
    """Read one feed URL or file; `state` carries the last ETag/Last-Modified."""
    try:
        if is_url(source):
            state = state or {}
            download = fetch(source, state.get("etag"), state.get("modified"), timeout=timeout)
            if download.not_modified:
                return FeedResult(source=source, not_modified=True, etag=state.get("etag"),
                                  modified=state.get("modified"))
        elif "://" in source and not source.startswith("file://"):
            return FeedResult(source=source, error=f"unsupported scheme {urlsplit(source).scheme!r}"
                                                   " (use http, https or a file path)")
        else:
            download = read_file(source)
    except DownloadError as exc:
        return FeedResult(source=source, error=str(exc))
    result = parse_feed(download.content, source)
    result.etag = download.headers.get("etag")
    result.modified = download.headers.get("last-modified")
    return result


def feed_sources(feeds: list[str] | None, sample: bool, feed_list: str | None = None) -> list[str]:
    """What to read: the given feeds, the bundled sample, or else the default feed list."""
    from .settings import sample_feeds

    sources = list(feeds or [])
    if sample:
        sources += [str(p) for p in sample_feeds()]
    if not sources:
        sources = [f.url for f in load_feed_list(feed_list)]
    return sources
