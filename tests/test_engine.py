"""The Dask engine gives what the local engine gives: same extraction JSON, same store.

One LocalCluster of two worker processes serves the module (started once, ~5-10 s); the CLI
reaches it with ``--scheduler``, the way a user reaches a real cluster. The streaming mechanics
(input order, bounded window, failures) are checked on an in-process cluster with a stand-in task.
"""
from __future__ import annotations

import json
import logging
import threading
import time

import pytest
from click.testing import CliRunner

from kingmaker.cli import cli
from kingmaker.model import DocExtraction, Document

distributed = pytest.importorskip("distributed", reason="the Dask engine needs kingmaker[dask]")


def run(*args, code=0):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture(scope="module")
def scheduler():
    """The address of a LocalCluster of two worker processes (as `dask worker` would start them)."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def extract_and_store(corpus, tmp_path, *engine_args):
    """Extraction JSON and store export (JSON) of ``corpus``, and the store's path."""
    tmp_path.mkdir(exist_ok=True)
    ex = tmp_path / "extraction.json"
    run("extract", corpus, "--format", "json", "-o", ex, "--no-progress", *engine_args)
    db = tmp_path / "k.db"
    run("ingest", corpus, "--db", db, "--no-progress", *engine_args)
    store = tmp_path / "store.json"
    run("export", "--db", db, "--format", "json", "-o", store)
    return ex.read_text(encoding="utf-8"), store.read_text(encoding="utf-8"), db


@pytest.fixture(scope="module")
def local_examples(examples_dir, tmp_path_factory):
    return extract_and_store(examples_dir, tmp_path_factory.mktemp("local"))


@pytest.mark.model
def test_examples_give_the_same_extraction_and_store_on_dask(examples_dir, tmp_path, scheduler, local_examples):
    local_ex, local_store, _ = local_examples
    dask_ex, dask_store, db = extract_and_store(examples_dir, tmp_path, "--scheduler", scheduler)
    assert len(json.loads(local_ex)["documents"]) == 5 and json.loads(local_ex)["relations"]
    assert dask_ex == local_ex
    assert json.loads(local_store)["actors"]
    assert dask_store == local_store
    again = run("ingest", examples_dir, "--db", db, "--no-progress", "--engine", "dask", "--scheduler", scheduler)
    assert "0 new, 0 changed, 5 unchanged" in again.output


