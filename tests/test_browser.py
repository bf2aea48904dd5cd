"""End to end: `aikg app` on the sample store, every page visited in headless Chromium
(Debian's package, driven by Playwright; never `playwright install`). A page fails on any
exception box; a screenshot of each is saved in tests/artifacts/ to look at."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from graph.store import open_store

from .conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason="Debian's chromium is not installed (.ci/run installs it with apt-get)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(sample_store_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("AIKG_STORE", "NEO4J_URI")}
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "app", "--port", str(port),
                             "--store", f"sqlite:///{sample_store_path}"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("aikg app exited: " + proc.stderr.read().decode()[-2000:])
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("aikg app did not start within 60 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def cutoff_event_id(sample_store_path):
    with open_store(f"sqlite:///{sample_store_path}") as store:
        return [e for e in store.events(type="access_revocation")
                if (e.actor_id, e.target_id) == ("anthropic", "openai")][0].id


def visit(browser, url: str, name: str, expect: str):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url, wait_until="domcontentloaded", timeout=60_000)
    page.wait_for_selector('[data-testid="stApp"]', timeout=60_000)
    page.get_by_text(expect, exact=False).first.wait_for(timeout=60_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
    page.wait_for_timeout(1500)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0, f"exception box on {name}"
    return page, errors


PAGES = [
    ("", "overview", "Latest events"),
    ("graph", "graph", "Companies, products and people linked"),
    ("timeline", "timeline", "Select a row"),
    ("company?entity=openai", "company", "Counterparties"),
    ("precedents?event={event}", "precedents", "why:"),
    ("export", "export", "Download"),
    ("event?event={event}", "event", "Reports:"),
]


@pytest.mark.parametrize("path,name,expect", PAGES, ids=[p[1] for p in PAGES])
def test_page_renders_in_chromium(browser, app_url, cutoff_event_id, path, name, expect):
    page, errors = visit(browser, f"{app_url}/{path.format(event=cutoff_event_id)}", name, expect)
    if name == "graph":
        frame = page.frame_locator("iframe").first
        frame.locator("canvas").first.wait_for(timeout=30_000)
        box = frame.locator("#net").bounding_box()
        assert box and box["width"] > 200
        # Click the Anthropic node: its events and evidence appear in the side panel.
        inner = page.frames[-1]
        inner.wait_for_function("() => window.aikgReady === true", timeout=30_000)
        xy = inner.evaluate("() => { const n = window.aikgNetwork; "
                            "return n.canvasToDOM(n.getPositions(['anthropic'])['anthropic']); }")
        canvas = frame.locator("canvas").first.bounding_box()
        page.mouse.click(canvas["x"] + xy["x"], canvas["y"] + xy["y"])
        frame.locator("#panel h4").wait_for(timeout=10_000)
        panel = frame.locator("#panel").inner_text()
        assert "Anthropic" in panel and "OpenAI" in panel, panel[:300]
        page.screenshot(path=str(ARTIFACTS / "graph-clicked.png"), full_page=True)
    if name == "precedents":
        top3 = page.locator("strong").all_inner_texts()[:6]
        assert any("Vine" in t for t in top3[:3]), top3
    page.close()
    assert not errors, errors
