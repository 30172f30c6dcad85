"""Regenerate the README screenshots from the example corpus (needs Debian chromium and playwright).

    python docs/make_screenshots.py            # writes docs/screenshot-map.png, -profile.png, -coalition.png

The examples are ingested into an in-memory store by the real pipeline and served on 127.0.0.1;
each page is shot at 1280x760 and saved as a 256-colour PNG (small enough to commit).
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def save(png: bytes, target: Path) -> None:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    image.save(target, optimize=True)
    print(f"{target.relative_to(REPO)}: {target.stat().st_size // 1024} KB")


def main() -> None:
    from playwright.sync_api import sync_playwright
    from test_web_browser import ARGS, CHROMIUM, Server, wait_for_map

    from kingmaker import api
    from kingmaker.store import open_store
    from kingmaker.store.ingest import ingest
    from kingmaker.web.app import create_app

    store = open_store(":memory:")
    nlp = api.load_nlp()
    ingest(store, api.read_documents([REPO / "examples"]), lambda todo: api.iter_doc_extractions(todo, nlp))
    best = max(store.actors(), key=lambda a: len(store.actor(a["id"]).get("ties_out", []))
               + len(store.actor(a["id"]).get("ties_in", [])))
    with Server(create_app(store, allow_edits=True)) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 760})
        page.goto(server.url + "/map")
        wait_for_map(page)
        page.evaluate("(id) => kmMap.selectNode(id, true)", best["id"])
        page.locator("#panel blockquote.evidence").first.wait_for()
        page.wait_for_timeout(300)
        save(page.screenshot(), REPO / "docs" / "screenshot-map.png")
        page.goto(server.url + f"/actors/{best['id']}")
        save(page.screenshot(), REPO / "docs" / "screenshot-profile.png")
        page.goto(server.url + "/coalition")
        page.wait_for_load_state("load")
        first = page.locator("#power-table tbody td:first-child").first.text_content()
        page.locator("input[name=without]").fill(first)
        page.locator("#what-if-title").wait_for()
        save(page.screenshot(), REPO / "docs" / "screenshot-coalition.png")
        browser.close()
    store.close()


if __name__ == "__main__":
    main()
