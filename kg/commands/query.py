"""``kg query``: run a read-only SPARQL query on kg's RDF output or store."""

from __future__ import annotations

from pathlib import Path

import click

from kg.errors import InputError, KgError


@click.command("query")
@click.argument("source", required=False, type=click.Path(path_type=Path))
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(path_type=Path),
              help="Read the query from a .rq file (e.g. docs/queries/top_benchmarks.rq).")
@click.option("-n", "--named", "named", metavar="NAME",
              help="Run one of kg's named queries (see --list).")
@click.option("-b", "--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable: a string, <iri> or kg:term (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="table for the terminal, csv or SPARQL 1.1 JSON results.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the results to this file instead of standard output.")
@click.option("--list", "list_queries", is_flag=True,
              help="List the named queries and their parameters, then exit.")
def command(source, query, query_file, named, binds, fmt, output, list_queries):
    """Run a read-only SPARQL query on a graph file or an Oxigraph store.

    SOURCE is a Turtle, N-Triples or JSON-LD file (graph.ttl, graph.nt,
    graph.jsonld) or a store directory (outputs/store). The query is given
    inline, with -f FILE.rq, or by name with -n NAME. kg's prefixes (kg:, skos:,
    dcterms:, prov:, schema:, entity:, paper: ...) are predeclared. Updates and
    SERVICE (federated) queries are refused.

    Example:

    \b
        kg query outputs/graph.ttl 'SELECT ?label WHERE { ?b a kg:Benchmark ; skos:prefLabel ?label }'
        kg query outputs/store -f docs/queries/models_on_benchmark.rq --bind benchmarkLabel=MathVista
        kg query outputs/graph.ttl -n top_benchmarks --format csv -o top.csv
    """
    from kg.rdf.queries import QUERIES, format_results, parse_binding, run_query

    if list_queries:
        for q in QUERIES.values():
            params = " ".join(f"{k}=" for k in q.params)
            click.echo(f"{q.name:22} {q.question}" + (f"  [{params}]" if params else ""))
        return
    if source is None:
        raise click.UsageError("missing SOURCE (a graph file or a store directory)")
    given = [x for x in (query, query_file, named) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give exactly one query: inline QUERY, -f FILE.rq or -n NAME")
    if query_file is not None:
        try:
            query = query_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError("no such query file", path=str(query_file)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the query: {exc}", path=str(query_file)) from None
    elif named is not None:
        if named not in QUERIES:
            raise KgError(f"unknown named query {named!r}; see kg query --list")
        query = QUERIES[named]
    bindings = dict(parse_binding(b) for b in binds)
    variables, rows = run_query(source, query, bindings=bindings)
    text = format_results(variables, rows, fmt, max_width=None if output is None else 10**9)
    if output is None:
        click.echo(text, nl=False)
    else:
        from kg.rdf.export import _atomic

        with _atomic(Path(output)) as tmp:
            Path(tmp).write_text(text, encoding="utf-8", newline="")
        click.echo(f"kg: {len(rows)} row(s) written to {output}", err=True)
