"""Time the store's list queries and the web app's lists (opt-in; not part of the test suite).

    python bench/bench_lists.py /tmp/lists.db 3000        # builds the store once, then times a page of each list
    python bench/bench_lists.py --web --docs 1000 --docs 10000 [--keep DIR]

The first form: each document names two parties and a leader (two ties, an event, a fact); the
lists are asked for their first page of 100 rows, as `kingmaker relations` etc. print them.

``--web``: a store of ``--docs`` synthetic news documents (``bench_scale.py``'s invented world and
its ``--synthetic`` extractions, stored without spaCy, one resolution at the end), then the web
app's lists (``/api/actors``, ``/api/relations``, ``/api/events``, ``/api/documents`` and the
*Actors* and *Documents* pages), an actor profile and a document (page and JSON) asked in-process (Starlette's TestClient): latency (median of 3) and
body size of the first page, of page 20 (following the ``next`` cursors), and with ``as_of``. For
comparison, what the app did before the lists ran in SQL: read the whole store (``snapshot``) and
index it (``Corpus.build``) before the first page, and again after every write.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))


def cli_lists(path: str, n: int) -> None:
    from test_store_helpers import doc

    from kingmaker.store import open_store

    if not os.path.exists(path):
        s = open_store(path)
        for i in range(n):
            a, b, c = f"Party {i}", f"Party {i+1}", f"Leader {i % 500}"
            s.add(doc(f"p{i:05d}", f"{a} allied with {b}. {c} leads {a}.",
                      [(a, "organization"), (b, "organization"), (c, "person")],
                      relations=[("L1", "allied_with", "L2"), ("L3", "leader_of", "L1")],
                      events=[("L3", "CONSULT", "L2", "2021-05-01")], facts=[("L1", "seats", i)], date="2021-05-02"),
                  resolve=False)
        s.resolve()
        s.close()
    s = open_store(path, readonly=True)
    kw = {"limit": 100}
    for name, fn in [("relations", lambda: s.relations(**kw)), ("relations --type leader_of", lambda: s.relations(type="leader_of", **kw)),
                     ("events --since 2021-05", lambda: s.events(since="2021-05", **kw)), ("facts", lambda: s.facts(**kw)),
                     ("actors", lambda: s.actors(**kw)), ("documents", lambda: s.documents(**kw)),
                     ("relations --actor 'Leader 7'", lambda: s.relations(actor="Leader 7", **kw))]:
        t = time.perf_counter()
        fn()
        print(f"{name:<32} {time.perf_counter() - t:7.3f} s")


def build_synthetic(folder: Path, n: int) -> Path:
    """A store of ``n`` synthetic documents (read, extracted and stored one at a time)."""
    from bench_scale import synthetic_extraction, write_corpus

    from kingmaker import api
    from kingmaker.store import open_store

    db = folder / f"web-{n}.db"
    if db.exists():
        return db
    (folder / f"corpus-{n}").mkdir(exist_ok=True)
    paths, _ = write_corpus(folder / f"corpus-{n}", n, 13)
    t = time.perf_counter()
    with open_store(db, create=True) as store:
        for d in api.read_documents(paths):
            store.add(synthetic_extraction(d), resolve=False)
        store.resolve()
    print(f"  built {db.name} in {time.perf_counter() - t:.0f} s")
    return db


def timed(client, url: str, runs: int = 3) -> tuple[float, int, dict | None]:
    times, r = [], None
    for _ in range(runs):
        t = time.perf_counter()
        r = client.get(url)
        times.append(time.perf_counter() - t)
        assert r.status_code == 200, (url, r.text[:300])
    body = r.json() if r.headers.get("content-type", "").startswith("application/json") else None
    return statistics.median(times) * 1000, len(r.content), body


def web_lists(db: Path) -> None:
    from starlette.testclient import TestClient

    from kingmaker.store import open_store
    from kingmaker.web.app import create_app
    from kingmaker.web.corpus import Corpus

    store = open_store(db, readonly=True)
    st = store.stats()
    print(f"store: {st['documents']:,} documents, {st['actors']:,} actors, {st['relations']:,} ties, "
          f"{st['events']:,} events, {st['facts']:,} facts")
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    year = store.documents(limit=1)[0]["date"][:4]
    print(f"  {'request':<44} {'ms':>8} {'kB':>8}")
    for path, key in (("/api/actors", "actors"), ("/api/relations", "relations"), ("/api/events", "events"),
                      ("/api/documents", "documents")):
        for label, params in (("", "limit=100"), (" as_of", f"limit=100&as_of={year}-06")):
            ms, size, body = timed(client, f"{path}?{params}")
            print(f"  {path + '?' + params:<44} {ms:8.1f} {size / 1000:8.1f}")
            cursor, pages = body["next"], 1
            while cursor and pages < 19:  # walk to page 20
                cursor = client.get(f"{path}?{params}&cursor={cursor}").json()["next"]
                pages += 1
            if cursor and not label:
                ms, size, _ = timed(client, f"{path}?{params}&cursor={cursor}")
                print(f"  {path + ' page 20 (cursor)':<44} {ms:8.1f} {size / 1000:8.1f}")
    for page in ("/actors", "/documents"):
        ms, size, _ = timed(client, page)
        print(f"  {page + ' (page of 500)':<44} {ms:8.1f} {size / 1000:8.1f}")
    middle = st["documents"] // 2
    doc = store.documents(limit=1, offset=middle)[0]["id"]
    actor = store.actors(limit=1, offset=st["actors"] // 2)[0]["id"]
    for url in (f"/api/actors/{actor}", f"/actors/{actor}", f"/api/documents/{doc}", f"/documents/{doc}"):
        ms, size, _ = timed(client, url)
        print(f"  {url:<44} {ms:8.1f} {size / 1000:8.1f}")
    t = time.perf_counter()
    snap = store.snapshot()
    took_snap = time.perf_counter() - t
    t = time.perf_counter()
    Corpus.build(snap.extraction, None, (list(snap.relation_ids), list(snap.event_ids), list(snap.fact_ids)))
    print(f"  before (in-memory lists): snapshot {took_snap * 1000:.0f} ms + index {1000 * (time.perf_counter() - t):.0f} ms "
          "before the first page, again after every write")
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?")
    ap.add_argument("n", nargs="?", type=int, default=3000)
    ap.add_argument("--web", action="store_true", help="time the web app's lists on synthetic stores")
    ap.add_argument("--docs", type=int, action="append", help="store sizes for --web (default 1,000 and 10,000)")
    ap.add_argument("--keep", type=Path, help="build (and reuse) the --web stores in this folder")
    args = ap.parse_args()
    if not args.web:
        if not args.path:
            ap.error("give the store file (and the number of documents to build it with), or --web")
        cli_lists(args.path, args.n)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.docs or [1000, 10_000]:
            print(f"{n:,} documents")
            web_lists(build_synthetic(folder, n))


if __name__ == "__main__":
    main()
