"""Fixtures for the RDF tests: the sample graph exported in every format."""

from __future__ import annotations

import copy

import pytest

from kg.rdf.export import write_rdf


@pytest.fixture
def trend_graph(sample_graph):
    """The sample graph with trend classes, as kg.trends writes them."""
    G = copy.deepcopy(sample_graph)
    G.nodes["entity:mathvista"].update(trend_class="rising", trend_score=1.5)
    G.nodes["entity:bbh"].update(trend_class="stable", trend_score=0.1)
    return G


@pytest.fixture
def rdf_dir(tmp_path, trend_graph):
    """A folder with graph.ttl, graph.nt and graph.jsonld of :func:`trend_graph`."""
    write_rdf(trend_graph, tmp_path, formats=("ttl", "nt", "jsonld"))
    return tmp_path
