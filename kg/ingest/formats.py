"""Structured readers: JSONL, JSON (streamed) and CSV/TSV -> ``(line, record)`` pairs.

Each reader takes an open binary file and a :class:`~kg.ingest.context.Context`
and yields ``(line number, record)`` one at a time; turning a record into a
paper is :mod:`kg.ingest.records`' job. A bad record goes to
``ctx.bad_record`` (skip with a warning, or fail); a file that cannot be
parsed at all raises :class:`~kg.errors.InputError`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from typing import BinaryIO

from kg.ingest.context import Context
from kg.ingest.records import ARXIV_SNAPSHOT_FIELDS, FIELDS
from kg.ingest.sources import text_chunks, text_lines

__all__ = ["read_jsonl", "read_json", "read_csv", "read_tsv", "LIST_KEYS"]

Records = Iterator[tuple[int, object]]

#: keys of a top-level JSON object that may hold the list of records
LIST_KEYS = ("papers", "records", "data")

#: keys of a JSON object that record_to_paper reads (the others are not kept in memory)
_RECORD_KEYS = {alias for aliases in FIELDS.values() for alias in aliases} | set(ARXIV_SNAPSHOT_FIELDS)


def _json_problem(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON: {exc.msg} (column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "malformed JSON: nested too deeply"
    return f"malformed JSON: {exc}"


def read_jsonl(fh: BinaryIO, ctx: Context) -> Records:
    """One JSON object per line; blank lines are ignored."""
    for number, line in enumerate(text_lines(fh, ctx), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line.rstrip())
        except (ValueError, RecursionError) as exc:
            ctx.bad_record(_json_problem(exc), number)
            continue
        yield number, record


# ---------------------------------------------------------------------------
# JSON: an incremental decoder over chunks (json.JSONDecoder.raw_decode)
# ---------------------------------------------------------------------------

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_COMPACT_AT = 1 << 20


class _JsonStream:
    """Values of a JSON document read one at a time from text chunks.

    Only one value (one record) is decoded and held at a time, plus the
    unread part of the current chunk. ``line`` is the line at ``pos``.
    """

    def __init__(self, chunks: Iterator[str], ctx: Context):
        self._chunks = chunks
        self._ctx = ctx
        self.buf = ""
        self.pos = 0
        self.line = 1
        self.eof = False

    def _more(self, at_least: int = 1) -> None:
        """Append at least ``at_least`` characters from the file (fewer at its end)."""
        if self.pos > _COMPACT_AT:
            self.buf, self.pos = self.buf[self.pos:], 0
        parts, got = [self.buf], 0
        while got < at_least:
            chunk = next(self._chunks, None)
            if chunk is None:
                self.eof = True
                break
            parts.append(chunk)
            got += len(chunk)
        self.buf = "".join(parts)

    def _advance(self, end: int) -> None:
        self.line += self.buf.count("\n", self.pos, end)
        self.pos = end

    def peek(self) -> str:
        """Skip whitespace; the next character, or "" at the end of the file."""
        while True:
            self._advance(_WHITESPACE.match(self.buf, self.pos).end())
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if self.eof:
                return ""
            self._more()

    def take(self, char: str, context: str) -> None:
        found = self.peek()
        if found != char:
            shown = repr(found) if found else "the end of the file"
            raise self._ctx.fatal(f"malformed JSON: expected {char!r} {context}, found {shown}", self.line)
        self._advance(self.pos + 1)

    def value(self) -> object:
        """Decode the next value, reading more of the file while it is incomplete."""
        self.peek()
        want = 1 << 16
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                cut_short = exc.pos >= len(self.buf) - 16 or exc.msg.startswith("Unterminated string")
                if cut_short and not self.eof:
                    want = max(want, len(self.buf) - self.pos)  # geometric growth: linear time
                    self._more(want)
                    continue
                line = self.line + self.buf.count("\n", self.pos, exc.pos)
                raise self._ctx.fatal(f"malformed JSON: {exc.msg}", line) from None
            except RecursionError:
                raise self._ctx.fatal("malformed JSON: nested too deeply", self.line) from None
            if end > len(self.buf) - 32 and not self.eof:  # "1.5" may continue as "1.5e-10"
                self._more(want)
                continue
            self._advance(end)
            return value


def _array(stream: _JsonStream) -> Records:
    stream.take("[", "to open the array")
    if stream.peek() == "]":
        stream.take("]", "")
        return
    while True:
        stream.peek()
        line = stream.line
        yield line, stream.value()
        if stream.peek() == ",":
            stream.take(",", "")
            continue
        stream.take("]", "or ',' after an array element")
        return


def _object(stream: _JsonStream, ctx: Context) -> Records:
    """A top-level object: a list of records under a known key, or one record."""
    start = stream.line
    stream.take("{", "")
    found = False
    fields: dict[str, object] = {}
    if stream.peek() == "}":
        stream.take("}", "")
    else:
        while True:
            if stream.peek() != '"':
                stream.take('"', "to start a field name")
            key = stream.value()
            stream.take(":", "after a field name")
            name = key.strip().lower()
            if name in LIST_KEYS and not found and stream.peek() == "[":
                found = True
                yield from _array(stream)
            else:
                value = stream.value()
                if name in _RECORD_KEYS:
                    fields[key] = value
            if stream.peek() == ",":
                stream.take(",", "")
                continue
            stream.take("}", "or ',' after a field")
            break
    if not found:
        if any(k.strip().lower() in FIELDS["title"] + FIELDS["abstract"] for k in fields):
            yield start, fields  # the object is a single paper
        else:
            keys = ", ".join(repr(k) for k in LIST_KEYS)
            raise ctx.fatal(f"JSON object has no list of papers under {keys}", start)


def read_json(fh: BinaryIO, ctx: Context) -> Records:
    """A JSON array of records, or an object holding one under "papers", "records" or "data".

    The document is decoded incrementally, one record at a time, so memory
    does not grow with the file. Several top-level values in a row (JSON Lines
    saved as ``.json``) are read one after another. A syntax error stops the
    file (its position is unknown afterwards) and raises InputError.
    """
    stream = _JsonStream(text_chunks(fh, ctx), ctx)
    while (char := stream.peek()) != "":
        if char == "[":
            yield from _array(stream)
        elif char == "{":
            yield from _object(stream, ctx)
        else:
            raise ctx.fatal(f"malformed JSON: expected an array or an object, found {char!r}", stream.line)


# ---------------------------------------------------------------------------
# CSV / TSV
# ---------------------------------------------------------------------------


def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:  # the C long may be narrower than sys.maxsize (Windows)
        try:
            if csv.field_size_limit() < limit:
                csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def read_csv(fh: BinaryIO, ctx: Context, delimiter: str = ",") -> Records:
    """A header row, then one record per row (quoted cells may span lines).

    A header without a title or abstract column is fatal for the file; a row
    whose cell count differs from the header's is a bad record.
    """
    _raise_field_limit()
    reader = csv.reader(text_lines(fh, ctx), delimiter=delimiter)
    header: list[str] | None = None
    while header is None:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ctx.fatal(f"malformed CSV header: {exc}", reader.line_num) from None
        if any(cell.strip() for cell in row):
            header = [cell.strip().lower() for cell in row]
    header_line = reader.line_num
    if not set(header) & set(FIELDS["title"] + FIELDS["abstract"]):
        found = ", ".join(repr(h) for h in header[:10])
        raise ctx.fatal(f"CSV header has no 'title' or 'abstract' column (found {found})", header_line)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            ctx.bad_record(f"malformed CSV row: {exc}", line)
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            ctx.bad_record(f"row has {len(row)} cells, the header has {len(header)}", line)
            continue
        yield line, dict(zip(header, row))


def read_tsv(fh: BinaryIO, ctx: Context) -> Records:
    """Tab-separated values: :func:`read_csv` with a tab delimiter."""
    return read_csv(fh, ctx, delimiter="\t")
