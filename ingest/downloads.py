"""HTTP and file fetching with limits: timeouts, size caps, conditional GET, clear errors."""
from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

MAX_BYTES = 10 * 1024 * 1024  # no feed or article page is larger; bigger is hostile
TIMEOUT = 20.0
USER_AGENT = "aikg/0.1 (+https://example.invalid/aikg; news knowledge graph)"


class DownloadError(Exception):
    """One line saying why a source could not be read."""


@dataclass
class Download:
    content: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    url: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_url(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


def read_file(path: str | Path, max_bytes: int = MAX_BYTES) -> Download:
    p = Path(str(path).removeprefix("file://")).expanduser()
    try:
        if p.is_dir():
            raise DownloadError("is a directory, not a feed file")
        size = p.stat().st_size
        if size > max_bytes:
            raise DownloadError(f"file is too large ({size:,} bytes; limit {max_bytes:,})")
        return Download(p.read_bytes(), url=str(p))
    except FileNotFoundError:
        raise DownloadError("no such file") from None
    except PermissionError:
        raise DownloadError("permission denied") from None
    except OSError as exc:
        raise DownloadError(f"cannot read file: {exc.strerror or exc}") from None


def fetch(url: str, etag: str | None = None, modified: str | None = None,
          timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Download:
    """GET a URL, sending ETag/Last-Modified validators; stops reading past max_bytes."""
    headers = {"User-Agent": USER_AGENT,
               "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise DownloadError(f"response is too large ({int(length):,} bytes; limit {max_bytes:,})")
            content = response.read(max_bytes + 1)
            if len(content) > max_bytes:
                raise DownloadError(f"response is larger than the {max_bytes:,}-byte limit")
            return Download(content, response.status, {k.lower(): v for k, v in response.headers.items()},
                            response.geturl())
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Download(b"", 304, {}, url)
        raise DownloadError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            raise DownloadError(f"timed out after {timeout:g}s") from None
        if isinstance(reason, socket.gaierror):
            raise DownloadError("host not found (no network, or a wrong address)") from None
        raise DownloadError(f"unreachable: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise DownloadError(f"timed out after {timeout:g}s") from None
    except (ConnectionError, OSError, ValueError) as exc:
        raise DownloadError(f"unreachable: {exc}") from None
