"""Benchmark full-text search and its upkeep on a synthetic store (opt-in; not part of the tests).

    python bench/bench_search.py                # 5,000 documents of about 2,500 characters
    python bench/bench_search.py --documents 20000
    python bench/bench_search.py --db postgresql://me@localhost/empty_db   # the same on PostgreSQL

Times storing the documents (the FTS5 triggers run inside each ingest transaction), a few
searches, and the schema migration that builds the index for a store made before it existed (SQLite).
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from kingmaker.model import Actor, DocExtraction, Document
from kingmaker.store import open_store
from kingmaker.store.schema import MIGRATIONS

WORDS = ("militia rocket attack border talks ceasefire minister party coalition seats army withdraw "
         "accused backed truce envoy tanker port drone strike council").split()


def text(rng: random.Random) -> str:
    return " ".join(" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(25))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--db", help="an empty PostgreSQL database (postgresql://...) instead of an SQLite file")
    args = parser.parse_args()
    n = args.documents
    rng = random.Random(0)
    texts = [text(rng) for _ in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "k.db"
        started = time.perf_counter()
        with open_store(path) as store:
            for i, t in enumerate(texts):
                doc = Document(f"d{i}", t, date=f"20{10 + i % 15}-0{1 + i % 9}-01")
                store.add(DocExtraction(doc, actors=[Actor("L1", "Sea Guard", "organization")]), resolve=False)
            store.resolve()
            print(f"stored {n} documents ({sum(map(len, texts)) / n:.0f} chars each): "
                  f"{time.perf_counter() - started:.1f} s")
            for query, kw in [("rocket attack", {}), ('"rocket attack"', {}), ("ceasefire", {"since": "2020-01"}),
                              ("tanker OR envoy", {"limit": 100})]:
                started = time.perf_counter()
                hits = store.search(query, **kw)
                print(f"search {query!r} {kw or ''}: {len(hits)} hits in {(time.perf_counter() - started) * 1000:.0f} ms")
        if args.db:
            return
        old = Path(tmp) / "old.db"
        conn = sqlite3.connect(old)
        conn.executescript(MIGRATIONS[0])
        conn.executemany("INSERT INTO documents (id, seq, hash, text, ingested_at) VALUES (?, ?, '', ?, '')",
                         [(f"d{i}", i + 1, t) for i, t in enumerate(texts)])
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
        conn.close()
        started = time.perf_counter()
        with open_store(old) as store:
            took = time.perf_counter() - started
            print(f"upgrade a schema-1 store of {n} documents (builds the index): {took:.1f} s; "
                  f"{len(store.search('rocket attack'))} hits after")


if __name__ == "__main__":
    sys.exit(main())
