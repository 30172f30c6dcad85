#!/usr/bin/env python3
"""Peak memory of `kingmaker extract` on one long text, by text size (should stay flat).

    python bench/bench_memory.py [--sizes 0.1,1,5,20] [--timeout 3600]

Each size (in MB) runs in its own subprocess (a fresh interpreter: ``ru_maxrss`` is that run's peak)
over a synthetic article built from varied sentences with invented names, so the figures do not
depend on any corpus. Prints seconds and peak RSS per size and the ratio of the largest to the
smallest peak (target: flat within 2x, under 1.5 GB at 20 MB). Runs `bench/bench_coalition.py` too
when it exists. Not a unit test: figures depend on the machine. A 20 MB text takes minutes.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIRST = ["Adel", "Basra", "Corin", "Dario", "Elif", "Farad", "Goran", "Halim", "Ilan", "Jovan", "Kamal",
         "Lior", "Marek", "Nadim", "Orhan", "Petra", "Qadir", "Rasha", "Selim", "Tarek", "Umar", "Vesna"]
LAST = ["Varnak", "Oltreth", "Sabrani", "Kelvoss", "Duramir", "Fentaly", "Quorrin", "Zabaleth", "Mirsk",
        "Talvari", "Brennic", "Ostrova", "Hadrel", "Yusari", "Pellinor", "Graskin"]
GROUPS = ["Party of Renewal", "Iron Vanguard", "Coastal Front", "Union of Farmers", "River Brigade",
          "National Bloc", "Dawn Movement", "Northern League of Velm", "Popular Accord", "Sable Militia"]
STATES = ["Velmaria", "Ostrand", "Karvenia", "Lusk", "Doravia", "Tessaly Minor"]
ROLES = ["leader", "spokesman", "commander", "deputy chief", "founder", "treasurer"]
TEMPLATES = [
    "{p}, the {role} of the {g}, met {q} in {s} on Tuesday.",
    "The {g} said it would never support {q}, a former ally of {s}.",
    "{s} backs the {g}, according to officials close to {p}.",
    "Fighters loyal to {p} attacked positions held by the {h} near the border.",
    "The {g} won {n} seats in the {m}-member parliament of {s}.",
    "{p} accused the {h} of stealing votes and demanded a recount.",
    "Talks between {s} and the {g} collapsed after {q} withdrew his delegation.",
    "About {k} troops from {s} remain deployed, {p} told reporters.",
    "{q} is a member of the {h} and a rival of {p}.",
    "Leaders of the {g} and the {h} signed an agreement to share power in {s}.",
]


def synthetic_text(n_bytes: int, seed: int = 7) -> str:
    """About ``n_bytes`` of English-like news prose in paragraphs, deterministic for ``seed``."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n_bytes:
        para = []
        for _ in range(rng.randint(3, 6)):
            t = rng.choice(TEMPLATES)
            para.append(t.format(p=f"{rng.choice(FIRST)} {rng.choice(LAST)}", q=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                                 g=rng.choice(GROUPS), h=rng.choice(GROUPS), s=rng.choice(STATES),
                                 role=rng.choice(ROLES), n=rng.randint(2, 120), m=rng.choice([200, 325, 450]),
                                 k=f"{rng.randint(1, 90) * 1000:,}"))
        block = " ".join(para) + "\n\n"
        out.append(block)
        size += len(block)
    return "".join(out)


def _child(path: str) -> None:
    """What `kingmaker extract PATH --format json -o OUT` does: read, extract, resolve, serialise."""
    import resource
    import time

    from kingmaker import api
    from kingmaker.nlp.resolve import link_documents

    nlp = api.load_nlp()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    docs = list(api.read_documents([path], max_bytes=64 * 1024 * 1024))
    results = list(api.iter_doc_extractions(docs, nlp))
    ex = link_documents(results)
    out = json.dumps(ex.to_dict(), ensure_ascii=False, indent=1)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_kib": peak, "model_kib": base, "actors": len(ex.actors),
                      "relations": len(ex.relations), "events": len(ex.events), "json_bytes": len(out)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="0.1,1,5,20", help="text sizes in MB, comma-separated")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per size")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child)
        return
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (float(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"synthetic-{mb:g}mb.txt"
            path.write_text(synthetic_text(int(mb * 1_000_000)), encoding="utf-8")
            try:
                proc = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True,
                                      text=True, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                print(f"{mb:6g} MB: over {args.timeout:g} s")
                continue
            if proc.returncode != 0:
                print(f"{mb:6g} MB: failed ({proc.stderr.strip().splitlines()[-1:]})")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            peaks.append(r["peak_kib"])
            print(f"{mb:6g} MB: {r['seconds']:7.1f} s, peak RSS {r['peak_kib'] / 1024:7,.0f} MiB "
                  f"(model loaded: {r['model_kib'] / 1024:,.0f} MiB; {r['actors']} actors, "
                  f"{r['relations']} ties, {r['events']} events; JSON {r['json_bytes'] / 1e6:,.1f} MB)", flush=True)
            path.unlink()
    if len(peaks) > 1:
        print(f"largest / smallest peak: {max(peaks) / min(peaks):.2f} (target <= 2)")
    coalition = ROOT / "bench" / "bench_coalition.py"
    if coalition.exists():
        print("--- bench/bench_coalition.py")
        subprocess.run([sys.executable, str(coalition)], check=False)


if __name__ == "__main__":
    main()