@pytest.mark.model
def test_an_interrupted_dask_ingest_is_finished_by_running_it_again(examples_dir, tmp_path, scheduler,
                                                                   local_examples):
    from kingmaker import api
    from kingmaker.store import open_store
    from kingmaker.store.ingest import ingest

    docs = list(api.read_documents([examples_dir]))

    def extract(todo):
        return api.iter_doc_extractions(todo, engine="dask", scheduler=scheduler)

    seen = []

    def stop_after_two(doc_id, status):  # as if killed after storing two documents
        seen.append(doc_id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    db = tmp_path / "k.db"
    with open_store(db) as store, pytest.raises(KeyboardInterrupt):
        ingest(store, docs, extract, on_document=stop_after_two)
    with open_store(db) as store:
        assert store.stats()["documents"] == 2
        summary = ingest(store, docs, extract)
    assert (summary.new, summary.unchanged) == (3, 2)
    run("export", "--db", db, "--format", "json", "-o", tmp_path / "store.json")
    assert (tmp_path / "store.json").read_text(encoding="utf-8") == local_examples[1]


@pytest.mark.model
def test_engine_dask_without_a_scheduler_starts_its_own_cluster(examples_dir, local_examples):
    dask = run("extract", examples_dir, "--format", "json", "--no-progress", "--engine", "dask",
               "--workers", "2").output
    assert json.loads(local_examples[0])["actors"]
    assert dask == local_examples[0]


@pytest.mark.model
@pytest.mark.shared
def test_seeds_give_the_same_extraction_and_store_on_dask(shared_dir, tmp_path, scheduler):
    local = extract_and_store(shared_dir / "seeds", tmp_path / "local")
    dask = extract_and_store(shared_dir / "seeds", tmp_path / "dask", "--scheduler", scheduler)
    assert json.loads(local[0])["events"]
    assert dask[:2] == local[:2]


@pytest.mark.model
def test_a_document_failing_on_a_worker_is_reported_and_the_rest_stored(tmp_corpus, tmp_path, scheduler):
    def break_workers():  # on each worker: extraction raises for texts with a marker
        import kingmaker.nlp.to_model as tm

        real = tm.__dict__.setdefault("_real_doc_to_extraction", tm.doc_to_extraction)

        def flaky(document, doc):
            if "EXPLODE" in document.text:
                raise ValueError("exploded on the worker")
            return real(document, doc)

        tm.doc_to_extraction = flaky

    def mend_workers():
        import kingmaker.nlp.to_model as tm

        tm.doc_to_extraction = tm.__dict__.pop("_real_doc_to_extraction")

    corpus = tmp_corpus({"a.txt": "Iran backs the Free Homeland Movement.",
                         "b.txt": "EXPLODE. The Unity Party met the envoy.",
                         "c.txt": "The Unity Party won forty-one seats in the parliament."})
    db = tmp_path / "k.db"
    with distributed.Client(scheduler) as c:
        c.run(break_workers)
        try:
            result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db), "--no-progress",
                                              "--scheduler", scheduler])
        finally:
            c.run(mend_workers)
    assert result.exit_code == 1, result.output
    assert "2 new, 0 changed, 0 unchanged, 1 failed" in result.output
    lines = [line for line in result.output.splitlines() if "extraction failed" in line]
    assert len(lines) == 1 and "b.txt" in lines[0] and "ValueError: exploded on the worker" in lines[0]
    docs = json.loads(run("documents", "--db", db, "--format", "json").output)
    assert sorted(d["id"] for d in docs) == ["a", "c"]


# ----------------------------------------------------------------------------- streaming mechanics


