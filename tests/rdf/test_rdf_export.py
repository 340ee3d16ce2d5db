"""The exported RDF: every format parses in rdflib and pyoxigraph and says the same."""

from __future__ import annotations

import copy
import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from kg.rdf.export import author_iri, entity_iri, paper_iri, to_rdflib, write_rdf
from kg.rdf.vocab import DCTERMS, KG, PROV, RDF, SDO, SKOS, XSD

RDFLIB_FORMATS = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld"}
OX_FORMATS = {"graph.ttl": ox.RdfFormat.TURTLE, "graph.nt": ox.RdfFormat.N_TRIPLES,
              "graph.jsonld": ox.RdfFormat.JSON_LD}


def _ox_set(path):
    return {str(t) for t in ox.parse(path=str(path), format=OX_FORMATS[path.name])}


def test_write_rdf_returns_the_files(tmp_path, sample_graph):
    paths = write_rdf(sample_graph, tmp_path, formats=("jsonld", "nt"))
    assert [p.name for p in paths] == ["graph.jsonld", "graph.nt"]
    assert not list(tmp_path.glob(".*")), "no temporary files left behind"


def test_unknown_format_is_an_error(tmp_path, sample_graph):
    from kg.errors import KgError

    with pytest.raises(KgError, match="unknown RDF format"):
        write_rdf(sample_graph, tmp_path, formats=("rdfxml",))


@pytest.mark.parametrize("name", sorted(RDFLIB_FORMATS))
def test_formats_round_trip_in_rdflib(rdf_dir, trend_graph, name):
    expected = to_rdflib(trend_graph)
    parsed = rdflib.Graph().parse(rdf_dir / name, format=RDFLIB_FORMATS[name])
    assert len(parsed) == len(expected)
    assert isomorphic(parsed, expected)


def test_formats_agree_in_pyoxigraph(rdf_dir):
    sets = {name: _ox_set(rdf_dir / name) for name in OX_FORMATS}
    assert sets["graph.ttl"] == sets["graph.nt"] == sets["graph.jsonld"]
    assert len(sets["graph.nt"]) == sum(1 for _ in open(rdf_dir / "graph.nt", encoding="utf-8"))


def test_export_does_not_mutate(sample_graph):
    before = copy.deepcopy(sample_graph)
    to_rdflib(sample_graph)
    assert dict(before.nodes(data=True)) == dict(sample_graph.nodes(data=True))
    assert list(before.edges(keys=True, data=True)) == list(sample_graph.edges(keys=True, data=True))
    assert before.graph == sample_graph.graph


def test_papers_entities_and_types(trend_graph):
    g = to_rdflib(trend_graph)
    paper = URIRef(paper_iri("arXiv:2503.06749"))
    assert (paper, RDF.type, SDO.ScholarlyArticle) in g
    assert (paper, DCTERMS.issued, Literal("2025-03-10", datatype=XSD.date)) in g
    assert (paper, DCTERMS.identifier, Literal("arXiv:2503.06749")) in g
    author = URIRef(author_iri("Wenxuan Huang"))
    assert (paper, DCTERMS.creator, author) in g
    assert (author, SDO.name, Literal("Wenxuan Huang")) in g
    assert (author, RDF.type, SDO.Person) in g
    mathvista = URIRef(entity_iri("mathvista"))
    assert (mathvista, RDF.type, KG.Benchmark) in g
    assert (mathvista, RDF.type, SKOS.Concept) in g
    assert (mathvista, SKOS.prefLabel, Literal("MathVista")) in g
    assert (mathvista, KG.trendClass, Literal("rising")) in g
    assert (paper, KG.mentions, mathvista) in g
    assert (KG.Benchmark, rdflib.RDFS.subClassOf, SKOS.Concept) in g
    typed = {str(o) for s, o in g.subject_objects(RDF.type) if str(o).startswith(str(KG))}
    assert {str(KG[t]) for t in ("Method", "Model", "Benchmark", "Metric")} <= typed
    # family link and undated paper
    assert (URIRef(entity_iri("vision-r1-7b")), SKOS.broader, URIRef(entity_iri("vision-r1"))) in g
    assert not list(g.objects(URIRef(paper_iri("h0123456789abcdef")), DCTERMS.issued))


def test_issued_typed_by_precision(sample_graph):
    G = copy.deepcopy(sample_graph)
    G.nodes["paper:arXiv:2503.06749"].update(date="2025-03", date_precision="month")
    G.nodes["paper:arXiv:2306.02707"].update(date="2023", date_precision="year")
    g = to_rdflib(G)
    assert g.value(URIRef(paper_iri("arXiv:2503.06749")), DCTERMS.issued).datatype == XSD.gYearMonth
    assert g.value(URIRef(paper_iri("arXiv:2306.02707")), DCTERMS.issued).datatype == XSD.gYear


