"""Finding input files, telling their format, and decoding them as a stream.

Files are read as bytes and decoded here, so that every reader gets the same
treatment: ``.gz`` decompression, UTF-8 with or without a BOM (UTF-16 with a
BOM too), invalid bytes replaced by U+FFFD with one warning per file, and line
numbers that match what an editor shows.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.ingest.context import Context
from kg.ingest.records import FIELDS

__all__ = [
    "EXTENSIONS",
    "UNSUPPORTED",
    "InputFile",
    "file_format",
    "resolve_paths",
    "open_binary",
    "text_lines",
    "text_chunks",
    "sniff_text",
]

#: extension -> format name; each may also end in ``.gz``
EXTENSIONS = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".xml": "feed",
    ".atom": "feed",
    ".rss": "feed",
}

UNSUPPORTED = ("unsupported file type {ext!r} "
               "(expected .txt, .jsonl, .json, .csv, .tsv, .xml, .atom, .rss, optionally .gz)")

_CHUNK = 1 << 20
_SNIFF_BYTES = 1 << 16
#: what may precede the root element of an XML document: declaration, comments, doctype
#: (written so that no two parts can match the same characters: linear time on any text)
_XML_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[[^\]]*\]\s*)?>)*", re.DOTALL)
#: the root element of an Atom (feed), RSS 2.0 (rss) or RSS 1.0 (rdf:RDF) document
_FEED_ROOT = re.compile(r"<(?:[\w.-]+:)?(?:feed|rss|RDF)[\s/>]")

InputFile = tuple[str, str, bool]  # (path, format, gzip-compressed)


def file_format(path: str | os.PathLike) -> tuple[str, bool]:
    """The format of a file from its name: ``(format, compressed)``.

    Raises
    ------
    InputError
        For an extension kg does not read.

    Examples
    --------
    >>> file_format("papers.JSONL.gz")
    ('jsonl', True)
    >>> file_format("listing.txt")
    ('txt', False)
    >>> file_format("notes.xyz")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: notes.xyz: unsupported file type '.xyz' (expected .txt, .jsonl, .json, .csv, .tsv, .xml, .atom, .rss, optionally .gz)
    """
    name = Path(path).name.lower()
    compressed = name.endswith(".gz")
    stem = name[: -len(".gz")] if compressed else name
    ext = os.path.splitext(stem)[1]
    if ext not in EXTENSIONS:
        shown = ext + (".gz" if compressed else "")
        raise InputError(UNSUPPORTED.format(ext=shown or "(none)"), path=str(path))
    return EXTENSIONS[ext], compressed


def resolve_paths(paths: str | os.PathLike | Iterable[str | os.PathLike], ctx: Context) -> list[InputFile]:
    """Expand files and directories (recursively, in sorted order) into input files.

    A named file must exist, be readable and have a supported extension.
    Inside a directory, hidden entries are ignored and files of other types are
    skipped with a warning (a README next to the data is not an error).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    if not paths:
        raise InputError("no input paths given")
    files: list[InputFile] = []
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            files.extend(_walk(path, ctx))
        elif os.path.isfile(path):
            fmt, compressed = file_format(path)
            _check_readable(path)
            files.append((path, fmt, compressed))
        elif os.path.exists(path):
            raise InputError("not a regular file or directory", path=path)
        else:
            raise InputError("no such file or directory", path=path)
    return files


def _walk(root: str, ctx: Context) -> list[InputFile]:
    """Files under ``root`` sorted by their path components ("a/z" before "b")."""
    if not os.access(root, os.R_OK | os.X_OK):
        raise InputError("cannot read directory: permission denied", path=root)
    found = []
    for folder, dirs, names in os.walk(root, onerror=_raise_walk_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(folder, n) for n in names if not n.startswith("."))
    files = []
    for path in sorted(found, key=lambda p: Path(p).relative_to(root).parts):
        try:
            fmt, compressed = file_format(path)
        except InputError as exc:
            ctx.stats.add_warning(f"{exc} - skipped")
            continue
        _check_readable(path)
        files.append((path, fmt, compressed))
    return files


def _raise_walk_error(exc: OSError) -> None:
    raise InputError(f"cannot read directory: {exc.strerror or exc}", path=exc.filename)


