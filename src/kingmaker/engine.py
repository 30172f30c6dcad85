"""The Dask engine: extract documents on a Dask cluster, stream the results back in input order.

``kingmaker ingest --engine dask`` and ``kingmaker extract --engine dask`` reach this module through
``kingmaker.api.iter_doc_extractions``, the one place where the local engine (one process or a
process pool) is chosen too. Only extraction is distributed: each task runs the *local* engine
(``iter_doc_extractions(batch, nlp)``, the same per-document code, batching and error handling)
over a batch of documents on a worker, and the main process receives ``DocExtraction`` objects that
it writes with the one store writer (``kingmaker.store.ingest``) or links with ``link_documents``.
Cross-document resolution therefore stays in the main process, as on the local path.

What travels: each task carries its documents (``Document``: id, text, path, title, date, url)
and the pipeline name; each answer carries the documents' extractions (document-local actors,
mentions, ties, events, facts with their evidence sentences), or the error of a failed document.
Each worker process loads the spaCy pipeline once (``_worker_nlp``, cached per model name).

Memory stays bounded on any corpus: documents are read lazily from the input iterable and at most
``window`` batches are in flight or waiting to be handed back in order.
"""
from __future__ import annotations

import itertools
import logging
import pickle
import threading
from collections.abc import Callable, Iterable, Iterator

from kingmaker.errors import KingmakerError
from kingmaker.model import DocExtraction, Document

__all__ = ["DASK_MISSING", "EngineError", "iter_dask_extractions"]

DASK_MISSING = ("the Dask engine needs dask and distributed: pip install 'kingmaker[dask]' "
                "(on the machine that runs kingmaker and on every worker)")
TASK_DOCUMENTS = 4  # documents per task: small enough to spread a short corpus, big enough to batch
CONNECT_TIMEOUT_S = 30  # reaching the scheduler, and waiting for a first worker to join it


class EngineError(KingmakerError):
    """The Dask engine cannot run (dask missing, scheduler unreachable, workers unfit)."""


# ----------------------------------------------------------------------------- on the workers

_NLP_LOCK = threading.Lock()


def _worker_nlp(model: str | None):
    """The worker's pipeline, loaded once per process (a lock: a worker may run several threads)."""
    from kingmaker.api import load_nlp

    with _NLP_LOCK:
        return load_nlp(model)


def _worker_info(model: str | None) -> dict[str, str]:
    """Load the pipeline now (so the first batch does not wait for it) and say what was loaded."""
    import kingmaker

    nlp = _worker_nlp(model)
    meta = nlp.meta
    return {"kingmaker": kingmaker.__version__,
            "pipeline": f"{meta.get('lang')}_{meta.get('name')}=={meta.get('version')}"}


def _portable(err: Exception) -> Exception:
    """The error itself when it can travel back to the client, else a RuntimeError with its text."""
    try:
        pickle.loads(pickle.dumps(err))
        return err
    except Exception:
        return RuntimeError(f"{type(err).__name__}: {err}")


def _extract_batch(docs: list[Document], model: str | None, batch_size: int,
                   time_limit: float | None = None) -> list[tuple[DocExtraction | None, Exception | None]]:
    """One task: the local engine over ``docs`` (with its per-document ``time_limit``, as on the
    local path); one ``(result, error)`` pair per document, in order."""
    from kingmaker.api import iter_doc_extractions

    pairs: list[tuple[DocExtraction | None, Exception | None]] = []
    # the local engine yields results and reports failures in document order
    for result in iter_doc_extractions(docs, _worker_nlp(model), batch_size=batch_size, time_limit=time_limit,
                                       on_error=lambda doc, err: pairs.append((None, _portable(err)))):
        pairs.append((result, None))
    if len(pairs) != len(docs):
        raise RuntimeError(f"{len(pairs)} answers for {len(docs)} documents")
    return pairs


# ----------------------------------------------------------------------------- on the client


