"""CPU time of each Python stage of ``kg build`` after extraction, one process, no threads.

    python bench/post_stages.py CORPUS OUTDIR_WITH_CACHE [--repeat N] [--only nt,graphml]

Reads CORPUS, takes every extraction from ``OUTDIR_WITH_CACHE/.kg-cache`` (read only:
a previous ``kg build CORPUS -o OUTDIR_WITH_CACHE`` filled it), then runs the stages
``kg build`` runs, in its order, each timed alone by its CPU time (the store
loader and the Turtle conversion, Rust threads in a build, are not run; the trend charts,
drawn by a child process in a large build, are waited for and their CPU time counted). On a shared
machine CPU time is steadier than wall time; compare two versions of kg by alternating
runs (``PYTHONPATH=/path/to/other/checkout python bench/post_stages.py ...``).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("cached", type=Path, help="a kg build output folder whose .kg-cache holds the corpus")
    ap.add_argument("--only", default="", help="comma-separated writers to run (default: all)")
    args = ap.parse_args(argv)

    import kg
    from kg.cache import ExtractionCache
    from kg.gcpause import gc_paused
    from kg.graph import build_graph
    from kg.ingest import read_papers
    from kg.pipeline import LARGE_CORPUS, _trends, corpus_passes
    from kg.rdf.export import write_ntriples
    from kg.tables import write_graphml, write_tables
    from kg.viz.html import write_html

    print(f"kg from {Path(kg.__file__).parent}", file=sys.stderr)
    times: dict[str, tuple[float, float]] = {}

    def cpu():  # this process and its waited-for children (kg.charts.ChartsChild)
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    def timed(name, fn):
        w, c = time.perf_counter(), cpu()
        out = fn()
        times[name] = (cpu() - c, time.perf_counter() - w)
        print(f"{name:10} {times[name][0]:6.2f} s CPU {times[name][1]:6.2f} s wall", file=sys.stderr)
        return out

    only = set(filter(None, args.only.split(",")))
    staging = Path(tempfile.mkdtemp(prefix="kg-post-stages-"))
    try:
        with gc_paused():
            papers = timed("read", lambda: list(read_papers([args.corpus])))
        cache = ExtractionCache(args.cached / ".kg-cache")
        found = timed("cache", lambda: cache.get_many(papers))
        cache.close()
        missing = [p.id for p in papers if p.id not in found]
        if missing:
            raise SystemExit(f"{len(missing)} papers are not in the cache, e.g. {missing[0]}")
        docs = [found[p.id] for p in papers]
        del found
        with gc_paused():
            large = len(papers) > LARGE_CORPUS

            def graph():
                d = corpus_passes(docs, 2 if large else 1)
                return build_graph(papers, d, min_comention=2 if large else 1)

            G = timed("graph", graph)
            del docs
            # the charts may be drawn by a child process: its CPU time counts once it is joined
            report = timed("trends", lambda: _report_html(_trends(G, staging, period="auto")))
            writers = {
                "nt": lambda: write_ntriples(G, staging / "graph.nt"),
                "tables": lambda: write_tables(G, staging),
                "graphml": lambda: write_graphml(G, staging / "graph.graphml"),
                "html": lambda: write_html(G, staging / "graph.html", max_nodes=2000, report_html=report),
            }
            for name, fn in writers.items():
                if not only or name in only:
                    timed(name, fn)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    print("stage CPU: " + ", ".join(f"{k} {c:.2f}" for k, (c, _) in times.items())
          + f"; total {sum(c for c, _ in times.values()):.2f}")
    return 0


def _report_html(report):
    """The report fragment, from this kg's ``_trends`` (a handle) or an older one (the text)."""
    return report.html() if hasattr(report, "html") else report


if __name__ == "__main__":
    sys.exit(main())
