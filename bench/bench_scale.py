#!/usr/bin/env python3
"""How the store scales: ingest a synthetic corpus of invented actors, then time the queries.

    python bench/bench_scale.py                      # 1,000 documents through spaCy (minutes)
    python bench/bench_scale.py --docs 10000
    python bench/bench_scale.py --docs 100000 --synthetic --i-have-time
    python bench/bench_scale.py --engine dask --workers 2
    python bench/bench_scale.py --synthetic --docs 1000 --keep k1            # keep the corpus and store
    python bench/bench_scale.py --synthetic --docs 10000 --keep k10
    python bench/bench_scale.py --docs 10000 --keep k10 --queries-only --alternate k1:1000   # 1,000 against 10,000

The corpus is generated (seeded): an invented world of states, parties, militias and people
(given names, surnames, party and militia name parts are combined, so actors do not collapse
into a few), and short news items about them, dated 2015-2024, written as JSONL files of 1,000
documents each. Ingest runs the same code as `kingmaker ingest` (`kingmaker.store.ingest` with
`api.iter_doc_extractions`); `--synthetic` skips spaCy and stores the extractions the generator
knows to be true, to measure the store (writes, resolution, queries) at sizes spaCy would take
hours for. Prints ingest documents/s, peak RSS, store size per document, the resolution time per
document over the first and the last thousand documents, the time of one more document, one
replaced (changed) document, one merge, its undo and a full re-resolution in the full store, and
the latency of `actors`, `actor NAME` (also found by its folded name), `actors --search` (a folded
whole name, a short part), `relations --type`, `events --since/--until`, `export`,
`analyze brokers`, `timeline` and `influence` (also `--as-of`), `coalition` (also `--as-of`,
`--document`) and `changes --from --to` (run in-process through the CLI,
imports warm; add the CLI start-up printed at the top for a shell), and of the web app's map page,
`/api/graph` (also `as_of`, and an ego view to depth 2 with and without it), `/api/timeline` and
`/api/path` over the store (best of three; the first request also shown: it fills the app's cache).
`--queries-only --alternate FOLDER:DOCS` times the same queries on two kept stores in turn (best of
five alternated, for a fair share of a loaded machine) and prints their ratio.
Not a unit test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SHARD = 1000  # documents per JSONL file

# Invented name parts: combinations give tens of thousands of distinct names.
GIVEN = ("Adrel Bastin Corvan Dariel Elsan Farro Gevan Halvor Idris Jarel Kestin Lorcan Mirel Navid Orsen Pavel "
         "Quillan Rastan Severin Talvo Ulric Varen Wendel Yorick Zemar Aleka Brisa Caelin Dorina Elvira Fenna "
         "Galina Hesper Ilona Jessa Kaline Liora Marisol Nerea Odile Perrin Rhosyn Sabine Tamsin Ysolde").split()
SURNAME_A = "Ast Bel Cor Dun Esk Fal Gor Hal Ist Jor Kel Lom Mar Nor Ost Pel Rav Sar Tor Vel Wes Yar Zor".split()
SURNAME_B = "abri ado ander ano ecki elli enko esco ides ilar ino isse ovan owski uara urin".split()
STATE_A = "Ald Bor Cal Dra Est Gal Hel Kar Lys Mor Nar Ost Pra Sel Tav Vol".split()
STATE_B = "aria avia onia ustan esia ora enland ovia".split()
PARTY_ADJ = ("Popular Democratic National Progressive United Free Green Liberal Social Patriotic Civic New "
             "Republican Federal Radical Workers'").split()
PARTY_NOUN = "Renewal Unity Justice Dawn Homeland Reform Future Labour Liberty Solidarity Harmony Rebirth".split()
PARTY_KIND = "Party Front Movement Alliance Union Bloc Congress".split()
MILITIA_NOUN = ("Dawn Storm Mountain River Desert Falcon Lion Crescent Sword Shield Flame Valley Coast Eagle "
                "Thunder Cedar").split()
MILITIA_FORM = ("Brigades of the {}", "{} Guard", "{} Battalion", "Sons of the {}", "{} Legion")
TOWNS = ("Varna Keshet Dalmor Orvieth Sallen Tirven Brusk Amrel Coldar Ishven Mallor Pentra Rosk Ulvar Zennet "
         "Haldor").split()
MONTHS = "January February March April May June July August September October November December".split()


def invented_world(rng: random.Random, scale: int) -> dict:
    """States, parties (leader, spokesperson), militias (commander, backer) and their rivalries."""
    used: set[str] = set()

    def unique(make):
        for _ in range(1000):
            name = make()
            if name not in used:
                used.add(name)
                return name
        raise RuntimeError("name space exhausted")

    def person():
        return unique(lambda: f"{rng.choice(GIVEN)} {rng.choice(SURNAME_A)}{rng.choice(SURNAME_B)}")

    states = [unique(lambda: rng.choice(STATE_A) + rng.choice(STATE_B)) for _ in range(min(100, 20 + scale // 500))]
    parties = [{"name": unique(lambda: f"{rng.choice(PARTY_ADJ)} {rng.choice(PARTY_NOUN)} {rng.choice(PARTY_KIND)}"),
                "leader": person(), "speaker": person(), "state": rng.choice(states)}
               for _ in range(min(1200, 40 + scale // 20))]  # 1,344 party names can be made

    def militia() -> str:
        if rng.random() < 0.3:
            return rng.choice(MILITIA_FORM).format(f"{rng.choice(MILITIA_NOUN)} {rng.choice(MILITIA_NOUN)}")
        return rng.choice(MILITIA_FORM).format(f"{rng.choice(MILITIA_NOUN)} of {rng.choice(TOWNS)}")

    militias = [{"name": unique(militia),
                 "leader": person(), "backer": rng.choice(states), "fighters": rng.randrange(2, 40) * 500}
                for _ in range(min(1500, 20 + scale // 40))]
    return {"states": states, "parties": parties, "militias": militias}


def zipf(rng: random.Random, items: list):
    """Some actors are in the news far more than others."""
    return items[min(len(items) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.5 else rng.choice(items)


def article(rng: random.Random, world: dict, i: int) -> dict:
    p1, p2 = zipf(rng, world["parties"]), zipf(rng, world["parties"])
    while p2 is p1:
        p2 = rng.choice(world["parties"])
    m = zipf(rng, world["militias"])
    state = zipf(rng, world["states"])
    town = rng.choice(TOWNS)
    year, month, day = 2015 + i % 10, 1 + rng.randrange(12), 1 + rng.randrange(28)
    total = rng.choice((100, 120, 128, 150, 200))
    seats = rng.randrange(3, total // 3)
    sentences = [
        f"{p1['leader']}, the leader of the {p1['name']}, met {p2['leader']} in {town} on Monday.",
        f"The {p1['name']} won {seats} seats in the {total}-member parliament.",
        f"{p2['speaker']}, a spokesman for the {p2['name']}, accused the {p1['name']} of blocking the budget.",
        f"The {m['name']}, a militia backed by {m['backer']}, attacked an army base near {town}.",
        f"{m['leader']}, the commander of the {m['name']}, said the group has {m['fighters']:,} fighters.",
        f"{state} urged the {p1['name']} and the {p2['name']} to form a government.",
        f"The {p2['name']} later agreed to join talks with the {p1['name']}.",
    ]
    rng.shuffle(sentences[2:])
    title = f"{p1['name']} and {p2['name']} hold talks in {town}"
    return {"id": f"syn-{i:07d}", "title": title, "date": f"{year}-{month:02d}-{day:02d}",
            "text": f"{town.upper()}, {MONTHS[month - 1]} {day}, {year} - " + " ".join(sentences[:2]) + "\n\n" +
                    " ".join(sentences[2:])}


def write_corpus(folder: Path, n: int, seed: int) -> tuple[list[Path], dict]:
    rng = random.Random(seed)
    world = invented_world(rng, n)
    paths = []
    for start in range(0, n, SHARD):
        path = folder / f"docs_{start // SHARD:05d}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i in range(start, min(n, start + SHARD)):
                f.write(json.dumps(article(rng, world, i), ensure_ascii=False) + "\n")
        paths.append(path)
    return paths, world


# ----------------------------------------------------------------------------- --synthetic extractions


def synthetic_extraction(doc):
    """What the generator knows: actors, ties, events, facts of one document, with evidence offsets."""
    import re

    from kingmaker.model import Actor, DocExtraction, Event, Evidence, Fact, Mention, Relation

    text = doc.text
    actors: dict[str, Actor] = {}
    mentions = []

    def actor(name: str, kind: str, start: int) -> str:
        a = actors.get(name)
        if a is None:
            a = actors[name] = Actor(f"L{len(actors) + 1}", name, kind, documents=[doc.id])
        a.mentions += 1
        mentions.append(Mention(start, start + len(name), name, a.id))
        return a.id

    def ev(m) -> Evidence:
        return Evidence(doc.id, m.start(), m.end(), m.group(0))

    rels, events, facts = [], [], []
    org = r"(?:the )?([A-Z][\w' ]+?)"
    for m in re.finditer(r"([A-Z]\w+ [A-Z]\w+), the (leader|commander) of the ([A-Z][\w' ]+?), ", text):
        p = actor(m.group(1), "person", m.start(1))
        o = actor(m.group(3), "organization", m.start(3))
        rels.append(Relation(p, "leader_of", o, ev(m), 0.8))
    for m in re.finditer(r"([A-Z]\w+ [A-Z]\w+), a spokesman for the ([A-Z][\w' ]+?), accused the ([A-Z][\w' ]+?) of",
                         text):
        p = actor(m.group(1), "person", m.start(1))
        o1 = actor(m.group(2), "organization", m.start(2))
        o2 = actor(m.group(3), "organization", m.start(3))
        rels.append(Relation(p, "member_of", o1, ev(m), 0.7))
        events.append(Event(o1, "ACCUSE", o2, ev(m), date=doc.date, trigger="accused"))
    for m in re.finditer(r"The ([A-Z][\w' ]+?), a militia backed by ([A-Z]\w+), attacked", text):
        o = actor(m.group(1), "organization", m.start(1))
        s = actor(m.group(2), "country", m.start(2))
        rels.append(Relation(s, "backs", o, ev(m), 0.8))
        events.append(Event(o, "ASSAULT", None, ev(m), date=doc.date, trigger="attacked"))
    for m in re.finditer(rf"The ([A-Z][\w' ]+?) won (\d+) seats", text):
        facts.append(Fact(actor(m.group(1), "organization", m.start(1)), "seats", int(m.group(2)), ev(m), 0.9))
    for m in re.finditer(r"([A-Z]\w+ [A-Z]\w+), .{0,60}? met ([A-Z]\w+ [A-Z]\w+) in", text):
        events.append(Event(actor(m.group(1), "person", m.start(1)), "CONSULT",
                            actor(m.group(2), "person", m.start(2)), ev(m), date=doc.date, trigger="met"))
    for m in re.finditer(rf"The ([A-Z][\w' ]+?) later agreed to join talks with {org}\.", text):
        events.append(Event(actor(m.group(1), "organization", m.start(1)), "AGREE",
                            actor(m.group(2), "organization", m.start(2)), ev(m), date=doc.date, trigger="agreed"))
    return DocExtraction(doc, list(actors.values()), mentions, rels, events, facts)


# ----------------------------------------------------------------------------- measuring


def rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def ingest(paths: list[Path], db: Path, args) -> dict:
    """The code of `kingmaker ingest`, with the store's add/resolve timed per document."""
    from kingmaker import api
    from kingmaker.store import open_store
    from kingmaker.store.ingest import ingest as run_ingest

    docs = api.read_documents(paths)  # a stream, as `kingmaker ingest` reads files
    first = next(docs, None)
    if first is None:
        sys.exit("no documents to ingest")
    middle = {"doc": first}  # a document from the middle of the run: the model of "one more document"

    def stream(rest):
        for i, d in enumerate(itertools.chain([first], rest)):
            if i == args.docs // 2:
                middle["doc"] = d
            yield d

    docs = stream(docs)
    store = open_store(db, create=True)
    per_doc: list[float] = []  # seconds in store.add (write, and resolution when it runs)
    resolved: list[float] = []  # seconds of each resolution, with its document number
    real_add, real_catch_up = store.add, store._catch_up

    def add(result, *, resolve=True, force=False):
        t = time.perf_counter()
        status = real_add(result, resolve=resolve, force=force)
        per_doc.append(time.perf_counter() - t)
        return status

    def catch_up():  # the resolution of the documents added since the last one (add or resolve runs it)
        t = time.perf_counter()
        real_catch_up()
        resolved.append((len(per_doc), time.perf_counter() - t))

    store.add, store._catch_up = add, catch_up

    if args.synthetic:
        def extract(todo):
            return (synthetic_extraction(d) for d in todo)
    else:
        def extract(todo):
            nlp = api.load_nlp() if args.engine == "local" else None
            return api.iter_doc_extractions(todo, nlp, workers=args.workers, engine=args.engine,
                                            scheduler=args.scheduler, on_error=lambda d, e: None)

    if not args.synthetic and args.engine == "local":
        api.load_nlp()  # model load is not part of the throughput
    with open_store(":memory:") as warm:  # nor the first load of the knowledge files resolution uses
        warm.add(synthetic_extraction(first))
    t0 = time.perf_counter()
    summary = run_ingest(store, docs, extract)
    took = time.perf_counter() - t0
    store.add, store._catch_up = real_add, real_catch_up
    stats = store.stats()
    rss = rss_mb()  # the ingest's peak (a full re-resolution below holds the whole index in memory)
    steps = curation_steps(store, middle["doc"])
    store.close()
    return {"took": took, "summary": summary, "per_doc": per_doc, "resolved": resolved, "stats": stats,
            "n": len(per_doc), "steps": steps, "rss": rss}


