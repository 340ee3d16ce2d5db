import networkx as nx

from kg.graph import build_graph, entity_nodes, paper_nodes


def test_nodes_follow_the_contract(sample_graph):
    G = sample_graph
    assert len(paper_nodes(G)) == 3
    orca = G.nodes["entity:orca"]
    assert orca["type"] == "Model" and orca["papers"] == 1 and orca["mentions"] == 2
    assert G.nodes["paper:arXiv:2503.06749"]["year"] == 2025
    assert G.nodes["entity:mathvista"]["first_seen"] == "2025-03-10"
    assert G.nodes["entity:sara"]["first_seen"] is None  # undated paper
    assert G.graph["papers"] == 3


def test_mention_edges_carry_evidence(sample_graph):
    data = sample_graph.get_edge_data("paper:arXiv:2306.02707", "entity:orca", key="mentions")
    assert data["count"] == 2
    assert "Orca" in data["evidence"]


def test_relations_families_and_results(sample_graph):
    G = sample_graph
    rel = G.get_edge_data("entity:orca", "entity:vicuna-13b", key="outperforms")
    assert rel["support"] == 1 and rel["evidence"][0]["rule"] == "surpasses"
    assert "Vicuna-13B" in rel["evidence"][0]["sentence"]
    assert G.has_edge("paper:arXiv:2503.06749", "entity:vision-r1", key="proposes")
    assert G.has_edge("entity:vision-r1-7b", "entity:vision-r1", key="broader")
    assert G.nodes["entity:vision-r1-7b"]["family"] == "vision-r1"
    (result,) = G.graph["results"]
    assert result["value"] == 73.5 and result["dataset"] == "entity:mathvista"


def test_comention_edges_are_stored_once_per_pair(sample_graph):
    G = sample_graph
    pairs = [(u, v) for u, v, k in G.edges(keys=True) if k == "co_mention"]
    assert len(pairs) == len({frozenset(p) for p in pairs})
    assert all(u < v for u, v in pairs)
    assert G.get_edge_data("entity:grpo", "entity:mathvista", key="co_mention")["weight"] == 1


def test_empty_input_gives_empty_graph():
    G = build_graph([], [])
    assert isinstance(G, nx.MultiDiGraph) and G.number_of_nodes() == 0 and entity_nodes(G) == []


def test_min_comention_prunes(sample_docs):
    papers = [p for p, _ in sample_docs]
    docs = [d for _, d in sample_docs]
    G = build_graph(papers, docs, min_comention=2, families={})
    assert not any(k == "co_mention" for _, _, k in G.edges(keys=True))


def _label_of(spellings: list[tuple[str, str]]) -> str:
    """The label build_graph gives one entity mentioned with these (label, surface text) pairs."""
    from kg.model import DocExtraction, Mention, Paper

    papers, docs = [], []
    for i, (label, text) in enumerate(spellings):
        p = Paper(id=f"p{i}", title="T", abstract=f"We report {text}.")
        start = p.text.index(text)
        papers.append(p)
        docs.append(DocExtraction(p.id, p.text, [(0, len(p.text))],
                                  [Mention(start, start + len(text), text, "Metric", "x", label, 0, "lexicon")]))
    return build_graph(papers, docs).nodes["entity:x"]["label"]


def test_label_takes_the_lowercase_spelling_the_papers_mostly_use():
    title_case = "Success Rate"
    assert _label_of([(title_case, "success rate")] * 2 + [(title_case, "Success Rate")]) == "success rate"
    # a name the papers capitalise keeps its capitals; so does an acronym ("POS tagging")
    assert _label_of([("Stable Diffusion", "Stable Diffusion")] * 2 + [("Stable Diffusion", "stable diffusion")]) == "Stable Diffusion"
    assert _label_of([("POS Tagging", "pos tagging")] * 3) == "POS Tagging"
    # a sentence-initial capital is never preferred to the lexicon's spelling
    assert _label_of([("contrastive learning", "Contrastive learning")] * 3) == "contrastive learning"


def test_comentions_count_like_a_counter_in_first_seen_order():
    import itertools
    import random
    from collections import Counter

    from kg.graph import _comentions

    rng = random.Random(5)
    names = [f"e{i}" for i in range(40)]
    for _ in range(50):
        papers = [sorted(rng.sample(names, rng.randint(0, 9))) for _ in range(rng.randint(0, 60))]
        counter: Counter = Counter()
        for ids in papers:
            for pair in itertools.combinations(ids, 2):
                counter[pair] += 1
        for least in (1, 2, 3):
            expected = [(a, b, n) for (a, b), n in counter.items() if n >= least]
            got = _comentions(papers, least)
            assert got == expected
            assert all(type(n) is int for _, _, n in got)  # GraphML types attributes by Python type


def test_adder_builds_what_add_node_and_add_edge_build():
    from kg.graph import _Adder

    edges = [("a", "b", "k1", {"x": 1}), ("a", "b", "k2", {"y": 2}), ("b", "a", "k1", {"z": 3}),
             ("a", "b", "k1", {"x": 5, "w": 0}), ("c", "d", "k1", {}), ("a", "a", "self", {"s": 1})]
    expected = nx.MultiDiGraph()
    expected.add_node("b", kind="early")
    got = nx.MultiDiGraph()
    got.add_node("b", kind="early")
    adder = _Adder(got)
    for u, v, k, attrs in edges:
        expected.add_edge(u, v, key=k, **attrs)
        adder.edge(u, v, k, dict(attrs))
    for n, attrs in (("a", {"kind": "x", "n": 1}), ("e", {"kind": "new"}), ("a", {"n": 2, "m": 3})):
        expected.add_node(n, **attrs)
        adder.node(n, dict(attrs))
    assert repr(list(got.nodes(data=True))) == repr(list(expected.nodes(data=True)))
    assert repr(list(got.edges(keys=True, data=True))) == repr(list(expected.edges(keys=True, data=True)))
    assert [list(got.pred[n].items()) for n in got] == [list(expected.pred[n].items()) for n in expected]
    assert got.in_degree("b") == expected.in_degree("b") and got.number_of_edges() == expected.number_of_edges()


def test_a_dimension_kind_is_narrower_than_its_base_when_the_graph_has_the_base():
    """ "3D CNNs" is an entity of its own (not an alias of CNN), linked to CNN by ``broader``;
    "2D Gaussian Splatting" gets no invented "Gaussian Splatting" node."""
    from kg.extract import extract_papers
    from kg.model import Paper

    papers = [Paper(id="p1", title="Volumes", abstract="We train 3D CNNs on CT volumes. A CNN ... 3D LLMs ..."),
              Paper(id="p2", title="Splats", abstract="We render with 2D Gaussian Splatting on a GPU.")]
    G = build_graph(papers, list(extract_papers(papers)))
    assert G.has_edge("entity:3d-convolutional-neural-network", "entity:convolutional-neural-network", key="broader")
    assert G.nodes["entity:3d-convolutional-neural-network"]["family"] == "convolutional-neural-network"
    assert "entity:3d-llm" in G and not any(k == "broader" for _, _, k in G.out_edges("entity:3d-llm", keys=True))
    assert "entity:2d-gaussian-splatting" in G and "entity:gaussian-splatting" not in G