def _connect(scheduler: str | None, workers: int):
    """A client on the scheduler at ``scheduler``, else on a new LocalCluster of ``workers`` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError(DASK_MISSING) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError, ValueError) as err:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({err}); start one with "
                              "`dask scheduler` and pass its address, e.g. tcp://host:8786") from None
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as err:
            client.close()
            raise EngineError(f"no Dask worker joined the scheduler at {scheduler} within "
                              f"{CONNECT_TIMEOUT_S} s ({err}); start some with `dask worker {scheduler}`") from None
        return client, None
    # one thread per worker process: spaCy holds the GIL, so threads would not add throughput; the
    # scheduler's HTTP server on a free local port (8787 may belong to another cluster)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def _check_workers(client, model: str | None) -> None:
    """Every worker must import kingmaker and load one same pipeline (else results would differ)."""
    try:
        infos = client.run(_worker_info, model)
    except Exception as err:  # ModuleNotFoundError on a worker, ModelError, ...
        raise EngineError(f"a Dask worker cannot run kingmaker ({type(err).__name__}: {err}); install the same "
                          "kingmaker and spaCy pipeline on every worker") from None
    kinds = {tuple(sorted(i.items())) for i in infos.values()}
    if len(kinds) > 1:
        described = "; ".join(f"{addr}: kingmaker {i['kingmaker']}, {i['pipeline']}"
                              for addr, i in sorted(infos.items()))
        raise EngineError(f"the Dask workers run different versions ({described}); install one version everywhere")


class _Slot:
    """One batch of documents in input order; split into single documents if its task fails."""

    __slots__ = ("docs", "results", "missing")

    def __init__(self, docs: list[Document]) -> None:
        self.docs = docs
        self.results: list[tuple[DocExtraction | None, Exception | None] | None] = [None] * len(docs)
        self.missing = len(docs)


def iter_dask_extractions(docs: Iterable[Document], *, model: str | None = None, scheduler: str | None = None,
                          workers: int = 2, batch_size: int = TASK_DOCUMENTS, window: int | None = None,
                          on_error: Callable[[Document, Exception], None] | None = None,
                          client=None, time_limit: float | None = None) -> Iterator[DocExtraction]:
    """Extract ``docs`` on a Dask cluster and yield their extractions in input order.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without one a
    LocalCluster of ``workers`` processes is started and closed again. Documents go out in tasks
    of ``batch_size``; at most ``window`` tasks (default: four times the cluster's threads) are in flight
    or waiting for an earlier one, so memory does not grow with the corpus. A document whose
    extraction fails is handed to ``on_error`` (default: raise) and the stream goes on; a task
    that fails as a whole (its worker died) is retried one document per task, so one bad
    document costs only itself. ``time_limit``: the local engine's per-document limit
    (:func:`kingmaker.api.time_limit_for`, ``--time-limit``): a slower document is reported as a
    :class:`~kingmaker.errors.TimeLimitError` and skipped. ``client``: a ``distributed.Client`` of
    your own to use (left open).
    """
    own = client is None
    cluster = None
    if own:
        client, cluster = _connect(scheduler, workers)
    owner: dict = {}  # future -> (slot number, offset of its first document, number of documents)
    try:
        from distributed import as_completed

        _check_workers(client, model)
        threads = sum(client.nthreads().values()) or workers
        # enough tasks out that no worker waits for its next one while an earlier task is still
        # running elsewhere (results are handed back in input order)
        window = max(2, window or 4 * threads)
        source = iter(docs)
        slots: dict[int, _Slot] = {}
        running = as_completed()
        submitted = 0
        yielded = 0
        exhausted = False

        def submit(number: int, offset: int, batch: list[Document]) -> None:
            fut = client.submit(_extract_batch, batch, model, batch_size, time_limit, pure=False)
            owner[fut] = (number, offset, len(batch))
            running.add(fut)

        def fill() -> None:
            nonlocal submitted, exhausted
            while not exhausted and len(slots) < window:
                batch = list(itertools.islice(source, batch_size))
                if not batch:
                    exhausted = True
                    return
                slots[submitted] = _Slot(batch)
                submit(submitted, 0, batch)
                submitted += 1

        fill()
        while slots:
            fut = next(running)
            number, offset, size = owner.pop(fut)
            slot = slots[number]
            if fut.status == "finished":
                pairs = fut.result()
            elif fut.status != "error":  # cancelled: the scheduler restarted or went away
                raise EngineError(f"the Dask scheduler dropped a task ({fut.status}); run the same command "
                                  "again (an ingest keeps what it stored)")
            else:
                err = fut.exception()
                if size > 1:  # retry its documents one by one: only the culprit fails
                    for j in range(size):
                        submit(number, offset + j, [slot.docs[offset + j]])
                    fut.release()
                    continue
                pairs = [(None, _portable(err) if isinstance(err, Exception) else RuntimeError(str(err)))]
            fut.release()
            for j, pair in enumerate(pairs):
                slot.results[offset + j] = pair
            slot.missing -= len(pairs)
            while yielded in slots and slots[yielded].missing == 0:
                done = slots.pop(yielded)
                yielded += 1
                for doc, (result, err) in zip(done.docs, done.results):
                    if err is not None:
                        if on_error is None:
                            raise err
                        on_error(doc, err)
                    else:
                        yield result
            fill()
    finally:
        for fut in list(owner):  # stopped early: nothing left running for us
            fut.cancel()
        if own:
            client.close()
        if cluster is not None:
            cluster.close()

