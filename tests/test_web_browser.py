"""The web app in a real browser: Debian's chromium driven by playwright, the app on uvicorn.

Skipped when /usr/bin/chromium or the playwright package is missing (``make test`` installs
chromium with apt-get when it can). With ``KINGMAKER_SCREENSHOT=1`` (or a file path) the map of
the example corpus is saved to ``docs/screenshot-map.png`` (or that path).
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_web import IMG, SCRIPT, TEXTS, build_extraction

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium "
                                                     "(apt-get install chromium; `make test` does it)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (test extra)")


class Server:
    """uvicorn serving ``app`` on 127.0.0.1 and a free port, in a thread."""

    def __init__(self, app):
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watched:
    """A page that records every request, dialog, console error and page error."""

    def __init__(self, browser, base: str):
        self.context = browser.new_context(viewport={"width": 1500, "height": 900})
        self.page = self.context.new_page()
        self.page.set_default_timeout(15_000)
        self.base = base
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, path: str):
        self.page.goto(self.base + path)
        return self.page

    def assert_local_only(self) -> None:
        hosts = {urlsplit(u).hostname for u in self.requests if not u.startswith(("data:", "about:"))}
        assert hosts <= {"127.0.0.1"}, f"requests left the machine: {sorted(hosts)}"

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def examples_app():
    """The example corpus ingested into a real (in-memory) store by the real pipeline."""
    from kingmaker import api
    from kingmaker.store import open_store
    from kingmaker.store.ingest import ingest
    from kingmaker.web.app import create_app

    nlp = api.load_nlp()
    store = open_store(":memory:")
    ingest(store, api.read_documents([REPO / "examples"]), lambda todo: api.iter_doc_extractions(todo, nlp))
    yield create_app(store)
    store.close()


def test_map_lists_draws_and_clicks_to_evidence(browser, examples_app):
    with Server(examples_app) as server:
        w = Watched(browser, server.url)
        page = w.goto("/map")
        page.wait_for_selector("svg#map g.node")
        listed = page.locator("#actor-list li[data-id]")
        n_drawn = page.locator("svg#map g.node").count()
        assert listed.count() > 5 and n_drawn == listed.count()
        assert page.locator("svg#map path.edge").count() > 0
        # the best-connected actor (first in the list): click its node, see an evidence sentence
        first = listed.first.get_attribute("data-id")
        page.locator(f'svg#map g.node[data-id="{first}"] circle').click()
        quote = page.locator("#panel blockquote.evidence").first
        quote.wait_for()
        assert len(quote.text_content()) > 20
        shot = os.environ.get("KINGMAKER_SCREENSHOT")
        if shot:
            target = REPO / "docs" / "screenshot-map.png" if shot in ("1", "true", "yes") else Path(shot)
            target.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(target))
        # click a tie: its evidence
        page.locator("svg#map path.edge").first.dispatch_event("click")
        page.locator("#panel blockquote.evidence").first.wait_for()
        # the full profile, then the document with the evidence span highlighted
        page.locator(f'#actor-list li[data-id="{first}"] a').click()
        page.wait_for_url(f"**/actors/{first}")
        evidence = page.locator("blockquote.evidence").first.text_content()
        page.locator("a.doclink").first.click()
        page.wait_for_selector("mark#hl")
        assert page.locator("mark#hl").text_content() == evidence
        # the as-of field narrows the map to the first document
        page = w.goto("/map?as_of=2022-12-31")
        page.wait_for_selector("svg#map g.node")
        sync_api.expect(page.locator("#map-status")).to_contain_text("as of 2022-12-31")
        assert page.locator("svg#map g.node").count() < n_drawn
        assert not w.dialogs and not w.errors, (w.dialogs, w.errors)
        w.assert_local_only()
        w.close()


def test_timeline_chart_and_coalition_calculator_work_offline(browser):
    from kingmaker.web.app import create_app

    with Server(create_app(build_extraction())) as server:
        w = Watched(browser, server.url)
        page = w.goto("/timeline")
        page.wait_for_selector("#chart .main-svg")  # plotly drew (from the app, under the CSP)
        assert page.locator("#chart g.trace.bars").count() == 4
        page = w.goto("/coalition")
        assert "Quota 51" in page.locator("#coalition-summary").text_content()
        page.locator("#seat-table input[name=seats]").first.fill("60")
        sync_api.expect(page.locator("#coalition-summary")).to_contain_text("Quota 61")  # no eval: CSP
        assert page.locator("#coalition-list li").count() == 2
        assert not w.errors, w.errors
        w.assert_local_only()
        w.close()


def test_hostile_article_and_names_never_execute(browser):
    """An article ingested through the real pipeline and actors named like payloads: nothing runs."""
    from kingmaker import api
    from kingmaker.model import Document
    from kingmaker.web.app import create_app

    planted = ("<script>window.__pwned = 1; alert('script')</script>",
               "<img src=x onerror=\"window.__pwned = 2; alert('img')\">")
    text = (f"KADRA, June 3 - The Coastal Renewal Movement said {planted[0]} was not its doing. "
            f"Its leader Mira Solberg said {planted[1]} was a forgery. {SCRIPT} {IMG}")
    extraction = api.extract_documents([Document(id="hostile", text=text, title=planted[0], date="2021-06-03")])
    hostile = build_extraction()
    extraction.actors += hostile.actors[-2:]  # names that are payloads (ids a8, a9)
    extraction.relations += hostile.relations[-1:]
    extraction.documents += [d for d in hostile.documents if d.id == "xss"]
    with Server(create_app(extraction)) as server:
        w = Watched(browser, server.url)
        for path in ["/map", "/actors", "/actors/a8", "/actors/a9", "/documents", "/documents/hostile",
                     "/documents/xss", "/timeline", "/coalition?party=%3Cscript%3Ealert(1)%3C/script%3E&seats=3"]:
            page = w.goto(path)
            page.wait_for_load_state("load")
            if path == "/map":
                page.wait_for_selector("svg#map g.node")
                page.locator('svg#map g.node[data-id="a9"] circle').click()
                page.locator("#panel blockquote.evidence").first.wait_for()
                assert SCRIPT in page.locator("#panel").text_content()
                assert IMG in page.locator("svg#map").text_content()  # drawn as a label, as text
            assert page.evaluate("window.__pwned") is None, path
            assert page.locator("img").count() == 0, path
        page = w.goto("/documents/hostile")
        shown = page.locator("#doc-text").text_content()
        assert planted[0] in shown and planted[1] in shown and SCRIPT in shown
        assert page.locator("h1").text_content() == planted[0]
        page = w.goto("/documents/xss")
        assert TEXTS["xss"][2] in page.locator("#doc-text").text_content()
        assert not w.dialogs, w.dialogs
        w.assert_local_only()
        w.close()
