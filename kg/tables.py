"""Tabular exports of the graph: CSV for pandas, GraphML for graph tools.

GraphML has no list or dict attribute types, so list/dict attributes (aliases,
authors, evidence) are written as JSON strings and ``None`` values are left out;
:func:`kg.loader.load` decodes them back.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from kg.graph import entity_nodes, paper_nodes
from kg.io import atomic_path, atomic_write

__all__ = [
    "ENTITY_COLUMNS",
    "PAPER_COLUMNS",
    "RELATION_COLUMNS",
    "write_tables",
    "write_graphml",
    "graphml_ready",
]

ENTITY_COLUMNS = ("id", "label", "type", "aliases", "papers", "mentions", "first_seen",
                  "last_seen", "family", "trend_class", "trend_score")
PAPER_COLUMNS = ("id", "title", "date", "date_precision", "authors", "url", "entities")
RELATION_COLUMNS = ("head", "head_label", "predicate", "tail", "tail_label", "support",
                    "confidence", "paper", "rule", "evidence")
RESULT_COLUMNS = ("paper", "subject", "dataset", "metric", "value", "unit", "text", "sentence")

_RELATION_KINDS = ("proposes", "evaluatedOn", "usedFor", "trainedOn", "comparedWith",
                   "outperforms", "basedOn")


def _strip(node: str) -> str:
    return node.split(":", 1)[1]


def _label(G: nx.MultiDiGraph, node: str) -> str:
    data = G.nodes[node]
    return data.get("label") or data.get("title") or _strip(node)


def write_tables(G: nx.MultiDiGraph, outdir: str | Path) -> list[Path]:
    """Write entities.csv, papers.csv, relations.csv and results.csv; return their paths.

    ``aliases`` and ``authors`` are joined with `` | `` (a separator that does not
    occur in names); relations.csv has one row per piece of evidence.
    """
    outdir = Path(outdir)
    written = []

    path = outdir / "entities.csv"
    with atomic_write(path, newline="") as f:
        w = csv.writer(f)
        w.writerow(ENTITY_COLUMNS)
        rows = sorted(entity_nodes(G), key=lambda n: (-G.nodes[n].get("papers", 0), n))
        for n in rows:
            d = G.nodes[n]
            w.writerow([_strip(n), d.get("label"), d.get("type"), " | ".join(d.get("aliases", [])),
                        d.get("papers", 0), d.get("mentions", 0), d.get("first_seen") or "",
                        d.get("last_seen") or "", d.get("family") or "", d.get("trend_class") or "",
                        "" if d.get("trend_score") is None else d.get("trend_score")])
    written.append(path)

    path = outdir / "papers.csv"
    with atomic_write(path, newline="") as f:
        w = csv.writer(f)
        w.writerow(PAPER_COLUMNS)
        for n in paper_nodes(G):
            d = G.nodes[n]
            ents = sum(1 for _, _, k in G.out_edges(n, keys=True) if k == "mentions")
            w.writerow([_strip(n), d.get("title"), d.get("date") or "", d.get("date_precision") or "",
                        " | ".join(d.get("authors", [])), d.get("url") or "", ents])
    written.append(path)

    path = outdir / "relations.csv"
    with atomic_write(path, newline="") as f:
        w = csv.writer(f)
        w.writerow(RELATION_COLUMNS)
        for u, v, k, d in G.edges(keys=True, data=True):
            if k not in _RELATION_KINDS:
                continue
            for ev in d.get("evidence", []):
                w.writerow([_strip(u), _label(G, u), k, _strip(v), _label(G, v), d.get("support", 1),
                            ev.get("confidence"), ev.get("paper"), ev.get("rule"), ev.get("sentence")])
    written.append(path)

    path = outdir / "results.csv"
    with atomic_write(path, newline="") as f:
        w = csv.writer(f)
        w.writerow(RESULT_COLUMNS)
        for r in G.graph.get("results", []):
            w.writerow([r["paper"]] + [("" if r[c] is None else (_label(G, r[c]) if c in ("subject", "dataset", "metric") and r[c] in G else r[c]))
                                       for c in RESULT_COLUMNS[1:]])
    written.append(path)
    return written


def graphml_ready(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes GraphML can store (lists/dicts as JSON, no None).

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("entity:x", aliases=["X", "ex"], family=None)
    >>> graphml_ready(G).nodes["entity:x"]
    {'aliases': '["X", "ex"]'}
    """
    H = nx.MultiDiGraph()
    H.graph.update({k: _cell(v) for k, v in G.graph.items() if v is not None and k != "results"})
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _cell(v) for k, v in d.items() if v is not None})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: _cell(b) for a, b in d.items() if b is not None})
    return H


def _cell(value):
    if isinstance(value, (list, tuple, dict, set)):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return value


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write GraphML that :func:`networkx.read_graphml` loads back."""
    path = Path(path)
    with atomic_path(path, suffix=".graphml") as tmp:
        nx.write_graphml(graphml_ready(G), tmp, encoding="utf-8")
    return path
