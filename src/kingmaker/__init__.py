"""kingmaker: map who holds power over whom from news articles."""
from __future__ import annotations

__version__ = "0.1.0"

from kingmaker.api import extract, extract_documents  # noqa: E402

__all__ = ["__version__", "extract", "extract_documents"]
