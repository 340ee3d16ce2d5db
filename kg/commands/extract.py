"""``kg extract``: entity mentions for each input record, as JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import click

from kg.errors import InputError
from kg.io import atomic_write
from kg.model import Paper

__all__ = ["command", "read_extract_input", "run_extract"]


def read_extract_input(path: str | Path) -> Iterator[Paper]:
    """Papers from a JSONL file of ``{"id", "text"}`` or ``{"id", "title", "abstract"}`` lines.

    A ``text`` record becomes a paper whose :attr:`~kg.model.Paper.text` is that
    text exactly (offsets index it); a title/abstract record gives
    ``title + "\\n\\n" + abstract``. Other formats (CSV, JSON, listing pages,
    directories) are read with :func:`kg.ingest.read_papers`.

    Raises
    ------
    InputError
        A missing file, a line that is not a JSON object, or a record without
        text.
    """
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path=str(path))
    name = path.name.lower()
    if not (name.endswith(".jsonl") or name.endswith(".jsonl.gz") or name.endswith(".ndjson")):
        from kg.ingest import read_papers

        yield from read_papers(path)
        return
    from kg.evaluate import iter_jsonl

    for line_no, rec in iter_jsonl(path):
        pid = str(rec.get("id", f"line{line_no}"))
        if isinstance(rec.get("text"), str):
            yield Paper(id=pid, title="", abstract=rec["text"], source=f"{path}:{line_no}")
        elif isinstance(rec.get("title"), str) or isinstance(rec.get("abstract"), str):
            yield Paper(id=pid, title=rec.get("title") or "", abstract=rec.get("abstract") or "",
                        source=f"{path}:{line_no}")
        else:
            raise InputError('record has neither "text" nor "title"/"abstract"', path=str(path), line=line_no)


def run_extract(input_path: str | Path, output_path: str | Path, *, workers: int = 1, progress: bool = True) -> int:
    """Extract every record of ``input_path`` into ``output_path`` (JSONL); returns the count."""
    from tqdm import tqdm

    from kg.extract import extract_papers

    n = 0
    bar = tqdm(unit=" papers", disable=not progress, file=None, dynamic_ncols=True, leave=False)
    try:
        with atomic_write(output_path) as fh:
            # the JSONL holds entities only, so relations are not extracted
            for ex in extract_papers(read_extract_input(input_path), workers=workers, progress=bar.update,
                                     relations=False):
                fh.write(json.dumps(ex.to_extract_json(), ensure_ascii=False) + "\n")
                n += 1
    finally:
        bar.close()
    return n


@click.command("extract")
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=True, path_type=Path))
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output JSONL file, one line per input record, in input order.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (1 = this process).")
@click.pass_context
def command(ctx: click.Context, input_path: Path, output: Path, workers: int) -> None:
    """Find entity mentions (methods, models, datasets, benchmarks, metrics, tasks).

    INPUT is a JSONL file whose lines have an "id" and either a "text" or a
    "title" and an "abstract" (other formats kg reads are accepted too). Each
    output line is {"id", "entities": [{"start", "end", "text", "type", "id"}]};
    offsets index "text", or title + blank line + abstract.

    Example:

    \b
        kg extract papers.jsonl -o mentions.jsonl --workers 2
    """
    quiet = bool(ctx.obj and ctx.obj.get("quiet"))
    n = run_extract(input_path, output, workers=workers, progress=not quiet)
    if not quiet:
        click.echo(f"kg: wrote {n} records to {output}", err=True)
