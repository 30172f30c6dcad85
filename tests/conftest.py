"""Shared fixtures: a corpus writer, the real spaCy pipeline (loaded once), ../shared."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def tmp_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Write files under a fresh directory: ``tmp_corpus({"a.txt": "text", "b.bin": b"..."})``.

    Values are ``str`` (written as UTF-8 unless ``encoding`` says otherwise) or ``bytes``; names
    may contain sub-directories. Returns the corpus directory; each call adds to the same one.
    """
    root = tmp_path / "corpus"
    root.mkdir(exist_ok=True)

    def write(files: dict[str, str | bytes], encoding: str = "utf-8") -> Path:
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_bytes(content.encode(encoding))
        return root

    return write


@pytest.fixture(scope="session")
def nlp():
    """The real English pipeline with kingmaker's components, loaded once per session."""
    from kingmaker.api import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` (seeds, eval, spec) next to the repository; tests needing it skip without it."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (development data lives outside the repository)")
    return SHARED


# ----------------------------------------------------------------------------- store backends
#
# The store tests run on both backends: SQLite (in memory or a file) and PostgreSQL (a server the
# tests start themselves from Debian's package, see pg_server.py; skipped with the reason when
# it cannot start). `-k sqlite` or `-k postgresql` picks one.

STORE_BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for this test session (stopped and removed at the end)."""
    from pg_server import PgServer, PgUnavailable

    try:
        server = PgServer.start()
    except PgUnavailable as err:
        pytest.skip(f"PostgreSQL unavailable: {err}")
    yield server
    server.stop()


@pytest.fixture(params=STORE_BACKENDS)
def store_backend(request) -> str:
    return request.param


@pytest.fixture
def new_db(request, store_backend, tmp_path) -> Callable[[], str]:
    """``new_db()``: where a new, empty store goes on this backend (a file name, or the URL of a new
    PostgreSQL database)."""
    server = request.getfixturevalue("pg_server") if store_backend == "postgresql" else None
    counter = iter(range(1, 1000))

    def make() -> str:
        return server.new_database() if server else str(tmp_path / f"store{next(counter)}.db")

    return make


@pytest.fixture
def new_store(request, store_backend):
    """``new_store()``: a fresh, empty store on this backend (SQLite in memory, or a new PostgreSQL
    database); every store it opened is closed after the test."""
    from kingmaker.store import open_store

    server = request.getfixturevalue("pg_server") if store_backend == "postgresql" else None
    opened = []

    def make():
        store = open_store(server.new_database() if server else ":memory:")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def fresh_store(new_store):
    """An empty store, on each backend."""
    return new_store()


@pytest.fixture
def clean_lexicons(monkeypatch):
    """No user lexicon in force (``KINGMAKER_LEXICON`` unset, loaders' caches cleared) before and after."""
    import os

    import kingmaker.knowledge.lexicons as lexicons

    # (os.environ directly, not monkeypatch: set_lexicons writes the variable itself, and monkeypatch's undo of a
    # delenv at teardown would put the test's lexicon back in force for every later test)
    saved = os.environ.pop(lexicons.ENV, None)
    lexicons._clear_caches()
    yield monkeypatch
    os.environ.pop(lexicons.ENV, None)
    if saved is not None:
        os.environ[lexicons.ENV] = saved
    lexicons._clear_caches()
