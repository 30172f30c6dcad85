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
