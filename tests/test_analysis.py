"""kg.analysis on the hand-made sample graph and a synthetic corpus."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analysis import centrality, communities, comention_graph, method_benchmark_matrix, top_entities
from kg.graph import build_graph
from kg.model import DocExtraction, Mention, Paper


def _corpus(groups):
    """One paper per group of (label, type) names; each group is one co-mention clique."""
    papers, docs = [], []
    for i, names in enumerate(groups):
        p = Paper(id=f"p{i}", title="T", abstract=" ".join(n for n, _ in names) + ".",
                  date="2025-01-01", date_precision="day")
        text, cursor, mentions = p.text, 0, []
        for name, etype in names:
            start = text.index(name, cursor)
            cursor = start + len(name)
            mentions.append(Mention(start, cursor, name, etype, name.lower(), name, 0, "test"))
        papers.append(p)
        docs.append(DocExtraction(p.id, text, [(0, len(text))], mentions))
    return build_graph(papers, docs, families={})


@pytest.fixture
def two_topics():
    vision = [("ViT", "Model"), ("ImageNet", "Dataset"), ("ResNet", "Model")]
    language = [("GRPO", "Method"), ("GSM8K", "Benchmark"), ("Qwen", "Model")]
    return _corpus([vision] * 4 + [language] * 4 + [[("ResNet", "Model"), ("GRPO", "Method")]])


def test_communities_split_topics(two_topics):
    parts = communities(two_topics, seed=0)
    assert {frozenset(p) for p in parts} == {
        frozenset({"entity:vit", "entity:imagenet", "entity:resnet"}),
        frozenset({"entity:grpo", "entity:gsm8k", "entity:qwen"}),
    }
    assert communities(two_topics, seed=0) == parts  # seeded: same answer
    assert communities(two_topics, min_weight=10) == []


def test_centrality_kinds(two_topics):
    before = nx.to_dict_of_dicts(two_topics)
    for kind in ("pagerank", "degree", "betweenness"):
        scores = centrality(two_topics, kind=kind)
        assert set(scores) == {n for n, k in two_topics.nodes(data="kind") if k == "entity"}
        assert list(scores.values()) == sorted(scores.values(), reverse=True)
    bridge = centrality(two_topics, kind="betweenness", top=2)
    assert set(bridge) == {"entity:resnet", "entity:grpo"}
    assert len(centrality(two_topics, top=3)) == 3
    assert centrality(two_topics, kind="degree", weight=None)["entity:resnet"] == pytest.approx(3 / 5)
    assert nx.to_dict_of_dicts(two_topics) == before  # not mutated
    with pytest.raises(ValueError):
        centrality(two_topics, kind="eigen")


def test_method_benchmark_matrix_relations(sample_graph):
    m = method_benchmark_matrix(sample_graph)
    assert m.attrs["source"] == "evaluatedOn"
    assert m.loc["Vision-R1-7B", "MathVista"] == 1 and m.loc["Orca", "BBH"] == 1
    assert "GRPO" not in m.index  # no evaluatedOn edge from GRPO


def test_method_benchmark_matrix_fallback(two_topics):
    m = method_benchmark_matrix(two_topics)
    assert m.attrs["source"] == "co_mention"
    assert m.loc["ViT", "ImageNet"] == 4 and m.loc["GRPO", "GSM8K"] == 4
    assert m.loc["ViT", "GSM8K"] == 0
    none = method_benchmark_matrix(two_topics, fallback=None)
    assert none.empty and none.attrs["source"] == "evaluatedOn"


def test_top_entities(two_topics, sample_graph):
    top = top_entities(two_topics, n=2)
    assert list(top["label"]) == ["GRPO", "ResNet"] and list(top["papers"]) == [5, 5]
    assert list(top_entities(sample_graph, type="Benchmark")["label"]) == ["BBH", "MathVista"]
    with pytest.raises(ValueError):
        top_entities(sample_graph, type="Thing")


def test_empty_graph():
    G = nx.MultiDiGraph()
    assert communities(G) == [] and centrality(G) == {}
    assert method_benchmark_matrix(G).empty and top_entities(G).empty
    assert comention_graph(G).number_of_nodes() == 0
