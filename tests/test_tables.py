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