def test_relation_and_its_fact(trend_graph):
    g = to_rdflib(trend_graph)
    orca, vicuna = URIRef(entity_iri("orca")), URIRef(entity_iri("vicuna-13b"))
    assert (orca, KG.outperforms, vicuna) in g
    facts = [f for f in g.subjects(RDF.subject, orca) if (f, RDF.predicate, KG.outperforms) in g]
    assert len(facts) == 1
    f = facts[0]
    assert (f, RDF.type, RDF.Statement) in g and (f, RDF.type, KG.Fact) in g
    assert (f, RDF.object, vicuna) in g
    assert g.value(f, KG.quote) == Literal("Orca surpasses Vicuna-13B by more than 100% on BBH.")
    assert g.value(f, PROV.wasDerivedFrom) == URIRef(paper_iri("arXiv:2306.02707"))
    assert g.value(f, KG.rule) == Literal("surpasses")
    assert float(g.value(f, KG.confidence)) == 0.85
    assert int(g.value(f, KG.support)) == 1
    start, end = int(g.value(f, KG.quoteStart)), int(g.value(f, KG.quoteEnd))
    activity = g.value(f, PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in g
    assert str(g.value(activity, KG.version)) == trend_graph.graph["kg_version"]
    # the offsets index the paper text: title, blank line, abstract
    title = trend_graph.nodes["paper:arXiv:2306.02707"]["title"]
    abstract = "Orca learns from GPT-4 explanation traces. Orca surpasses Vicuna-13B by more than 100% on BBH."
    assert f"{title}\n\n{abstract}"[start:end] == str(g.value(f, KG.quote))
    # proposes: the paper is the subject
    paper = URIRef(paper_iri("arXiv:2503.06749"))
    assert (paper, KG.proposes, URIRef(entity_iri("vision-r1"))) in g


def test_one_fact_per_evidence(sample_graph):
    G = copy.deepcopy(sample_graph)
    data = G.edges["entity:orca", "entity:vicuna-13b", "outperforms"]
    data["evidence"] = data["evidence"] + [dict(data["evidence"][0], paper="p2", start=0, end=10)]
    g = to_rdflib(G)
    facts = set(g.subjects(RDF.predicate, KG.outperforms))
    assert len(facts) == 2


def test_result_node(trend_graph):
    g = to_rdflib(trend_graph)
    results = list(g.subjects(RDF.type, KG.Result))
    assert len(results) == 1
    r = results[0]
    assert g.value(r, KG.resultSubject) == URIRef(entity_iri("vision-r1-7b"))
    assert g.value(r, KG.resultDataset) == URIRef(entity_iri("mathvista"))
    assert g.value(r, KG.resultMetric) == URIRef(entity_iri("accuracy"))
    assert float(g.value(r, KG.value)) == 73.5
    assert str(g.value(r, KG.unit)) == "%"


def test_comention_weight(trend_graph):
    g = to_rdflib(trend_graph)
    lora, sara = URIRef(entity_iri("lora")), URIRef(entity_iri("sara"))
    assert (lora, KG.coMentionedWith, sara) in g
    pairs = [c for c in g.subjects(KG.pairMember, lora) if (c, KG.pairMember, sara) in g]
    assert len(pairs) == 1 and int(g.value(pairs[0], KG.weight)) == 1


def test_jsonld_is_compact(rdf_dir):
    doc = json.loads((rdf_dir / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == str(KG)
    assert "@graph" in doc


def test_turtle_uses_prefixes(rdf_dir):
    text = (rdf_dir / "graph.ttl").read_text(encoding="utf-8")
    assert "@prefix kg: <" in text
    assert "entity:mathvista a skos:Concept" in text or "entity:mathvista a kg:Benchmark" in text


def test_html_and_quotes_survive(sample_graph, tmp_path):
    G = copy.deepcopy(sample_graph)
    G.nodes["paper:h0123456789abcdef"]["title"] = 'SaRA <b>&amp; "quotes"</b>\n\\ {x} | ^'
    write_rdf(G, tmp_path, formats=("ttl", "nt", "jsonld"))
    for name, fmt in RDFLIB_FORMATS.items():
        g = rdflib.Graph().parse(tmp_path / name, format=fmt)
        assert str(g.value(URIRef(paper_iri("h0123456789abcdef")), DCTERMS.title)) == \
            G.nodes["paper:h0123456789abcdef"]["title"]


def test_empty_graph(tmp_path):
    import networkx as nx

    paths = write_rdf(nx.MultiDiGraph(), tmp_path, formats=("ttl", "nt", "jsonld"))
    for p in paths:
        assert _ox_set(p)  # only the schema and activity triples


def test_minted_iris_hash_exactly_what_json_dumps_writes():
    """Fact and result IRIs hash a JSON text: the fast encoder must write json.dumps' text."""
    import json
    import random

    from kg.rdf.export import _json_list

    rng = random.Random(3)
    alphabet = "aZ09 \"\\/\n\t\x00\x1féü€😀\ud800-_:"
    for _ in range(3000):
        parts = tuple(
            rng.choice([
                lambda: "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))),
                lambda: rng.randint(-10**12, 10**12),
                lambda: None,
                lambda: rng.random() * 100,
                lambda: rng.choice([True, False]),
            ])()
            for _ in range(rng.randint(0, 8))
        )
        assert _json_list(parts) == json.dumps(parts, ensure_ascii=True, default=str, sort_keys=True)
