"""Errors a user can cause and fix, kept apart from bugs.

The CLI turns every :class:`KgError` into a one-line message and a non-zero exit
code, never a traceback (``--debug`` shows one). Anything else is a bug in kg.
"""

from __future__ import annotations

__all__ = ["KgError", "InputError", "EXIT_USAGE", "EXIT_INPUT", "EXIT_INTERNAL"]

#: exit code for a bad command line (click's own convention)
EXIT_USAGE = 2
#: exit code for input kg cannot read (missing, unreadable, malformed beyond policy)
EXIT_INPUT = 3
#: exit code for an unexpected internal error (a bug: please report it)
EXIT_INTERNAL = 70


class KgError(Exception):
    """A problem the user can fix; its message is shown as is."""

    exit_code = 1


class InputError(KgError):
    """Input that cannot be read, pointing at the file and, when known, the line.

    Examples
    --------
    >>> str(InputError("not valid JSON", path="a.jsonl", line=3))
    'a.jsonl:3: not valid JSON'
    >>> str(InputError("no such file", path="missing.csv"))
    'missing.csv: no such file'
    """

    exit_code = EXIT_INPUT

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        where = self.path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")
