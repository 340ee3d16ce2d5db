"""``kg trends``: trend tables and charts for an existing output folder."""

from __future__ import annotations

import click

from kg.errors import KgError
from kg.model import ENTITY_TYPES


@click.command("trends")
@click.argument("outdir", type=click.Path(file_okay=False, path_type=str))
@click.option("--period", default="auto", show_default=True,
              type=click.Choice(["auto", "month", "quarter", "year"]),
              help="Period to count by; auto picks the finest the dates support.")
@click.option("--type", "types", multiple=True, type=click.Choice(ENTITY_TYPES),
              help="Only this entity type (repeatable).")
@click.option("--min-support", default=5, show_default=True, type=click.IntRange(1),
              help="Classify only entities mentioned by at least N dated papers.")
@click.option("--recent", "recent_periods", type=click.IntRange(1),
              help="Periods in the recent window (default: the last third).")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1),
              help="Entities per type and class in the printed table and per chart panel.")
@click.option("--charts/--no-charts", default=True, show_default=True,
              help="Also draw trends.png and trends.svg.")
@click.pass_context
def command(ctx, outdir, period, types, min_support, recent_periods, top, charts):
    """Find rising, emerging and declining entities in OUTDIR (from `kg build`).

    Reads OUTDIR/graph.graphml (no re-extraction), compares each entity's share
    of papers in the recent periods with the earlier ones (see docs/trends.md),
    and writes into OUTDIR, replacing files atomically:

    \b
      trends.csv          papers per entity and period, with shares
      trends_summary.csv  class (emerging/rising/declining/stable), score, first seen, peak
      trends.png/.svg     top rising and declining entities per type

    Example:

    \b
      kg trends outputs
      kg trends outputs --period quarter --type Model --type Method --top 10
    """
    from kg import trends as kg_trends
    from kg.loader import load

    bundle = load(outdir)
    if bundle.graph is None:
        raise KgError(f"{outdir}: no graph.graphml; run `kg build -o {outdir}` first")
    G = bundle.graph
    if period == "auto":
        period = kg_trends.choose_period(G)
    written = kg_trends.write_trends(
        G, outdir, period, types=types or None, min_support=min_support,
        recent_periods=recent_periods, charts=charts, top=top,
    )
    quiet = bool(ctx.obj and ctx.obj.get("quiet"))
    if quiet:
        return
    import pandas as pd

    summary = pd.read_csv(written[1], dtype={"first_seen": str, "last_seen": str, "peak_period": str},
                          keep_default_na=False, na_values=[""])
    counts = kg_trends.period_counts(G, period)
    notes = []
    if counts.attrs.get("undated"):
        notes.append(f"{counts.attrs['undated']} undated")
    if counts.attrs.get("unplaced"):
        notes.append(f"{counts.attrs['unplaced']} dated to the year only (not in {period} series)")
    periods = counts.attrs.get("periods") or []
    span = f"{periods[0]} .. {periods[-1]}" if periods else "no dated papers"
    click.echo(f"{counts.attrs.get('papers', 0)} papers, by {period}: {span}"
               + (f" ({'; '.join(notes)})" if notes else ""))
    click.echo(f"{len(summary)} entities with >= {min_support} dated papers classified: "
               + ", ".join(f"{(summary['class'] == c).sum()} {c}" for c in kg_trends.CLASSES))
    click.echo(kg_trends.top_table(summary, top=top))
    click.echo("wrote " + ", ".join(p.name for p in written))
