"""The knowledge graph as RDF: vocabulary, exporters, the Oxigraph store and SPARQL.

- :mod:`kg.rdf.vocab`: kg's terms (``KG``) and IRI bases, the only place URIs are spelled
- :mod:`kg.rdf.export`: :func:`to_rdflib`, :func:`write_rdf` (Turtle, N-Triples, JSON-LD)
- :mod:`kg.rdf.store`: :func:`load_store` (atomic rebuild), :func:`open_store`
- :mod:`kg.rdf.queries`: named queries, :func:`run_query`, :func:`run_named`

Names are imported lazily so ``import kg.rdf`` stays cheap.
"""

from __future__ import annotations

import importlib

__all__ = ["to_rdflib", "write_rdf", "load_store", "open_store", "run_query", "run_named", "QUERIES"]

_HOME = {
    "to_rdflib": "kg.rdf.export",
    "write_rdf": "kg.rdf.export",
    "load_store": "kg.rdf.store",
    "open_store": "kg.rdf.store",
    "run_query": "kg.rdf.queries",
    "run_named": "kg.rdf.queries",
    "QUERIES": "kg.rdf.queries",
}


def __getattr__(name: str):
    if name in _HOME:
        return getattr(importlib.import_module(_HOME[name]), name)
    raise AttributeError(f"module 'kg.rdf' has no attribute {name!r}")
