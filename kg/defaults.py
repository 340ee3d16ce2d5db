"""The build's defaults, shared by :mod:`kg.pipeline` and the ``kg build`` command.

A module of its own that imports nothing heavy: the command line reads these to show
``--help`` and parse options without importing the build pipeline (networkx, rdflib, the
graph code), which only ``kg build`` needs when it runs.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEFAULT_INPUT", "DEFAULT_OUTDIR", "HTML_RANKINGS", "RDF_FORMATS"]

#: what ``kg build`` reads without arguments: the bundled sample
DEFAULT_INPUT = Path("seeds")
#: where ``kg build`` writes without ``-o``
DEFAULT_OUTDIR = Path("outputs")
#: the RDF serializations ``--rdf`` may ask for
RDF_FORMATS = ("ttl", "nt", "jsonld")
#: what ``--rank-by`` may rank graph.html's entities by (the scores of :mod:`kg.viz.html`)
HTML_RANKINGS = ("papers", "mentions", "degree", "trend")
