"""Counters and the error policy shared by every reader."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import ClassVar

from kg.errors import InputError

__all__ = ["IngestStats", "Context", "ON_ERROR", "logger"]

logger = logging.getLogger("kg.ingest")

#: accepted values of ``on_error``
ON_ERROR = ("skip", "fail")


@dataclass
class IngestStats:
    """What :func:`kg.ingest.read_papers` saw; pass one in to read it afterwards.

    Attributes
    ----------
    files
        Files opened.
    records
        Papers yielded.
    skipped
        Bad records skipped (``on_error="skip"``); duplicates are not included.
    warnings
        One ``"file:line: why"`` message per problem, in input order (the first
        :attr:`MAX_WARNINGS`; every one is also logged to ``kg.ingest``).
    duplicates
        Records dropped because an earlier record had the same id.
    undated
        Papers yielded without a date.
    """

    files: int = 0
    records: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    duplicates: int = 0
    undated: int = 0
    #: every warning, including those past :attr:`MAX_WARNINGS`
    warning_total: int = 0

    #: warnings kept in :attr:`warnings`; later ones are only logged
    MAX_WARNINGS: ClassVar[int] = 10_000

    def add_warning(self, message: str) -> None:
        """Log a warning and keep it (up to :attr:`MAX_WARNINGS`)."""
        logger.warning("%s", message)
        self.warning_total += 1
        if len(self.warnings) < self.MAX_WARNINGS:
            self.warnings.append(message)
        elif len(self.warnings) == self.MAX_WARNINGS:
            self.warnings.append("... further warnings were logged but not kept")


def where(path: str | None, line: int | None) -> str:
    """``"path:line"`` or ``"path"``, as :class:`~kg.errors.InputError` prints it."""
    text = path or "<input>"
    return text if line is None else f"{text}:{line}"


class Context:
    """The file being read, the stats and the ``on_error`` policy."""

    def __init__(self, stats: IngestStats, on_error: str = "skip"):
        if on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {ON_ERROR}, got {on_error!r}")
        self.stats = stats
        self.on_error = on_error
        self.path: str | None = None
        self.decode_warned = False  # one non-UTF-8 warning per file
        self.saw_text = False  # anything but whitespace in the file

    def start_file(self, path: str) -> None:
        self.path = path
        self.decode_warned = False
        self.saw_text = False
        self.stats.files += 1

    def warn(self, why: str, line: int | None = None) -> None:
        """A problem kg recovers from: warn in both modes."""
        self.stats.add_warning(f"{where(self.path, line)}: {why}")

    def bad_record(self, why: str, line: int | None = None) -> None:
        """A record that cannot be read: skip it with a warning, or fail."""
        if self.on_error == "fail":
            raise InputError(why, path=self.path, line=line)
        self.stats.skipped += 1
        self.warn(why, line)

    def fatal(self, why: str, line: int | None = None) -> InputError:
        """An error that stops reading the file whatever the policy (raise it)."""
        return InputError(why, path=self.path, line=line)
