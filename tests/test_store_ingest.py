"""Ingest: idempotence, changed documents, failures, and a run killed with SIGKILL; on SQLite and
on PostgreSQL (conftest.py)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_store_helpers import corpus

from kingmaker.errors import StoreError
from kingmaker.model import Document
from kingmaker.store import open_store
from kingmaker.store.ingest import ingest

RESULTS = {d.document.id: d for d in corpus()}


def fake_extract(todo, fail=(), calls=None):
    for d in todo:
        if calls is not None:
            calls.append(d.id)
        if d.id in fail:
            continue  # a real extractor reports the failure through on_error
        yield RESULTS[d.id]


def documents():
    return [r.document for r in corpus()]


def test_ingest_summary_and_idempotence(fresh_store):
    store = fresh_store
    s = ingest(store, documents(), fake_extract)
    assert (s.new, s.changed, s.unchanged, s.failed) == (3, 0, 0, 0)
    before = json.dumps(store.actors())
    calls: list[str] = []
    s = ingest(store, documents(), lambda todo: fake_extract(todo, calls=calls))
    assert (s.new, s.unchanged) == (0, 3) and calls == []  # unchanged documents are not extracted
    assert json.dumps(store.actors()) == before
    s = ingest(store, documents(), fake_extract, force=True)
    assert s.reextracted == 3 and json.dumps(store.actors()) == before


def test_ingest_counts_failures_and_changes(fresh_store):
    store = fresh_store
    s = ingest(store, documents(), lambda todo: fake_extract(todo, fail={"d2"}))
    assert (s.new, s.failed, s.failed_ids) == (2, 1, ["d2"])
    changed = Document("d1", "Changed text.", date="2020-01-05")
    RESULTS_changed = corpus()[0]
    RESULTS_changed.document = changed
    progress = []
    s = ingest(store, [changed, *documents()[1:]],
               lambda todo: (RESULTS_changed if d.id == "d1" else RESULTS[d.id] for d in todo),
               on_start=progress.append, on_document=lambda i, st: progress.append((i, st)))
    assert (s.new, s.changed, s.unchanged) == (1, 1, 1)
    assert progress == [2, ("d1", "changed"), ("d2", "new")]


def test_interrupted_ingest_then_rerun_equals_clean_run(new_store):
    clean = new_store()
    ingest(clean, documents(), fake_extract)

    def dies_after_two(todo):
        for i, d in enumerate(fake_extract(todo)):
            if i == 2:
                raise KeyboardInterrupt
            yield d

    store = new_store()
    with pytest.raises(KeyboardInterrupt):
        ingest(store, documents(), dies_after_two)
    assert store.stats()["documents"] == 2
    s = ingest(store, documents(), fake_extract)
    assert (s.new, s.unchanged) == (1, 2)
    assert store.actors() == clean.actors() and store.relations() == clean.relations()


# ---------------------------------------------------------------- SIGKILL mid-ingest (real pipeline)

FIRST = ["Amal", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hassan", "Ines", "Jonas"]
LAST = ["Quarrington", "Velasko", "Oduya", "Marchetti", "Lindqvist", "Abernathy", "Kovalenko", "Tessaro"]
PARTIES = ["Harbour Party", "Granite Front", "Lantern Movement", "Meadow Alliance", "Copper Bloc"]
VERBS = ["met", "criticized", "praised", "accused"]


def synthetic_corpus(root: Path, n: int = 120) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"
        b = f"{FIRST[(i * 3 + 1) % len(FIRST)]} {LAST[(i * 5 + 2) % len(LAST)]}"
        party = PARTIES[i % len(PARTIES)]
        other = PARTIES[(i + 2) % len(PARTIES)]
        text = (f"{a}, the leader of the {party}, {VERBS[i % len(VERBS)]} {b} in the capital on Monday. "
                f"{a.split()[-1]} said the {party} would never join the {other}. "
                f"The {other} won {10 + i % 40} seats in the election.\n")
        (root / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
    return root


def kingmaker(*args: str) -> list[str]:
    return [sys.executable, "-c", "from kingmaker.cli import main; main()", *args]


def store_state(db: Path) -> dict:
    with open_store(db, readonly=True) as store:
        stats = store.stats()
        actors = sorted((a["name"], a["kind"], tuple(a["aliases"]), tuple(a["documents"])) for a in store.actors())
        relations = sorted(r["id"] for r in store.relations())
        events = sorted(e["id"] for e in store.events())
    return {"stats": stats, "actors": actors, "relations": relations, "events": events}


@pytest.mark.model
def test_sigkill_mid_ingest_then_rerun_equals_clean_run(tmp_path, new_db):
    corpus_dir = synthetic_corpus(tmp_path / "corpus")
    env = {**os.environ, "KINGMAKER_DB": ""}
    clean_db, crash_db = new_db(), new_db()
    run = subprocess.run(kingmaker("ingest", str(corpus_dir), "--db", str(clean_db), "--no-progress"),
                         check=False, capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "120 new" in run.stdout

    proc = subprocess.Popen(kingmaker("ingest", str(corpus_dir), "--db", str(crash_db), "--no-progress"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:  # reading while the other process writes
                with open_store(crash_db, readonly=True) as reader:
                    stored = reader.stats()["documents"]
            except StoreError:
                stored = 0  # not created yet
            if stored >= 10:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    with open_store(crash_db, readonly=True) as reader:
        assert 10 <= reader.stats()["documents"] < 120

    rerun = subprocess.run(kingmaker("ingest", str(corpus_dir), "--db", str(crash_db), "--no-progress"),
                           check=False, capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "0 changed" in rerun.stdout and "0 failed" in rerun.stdout
    clean_state, crash_state = store_state(clean_db), store_state(crash_db)
    assert clean_state["stats"] == crash_state["stats"]
    assert clean_state == crash_state


def _many(n: int):
    """``n`` small invented documents (each its own party and leader)."""
    from test_store_helpers import doc as make

    return [make(f"s{i}", f"Mara Quell{i} leads the Lantern League{i}.",
                 [(f"Mara Quell{i}", "person"), (f"Lantern League{i}", "organization")],
                 relations=[("L1", "leader_of", "L2")], date="2021-05-01") for i in range(n)]


def test_a_stream_is_read_extracted_and_stored_one_document_at_a_time(fresh_store):
    results = {r.document.id: r for r in _many(12)}
    held = {"read": 0, "stored": 0, "peak": 0}

    def stream():  # a generator, as `kingmaker ingest` reads files
        for r in results.values():
            held["read"] += 1
            held["peak"] = max(held["peak"], held["read"] - held["stored"])
            yield r.document

    def stored(doc_id, status):
        held["stored"] += 1

    starts = []
    s = ingest(fresh_store, stream(), lambda todo: (results[d.id] for d in todo), on_start=starts.append,
               on_document=stored)
    assert (s.new, s.failed) == (12, 0) and starts == [None]  # a stream's length is not known up front
    assert held["peak"] <= 2  # never more than the document in hand (and the next one read)
    assert fresh_store.count("documents") == 12


def test_a_stream_that_breaks_later_keeps_the_documents_stored_before(fresh_store):
    results = {r.document.id: r for r in _many(5)}

    def stream():
        for i, r in enumerate(results.values()):
            if i == 3:
                raise OSError("the disk went away")  # a later file cannot be read at all
            yield r.document

    with pytest.raises(OSError):
        ingest(fresh_store, stream(), lambda todo: (results[d.id] for d in todo))
    assert sorted(d["id"] for d in fresh_store.documents()) == ["s0", "s1", "s2"]
    s = ingest(fresh_store, [r.document for r in results.values()], lambda todo: (results[d.id] for d in todo))
    assert (s.new, s.unchanged) == (2, 3)  # running again finishes the job


def _stand_in_extract(doc, nlp=None, *, time_limit=None):
    """A stand-in for the pipeline in the worker processes (fork copies it): 'bad' fails."""
    from kingmaker.model import DocExtraction

    if "bad" in doc.text:
        raise ValueError("unreadable")
    return DocExtraction(document=doc)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the stand-in reaches the workers by fork")
def test_the_process_pool_reads_documents_lazily_and_keeps_input_order(monkeypatch):
    from kingmaker import api

    monkeypatch.setattr(api, "load_nlp", lambda model=None: None)
    monkeypatch.setattr(api, "extract_document", _stand_in_extract)
    pulled = 0

    def stream(n):
        nonlocal pulled
        for i in range(n):
            pulled += 1
            yield Document(f"x{i}", "bad text" if i == 5 else "fine text")

    failed, seen, ahead = [], [], []
    for result in api.iter_doc_extractions(stream(120), None, workers=2, batch_size=8,
                                           on_error=lambda d, e: failed.append((d.id, str(e)))):
        seen.append(result.document.id)
        ahead.append(pulled - len(seen) - len(failed))
    assert seen == [f"x{i}" for i in range(120) if i != 5] and failed == [("x5", "ValueError: unreadable")]
    assert max(ahead) <= 2 * 4 + 1  # the window: workers x half a batch, never the whole stream


def test_ingest_resolves_in_fixed_batches_and_a_changed_document_rebuilds_nothing(new_store, monkeypatch):
    """Resolution runs every RESOLVE_BATCH documents and at the end (not on a share of the time):
    each batch folds its own documents only; a changed document re-folds only what it touched.
    The store equals one rebuilt from scratch."""
    from test_store_helpers import doc

    import kingmaker.store.ingest as ingest_module
    from kingmaker.store.sql import SQLStore

    monkeypatch.setattr(ingest_module, "RESOLVE_BATCH", 3)
    names = ["Varo Dennik", "Ilsa Morrow", "Dennik", "Tess Varga", "Morrow", "Varga", "Quent Obari"]
    results = {f"b{i}": doc(f"b{i}", f"{n} spoke in Kelvar.", [(n, "person"), ("Kelvar", "country")])
               for i, n in enumerate(names)}
    store = new_store()
    flags: list[bool] = []
    real_add = store.add

    def add(result, *, resolve=True, force=False):
        flags.append(resolve)
        return real_add(result, resolve=resolve, force=force)

    def no_rebuild(self, prefer=None):
        raise AssertionError("ingest rebuilt the whole resolution")

    monkeypatch.setattr(store, "add", add)
    monkeypatch.setattr(SQLStore, "_resolve", no_rebuild)

    def extract(todo):
        return (results[d.id] for d in todo)

    ingest(store, [r.document for r in results.values()], extract)
    assert flags == [False, False, True, False, False, True, False]
    assert store.find_actor("Varo Dennik")["documents"] == ["b0", "b2"]  # the last one resolved at the end
    results["b0"] = doc("b0", "Varo Morrow spoke in Kelvar.", [("Varo Morrow", "person"), ("Kelvar", "country")])
    s = ingest(store, [r.document for r in results.values()], extract)
    assert (s.changed, s.unchanged) == (1, 6)
    monkeypatch.undo()
    after = [(a["name"], a["documents"]) for a in store.actors()]
    store.resolve(full=True)
    assert [(a["name"], a["documents"]) for a in store.actors()] == after
    assert ("Dennik", ["b2"]) in after  # its full name is gone: the bare surname stands alone


def test_a_bulk_re_extraction_resolves_once_at_the_end(new_store, monkeypatch):
    """Past REFOLD_LIMIT replaced documents (``--force`` after a model upgrade) the run stops
    re-folding per document and rebuilds once, at the end; the store is what a rebuild gives."""
    from test_store_helpers import doc

    import kingmaker.store.ingest as ingest_module
    from kingmaker.store.sql import SQLStore

    monkeypatch.setattr(ingest_module, "RESOLVE_BATCH", 2)
    monkeypatch.setattr(ingest_module, "REFOLD_LIMIT", 2)
    names = ["Orla Venn", "Venn", "Kasimir Holt", "Holt", "Bryn Venn", "Venn"]
    results = {f"v{i}": doc(f"v{i}", f"{n} met in Vesk.", [(n, "person"), ("Vesk", "country")])
               for i, n in enumerate(names)}
    store = new_store()
    ingest(store, [r.document for r in results.values()], lambda todo: (results[d.id] for d in todo))
    before = [(a["name"], a["documents"]) for a in store.actors()]
    rebuilds = []
    real_resolve = SQLStore._resolve

    def counted(self, prefer=None):
        rebuilds.append(1)
        return real_resolve(self, prefer)

    monkeypatch.setattr(SQLStore, "_resolve", counted)
    s = ingest(store, [r.document for r in results.values()], lambda todo: (results[d.id] for d in todo), force=True)
    assert s.reextracted == 6 and len(rebuilds) == 1
    assert [(a["name"], a["documents"]) for a in store.actors()] == before
