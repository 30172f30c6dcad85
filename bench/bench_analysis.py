"""Benchmark the analyses on a synthetic corpus (opt-in; not part of the test suite).

    python bench/bench_analysis.py                      # 10,000 events, 3,000 actors
    python bench/bench_analysis.py --events 50000 --actors 10000 --compare
    python bench/bench_analysis.py --events 200000 --actors 30000 --relations 20000 --exact
                                                        # sampled against exact betweenness

Builds a random extraction in the contract format (actors with a heavy-tailed activity so
that hubs exist, ties, dated events, seat facts), then times graph building, brokers
(betweenness), timeline, influence ranking and the coalition indices on a 100-party,
1,000-seat game. Prints seconds per step and the peak resident memory so far.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import time

from kingmaker.analysis import brokers, influence, power_indices, rank_patrons, timeline
from kingmaker.graph import build_graph
from kingmaker.model import EVENT_TYPES, RELATION_TYPES


def synthetic(n_events: int, n_actors: int, n_relations: int, seed: int = 0) -> dict:
    """A random extraction: ``n_events`` dated events over ``n_actors`` actors."""
    rng = random.Random(seed)
    kinds = ["person", "organization", "country"]
    actors = [{"id": f"a{i}", "name": f"Actor {i}", "kind": rng.choice(kinds), "aliases": [],
               "documents": []} for i in range(n_actors)]
    # Zipf-like activity: a few actors appear in many items
    cum, acc = [], 0.0
    for i in range(n_actors):
        acc += 1.0 / (i + 1) ** 0.8
        cum.append(acc)
    n_docs = max(1, n_events // 5)
    start = dt.date(2015, 1, 1)
    documents = [{"id": f"d{i}", "path": None, "title": None,
                  "date": (start + dt.timedelta(days=rng.randrange(5 * 365))).isoformat()}
                 for i in range(n_docs)]

    def pair() -> tuple[str, str]:
        a, b = rng.choices(range(n_actors), cum_weights=cum, k=2)
        while b == a:
            b = rng.randrange(n_actors)
        return f"a{a}", f"a{b}"

    def item(doc: str) -> dict:
        return {"document": doc, "evidence": "synthetic sentence", "start": 0, "end": 18, "confidence": 0.5}

    relations = []
    for _ in range(n_relations):
        s, t = pair()
        relations.append({"source": s, "type": rng.choice(RELATION_TYPES), "target": t,
                          **item(rng.choice(documents)["id"])})
    events = []
    for _ in range(n_events):
        s, t = pair()
        doc = rng.choice(documents)
        events.append({"source": s, "type": rng.choice(EVENT_TYPES), "target": t, "date": None,
                       "negated": rng.random() < 0.05, **item(doc["id"])})
    return {"kingmaker_format": 1, "documents": documents, "actors": actors, "relations": relations,
            "events": events, "facts": []}


def measure(label: str, fn):
    """Run ``fn`` once; print wall time and the process's peak resident memory so far."""
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"{label:<44} {seconds:9.3f} s   peak RSS {peak:8.1f} MiB", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--actors", type=int, default=3_000)
    parser.add_argument("--relations", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--compare", action="store_true",
                        help="also time exact networkx betweenness (slow on large graphs)")
    parser.add_argument("--exact", action="store_true",
                        help="also time exact igraph betweenness past the sampling threshold, and compare "
                             "the top ten brokers")
    args = parser.parse_args()

    data = measure(f"synthetic extraction ({args.events} events)",
                   lambda: synthetic(args.events, args.actors, args.relations, args.seed))
    G = measure("build_graph", lambda: build_graph(data))
    print(f"  graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    r = measure("brokers (auto backend)", lambda: brokers(G, top=10))
    print(f"  backend {r['backend']}, {r['method']}" + (f" ({r['samples']} sources)" if r["approximate"] else "") +
          f"; projected {r['nodes']} nodes, {r['edges']} links; "
          f"top broker {r['brokers'][0]['name']} ({r['brokers'][0]['betweenness']:.4f})")
    if args.exact and r["approximate"]:
        e = measure("brokers (exact, igraph)", lambda: brokers(G, top=10, exact=True))
        same = len({b["id"] for b in e["brokers"]} & {b["id"] for b in r["brokers"]})
        print(f"  sampled top ten share {same} brokers with the exact top ten; first: "
              f"{r['brokers'][0]['name']} / {e['brokers'][0]['name']}")
    if args.compare:
        measure("brokers (networkx backend)", lambda: brokers(G, top=10, backend="networkx"))
    t = measure("timeline by month", lambda: timeline(G))
    print(f"  {len(t['periods'])} periods, {len(t['escalations'])} escalations")
    measure("timeline by week, one actor", lambda: timeline(G, actor="a0", by="week"))
    top = measure("rank_patrons (all actors)", lambda: rank_patrons(G, top=10))
    measure("influence of the top patron", lambda: influence(G, top[0]["id"]))
    rng = random.Random(args.seed)
    seats = {f"party {i}": rng.randint(1, 19) for i in range(100)}
    total = sum(seats.values())
    measure(f"power indices, 100 parties, {total} seats", lambda: power_indices(seats, total // 2 + 1))


if __name__ == "__main__":
    main()
