#!/usr/bin/env python3
"""Train the learned pair scorer (``kingmaker.nlp.pairs``) on development gold; measure it by leaving sets out.

    python bench/train_pairs.py [--shared ../shared] [--exclude set-av,set-aw] [--cv] [-o FILE]

Reads the development sets that have gold (the seeds, dev2, and ``bench/heldout/set-*`` except the ``--exclude``
ones: keep the blind sets out), runs kingmaker's pipeline on each text, and turns every pair of listed actors
named in one sentence into a row: its features (``pairs.doc_candidates``: names masked, lower-case words only)
and two labels, the gold tie and the gold event between the two actors' gold ids (the scorer's own name
mapping), else NONE. For each of the two layers ("ties", "events") it fits a multinomial logistic regression (scikit-learn, ``pip install scikit-learn==1.9.1``; only this script
needs it: the pipeline reads the written weights) on the features seen in at least ``--min-sets`` sets (no
word of one set's story becomes a feature), and writes the weights to ``-o`` (default: the shipped
``src/kingmaker/knowledge/data/pair_model.json``).

``--cv``: instead, seven folds of whole sets: each fold is scored by a model trained on the other sets, and the
ties and events it would add (pairs the rules left without one, at each threshold) are counted as right or
wrong against the gold, with the mean F1 of the layer over the sets before and after (the base figures: the
rules' own items, scored in the same run) and, for events, how many the text says did not happen. This is the
figure to choose the thresholds by.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kingmaker.api import load_nlp, read_documents  # noqa: E402
from kingmaker.knowledge.types import type_table  # noqa: E402
from kingmaker.nlp import pipeline  # noqa: E402
from kingmaker.nlp.components import emitted_actors, listed_actor_of  # noqa: E402
from kingmaker.nlp.pairs import MODEL_FILE, doc_candidates, learnable_event  # noqa: E402

LAYERS = ("ties", "events")


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dev_sets(shared: Path, heldout: Path, exclude: set[str]) -> list[tuple[str, Path, Path, list[Path]]]:
    """(name, texts, gold, registries) of every development set with gold."""
    out = [("seeds", shared / "seeds", shared / "eval" / "dev-gold", [shared / "eval" / "actors.yaml"]),
           ("dev2", shared / "eval" / "dev2" / "texts", shared / "eval" / "dev2" / "gold",
            [shared / "eval" / "dev2" / "actors.yaml"])]
    for d in sorted(heldout.glob("set-*")):
        if (d / "gold").is_dir():
            out.append((d.name, d / "texts", d / "gold", [d / "actors.yaml"]))
    return [s for s in out if s[0] not in exclude and s[1].is_dir()]


def set_rows(nlp, score, name: str, texts: Path, gold: Path, registries: list[Path]) -> tuple[list[dict], tuple]:
    """The candidate rows of one set, and the rules' own relation counts there (tp, fp, fn by the scorer)."""
    from kingmaker.nlp.resolve import link_documents
    from kingmaker.nlp.to_model import extract_parsed, extract_text

    symmetric = type_table().symmetric_relations | set(score.SYMMETRIC)  # (the scorer reads "opposes" both ways)
    registry = score.Registry(registries)
    golds = {}
    for gf in sorted(gold.glob("*.yaml")):
        g = yaml.safe_load(gf.read_text())
        golds[g["doc"]] = {"ties": g.get("relations") or [], "events": g.get("events") or [],
                           "negated": g.get("negated_events") or []}
    rows = []
    extractions = []
    for document in read_documents([texts]):
        if len(document.text) > pipeline.CHUNK_CHARS:
            extractions.append(extract_text(document, nlp))
        for chunk in pipeline._chunks(document.text, pipeline.CHUNK_CHARS):
            doc = nlp(chunk)
            listed = emitted_actors(doc)
            gid = {a.idx: registry.resolve(list(a.names) + list(a.extra_aliases))[0]
                   for a in doc._.km_actors or [] if a.idx in listed}
            tied = {frozenset((h.source, h.target)) for h in doc._.km_relations or []}
            actor_of = listed_actor_of(doc)[0]
            evented = {frozenset((actor_of(e.source), actor_of(e.target))) for e in doc._.km_events or []}
            for cand, features in doc_candidates(doc):
                g1, g2 = gid.get(cand.first), gid.get(cand.second)
                if g1 in registry.ignored or g2 in registry.ignored:
                    continue
                labels = {key: set() for key in ("ties", "events", "negated")}
                for key, items in (golds.get(document.id) or {}).items():
                    for item in items if g1 and g2 else ():
                        for typ in score.as_list(item["t"]):
                            for way, (s, o) in ((">", (g1, g2)), ("<", (g2, g1))):
                                if score.matches(item["s"], s) and score.matches(item["o"], o):
                                    labels[key].add(typ + ("=" if key == "ties" and typ in symmetric else way))
                pair = frozenset((cand.first, cand.second))
                rows.append({"set": name, "doc": document.id, "g1": g1, "g2": g2, "features": features,
                             "ties": sorted(labels["ties"]), "events": sorted(labels["events"]),
                             "negated": sorted(labels["negated"]), "ruled_ties": pair in tied,
                             "ruled_events": pair in evented or not learnable_event(features)})
            if len(document.text) <= pipeline.CHUNK_CHARS:
                extractions.append(extract_parsed(document, doc))
    result = score.score(link_documents(extractions).to_dict(), str(gold), score.Registry(registries))[0]
    return rows, {layer: [result[key][x] for x in ("tp", "fp", "fn")]
                  for layer, key in (("ties", "relations"), ("events", "events"))}


