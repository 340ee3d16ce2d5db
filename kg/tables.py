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
                   "outperforms", "basedOn", "benchmarkFor")


def _strip(node: str) -> str:
    return node.split(":", 1)[1]


def write_tables(G: nx.MultiDiGraph, outdir: str | Path) -> list[Path]:
    """Write entities.csv, papers.csv, relations.csv and results.csv; return their paths.

    ``aliases`` and ``authors`` are joined with `` | `` (a separator that does not
    occur in names); relations.csv has one row per piece of evidence.
    """
    outdir = Path(outdir)
    written = []
    # the node and adjacency dicts, read directly: networkx's views cost ~1 us per access
    nodes = dict(G.nodes(data=True))
    adjacency = dict(G.adjacency())

    def label(node: str) -> str:
        data = nodes[node]
        return data.get("label") or data.get("title") or _strip(node)

    path = outdir / "entities.csv"
    with atomic_write(path, newline="") as f:
        w = csv.writer(f)
        w.writerow(ENTITY_COLUMNS)
        rows = sorted(entity_nodes(G), key=lambda n: (-nodes[n].get("papers", 0), n))
        for n in rows:
            d = nodes[n]
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
            d = nodes[n]
            # out-edges keyed "mentions": at most one per neighbour
            ents = sum(1 for keydict in adjacency[n].values() if "mentions" in keydict)
            w.writerow([_strip(n), d.get("title"), d.get("date") or "", d.get("date_precision") or "",
                        " | ".join(d.get("authors", [])), d.get("url") or "", ents])
    written.append(path)

    path = outdir / "relations.csv"
    kinds = set(_RELATION_KINDS)
    with atomic_write(path, newline="") as f:
        w = csv.writer(f)
        w.writerow(RELATION_COLUMNS)
        for u, nbrs in adjacency.items():  # G.edges(keys=True, data=True), in its order
            for v, keydict in nbrs.items():
                for k, d in keydict.items():
                    evidence = d.get("evidence", []) if k in kinds else None
                    if not evidence:
                        continue
                    head, tail = _strip(u), _strip(v)
                    head_label, tail_label = label(u), label(v)
                    support = d.get("support", 1)
                    for ev in evidence:
                        w.writerow([head, head_label, k, tail, tail_label, support, ev.get("confidence"),
                                    ev.get("paper"), ev.get("rule"), ev.get("sentence")])
    written.append(path)

    path = outdir / "results.csv"
    with atomic_write(path, newline="") as f:
        w = csv.writer(f)
        w.writerow(RESULT_COLUMNS)
        for r in G.graph.get("results", []):
            w.writerow([r["paper"]] + [("" if r[c] is None else (label(r[c]) if c in ("subject", "dataset", "metric") and r[c] in nodes else r[c]))
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


_to_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(x, ensure_ascii=False), built once


def _cell(value):
    if isinstance(value, (list, tuple, dict, set)):
        return _to_json(sorted(value) if isinstance(value, set) else value)
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

    def opener(self, scope: str, indent: str) -> "_Opener":
        """``opener(name, python type)`` -> ``'<indent><data key="dN">'`` for ``scope``; the
        texts made so far are in ``opener.texts`` (look there first: a call costs more)."""
        return _Opener(self, scope, indent)


class _Opener:
    __slots__ = ("keys", "scope", "indent", "texts")

    def __init__(self, keys: _GraphmlKeys, scope: str, indent: str):
        self.keys, self.scope, self.indent = keys, scope, indent
        self.texts: dict[tuple, str] = {}

    def __call__(self, name, py_type: type) -> str:
        text = self.texts.get((name, py_type))
        if text is None:
            key = self.keys(self.scope, name, py_type)
            text = self.texts[(name, py_type)] = f'{self.indent}<data key="{key}">'
        return text


def _write_graphml_body(G: nx.MultiDiGraph, fh, keys: _GraphmlKeys) -> None:
    """The ``<data>``, ``<node>`` and ``<edge>`` elements, in graph order.

    ~5.5M ``<data>`` elements at 75k papers, so the loop is lean: the element's opening
    text is looked up per (attribute, Python type), node ids are quoted once (edges
    repeat them), strings are escaped only when they hold ``&``, ``<`` or ``>``.
    """
    buf: list[str] = []
    graph_attrs = {k: v for k, v in G.graph.items() if k != "results"}
    _data_elements(graph_attrs.items(), keys.opener("graph", ""), buf)
    quoted = {}  # node -> its id as an XML attribute value
    node_opener = keys.opener("node", "  ")
    attr = _xml_attr
    for n, d in G.nodes(data=True):
        q = quoted[n] = attr(str(n))
        buf.append(f"<node id={q}>\n")
        _data_elements(d.items(), node_opener, buf)
        buf.append("</node>\n")
        if len(buf) > 20000:
            fh.write("".join(buf))
            buf.clear()
    edge_opener = keys.opener("edge", "  ")
    quoted_keys: dict = {}
    for u, nbrs in G.adjacency():  # G.edges(keys=True, data=True), without its views
        qu = quoted[u]
        for v, keydict in nbrs.items():
            head = f"<edge source={qu} target={quoted[v]} id="
            for k, d in keydict.items():
                qk = quoted_keys.get(k)
                if qk is None:
                    qk = quoted_keys[k] = attr(str(k))
                buf.append(f"{head}{qk}>\n")
                _data_elements(d.items(), edge_opener, buf)
                buf.append("</edge>\n")
        if len(buf) > 20000:
            fh.write("".join(buf))
            buf.clear()
    buf.append("</graph></graphml>")
    fh.write("".join(buf))


def _data_elements(items, opener, buf: list[str]) -> None:
    """Append one ``<data>`` line per attribute (``None`` left out, lists/dicts as JSON)."""
    append = buf.append
    for k, v in items:
        if v is None:
            continue
        cls = type(v)
        if cls is str:
            text = v
            if "&" in text or "<" in text or ">" in text:
                text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        elif cls is int or cls is float:
            text = str(v)  # digits, signs, "." "e" "inf" "nan": nothing to escape
        else:
            if isinstance(v, _JSON_TYPES):
                v = _cell(v)
                cls = str
            text = str(v)
            if "&" in text or "<" in text or ">" in text:
                text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        start = opener.texts.get((k, cls)) or opener(k, cls)
        append(f"{start}{text}</data>\n")


def _xml_text(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                               "\n": "&#10;", "\r": "&#13;", "\t": "&#09;"})


def _xml_attr(text: str) -> str:
    return '"' + text.translate(_ATTR_ESCAPES) + '"'