def _check_readable(path: str) -> None:
    if not os.access(path, os.R_OK):
        raise InputError("cannot read file: permission denied", path=path)


def open_binary(path: str, compressed: bool) -> BinaryIO:
    """Open a file for reading bytes, decompressing ``.gz`` on the fly."""
    try:
        return gzip.open(path, "rb") if compressed else open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=path) from exc


def _encoding(fh: BinaryIO) -> str:
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8"


def text_lines(fh: BinaryIO, ctx: Context) -> Iterator[str]:
    """Decoded lines, line endings kept (as ``csv`` wants), one at a time.

    A UTF-8 BOM is dropped; bytes that are not UTF-8 become U+FFFD and the
    first such line of the file gets a warning.
    """
    if _encoding(fh) == "utf-16":
        wrapper = io.TextIOWrapper(fh, encoding="utf-16", errors="replace", newline="")
        for line in wrapper:
            if not ctx.saw_text and line.strip():
                ctx.saw_text = True
            yield line
        return
    first = True
    for number, raw in enumerate(fh, 1):
        if first:
            first = False
            if raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", "replace")
            if not ctx.decode_warned:
                ctx.decode_warned = True
                ctx.warn("invalid UTF-8 bytes replaced by U+FFFD (first occurrence in this file)", number)
        if not ctx.saw_text and line.strip():
            ctx.saw_text = True
        yield line


def text_chunks(fh: BinaryIO, ctx: Context, size: int | None = None) -> Iterator[str]:
    """Decoded text in chunks of about ``size`` characters (for one-line JSON files)."""
    size = size or _CHUNK
    if _encoding(fh) == "utf-16":
        wrapper = io.TextIOWrapper(fh, encoding="utf-16", errors="replace")
        while chunk := wrapper.read(size):
            ctx.saw_text = ctx.saw_text or not chunk.isspace()
            yield chunk
        return
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    lines_before = 1
    first = True
    while True:
        raw = fh.read(size)
        final = not raw
        if first:
            first = False
            if raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
        try:
            text = decoder.decode(raw, final)
        except UnicodeDecodeError as exc:
            state = decoder.getstate()
            if not ctx.decode_warned:
                ctx.decode_warned = True
                line = lines_before + (state[0] + raw)[: exc.start].count(b"\n")
                ctx.warn("invalid UTF-8 bytes replaced by U+FFFD (first occurrence in this file)", line)
            decoder = codecs.getincrementaldecoder("utf-8")("replace")
            decoder.setstate(state)
            text = decoder.decode(raw, final)
        if text:
            lines_before += text.count("\n")
            ctx.saw_text = ctx.saw_text or not text.isspace()
            yield text
        if final:
            return


def sniff_text(path: str, compressed: bool) -> str:
    """The format of a ``.txt`` file from its first bytes.

    ``[`` starts JSON; ``{`` starts JSONL when the first line is a whole
    JSON object (JSON otherwise); a first line that is a tab- or
    comma-separated header naming a title or abstract column is TSV or CSV;
    a root element ``<feed>``, ``<rss>`` or ``<rdf:RDF>`` (after an XML
    declaration, comments or a doctype) is an Atom or RSS feed; anything else
    (an HTML page saved as text included) is a listing page.
    """
    with open_binary(path, compressed) as fh:
        try:
            head = fh.read(_SNIFF_BYTES)
        except (OSError, EOFError) as exc:
            raise InputError(f"cannot read file: {exc}", path=path) from exc
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", "replace")
    else:
        text = head.decode("utf-8", "replace").lstrip("\ufeff")
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        first_line = stripped.split("\n", 1)[0]
        try:
            return "jsonl" if isinstance(json.loads(first_line), dict) else "json"
        except ValueError:
            return "json"
    if stripped.startswith("<") and _FEED_ROOT.match(stripped, _XML_PROLOG.match(stripped).end()):
        return "feed"
    header = text.split("\n", 1)[0].strip().lower()
    known = set(FIELDS["title"] + FIELDS["abstract"])
    for delimiter, fmt in (("\t", "tsv"), (",", "csv")):
        cells = {cell.strip().strip('"').strip() for cell in header.split(delimiter)}
        if delimiter in header and cells & known:
            return fmt
    return "listing"