@pytest.fixture(scope="module")
def client():
    """An in-process cluster (threads): stand-in task functions can be monkeypatched."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def fake_batch(docs, model, batch_size, time_limit=None):
    """Stand-in for a task: 'boom' fails alone, 'crash' fails its whole task, 'slow' takes time."""
    out = []
    for d in docs:
        if "crash" in d.text:
            raise RuntimeError("worker lost")
        if "slow" in d.text:
            time.sleep(0.3)
        out.append((None, ValueError("boom")) if "boom" in d.text else (DocExtraction(document=d), None))
    return out


@pytest.fixture
def fake_engine(monkeypatch):
    import kingmaker.engine as engine

    monkeypatch.setattr(engine, "_extract_batch", fake_batch)
    monkeypatch.setattr(engine, "_check_workers", lambda client, model: None)
    return engine


def test_results_come_back_in_input_order_with_failures_reported(fake_engine, client):
    texts = ["slow", "ok", "boom", "ok", "crash", "ok", "slow", "ok", "ok", "boom"]
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    failed = []
    got = list(fake_engine.iter_dask_extractions(docs, client=client, batch_size=3,
                                                 on_error=lambda d, e: failed.append((d.id, str(e)))))
    assert [r.document.id for r in got] == [d.id for d in docs if d.text not in ("boom", "crash")]
    # the task holding 'crash' is retried one document per task: only 'crash' is lost
    assert failed == [("d2", "boom"), ("d4", "worker lost"), ("d9", "boom")]


def test_without_on_error_a_failure_raises(fake_engine, client):
    docs = [Document(id="a", text="ok"), Document(id="b", text="boom")]
    with pytest.raises(ValueError, match="boom"):
        list(fake_engine.iter_dask_extractions(docs, client=client, batch_size=1))


def test_documents_are_read_lazily_within_a_bounded_window(fake_engine, client):
    pulled = 0
    lock = threading.Lock()

    def corpus(n):
        nonlocal pulled
        for i in range(n):
            with lock:
                pulled += 1
            yield Document(id=f"d{i}", text="ok")

    batch, window = 5, 3
    ahead = []
    seen = 0
    for result in fake_engine.iter_dask_extractions(corpus(200), client=client, batch_size=batch, window=window):
        seen += 1
        ahead.append(pulled - seen)
    assert seen == 200
    # never more than `window` batches read but not yet handed back
    assert max(ahead) <= batch * window
    assert min(ahead) < batch * window  # it does stream (not all read up front)


def test_a_document_over_the_time_limit_is_reported_and_skipped_on_a_worker(monkeypatch, client):
    """The local path's --time-limit holds on a Dask worker too (its task thread has no alarm signal)."""
    import kingmaker.engine as engine
    import kingmaker.nlp.to_model as to_model
    from kingmaker.errors import TimeLimitError

    def extract_text(doc, nlp):  # stand-in extractor: 'stuck' never ends on its own
        while "stuck" in doc.text:
            time.sleep(0.02)
        return DocExtraction(document=doc)

    monkeypatch.setattr(to_model, "extract_text", extract_text)
    monkeypatch.setattr(engine, "_worker_nlp", lambda model: object())
    monkeypatch.setattr(engine, "_check_workers", lambda client, model: None)
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(["ok", "stuck", "ok", "ok"])]
    failed = []
    started = time.monotonic()
    got = list(engine.iter_dask_extractions(docs, client=client, batch_size=1, time_limit=0.5,
                                            on_error=lambda d, e: failed.append((d.id, e))))
    assert [r.document.id for r in got] == ["d0", "d2", "d3"]  # the batch goes on
    assert [(i, type(e)) for i, e in failed] == [("d1", TimeLimitError)]
    assert isinstance(failed[0][1], TimeLimitError) and "time limit of 0.5 s" in str(failed[0][1])
    assert time.monotonic() - started < 20


def test_missing_dask_is_one_clear_error(monkeypatch, examples_dir):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    result = CliRunner().invoke(cli, ["extract", str(examples_dir), "--engine", "dask", "--no-progress"])
    assert result.exit_code == 1
    assert "pip install 'kingmaker[dask]'" in result.output
    assert "Traceback" not in result.output


def test_an_unreachable_scheduler_is_one_clear_error(monkeypatch, examples_dir, tmp_path):
    import kingmaker.engine as engine

    monkeypatch.setattr(engine, "CONNECT_TIMEOUT_S", 2)
    result = CliRunner().invoke(cli, ["ingest", str(examples_dir), "--db", str(tmp_path / "k.db"), "--no-progress",
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


def test_engine_help_is_on_both_commands():
    for command in ("extract", "ingest"):
        out = " ".join(run(command, "--help").output.split())
        assert "--engine [local|dask]" in out and "--scheduler ADDRESS" in out


def test_workers_with_different_versions_are_refused(monkeypatch, client):
    import kingmaker.engine as engine

    def info(model, dask_worker):  # each in-process worker claims another pipeline version
        return {"kingmaker": "0.1.0", "pipeline": f"en_core_web_sm=={dask_worker.address}"}

    monkeypatch.setattr(engine, "_worker_info", info)
    with pytest.raises(engine.EngineError, match="different versions .*install one version everywhere"):
        list(engine.iter_dask_extractions([Document(id="a", text="ok")], client=client))


def test_a_worker_without_kingmaker_is_one_clear_error(monkeypatch, client):
    import kingmaker.engine as engine

    def info(model):
        raise ModuleNotFoundError("No module named 'kingmaker'")

    monkeypatch.setattr(engine, "_worker_info", info)
    with pytest.raises(engine.EngineError, match="cannot run kingmaker .*No module named 'kingmaker'"):
        list(engine.iter_dask_extractions([Document(id="a", text="ok")], client=client))
