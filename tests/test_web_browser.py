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


def wait_for_map(page) -> None:
    """Until vis-network has laid the map out (stabilised) and drawn it."""
    page.wait_for_function("() => window.kmMap && kmMap.network && kmMap.nodes.length > 0 "
                           "&& kmMap.labelSizes().length === kmMap.nodes.length")
    page.wait_for_timeout(300)


def click_node(page, actor_id: str) -> None:
    """A real mouse click on a node of the canvas."""
    x, y = page.evaluate("(id) => { const p = kmMap.network.canvasToDOM(kmMap.network.getPosition(id));"
                         " const r = document.querySelector('#map canvas').getBoundingClientRect();"
                         " return [r.left + p.x, r.top + p.y]; }", actor_id)
    page.mouse.click(x, y)


def two_step_path(graph: dict) -> tuple[str, str, str]:
    """Actors A, B, C with ties A-B and B-C but none between A and C."""
    ties: dict[str, set[str]] = {}
    for e in graph["edges"]:
        if e["kind"] == "relation":
            ties.setdefault(e["source"], set()).add(e["target"])
            ties.setdefault(e["target"], set()).add(e["source"])
    for b, around in sorted(ties.items()):
        for a in sorted(around):
            for c in sorted(around - {a}):
                if c not in ties[a]:
                    return a, b, c
    raise AssertionError("the examples have no two-step chain of ties")


def test_map_is_readable_at_first_sight_and_clicks_to_evidence(browser, examples_app):
    with Server(examples_app) as server:
        w = Watched(browser, server.url)
        page = w.goto("/map")
        wait_for_map(page)
        n_drawn = page.evaluate("kmMap.nodes.length")
        listed = page.locator("#actor-list li[data-id]")
        assert listed.count() > 5 and n_drawn > 5
        assert page.evaluate("kmMap.edges.length") > 0
        # readable at first load: every label drawn is at least 12 px on screen, and the ten best
        # connected actors are labelled (label size from vis-network, times the zoom)
        sizes = page.evaluate("kmMap.labelSizes()")
        drawn = {s["id"]: s["px"] for s in sizes if s["drawn"]}
        assert min(drawn.values()) >= 12
        best = [li.get_attribute("data-id") for li in listed.all()[:10]]
        assert all(b in drawn for b in best if b in {s["id"] for s in sizes}), (best, drawn)
        # the canvas really has ink on it: a PNG of the view is more than a blank page
        png = page.evaluate("document.querySelector('#map canvas').toDataURL('image/png')")
        assert len(png) > 20_000
        # click the best-connected actor's node: its ties with evidence sentences
        first = best[0]
        click_node(page, first)
        quote = page.locator("#panel blockquote.evidence").first
        quote.wait_for()
        assert len(quote.text_content()) > 20
        assert page.evaluate("kmMap.network.getSelectedNodes()") == [first]
        assert f"focus={first}" in page.url  # the URL holds the view
        shot = os.environ.get("KINGMAKER_SCREENSHOT")
        if shot:
            target = REPO / "docs" / "screenshot-map.png" if shot in ("1", "true", "yes") else Path(shot)
            target.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(target))
        # the ego view: only the actor and its neighbours, kept in the URL
        page.locator("#panel button.ego-button").click()
        page.wait_for_function("() => kmMap.graph && kmMap.graph.focus !== null")
        wait_for_map(page)
        ego = page.evaluate("kmMap.nodes.getIds()")
        assert first in ego and 1 < len(ego) < n_drawn and "ego=1" in page.url
        # the full profile, then the document with the evidence span highlighted
        page.locator(f'#actor-list li[data-id="{first}"] a').click()
        page.wait_for_url(f"**/actors/{first}")
        evidence = page.locator("blockquote.evidence").first.text_content()
        page.locator("a.doclink").first.click()
        page.wait_for_selector("mark#hl")
        assert page.locator("mark#hl").text_content() == evidence
        # the as-of field narrows the map to the first document
        page = w.goto("/map?as_of=2022-12-31")
        wait_for_map(page)
        sync_api.expect(page.locator("#map-status")).to_contain_text("as of 2022-12-31")
        assert page.evaluate("kmMap.nodes.length") < n_drawn
        assert not w.dialogs and not w.errors, (w.dialogs, w.errors)
        w.assert_local_only()
        w.close()


