"""Benchmark the web app on a big synthetic store (opt-in; not part of the tests).

    python bench/bench_web.py                          # 10,000 actors, 100,000 ties
    python bench/bench_web.py --actors 2000 --ties 20000
    python bench/bench_web.py --db big.db          # build the store there once, reuse it next time

Builds a store of invented actors and ties (stored through the store API, 100 ties a document,
then one resolve), serves it on 127.0.0.1 with uvicorn, and prints the API latencies and the time to
first render of the map in Debian's chromium driven by playwright: from navigation until
vis-network has stabilised the layout and drawn the labels.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kingmaker.model import Actor, DocExtraction, Document, Evidence, Relation
from kingmaker.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

SYLLABLES = "ka lo mi ra ven tor sel dun ar bel cor fen gal hal ist jor kel lun mor nad".split()
KINDS = ("person", "organization", "country")
TYPES = ("leader_of", "member_of", "part_of", "backs", "allied_with", "opposes")


def name(rng: random.Random, i: int) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return f"{word} {''.join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()} {i}"


def build(path: Path, n_actors: int, n_ties: int, per_doc: int = 100) -> None:
    rng = random.Random(7)
    names = [name(rng, i) for i in range(n_actors)]
    kinds = [KINDS[0] if i % 3 else KINDS[1 + (i % 9 == 0)] for i in range(n_actors)]
    # a few hubs: actor i is picked with weight 1 / (i + 1) (a long tail, like news)
    weights = [1 / (i + 1) ** 0.8 for i in range(n_actors)]
    with open_store(path) as store:
        for d in range(max(1, n_ties // per_doc)):
            ends = rng.choices(range(n_actors), weights=weights, k=2 * per_doc)
            local = {a: f"L{j}" for j, a in enumerate(dict.fromkeys(ends))}
            sentences, relations = [], []
            for k in range(per_doc):
                a, b = ends[2 * k], ends[2 * k + 1]
                if a == b:
                    b = (b + 1) % n_actors
                    local.setdefault(b, f"L{len(local)}")
                typ = rng.choice(TYPES)
                sentence = f"{names[a]} {typ.replace('_', ' ')} {names[b]}."
                start = sum(len(s) + 1 for s in sentences)
                sentences.append(sentence)
                relations.append(Relation(local[a], typ, local[b], Evidence(f"doc{d}", start, start + len(sentence),
                                                                              sentence), round(rng.uniform(0.4, 0.95), 2)))
            doc = Document(f"doc{d}", " ".join(sentences), title=f"Report {d}",
                           date=f"20{15 + d % 10}-{1 + d % 12:02d}-{1 + d % 28:02d}")
            actors = [Actor(lid, names[a], kinds[a], documents=[doc.id]) for a, lid in local.items()]
            store.add(DocExtraction(doc, actors=actors, relations=relations), resolve=False)
        store.resolve()


def timed(client, url: str, runs: int = 3) -> tuple[float, int]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        r = client.get(url)
        times.append(time.perf_counter() - started)
        assert r.status_code == 200, (url, r.text[:200])
    return statistics.median(times) * 1000, len(r.content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--ties", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="keep the store in this file (reused when it exists)")
    args = parser.parse_args()
    import httpx
    from test_web_browser import ARGS, CHROMIUM, Server

    from kingmaker.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "big.db"
        started = time.perf_counter()
        if not path.exists():
            build(path, args.actors, args.ties)
        with open_store(path) as store:
            stats = store.stats()
            print(f"built {stats.get('actors')} actors, {stats.get('relations')} ties in "
                  f"{time.perf_counter() - started:.1f} s")
            app = create_app(store, refresh_seconds=600)
            with Server(app) as server:
                client = httpx.Client(base_url=server.url, timeout=120)
                started = time.perf_counter()
                client.get("/api/actors?limit=1")
                print(f"first read of the store (snapshot, index): {time.perf_counter() - started:.2f} s")
                graph = client.get("/api/graph").json()
                hub = graph["nodes"][0]["id"]
                far = graph["nodes"][-1]["id"]
                for url in ["/api/graph", "/api/graph?events=0&min_confidence=0.8", f"/api/graph?focus={hub}&depth=1",
                            "/api/actors?q=kalo&limit=12", f"/api/actors/{hub}", f"/api/path?from={hub}&to={far}",
                            "/api/graph.graphml", "/map"]:
                    ms, size = timed(client, url)
                    print(f"GET {url}: {ms:.0f} ms ({size / 1000:.0f} kB)")
                if not CHROMIUM.exists():
                    print("no chromium at /usr/bin/chromium: first render not measured")
                    return
                from playwright.sync_api import sync_playwright

                with sync_playwright() as p:
                    browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
                    renders = []
                    for _ in range(3):
                        page = browser.new_page(viewport={"width": 1500, "height": 900})
                        started = time.perf_counter()
                        page.goto(server.url + "/map")
                        page.wait_for_function("() => window.kmMap && kmMap.network && kmMap.nodes.length > 0 "
                                               "&& kmMap.labelSizes().length > 0", timeout=120_000)
                        renders.append(time.perf_counter() - started)
                        print(f"  render {len(renders)}: {renders[-1]:.2f} s")
                        drawn = page.evaluate("kmMap.labelSizes().filter((l) => l.drawn).length")
                        shown = page.evaluate("kmMap.nodes.length")
                        page.close()
                    browser.close()
                print(f"first render of the map in chromium: {statistics.median(renders):.2f} s (median of 3; "
                      f"{shown} actors sent of {stats.get('actors')}, {drawn} labels drawn)")


if __name__ == "__main__":
    main()
