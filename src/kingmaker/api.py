"""What the CLI, the store and the web app all call.

>>> from kingmaker.model import Document
>>> ex = extract_documents([Document(id="d1", text="Iran backs the Free Homeland Movement.")])  # doctest: +SKIP
"""
from __future__ import annotations

import collections
import itertools
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kingmaker.errors import InputError, TimeLimitError
from kingmaker.ingest import DEFAULT_MAX_BYTES, read_paths
from kingmaker.model import DocExtraction, Document, Extraction

DEFAULT_TIME_LIMIT = 60.0  # seconds per CHUNK_CHARS characters of a document; --time-limit, env KINGMAKER_TIME_LIMIT

__all__ = ["extract", "extract_documents", "extract_document", "iter_doc_extractions", "load_nlp",
           "read_documents", "time_limit_for", "DEFAULT_TIME_LIMIT"]


def load_nlp(model: str | None = None):
    """The spaCy pipeline with kingmaker's components (cached per model name)."""
    from kingmaker.nlp.pipeline import load_pipeline

    return load_pipeline(model or os.environ.get("KINGMAKER_MODEL"))


def read_documents(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                   on_error: Callable[[InputError], None] | None = None,
                   on_warning: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    errors: list[InputError] = []
    handler = on_error or errors.append
    yield from read_paths(paths, max_bytes=max_bytes, on_error=handler, on_warning=on_warning)


def extract_document(doc: Document, nlp=None, *, time_limit: float | None = None) -> DocExtraction:
    """Extract one document on its own (document-local actor ids ``L1``...).

    ``time_limit``: seconds per ``CHUNK_CHARS`` characters of text (see :func:`time_limit_for`);
    over it, :class:`~kingmaker.errors.TimeLimitError`. ``None`` or ``0``: no limit.
    """
    from kingmaker.nlp.to_model import extract_text

    nlp = nlp or load_nlp()
    with _deadline(time_limit_for(doc, time_limit), doc):
        return extract_text(doc, nlp)


def time_limit_for(doc: Document, per_chunk: float | None) -> float | None:
    """The time limit of one document: ``per_chunk`` seconds for each ``CHUNK_CHARS`` characters
    (at least ``per_chunk``), so a long text gets the time its length needs and a pathological one
    is stopped."""
    from kingmaker.nlp.pipeline import CHUNK_CHARS

    if not per_chunk or per_chunk <= 0:
        return None
    return per_chunk * max(1.0, len(doc.text) / CHUNK_CHARS)


@contextmanager
def _deadline(seconds: float | None, doc: Document | None = None):
    """Raise :class:`TimeLimitError` in this block after ``seconds``: by the alarm signal in the main
    thread (Unix), else by a watchdog that raises it in this thread (a Dask worker's task thread)."""
    if seconds is None:
        yield
        return
    where = doc.path or doc.id if doc is not None else None
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _watchdog(seconds, where):
            yield
        return

    def expired(signum, frame):
        raise TimeLimitError(seconds, where)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _watchdog(seconds: float, where: str | None):
    """The time limit outside the main thread: a timer raises :class:`TimeLimitError` in the calling
    thread (as the alarm signal would: between two Python steps), unless the block ended first."""
    import ctypes

    class Expired(TimeLimitError):  # raised by class (no arguments): it carries its own
        def __init__(self):
            super().__init__(seconds, where)

    thread = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def fire():
        with lock:
            if state["active"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread, ctypes.py_object(Expired))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except Expired:  # the caller sees the one TimeLimitError of the alarm signal
        raise TimeLimitError(seconds, where) from None
    finally:
        with lock:
            state["active"] = False
            timer.cancel()
            if state["fired"]:  # the block ended as the time ran out: drop an exception not raised yet
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread, None)


