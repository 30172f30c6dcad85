"""What the CLI, the store and the web app all call.

>>> from kingmaker.model import Document
>>> ex = extract_documents([Document(id="d1", text="Iran backs the Free Homeland Movement.")])  # doctest: +SKIP
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kingmaker.errors import InputError
from kingmaker.ingest import DEFAULT_MAX_BYTES, read_paths
from kingmaker.model import DocExtraction, Document, Extraction

__all__ = ["extract", "extract_documents", "extract_document", "iter_doc_extractions", "load_nlp",
           "read_documents"]


def load_nlp(model: str | None = None):
    """The spaCy pipeline with kingmaker's components (cached per model name)."""
    from kingmaker.nlp.pipeline import load_pipeline

    return load_pipeline(model or os.environ.get("KINGMAKER_MODEL"))


def read_documents(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                   on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    errors: list[InputError] = []
    handler = on_error or errors.append
    yield from read_paths(paths, max_bytes=max_bytes, on_error=handler)


def extract_document(doc: Document, nlp=None) -> DocExtraction:
    """Extract one document on its own (document-local actor ids ``L1``...)."""
    from kingmaker.nlp.to_model import doc_to_extraction

    nlp = nlp or load_nlp()
    from kingmaker.nlp.pipeline import parse

    return doc_to_extraction(doc, parse(nlp, doc.text))


def iter_doc_extractions(docs: Iterable[Document], nlp=None, *, workers: int = 1,
                         batch_size: int = 16,
                         on_error: Callable[[Document, Exception], None] | None = None,
                         engine: str = "local", scheduler: str | None = None, model: str | None = None,
                         ) -> Iterator[DocExtraction]:
    """Extract many documents in input order, streaming; ``workers > 1`` uses that many processes.

    A document whose processing raises is handed to ``on_error`` (default: re-raise) and the
    stream goes on with the next one. ``engine="dask"`` extracts on a Dask cluster instead: the
    scheduler at ``scheduler``, else a local cluster of ``workers`` processes; its workers load
    ``model`` (default: the model of ``nlp``, else the default pipeline) and run this same function.
    """
    if engine == "dask":
        from kingmaker.engine import iter_dask_extractions

        if model is None and nlp is not None:
            model = getattr(nlp, "_kingmaker_model", None)
        yield from iter_dask_extractions(docs, model=model, scheduler=scheduler, workers=workers,
                                         on_error=on_error)
        return
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    docs = list(docs)
    if workers > 1 and len(docs) > 1:
        yield from _parallel(docs, nlp, workers, batch_size, on_error)
        return
    from kingmaker.nlp.pipeline import CHUNK_CHARS, parse
    from kingmaker.nlp.to_model import doc_to_extraction

    nlp = nlp or load_nlp()
    i = 0
    while i < len(docs):
        batch = docs[i:i + batch_size]
        i += len(batch)
        short = [d for d in batch if len(d.text) <= CHUNK_CHARS]
        try:
            parsed = dict(zip((id(d) for d in short), nlp.pipe([d.text for d in short], batch_size=batch_size)))
        except Exception:  # a bad document in the batch: redo it one by one
            parsed = {}
        for doc in batch:
            try:
                sdoc = parsed.get(id(doc))
                yield doc_to_extraction(doc, sdoc if sdoc is not None else parse(nlp, doc.text))
            except Exception as err:  # one bad document never kills a batch
                if on_error is None:
                    raise
                on_error(doc, err)


_WORKER_NLP = None


def _worker_init(model_name: str | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = load_nlp(model_name)


def _worker_run(doc: Document):
    from kingmaker.nlp.pipeline import parse
    from kingmaker.nlp.to_model import doc_to_extraction

    try:
        return doc_to_extraction(doc, parse(_WORKER_NLP, doc.text)), None
    except Exception as err:  # reported in the parent, in order
        return None, f"{type(err).__name__}: {err}"


def _parallel(docs, nlp, workers, batch_size, on_error):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    model = getattr(nlp, "_kingmaker_model", None) if nlp is not None else None
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init,
                             initargs=(model,)) as pool:
        for doc, (result, err) in zip(docs, pool.map(_worker_run, docs, chunksize=max(1, batch_size // 4))):
            if err is not None:
                if on_error is None:
                    raise RuntimeError(err)
                on_error(doc, RuntimeError(err))
                continue
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
