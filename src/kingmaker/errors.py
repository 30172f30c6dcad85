"""Errors that reach users: each names the file (and line) and the reason, never a traceback."""
from __future__ import annotations


class KingmakerError(Exception):
    """Base class: a problem the user can act on."""


class InputError(KingmakerError):
    """A document could not be read. ``path`` and ``line`` say where."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class KnowledgeError(KingmakerError):
    """A knowledge or dictionary file is malformed."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class StoreError(KingmakerError):
    """The store cannot do what was asked."""


class ModelError(KingmakerError):
    """The spaCy pipeline cannot be loaded."""