def test_the_actors_shown_control_cuts_the_map_to_the_most_connected_and_says_so(browser, examples_app):
    with Server(examples_app) as server:
        w = Watched(browser, server.url)
        page = w.goto("/map")
        wait_for_map(page)
        whole = page.evaluate("kmMap.nodes.length")
        assert whole > 10 and "limit=" not in page.url  # the default is not written in the URL
        page.fill("#limit", "10")
        page.locator("#limit").dispatch_event("change")
        page.wait_for_function("() => kmMap.graph && kmMap.graph.nodes.length === 10")
        sync_api.expect(page.locator("#map-status")).to_contain_text(f"{whole - 10} less connected actors left out")
        assert "limit=10" in page.url
        # shown: the best connected (the list beside the map ranks them the same way)
        shown = set(page.evaluate("kmMap.graph.nodes.map((n) => n.id)"))
        degree = {n["id"]: n["degree"] for n in page.evaluate("kmMap.graph.nodes")}
        assert len(shown) == 10 and min(degree.values()) > 0
        # a shared link keeps the cut
        page = w.goto("/map?limit=10")
        wait_for_map(page)
        assert page.evaluate("kmMap.nodes.length") == 10 and page.input_value("#limit") == "10"
        assert not w.dialogs and not w.errors, (w.dialogs, w.errors)
        w.close()


