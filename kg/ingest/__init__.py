"""Readers that stream :class:`kg.model.Paper` records from files and directories.

Formats (by extension, each optionally ``.gz``): listing pages saved as text
(``.txt``; other formats in a ``.txt`` are sniffed), JSON Lines (``.jsonl``,
``.ndjson``), JSON (``.json``), CSV/TSV (``.csv``, ``.tsv``) and Atom/RSS feeds
(``.xml``, ``.atom``, ``.rss``). See
``docs/input-formats.md`` for fields, ids, dates and the error policy.

Examples
--------
>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> path = os.path.join(folder, "papers.jsonl")
>>> with open(path, "w") as f:
...     _ = f.write('{"id": "2503.11677v2", "title": "A", "abstract": "B"}\\n')
>>> stats = IngestStats()
>>> [(p.id, p.date) for p in read_papers(path, stats=stats)]
[('arXiv:2503.11677', '2025-03')]
>>> stats.files, stats.records, stats.undated
(1, 1, 0)
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator

from kg.errors import InputError
from kg.ingest.context import ON_ERROR, Context, IngestStats
from kg.ingest.dates import parse_date
from kg.ingest.feeds import read_feed
from kg.ingest.formats import read_csv, read_json, read_jsonl, read_tsv
from kg.ingest.ids import canonical_id, content_id, normalize_arxiv_id
from kg.ingest.listing import read_listing
from kg.ingest.records import RecordError, record_to_paper
from kg.ingest.sources import EXTENSIONS, InputFile, open_binary, resolve_paths, sniff_text
from kg.model import Paper

__all__ = [
    "read_papers",
    "IngestStats",
    "EXTENSIONS",
    "parse_date",
    "normalize_arxiv_id",
    "canonical_id",
    "content_id",
    "record_to_paper",
]

_READERS = {
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "tsv": read_tsv,
    "listing": read_listing,
    "feed": read_feed,
}

PathArg = str | os.PathLike | Iterable[str | os.PathLike]


def read_papers(
    paths: PathArg,
    *,
    on_error: str = "skip",
    stats: IngestStats | None = None,
) -> Iterator[Paper]:
    """Stream papers from files and directories, one record in memory at a time.

    Parameters
    ----------
    paths
        A path or a list of paths. Directories are read recursively in sorted
        order (hidden entries ignored, files of other types skipped with a
        warning).
    on_error
        ``"skip"`` (default): a bad record is skipped, and a ``"file:line:
        why"`` warning is logged to ``kg.ingest`` and kept in
        ``stats.warnings``. ``"fail"``: the first bad record raises.
    stats
        Filled in while iterating (files, records, skipped, warnings,
        duplicates, undated).

    Returns
    -------
    Iterator[Paper]
        Papers in input order; a later record with an id seen before is
        dropped with a warning.

    Raises
    ------
    InputError
        At call time: a path that is missing, unreadable or of an unsupported
        type. While iterating: a file that cannot be parsed (malformed JSON
        document or XML feed, CSV header without title/abstract columns,
        corrupt gzip), a bad record under ``on_error="fail"``, or no paper at
        all in the input.
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {ON_ERROR}, got {on_error!r}")
    ctx = Context(stats if stats is not None else IngestStats(), on_error)
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files = resolve_paths(paths, ctx)
    shown = ", ".join(os.fspath(p) for p in paths)
    return _papers(files, ctx, shown)


def _papers(files: list[InputFile], ctx: Context, shown: str) -> Iterator[Paper]:
    seen: set[str] = set()
    stats = ctx.stats
    total = 0
    for path, fmt, compressed in files:
        ctx.start_file(path)
        if fmt == "txt":
            fmt = sniff_text(path, compressed)
        found = parsed = 0
        try:
            with open_binary(path, compressed) as fh:
                for line, record in _READERS[fmt](fh, ctx):
                    try:
                        paper, notes = record_to_paper(record, source=f"{path}:{line}")
                    except RecordError as exc:
                        ctx.bad_record(str(exc), line)
                        continue
                    parsed += 1
                    for note in notes:
                        ctx.warn(note, line)
                    if paper.id in seen:
                        stats.duplicates += 1
                        ctx.warn(f"duplicate id {paper.id!r} skipped (the first one is kept)", line)
                        continue
                    seen.add(paper.id)
                    found += 1
                    stats.records += 1
                    if paper.date is None:
                        stats.undated += 1
                    yield paper
        except (OSError, EOFError, zlib.error) as exc:
            why = "not a gzip file" if isinstance(exc, gzip.BadGzipFile) else exc
            raise InputError(f"cannot read file: {why}", path=path) from exc
        if not parsed and not ctx.saw_text:
            ctx.warn("empty file")
        elif not parsed:
            ctx.warn("no papers found in this file")
        total += found
    if not total:
        raise InputError("no papers found in the input", path=shown)
