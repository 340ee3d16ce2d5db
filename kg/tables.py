"""Tabular exports of the graph: CSV for pandas, GraphML for graph tools.

GraphML has no list or dict attribute types, so list/dict attributes (aliases,
authors, evidence) are written as JSON strings and ``None`` values are left out;
:func:`kg.loader.load` decodes them back.
"""

from __future__ import annotations

import csv
import json
import shutil
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
    """Write GraphML that :func:`networkx.read_graphml` loads back.

    A streaming writer: elements go straight to the file, with the attribute
    conversion of :func:`graphml_ready` applied on the fly, so neither a copy of
    the graph nor an XML tree is built (networkx's writer holds both in memory:
    several GB at 75k abstracts). The document is the one networkx writes: the
    same ``<key>`` declarations (one per attribute name, scope and type), nodes
    then edges in graph order, the edge key as the edge ``id``.

    Examples
    --------
    >>> import tempfile
    >>> G = nx.MultiDiGraph(kg_version="0.1.0")
    >>> G.add_node("entity:x", kind="entity", aliases=["X", "ex"], papers=2, family=None)
    >>> G.add_edge("entity:x", "entity:y", key="co_mention", kind="co_mention", weight=3)
    'co_mention'
    >>> p = write_graphml(G, Path(tempfile.mkdtemp()) / "g.graphml")
    >>> H = nx.read_graphml(p, force_multigraph=True)
    >>> H.nodes["entity:x"], H.edges["entity:x", "entity:y", "co_mention"]["weight"]
    ({'kind': 'entity', 'aliases': '["X", "ex"]', 'papers': 2}, 3)
    """
    path = Path(path)
    keys = _GraphmlKeys()
    with atomic_path(path, suffix=".graphml") as tmp:
        body = tmp.with_name(tmp.name + ".body")
        try:
            # one pass: the body first, noting each attribute's key; then the header, then the body
            with open(body, "w", encoding="utf-8", newline="\n") as fh:
                _write_graphml_body(G, fh, keys)
            with open(tmp, "w", encoding="utf-8", newline="\n") as out:
                from networkx.readwrite.graphml import GraphML  # its namespace constants

                out.write("<?xml version='1.0' encoding='utf-8'?>\n"
                          f'<graphml xmlns="{GraphML.NS_GRAPHML}" xmlns:xsi="{GraphML.NS_XSI}" '
                          f'xsi:schemaLocation="{GraphML.SCHEMALOCATION}">')
                for (scope, name, xml_type), key_id in reversed(keys.ids.items()):
                    out.write(f'<key id="{key_id}" for="{scope}" attr.name={_xml_attr(name)} '
                              f'attr.type="{xml_type}"/>\n')
                out.write('<graph edgedefault="directed">')
                out.flush()
                with open(body, "rb") as src:
                    shutil.copyfileobj(src, out.buffer, 1 << 22)
        finally:
            body.unlink(missing_ok=True)
    return path


_JSON_TYPES = (list, tuple, dict, set)


class _GraphmlKeys:
    """GraphML ``<key>`` ids, numbered in first-use order as networkx numbers them."""

    def __init__(self):
        from networkx.readwrite.graphml import GraphML

        types = GraphML()
        types.construct_types()
        self._xml_type = types.get_xml_type
        self.ids: dict[tuple[str, str, str], str] = {}  # (scope, name, xml type) -> id
        self.fast: dict[tuple[str, object, type], str] = {}  # (scope, name, python type) -> id

    def __call__(self, scope: str, name, py_type: type) -> str:
        key = self.fast.get((scope, name, py_type))
        if key is None:
            full = (scope, str(name), self._xml_type(py_type))
            key = self.ids.setdefault(full, f"d{len(self.ids)}")
            self.fast[(scope, name, py_type)] = key
        return key


def _write_graphml_body(G: nx.MultiDiGraph, fh, keys: _GraphmlKeys) -> None:
    buf: list[str] = []
    graph_attrs = {k: v for k, v in G.graph.items() if k != "results"}
    buf.extend(_data_lines(graph_attrs, "graph", keys, ""))
    for n, d in G.nodes(data=True):
        buf.append(f"<node id={_xml_attr(str(n))}>\n")
        buf.extend(_data_lines(d, "node", keys, "  "))
        buf.append("</node>\n")
        if len(buf) > 20000:
            fh.write("".join(buf))
            buf.clear()
    attr = _xml_attr
    for u, v, k, d in G.edges(keys=True, data=True):
        buf.append(f"<edge source={attr(str(u))} target={attr(str(v))} id={attr(str(k))}>\n")
        buf.extend(_data_lines(d, "edge", keys, "  "))
        buf.append("</edge>\n")
        if len(buf) > 20000:
            fh.write("".join(buf))
            buf.clear()
    buf.append("</graph></graphml>")
    fh.write("".join(buf))


def _data_lines(data: dict, scope: str, keys: _GraphmlKeys, indent: str):
    out = []
    for k, v in data.items():
        if v is None:
            continue
        if isinstance(v, _JSON_TYPES):
            v = _cell(v)
        text = str(v)
        if "&" in text or "<" in text or ">" in text:
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f'{indent}<data key="{keys(scope, k, type(v))}">{text}</data>\n')
    return out


def _xml_text(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                               "\n": "&#10;", "\r": "&#13;", "\t": "&#09;"})


def _xml_attr(text: str) -> str:
    return '"' + text.translate(_ATTR_ESCAPES) + '"'
