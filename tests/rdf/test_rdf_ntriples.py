"""write_ntriples writes its lines directly (kg.rdf.export._nt_text): the same bytes as
formatting iter_triples, which the other RDF formats and rdflib use."""

from __future__ import annotations

import math

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.rdf.export import _nt_lines, _nt_text, iter_triples, write_ntriples

_ANY = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF),
        st.sampled_from(list('<>{}|\\^`"\'\n\r\t\x00\x0b\x1f #%:/?&=@ .\u00a0\u2028\ufffe\uffff')),
    ),
    max_size=20,
)
_NUMBER = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**6, 10**6),
                    st.sampled_from([0.0, -0.0, 0.5, 1.0, 1, True, 0.123]))


def _reference(G) -> str:
    return "".join(_nt_lines(iter_triples(G)))


def _assert_same(G, tmp_path=None) -> None:
    expected = _reference(G)
    assert "".join(_nt_text(G, flush_at=3)) == expected
    assert "".join(_nt_text(G)) == expected
    if tmp_path is not None:
        path = tmp_path / "g.nt"
        blocks: list[bytes] = []
        n = write_ntriples(G, path, on_block=blocks.append, block_size=200)
        assert path.read_bytes() == expected.encode("utf-8") == b"".join(blocks)
        assert n == expected.count("\n")


def _graph(s1, s2, s3, author, number) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(kg_version="0.1.0", created="2025-01-01T00:00:00+00:00", papers=2)
    G.add_node(f"paper:{s1}", kind="paper", title=s2, date="2025-03", date_precision="month", year=2025,
               authors=[author, " A.  N. Other ", "", "\x00", author + " "], url="https://example.org/" + s3)
    G.add_node("paper:p2", kind="paper", title=None, abstract=s3, date=s1, authors=["A. N.  Other", author],
               url=s2)
    G.add_node(f"entity:{s2}", kind="entity", label=s3, type="Model", aliases=[s3, s1, author],
               papers=1, mentions=2, first_seen="2025-03", last_seen=s1, family=None,
               trend_class=s1, trend_score=number)
    G.add_node("entity:other", kind="entity", label=None, type="Nope", aliases=[], papers=None,
               mentions=None, first_seen=None, last_seen="2025", family="x")
    G.add_node("loose", kind=None)
    G.add_edge(f"paper:{s1}", f"entity:{s2}", key="mentions", kind="mentions", count=2)
    G.add_edge(f"paper:{s1}", "entity:other", key="mentions", kind="mentions", count=1)
    G.add_edge(f"paper:{s1}", "entity:other", key="proposes", kind="proposes", support=1,
               evidence=[{"paper": s1, "sentence": s2, "start": 0, "end": 3, "rule": s3, "confidence": number}])
    G.add_edge(f"entity:{s2}", "entity:other", key="co_mention", kind="co_mention", weight=3)
    G.add_edge(f"entity:{s2}", "entity:other", key="broader", kind="broader")
    G.add_edge("entity:other", f"entity:{s2}", key="co_mention", kind="co_mention")  # no weight
    G.add_edge("entity:other", f"entity:{s2}", key="evaluatedOn")  # kind from the key, no support
    G.add_edge(f"entity:{s2}", "entity:other", key="outperforms", kind="outperforms", support=2,
               evidence=[{"paper": "p2", "sentence": None, "start": None, "end": None, "rule": "",
                          "confidence": None},
                         {"paper": "p2", "sentence": None, "start": None, "end": None, "rule": "",
                          "confidence": None},  # the same fact twice: numbered -2
                         {"paper": None, "sentence": s1 + "\n" + s2, "start": 5, "end": 9, "rule": "r",
                          "confidence": 0.25}])
    G.add_edge("loose", "entity:other", key="unknown", kind="unknown")
    G.graph["results"] = [
        {"paper": s1, "subject": f"entity:{s2}", "dataset": "entity:other", "metric": None,
         "value": number, "unit": author, "text": s3, "sentence": s2},
        {"paper": None, "subject": None, "dataset": None, "metric": "entity:other", "value": None,
         "unit": "", "text": "", "sentence": ""},
    ]
    return G


def test_sample_graphs(trend_graph, sample_graph, tmp_path):
    _assert_same(sample_graph, tmp_path)
    _assert_same(trend_graph)
    _assert_same(nx.MultiDiGraph())


def test_special_numbers_and_strings(tmp_path):
    for number in (0.0, -0.0, math.nan, math.inf, -math.inf, 1e-30, 12345678901234567890.0, 7, True):
        _assert_same(_graph('a"b\\c', "x\ny\rz", "\x00\ud800\ufffe", "Jo  Doe", number), tmp_path)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(s1=_ANY, s2=_ANY, s3=_ANY, author=_ANY, number=_NUMBER)
def test_any_graph(s1, s2, s3, author, number):
    if s2 == "other":
        s2 += "x"
    _assert_same(_graph(s1, s2, s3, author, number))
