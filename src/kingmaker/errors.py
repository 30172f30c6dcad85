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

    @classmethod
    def invalid_yaml(cls, path: str, err: Exception) -> "KnowledgeError":
        """The error for a file PyYAML cannot read, with the line it stopped at."""
        mark = getattr(err, "problem_mark", None)
        return cls(str(path), f"invalid YAML: {getattr(err, 'problem', err)}",
                   line=(mark.line + 1) if mark else None)


class StoreError(KingmakerError):
    """The store cannot do what was asked."""


class DatabaseError(StoreError):
    """The database itself failed (a driver error: damaged, busy, read-only, connection lost, a query
    it rejects), not the request: no other way of answering hides it."""


class ModelError(KingmakerError):
    """The spaCy pipeline cannot be loaded."""


class TimeLimitError(KingmakerError):
    """A document took longer than its time limit (``--time-limit``) and was skipped."""

    def __init__(self, seconds: float, where: str | None = None):
        self.seconds = seconds
        self.path = where
        super().__init__(f"over the time limit of {seconds:g} s for this document "
                         "(raise it with --time-limit, or 0 for none)")

    def __reduce__(self):  # crosses process boundaries (--workers)
        return (TimeLimitError, (self.seconds, self.path))


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters, escape sequences, format characters
    (bidi overrides), line separators and undecodable bytes (lone surrogates) shown as ``\\xNN``/``\\uNNNN``.

    >>> printable("evil\\x1b[2J.txt")
    'evil\\\\x1b[2J.txt'
    """
    import unicodedata

    out = []
    for ch in str(text):
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)
