import csv
import json

import networkx as nx

from kg.tables import write_graphml, write_tables


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_csv_tables(sample_graph, tmp_path):
    write_tables(sample_graph, tmp_path)
    entities = {r["id"]: r for r in _rows(tmp_path / "entities.csv")}
    assert entities["mathvista"]["type"] == "Benchmark"
    assert entities["orca"]["papers"] == "1" and entities["orca"]["mentions"] == "2"
    papers = _rows(tmp_path / "papers.csv")
    assert len(papers) == 3 and papers[0]["authors"] == "Wenxuan Huang | Bohan Jia"
    relations = _rows(tmp_path / "relations.csv")
    outperforms = [r for r in relations if r["predicate"] == "outperforms"]
    assert outperforms[0]["head_label"] == "Orca" and outperforms[0]["tail_label"] == "Vicuna-13B"
    results = _rows(tmp_path / "results.csv")
    assert results[0]["dataset"] == "MathVista" and float(results[0]["value"]) == 73.5


def test_graphml_round_trip(sample_graph, tmp_path):
    path = write_graphml(sample_graph, tmp_path / "graph.graphml")
    H = nx.read_graphml(path, force_multigraph=True)
    assert H.number_of_nodes() == sample_graph.number_of_nodes()
    assert H.number_of_edges() == sample_graph.number_of_edges()
    assert json.loads(H.nodes["paper:arXiv:2503.06749"]["authors"]) == ["Wenxuan Huang", "Bohan Jia"]
    assert H.nodes["entity:lora"]["type"] == "Method"
    # the input graph is not mutated by the export
    assert sample_graph.nodes["entity:lora"]["aliases"] == ["LoRA"]


# -- the streaming GraphML writer: the same bytes as the writer it replaced ------------------
# _reference_body is kg.tables._write_graphml_body as of commit 4444cf4 (itself checked
# byte for byte against networkx's lxml writer); the faster writer must not change a byte.


def _reference_body(G, fh, keys):
    from kg.tables import _cell, _xml_attr

    def data_lines(data, scope, indent):
        out = []
        for k, v in data.items():
            if v is None:
                continue
            if isinstance(v, (list, tuple, dict, set)):
                v = _cell(v)
            text = str(v)
            if "&" in text or "<" in text or ">" in text:
                text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            out.append(f'{indent}<data key="{keys(scope, k, type(v))}">{text}</data>\n')
        return out

    buf = data_lines({k: v for k, v in G.graph.items() if k != "results"}, "graph", "")
    for n, d in G.nodes(data=True):
        buf.append(f"<node id={_xml_attr(str(n))}>\n")
        buf.extend(data_lines(d, "node", "  "))
        buf.append("</node>\n")
    for u, v, k, d in G.edges(keys=True, data=True):
        buf.append(f"<edge source={_xml_attr(str(u))} target={_xml_attr(str(v))} id={_xml_attr(str(k))}>\n")
        buf.extend(data_lines(d, "edge", "  "))
        buf.append("</edge>\n")
    buf.append("</graph></graphml>")
    fh.write("".join(buf))


def _awkward_graph():
    G = nx.MultiDiGraph(kg_version="0.1", created="2025-01-01T00:00:00+00:00", papers=2, results=[1], none=None)
    G.add_node('paper:a&b<"c\'\n\t\r', kind="paper", title='T <&> "q"\ttab', authors=["A é", "B<"], year=2025,
               date=None, x=1.5, flag=True, big=10**20, nan=float("nan"), tags={"b", "a"},
               pair=("x", 1))
    G.add_node("entity:x", kind="entity", aliases=["X", "ex"], papers=2, family=None, trend_score=0.25)
    G.add_node("entity:lonely")
    G.add_edge('paper:a&b<"c\'\n\t\r', "entity:x", key="mentions", kind="mentions", count=2, evidence="S <b>",
               start=0, end=3)
    G.add_edge("entity:x", "entity:y", key="co_mention", kind="co_mention", weight=3)
    G.add_edge("entity:x", "entity:y", key="proposes", kind="proposes", support=1, confidence=0.5,
               evidence=[{"paper": "p", "sentence": 's"<&>', "start": 0}])
    G.add_edge("entity:x", "entity:y", key=7, weight=2.5)
    G.add_edge("entity:y", "entity:x", key="co_mention", kind="co_mention", weight=True)
    return G


def test_graphml_bytes_match_the_reference_writer(sample_graph, tmp_path, monkeypatch):
    import kg.tables

    for i, G in enumerate((sample_graph, _awkward_graph(), nx.MultiDiGraph())):
        new = write_graphml(G, tmp_path / f"new{i}.graphml").read_bytes()
        with monkeypatch.context() as m:
            m.setattr(kg.tables, "_write_graphml_body", _reference_body)
            old = write_graphml(G, tmp_path / f"old{i}.graphml").read_bytes()
        assert new == old
