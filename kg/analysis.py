"""Graph analytics over the knowledge graph: communities, centrality, matrices.

Pure functions in the networkx style: ``G`` first, keyword-only options, plain
dicts, lists or DataFrames out, the input never mutated, empty results for an
empty graph. They work on the entity co-mention graph (:func:`comention_graph`)
or on the typed relations of the graph contract (``docs/architecture.md``).
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from kg.model import ENTITY_TYPES

__all__ = [
    "comention_graph",
    "communities",
    "centrality",
    "method_benchmark_matrix",
    "top_entities",
]

_SUBJECT_TYPES = ("Model", "Method")
_OBJECT_TYPES = ("Benchmark", "Dataset")


def _is_entity(data: dict) -> bool:
    return data.get("kind") == "entity"


def comention_graph(G: nx.MultiDiGraph, *, min_weight: int = 1) -> nx.Graph:
    """The undirected entity graph: an edge per co-mention pair with its ``weight``.

    Every entity node is included (isolated ones too), with its attributes
    copied; edges lighter than ``min_weight`` are dropped.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["entity:a", "entity:b", "entity:c"], kind="entity")
    >>> _ = G.add_edge("entity:a", "entity:b", key="co_mention", kind="co_mention", weight=3)
    >>> _ = G.add_edge("entity:b", "entity:c", key="co_mention", kind="co_mention", weight=1)
    >>> sorted(comention_graph(G, min_weight=2).edges(data="weight"))
    [('entity:a', 'entity:b', 3)]
    """
    H = nx.Graph()
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True) if _is_entity(d))
    for u, v, key, data in G.edges(keys=True, data=True):
        if (data.get("kind") or key) != "co_mention":
            continue
        weight = data.get("weight", 1)
        if weight >= min_weight and u in H and v in H:
            if H.has_edge(u, v):  # tolerate both directions being stored
                H[u][v]["weight"] = max(H[u][v]["weight"], weight)
            else:
                H.add_edge(u, v, weight=weight)
    return H


def communities(
    G: nx.MultiDiGraph, *, seed: int = 0, resolution: float = 1.0, min_weight: int = 1
) -> list[set]:
    """Louvain communities of the co-mention graph.

    Parameters
    ----------
    G
        The knowledge graph.
    seed
        Random seed for Louvain (same seed, same partition).
    resolution
        Louvain resolution; above 1 favours smaller communities.
    min_weight
        Ignore co-mention edges with fewer shared papers.

    Returns
    -------
    list of set
        Sets of entity node ids, largest first (ties by smallest member). Isolated
        entities are left out (they form no community).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for a, b in [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")]:
    ...     for n in (a, b):
    ...         G.add_node(n, kind="entity")
    ...     _ = G.add_edge(a, b, key="co_mention", kind="co_mention", weight=1 if (a, b) == ("c", "x") else 5)
    >>> [sorted(c) for c in communities(G, seed=1)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    >>> communities(nx.MultiDiGraph())
    []
    """
    H = comention_graph(G, min_weight=min_weight)
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if H.number_of_edges() == 0:
        return []
    parts = nx.community.louvain_communities(H, weight="weight", resolution=resolution, seed=seed)
    return sorted((set(p) for p in parts), key=lambda p: (-len(p), min(p)))


def centrality(
    G: nx.MultiDiGraph, *, kind: str = "pagerank", weight: str | None = "weight", top: int | None = None
) -> dict:
    """Centrality of each entity in the co-mention graph.

    Parameters
    ----------
    G
        The knowledge graph.
    kind
        ``"pagerank"`` (weighted PageRank), ``"degree"`` (weighted degree, i.e.
        co-mentions, divided by the largest; unweighted degree centrality when
        ``weight`` is None) or ``"betweenness"`` (shortest paths with distance
        ``1 / weight``, so frequent co-mention means close).
    weight
        Edge attribute holding co-mention counts, or None to ignore them.
    top
        Return only the ``top`` highest-scoring entities.

    Returns
    -------
    dict
        ``{entity node: score}`` ordered by decreasing score (ties by node id).

    Raises
    ------
    ValueError
        For an unknown ``kind``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from("abcd", kind="entity")
    >>> for u, v, w in [("a", "b", 3), ("a", "c", 1), ("a", "d", 1)]:
    ...     _ = G.add_edge(u, v, key="co_mention", kind="co_mention", weight=w)
    >>> centrality(G, kind="degree")
    {'a': 1.0, 'b': 0.6, 'c': 0.2, 'd': 0.2}
    >>> list(centrality(G, top=2))
    ['a', 'b']
    >>> centrality(G, kind="betweenness", top=1)
    {'a': 1.0}
    >>> centrality(nx.MultiDiGraph())
    {}
    """
    if kind not in ("pagerank", "degree", "betweenness"):
        raise ValueError(f"kind must be 'pagerank', 'degree' or 'betweenness', not {kind!r}")
    H = comention_graph(G)
    if H.number_of_nodes() == 0:
        return {}
    if kind == "pagerank":
        scores = nx.pagerank(H, weight=weight)
    elif kind == "degree":
        if weight is None:
            scores = nx.degree_centrality(H)
        else:
            strength = dict(H.degree(weight=weight))
            biggest = max(strength.values()) or 1
            scores = {n: s / biggest for n, s in strength.items()}
    else:
        if weight is None:
            scores = nx.betweenness_centrality(H)
        else:
            for _, _, d in H.edges(data=True):
                d["_distance"] = 1.0 / d[weight] if d.get(weight) else 1.0
            scores = nx.betweenness_centrality(H, weight="_distance")
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))
    if top is not None:
        ranked = ranked[:top]
    return {n: round(float(s), 6) for n, s in ranked}


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return G.nodes[node].get("label") or str(node)


def method_benchmark_matrix(
    G: nx.MultiDiGraph, *, relation: str = "evaluatedOn", fallback: str | None = "co_mention"
) -> pd.DataFrame:
    """Which models/methods are evaluated on which benchmarks/datasets, in papers.

    Parameters
    ----------
    G
        The knowledge graph.
    relation
        Edge kind to read: rows are its heads of type Model or Method, columns its
        tails of type Benchmark or Dataset, values its ``support`` (distinct papers).
    fallback
        When ``G`` has no ``relation`` edge at all, use this edge kind instead
        (``"co_mention"``: values are the number of papers mentioning both, a
        weaker signal than an extracted relation); None returns an empty frame.

    Returns
    -------
    pandas.DataFrame
        Integer matrix indexed by entity label (rows: methods/models, columns:
        benchmarks/datasets), zeros where nothing was found, rows and columns
        sorted by decreasing total. A label shared by two entities is suffixed
        with the entity id. ``attrs["source"]`` names the edge kind used.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("entity:m", kind="entity", label="M", type="Model")
    >>> G.add_node("entity:b", kind="entity", label="B", type="Benchmark")
    >>> G.add_node("entity:d", kind="entity", label="D", type="Dataset")
    >>> _ = G.add_edge("entity:b", "entity:m", key="co_mention", kind="co_mention", weight=2)
    >>> m = method_benchmark_matrix(G)
    >>> m.to_dict(), m.attrs["source"]
    ({'B': {'M': 2}}, 'co_mention')
    >>> _ = G.add_edge("entity:m", "entity:d", key="evaluatedOn", kind="evaluatedOn", support=4)
    >>> method_benchmark_matrix(G).to_dict()
    {'D': {'M': 4}}
    """
    def typed(node: str, types: tuple[str, ...]) -> bool:
        data = G.nodes[node]
        return _is_entity(data) and data.get("type") in types

    def collect(kind: str) -> dict[tuple[str, str], int]:
        cells: dict[tuple[str, str], int] = {}
        for u, v, key, data in G.edges(keys=True, data=True):
            if (data.get("kind") or key) != kind:
                continue
            value = data.get("weight", 1) if kind == "co_mention" else data.get("support", 1)
            pairs = [(u, v)] if kind != "co_mention" else [(u, v), (v, u)]  # co-mention is unordered
            for s, o in pairs:
                if typed(s, _SUBJECT_TYPES) and typed(o, _OBJECT_TYPES):
                    cells[(s, o)] = cells.get((s, o), 0) + int(value)
        return cells

    has_relation = any((d.get("kind") or k) == relation for _, _, k, d in G.edges(keys=True, data=True))
    source = relation
    if has_relation:
        cells = collect(relation)
    elif fallback:
        source = fallback
        cells = collect(fallback)
    else:
        cells = {}
    if not cells:
        out = pd.DataFrame(dtype="int64")
        out.attrs["source"] = source
        return out
    frame = pd.Series(cells).unstack(fill_value=0).astype("int64")
    frame = frame.loc[frame.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    frame = frame[frame.sum(axis=0).sort_values(ascending=False, kind="stable").index]

    def names(nodes) -> list[str]:
        labels = [_label(G, n) for n in nodes]
        dup = {x for x in labels if labels.count(x) > 1}
        return [f"{x} ({n})" if x in dup else x for x, n in zip(labels, nodes)]

    frame.index = names(frame.index)
    frame.columns = names(frame.columns)
    frame.index.name, frame.columns.name = "method", "benchmark"
    frame.attrs["source"] = source
    return frame


def top_entities(G: nx.MultiDiGraph, type: str | None = None, n: int = 20) -> pd.DataFrame:
    """The entities mentioned by the most papers.

    Parameters
    ----------
    G
        The knowledge graph.
    type
        Only entities of this type (one of :data:`kg.model.ENTITY_TYPES`).
    n
        How many rows.

    Returns
    -------
    pandas.DataFrame
        Columns ``node, label, type, papers, mentions, first_seen, last_seen``
        sorted by decreasing papers, then mentions, then label.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("entity:lora", kind="entity", label="LoRA", type="Method", papers=3, mentions=5)
    >>> G.add_node("entity:gsm8k", kind="entity", label="GSM8K", type="Benchmark", papers=7, mentions=7)
    >>> list(top_entities(G)["label"]), list(top_entities(G, type="Method")["papers"])
    (['GSM8K', 'LoRA'], [3])
    """
    if type is not None and type not in ENTITY_TYPES:
        raise ValueError(f"type must be one of {', '.join(ENTITY_TYPES)}, not {type!r}")
    columns = ["node", "label", "type", "papers", "mentions", "first_seen", "last_seen"]
    rows = [
        (node, d.get("label", node), d.get("type"), int(d.get("papers") or 0), int(d.get("mentions") or 0),
         d.get("first_seen"), d.get("last_seen"))
        for node, d in G.nodes(data=True)
        if _is_entity(d) and (type is None or d.get("type") == type)
    ]
    frame = pd.DataFrame(rows, columns=columns)
    if frame.empty:
        return frame
    frame = frame.sort_values(["papers", "mentions", "label"], ascending=[False, False, True], ignore_index=True)
    return frame.head(n)
