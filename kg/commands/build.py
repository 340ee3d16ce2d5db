"""``kg build``: the main job."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

# (the build imports kg.pipeline itself when it runs: importing it here (networkx, rdflib, the
# graph code: ~0.15 s) made every command pay for it, ``kg --help`` and ``kg extract`` included)
from kg.defaults import DEFAULT_INPUT, DEFAULT_OUTDIR, HTML_RANKINGS, RDF_FORMATS

#: ``--workers auto`` uses every core this process may run on, up to this many (each extraction
#: worker holds its own pipeline, ~200 MB)
AUTO_WORKERS_MAX = 8


def auto_workers() -> int:
    """Extraction processes for ``--workers auto``: the cores this process may use, 1 to 8.

    A build with fewer than 2,000 papers to extract runs in this process whatever the
    number (starting workers costs seconds), so the default only matters for large inputs.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, AUTO_WORKERS_MAX))


class WorkersType(click.ParamType):
    """``auto`` or a whole number from 1 to 64."""

    name = "N|auto"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            number = value
        elif str(value).strip().lower() == "auto":
            return auto_workers()
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                self.fail(f"{value!r} is not a number of processes or 'auto'", param, ctx)
        if not 1 <= number <= 64:
            self.fail(f"{number} is not in the range 1 to 64 (or 'auto')", param, ctx)
        return number


@click.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--outdir", default=str(DEFAULT_OUTDIR), show_default=True,
              type=click.Path(file_okay=False, path_type=str), help="Output folder.")
@click.option("-w", "--workers", default="auto", show_default=True, type=WorkersType(),
              help="Extraction processes; auto: one per core, up to 8. Fewer than 2,000 papers "
                   "to extract always run in this process.")
@click.option("--rdf", "rdf_formats", multiple=True, type=click.Choice(RDF_FORMATS),
              help="Extra RDF serialisations besides Turtle (repeatable): nt, jsonld.")
@click.option("--store", type=click.Path(file_okay=False, path_type=str),
              help="Also load the graph into an on-disk Oxigraph store in this folder; the next "
                   "build into the same output folder updates it by the triples that changed.")
@click.option("--max-nodes", default=2000, show_default=True, type=click.IntRange(10, 100000),
              help="Most entities shown in graph.html (the top ones by --rank-by).")
@click.option("--rank-by", default="papers", show_default=True,
              type=click.Choice(HTML_RANKINGS),
              help="Which entities graph.html keeps when there are more than --max-nodes: most papers, "
                   "most mentions, most co-mentioned entities (degree), or fastest rising (trend; dated "
                   "papers only).")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("--no-trends", is_flag=True, help="Do not write trends tables and charts.")
@click.option("--period", default="auto", show_default=True,
              type=click.Choice(["auto", "month", "quarter", "year"]),
              help="Trend period; auto picks the finest the dates support.")
@click.option("--on-error", default="skip", show_default=True, type=click.Choice(["skip", "fail"]),
              help="Bad records: skip them with a warning, or stop at the first.")
@click.option("--no-cache", is_flag=True,
              help="Re-extract every paper and reload the store in full (ignore OUTDIR/.kg-cache).")
@click.option("--engine", default="local", show_default=True, type=click.Choice(["local", "dask"]),
              help="Where extraction runs; dask needs the extra kg[dask].")
@click.option("--scheduler", help="Dask scheduler address (default: a local cluster).")
@click.pass_context
def command(ctx, inputs, outdir, workers, rdf_formats, store, max_nodes, rank_by, no_html, no_trends, period,
            on_error, no_cache, engine, scheduler):
    """Build the knowledge graph of INPUTS (files or folders; default: seeds/).

    Reads abstracts (listing pages, JSONL, JSON, CSV, Atom/RSS feeds,
    optionally gzipped), extracts methods, models, datasets, benchmarks,
    metrics and tasks, links them to papers and to each other, and writes
    into OUTDIR:

    \b
      graph.html        interactive network (open in a browser; works offline)
      graph.ttl         RDF Turtle (query with `kg query`), plus --rdf nt/jsonld
      graph.graphml     for networkx, Gephi, Cytoscape
      entities.csv, papers.csv, relations.csv, results.csv
      trends.csv, trends_summary.csv, trends.png/.svg   (dated inputs only)

    Previous outputs are replaced only when the new ones are complete.

    Example:

    \b
      kg build                                  # seeds/ -> outputs/
      kg build papers.jsonl.gz -o out --workers 2 --store out/store
      kg build papers.jsonl.gz -o out --max-nodes 500 --rank-by trend
      kg build cs.CL.atom -o out          # an arXiv API answer saved with curl
    """
    if rank_by == "trend" and no_trends:
        raise click.UsageError("--rank-by trend needs the trends: drop --no-trends or rank by papers")
    from kg.pipeline import WARNINGS_FILE, build

    quiet = bool(ctx.obj and ctx.obj.get("quiet"))
    summary = build(
        list(inputs) or [str(DEFAULT_INPUT)],
        outdir,
        workers=workers,
        rdf_formats=rdf_formats,
        store=store,
        html=not no_html,
        max_nodes=max_nodes,
        rank_by=rank_by,
        trends=not no_trends,
        period=period,
        on_error=on_error,
        cache=not no_cache,
        engine=engine,
        scheduler=scheduler,
        progress=not quiet and sys.stderr.isatty(),
    )
    if summary.warnings:  # each was logged as it happened (the repeats only counted)
        repeated = ctx.obj.get("warnings") if ctx.obj else None
        hidden = f", {repeated.hidden} of them not shown" if repeated is not None and repeated.hidden else ""
        click.echo(f"kg: {summary.warning_count} warning(s){hidden}, all in {Path(outdir) / WARNINGS_FILE}; "
                   f"bad records skipped: {summary.skipped_records}", err=True)
    if not quiet:
        click.echo(summary.format())