def curation_steps(store, model_doc) -> list[tuple[str, float]]:
    """Seconds for one new document, one replaced document, one merge, its undo, and a full
    re-resolution, in the full store."""
    from dataclasses import replace

    out = []
    t = time.perf_counter()
    store.add(synthetic_extraction(replace(model_doc, id="one-more-document")))
    out.append(("add one new document (resolved)", time.perf_counter() - t))
    t = time.perf_counter()  # a changed version of a stored document: the actors it touched are folded again
    store.add(synthetic_extraction(replace(model_doc, text=model_doc.text + "\n\nNo one else commented.")))
    out.append(("replace one stored document by a changed version (resolved)", time.perf_counter() - t))
    people = [a for a in store.actors(kind="person") if len(a["documents"]) > 1]
    a, b = people[len(people) // 3], people[2 * len(people) // 3]
    t = time.perf_counter()
    store.merge(a["id"], b["id"])
    out.append((f"merge two persons ({len(a['documents'])} + {len(b['documents'])} documents)",
                time.perf_counter() - t))
    t = time.perf_counter()
    store.undo()
    out.append(("undo that merge", time.perf_counter() - t))
    t = time.perf_counter()
    store.resolve(full=True)
    out.append(("full re-resolution (rebuild of the index)", time.perf_counter() - t))
    return out


def window_report(per_doc: list[float], resolved: list[tuple[int, float]], first: int, last: int) -> str:
    """store.add per document over documents ``first`` to ``last``, and the resolution runs that
    ended there per document they folded (a run folds the documents added since the one before,
    some of which may lie before the window: dividing by the window would overstate it)."""
    docs = per_doc[first:last]
    runs, before = [], 0
    for k, dt in resolved:
        if first < k <= last:
            runs.append((k - before, dt))
        before = k
    n = max(1, len(docs))
    folded = max(1, sum(k for k, _ in runs))
    return (f"store.add {1000 * sum(docs) / n:6.2f} ms/doc; resolution {1000 * sum(dt for _, dt in runs) / folded:6.2f} "
            f"ms per document folded ({len(runs)} runs folding {folded:,} documents, "
            f"{1000 * max((dt for _, dt in runs), default=0):.0f} ms the longest)")


def latency(args_list: list[list[str]], db: Path, repeat: int = 3) -> list[tuple[str, float, int]]:
    """Best of ``repeat`` runs of each command (one run when it takes over 5 s)."""
    from click.testing import CliRunner

    import kingmaker.export  # noqa: F401 - imports warm: a command timed once (over 5 s) pays none
    import kingmaker.graph  # noqa: F401
    from kingmaker.analysis.brokers import _has_igraph
    from kingmaker.cli import cli

    _has_igraph()  # (imports igraph when installed)
    runner = CliRunner()
    out = []
    for argv in args_list:
        best = float("inf")
        size = 0
        for _ in range(repeat):
            t = time.perf_counter()
            result = runner.invoke(cli, [*argv, "--db", str(db)], catch_exceptions=False)
            best = min(best, time.perf_counter() - t)
            if result.exit_code != 0:
                raise SystemExit(f"`kingmaker {' '.join(argv)}` failed: {result.output[-500:]}")
            size = len(result.output)
            if best > 5:  # slow enough that one run says it
                break
        out.append((" ".join(argv), best, size))
    return out


def queries_for(world: dict, args, folder: Path) -> list[list[str]]:
    """The commands timed: lists (one page: the CLI's default limit), a profile, export, an analysis."""
    busiest = world["parties"][0]["name"]
    year = 2015 + args.docs // 2 % 10
    return [["actors", "--format", "json"], ["actor", busiest, "--format", "json"],
            ["actors", "--search", busiest.upper(), "--format", "json"],  # the folded name
            ["actors", "--search", busiest.split()[-1][:4].lower(), "--format", "json"],  # a part: many
            ["actor", busiest.lower(), "--format", "json"],  # found at the folded-name level
            ["relations", "--type", "leader_of", "--format", "json"],
            ["events", "--since", f"{year}-01", "--until", f"{year}-06", "--format", "json"],
            ["export", "--format", "json", "-o", str(folder / "export.json")],
            ["analyze", "brokers", "--format", "json"],
            ["analyze", "brokers", "--as-of", "2019-12", "--format", "json"],
            ["analyze", "timeline", "--format", "json"],
            ["analyze", "timeline", "--actor", busiest, "--format", "json"],
            ["analyze", "timeline", "--actor", busiest, "--as-of", "2019-12", "--format", "json"],
            ["analyze", "influence", busiest, "--format", "json"],
            ["analyze", "influence", busiest, "--top", "10", "--format", "json"],
            ["analyze", "influence", busiest, "--top", "10", "--as-of", "2019-12", "--format", "json"],
            ["analyze", "coalition", "--format", "json"],
            ["analyze", "coalition", "--as-of", "2019-12", "--format", "json"],
            ["analyze", "coalition", "--document", f"syn-{args.docs // 2:07d}", "--format", "json"],
            ["analyze", "changes", "--from", "2019-06", "--to", "2019-12", "--format", "json"]]


def web_queries_for(world: dict, args) -> list[str]:
    """The web app's requests timed (over the store, as `kingmaker web` serves it)."""
    from urllib.parse import quote

    busiest, other = world["parties"][0]["name"], world["parties"][1]["name"]
    return ["/", "/?as_of=2019-12-31", "/api/graph", "/api/graph?as_of=2019-12-31",
            f"/api/graph?focus={quote(busiest)}&depth=2", f"/api/graph?focus={quote(busiest)}&depth=2&as_of=2019-12-31",
            f"/api/timeline?actor={quote(busiest)}", "/api/timeline",
            f"/api/path?from={quote(busiest)}&to={quote(other)}"]


def web_latency(urls: list[str], db: Path, repeat: int = 3) -> list[tuple[str, float, int]]:
    """Best of ``repeat`` requests to the web app over the store (the first run of each pays the
    app's cache of the store, where a page still reads one: it is timed too, as ``first``)."""
    from starlette.testclient import TestClient

    from kingmaker.store import open_store
    from kingmaker.web.app import create_app

    out = []
    with open_store(db) as store:
        client = TestClient(create_app(store, refresh_seconds=3600), base_url="http://127.0.0.1")
        for url in urls:
            times, size = [], 0
            for _ in range(repeat):
                t = time.perf_counter()
                r = client.get(url)
                times.append(time.perf_counter() - t)
                if r.status_code != 200:
                    raise SystemExit(f"GET {url} failed ({r.status_code}): {r.text[-300:]}")
                size = len(r.content)
            out.append((url, times[0], min(times), size))
    return out


def alternate_latency(sides: list[tuple[dict, argparse.Namespace, Path]], repeat: int = 5) -> None:
    """Each query of :func:`queries_for` and :func:`web_queries_for` run on two kept stores in turn,
    ``repeat`` times (a round on one, then on the other, so both get the same share of a loaded
    machine), after one run each to warm the caches; prints the best of each and their ratio."""
    from click.testing import CliRunner
    from starlette.testclient import TestClient

    import kingmaker.export  # noqa: F401 - imports warm
    import kingmaker.graph  # noqa: F401
    from kingmaker.analysis.brokers import _has_igraph
    from kingmaker.cli import cli
    from kingmaker.store import open_store
    from kingmaker.web.app import create_app

    _has_igraph()
    runner = CliRunner()
    stores = [open_store(folder / "scale.db") for _, _, folder in sides]
    clients = [TestClient(create_app(store, refresh_seconds=3600), base_url="http://127.0.0.1") for store in stores]
    lists = [[*queries_for(world, args, folder), *web_queries_for(world, args)] for world, args, folder in sides]

    def run(i: int, q) -> tuple[float, int]:
        t = time.perf_counter()
        if isinstance(q, list):
            result = runner.invoke(cli, [*q, "--db", str(sides[i][2] / "scale.db")], catch_exceptions=False)
            took, ok, size = time.perf_counter() - t, result.exit_code == 0, len(result.output)
        else:
            r = clients[i].get(q)
            took, ok, size = time.perf_counter() - t, r.status_code == 200, len(r.content)
        if not ok:
            raise SystemExit(f"{q} failed on {sides[i][2]}")
        return took, size

    docs = [f"{args.docs:,}" for _, args, _ in sides]
    print(f"  {'query (best of ' + str(repeat) + ', alternated)':76s} {docs[0]:>9s} {docs[1]:>9s}  ratio")
    try:
        for queries in zip(*lists):
            best = [float("inf")] * len(sides)
            for i, q in enumerate(queries):
                run(i, q)
            for _ in range(repeat):
                for i, q in enumerate(queries):
                    best[i] = min(best[i], run(i, q)[0])
            q = queries[1]
            what = ("kingmaker " + " ".join(q)) if isinstance(q, list) else f"GET {q}"
            print(f"  {what[:76]:76s} {1000 * best[0]:6.0f} ms {1000 * best[1]:6.0f} ms  {best[1] / best[0]:5.2f}",
                  flush=True)
    finally:
        for store in stores:
            store.close()


def print_latency(world: dict, args, folder: Path, db: Path) -> None:
    for cmd, best, chars in latency(queries_for(world, args, folder), db):
        print(f"  kingmaker {cmd[:70]:70s} {1000 * best:8.0f} ms ({chars / 1000:,.0f} kB out)")
    for url, first, best, size in web_latency(web_queries_for(world, args), db):
        print(f"  GET {url[:70]:76s} {1000 * best:8.0f} ms (first {1000 * first:.0f} ms; {size / 1000:,.0f} kB out)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--synthetic", action="store_true", help="store the generator's extractions (no spaCy)")
    ap.add_argument("--engine", choices=("local", "dask"), default="local")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--scheduler")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--keep", type=Path, help="keep the corpus and store in this folder")
    ap.add_argument("--queries-only", action="store_true",
                    help="time the queries on the store a run with the same --keep and --docs left (no ingest)")
    ap.add_argument("--i-have-time", action="store_true", help="allow more than 20,000 documents")
    ap.add_argument("--alternate", metavar="FOLDER:DOCS",
                    help="with --queries-only: time each query on the store of an earlier --keep run of DOCS "
                         "documents in FOLDER and on this one in turn, best of five, and print both and the ratio")
    args = ap.parse_args()
    if args.docs > 20_000 and not args.i_have_time:
        sys.exit("more than 20,000 documents takes long (hours through spaCy): add --i-have-time "
                 "(and --synthetic unless you mean it)")

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kingmaker", "--version"], check=True, capture_output=True)
    startup = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        paths, world = write_corpus(folder, args.docs, args.seed)
        size = sum(p.stat().st_size for p in paths)
        print(f"corpus: {args.docs:,} documents ({size / args.docs:.0f} bytes each; {len(world['parties'])} parties, "
              f"{len(world['militias'])} militias, {len(world['states'])} states) written in "
              f"{time.perf_counter() - t:.1f} s; CLI start-up {startup:.2f} s")
        db = folder / "scale.db"
        if args.queries_only:
            if args.keep is None or not db.exists():
                sys.exit("--queries-only: give the --keep folder of an earlier run (it holds scale.db)")
            if args.alternate:
                other, _, docs = args.alternate.rpartition(":")
                small = argparse.Namespace(**{**vars(args), "docs": int(docs)})
                with tempfile.TemporaryDirectory() as scratch:
                    _, small_world = write_corpus(Path(scratch), small.docs, args.seed)
                if not (Path(other) / "scale.db").exists():
                    sys.exit(f"--alternate: no scale.db in {other}")
                alternate_latency([(small_world, small, Path(other)), (world, args, folder)])
                return
            print_latency(world, args, folder, db)
            return
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        how = "synthetic extractions" if args.synthetic else f"spaCy, engine {args.engine}, workers {args.workers}"
        r = ingest(paths, db, args)
        s = r["summary"]
        own, children = r["rss"]
        db_bytes = sum(Path(f"{db}{x}").stat().st_size for x in ("", "-wal") if Path(f"{db}{x}").exists())
        st = r["stats"]
        print(f"ingest ({how}): {s.new:,} new, {s.failed} failed in {r['took']:.1f} s = "
              f"{r['n'] / r['took']:.1f} documents/s")
        print(f"store: {st['documents']:,} documents, {st['actors']:,} actors, {st['relations']:,} ties, "
              f"{st['events']:,} events, {st['facts']:,} facts; {db_bytes / 1e6:.1f} MB = "
              f"{db_bytes / max(1, st['documents']) / 1024:.1f} KB/document")
        print(f"peak RSS of the ingest: {own:.0f} MB this process, {children:.0f} MB the largest child process")
        n = len(r["per_doc"])
        if n > 1000:
            print(f"first 1,000 documents: {window_report(r['per_doc'], r['resolved'], 0, 1000)}")
            print(f"last  1,000 documents: {window_report(r['per_doc'], r['resolved'], n - 1000, n)}")
        else:
            print(f"all {n:,} documents: {window_report(r['per_doc'], r['resolved'], 0, n)}")

        for what, took in r["steps"]:
            print(f"  {what:80s} {1000 * took:8.0f} ms")

        print_latency(world, args, folder, db)
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