def iter_doc_extractions(docs: Iterable[Document], nlp=None, *, workers: int = 1,
                         batch_size: int = 16,
                         on_error: Callable[[Document, Exception], None] | None = None,
                         time_limit: float | None = DEFAULT_TIME_LIMIT,
                         engine: str = "local", scheduler: str | None = None, model: str | None = None,
                         ) -> Iterator[DocExtraction]:
    """Extract many documents in input order, streaming; ``workers > 1`` uses that many processes.

    A document whose processing raises, or takes longer than its time limit (``time_limit`` seconds
    per ``CHUNK_CHARS`` characters, see :func:`time_limit_for`; ``None``/``0``: none), is handed to
    ``on_error`` (default: re-raise) and the stream goes on with the next one. ``engine="dask"``
    extracts on a Dask cluster instead: the scheduler at ``scheduler``, else a local cluster of
    ``workers`` processes; its workers load ``model`` (default: the model of ``nlp``, else the
    default pipeline) and run this same function, with the same ``time_limit`` (in a worker's task
    thread a watchdog stands in for the alarm signal).
    """
    if engine == "dask":
        from kingmaker.engine import iter_dask_extractions

        if model is None and nlp is not None:
            model = getattr(nlp, "_kingmaker_model", None)
        yield from iter_dask_extractions(docs, model=model, scheduler=scheduler, workers=workers,
                                         on_error=on_error, time_limit=time_limit)
        return
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    docs = iter(docs)  # read lazily: a stream of files is never held whole
    if workers > 1:
        first = list(itertools.islice(docs, 2))
        docs = itertools.chain(first, docs)
        if len(first) > 1:
            yield from _parallel(docs, nlp, workers, batch_size, on_error, time_limit)
            return
    from kingmaker.nlp.pipeline import CHUNK_CHARS, unwrapped
    from kingmaker.nlp.to_model import extract_parsed

    nlp = nlp or load_nlp()
    for batch in _batches(docs, batch_size, CHUNK_CHARS):
        parsed: dict[int, Any] = {}
        if len(batch) > 1:
            # short documents are parsed together (faster); a batch holds at most CHUNK_CHARS
            # characters, so its memory is that of one long document's piece
            try:
                with _deadline(time_limit_for(Document("batch", ""), time_limit)):
                    parsed = dict(zip((id(d) for d in batch), nlp.pipe([unwrapped(d.text) for d in batch],
                                                                      batch_size=batch_size)))
            except Exception:  # a bad or slow document in the batch: redo them one by one
                parsed = {}
        for doc in batch:
            try:
                sdoc = parsed.pop(id(doc), None)
                if sdoc is not None:
                    with _deadline(time_limit_for(doc, time_limit), doc):
                        result = extract_parsed(doc, sdoc)
                    del sdoc
                else:
                    result = extract_document(doc, nlp, time_limit=time_limit)
            except Exception as err:  # one bad document never kills a batch
                if on_error is None:
                    raise
                on_error(doc, err)
                continue
            yield result


def _batches(docs: Iterable[Document], size: int, max_chars: int) -> Iterator[list[Document]]:
    """Runs of at most ``size`` documents and ``max_chars`` characters (a longer document alone)."""
    batch: list[Document] = []
    chars = 0
    for doc in docs:
        if batch and (len(batch) >= size or chars + len(doc.text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(doc)
        chars += len(doc.text)
    if batch:
        yield batch


_WORKER_NLP = None


def _worker_init(model_name: str | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = load_nlp(model_name)


def _worker_run(job: tuple[Document, float | None]):
    doc, time_limit = job
    try:
        return extract_document(doc, _WORKER_NLP, time_limit=time_limit), None
    except TimeLimitError as err:
        return None, err
    except Exception as err:  # reported in the parent, in order
        return None, f"{type(err).__name__}: {err}"


def _parallel(docs, nlp, workers, batch_size, on_error, time_limit):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    model = getattr(nlp, "_kingmaker_model", None) if nlp is not None else None
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    # at most ``window`` documents out at a time (submitted, or done and waiting for an earlier one):
    # memory does not grow with the batch, and results come back in input order
    window = max(2, workers * max(2, batch_size // 2))
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init,
                             initargs=(model,)) as pool:
        out: collections.deque = collections.deque()
        for doc in docs:
            out.append((doc, pool.submit(_worker_run, (doc, time_limit))))
            if len(out) >= window:
                first, future = out.popleft()
                yield from _reported(first, future.result(), on_error)
        while out:
            first, future = out.popleft()
            yield from _reported(first, future.result(), on_error)


def _reported(doc, answer, on_error):
    """A worker's ``(result, error)`` for ``doc``: the result, or the error handed to ``on_error``."""
    result, err = answer
    if err is not None:
        err = err if isinstance(err, Exception) else RuntimeError(err)
        if on_error is None:
            raise err
        on_error(doc, err)
        return
    yield result


def extract_documents(docs: Iterable[Document], nlp=None, *, dictionary: str | Path | None = None,
                      workers: int = 1,
                      on_error: Callable[[Document, Exception], None] | None = None) -> Extraction:
    """Extract and resolve actors across all documents."""
    from kingmaker.nlp.resolve import link_documents

    results = list(iter_doc_extractions(docs, nlp, workers=workers, on_error=on_error))
    return link_documents(results, dictionary=dictionary)


def extract(paths: Iterable[str | Path], *, model: str | None = None, dictionary: str | Path | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 1,
            on_error: Callable[[InputError], None] | None = None) -> dict[str, Any]:
    """Read paths and return the extraction JSON (``kingmaker_format: 1``) as a dict."""
    docs = list(read_documents(paths, max_bytes=max_bytes, on_error=on_error))
    return extract_documents(docs, load_nlp(model), dictionary=dictionary, workers=workers).to_dict()