def test_search_selects_and_the_path_from_a_to_b_shows_evidence(browser, examples_app):
    with Server(examples_app) as server:
        w = Watched(browser, server.url)
        page = w.goto("/map")
        wait_for_map(page)
        graph = page.evaluate("kmMap.graph")
        a, b, c = two_step_path(graph)
        names = {n["id"]: n["name"] for n in graph["nodes"]}
        # search as you type: a few letters of a name, Enter: the actor is selected and centred
        page.locator("#search").press_sequentially(names[c][:6].lower(), delay=30)
        page.locator(f'#search-results li[data-id="{c}"]').wait_for()
        page.locator(f'#search-results li[data-id="{c}"]').dispatch_event("mousedown")
        page.wait_for_function("(id) => kmMap.network.getSelectedNodes()[0] === id", arg=c)
        sync_api.expect(page.locator("#panel h2")).to_have_text(names[c])
        centre = page.evaluate("kmMap.network.getViewPosition()")
        where = page.evaluate("(id) => kmMap.network.getPosition(id)", c)
        assert abs(centre["x"] - where["x"]) < 5 and abs(centre["y"] - where["y"]) < 5
        # how is A connected to C? through B, each step with its evidence sentence
        page.locator("#path-from").fill(names[a])
        page.locator("#path-to").fill(names[c])
        page.locator("#path-form button").click()
        steps = page.locator("#panel ol.path-steps > li")
        steps.first.wait_for()
        assert steps.count() == 2
        assert names[b] in steps.first.text_content()
        assert all(len(s.locator("blockquote.evidence").first.text_content()) > 10 for s in steps.all())
        assert "from=" in page.url and "to=" in page.url
        # exports of the current view: the canvas as PNG, the filtered view as GraphML
        with page.expect_download() as png:
            page.locator("#export-png").click()
        assert png.value.suggested_filename == "kingmaker-map.png"
        assert Path(png.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        href = page.locator("#export-graphml").get_attribute("href")
        assert href.startswith("/api/graph.graphml?") and "events=0" in href
        # the shared URL gives the same view back
        page = w.goto(urlsplit(page.url).path + "?" + urlsplit(page.url).query)
        wait_for_map(page)
        page.locator("#panel ol.path-steps > li").first.wait_for(timeout=30_000)  # a loaded machine: slow
        assert not w.dialogs and not w.errors, (w.dialogs, w.errors)
        w.assert_local_only()
        w.close()


def test_grouping_by_organisation_folds_members_and_opens_on_double_click(browser, examples_app):
    with Server(examples_app) as server:
        w = Watched(browser, server.url)
        page = w.goto("/map?group=organisation")
        wait_for_map(page)
        groups = page.evaluate("Object.keys(kmMap.network.body.nodes).filter((k) => k.startsWith('cluster:'))")
        assert groups, "no group was formed"
        inside = page.evaluate("(g) => kmMap.network.getNodesInCluster(g)", groups[0])
        organisation = groups[0].split(":")[-1]
        assert organisation in inside and len(inside) >= 2
        page.evaluate("(g) => kmMap.network.openCluster(g)", groups[0])
        assert groups[0] not in page.evaluate("Object.keys(kmMap.network.body.nodes)")
        assert not w.errors, w.errors
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
                wait_for_map(page)
                click_node(page, "a9")
                page.locator("#panel blockquote.evidence").first.wait_for()
                assert SCRIPT in page.locator("#panel").text_content()
                assert page.evaluate("kmMap.nodes.get('a9').label") == IMG  # drawn on the canvas, as text
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


def test_a_merge_done_in_the_page_shows_in_the_cli_and_is_undone(browser, tmp_path):
    """Curation in the page goes through the store's curation API: the CLI sees it, and Undo takes it back."""
    import json

    from click.testing import CliRunner

    from kingmaker import api
    from kingmaker.cli import cli
    from kingmaker.store import open_store
    from kingmaker.store.ingest import ingest
    from kingmaker.web.app import create_app

    db = tmp_path / "k.db"
    store = open_store(db)
    nlp = api.load_nlp()
    ingest(store, api.read_documents([REPO / "examples"]), lambda todo: api.iter_doc_extractions(todo, nlp))
    orgs = sorted((a for a in store.actors() if a["kind"] == "organization"), key=lambda a: a["id"])
    keep, other = orgs[0], orgs[1]

    def cli_aliases() -> list[str]:
        r = CliRunner().invoke(cli, ["actor", keep["id"], "--db", str(db), "--format", "json"])
        assert r.exit_code == 0, r.output
        return json.loads(r.output)["aliases"]

    assert other["name"] not in cli_aliases()
    try:
        with Server(create_app(store, allow_edits=True, refresh_seconds=0)) as server:
            w = Watched(browser, server.url)
            page = w.goto(f"/actors/{keep['id']}")
            page.locator("#merge-search").press_sequentially(other["name"][:5], delay=30)
            page.locator(f'#merge-results li[data-id="{other["id"]}"]').dispatch_event("mousedown")
            page.locator("#merge-form button[type=submit]").click()
            confirm = page.locator("#merge-confirm")
            sync_api.expect(confirm).to_be_visible()
            # the confirmation names both actors, with their kinds and counts
            assert confirm.locator("tr.keep td.name").text_content() == keep["name"]
            assert confirm.locator("tr.merged td.name").text_content() == other["name"]
            assert confirm.locator("tr.merged td.kind-cell").text_content() == "organization"
            assert int(confirm.locator("tr.merged td.documents").text_content()) >= 1
            with page.expect_navigation():
                page.locator("#merge-yes").click()
            page.wait_for_load_state("load")
            assert other["name"] in page.locator("ul.aliases").text_content()
            assert other["name"] in cli_aliases()  # the CLI, on the same store, sees the merge
            with page.expect_navigation():
                page.locator("#undo-form button").click()
            page.wait_for_url("**/actors")
            assert other["name"] not in cli_aliases()
            assert [d["action"] for d in store.decisions()] == ["merge"]  # undone, the log keeps the step
            assert not w.dialogs and not w.errors, (w.dialogs, w.errors)
            w.assert_local_only()
            w.close()
    finally:
        store.close()