def fit(rows: list[dict], layer: str, C: float, min_sets: int, prune: float = 0.0):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = defaultdict(set)
    for r in rows:
        for f in r["features"]:
            seen[f].add(r["set"])
    keep = {f for f, s in seen.items() if len(s) >= min_sets}
    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in r["features"] if f in keep} for r in rows])
    y = [r[layer][0] if r[layer] else "NONE" for r in rows]
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(X, y)
    model.coef_[abs(model.coef_) < prune] = 0.0  # the weights the model file keeps (the cross-validation reads the same)
    return vec, model


def predict(vec, model, rows: list[dict]) -> list[tuple[str, float]]:
    probs = model.predict_proba(vec.transform([{f: 1 for f in r["features"]} for r in rows]))
    classes = list(model.classes_)
    out = []
    for p in probs:
        k = max((k for k, c in enumerate(classes) if c != "NONE"), key=lambda k: p[k])
        out.append((classes[k], float(p[k])))
    return out


def added_items(rows: list[dict], layer: str, preds: list[tuple[str, float]], threshold: float
                ) -> tuple[dict[tuple, bool], set[tuple]]:
    """The items a model adds at ``threshold`` (pairs the rules left without one), each: whether the gold has it;
    and those the text says did not happen."""
    added: dict[tuple, bool] = {}
    negated = set()
    for r, (label, p) in zip(rows, preds):
        if r["ruled_" + layer] or p < threshold:
            continue
        typ, way = label[:-1], label[-1]
        s, o = (r["g2"], r["g1"]) if way == "<" else (r["g1"], r["g2"])
        if way == "=":
            s, o = sorted([str(s), str(o)])
        key = (r["set"], r["doc"], s, typ, o)
        added[key] = added.get(key, False) or label in r[layer]
        if label in r["negated"] and layer == "events":
            negated.add(key)
    return added, negated


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--heldout", type=Path, default=REPO / "bench" / "heldout")
    ap.add_argument("--exclude", default="", help="comma-separated sets to leave out (the blind ones)")
    ap.add_argument("--C", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--min-sets", type=int, default=3, help="keep features seen in at least this many sets")
    ap.add_argument("--tie-threshold", type=float, default=0.85, help="least probability of a tie the model adds")
    ap.add_argument("--event-threshold", type=float, default=0.9, help="least probability of an event it adds")
    ap.add_argument("--prune", type=float, default=0.05, help="weights smaller than this are dropped (file size)")
    ap.add_argument("--cv", action="store_true", help="leave-sets-out estimate instead of training")
    ap.add_argument("--rows", type=Path, help="cache of the candidate rows (JSON lines): read if present, else written")
    ap.add_argument("-o", "--output", type=Path, default=MODEL_FILE)
    args = ap.parse_args()
    if not (args.shared / "eval" / "score.py").exists():
        sys.exit(f"no development gold under {args.shared}: pass --shared")
    score = load_module(args.shared / "eval" / "score.py")
    sets = dev_sets(args.shared, args.heldout, {s for s in args.exclude.split(",") if s})
    started = time.perf_counter()
    if args.rows and args.rows.exists():
        data = [json.loads(line) for line in args.rows.open()]
        rows, base = data[:-1], data[-1]["base"]
    else:
        import os
        os.environ["KINGMAKER_PAIR_MODEL"] = "none"  # the rules alone: the model is trained on what they leave
        nlp = load_nlp()
        rows, base = [], {}
        for n, (name, texts, gold, registries) in enumerate(sets, 1):
            set_rows_, base[name] = set_rows(nlp, score, name, texts, gold, registries)
            rows.extend(set_rows_)
            print(f"[{n}/{len(sets)}] {name}: {len(rows)} rows, {time.perf_counter() - started:.0f} s", file=sys.stderr)
        if args.rows:
            with args.rows.open("w") as fh:
                for r in rows:
                    fh.write(json.dumps(r) + "\n")
                fh.write(json.dumps({"base": base}) + "\n")
    names = sorted({r["set"] for r in rows})
    print(f"{len(rows)} candidate rows from {len(names)} sets")
    thresholds = {"ties": args.tie_threshold, "events": args.event_threshold}
    if args.cv:
        random.seed(1)
        order = names[:]
        random.shuffle(order)
        for layer in LAYERS:
            preds: list[tuple[str, float] | None] = [None] * len(rows)
            for fold in (set(order[i::7]) for i in range(7)):
                train = [r for r in rows if r["set"] not in fold]
                test = [i for i, r in enumerate(rows) if r["set"] in fold]
                vec, model = fit(train, layer, args.C, args.min_sets, args.prune)
                for i, p in zip(test, predict(vec, model, [rows[i] for i in test])):
                    preds[i] = p
            for threshold in (0.7, 0.8, 0.85, 0.9, 0.95):
                added, negated = added_items(rows, layer, preds, threshold)
                per = defaultdict(lambda: [0, 0])
                for key, right in added.items():
                    per[key[0]][0 if right else 1] += 1
                b = {s: base[s][layer] for s in names}
                before = [f1(*b[s]) for s in names]
                after = [f1(b[s][0] + per[s][0], b[s][1] + per[s][1], b[s][2] - per[s][0]) for s in names]
                right = sum(added.values())
                print(f"{layer} at {threshold}: adds {len(added)}, {right} right, {len(added) - right} wrong, "
                      f"{len(negated)} that did not happen; mean F1 {sum(before) / len(names):.4f} -> "
                      f"{sum(after) / len(names):.4f}; sets up {sum(a > x + 1e-9 for a, x in zip(after, before))}, "
                      f"down {sum(a < x - 1e-9 for a, x in zip(after, before))}")
        return
    heads = {}
    for layer in LAYERS:
        vec, model = fit(rows, layer, args.C, args.min_sets, args.prune)
        classes = list(model.classes_)
        weights: dict[str, dict[str, float]] = {}
        for f, j in vec.vocabulary_.items():
            ws = {str(k): round(float(model.coef_[k][j]), 3) for k in range(len(classes)) if model.coef_[k][j]}
            if ws:
                weights[f] = ws
        heads[layer] = {"threshold": thresholds[layer], "classes": classes,
                        "bias": [round(float(b), 3) for b in model.intercept_], "weights": dict(sorted(weights.items()))}
    out = {"about": "kingmaker's learned pair scorer (kingmaker.nlp.pairs), written by bench/train_pairs.py: for ties "
                    "and for events, a multinomial logistic regression over masked candidate-pair features",
           "trained_on": names, "C": args.C, "min_sets": args.min_sets, "prune": args.prune, **heads}
    args.output.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: " + ", ".join(f"{layer}: {len(heads[layer]['weights'])} features"
                                                for layer in LAYERS)
          + f"; trained on {len(names)} sets ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
