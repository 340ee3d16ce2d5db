"""Property tests: any string kg may meet yields RDF that every parser accepts."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg.rdf.export import author_iri, entity_iri, paper_iri, to_rdflib, write_rdf

# any unicode, including control characters, lone surrogates, quotes and <>{}|\^`
_ANY = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF),
        st.sampled_from(list('<>{}|\\^`"\'\n\r\t\x00\x0b\x1f #%:/?&=@ \u2028\ufffe\uffff')),
    ),
    max_size=30,
)
_SETTINGS = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


def _graph(eid: str, label: str, title: str, author: str, pid: str, other: str) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(kg_version="0.1.0", created="2025-01-01T00:00:00+00:00", papers=1)
    G.add_node(f"paper:{pid}", kind="paper", title=title, date="2025-03", date_precision="month",
               year=2025, authors=[author, "A. N. Other"], url="https://example.org/" + title)
    G.add_node(f"entity:{eid}", kind="entity", label=label, type="Model", aliases=[label, title],
               papers=1, mentions=2, first_seen="2025-03", last_seen="2025-03", family=None)
    G.add_node(f"entity:{other}", kind="entity", label=other, type="Benchmark", aliases=[other],
               papers=1, mentions=1, first_seen=None, last_seen=None, family=None)
    G.add_edge(f"paper:{pid}", f"entity:{eid}", key="mentions", kind="mentions", count=2,
               evidence=title, start=0, end=1)
    G.add_edge(f"entity:{eid}", f"entity:{other}", key="evaluatedOn", kind="evaluatedOn",
               support=1, confidence=0.5,
               evidence=[{"paper": pid, "sentence": title, "start": 0, "end": 3, "rule": label,
                          "confidence": 0.5}])
    G.graph["results"] = [{"paper": pid, "subject": f"entity:{eid}", "dataset": f"entity:{other}",
                           "metric": None, "value": 1.25, "unit": author, "text": title,
                           "sentence": title}]
    return G


@_SETTINGS
@given(eid=_ANY, label=_ANY, title=_ANY, author=_ANY, pid=_ANY, other=_ANY)
def test_any_strings_parse_everywhere(tmp_path_factory, eid, label, title, author, pid, other):
    if eid == other:
        other += "x"
    G = _graph(eid, label, title, author, pid, other)
    out = tmp_path_factory.mktemp("rdf")
    write_rdf(G, out, formats=("nt", "ttl", "jsonld"))
    expected = to_rdflib(G)
    for name, fmt, oxfmt in (("graph.nt", "nt", ox.RdfFormat.N_TRIPLES),
                             ("graph.ttl", "turtle", ox.RdfFormat.TURTLE),
                             ("graph.jsonld", "json-ld", ox.RdfFormat.JSON_LD)):
        parsed = rdflib.Graph().parse(out / name, format=fmt)
        assert isomorphic(parsed, expected), name
        assert len(list(ox.parse(path=str(out / name), format=oxfmt))) == len(expected), name


@settings(max_examples=300, deadline=None)
@given(a=_ANY, b=_ANY)
def test_iris_never_collide_and_are_valid(a, b):
    for mint in (entity_iri, paper_iri):
        ia, ib = mint(a), mint(b)
        assert (ia == ib) == (a == b)
        ox.NamedNode(ia)  # raises on an invalid IRI
        assert ia.isascii() and not any(c in ia for c in ' <>"{}|\\^`')
    ox.NamedNode(author_iri(a))
