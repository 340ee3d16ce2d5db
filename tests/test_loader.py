"""kg.loader: an output folder back into the graph contract and DataFrames."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.errors import KgError
from kg.loader import load, read_graphml


def _graphml_by_hand(G, path):
    """The GraphML convention without kg.tables: lists/dicts as JSON, None left out."""
    H = nx.MultiDiGraph()

    def cell(v):
        return json.dumps(v) if isinstance(v, (list, dict)) else v

    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: cell(v) for k, v in d.items() if v is not None})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: cell(b) for a, b in d.items() if b is not None})
    nx.write_graphml(H, path)


def _check_round_trip(G, H):
    assert set(H.nodes) == set(G.nodes)
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    for n, d in G.nodes(data=True):
        assert H.nodes[n] == d, n
    for u, v, k, d in G.edges(keys=True, data=True):
        assert H.edges[u, v, k] == d, (u, v, k)


def test_round_trip_by_hand(sample_graph, tmp_path):
    _graphml_by_hand(sample_graph, tmp_path / "graph.graphml")
    bundle = load(tmp_path)
    H = bundle.graph
    assert isinstance(H, nx.MultiDiGraph)
    _check_round_trip(sample_graph, H)
    assert H.nodes["paper:arXiv:2503.06749"]["authors"] == ["Wenxuan Huang", "Bohan Jia"]
    assert H.nodes["paper:h0123456789abcdef"]["date"] is None
    assert H.nodes["entity:sara"]["first_seen"] is None
    rel = H.edges["entity:orca", "entity:vicuna-13b", "outperforms"]
    assert rel["evidence"][0]["rule"] == "surpasses"
    # a mentions edge's evidence is a sentence, not JSON
    assert isinstance(H.edges["paper:arXiv:2306.02707", "entity:orca", "mentions"]["evidence"], str)
    assert bundle.entities is None and bundle.trends is None
    assert bundle.files == ["graph.graphml"]


def test_round_trip_with_kg_tables(sample_graph, tmp_path):
    tables = pytest.importorskip("kg.tables")
    tables.write_graphml(sample_graph, tmp_path / "graph.graphml")
    tables.write_tables(sample_graph, tmp_path)
    bundle = load(tmp_path)
    _check_round_trip(sample_graph, bundle.graph)
    assert set(bundle.entities["id"]) >= {"orca", "gpt-4", "lora"}
    assert bundle.papers["id"].dtype == object or str(bundle.papers["id"].dtype).startswith("str")


def test_trend_tables_are_loaded_with_string_periods(tmp_path):
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from test_trends import make_corpus

    from kg.graph import build_graph
    from kg.trends import write_trends

    G = build_graph(*make_corpus(), families={})
    write_trends(G, tmp_path, "year", charts=False)
    _graphml_by_hand(G, tmp_path / "graph.graphml")
    bundle = load(tmp_path)
    assert set(bundle.trends["period"]) == {"2025"}  # not the integer 2025
    assert {"entity", "class", "score"} <= set(bundle.summary.columns)


def test_strings_that_look_like_missing_values_stay(tmp_path):
    (tmp_path / "entities.csv").write_text("id,label,type\nna,NA,Model\nnone,None,Model\n")
    ents = load(tmp_path).entities
    assert list(ents["label"]) == ["NA", "None"]
    assert load(tmp_path).graph is None


def test_errors(tmp_path):
    with pytest.raises(KgError, match="no kg outputs"):
        load(tmp_path)
    with pytest.raises(KgError, match="no such folder"):
        load(tmp_path / "missing")
    (tmp_path / "graph.graphml").write_text("not xml")
    with pytest.raises(KgError, match="not a readable GraphML"):
        load(tmp_path)


def test_read_graphml_function(sample_graph, tmp_path):
    _graphml_by_hand(sample_graph, tmp_path / "g.graphml")
    H = read_graphml(tmp_path / "g.graphml")
    assert H.graph["results"] == []  # results live in results.csv, not GraphML
