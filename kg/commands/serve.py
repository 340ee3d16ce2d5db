"""``kg serve``: a local read-only SPARQL endpoint and the HTML network."""

from __future__ import annotations

import signal
from pathlib import Path

import click

from kg.errors import KgError


@click.command("serve")
@click.argument("source", required=False, type=click.Path(path_type=Path))
@click.option("--store", "store", type=click.Path(path_type=Path),
              help="Serve this Oxigraph store directory (instead of SOURCE).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; the default accepts local connections only.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--timeout", "timeout_s", default=30, show_default=True, type=click.IntRange(1),
              help="Stop a query after this many seconds.")
@click.option("--max-result-mb", default=64, show_default=True, type=click.IntRange(1),
              help="Refuse (HTTP 413) query results larger than this many megabytes.")
def command(source, store, host, port, timeout_s, max_result_mb):
    """Serve the graph as a read-only SPARQL 1.1 endpoint, with the HTML network beside it.

    SOURCE is an output folder (default: outputs; its store/ or graph.ttl), an
    RDF file (loaded into a temporary store) or a store directory. The endpoint
    is the oxigraph server behind a small guard: updates and SERVICE
    (federated) queries are refused, each query stops after --timeout seconds,
    and only 127.0.0.1 listens unless --host says otherwise. Ctrl-C stops it.

    Example:

    \b
        kg serve outputs --port 7878
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' http://127.0.0.1:7878/query
    """
    from kg.serve import serve

    if store is not None and source is not None:
        raise click.UsageError("give SOURCE or --store, not both")

    def _term(signum, frame):
        raise KeyboardInterrupt

    # installed before the server starts, so a SIGTERM at any moment takes the clean path
    previous = signal.signal(signal.SIGTERM, _term)
    handle = None
    try:
        handle = serve(source, store=store, host=host, port=port, timeout_s=timeout_s,
                       max_result_bytes=max_result_mb * 1024 * 1024)
        click.echo(f"kg: SPARQL endpoint  {handle.sparql_url}", err=True)
        click.echo(f"kg: query page       {handle.url}", err=True)
        if handle.graph_url:
            click.echo(f"kg: graph network    {handle.graph_url}", err=True)
        click.echo("kg: read-only; press Ctrl-C to stop", err=True)
        code = handle.wait()
        raise KgError(f"the oxigraph server stopped unexpectedly (exit code {code})")
    except KeyboardInterrupt:
        click.echo("kg: stopping", err=True)
    finally:
        if handle is not None:
            handle.stop()
        signal.signal(signal.SIGTERM, previous)
